# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 400)
        RestoreDialog.setModal(True)
        self.rootLayout = QVBoxLayout(RestoreDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.backupsTable = QTableView(RestoreDialog)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setSortingEnabled(True)
        self.backupsTable.horizontalHeader().setStretchLastSection(False)
        self.backupsTable.verticalHeader().setVisible(False)

        self.rootLayout.addWidget(self.backupsTable)

        self.emptyLabel = QLabel(RestoreDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setVisible(False)
        self.emptyLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.emptyLabel)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.errorLabel)

        self.folderLabel = QLabel(RestoreDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.folderLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(RestoreDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.restoreButton)

        self.closeButton = QPushButton(RestoreDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.backupsTable, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.closeButton)

        self.retranslateUi(RestoreDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u304b\u3089\u5fa9\u5143", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u9078\u3093\u3060\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u306e\u6642\u70b9\u306e\u5185\u5bb9\u306b\u3001\u30c7\u30fc\u30bf\u30d9\u30fc\u30b9\u3092\u623b\u3057\u307e\u3059\u3002\u4e00\u89a7\u306f\u65b0\u3057\u3044\u9806\u3067\u3059\u3002\n"
"\u4eca\u306e\u5185\u5bb9\u306f\u3001\u5fa9\u5143\u306e\u524d\u306b\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u3068\u3057\u3066\u6b8b\u3057\u307e\u3059(\u3053\u306e\u4e00\u89a7\u304b\u3089\u623b\u305b\u307e\u3059)\u3002", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u306e\u4e00\u89a7", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u306f\u307e\u3060\u3042\u308a\u307e\u305b\u3093\u3002\u30d0\u30c3\u30af\u30a2\u30c3\u30d7\u306f\u3001\u305d\u306e\u65e5\u6700\u521d\u306e\u8d77\u52d5\u306e\u3068\u304d\u3068\u3001\u9001\u4fe1\u5148\u306e\u4e00\u62ec\u5909\u66f4\u30fbQSM\u304b\u3089\u8aad\u307f\u8fbc\u307f\u306a\u3069\u306e\u524d\u306b\u3001\u81ea\u52d5\u3067\u3068\u3089\u308c\u307e\u3059\u3002", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("RestoreDialog", u"color: #b00020; font-weight: bold;", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"\u5fa9\u5143\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText("")
        self.restoreButton.setText(QCoreApplication.translate("RestoreDialog", u"\u5fa9\u5143", None))
        self.closeButton.setText(QCoreApplication.translate("RestoreDialog", u"\u9589\u3058\u308b", None))
    # retranslateUi

