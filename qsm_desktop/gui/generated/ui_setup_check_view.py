# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_check_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_SetupCheckView(object):
    def setupUi(self, SetupCheckView):
        if not SetupCheckView.objectName():
            SetupCheckView.setObjectName(u"SetupCheckView")
        SetupCheckView.resize(1100, 700)
        self.rootLayout = QVBoxLayout(SetupCheckView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.checkSummaryLabel = QLabel(SetupCheckView)
        self.checkSummaryLabel.setObjectName(u"checkSummaryLabel")
        self.checkSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topRow.addWidget(self.checkSummaryLabel)

        self.summarySpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.summarySpacer)

        self.checkStatusLabel = QLabel(SetupCheckView)
        self.checkStatusLabel.setObjectName(u"checkStatusLabel")
        self.checkStatusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.topRow.addWidget(self.checkStatusLabel)

        self.recheckButton = QPushButton(SetupCheckView)
        self.recheckButton.setObjectName(u"recheckButton")

        self.topRow.addWidget(self.recheckButton)

        self.topRow.setStretch(2, 1)

        self.rootLayout.addLayout(self.topRow)

        self.safetyCheckSplitter = QSplitter(SetupCheckView)
        self.safetyCheckSplitter.setObjectName(u"safetyCheckSplitter")
        self.safetyCheckSplitter.setOrientation(Qt.Orientation.Vertical)
        self.safetyCheckSplitter.setChildrenCollapsible(False)
        self.matrixPane = QWidget(self.safetyCheckSplitter)
        self.matrixPane.setObjectName(u"matrixPane")
        self.matrixPaneLayout = QVBoxLayout(self.matrixPane)
        self.matrixPaneLayout.setObjectName(u"matrixPaneLayout")
        self.matrixPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.matrixHead = QHBoxLayout()
        self.matrixHead.setObjectName(u"matrixHead")
        self.matrixTitle = QLabel(self.matrixPane)
        self.matrixTitle.setObjectName(u"matrixTitle")
        font = QFont()
        font.setBold(True)
        self.matrixTitle.setFont(font)

        self.matrixHead.addWidget(self.matrixTitle)

        self.matrixTitleSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.matrixHead.addItem(self.matrixTitleSpacer)

        self.matrixLegend = QLabel(self.matrixPane)
        self.matrixLegend.setObjectName(u"matrixLegend")

        self.matrixHead.addWidget(self.matrixLegend)

        self.matrixAddressFilter = QLineEdit(self.matrixPane)
        self.matrixAddressFilter.setObjectName(u"matrixAddressFilter")
        self.matrixAddressFilter.setClearButtonEnabled(True)

        self.matrixHead.addWidget(self.matrixAddressFilter)

        self.matrixHead.setStretch(2, 1)

        self.matrixPaneLayout.addLayout(self.matrixHead)

        self.coverageMatrix = QTableView(self.matrixPane)
        self.coverageMatrix.setObjectName(u"coverageMatrix")
        self.coverageMatrix.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.matrixPaneLayout.addWidget(self.coverageMatrix)

        self.safetyCheckSplitter.addWidget(self.matrixPane)
        self.findingsPane = QWidget(self.safetyCheckSplitter)
        self.findingsPane.setObjectName(u"findingsPane")
        self.findingsPaneLayout = QVBoxLayout(self.findingsPane)
        self.findingsPaneLayout.setObjectName(u"findingsPaneLayout")
        self.findingsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.findingsHead = QHBoxLayout()
        self.findingsHead.setObjectName(u"findingsHead")
        self.findingsTitle = QLabel(self.findingsPane)
        self.findingsTitle.setObjectName(u"findingsTitle")
        self.findingsTitle.setFont(font)

        self.findingsHead.addWidget(self.findingsTitle)

        self.findingsTitleSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.findingsHead.addItem(self.findingsTitleSpacer)

        self.severityLabel = QLabel(self.findingsPane)
        self.severityLabel.setObjectName(u"severityLabel")

        self.findingsHead.addWidget(self.severityLabel)

        self.severityFilter = QComboBox(self.findingsPane)
        self.severityFilter.setObjectName(u"severityFilter")

        self.findingsHead.addWidget(self.severityFilter)

        self.findingsCountLabel = QLabel(self.findingsPane)
        self.findingsCountLabel.setObjectName(u"findingsCountLabel")

        self.findingsHead.addWidget(self.findingsCountLabel)

        self.findingsHead.setStretch(4, 1)

        self.findingsPaneLayout.addLayout(self.findingsHead)

        self.findingsTable = QTableView(self.findingsPane)
        self.findingsTable.setObjectName(u"findingsTable")

        self.findingsPaneLayout.addWidget(self.findingsTable)

        self.findingDetail = QLabel(self.findingsPane)
        self.findingDetail.setObjectName(u"findingDetail")

        self.findingsPaneLayout.addWidget(self.findingDetail)

        self.findingHelpLink = QLabel(self.findingsPane)
        self.findingHelpLink.setObjectName(u"findingHelpLink")

        self.findingsPaneLayout.addWidget(self.findingHelpLink)

        self.findingsPaneLayout.setStretch(1, 1)
        self.safetyCheckSplitter.addWidget(self.findingsPane)

        self.rootLayout.addWidget(self.safetyCheckSplitter)

        self.rootLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.severityLabel.setBuddy(self.severityFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recheckButton, self.matrixAddressFilter)
        QWidget.setTabOrder(self.matrixAddressFilter, self.coverageMatrix)
        QWidget.setTabOrder(self.coverageMatrix, self.severityFilter)
        QWidget.setTabOrder(self.severityFilter, self.findingsTable)

        self.retranslateUi(SetupCheckView)

        QMetaObject.connectSlotsByName(SetupCheckView)
    # setupUi

    def retranslateUi(self, SetupCheckView):
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("SetupCheckView", u"\u4eca\u306e\u767b\u9332\u3092\u3082\u3046\u4e00\u5ea6\u30c1\u30a7\u30c3\u30af\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("SetupCheckView", u"\u518d\u30c1\u30a7\u30c3\u30af", None))
        self.matrixTitle.setText(QCoreApplication.translate("SetupCheckView", u"\u9001\u4fe1\u5148 \u00d7 \u304a\u77e5\u3089\u305b\u7a2e\u985e", None))
#if QT_CONFIG(accessibility)
        self.matrixAddressFilter.setAccessibleName(QCoreApplication.translate("SetupCheckView", u"\u9001\u4fe1\u5148\u30fb\u30b0\u30eb\u30fc\u30d7\u3067\u7d5e\u308a\u8fbc\u307f", None))
#endif // QT_CONFIG(accessibility)
        self.matrixAddressFilter.setPlaceholderText(QCoreApplication.translate("SetupCheckView", u"\u9001\u4fe1\u5148\u30fb\u30b0\u30eb\u30fc\u30d7\u3067\u7d5e\u308a\u8fbc\u307f", None))
#if QT_CONFIG(accessibility)
        self.coverageMatrix.setAccessibleName(QCoreApplication.translate("SetupCheckView", u"\u9001\u4fe1\u5148 \u00d7 \u304a\u77e5\u3089\u305b\u7a2e\u985e", None))
#endif // QT_CONFIG(accessibility)
        self.findingsTitle.setText(QCoreApplication.translate("SetupCheckView", u"\u554f\u984c\u70b9", None))
        self.severityLabel.setText(QCoreApplication.translate("SetupCheckView", u"\u91cd\u5927\u5ea6:", None))
#if QT_CONFIG(accessibility)
        self.severityFilter.setAccessibleName(QCoreApplication.translate("SetupCheckView", u"\u91cd\u5927\u5ea6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.findingsTable.setAccessibleName(QCoreApplication.translate("SetupCheckView", u"\u554f\u984c\u70b9", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

