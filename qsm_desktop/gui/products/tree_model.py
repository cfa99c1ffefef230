"""The product tree: each product (a GoodsList.csv row) with its options (gridInventory rows).

Two levels only, so an index needs no pointer: a product row has internal id 0, an option row
has the row of its product plus one. The model holds plain :class:`Product` objects from the
core (``search_products``); it is replaced as a whole by each search (one model reset) and may
gain a product at the end (a finding's product that the search did not list).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from qsm_desktop.core.products.columns import (
    GOODS,
    INVENTORY,
)
from qsm_desktop.core.products.query import (
    Product,
)
from qsm_desktop.core.products.records import (
    OptionRow,
)
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.products.common import (
    ITEM_NO_ROLE,
    LINE_ROLE,
    MUTED_TEXT,
    OPTION_ROLE,
    PRODUCT_ROLE,
    SORT_ROLE,
    SortProxy,
    date_time,
    number,
    sort_value,
    surcharge,
)
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

ModelIndex = QModelIndex | QPersistentModelIndex

NOT_IN_GOODS = QT_TR_NOOP("(GoodsList.csv にありません)")


@dataclass(frozen=True, slots=True)
class TreeColumn:
    header: str  # untranslated (QT_TR_NOOP)
    product: Callable[[Product], Any]  # the display value on a product row
    option: Callable[[OptionRow], Any]  # the display value on an option row
    product_sort: Callable[[Product], Any] | None = None  # default: the display value
    option_sort: Callable[[OptionRow], Any] | None = None
    numeric: bool = False
    header_tooltip: str = ""


def _empty(_row: object) -> str:
    return ""


COLUMNS: tuple[TreeColumn, ...] = (
    TreeColumn(
        QT_TR_NOOP("商品番号"),
        lambda p: p.item_no,
        _empty,
        header_tooltip=QT_TR_NOOP("商品番号 (オプションは ▸ で開きます)"),
    ),
    TreeColumn(
        QT_TR_NOOP("販売者コード"),
        lambda p: p.seller_code,
        lambda o: o.seller_code,
    ),
    TreeColumn(
        QT_TR_NOOP("商品名 / オプション"),
        lambda p: p.name if p.goods is not None else tr(NOT_IN_GOODS),
        lambda o: o.label,
        header_tooltip=QT_TR_NOOP(
            "商品の行は商品名、オプションの行はオプション (カラー:赤 / サイズ:M)"
        ),
    ),
    TreeColumn(
        QT_TR_NOOP("データ種別"),
        _empty,
        lambda o: o.data_type,
    ),
    TreeColumn(
        QT_TR_NOOP("オプションコード"),
        _empty,
        lambda o: o.option_code,
    ),
    TreeColumn(
        QT_TR_NOOP("販売価格 / 価格"),
        lambda p: number(p.price),
        lambda o: surcharge(o.price),
        product_sort=lambda p: p.price,
        option_sort=lambda o: o.price,
        numeric=True,
        header_tooltip=QT_TR_NOOP("商品の行は販売価格、オプションの行は販売価格に加算される価格"),
    ),
    TreeColumn(
        QT_TR_NOOP("数量"),
        lambda p: number(p.quantity),
        lambda o: number(o.quantity),
        product_sort=lambda p: p.quantity,
        option_sort=lambda o: o.quantity,
        numeric=True,
    ),
    TreeColumn(
        QT_TR_NOOP("送料"),
        lambda p: number(p.goods.shipping_fee) if p.goods else "",
        _empty,
        product_sort=lambda p: p.goods.shipping_fee if p.goods else None,
        numeric=True,
    ),
    TreeColumn(
        QT_TR_NOOP("終了日"),
        lambda p: date_time(p.end_date),
        _empty,
        product_sort=lambda p: p.end_date,
    ),
    TreeColumn(
        QT_TR_NOOP("Q-在庫"),
        _empty,
        lambda o: o.q_stock,
    ),
)

COL_ITEM_NO = 0
COL_SELLER_CODE = 1
COL_NAME = 2
COL_DATA_TYPE = 3
COL_OPTION_CODE = 4
COL_PRICE = 5
COL_QUANTITY = 6
COL_SHIPPING = 7
COL_END_DATE = 8
COL_Q_STOCK = 9
COLUMN_COUNT = len(COLUMNS)


class ProductTreeModel(QAbstractItemModel):
    """Read-only tree: products at the top level, their options as children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []
        self._rows: dict[str, int] = {}  # 商品番号 → row (the first product with it)

    # -- Qt model API --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._products):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()  # options have no children; only column 0 has children
        product_row = parent.row()
        if not 0 <= product_row < len(self._products):
            return QModelIndex()
        if row >= len(self._products[product_row].options):
            return QModelIndex()
        return self.createIndex(row, column, product_row + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...
    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def sibling(self, row: int, column: int, index: ModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self.index(row, column, self.parent(index))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._products)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._products[parent.row()].options)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
            return tr(column.header_tooltip)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        parent_id = index.internalId()
        if parent_id == 0:
            if not 0 <= index.row() < len(self._products):
                return None
            return self._product_data(self._products[index.row()], index.column(), role)
        product_row = parent_id - 1
        if not 0 <= product_row < len(self._products):
            return None
        product = self._products[product_row]
        if not 0 <= index.row() < len(product.options):
            return None
        return self._option_data(product, product.options[index.row()], index.column(), role)

    def _product_data(self, product: Product, column: int, role: int) -> Any:
        spec = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.product(product)
        if role == SORT_ROLE:
            return sort_value((spec.product_sort or spec.product)(product))
        if role == ITEM_NO_ROLE:
            return product.item_no
        if role == PRODUCT_ROLE:
            return product
        if role == OPTION_ROLE:
            return None
        if role == LINE_ROLE:
            return product.goods.line if product.goods else None
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._product_tooltip(product))
        if product.goods is None and column == COL_NAME:
            if role == Qt.ItemDataRole.ForegroundRole:
                return MUTED_TEXT
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _option_data(self, product: Product, option: OptionRow, column: int, role: int) -> Any:
        spec = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.option(option)
        if role == SORT_ROLE:
            return sort_value((spec.option_sort or spec.option)(option))
        if role == ITEM_NO_ROLE:
            return option.item_no
        if role == PRODUCT_ROLE:
            return product
        if role == OPTION_ROLE:
            return option
        if role == LINE_ROLE:
            return option.line
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._option_tooltip(product, option))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COL_SELLER_CODE
            and option.seller_code == product.seller_code
        ):
            return MUTED_TEXT  # the product's own code, repeated on each option row
        return None

    @staticmethod
    def _product_tooltip(product: Product) -> str:
        if product.goods is None:
            where = tr("{file} にだけある商品です").format(file=INVENTORY.file_name)
        else:
            where = tr("{file} {line}行目").format(file=GOODS.file_name, line=product.goods.line)
        lines = [f"{product.item_no} {product.name}".strip(), where]
        if product.options:
            lines.append(tr("オプション {count}件").format(count=len(product.options)))
        return "\n".join(lines)

    @staticmethod
    def _option_tooltip(product: Product, option: OptionRow) -> str:
        lines = [
            option.label or tr("(オプションなし)"),
            tr("{file} {line}行目").format(file=INVENTORY.file_name, line=option.line),
        ]
        if option.price and product.price is not None:
            lines.append(
                tr("注文価格: {total}円 (販売価格 {price} {surcharge})").format(
                    total=number(product.price + option.price),
                    price=number(product.price),
                    surcharge=surcharge(option.price),
                )
            )
        return "\n".join(lines)

    # -- this model's API ------------------------------------------------------------------------
    def set_products(self, products: Iterable[Product]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self._rows = {}
        for row, product in enumerate(self._products):
            self._rows.setdefault(product.item_no, row)
        self.endResetModel()

    def add_product(self, product: Product) -> int:
        """Append one product (one the search did not list); returns its row."""
        existing = self._rows.get(product.item_no)
        if existing is not None:
            return existing
        row = len(self._products)
        self.beginInsertRows(QModelIndex(), row, row)
        self._products.append(product)
        self._rows[product.item_no] = row
        self.endInsertRows()
        return row

    def products(self) -> list[Product]:
        return list(self._products)

    def option_count(self) -> int:
        return sum(len(p.options) for p in self._products)

    def product_index(self, item_no: str, column: int = 0) -> QModelIndex:
        row = self._rows.get(item_no)
        return QModelIndex() if row is None else self.createIndex(row, column, 0)

    def option_index(self, item_no: str, line: int, column: int = 0) -> QModelIndex:
        """The option row of ``item_no`` read from gridInventory line ``line`` (or invalid)."""
        row = self._rows.get(item_no)
        if row is None:
            return QModelIndex()
        for child, option in enumerate(self._products[row].options):
            if option.line == line:
                return self.createIndex(child, column, row + 1)
        return QModelIndex()


class ProductProxyModel(SortProxy):
    """Sorting of the tree (products by the column, each product's options among themselves)."""
