"""A read-only table model over a list of plain row objects, each column declared once.

Every flat grid of the GUI is one: the registration grid, the 参照 dialog's templates, the
placeholder list, the preview's warnings, the safety views' grids and the link check's findings.
A model declares its columns (:class:`Column`: header, display, sort key, tooltip, alignment) and
the roles it serves the row object, the sort key and the row's id under; :class:`RowTableModel`
answers Qt's model API from them, so each grid only says what is particular to it (in
``extra_data``, or by overriding ``data`` where it must be fast, as the registration grid does).

:class:`RowSortProxy` sorts such a model by the columns' sort keys straight from Python: Qt's own
proxy sort asks ``data()`` through C++ for every comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.translation import tr

ModelIndex = QModelIndex | QPersistentModelIndex

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers, as in a spreadsheet


class Column:
    """One column of a grid, declared once in the model's ``COLUMNS``.

    A plain class with slots, not a dataclass: the registration grid declares its columns on
    the start-up path (gui/start_sequence.py).
    """

    __slots__ = ("align", "display", "header", "header_tooltip", "sort", "tooltip")

    def __init__(
        self,
        header: str,
        display: Callable[[Any], Any],
        *,
        sort: Callable[[Any], Any] | None = None,
        tooltip: Callable[[Any], Any] | None = None,
        align: Qt.AlignmentFlag | None = None,
        header_tooltip: str = "",
    ) -> None:
        self.header = header  # untranslated (marked with QT_TR_NOOP), translated when shown
        self.display = display
        self.sort = sort  # None: sorts by the display value
        self.tooltip = tooltip
        self.align = align
        self.header_tooltip = header_tooltip  # untranslated, like header


class RowTableModel(QAbstractTableModel):
    """Read-only, selectable rows of plain objects, one declared :class:`Column` per column.

    Subclasses set ``COLUMNS``, the roles they serve (``None``: not served), and
    may answer more roles in :meth:`extra_data`.
    """

    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    ROW_ROLE: ClassVar[int | None] = None  # the object behind the row
    SORT_ROLE: ClassVar[int | None] = None  # what the column sorts by
    ID_ROLE: ClassVar[int | None] = None  # what :meth:`row_id` says

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
            return tr(column.header_tooltip)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == self.ROW_ROLE:
            return item
        if role == self.SORT_ROLE:
            return self.item_sort_key(item, column)
        if role == self.ID_ROLE:
            return self.row_id(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return self.tooltip_text(column.tooltip(item))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return column.align
        return self.extra_data(item, index.column(), role)

    # -- for subclasses ----------------------------------------------------------------------
    def extra_data(self, item: Any, column: int, role: int) -> Any:
        """The roles the columns do not declare (icons, colours, fonts, the model's own roles)."""
        return None

    def row_id(self, item: Any) -> Any:
        return None

    def item_sort_key(self, item: Any, column: Column) -> Any:
        return (column.sort or column.display)(item)

    def tooltip_text(self, text: Any) -> Any:
        """How a column's tooltip is shown: as typed, never as markup (unless a model wraps it
        itself, escaping what it shows)."""
        return plain_tooltip(text)

    # -- this model's API --------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def sort_key(self, row: int, column: int) -> Any:
        """What ``data(SORT_ROLE)`` answers, without the trip through Qt (the proxy sorts by it)."""
        return self.item_sort_key(self._rows[row], self.COLUMNS[column])


class RowSortProxy(QSortFilterProxyModel):
    """Sorts by the source's sort keys: from Python for a :class:`RowTableModel`, else by role.

    Keys of different types (an empty cell's "" beside a number) compare as text.
    """

    def __init__(self, parent: QObject | None = None, *, sort_role: int | None = None) -> None:
        super().__init__(parent)
        if sort_role is not None:
            self.setSortRole(sort_role)

    def item_at(self, proxy_row: int) -> Any:
        """The object behind a view row (None when the source is not a :class:`RowTableModel`)."""
        model = self.sourceModel()
        source = self.mapToSource(self.index(proxy_row, 0))
        if isinstance(model, RowTableModel) and source.isValid():
            return model.row_at(source.row())
        return None

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            a = model.sort_key(left.row(), left.column())
            b = model.sort_key(right.row(), right.column())
        else:
            a, b = left.data(self.sortRole()), right.data(self.sortRole())
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
