# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TemplateDialog(object):
    def setupUi(self, TemplateDialog):
        if not TemplateDialog.objectName():
            TemplateDialog.setObjectName(u"TemplateDialog")
        TemplateDialog.resize(1000, 540)
        TemplateDialog.setModal(True)
        self.rootLayout = QVBoxLayout(TemplateDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.companyRow = QHBoxLayout()
        self.companyRow.setObjectName(u"companyRow")
        self.companyLabel = QLabel(TemplateDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.companyRow.addWidget(self.companyLabel)

        self.companyCombo = QComboBox(TemplateDialog)
        self.companyCombo.setObjectName(u"companyCombo")

        self.companyRow.addWidget(self.companyCombo)

        self.companyStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.companyRow.addItem(self.companyStretch)


        self.rootLayout.addLayout(self.companyRow)

        self.companyInfoLabel = QLabel(TemplateDialog)
        self.companyInfoLabel.setObjectName(u"companyInfoLabel")
        self.companyInfoLabel.setVisible(False)
        self.companyInfoLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.companyInfoLabel.setWordWrap(True)
        self.companyInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.companyInfoLabel)

        self.criteriaRow = QHBoxLayout()
        self.criteriaRow.setObjectName(u"criteriaRow")
        self.kindLabel = QLabel(TemplateDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.criteriaRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(TemplateDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.criteriaRow.addWidget(self.kindCombo)

        self.criteriaSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.criteriaRow.addItem(self.criteriaSpacer)

        self.groupLabel = QLabel(TemplateDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.criteriaRow.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(TemplateDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.criteriaRow.addWidget(self.groupCombo)

        self.criteriaSpacer2 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.criteriaRow.addItem(self.criteriaSpacer2)

        self.templateSearchButton = QPushButton(TemplateDialog)
        self.templateSearchButton.setObjectName(u"templateSearchButton")

        self.criteriaRow.addWidget(self.templateSearchButton)

        self.criteriaStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaRow.addItem(self.criteriaStretch)


        self.rootLayout.addLayout(self.criteriaRow)

        self.hintLabel = QLabel(TemplateDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.hintLabel)

        self.templateTable = QTableView(TemplateDialog)
        self.templateTable.setObjectName(u"templateTable")
        self.templateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templateTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templateTable.setSortingEnabled(True)
        self.templateTable.setWordWrap(False)
        self.templateTable.horizontalHeader().setStretchLastSection(False)
        self.templateTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.templateTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)

        self.confirmButton = QPushButton(TemplateDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setEnabled(False)

        self.buttonRow.addWidget(self.confirmButton)

        self.closeButton = QPushButton(TemplateDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.companyLabel.setBuddy(self.companyCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.companyCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.templateSearchButton)
        QWidget.setTabOrder(self.templateSearchButton, self.templateTable)
        QWidget.setTabOrder(self.templateTable, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.closeButton)

        self.retranslateUi(TemplateDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(TemplateDialog)
    # setupUi

    def retranslateUi(self, TemplateDialog):
        TemplateDialog.setWindowTitle(QCoreApplication.translate("TemplateDialog", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u9078\u629e", None))
        self.companyLabel.setText(QCoreApplication.translate("TemplateDialog", u"\u9023\u52d5\u4f1a\u793e(&C)", None))
#if QT_CONFIG(accessibility)
        self.companyCombo.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"\u9023\u52d5\u4f1a\u793e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.companyCombo.setToolTip(QCoreApplication.translate("TemplateDialog", u"\u9023\u52d5\u4f1a\u793e\u3092\u9078\u3076\u3068\u3001\u305d\u306e\u4f1a\u793e\u304c\u4f7f\u3046\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7\u3092\u9078\u3093\u3067\u691c\u7d22\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.companyInfoLabel.setText("")
#if QT_CONFIG(accessibility)
        self.companyInfoLabel.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"\u9023\u52d5\u4f1a\u793e\u306e\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7\u3068\u51fa\u5178", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("TemplateDialog", u"\u304a\u77e5\u3089\u305b\u7a2e\u985e(&K)", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"\u304a\u77e5\u3089\u305b\u7a2e\u985e", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("TemplateDialog", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7(&G)", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateSearchButton.setToolTip(QCoreApplication.translate("TemplateDialog", u"\u9078\u3093\u3060\u7a2e\u985e\u3068\u30b0\u30eb\u30fc\u30d7\u306e\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u3092\u8868\u793a\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.templateSearchButton.setText(QCoreApplication.translate("TemplateDialog", u"\u691c\u7d22", None))
        self.hintLabel.setText(QCoreApplication.translate("TemplateDialog", u"\u7a2e\u985e\u3068\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7\u3092\u9078\u629e\u3057\u3001\u3010\u691c\u7d22\u3011\u30dc\u30bf\u30f3\u3092\u30af\u30ea\u30c3\u30af\u3059\u308b\u3068\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u304c\u8868\u793a\u3055\u308c\u307e\u3059\u3002", None))
#if QT_CONFIG(accessibility)
        self.templateTable.setAccessibleName(QCoreApplication.translate("TemplateDialog", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateTable.setToolTip(QCoreApplication.translate("TemplateDialog", u"\u30af\u30ea\u30c3\u30af\u3057\u3066\u3010Confirm\u3011\u3001\u307e\u305f\u306f\u30c0\u30d6\u30eb\u30af\u30ea\u30c3\u30af\u3067\u30d5\u30a9\u30fc\u30e0\u306b\u5165\u308c\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("TemplateDialog", u"\u9078\u3093\u3060\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u3092\u30d5\u30a9\u30fc\u30e0\u306b\u5165\u308c\u3066\u9589\u3058\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("TemplateDialog", u"Confirm", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("TemplateDialog", u"\u4f55\u3082\u5909\u3048\u305a\u306b\u9589\u3058\u307e\u3059 (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("TemplateDialog", u"Close", None))
    # retranslateUi

