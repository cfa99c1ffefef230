# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(860, 360)
        ConflictDialog.setModal(True)
        self.rootLayout = QVBoxLayout(ConflictDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(ConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.fieldsTable = QTableView(ConflictDialog)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setWordWrap(True)
        self.fieldsTable.horizontalHeader().setStretchLastSection(True)
        self.fieldsTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.fieldsTable)

        self.choiceLabel = QLabel(ConflictDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.choiceLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.loadTheirsButton = QPushButton(ConflictDialog)
        self.loadTheirsButton.setObjectName(u"loadTheirsButton")

        self.buttonRow.addWidget(self.loadTheirsButton)

        self.overwriteButton = QPushButton(ConflictDialog)
        self.overwriteButton.setObjectName(u"overwriteButton")

        self.buttonRow.addWidget(self.overwriteButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.rootLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.fieldsTable, self.loadTheirsButton)
        QWidget.setTabOrder(self.loadTheirsButton, self.overwriteButton)
        QWidget.setTabOrder(self.overwriteButton, self.cancelButton)

        self.retranslateUi(ConflictDialog)

        self.cancelButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"\u307b\u304b\u306e\u753b\u9762\u3067\u306e\u5909\u66f4", None))
        self.introLabel.setText("")
#if QT_CONFIG(accessibility)
        self.fieldsTable.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"\u5909\u66f4\u3055\u308c\u305f\u9805\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.choiceLabel.setText(QCoreApplication.translate("ConflictDialog", u"\u300c\u76f8\u624b\u306e\u5909\u66f4\u3092\u8aad\u307f\u8fbc\u3080\u300d: \u4fdd\u5b58\u3055\u308c\u3066\u3044\u308b\u5185\u5bb9\u3092\u30d5\u30a9\u30fc\u30e0\u306b\u8aad\u307f\u8fbc\u307f\u307e\u3059(\u3053\u306e\u30d5\u30a9\u30fc\u30e0\u3067\u5165\u529b\u3057\u305f\u5909\u66f4\u306f\u7834\u68c4\u3055\u308c\u307e\u3059)\u3002\n"
"\u300c\u81ea\u5206\u306e\u5909\u66f4\u3067\u4e0a\u66f8\u304d\u300d: \u3053\u306e\u30d5\u30a9\u30fc\u30e0\u3067\u5909\u66f4\u3057\u305f\u9805\u76ee\u3092\u4fdd\u5b58\u3057\u307e\u3059(\u3042\u306a\u305f\u304c\u5909\u66f4\u3057\u3066\u3044\u306a\u3044\u9805\u76ee\u306f\u3001\u76f8\u624b\u306e\u5909\u66f4\u306e\u307e\u307e\u6b8b\u308a\u307e\u3059)\u3002\n"
"\u300c\u30ad\u30e3\u30f3\u30bb\u30eb\u300d: \u4f55\u3082\u4fdd\u5b58\u305b\u305a\u3001\u30d5\u30a9\u30fc\u30e0\u306b\u623b\u308a\u307e\u3059\u3002", None))
        self.loadTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"\u76f8\u624b\u306e\u5909\u66f4\u3092\u8aad\u307f\u8fbc\u3080", None))
        self.overwriteButton.setText(QCoreApplication.translate("ConflictDialog", u"\u81ea\u5206\u306e\u5909\u66f4\u3067\u4e0a\u66f8\u304d", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"\u30ad\u30e3\u30f3\u30bb\u30eb", None))
    # retranslateUi

