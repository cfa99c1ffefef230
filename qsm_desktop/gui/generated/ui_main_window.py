# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStatusBar, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1480, 960)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionSave = QAction(MainWindow)
        self.actionSave.setObjectName(u"actionSave")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFindAddress = QAction(MainWindow)
        self.actionFindAddress.setObjectName(u"actionFindAddress")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionStopForwarding = QAction(MainWindow)
        self.actionStopForwarding.setObjectName(u"actionStopForwarding")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionResetColumns = QAction(MainWindow)
        self.actionResetColumns.setObjectName(u"actionResetColumns")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.mainTabs = QTabWidget(self.centralWidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.mainTabs.setDocumentMode(True)
        self.registrationsTab = QWidget()
        self.registrationsTab.setObjectName(u"registrationsTab")
        self.registrationsLayout = QVBoxLayout(self.registrationsTab)
        self.registrationsLayout.setObjectName(u"registrationsLayout")
        self.registrationsLayout.setContentsMargins(0, 6, 0, 0)
        self.searchBox = QGroupBox(self.registrationsTab)
        self.searchBox.setObjectName(u"searchBox")
        self.searchLayout = QHBoxLayout(self.searchBox)
        self.searchLayout.setObjectName(u"searchLayout")
        self.kindFilterLabel = QLabel(self.searchBox)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.searchLayout.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(self.searchBox)
        self.kindFilter.setObjectName(u"kindFilter")

        self.searchLayout.addWidget(self.kindFilter)

        self.searchSpacer1 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer1)

        self.groupFilterLabel = QLabel(self.searchBox)
        self.groupFilterLabel.setObjectName(u"groupFilterLabel")

        self.searchLayout.addWidget(self.groupFilterLabel)

        self.groupFilter = QComboBox(self.searchBox)
        self.groupFilter.setObjectName(u"groupFilter")

        self.searchLayout.addWidget(self.groupFilter)

        self.searchSpacer2 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer2)

        self.enabledFilterLabel = QLabel(self.searchBox)
        self.enabledFilterLabel.setObjectName(u"enabledFilterLabel")

        self.searchLayout.addWidget(self.enabledFilterLabel)

        self.enabledFilter = QComboBox(self.searchBox)
        self.enabledFilter.setObjectName(u"enabledFilter")

        self.searchLayout.addWidget(self.enabledFilter)

        self.searchSpacer3 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer3)

        self.addressFilterLabel = QLabel(self.searchBox)
        self.addressFilterLabel.setObjectName(u"addressFilterLabel")

        self.searchLayout.addWidget(self.addressFilterLabel)

        self.addressFilter = QLineEdit(self.searchBox)
        self.addressFilter.setObjectName(u"addressFilter")
        self.addressFilter.setMinimumSize(QSize(220, 0))
        self.addressFilter.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.addressFilter)

        self.searchButton = QPushButton(self.searchBox)
        self.searchButton.setObjectName(u"searchButton")

        self.searchLayout.addWidget(self.searchButton)

        self.searchStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchStretch)

        self.newButton = QPushButton(self.searchBox)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)


        self.registrationsLayout.addWidget(self.searchBox)

        self.mainSplitter = QSplitter(self.registrationsTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.registrationTable = QTableView(self.mainSplitter)
        self.registrationTable.setObjectName(u"registrationTable")
        self.registrationTable.setMinimumSize(QSize(0, 120))
        self.registrationTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.registrationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registrationTable.setAlternatingRowColors(False)
        self.registrationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registrationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registrationTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.registrationTable.setSortingEnabled(True)
        self.registrationTable.setWordWrap(False)
        self.mainSplitter.addWidget(self.registrationTable)
        self.registrationTable.horizontalHeader().setHighlightSections(False)
        self.registrationTable.verticalHeader().setVisible(False)

        self.registrationsLayout.addWidget(self.mainSplitter)

        self.mainTabs.addTab(self.registrationsTab, "")

        self.centralLayout.addWidget(self.mainTabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.groupFilterLabel.setBuddy(self.groupFilter)
        self.enabledFilterLabel.setBuddy(self.enabledFilter)
        self.addressFilterLabel.setBuddy(self.addressFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindFilter, self.groupFilter)
        QWidget.setTabOrder(self.groupFilter, self.enabledFilter)
        QWidget.setTabOrder(self.enabledFilter, self.addressFilter)
        QWidget.setTabOrder(self.addressFilter, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.registrationTable)
        QWidget.setTabOrder(self.registrationTable, self.mainTabs)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addAction(self.actionSave)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFindAddress)
        self.menuEdit.addAction(self.actionOpen)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionStopForwarding)
        self.menuView.addAction(self.actionSearch)
        self.menuView.addAction(self.actionResetColumns)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.mainTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u304a\u77e5\u3089\u305b\u8a2d\u5b9a\u30c7\u30fc\u30bf", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u898f(&N)", None))
#if QT_CONFIG(tooltip)
        self.actionNew.setToolTip(QCoreApplication.translate("MainWindow", u"\u7a7a\u306e\u30d5\u30a9\u30fc\u30e0\u3067\u65b0\u3057\u3044\u767b\u9332\u3092\u59cb\u3081\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNew.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionSave.setText(QCoreApplication.translate("MainWindow", u"\u4fdd\u5b58 \u2014 \u3010\u4fee\u6b63\u3011/\u3010\u767b\u9332\u3011(&S)", None))
#if QT_CONFIG(tooltip)
        self.actionSave.setToolTip(QCoreApplication.translate("MainWindow", u"\u7de8\u96c6\u4e2d\u306e\u767b\u9332\u3092\u3010\u4fee\u6b63\u3011\u3057\u307e\u3059\u3002\u65b0\u3057\u3044\u30d5\u30a9\u30fc\u30e0\u306a\u3089\u3010\u767b\u9332\u3011\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionSave.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u7d42\u4e86(&X)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFindAddress.setText(QCoreApplication.translate("MainWindow", u"\u9001\u4fe1\u5148\u3067\u691c\u7d22(&F)", None))
#if QT_CONFIG(shortcut)
        self.actionFindAddress.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"\u9078\u629e\u3057\u305f\u767b\u9332\u3092\u958b\u304f(&O)", None))
#if QT_CONFIG(tooltip)
        self.actionOpen.setToolTip(QCoreApplication.translate("MainWindow", u"\u9078\u629e\u3057\u305f\u767b\u9332\u3092\u30d5\u30a9\u30fc\u30e0\u306b\u8868\u793a\u3057\u307e\u3059(\u30c0\u30d6\u30eb\u30af\u30ea\u30c3\u30af\u3001Enter\u3001F2 \u3068\u540c\u3058)", None))
#endif // QT_CONFIG(tooltip)
        self.actionStopForwarding.setText(QCoreApplication.translate("MainWindow", u"\u8ee2\u9001\u3092\u6b62\u3081\u308b(\u4f7f\u7528=N)(&T)", None))
#if QT_CONFIG(tooltip)
        self.actionStopForwarding.setToolTip(QCoreApplication.translate("MainWindow", u"\u767b\u9332\u306f\u524a\u9664\u3067\u304d\u307e\u305b\u3093\u3002\u4f7f\u7528\u3092 N \u306b\u3059\u308b\u3068\u3001\u30e1\u30fc\u30eb\u304c\u8ee2\u9001\u3055\u308c\u306a\u304f\u306a\u308a\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"\u518d\u691c\u7d22(&R)", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionResetColumns.setText(QCoreApplication.translate("MainWindow", u"\u5217\u306e\u5e45\u3068\u9806\u5e8f\u3092\u5143\u306b\u623b\u3059(&C)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u3053\u306e\u30a2\u30d7\u30ea\u306b\u3064\u3044\u3066(&A)", None))
        self.searchBox.setTitle(QCoreApplication.translate("MainWindow", u"\u691c\u7d22\u6761\u4ef6", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u304a\u77e5\u3089\u305b\u7a2e\u985e(&K)", None))
#if QT_CONFIG(tooltip)
        self.kindFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u304a\u77e5\u3089\u305b\u7a2e\u985e\u3067\u7d5e\u308a\u8fbc\u307f\u307e\u3059(ALL = \u3059\u3079\u3066)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u304a\u77e5\u3089\u305b\u7a2e\u985e", None))
#endif // QT_CONFIG(accessibility)
        self.groupFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7(&G)", None))
#if QT_CONFIG(tooltip)
        self.groupFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u9023\u52d5\u4f1a\u793e(\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7)\u3067\u7d5e\u308a\u8fbc\u307f\u307e\u3059(ALL = \u3059\u3079\u3066)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.groupFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7", None))
#endif // QT_CONFIG(accessibility)
        self.enabledFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u4f7f\u7528(&U)", None))
#if QT_CONFIG(tooltip)
        self.enabledFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u4f7f\u7528(Y/N)\u3067\u7d5e\u308a\u8fbc\u307f\u307e\u3059\u3002N = \u30e1\u30fc\u30eb\u304c\u8ee2\u9001\u3055\u308c\u306a\u3044\u767b\u9332\u3067\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.enabledFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u4f7f\u7528(Y/N)", None))
#endif // QT_CONFIG(accessibility)
        self.addressFilterLabel.setText(QCoreApplication.translate("MainWindow", u"\u9001\u4fe1\u5148(&A)", None))
#if QT_CONFIG(tooltip)
        self.addressFilter.setToolTip(QCoreApplication.translate("MainWindow", u"\u9001\u4fe1\u5148\u306b\u3053\u306e\u6587\u5b57\u3092\u542b\u3080\u767b\u9332\u3092\u63a2\u3057\u307e\u3059(Enter \u3067\u691c\u7d22\u3001Ctrl+F \u3067\u3053\u3053\u3078\u79fb\u52d5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addressFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u9001\u4fe1\u5148", None))
#endif // QT_CONFIG(accessibility)
        self.addressFilter.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u30a2\u30c9\u30ec\u30b9\u306e\u4e00\u90e8", None))
#if QT_CONFIG(tooltip)
        self.searchButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u6761\u4ef6\u306b\u5408\u3046\u767b\u9332\u3092\u8868\u793a\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.searchButton.setText(QCoreApplication.translate("MainWindow", u"\u691c\u7d22", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u7a7a\u306e\u30d5\u30a9\u30fc\u30e0\u3067\u65b0\u3057\u3044\u767b\u9332\u3092\u59cb\u3081\u307e\u3059 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u898f", None))
#if QT_CONFIG(tooltip)
        self.registrationTable.setToolTip("")
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.registrationTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u304a\u77e5\u3089\u305b\u8a2d\u5b9a\u30c7\u30fc\u30bf", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.registrationsTab), QCoreApplication.translate("MainWindow", u"\u304a\u77e5\u3089\u305b\u8a2d\u5b9a\u30c7\u30fc\u30bf", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u30d5\u30a1\u30a4\u30eb(&F)", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"\u7de8\u96c6(&E)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u8868\u793a(&V)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u30d8\u30eb\u30d7(&H)", None))
    # retranslateUi

