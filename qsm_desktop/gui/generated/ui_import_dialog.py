# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_QsmImportDialog(object):
    def setupUi(self, QsmImportDialog):
        if not QsmImportDialog.objectName():
            QsmImportDialog.setObjectName(u"QsmImportDialog")
        QsmImportDialog.resize(1100, 720)
        self.rootLayout = QVBoxLayout(QsmImportDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.importSplitter = QSplitter(QsmImportDialog)
        self.importSplitter.setObjectName(u"importSplitter")
        self.importSplitter.setOrientation(Qt.Orientation.Vertical)
        self.importSplitter.setChildrenCollapsible(False)
        self.pastePane = QWidget(self.importSplitter)
        self.pastePane.setObjectName(u"pastePane")
        self.pastePaneLayout = QVBoxLayout(self.pastePane)
        self.pastePaneLayout.setObjectName(u"pastePaneLayout")
        self.pastePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.importInstructions = QLabel(self.pastePane)
        self.importInstructions.setObjectName(u"importInstructions")
        self.importInstructions.setWordWrap(True)

        self.pastePaneLayout.addWidget(self.importInstructions)

        self.pasteEdit = QPlainTextEdit(self.pastePane)
        self.pasteEdit.setObjectName(u"pasteEdit")
        self.pasteEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.pastePaneLayout.addWidget(self.pasteEdit)

        self.pasteError = QLabel(self.pastePane)
        self.pasteError.setObjectName(u"pasteError")

        self.pastePaneLayout.addWidget(self.pasteError)

        self.pasteRow = QHBoxLayout()
        self.pasteRow.setObjectName(u"pasteRow")
        self.pasteButton = QPushButton(self.pastePane)
        self.pasteButton.setObjectName(u"pasteButton")
        self.pasteButton.setAutoDefault(False)

        self.pasteRow.addWidget(self.pasteButton)

        self.previewButton = QPushButton(self.pastePane)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.pasteRow.addWidget(self.previewButton)

        self.pasteSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pasteRow.addItem(self.pasteSpacer)

        self.pasteRow.setStretch(2, 1)

        self.pastePaneLayout.addLayout(self.pasteRow)

        self.pastePaneLayout.setStretch(1, 1)
        self.importSplitter.addWidget(self.pastePane)
        self.itemsBox = QGroupBox(self.importSplitter)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsLayout = QVBoxLayout(self.itemsBox)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.importSummaryLabel = QLabel(self.itemsBox)
        self.importSummaryLabel.setObjectName(u"importSummaryLabel")
        self.importSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.importSummaryLabel.setWordWrap(True)

        self.itemsLayout.addWidget(self.importSummaryLabel)

        self.importTable = QTableView(self.itemsBox)
        self.importTable.setObjectName(u"importTable")

        self.itemsLayout.addWidget(self.importTable)

        self.notInPasteLabel = QLabel(self.itemsBox)
        self.notInPasteLabel.setObjectName(u"notInPasteLabel")
        self.notInPasteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.notInPasteLabel.setWordWrap(True)

        self.itemsLayout.addWidget(self.notInPasteLabel)

        self.itemsLayout.setStretch(1, 1)
        self.importSplitter.addWidget(self.itemsBox)
        self.problemsBox = QGroupBox(self.importSplitter)
        self.problemsBox.setObjectName(u"problemsBox")
        self.problemsLayout = QVBoxLayout(self.problemsBox)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemTable = QTableView(self.problemsBox)
        self.problemTable.setObjectName(u"problemTable")

        self.problemsLayout.addWidget(self.problemTable)

        self.importSplitter.addWidget(self.problemsBox)

        self.rootLayout.addWidget(self.importSplitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.importButton = QPushButton(QsmImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)
        self.importButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(QsmImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.buttonRow.setStretch(0, 1)

        self.rootLayout.addLayout(self.buttonRow)

        self.rootLayout.setStretch(0, 1)
        QWidget.setTabOrder(self.pasteEdit, self.pasteButton)
        QWidget.setTabOrder(self.pasteButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.importTable)
        QWidget.setTabOrder(self.importTable, self.problemTable)
        QWidget.setTabOrder(self.problemTable, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(QsmImportDialog)

        QMetaObject.connectSlotsByName(QsmImportDialog)
    # setupUi

    def retranslateUi(self, QsmImportDialog):
        QsmImportDialog.setWindowTitle(QCoreApplication.translate("QsmImportDialog", u"QSM\u304b\u3089\u8aad\u307f\u8fbc\u307f", None))
        self.importInstructions.setText(QCoreApplication.translate("QsmImportDialog", u"QSM \u306e \u304a\u77e5\u3089\u305b\u8a2d\u5b9a\u30c7\u30fc\u30bf \u3092\u9078\u629e\u3057\u3066\u30b3\u30d4\u30fc\u3057\u3001\u3053\u3053\u306b\u8cbc\u308a\u4ed8\u3051\u3066\u304f\u3060\u3055\u3044\u3002\n"
"(J\u30fbQSM \u306e \u304a\u554f\u3044\u5408\u308f\u305b > \u53d7\u6ce8\u30e1\u30fc\u30eb\u7ba1\u7406 \u3067\u3010\u691c\u7d22\u3011\u3057\u3001\u8868\u306e\u884c\u3092\u898b\u51fa\u3057\u3054\u3068\u9078\u3093\u3067\u30b3\u30d4\u30fc\u3057\u307e\u3059\u3002)\n"
"\u3010\u30d7\u30ec\u30d3\u30e5\u30fc\u3011\u3067\u884c\u3054\u3068\u306e\u51e6\u7406\u3092\u78ba\u304b\u3081\u3066\u304b\u3089\u3010\u8aad\u307f\u8fbc\u307f\u3011\u3092\u62bc\u3057\u3066\u304f\u3060\u3055\u3044\u3002\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u756a\u53f7\u3068\u9001\u4fe1\u5148\u304c\u540c\u3058\u767b\u9332\u306f\u66f4\u65b0\u3055\u308c\u3001\u524a\u9664\u3055\u308c\u308b\u3082\u306e\u306f\u3042\u308a\u307e\u305b\u3093\u3002", None))
#if QT_CONFIG(accessibility)
        self.pasteEdit.setAccessibleName(QCoreApplication.translate("QsmImportDialog", u"\u8cbc\u308a\u4ed8\u3051\u305f \u304a\u77e5\u3089\u305b\u8a2d\u5b9a\u30c7\u30fc\u30bf", None))
#endif // QT_CONFIG(accessibility)
        self.pasteButton.setText(QCoreApplication.translate("QsmImportDialog", u"\u30af\u30ea\u30c3\u30d7\u30dc\u30fc\u30c9\u304b\u3089\u8cbc\u308a\u4ed8\u3051", None))
        self.previewButton.setText(QCoreApplication.translate("QsmImportDialog", u"\u30d7\u30ec\u30d3\u30e5\u30fc", None))
        self.itemsBox.setTitle(QCoreApplication.translate("QsmImportDialog", u"\u53d6\u308a\u8fbc\u3080\u884c", None))
#if QT_CONFIG(accessibility)
        self.importTable.setAccessibleName(QCoreApplication.translate("QsmImportDialog", u"\u53d6\u308a\u8fbc\u3080\u884c", None))
#endif // QT_CONFIG(accessibility)
        self.problemsBox.setTitle(QCoreApplication.translate("QsmImportDialog", u"\u53d6\u308a\u8fbc\u3081\u306a\u3044\u884c", None))
#if QT_CONFIG(accessibility)
        self.problemTable.setAccessibleName(QCoreApplication.translate("QsmImportDialog", u"\u53d6\u308a\u8fbc\u3081\u306a\u3044\u884c", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("QsmImportDialog", u"\u8aad\u307f\u8fbc\u307f", None))
        self.closeButton.setText(QCoreApplication.translate("QsmImportDialog", u"\u9589\u3058\u308b", None))
    # retranslateUi

