# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'companies_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CompaniesDialog(object):
    def setupUi(self, CompaniesDialog):
        if not CompaniesDialog.objectName():
            CompaniesDialog.setObjectName(u"CompaniesDialog")
        CompaniesDialog.resize(1100, 720)
        self.rootLayout = QVBoxLayout(CompaniesDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.noticeLabel = QLabel(CompaniesDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.noticeLabel)

        self.noMailLabel = QLabel(CompaniesDialog)
        self.noMailLabel.setObjectName(u"noMailLabel")
        self.noMailLabel.setWordWrap(True)
        self.noMailLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.rootLayout.addWidget(self.noMailLabel)

        self.companySplitter = QSplitter(CompaniesDialog)
        self.companySplitter.setObjectName(u"companySplitter")
        self.companySplitter.setOrientation(Qt.Orientation.Vertical)
        self.companySplitter.setChildrenCollapsible(False)
        self.companyTable = QTableView(self.companySplitter)
        self.companyTable.setObjectName(u"companyTable")
        self.companyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.companyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.companyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.companyTable.setSortingEnabled(True)
        self.companyTable.setWordWrap(False)
        self.companySplitter.addWidget(self.companyTable)
        self.companyTable.horizontalHeader().setStretchLastSection(True)
        self.companyTable.verticalHeader().setVisible(False)
        self.detailText = QPlainTextEdit(self.companySplitter)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setReadOnly(True)
        self.companySplitter.addWidget(self.detailText)

        self.rootLayout.addWidget(self.companySplitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.sourceButton = QPushButton(CompaniesDialog)
        self.sourceButton.setObjectName(u"sourceButton")
        self.sourceButton.setEnabled(False)

        self.buttonRow.addWidget(self.sourceButton)

        self.buttonStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)

        self.closeButton = QPushButton(CompaniesDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.companyTable, self.detailText)
        QWidget.setTabOrder(self.detailText, self.sourceButton)
        QWidget.setTabOrder(self.sourceButton, self.closeButton)

        self.retranslateUi(CompaniesDialog)

        QMetaObject.connectSlotsByName(CompaniesDialog)
    # setupUi

    def retranslateUi(self, CompaniesDialog):
        CompaniesDialog.setWindowTitle(QCoreApplication.translate("CompaniesDialog", u"\u9023\u52d5\u4f1a\u793e\u4e00\u89a7", None))
        self.noticeLabel.setText("")
        self.noMailLabel.setStyleSheet(QCoreApplication.translate("CompaniesDialog", u"color: #8a1c1c; font-weight: bold;", None))
        self.noMailLabel.setText("")
#if QT_CONFIG(accessibility)
        self.companyTable.setAccessibleName(QCoreApplication.translate("CompaniesDialog", u"\u9023\u52d5\u4f1a\u793e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("CompaniesDialog", u"\u9078\u3093\u3060\u9023\u52d5\u4f1a\u793e\u306e\u8a73\u7d30", None))
#endif // QT_CONFIG(accessibility)
        self.detailText.setPlaceholderText(QCoreApplication.translate("CompaniesDialog", u"\u9023\u52d5\u4f1a\u793e\u3092\u9078\u3076\u3068\u3001\u5206\u304b\u3063\u3066\u3044\u308b\u3053\u3068\u3068\u51fa\u5178\u304c\u8868\u793a\u3055\u308c\u307e\u3059", None))
#if QT_CONFIG(tooltip)
        self.sourceButton.setToolTip(QCoreApplication.translate("CompaniesDialog", u"\u9078\u3093\u3060\u9023\u52d5\u4f1a\u793e\u306e\u51fa\u5178(\u516c\u958b\u30de\u30cb\u30e5\u30a2\u30eb)\u3092\u30d6\u30e9\u30a6\u30b6\u30fc\u3067\u958b\u304d\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.sourceButton.setText(QCoreApplication.translate("CompaniesDialog", u"\u51fa\u5178\u3092\u30d6\u30e9\u30a6\u30b6\u30fc\u3067\u958b\u304f", None))
        self.closeButton.setText(QCoreApplication.translate("CompaniesDialog", u"\u9589\u3058\u308b", None))
    # retranslateUi

