# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'address_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BulkAddressDialog(object):
    def setupUi(self, BulkAddressDialog):
        if not BulkAddressDialog.objectName():
            BulkAddressDialog.setObjectName(u"BulkAddressDialog")
        BulkAddressDialog.resize(1100, 560)
        self.rootLayout = QVBoxLayout(BulkAddressDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(BulkAddressDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.oldAddressLabel = QLabel(BulkAddressDialog)
        self.oldAddressLabel.setObjectName(u"oldAddressLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldAddressLabel)

        self.oldAddressBox = QVBoxLayout()
        self.oldAddressBox.setSpacing(2)
        self.oldAddressBox.setObjectName(u"oldAddressBox")
        self.oldAddressCombo = QComboBox(BulkAddressDialog)
        self.oldAddressCombo.setObjectName(u"oldAddressCombo")
        self.oldAddressCombo.setEditable(True)
        self.oldAddressCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.oldAddressCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.oldAddressCombo.setMinimumContentsLength(40)

        self.oldAddressBox.addWidget(self.oldAddressCombo)

        self.oldAddressError = QLabel(BulkAddressDialog)
        self.oldAddressError.setObjectName(u"oldAddressError")

        self.oldAddressBox.addWidget(self.oldAddressError)


        self.addressForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.oldAddressBox)

        self.newAddressLabel = QLabel(BulkAddressDialog)
        self.newAddressLabel.setObjectName(u"newAddressLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newAddressLabel)

        self.newAddressBox = QVBoxLayout()
        self.newAddressBox.setSpacing(2)
        self.newAddressBox.setObjectName(u"newAddressBox")
        self.newAddressEdit = QLineEdit(BulkAddressDialog)
        self.newAddressEdit.setObjectName(u"newAddressEdit")

        self.newAddressBox.addWidget(self.newAddressEdit)

        self.newAddressError = QLabel(BulkAddressDialog)
        self.newAddressError.setObjectName(u"newAddressError")

        self.newAddressBox.addWidget(self.newAddressError)


        self.addressForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newAddressBox)


        self.rootLayout.addLayout(self.addressForm)

        self.replaceSummaryLabel = QLabel(BulkAddressDialog)
        self.replaceSummaryLabel.setObjectName(u"replaceSummaryLabel")
        self.replaceSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.replaceSummaryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.replaceSummaryLabel)

        self.replacementTable = QTableView(BulkAddressDialog)
        self.replacementTable.setObjectName(u"replacementTable")

        self.rootLayout.addWidget(self.replacementTable)

        self.conflictsLabel = QLabel(BulkAddressDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.conflictsLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.conflictsLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.previewButton = QPushButton(BulkAddressDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)

        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.applyButton = QPushButton(BulkAddressDialog)
        self.applyButton.setObjectName(u"applyButton")
        self.applyButton.setEnabled(False)
        self.applyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.applyButton)

        self.closeButton = QPushButton(BulkAddressDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.buttonRow.setStretch(1, 1)

        self.rootLayout.addLayout(self.buttonRow)

        self.rootLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.oldAddressLabel.setBuddy(self.oldAddressCombo)
        self.newAddressLabel.setBuddy(self.newAddressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldAddressCombo, self.newAddressEdit)
        QWidget.setTabOrder(self.newAddressEdit, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.replacementTable)
        QWidget.setTabOrder(self.replacementTable, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.closeButton)

        self.retranslateUi(BulkAddressDialog)

        self.previewButton.setDefault(True)


        QMetaObject.connectSlotsByName(BulkAddressDialog)
    # setupUi

    def retranslateUi(self, BulkAddressDialog):
        BulkAddressDialog.setWindowTitle(QCoreApplication.translate("BulkAddressDialog", u"\u9001\u4fe1\u5148\u306e\u4e00\u62ec\u5909\u66f4", None))
        self.introLabel.setText(QCoreApplication.translate("BulkAddressDialog", u"\u9001\u4fe1\u5148\u306b\u300c\u5909\u66f4\u524d\u306e\u30a2\u30c9\u30ec\u30b9\u300d\u3092\u4f7f\u3063\u3066\u3044\u308b\u3059\u3079\u3066\u306e\u767b\u9332\u3067\u3001\u305d\u306e\u30a2\u30c9\u30ec\u30b9\u3092\u300c\u5909\u66f4\u5f8c\u306e\u30a2\u30c9\u30ec\u30b9\u300d\u306b\u7f6e\u304d\u63db\u3048\u307e\u3059(\u5927\u6587\u5b57\u30fb\u5c0f\u6587\u5b57\u306f\u533a\u5225\u3057\u307e\u305b\u3093)\u3002\u9023\u52d5\u30b5\u30fc\u30d3\u30b9\u306e\u53d7\u4fe1\u30a2\u30c9\u30ec\u30b9\u304c\u5909\u308f\u3063\u305f\u3068\u304d\u306b\u4f7f\u3044\u307e\u3059\u3002\u307e\u305a\u3010\u30d7\u30ec\u30d3\u30e5\u30fc\u3011\u3067\u5bfe\u8c61\u306e\u767b\u9332\u3092\u78ba\u304b\u3081\u3066\u304f\u3060\u3055\u3044\u3002", None))
        self.oldAddressLabel.setText(QCoreApplication.translate("BulkAddressDialog", u"\u5909\u66f4\u524d\u306e\u30a2\u30c9\u30ec\u30b9", None))
#if QT_CONFIG(accessibility)
        self.oldAddressCombo.setAccessibleName(QCoreApplication.translate("BulkAddressDialog", u"\u5909\u66f4\u524d\u306e\u30a2\u30c9\u30ec\u30b9", None))
#endif // QT_CONFIG(accessibility)
        self.newAddressLabel.setText(QCoreApplication.translate("BulkAddressDialog", u"\u5909\u66f4\u5f8c\u306e\u30a2\u30c9\u30ec\u30b9", None))
#if QT_CONFIG(accessibility)
        self.newAddressEdit.setAccessibleName(QCoreApplication.translate("BulkAddressDialog", u"\u5909\u66f4\u5f8c\u306e\u30a2\u30c9\u30ec\u30b9", None))
#endif // QT_CONFIG(accessibility)
        self.newAddressEdit.setPlaceholderText(QCoreApplication.translate("BulkAddressDialog", u"\u4f8b: orders-new@example.jp", None))
#if QT_CONFIG(accessibility)
        self.replacementTable.setAccessibleName(QCoreApplication.translate("BulkAddressDialog", u"\u5bfe\u8c61\u306e\u767b\u9332", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setStyleSheet(QCoreApplication.translate("BulkAddressDialog", u"color: #b00020;", None))
        self.previewButton.setText(QCoreApplication.translate("BulkAddressDialog", u"\u30d7\u30ec\u30d3\u30e5\u30fc", None))
        self.applyButton.setText(QCoreApplication.translate("BulkAddressDialog", u"\u4e00\u62ec\u5909\u66f4", None))
        self.closeButton.setText(QCoreApplication.translate("BulkAddressDialog", u"\u9589\u3058\u308b", None))
    # retranslateUi

