# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QToolButton, QTreeView, QVBoxLayout, QWidget)

class Ui_ProductsView(object):
    def setupUi(self, ProductsView):
        if not ProductsView.objectName():
            ProductsView.setObjectName(u"ProductsView")
        ProductsView.resize(1200, 760)
        self.actionImportProducts = QAction(ProductsView)
        self.actionImportProducts.setObjectName(u"actionImportProducts")
        self.actionUseAsSample = QAction(ProductsView)
        self.actionUseAsSample.setObjectName(u"actionUseAsSample")
        self.actionUseAsSample.setEnabled(False)
        self.actionCopyItemNo = QAction(ProductsView)
        self.actionCopyItemNo.setObjectName(u"actionCopyItemNo")
        self.actionExpandAll = QAction(ProductsView)
        self.actionExpandAll.setObjectName(u"actionExpandAll")
        self.actionCollapseAll = QAction(ProductsView)
        self.actionCollapseAll.setObjectName(u"actionCollapseAll")
        self.rootLayout = QVBoxLayout(ProductsView)
        self.rootLayout.setObjectName(u"rootLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(ProductsView)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.productSearchEdit = QLineEdit(ProductsView)
        self.productSearchEdit.setObjectName(u"productSearchEdit")
        self.productSearchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.productSearchEdit)

        self.productSearchButton = QPushButton(ProductsView)
        self.productSearchButton.setObjectName(u"productSearchButton")

        self.searchRow.addWidget(self.productSearchButton)

        self.searchSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.searchRow.addItem(self.searchSpacer)

        self.productImportButton = QToolButton(ProductsView)
        self.productImportButton.setObjectName(u"productImportButton")
        self.productImportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.searchRow.addWidget(self.productImportButton)

        self.productExportButton = QPushButton(ProductsView)
        self.productExportButton.setObjectName(u"productExportButton")

        self.searchRow.addWidget(self.productExportButton)

        self.searchRow.setStretch(1, 1)

        self.rootLayout.addLayout(self.searchRow)

        self.productsSplitter = QSplitter(ProductsView)
        self.productsSplitter.setObjectName(u"productsSplitter")
        self.productsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.productsSplitter.setChildrenCollapsible(False)
        self.treePane = QWidget(self.productsSplitter)
        self.treePane.setObjectName(u"treePane")
        self.treePaneLayout = QVBoxLayout(self.treePane)
        self.treePaneLayout.setObjectName(u"treePaneLayout")
        self.treePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.treeHeadRow = QHBoxLayout()
        self.treeHeadRow.setObjectName(u"treeHeadRow")
        self.productResultLabel = QLabel(self.treePane)
        self.productResultLabel.setObjectName(u"productResultLabel")
        self.productResultLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.treeHeadRow.addWidget(self.productResultLabel)

        self.useAsSampleButton = QToolButton(self.treePane)
        self.useAsSampleButton.setObjectName(u"useAsSampleButton")
        self.useAsSampleButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.treeHeadRow.addWidget(self.useAsSampleButton)

        self.treeHeadRow.setStretch(0, 1)

        self.treePaneLayout.addLayout(self.treeHeadRow)

        self.productTree = QTreeView(self.treePane)
        self.productTree.setObjectName(u"productTree")
        self.productTree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.productTree.setAlternatingRowColors(True)
        self.productTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productTree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productTree.setUniformRowHeights(True)
        self.productTree.setSortingEnabled(True)
        self.productTree.header().setStretchLastSection(True)

        self.treePaneLayout.addWidget(self.productTree)

        self.treePaneLayout.setStretch(1, 1)
        self.productsSplitter.addWidget(self.treePane)
        self.findingsPane = QWidget(self.productsSplitter)
        self.findingsPane.setObjectName(u"findingsPane")
        self.findingsPaneLayout = QVBoxLayout(self.findingsPane)
        self.findingsPaneLayout.setObjectName(u"findingsPaneLayout")
        self.findingsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.findingsHeadRow = QHBoxLayout()
        self.findingsHeadRow.setObjectName(u"findingsHeadRow")
        self.findingsTitleLabel = QLabel(self.findingsPane)
        self.findingsTitleLabel.setObjectName(u"findingsTitleLabel")

        self.findingsHeadRow.addWidget(self.findingsTitleLabel)

        self.findingsTitleSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.findingsHeadRow.addItem(self.findingsTitleSpacer)

        self.findingsSummaryLabel = QLabel(self.findingsPane)
        self.findingsSummaryLabel.setObjectName(u"findingsSummaryLabel")
        self.findingsSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.findingsHeadRow.addWidget(self.findingsSummaryLabel)

        self.severityLabel = QLabel(self.findingsPane)
        self.severityLabel.setObjectName(u"severityLabel")

        self.findingsHeadRow.addWidget(self.severityLabel)

        self.findingSeverityFilter = QComboBox(self.findingsPane)
        self.findingSeverityFilter.setObjectName(u"findingSeverityFilter")

        self.findingsHeadRow.addWidget(self.findingSeverityFilter)

        self.productCheckButton = QPushButton(self.findingsPane)
        self.productCheckButton.setObjectName(u"productCheckButton")

        self.findingsHeadRow.addWidget(self.productCheckButton)

        self.findingsHeadRow.setStretch(2, 1)

        self.findingsPaneLayout.addLayout(self.findingsHeadRow)

        self.productFindingsTable = QTableView(self.findingsPane)
        self.productFindingsTable.setObjectName(u"productFindingsTable")

        self.findingsPaneLayout.addWidget(self.productFindingsTable)

        self.findingDetailLabel = QLabel(self.findingsPane)
        self.findingDetailLabel.setObjectName(u"findingDetailLabel")
        self.findingDetailLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.findingDetailLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.findingDetailLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.findingDetailLabel.setWordWrap(True)
        self.findingDetailLabel.setMargin(6)
        self.findingDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.findingsPaneLayout.addWidget(self.findingDetailLabel)

        self.findingsPaneLayout.setStretch(1, 1)
        self.productsSplitter.addWidget(self.findingsPane)

        self.rootLayout.addWidget(self.productsSplitter)

        self.productImportsLabel = QLabel(ProductsView)
        self.productImportsLabel.setObjectName(u"productImportsLabel")
        self.productImportsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.productImportsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.productImportsLabel)

        self.rootLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.productSearchEdit)
        self.severityLabel.setBuddy(self.findingSeverityFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.productSearchEdit, self.productSearchButton)
        QWidget.setTabOrder(self.productSearchButton, self.productImportButton)
        QWidget.setTabOrder(self.productImportButton, self.productExportButton)
        QWidget.setTabOrder(self.productExportButton, self.productTree)
        QWidget.setTabOrder(self.productTree, self.useAsSampleButton)
        QWidget.setTabOrder(self.useAsSampleButton, self.findingSeverityFilter)
        QWidget.setTabOrder(self.findingSeverityFilter, self.productCheckButton)
        QWidget.setTabOrder(self.productCheckButton, self.productFindingsTable)

        self.retranslateUi(ProductsView)

        QMetaObject.connectSlotsByName(ProductsView)
    # setupUi

    def retranslateUi(self, ProductsView):
        self.actionUseAsSample.setText(QCoreApplication.translate("ProductsView", u"\u30d7\u30ec\u30d3\u30e5\u30fc\u306e\u898b\u672c\u306b\u4f7f\u3046", None))
#if QT_CONFIG(statustip)
        self.actionUseAsSample.setStatusTip(QCoreApplication.translate("ProductsView", u"\u9078\u3093\u3060\u5546\u54c1 (\u30aa\u30d7\u30b7\u30e7\u30f3) \u3092\u30d7\u30ec\u30d3\u30e5\u30fc\u306e\u898b\u672c\u306e\u6ce8\u6587\u306e\u5546\u54c1\u306b\u3057\u307e\u3059", None))
#endif // QT_CONFIG(statustip)
        self.actionCopyItemNo.setText(QCoreApplication.translate("ProductsView", u"\u5546\u54c1\u756a\u53f7\u3092\u30b3\u30d4\u30fc", None))
        self.actionExpandAll.setText(QCoreApplication.translate("ProductsView", u"\u30aa\u30d7\u30b7\u30e7\u30f3\u3092\u3059\u3079\u3066\u958b\u304f", None))
        self.actionCollapseAll.setText(QCoreApplication.translate("ProductsView", u"\u30aa\u30d7\u30b7\u30e7\u30f3\u3092\u3059\u3079\u3066\u9589\u3058\u308b", None))
        self.searchLabel.setText(QCoreApplication.translate("ProductsView", u"\u691c\u7d22:", None))
#if QT_CONFIG(tooltip)
        self.productSearchEdit.setToolTip(QCoreApplication.translate("ProductsView", u"\u5546\u54c1\u756a\u53f7\u30fb\u8ca9\u58f2\u8005\u30b3\u30fc\u30c9\u30fb\u5546\u54c1\u540d (\u30aa\u30d7\u30b7\u30e7\u30f3\u306e\u5185\u5bb9\u3082) \u306e\u4e00\u90e8\u3067\u691c\u7d22\u3057\u307e\u3059\u3002\u5168\u89d2/\u534a\u89d2\u3001\u5927\u6587\u5b57/\u5c0f\u6587\u5b57\u306f\u533a\u5225\u3057\u307e\u305b\u3093\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.productSearchEdit.setAccessibleName(QCoreApplication.translate("ProductsView", u"\u691c\u7d22", None))
#endif // QT_CONFIG(accessibility)
        self.productSearchEdit.setPlaceholderText(QCoreApplication.translate("ProductsView", u"\u5546\u54c1\u756a\u53f7\u30fb\u8ca9\u58f2\u8005\u30b3\u30fc\u30c9\u30fb\u5546\u54c1\u540d", None))
        self.productSearchButton.setText(QCoreApplication.translate("ProductsView", u"\u691c\u7d22", None))
#if QT_CONFIG(tooltip)
        self.productExportButton.setToolTip(QCoreApplication.translate("ProductsView", u"\u53d6\u308a\u8fbc\u3093\u3060\u30d5\u30a1\u30a4\u30eb\u3092 Shift_JIS (CP932) \u3067\u66f8\u304d\u51fa\u3057\u307e\u3059 (NextEngine \u5411\u3051)", None))
#endif // QT_CONFIG(tooltip)
        self.productExportButton.setText(QCoreApplication.translate("ProductsView", u"Shift_JIS \u3067\u66f8\u304d\u51fa\u3059", None))
        self.findingsTitleLabel.setText(QCoreApplication.translate("ProductsView", u"\u30ea\u30f3\u30af\u30c1\u30a7\u30c3\u30af", None))
        self.severityLabel.setText(QCoreApplication.translate("ProductsView", u"\u91cd\u5927\u5ea6:", None))
#if QT_CONFIG(accessibility)
        self.findingSeverityFilter.setAccessibleName(QCoreApplication.translate("ProductsView", u"\u91cd\u5927\u5ea6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.productCheckButton.setToolTip(QCoreApplication.translate("ProductsView", u"\u9023\u52d5\u30b5\u30fc\u30d3\u30b9\u304c\u53d7\u3051\u4ed8\u3051\u306a\u3044\u5024 (\u534a\u89d2\u62ec\u5f27\u3001\u30b3\u30fc\u30c9\u306e\u91cd\u8907\u3001\u7d42\u4e86\u65e5 \u2026) \u3092\u63a2\u3057\u307e\u3059", None))
#endif // QT_CONFIG(tooltip)
        self.productCheckButton.setText(QCoreApplication.translate("ProductsView", u"\u30ea\u30f3\u30af\u30c1\u30a7\u30c3\u30af", None))
        pass
    # retranslateUi

