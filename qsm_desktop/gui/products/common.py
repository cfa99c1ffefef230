"""Helpers shared by the 商品/在庫 tab: translation, item roles, number formats, a sort proxy."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.gui.table_model import RowSortProxy
from qsm_desktop.gui.translation import QT_TR_NOOP

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what the column sorts by (numbers as numbers)
ITEM_NO_ROLE = Qt.ItemDataRole.UserRole + 2  # 商品番号 of the row (product and option rows)
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 3  # the core Product of the row (or of its parent)
OPTION_ROLE = Qt.ItemDataRole.UserRole + 4  # the core OptionRow of an option row, else None
LINE_ROLE = Qt.ItemDataRole.UserRole + 5  # the line of the row in its file
FINDING_ROLE = Qt.ItemDataRole.UserRole + 6  # the core Finding of a findings row

# The tab's worker tasks (gui/products/workers.py TaskRunner names): one of each at a time.
SEARCH, CHECK, IMPORT, EXPORT = "search", "check", "import", "export"

# The import and export entries, worded once for the tab's buttons and the ファイル menu.
IMPORT_ACTION_TEXT = QT_TR_NOOP("商品CSVを取り込む…(&P)")
IMPORT_ACTION_TIP = QT_TR_NOOP(
    "GoodsList.csv / InventoryManagement_gridInventory.csv を取り込みます"
    "(ウィンドウにドロップしても取り込めます)",
)
EXPORT_MENU_TEXT = QT_TR_NOOP("Shift_JIS で書き出す(&J)")

MUTED_TEXT = QColor(110, 110, 110)
ERROR_TEXT = QColor(176, 0, 32)
WARNING_TEXT = QColor(138, 90, 0)
OK_TEXT = QColor(30, 107, 30)


def number(value: int | float | None) -> str:
    """1980 → ``1,980``; None (an empty cell) → ``""``."""
    if value is None:
        return ""
    return f"{value:,}"


def surcharge(value: int | None) -> str:
    """An option's 価格 is added to the product's 販売価格: ``+300``, ``-100``, ``0``."""
    if value is None:
        return ""
    return f"{value:+,}" if value else "0"


def date_time(value: datetime | None) -> str:
    return qsm_time(value)


def size_text(size: int) -> str:
    """A byte count as the seller reads it: ``980 バイト``, ``12.3 KB``, ``40.0 MB``."""
    if size < 1024:
        return f"{size:,} バイト"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def sort_value(value: Any) -> tuple[int, Any]:
    """A sort key under which empty cells come last and numbers compare as numbers."""
    if value is None or value == "":
        return (1, "")
    return (0, value)


class SortProxy(RowSortProxy):
    """Sorts by ``SORT_ROLE`` (tuples from :func:`sort_value`), falling back to text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)
