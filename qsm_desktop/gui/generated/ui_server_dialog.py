# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(620, 420)
        self.rootLayout = QVBoxLayout(ServerDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(ServerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.hostLabel = QLabel(ServerDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostBox = QVBoxLayout()
        self.hostBox.setSpacing(2)
        self.hostBox.setObjectName(u"hostBox")
        self.hostEdit = QLineEdit(ServerDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostBox.addWidget(self.hostEdit)

        self.hostError = QLabel(ServerDialog)
        self.hostError.setObjectName(u"hostError")

        self.hostBox.addWidget(self.hostError)


        self.serverForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostBox)

        self.portLabel = QLabel(ServerDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portBox = QVBoxLayout()
        self.portBox.setSpacing(2)
        self.portBox.setObjectName(u"portBox")
        self.portEdit = QLineEdit(ServerDialog)
        self.portEdit.setObjectName(u"portEdit")

        self.portBox.addWidget(self.portEdit)

        self.portError = QLabel(ServerDialog)
        self.portError.setObjectName(u"portError")

        self.portBox.addWidget(self.portError)


        self.serverForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.portBox)

        self.databaseLabel = QLabel(ServerDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseBox = QVBoxLayout()
        self.databaseBox.setSpacing(2)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseEdit = QLineEdit(ServerDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.databaseBox.addWidget(self.databaseEdit)

        self.databaseError = QLabel(ServerDialog)
        self.databaseError.setObjectName(u"databaseError")

        self.databaseBox.addWidget(self.databaseError)


        self.serverForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.databaseBox)

        self.userLabel = QLabel(ServerDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userBox = QVBoxLayout()
        self.userBox.setSpacing(2)
        self.userBox.setObjectName(u"userBox")
        self.userEdit = QLineEdit(ServerDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.userBox.addWidget(self.userEdit)

        self.userError = QLabel(ServerDialog)
        self.userError.setObjectName(u"userError")

        self.userBox.addWidget(self.userError)


        self.serverForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.userBox)

        self.passwordLabel = QLabel(ServerDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(2)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(ServerDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(ServerDialog)
        self.passwordError.setObjectName(u"passwordError")

        self.passwordBox.addWidget(self.passwordError)


        self.serverForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.passwordBox)


        self.rootLayout.addLayout(self.serverForm)

        self.passwordNote = QLabel(ServerDialog)
        self.passwordNote.setObjectName(u"passwordNote")
        self.passwordNote.setWordWrap(True)

        self.rootLayout.addWidget(self.passwordNote)

        self.progressBar = QProgressBar(ServerDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.rootLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ServerDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ServerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.rootLayout.addWidget(self.buttonBox)

        self.rootLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portEdit)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portEdit)
        QWidget.setTabOrder(self.portEdit, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)

        self.retranslateUi(ServerDialog)

        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"\u5171\u6709\u30c7\u30fc\u30bf\u30d9\u30fc\u30b9\u306b\u63a5\u7d9a", None))
        self.hostLabel.setText(QCoreApplication.translate("ServerDialog", u"\u30b5\u30fc\u30d0\u30fc", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"\u30b5\u30fc\u30d0\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"\u4f8b: db.example.local(\u3053\u306e\u30d1\u30bd\u30b3\u30f3\u306a\u3089 localhost)", None))
        self.portLabel.setText(QCoreApplication.translate("ServerDialog", u"\u30dd\u30fc\u30c8", None))
#if QT_CONFIG(accessibility)
        self.portEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"\u30dd\u30fc\u30c8", None))
#endif // QT_CONFIG(accessibility)
        self.portEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"5432", None))
        self.databaseLabel.setText(QCoreApplication.translate("ServerDialog", u"\u30c7\u30fc\u30bf\u30d9\u30fc\u30b9\u540d", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"\u30c7\u30fc\u30bf\u30d9\u30fc\u30b9\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"\u4f8b: qsm", None))
        self.userLabel.setText(QCoreApplication.translate("ServerDialog", u"\u30e6\u30fc\u30b6\u30fc\u540d", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"\u30e6\u30fc\u30b6\u30fc\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.userEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"\u4f8b: qsm_staff", None))
        self.passwordLabel.setText(QCoreApplication.translate("ServerDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"~/.pgpass \u304b PGPASSWORD \u306b\u3042\u308c\u3070\u7a7a\u306e\u307e\u307e", None))
        self.passwordNote.setText(QCoreApplication.translate("ServerDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9\u306f\u4fdd\u5b58\u3057\u307e\u305b\u3093(\u8a2d\u5b9a\u306b\u6b8b\u308b\u306e\u306f\u30b5\u30fc\u30d0\u30fc\u3001\u30dd\u30fc\u30c8\u3001\u30c7\u30fc\u30bf\u30d9\u30fc\u30b9\u540d\u3001\u30e6\u30fc\u30b6\u30fc\u540d\u3060\u3051\u3067\u3059)\u3002", None))
    # retranslateUi

