# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QTreeWidget, QVBoxLayout, QWidget)

from qsm_desktop.gui.safe_browser import SafeBrowser

class Ui_RegistrationForm(object):
    def setupUi(self, RegistrationForm):
        if not RegistrationForm.objectName():
            RegistrationForm.setObjectName(u"RegistrationForm")
        RegistrationForm.resize(1400, 560)
        self.rootLayout = QVBoxLayout(RegistrationForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.changedBar = QFrame(RegistrationForm)
        self.changedBar.setObjectName(u"changedBar")
        self.changedBar.setVisible(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.changedBar.sizePolicy().hasHeightForWidth())
        self.changedBar.setSizePolicy(sizePolicy)
        self.changedBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.changedBarLayout = QHBoxLayout(self.changedBar)
        self.changedBarLayout.setObjectName(u"changedBarLayout")
        self.changedBarLayout.setContentsMargins(6, 4, 4, 4)
        self.changedBarLabel = QLabel(self.changedBar)
        self.changedBarLabel.setObjectName(u"changedBarLabel")
        self.changedBarLabel.setWordWrap(True)

        self.changedBarLayout.addWidget(self.changedBarLabel)

        self.reloadButton = QPushButton(self.changedBar)
        self.reloadButton.setObjectName(u"reloadButton")

        self.changedBarLayout.addWidget(self.reloadButton)

        self.compareButton = QPushButton(self.changedBar)
        self.compareButton.setObjectName(u"compareButton")

        self.changedBarLayout.addWidget(self.compareButton)

        self.changedBarLayout.setStretch(0, 1)

        self.rootLayout.addWidget(self.changedBar)

        self.formSplitter = QSplitter(RegistrationForm)
        self.formSplitter.setObjectName(u"formSplitter")
        self.formSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.formSplitter.setChildrenCollapsible(False)
        self.editorPanel = QWidget(self.formSplitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(8)
        self.fieldsGrid.setVerticalSpacing(3)
        self.templateLabel = QLabel(self.editorPanel)
        self.templateLabel.setObjectName(u"templateLabel")

        self.fieldsGrid.addWidget(self.templateLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateDisplay = QLineEdit(self.editorPanel)
        self.templateDisplay.setObjectName(u"templateDisplay")
        self.templateDisplay.setReadOnly(True)

        self.templateRow.addWidget(self.templateDisplay)

        self.templateBrowseButton = QPushButton(self.editorPanel)
        self.templateBrowseButton.setObjectName(u"templateBrowseButton")

        self.templateRow.addWidget(self.templateBrowseButton)


        self.fieldsGrid.addLayout(self.templateRow, 0, 1, 1, 1)

        self.templateError = QLabel(self.editorPanel)
        self.templateError.setObjectName(u"templateError")
        self.templateError.setVisible(False)
        self.templateError.setWordWrap(True)
        self.templateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsGrid.addWidget(self.templateError, 1, 1, 1, 1)

        self.destinationLabel = QLabel(self.editorPanel)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.fieldsGrid.addWidget(self.destinationLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.destinationEdit = QLineEdit(self.editorPanel)
        self.destinationEdit.setObjectName(u"destinationEdit")

        self.fieldsGrid.addWidget(self.destinationEdit, 2, 1, 1, 1)

        self.destinationNotes = QVBoxLayout()
        self.destinationNotes.setSpacing(2)
        self.destinationNotes.setObjectName(u"destinationNotes")
        self.destinationError = QLabel(self.editorPanel)
        self.destinationError.setObjectName(u"destinationError")
        self.destinationError.setVisible(False)
        self.destinationError.setWordWrap(True)
        self.destinationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.destinationNotes.addWidget(self.destinationError)

        self.destinationHint = QLabel(self.editorPanel)
        self.destinationHint.setObjectName(u"destinationHint")
        self.destinationHint.setVisible(False)
        self.destinationHint.setTextFormat(Qt.TextFormat.PlainText)
        self.destinationHint.setWordWrap(True)
        self.destinationHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.destinationNotes.addWidget(self.destinationHint)


        self.fieldsGrid.addLayout(self.destinationNotes, 3, 1, 1, 1)

        self.flagsLabel = QLabel(self.editorPanel)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.fieldsGrid.addWidget(self.flagsLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.flagsRow = QHBoxLayout()
        self.flagsRow.setObjectName(u"flagsRow")
        self.enabledCheck = QCheckBox(self.editorPanel)
        self.enabledCheck.setObjectName(u"enabledCheck")
        self.enabledCheck.setChecked(True)

        self.flagsRow.addWidget(self.enabledCheck)

        self.enabledStateLabel = QLabel(self.editorPanel)
        self.enabledStateLabel.setObjectName(u"enabledStateLabel")

        self.flagsRow.addWidget(self.enabledStateLabel)

        self.flagsSpacer1 = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.flagsRow.addItem(self.flagsSpacer1)

        self.standbyCheck = QCheckBox(self.editorPanel)
        self.standbyCheck.setObjectName(u"standbyCheck")

        self.flagsRow.addWidget(self.standbyCheck)

        self.flagsSpacer2 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.flagsRow.addItem(self.flagsSpacer2)

        self.periodLabel = QLabel(self.editorPanel)
        self.periodLabel.setObjectName(u"periodLabel")

        self.flagsRow.addWidget(self.periodLabel)

        self.periodSpin = QSpinBox(self.editorPanel)
        self.periodSpin.setObjectName(u"periodSpin")
        self.periodSpin.setEnabled(False)
        self.periodSpin.setMinimum(-1)
        self.periodSpin.setMaximum(99999)
        self.periodSpin.setValue(-1)

        self.flagsRow.addWidget(self.periodSpin)

        self.flagsStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsRow.addItem(self.flagsStretch)


        self.fieldsGrid.addLayout(self.flagsRow, 4, 1, 1, 1)

        self.periodError = QLabel(self.editorPanel)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setVisible(False)
        self.periodError.setWordWrap(True)
        self.periodError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsGrid.addWidget(self.periodError, 5, 1, 1, 1)

        self.recognitionKeyLabel = QLabel(self.editorPanel)
        self.recognitionKeyLabel.setObjectName(u"recognitionKeyLabel")

        self.fieldsGrid.addWidget(self.recognitionKeyLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.recognitionKeyEdit = QLineEdit(self.editorPanel)
        self.recognitionKeyEdit.setObjectName(u"recognitionKeyEdit")

        self.fieldsGrid.addWidget(self.recognitionKeyEdit, 6, 1, 1, 1)

        self.recognitionKeyError = QLabel(self.editorPanel)
        self.recognitionKeyError.setObjectName(u"recognitionKeyError")
        self.recognitionKeyError.setVisible(False)
        self.recognitionKeyError.setWordWrap(True)
        self.recognitionKeyError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsGrid.addWidget(self.recognitionKeyError, 7, 1, 1, 1)

        self.titleLabel = QLabel(self.editorPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsGrid.addWidget(self.titleLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.titleEdit = QLineEdit(self.editorPanel)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsGrid.addWidget(self.titleEdit, 8, 1, 1, 1)

        self.titleError = QLabel(self.editorPanel)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setVisible(False)
        self.titleError.setWordWrap(True)
        self.titleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsGrid.addWidget(self.titleError, 9, 1, 1, 1)

        self.senderLabel = QLabel(self.editorPanel)
        self.senderLabel.setObjectName(u"senderLabel")

        self.fieldsGrid.addWidget(self.senderLabel, 10, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)

        self.senderEdit = QLineEdit(self.editorPanel)
        self.senderEdit.setObjectName(u"senderEdit")

        self.fieldsGrid.addWidget(self.senderEdit, 10, 1, 1, 1)

        self.senderError = QLabel(self.editorPanel)
        self.senderError.setObjectName(u"senderError")
        self.senderError.setVisible(False)
        self.senderError.setWordWrap(True)
        self.senderError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsGrid.addWidget(self.senderError, 11, 1, 1, 1)

        self.bodyLabel = QLabel(self.editorPanel)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.fieldsGrid.addWidget(self.bodyLabel, 12, 0, 1, 1, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.bodyBox = QVBoxLayout()
        self.bodyBox.setSpacing(4)
        self.bodyBox.setObjectName(u"bodyBox")
        self.catalogNotice = QFrame(self.editorPanel)
        self.catalogNotice.setObjectName(u"catalogNotice")
        self.catalogNotice.setVisible(False)
        sizePolicy.setHeightForWidth(self.catalogNotice.sizePolicy().hasHeightForWidth())
        self.catalogNotice.setSizePolicy(sizePolicy)
        self.catalogNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.catalogNoticeLayout = QHBoxLayout(self.catalogNotice)
        self.catalogNoticeLayout.setObjectName(u"catalogNoticeLayout")
        self.catalogNoticeLayout.setContentsMargins(4, 4, 4, 4)
        self.catalogNoticeLabel = QLabel(self.catalogNotice)
        self.catalogNoticeLabel.setObjectName(u"catalogNoticeLabel")
        self.catalogNoticeLabel.setWordWrap(True)

        self.catalogNoticeLayout.addWidget(self.catalogNoticeLabel)

        self.restoreCatalogButton = QPushButton(self.catalogNotice)
        self.restoreCatalogButton.setObjectName(u"restoreCatalogButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.restoreCatalogButton.sizePolicy().hasHeightForWidth())
        self.restoreCatalogButton.setSizePolicy(sizePolicy1)

        self.catalogNoticeLayout.addWidget(self.restoreCatalogButton)

        self.catalogNoticeLayout.setStretch(0, 1)

        self.bodyBox.addWidget(self.catalogNotice)

        self.bodySplitter = QSplitter(self.editorPanel)
        self.bodySplitter.setObjectName(u"bodySplitter")
        self.bodySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bodySplitter.setChildrenCollapsible(False)
        self.bodyEdit = QPlainTextEdit(self.bodySplitter)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.bodySplitter.addWidget(self.bodyEdit)
        self.helperTabs = QTabWidget(self.bodySplitter)
        self.helperTabs.setObjectName(u"helperTabs")
        self.placeholderTab = QWidget()
        self.placeholderTab.setObjectName(u"placeholderTab")
        self.placeholderTabLayout = QVBoxLayout(self.placeholderTab)
        self.placeholderTabLayout.setObjectName(u"placeholderTabLayout")
        self.placeholderTabLayout.setContentsMargins(2, 2, 2, 2)
        self.placeholderFilter = QLineEdit(self.placeholderTab)
        self.placeholderFilter.setObjectName(u"placeholderFilter")

        self.placeholderTabLayout.addWidget(self.placeholderFilter)

        self.placeholderList = QTableView(self.placeholderTab)
        self.placeholderList.setObjectName(u"placeholderList")
        self.placeholderList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholderList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholderList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholderList.setWordWrap(False)
        self.placeholderList.horizontalHeader().setStretchLastSection(True)
        self.placeholderList.verticalHeader().setVisible(False)

        self.placeholderTabLayout.addWidget(self.placeholderList)

        self.helperTabs.addTab(self.placeholderTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyTabLayout.setContentsMargins(2, 2, 2, 2)
        self.historyTree = QTreeWidget(self.historyTab)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setRootIsDecorated(True)
        self.historyTree.setUniformRowHeights(True)
        self.historyTree.setColumnCount(3)

        self.historyTabLayout.addWidget(self.historyTree)

        self.helperTabs.addTab(self.historyTab, "")
        self.warningsPanel = QWidget()
        self.warningsPanel.setObjectName(u"warningsPanel")
        self.warningsLayout = QVBoxLayout(self.warningsPanel)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsLayout.setContentsMargins(2, 2, 2, 2)
        self.previewWarningsLabel = QLabel(self.warningsPanel)
        self.previewWarningsLabel.setObjectName(u"previewWarningsLabel")
        self.previewWarningsLabel.setWordWrap(True)

        self.warningsLayout.addWidget(self.previewWarningsLabel)

        self.previewWarnings = QTableView(self.warningsPanel)
        self.previewWarnings.setObjectName(u"previewWarnings")
        self.previewWarnings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewWarnings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewWarnings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewWarnings.setWordWrap(True)
        self.previewWarnings.horizontalHeader().setStretchLastSection(True)
        self.previewWarnings.verticalHeader().setVisible(False)

        self.warningsLayout.addWidget(self.previewWarnings)

        self.helperTabs.addTab(self.warningsPanel, "")
        self.encodingPanel = QWidget()
        self.encodingPanel.setObjectName(u"encodingPanel")
        self.encodingLayout = QVBoxLayout(self.encodingPanel)
        self.encodingLayout.setObjectName(u"encodingLayout")
        self.encodingLayout.setContentsMargins(2, 2, 2, 2)
        self.previewEncodingLabel = QLabel(self.encodingPanel)
        self.previewEncodingLabel.setObjectName(u"previewEncodingLabel")
        self.previewEncodingLabel.setWordWrap(True)

        self.encodingLayout.addWidget(self.previewEncodingLabel)

        self.previewEncoding = QListWidget(self.encodingPanel)
        self.previewEncoding.setObjectName(u"previewEncoding")
        self.previewEncoding.setWordWrap(True)

        self.encodingLayout.addWidget(self.previewEncoding)

        self.helperTabs.addTab(self.encodingPanel, "")
        self.bodySplitter.addWidget(self.helperTabs)

        self.bodyBox.addWidget(self.bodySplitter)

        self.bodyBox.setStretch(1, 1)

        self.fieldsGrid.addLayout(self.bodyBox, 12, 1, 1, 1)

        self.bodyError = QLabel(self.editorPanel)
        self.bodyError.setObjectName(u"bodyError")
        self.bodyError.setVisible(False)
        self.bodyError.setWordWrap(True)
        self.bodyError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsGrid.addWidget(self.bodyError, 13, 1, 1, 1)

        self.fieldsGrid.setRowStretch(12, 1)
        self.fieldsGrid.setColumnStretch(1, 1)

        self.editorLayout.addLayout(self.fieldsGrid)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.formModeLabel = QLabel(self.editorPanel)
        self.formModeLabel.setObjectName(u"formModeLabel")

        self.buttonRow.addWidget(self.formModeLabel)

        self.buttonStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)

        self.resetButton = QPushButton(self.editorPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.registerButton = QPushButton(self.editorPanel)
        self.registerButton.setObjectName(u"registerButton")

        self.buttonRow.addWidget(self.registerButton)

        self.modifyButton = QPushButton(self.editorPanel)
        self.modifyButton.setObjectName(u"modifyButton")
        self.modifyButton.setEnabled(False)

        self.buttonRow.addWidget(self.modifyButton)


        self.editorLayout.addLayout(self.buttonRow)

        self.formSplitter.addWidget(self.editorPanel)
        self.previewBox = QGroupBox(self.formSplitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewFields = QFormLayout()
        self.previewFields.setObjectName(u"previewFields")
        self.previewFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sampleLabel = QLabel(self.previewBox)
        self.sampleLabel.setObjectName(u"sampleLabel")

        self.previewFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sampleLabel)

        self.sampleCombo = QComboBox(self.previewBox)
        self.sampleCombo.setObjectName(u"sampleCombo")

        self.previewFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sampleCombo)

        self.previewSubjectLabel = QLabel(self.previewBox)
        self.previewSubjectLabel.setObjectName(u"previewSubjectLabel")

        self.previewFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.previewSubjectLabel)

        self.previewSubject = QLineEdit(self.previewBox)
        self.previewSubject.setObjectName(u"previewSubject")
        self.previewSubject.setReadOnly(True)

        self.previewFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.previewSubject)

        self.previewSenderLabel = QLabel(self.previewBox)
        self.previewSenderLabel.setObjectName(u"previewSenderLabel")

        self.previewFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.previewSenderLabel)

        self.previewSender = QLineEdit(self.previewBox)
        self.previewSender.setObjectName(u"previewSender")
        self.previewSender.setReadOnly(True)

        self.previewFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.previewSender)

        self.previewRecipientsLabel = QLabel(self.previewBox)
        self.previewRecipientsLabel.setObjectName(u"previewRecipientsLabel")

        self.previewFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.previewRecipientsLabel)

        self.previewRecipients = QLineEdit(self.previewBox)
        self.previewRecipients.setObjectName(u"previewRecipients")
        self.previewRecipients.setReadOnly(True)

        self.previewFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.previewRecipients)


        self.previewLayout.addLayout(self.previewFields)

        self.previewSplitter = QSplitter(self.previewBox)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Orientation.Vertical)
        self.previewSplitter.setChildrenCollapsible(False)
        self.previewTabs = QTabWidget(self.previewSplitter)
        self.previewTabs.setObjectName(u"previewTabs")
        self.previewHtmlTab = QWidget()
        self.previewHtmlTab.setObjectName(u"previewHtmlTab")
        self.previewHtmlLayout = QVBoxLayout(self.previewHtmlTab)
        self.previewHtmlLayout.setObjectName(u"previewHtmlLayout")
        self.previewHtmlLayout.setContentsMargins(0, 0, 0, 0)
        self.previewHtml = SafeBrowser(self.previewHtmlTab)
        self.previewHtml.setObjectName(u"previewHtml")

        self.previewHtmlLayout.addWidget(self.previewHtml)

        self.previewTabs.addTab(self.previewHtmlTab, "")
        self.previewTextTab = QWidget()
        self.previewTextTab.setObjectName(u"previewTextTab")
        self.previewTextLayout = QVBoxLayout(self.previewTextTab)
        self.previewTextLayout.setObjectName(u"previewTextLayout")
        self.previewTextLayout.setContentsMargins(0, 0, 0, 0)
        self.previewText = QPlainTextEdit(self.previewTextTab)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setReadOnly(True)
        self.previewText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.previewTextLayout.addWidget(self.previewText)

        self.previewTabs.addTab(self.previewTextTab, "")
        self.previewSplitter.addWidget(self.previewTabs)

        self.previewLayout.addWidget(self.previewSplitter)

        self.formSplitter.addWidget(self.previewBox)

        self.rootLayout.addWidget(self.formSplitter)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateBrowseButton)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.periodLabel.setBuddy(self.periodSpin)
        self.recognitionKeyLabel.setBuddy(self.recognitionKeyEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.previewWarningsLabel.setBuddy(self.previewWarnings)
        self.previewEncodingLabel.setBuddy(self.previewEncoding)
        self.sampleLabel.setBuddy(self.sampleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reloadButton, self.compareButton)
        QWidget.setTabOrder(self.compareButton, self.templateBrowseButton)
        QWidget.setTabOrder(self.templateBrowseButton, self.destinationEdit)
        QWidget.setTabOrder(self.destinationEdit, self.enabledCheck)
        QWidget.setTabOrder(self.enabledCheck, self.standbyCheck)
        QWidget.setTabOrder(self.standbyCheck, self.periodSpin)
        QWidget.setTabOrder(self.periodSpin, self.recognitionKeyEdit)
        QWidget.setTabOrder(self.recognitionKeyEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.senderEdit)
        QWidget.setTabOrder(self.senderEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.modifyButton)
        QWidget.setTabOrder(self.modifyButton, self.restoreCatalogButton)
        QWidget.setTabOrder(self.restoreCatalogButton, self.helperTabs)
        QWidget.setTabOrder(self.helperTabs, self.placeholderFilter)
        QWidget.setTabOrder(self.placeholderFilter, self.placeholderList)
        QWidget.setTabOrder(self.placeholderList, self.historyTree)
        QWidget.setTabOrder(self.historyTree, self.previewWarnings)
        QWidget.setTabOrder(self.previewWarnings, self.previewEncoding)
        QWidget.setTabOrder(self.previewEncoding, self.sampleCombo)
        QWidget.setTabOrder(self.sampleCombo, self.previewSubject)
        QWidget.setTabOrder(self.previewSubject, self.previewSender)
        QWidget.setTabOrder(self.previewSender, self.previewRecipients)
        QWidget.setTabOrder(self.previewRecipients, self.previewTabs)
        QWidget.setTabOrder(self.previewTabs, self.previewHtml)
        QWidget.setTabOrder(self.previewHtml, self.previewText)
        QWidget.setTabOrder(self.previewText, self.templateDisplay)

        self.retranslateUi(RegistrationForm)

        self.helperTabs.setCurrentIndex(0)
        self.previewTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RegistrationForm)
    # setupUi

    def retranslateUi(self, RegistrationForm):
        RegistrationForm.setWindowTitle(QCoreApplication.translate("RegistrationForm", u"\u767b\u9332\u5185\u5bb9", None))
        self.changedBar.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"QFrame#changedBar { background: #fde7e7; border: 1px solid #d08080; }", None))
        self.changedBarLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u3053\u306e\u30c7\u30fc\u30bf\u306f\u307b\u304b\u306e\u753b\u9762\u3067\u5909\u66f4\u3055\u308c\u307e\u3057\u305f", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u4fdd\u5b58\u3055\u308c\u3066\u3044\u308b\u5185\u5bb9\u3092\u30d5\u30a9\u30fc\u30e0\u306b\u8aad\u307f\u8fbc\u307f\u307e\u3059(\u3053\u306e\u30d5\u30a9\u30fc\u30e0\u306e\u672a\u4fdd\u5b58\u306e\u5909\u66f4\u306f\u7834\u68c4\u3055\u308c\u307e\u3059)", None))
#endif // QT_CONFIG(tooltip)
        self.reloadButton.setText(QCoreApplication.translate("RegistrationForm", u"\u8aad\u307f\u8fbc\u3080", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u3053\u306e\u30d5\u30a9\u30fc\u30e0\u306e\u5185\u5bb9\u3068\u3001\u4fdd\u5b58\u3055\u308c\u3066\u3044\u308b\u5185\u5bb9\u3092\u9805\u76ee\u3054\u3068\u306b\u6bd4\u3079\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.compareButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6bd4\u8f03", None))
        self.templateLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8", None))
#if QT_CONFIG(accessibility)
        self.templateDisplay.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateDisplay.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u304a\u77e5\u3089\u305b\u7a2e\u985e \u00b7 \u9001\u4fe1\u65b9\u6cd5 \u00b7 \u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7 \u00b7 \u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u540d(\u3010\u53c2\u7167\u3011\u3067\u9078\u3073\u307e\u3059)", None))
#endif // QT_CONFIG(tooltip)
        self.templateDisplay.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u3010\u53c2\u7167\u3011\u3067\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u3092\u9078\u3093\u3067\u304f\u3060\u3055\u3044", None))
#if QT_CONFIG(tooltip)
        self.templateBrowseButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u9078\u629e\u3092\u958b\u304d\u307e\u3059(\u304a\u77e5\u3089\u305b\u7a2e\u985e\u3068\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30b0\u30eb\u30fc\u30d7\u3067\u691c\u7d22)", None))
#endif // QT_CONFIG(tooltip)
        self.templateBrowseButton.setText(QCoreApplication.translate("RegistrationForm", u"\u53c2\u7167", None))
        self.templateError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.templateError.setText("")
#if QT_CONFIG(accessibility)
        self.templateError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.destinationLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u5148(&D)", None))
#if QT_CONFIG(accessibility)
        self.destinationEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u5148", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.destinationEdit.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u9023\u52d5\u4f1a\u793e\u306e\u53d7\u4fe1\u30a2\u30c9\u30ec\u30b9\u3002\u8907\u6570\u306f\u300c,\u300d\u307e\u305f\u306f\u300c;\u300d\u3067\u533a\u5207\u308a\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u4f8b: orders@example.jp", None))
        self.destinationError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.destinationError.setText("")
#if QT_CONFIG(accessibility)
        self.destinationError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u5148\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.destinationHint.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #8a5a00; font-weight: bold;", None))
        self.destinationHint.setText("")
#if QT_CONFIG(accessibility)
        self.destinationHint.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u5148\u306e\u6ce8\u610f", None))
#endif // QT_CONFIG(accessibility)
        self.flagsLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4f7f\u7528 / \u5f85\u6a5f", None))
#if QT_CONFIG(tooltip)
        self.enabledCheck.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30c1\u30a7\u30c3\u30af\u3042\u308a = Y(\u8ee2\u9001\u3059\u308b)\u3001\u306a\u3057 = N(\u30e1\u30fc\u30eb\u304c\u8ee2\u9001\u3055\u308c\u307e\u305b\u3093)", None))
#endif // QT_CONFIG(tooltip)
        self.enabledCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u4f7f\u7528(Y/N)", None))
        self.enabledStateLabel.setText(QCoreApplication.translate("RegistrationForm", u"Y: \u8ee2\u9001\u3059\u308b", None))
#if QT_CONFIG(tooltip)
        self.standbyCheck.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u5f85\u6a5f(Y/N)\u3002Y \u306e\u3068\u304d\u3060\u3051 Period \u3092\u5165\u529b\u3067\u304d\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.standbyCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u5f85\u6a5f(Y/N)", None))
        self.periodLabel.setText(QCoreApplication.translate("RegistrationForm", u"Period", None))
#if QT_CONFIG(tooltip)
        self.periodSpin.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u5f85\u6a5f\u306e\u6642\u9593(\u5206)\u3002\u5f85\u6a5f(Y/N) \u304c Y \u306e\u3068\u304d\u3060\u3051\u4f7f\u3048\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.periodSpin.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.periodSpin.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u672a\u8a2d\u5b9a", None))
        self.periodSpin.setSuffix(QCoreApplication.translate("RegistrationForm", u" \u5206", None))
        self.periodError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.periodError.setText("")
#if QT_CONFIG(accessibility)
        self.periodError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"Period \u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.recognitionKeyLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8a8d\u8b58\u30ad\u30fc", None))
#if QT_CONFIG(accessibility)
        self.recognitionKeyEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8a8d\u8b58\u30ad\u30fc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.recognitionKeyEdit.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u9023\u52d5\u4f1a\u793e\u304b\u3089\u6307\u5b9a\u3055\u308c\u305f\u5834\u5408\u3060\u3051\u5165\u529b\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.recognitionKeyError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.recognitionKeyError.setText("")
#if QT_CONFIG(accessibility)
        self.recognitionKeyError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8a8d\u8b58\u30ad\u30fc\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30bf\u30a4\u30c8\u30eb", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30bf\u30a4\u30c8\u30eb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30e1\u30fc\u30eb\u306e\u4ef6\u540d\u3002\u9023\u52d5\u4f1a\u793e\u306f\u4ef6\u540d\u3067\u30e1\u30fc\u30eb\u3092\u898b\u5206\u3051\u307e\u3059(\u4f8b: Qoo10\u306e\u6ce8\u6587\u306e\u304a\u77e5\u3089\u305b\u3067\u3059\u3002)", None))
#endif // QT_CONFIG(tooltip)
        self.titleError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.titleError.setText("")
#if QT_CONFIG(accessibility)
        self.titleError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30bf\u30a4\u30c8\u30eb\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.senderLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u8005", None))
#if QT_CONFIG(accessibility)
        self.senderEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u8005", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.senderEdit.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u4f8b: Qoo10 <qoo10info@qoo10.jp>", None))
#endif // QT_CONFIG(tooltip)
        self.senderError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.senderError.setText("")
#if QT_CONFIG(accessibility)
        self.senderError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u8005\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u8a73\u7d30", None))
        self.catalogNotice.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"QFrame#catalogNotice { background: #fff4d6; border: 1px solid #e0c060; }", None))
        self.catalogNoticeLabel.setText("")
#if QT_CONFIG(tooltip)
        self.restoreCatalogButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30bf\u30a4\u30c8\u30eb\u30fb\u9001\u4fe1\u8005\u30fb\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u8a73\u7d30\u3092\u30ab\u30bf\u30ed\u30b0\u306e\u6587\u9762\u306b\u623b\u3057\u307e\u3059(\u5c65\u6b74\u306b\u6b8b\u308a\u307e\u3059)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreCatalogButton.setText(QCoreApplication.translate("RegistrationForm", u"\u30ab\u30bf\u30ed\u30b0\u306e\u6587\u9762\u306b\u623b\u3059", None))
#if QT_CONFIG(tooltip)
        self.bodyEdit.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30e1\u30fc\u30eb\u306e\u672c\u6587(HTML\u53ef)\u3002{$_\u9805\u76ee\u540d_$} \u304c\u6ce8\u6587\u306e\u5024\u306b\u7f6e\u304d\u63db\u308f\u308a\u307e\u3059\u3002Ctrl+Tab \u3067\u6b21\u306e\u9805\u76ee\u3078\u79fb\u52d5\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u8a73\u7d30", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.placeholderFilter.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u5dee\u3057\u8fbc\u307f\u9805\u76ee\u306e\u7d5e\u308a\u8fbc\u307f", None))
#endif // QT_CONFIG(accessibility)
        self.placeholderFilter.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u9805\u76ee\u540d\u3067\u7d5e\u308a\u8fbc\u307f", None))
#if QT_CONFIG(tooltip)
        self.placeholderList.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30c0\u30d6\u30eb\u30af\u30ea\u30c3\u30af(\u307e\u305f\u306f Enter)\u3067\u30ab\u30fc\u30bd\u30eb\u4f4d\u7f6e\u306b\u5dee\u3057\u8fbc\u307f\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.placeholderList.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u5dee\u3057\u8fbc\u307f\u9805\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.helperTabs.setTabText(self.helperTabs.indexOf(self.placeholderTab), QCoreApplication.translate("RegistrationForm", u"\u5dee\u3057\u8fbc\u307f\u9805\u76ee", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RegistrationForm", u"\u4fee\u6b63\u8005 / \u5909\u66f4\u524d \u2192 \u5909\u66f4\u5f8c", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RegistrationForm", u"\u64cd\u4f5c / \u9805\u76ee", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RegistrationForm", u"\u65e5\u6642", None))
#if QT_CONFIG(accessibility)
        self.historyTree.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u5c65\u6b74", None))
#endif // QT_CONFIG(accessibility)
        self.helperTabs.setTabText(self.helperTabs.indexOf(self.historyTab), QCoreApplication.translate("RegistrationForm", u"\u5c65\u6b74", None))
        self.previewWarningsLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc\u306e\u8b66\u544a(\u30af\u30ea\u30c3\u30af\u3067\u305d\u306e\u4f4d\u7f6e\u3078\u79fb\u52d5)", None))
#if QT_CONFIG(accessibility)
        self.previewWarnings.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8b66\u544a", None))
#endif // QT_CONFIG(accessibility)
        self.helperTabs.setTabText(self.helperTabs.indexOf(self.warningsPanel), QCoreApplication.translate("RegistrationForm", u"\u8b66\u544a", None))
        self.previewEncodingLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc\u306e\u6587\u5b57\u304c ISO-2022-JP\u30fbCP932 \u3067\u9001\u308c\u308b\u304b(\u4f4d\u7f6e\u306f\u30d7\u30ec\u30d3\u30e5\u30fc\u306e\u4e2d\u306e\u884c\u3068\u5217)", None))
#if QT_CONFIG(accessibility)
        self.previewEncoding.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6587\u5b57\u30b3\u30fc\u30c9\u306e\u78ba\u8a8d", None))
#endif // QT_CONFIG(accessibility)
        self.helperTabs.setTabText(self.helperTabs.indexOf(self.encodingPanel), QCoreApplication.translate("RegistrationForm", u"\u6587\u5b57\u30b3\u30fc\u30c9", None))
        self.bodyError.setStyleSheet(QCoreApplication.translate("RegistrationForm", u"color: #b00020; font-weight: bold;", None))
        self.bodyError.setText("")
#if QT_CONFIG(accessibility)
        self.bodyError.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u8a73\u7d30\u306e\u30a8\u30e9\u30fc", None))
#endif // QT_CONFIG(accessibility)
        self.formModeLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u65b0\u898f\u767b\u9332", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30d5\u30a9\u30fc\u30e0\u3092\u7a7a\u306b\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("RegistrationForm", u"\u521d\u671f\u5316", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30d5\u30a9\u30fc\u30e0\u306e\u5185\u5bb9\u3067\u65b0\u3057\u3044\u767b\u9332\u3092\u4f5c\u308a\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.registerButton.setText(QCoreApplication.translate("RegistrationForm", u"\u767b\u9332", None))
#if QT_CONFIG(tooltip)
        self.modifyButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u7de8\u96c6\u4e2d\u306e\u767b\u9332\u3092\u30d5\u30a9\u30fc\u30e0\u306e\u5185\u5bb9\u3067\u4fee\u6b63\u3057\u307e\u3059(\u767b\u9332\u756a\u53f7\u3068\u5c65\u6b74\u306f\u305d\u306e\u307e\u307e)", None))
#endif // QT_CONFIG(tooltip)
        self.modifyButton.setText(QCoreApplication.translate("RegistrationForm", u"\u4fee\u6b63", None))
        self.previewBox.setTitle(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc \u2014 \u9023\u52d5\u30b7\u30b9\u30c6\u30e0\u304c\u53d7\u3051\u53d6\u308b\u30e1\u30fc\u30eb", None))
        self.sampleLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30b5\u30f3\u30d7\u30eb\u6ce8\u6587", None))
#if QT_CONFIG(tooltip)
        self.sampleCombo.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc\u306b\u4f7f\u3046\u67b6\u7a7a\u306e\u6ce8\u6587\u30c7\u30fc\u30bf", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sampleCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30b5\u30f3\u30d7\u30eb\u6ce8\u6587", None))
#endif // QT_CONFIG(accessibility)
        self.previewSubjectLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u30bf\u30a4\u30c8\u30eb", None))
#if QT_CONFIG(accessibility)
        self.previewSubject.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc: \u30bf\u30a4\u30c8\u30eb", None))
#endif // QT_CONFIG(accessibility)
        self.previewSenderLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u8005", None))
#if QT_CONFIG(accessibility)
        self.previewSender.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc: \u9001\u4fe1\u8005", None))
#endif // QT_CONFIG(accessibility)
        self.previewRecipientsLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u9001\u4fe1\u5148", None))
#if QT_CONFIG(accessibility)
        self.previewRecipients.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc: \u9001\u4fe1\u5148", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewHtml.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc: \u672c\u6587(HTML)", None))
#endif // QT_CONFIG(accessibility)
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.previewHtmlTab), QCoreApplication.translate("RegistrationForm", u"\u672c\u6587(HTML)", None))
#if QT_CONFIG(accessibility)
        self.previewText.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u30d7\u30ec\u30d3\u30e5\u30fc: \u672c\u6587(\u30c6\u30ad\u30b9\u30c8)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previewText.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u9023\u52d5\u30b7\u30b9\u30c6\u30e0\u304c\u8aad\u307f\u53d6\u308b\u672c\u6587\u306e\u30c6\u30ad\u30b9\u30c8\u3067\u3059\u3002\u30bf\u30d6\u3068\u7a7a\u767d\u3092\u8a18\u53f7\u3067\u8868\u793a\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.previewTextTab), QCoreApplication.translate("RegistrationForm", u"\u672c\u6587(\u30c6\u30ad\u30b9\u30c8)", None))
    # retranslateUi

