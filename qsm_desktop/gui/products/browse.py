"""The 商品/在庫 tab's product list: 【検索】, the tree of products and options, the selection.

- 【検索】 (or Enter) lists, in a worker, the first :data:`DISPLAY_LIMIT` products matching the
  text (商品番号, 販売者コード, 商品名 or an option's text); a search typed after another drops
  the older result.
- 「プレビューの見本に使う」 emits :attr:`ProductBrowser.sample_item_chosen` with the values of the
  selected product (and option) for the preview's sample order.
- :meth:`ProductBrowser.show_product` selects a product, or the option of a gridInventory line,
  searching for it first when the list does not show it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QWidget

from qsm_desktop.core.products.columns import (
    KINDS,
)
from qsm_desktop.core.products.query import (
    Product,
    get_product,
    search_products,
)
from qsm_desktop.core.products.records import (
    OptionRow,
    current_import,
)
from qsm_desktop.core.products.sample import (
    sample_item_values,
)
from qsm_desktop.gui.generated.ui_products_view import Ui_ProductsView
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.products.common import OPTION_ROLE, PRODUCT_ROLE, SEARCH, number
from qsm_desktop.gui.products.tree_model import (
    COL_DATA_TYPE,
    COL_END_DATE,
    COL_ITEM_NO,
    COL_NAME,
    COL_OPTION_CODE,
    COL_PRICE,
    COL_QUANTITY,
    COL_SELLER_CODE,
    COL_SHIPPING,
    ProductProxyModel,
    ProductTreeModel,
)
from qsm_desktop.gui.products.workers import TaskRunner
from qsm_desktop.gui.table_look import ColumnSamples, fit_columns
from qsm_desktop.gui.translation import tr

# The tree lists at most this many products: listing all 400,000 would take seconds.
DISPLAY_LIMIT = 1000

# Default column widths: each column shows its header and this content whole (measured in the
# view's font, see table_look.fit_columns); the last column takes the rest.
TREE_SAMPLES: dict[int, ColumnSamples] = {
    COL_ITEM_NO: "1001234567",
    COL_SELLER_CODE: "TS-LONG-K-001",
    COL_NAME: "ねこ柄マグカップ 350ml 電子レンジ対応",
    COL_DATA_TYPE: "組合型",
    COL_OPTION_CODE: "TSB-NV-XL-01",
    COL_PRICE: "99,999,999",
    COL_QUANTITY: "99,999",
    COL_SHIPPING: "9,999",
    COL_END_DATE: "2030-12-31 23:59",
}


class ProductBrowser(QObject):
    """Search, the product tree and its selection, over the form's widgets (``ui``)."""

    searched = Signal(int)  # products now listed
    product_shown = Signal(str)  # 商品番号 selected
    sample_item_chosen = Signal(dict)  # sample_item_values(product, option)
    message = Signal(str)  # a short note for the window's status bar

    def __init__(self, ui: Ui_ProductsView, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.runner = runner
        self.tree_model = ProductTreeModel(self)
        self.tree_proxy = ProductProxyModel(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.truncated = False
        self.loaded = False  # the first list is read when the tab is first shown
        self._searched_text = ""
        self._pending_jump: tuple[str, int | None] | None = None
        self._then: Callable[[], object] | None = None

        ui.productSearchEdit.returnPressed.connect(self.search)
        ui.productSearchButton.clicked.connect(self.search)
        ui.useAsSampleButton.setDefaultAction(ui.actionUseAsSample)
        ui.actionUseAsSample.triggered.connect(self.use_selected_as_sample)
        ui.actionCopyItemNo.triggered.connect(self.copy_item_no)
        ui.actionExpandAll.triggered.connect(lambda _checked=False: ui.productTree.expandAll())
        ui.actionCollapseAll.triggered.connect(lambda _checked=False: ui.productTree.collapseAll())

        tree = ui.productTree
        tree.setModel(self.tree_proxy)
        tree.customContextMenuRequested.connect(self._tree_menu)
        tree.selectionModel().currentRowChanged.connect(self._tree_current_changed)
        tree.addAction(ui.actionUseAsSample)
        header = tree.header()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fit_columns(tree, TREE_SAMPLES)

    # -- search --------------------------------------------------------------------------------
    @Slot()
    def search(self) -> int:
        """【検索】: list the products matching the search text (in a worker)."""
        return self.search_then(None)

    def search_then(self, then: Callable[[], object] | None) -> int:
        """:meth:`search`; ``then`` runs when the list is shown (the link check after an import:
        not alongside the search, both are Python loops that would share one core)."""
        text = self.ui.productSearchEdit.text().strip()
        self.loaded = True
        self._searched_text = text
        if then is not None:  # a search typed meanwhile still runs it, after the newer list
            self._then = then
        self.ui.productResultLabel.setText(tr("検索中…"))
        return self.runner.start(SEARCH, lambda: search_products(text or None, DISPLAY_LIMIT + 1))

    def search_finished(self, result: object) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()
        label = self.ui.productResultLabel
        if isinstance(result, Exception):
            label.setText(tr("検索できませんでした。もう一度【検索】を押してください。"))
            label.setToolTip(plain_tooltip(error_detail(result)))
            self._pending_jump = None
            return
        assert isinstance(result, list)
        label.setToolTip("")
        self.truncated = len(result) > DISPLAY_LIMIT
        self.tree_model.set_products(result[:DISPLAY_LIMIT])
        self._show_result_count()
        self._update_sample_action()
        jump, self._pending_jump = self._pending_jump, None
        if jump is not None:
            item_no, line = jump
            if not self.tree_model.product_index(item_no).isValid():
                product = get_product(item_no)  # listed beyond the limit: add it at the end
                if product is not None:
                    self.tree_model.add_product(product)
                    self._show_result_count()
            if not self._select(item_no, line):
                self.message.emit(
                    tr("商品番号 {item_no} は今取り込まれているファイルにありません。").format(
                        item_no=item_no
                    )
                )
        self.searched.emit(self.tree_model.rowCount())

    def show_note(self, text: str) -> None:
        """A note where the result count goes (an import cancelled, …)."""
        self.ui.productResultLabel.setText(text)

    def _show_result_count(self) -> None:
        products = self.tree_model.rowCount()
        if products == 0 and not any(current_import(k) for k in KINDS):
            self.show_note(
                tr(
                    "商品CSVがまだ取り込まれていません。ファイル > 商品CSVを取り込む… で選ぶか、"
                    "CSVファイルをウィンドウにドロップしてください。"
                )
            )
            return
        text = tr("{products} 件の商品 (オプション {options} 件)").format(
            products=number(products), options=number(self.tree_model.option_count())
        )
        if self._searched_text:
            text = tr("「{search}」: ").format(search=self._searched_text) + text
        if self.truncated:
            text += tr(" — 先頭 {limit} 件を表示しています。検索で絞り込んでください。").format(
                limit=number(DISPLAY_LIMIT)
            )
        if products == 0:
            text = tr("「{search}」に一致する商品はありません。").format(search=self._searched_text)
        self.show_note(text)

    # -- selection, the sample item --------------------------------------------------------------
    def current_item(self) -> tuple[Product, OptionRow | None] | None:
        """The product (and option) of the tree's current row."""
        index = self.ui.productTree.currentIndex()
        if not index.isValid():
            return None
        product = index.data(PRODUCT_ROLE)
        if product is None:
            return None
        return product, index.data(OPTION_ROLE)

    @Slot(QModelIndex, QModelIndex)
    def _tree_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_sample_action()

    def _update_sample_action(self) -> None:
        self.ui.actionUseAsSample.setEnabled(self.current_item() is not None)

    @Slot()
    def use_selected_as_sample(self) -> dict[str, str] | None:
        """「プレビューの見本に使う」: the selected product/option as the sample order's item."""
        chosen = self.current_item()
        if chosen is None:
            return None
        product, option = chosen
        values = sample_item_values(product, option)
        # Said once, by whoever puts it into the preview (the installer: the status bar).
        self.sample_item_chosen.emit(values)
        return values

    @Slot()
    def copy_item_no(self) -> None:
        chosen = self.current_item()
        if chosen is not None:
            QGuiApplication.clipboard().setText(chosen[0].item_no)

    @Slot(QPoint)
    def _tree_menu(self, pos: QPoint) -> None:
        ui = self.ui
        tree = ui.productTree
        index = tree.indexAt(pos)
        if index.isValid():
            tree.setCurrentIndex(index)
        menu = QMenu(tree)
        menu.addAction(ui.actionUseAsSample)
        menu.addAction(ui.actionCopyItemNo)
        ui.actionCopyItemNo.setEnabled(index.isValid())
        menu.addSeparator()
        menu.addAction(ui.actionExpandAll)
        menu.addAction(ui.actionCollapseAll)
        menu.exec(tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def show_product(self, item_no: str, line: int | None = None) -> bool:
        """Select (and scroll to) a product, or its option from gridInventory line ``line``.

        A product the list does not show is searched for by its 商品番号 first (the search text
        changes to it); True when it was selected right away.
        """
        if self._select(item_no, line):
            return True
        self.ui.productSearchEdit.setText(item_no)
        self._pending_jump = (item_no, line)
        self.search()
        return False

    def _select(self, item_no: str, line: int | None) -> bool:
        source = QModelIndex()
        if line is not None:
            source = self.tree_model.option_index(item_no, line)
        if not source.isValid():
            source = self.tree_model.product_index(item_no)
        if not source.isValid():
            self.message.emit(
                tr("商品番号 {item_no} は取り込まれていません。").format(item_no=item_no)
            )
            return False
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid():
            return False
        tree = self.ui.productTree
        if index.parent().isValid():
            tree.expand(index.parent())
        tree.setCurrentIndex(index)
        tree.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.product_shown.emit(item_no)
        return True
