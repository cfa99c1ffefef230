# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from qsm_desktop.gui.safe_browser import SafeBrowser

class Ui_ChecklistView(object):
    def setupUi(self, ChecklistView):
        if not ChecklistView.objectName():
            ChecklistView.setObjectName(u"ChecklistView")
        ChecklistView.resize(1100, 700)
        self.rootLayout = QVBoxLayout(ChecklistView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.checklistSummaryLabel = QLabel(ChecklistView)
        self.checklistSummaryLabel.setObjectName(u"checklistSummaryLabel")
        self.checklistSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topRow.addWidget(self.checklistSummaryLabel)

        self.copyTextButton = QPushButton(ChecklistView)
        self.copyTextButton.setObjectName(u"copyTextButton")

        self.topRow.addWidget(self.copyTextButton)

        self.printButton = QPushButton(ChecklistView)
        self.printButton.setObjectName(u"printButton")

        self.topRow.addWidget(self.printButton)

        self.saveHtmlButton = QPushButton(ChecklistView)
        self.saveHtmlButton.setObjectName(u"saveHtmlButton")

        self.topRow.addWidget(self.saveHtmlButton)

        self.markAppliedButton = QPushButton(ChecklistView)
        self.markAppliedButton.setObjectName(u"markAppliedButton")

        self.topRow.addWidget(self.markAppliedButton)

        self.topRow.setStretch(0, 1)

        self.rootLayout.addLayout(self.topRow)

        self.checklistHint = QLabel(ChecklistView)
        self.checklistHint.setObjectName(u"checklistHint")
        self.checklistHint.setWordWrap(True)

        self.rootLayout.addWidget(self.checklistHint)

        self.safetyChecklistSplitter = QSplitter(ChecklistView)
        self.safetyChecklistSplitter.setObjectName(u"safetyChecklistSplitter")
        self.safetyChecklistSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.safetyChecklistSplitter.setChildrenCollapsible(False)
        self.checklistTable = QTableView(self.safetyChecklistSplitter)
        self.checklistTable.setObjectName(u"checklistTable")
        self.safetyChecklistSplitter.addWidget(self.checklistTable)
        self.checklistSteps = SafeBrowser(self.safetyChecklistSplitter)
        self.checklistSteps.setObjectName(u"checklistSteps")
        self.safetyChecklistSplitter.addWidget(self.checklistSteps)

        self.rootLayout.addWidget(self.safetyChecklistSplitter)

        self.checklistStatusLabel = QLabel(ChecklistView)
        self.checklistStatusLabel.setObjectName(u"checklistStatusLabel")
        self.checklistStatusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.checklistStatusLabel)

        self.rootLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.copyTextButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveHtmlButton)
        QWidget.setTabOrder(self.saveHtmlButton, self.markAppliedButton)
        QWidget.setTabOrder(self.markAppliedButton, self.checklistTable)
        QWidget.setTabOrder(self.checklistTable, self.checklistSteps)

        self.retranslateUi(ChecklistView)

        QMetaObject.connectSlotsByName(ChecklistView)
    # setupUi

    def retranslateUi(self, ChecklistView):
#if QT_CONFIG(tooltip)
        self.copyTextButton.setToolTip(QCoreApplication.translate("ChecklistView", u"\u30c1\u30a7\u30c3\u30af\u30ea\u30b9\u30c8\u5168\u4f53\u3092\u30c6\u30ad\u30b9\u30c8\u3067\u30af\u30ea\u30c3\u30d7\u30dc\u30fc\u30c9\u306b\u30b3\u30d4\u30fc\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.copyTextButton.setText(QCoreApplication.translate("ChecklistView", u"\u30c6\u30ad\u30b9\u30c8\u3092\u30b3\u30d4\u30fc", None))
        self.printButton.setText(QCoreApplication.translate("ChecklistView", u"\u5370\u5237\u2026", None))
        self.saveHtmlButton.setText(QCoreApplication.translate("ChecklistView", u"HTML\u3067\u4fdd\u5b58\u2026", None))
#if QT_CONFIG(tooltip)
        self.markAppliedButton.setToolTip(QCoreApplication.translate("ChecklistView", u"\u4e00\u89a7\u306e\u3059\u3079\u3066\u306e\u5909\u66f4\u3092QSM\u3067\u53cd\u6620\u6e08\u307f\u306b\u3057\u3001\u30c1\u30a7\u30c3\u30af\u30ea\u30b9\u30c8\u3092\u7a7a\u306b\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.markAppliedButton.setText(QCoreApplication.translate("ChecklistView", u"\u3059\u3079\u3066\u53cd\u6620\u6e08\u307f\u306b\u3059\u308b", None))
        self.checklistHint.setText(QCoreApplication.translate("ChecklistView", u"\u30aa\u30d5\u30e9\u30a4\u30f3\u3067\u884c\u3063\u305f\u5909\u66f4\u306f\u3001J\u30fbQSM\u3067\u3082\u540c\u3058\u3088\u3046\u306b\u624b\u4f5c\u696d\u3067\u5909\u66f4\u3059\u308b\u5fc5\u8981\u304c\u3042\u308a\u307e\u3059\u3002\u4e0a\u304b\u3089\u9806\u306b\u4f5c\u696d\u3057\u3001QSM\u3067\u7d42\u308f\u3063\u305f\u9805\u76ee\u306e\u300c\u6e08\u300d\u306b\u30c1\u30a7\u30c3\u30af\u3092\u4ed8\u3051\u3066\u304f\u3060\u3055\u3044\u3002", None))
#if QT_CONFIG(accessibility)
        self.checklistTable.setAccessibleName(QCoreApplication.translate("ChecklistView", u"QSM\u306b\u53cd\u6620\u3059\u308b\u5909\u66f4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklistSteps.setAccessibleName(QCoreApplication.translate("ChecklistView", u"QSM\u3067\u306e\u624b\u9806", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

