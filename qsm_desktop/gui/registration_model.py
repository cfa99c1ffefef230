"""The お知らせ設定データ grid: a table model of grid rows, and the proxy the view sorts through.

Rows are the plain tuples of :mod:`qsm_desktop.core.grid_query`. A search replaces them (one
reset); a save replaces only the rows its ChangeReport names, all in one batch (``dataChanged``,
``rowsInserted`` for new registrations, and one re-sort when a row left its sorted place).

Sorting: ``QSortFilterProxyModel.sort`` calls ``data()`` from C++ about 2·n·log n times; from
Python that took 26 s for 100,000 rows (measured with PySide6 6.12). So the proxy hands sorting
to this model, which sorts in Python by the same keys it serves under ``SORT_ROLE`` (35 ms for
100,000 rows) and reports it as a layout change; the proxy itself keeps source order.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush

from qsm_desktop.core import grid_query as g
from qsm_desktop.core.grid_query import GridRow
from qsm_desktop.gui.grid_sort import SLICED_SORT_ROWS, Reversed, run_all, sort_steps
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.registration_columns import (
    ALIGN,
    COL_DESTINATION,
    COL_ENABLED,
    COL_NAME,
    COLUMN_COUNT,
    COLUMNS,
    DISABLED_BACKGROUND,
    DISABLED_FOREGROUND,
    DISPLAY,
    ENABLED_ROLE,
    ID_ROLE,
    SORT_KEYS,
    SORT_ROLE,
    sort_function,
    stop_sign,
)
from qsm_desktop.gui.table_model import RowTableModel
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QFont


# The roles data() answers, as plain ints: compared for every role of every painted cell.
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole)
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
# What a delegate asks for to draw a cell (besides the text): answered only for 使用 = N rows.
_PAINT_ROLES = frozenset(
    (
        _ALIGNMENT_ROLE,
        _BACKGROUND_ROLE,
        _FOREGROUND_ROLE,
        _DECORATION_ROLE,
        _FONT_ROLE,
        int(Qt.ItemDataRole.CheckStateRole),
    )
)

# Sorting: up to SLICED_SORT_ROWS rows at once (gui/grid_sort.py); more are sorted in slices
# of SORT_SLICE_SECONDS between turns of the event loop, so that the window never freezes.
SORT_SLICE_SECONDS = 0.010
PLACED_ROWS_LIMIT = 100  # a save of up to this many rows moves them, more sort the grid again


class RegistrationTableModel(RowTableModel):
    """The grid rows; sorted in Python (see the module docstring), updated row by row."""

    sortFinished = Signal()  # a sort done in slices is shown

    COLUMNS = COLUMNS
    ID_ROLE = ID_ROLE
    SORT_ROLE = SORT_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._row_of: dict[int, int] | None = {}  # id -> row, made on first need (_positions)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold: QFont | None = None  # made when a 使用 = N row is first drawn
        # A sort of many rows under way: its steps, and whether its result is a new search.
        self._sorting: tuple[Generator[None, None, list[GridRow]], bool] | None = None
        self._sort_timer = QTimer(self)
        self._sort_timer.setSingleShot(True)
        self._sort_timer.timeout.connect(self._sort_slice)

    # -- Qt model API ------------------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Not RowTableModel.data: this one runs for every role of every painted cell (seven a
        # cell), so it compares plain ints, calls the columns' functions straight from module
        # tuples, and answers the common cases first: the text, then "nothing" for a row in use.
        row_number = index.row()
        if row_number < 0:  # an invalid index (this flat model has no other kind of row -1)
            return None
        row = self._rows[row_number]
        if role == _DISPLAY_ROLE:
            return DISPLAY[index.column()](row)
        if role in _PAINT_ROLES:
            column = index.column()
            if role == _ALIGNMENT_ROLE:
                return ALIGN[column]
            if row[g.ENABLED]:
                return None
            # 使用 = N: an icon, words, bold, a tinted background and a tooltip — never colour
            # alone.
            if role == _BACKGROUND_ROLE:
                return QBrush(DISABLED_BACKGROUND)
            if column == COL_ENABLED:
                if role == _DECORATION_ROLE:
                    return stop_sign()
                if role == _FONT_ROLE:
                    return self._bold_font()
                return None
            if role == _FOREGROUND_ROLE:
                return QBrush(DISABLED_FOREGROUND)
            return None
        if role == ID_ROLE:
            return row[g.ID]
        if role == SORT_ROLE:
            return SORT_KEYS[index.column()](row)
        if role == ENABLED_ROLE:
            return bool(row[g.ENABLED])
        if role == _TOOLTIP_ROLE:
            column = index.column()
            if not row[g.ENABLED]:
                return tr(
                    "使用 = N(転送なし): このテンプレートのメールは連動システムへ転送されません。"
                    "転送するには、ダブルクリックして使用(Y/N)を Y にし、【修正】してください。"
                )
            # The two columns that share the grid's width may cut their text: the whole of it.
            if column == COL_DESTINATION:
                return plain_tooltip(row[g.DESTINATION]) or None
            if column == COL_NAME:
                return row[g.NAME] or None
        return None

    def _bold_font(self) -> QFont:
        if self._bold is None:
            from PySide6.QtGui import QFont

            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        if not self._rows and self._sorting is None:
            return
        self._sort_into_place(list(self._rows), reset=False)

    @property
    def sorting(self) -> bool:
        """A sort of many rows is under way (slice by slice, see :meth:`_sort_into_place`)."""
        return self._sorting is not None

    def _sort_into_place(self, rows: list[GridRow], *, reset: bool) -> None:
        """Show ``rows`` in the sort order: at once when they are few, else sorted in slices
        between turns of the event loop and shown when done (a reset for a new search, a layout
        change otherwise); a newer request replaces one under way."""
        self._sorting = None
        column, descending = self._sort_column, self._descending()
        if len(rows) < SLICED_SORT_ROWS:
            self._show_sorted(run_all(sort_steps(rows, column, descending)), reset)
            return
        steps = sort_steps(rows, column, descending)
        self._sorting = (steps, reset)
        self._sort_timer.start(0)

    def _sort_slice(self) -> None:
        if self._sorting is None:
            return
        steps, reset = self._sorting
        deadline = time.perf_counter() + SORT_SLICE_SECONDS
        try:
            next(steps)  # at least one step a slice
            while time.perf_counter() < deadline:
                next(steps)
        except StopIteration as done:
            self._sorting = None
            self._show_sorted(done.value, reset)
            self.sortFinished.emit()
            return
        self._sort_timer.start(0)

    def _show_sorted(self, rows: list[GridRow], reset: bool) -> None:
        if reset:
            self.beginResetModel()
            self._rows = rows
            self._reindex()
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        moved_from = self.persistentIndexList()  # the selection, the current row: a few
        moved_ids = [self._rows[index.row()][g.ID] for index in moved_from]
        self._rows = rows
        self._reindex()
        if moved_from:
            positions = self._positions()
            moved_to = [
                self.index(positions[reg_id], index.column())
                for index, reg_id in zip(moved_from, moved_ids, strict=True)
            ]
            self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder and self._sort_column >= 0

    # -- this grid's API -----------------------------------------------------------------------
    def set_rows(self, rows: Iterable[GridRow]) -> None:
        """A search result: replace everything (the one full reset). Many rows under a sort
        column are shown once sorted (see :meth:`_sort_into_place`)."""
        rows = list(rows)
        if self._sort_column >= 0 or self._sorting is not None:
            self._sort_into_place(rows, reset=True)
            return
        self.beginResetModel()
        self._rows = rows  # search results come in id order: the order of column -1
        self._reindex()
        self.endResetModel()

    def row_of(self, reg_id: int) -> int | None:
        return self._positions().get(reg_id)

    def grid_row(self, row: int) -> GridRow:
        return self._rows[row]

    def upsert(self, rows: Sequence[GridRow]) -> list[int]:
        """Refresh the given rows only, as one batch: known ids are replaced in place (one
        ``dataChanged`` a run of adjacent rows), new ones are added at the end (one
        ``rowsInserted``); if that leaves a row out of the sort order, one :meth:`sort` puts
        every row in place (a layout change that keeps persistent indexes: the selection
        follows its rows).

        Returns the model rows they end up at. Per row this is O(1) but for the one sort, so a
        report of thousands of rows costs about one sort, never one pass over the grid a row.
        """
        batch = {row[g.ID]: row for row in rows}  # one row an id: the last one given wins
        replaced: list[int] = []
        added: list[GridRow] = []
        positions = self._positions()
        for reg_id, new in batch.items():
            current = positions.get(reg_id)
            if current is None:
                added.append(new)
            else:
                self._rows[current] = new
                replaced.append(current)
        replaced.sort()
        self._announce_changed(replaced)
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            for position, row in enumerate(added, first):
                positions[row[g.ID]] = position
            self.endInsertRows()
        if self._sorting is not None:
            self._sort_into_place(list(self._rows), reset=False)  # again, with these rows
        elif self._sort_column >= 0 and (added or not self._in_order(replaced)):
            self._place(replaced + list(range(len(self._rows) - len(added), len(self._rows))))
        positions = self._positions()
        return [positions[row[g.ID]] for row in rows]

    # -- internals -------------------------------------------------------------------------------
    def _key_function(self) -> Callable[[GridRow], tuple[Any, int]]:
        """The sort column's key, then the id (looked up once per sort, not once per row)."""
        by_column = sort_function(self._sort_column)
        return lambda row: (by_column(row), row[g.ID])

    def _place(self, positions: list[int]) -> None:
        """Move the rows at ``positions`` to their place in the sort order, the others staying
        sorted: a few binary searches instead of a sort of every row (a save at 100,000 rows);
        many moved rows are sorted with the rest."""
        if len(positions) > PLACED_ROWS_LIMIT:
            self._sort_into_place(list(self._rows), reset=False)
            return
        key = self._key_function()
        descending = self._descending()
        moving = set(positions)
        rows = [row for index, row in enumerate(self._rows) if index not in moving]
        for index in sorted(positions):
            row = self._rows[index]
            wanted = key(row)
            if descending:
                at = bisect.bisect_left(rows, Reversed(wanted), key=lambda r: Reversed(key(r)))
            else:
                at = bisect.bisect_left(rows, wanted, key=key)
            rows.insert(at, row)
        self._show_sorted(rows, reset=False)

    def _in_order(self, positions: Iterable[int]) -> bool:
        """Whether the rows at ``positions`` still sit between their neighbours in the sort
        order (the other rows did not change, so then the whole list is still sorted)."""
        key_of = self._key_function()
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        rows = self._rows
        last = len(rows) - 1
        for position in positions:
            key = key_of(rows[position])
            if position > 0:
                before = key_of(rows[position - 1])
                if (key > before) if descending else (key < before):
                    return False
            if position < last:
                after = key_of(rows[position + 1])
                if (key < after) if descending else (key > after):
                    return False
        return True

    def _announce_changed(self, positions: Sequence[int]) -> None:
        """dataChanged for the rows at ``positions`` (sorted): one signal a run of adjacent rows."""
        last_column = COLUMN_COUNT - 1
        start = 0
        while start < len(positions):
            end = start
            while end + 1 < len(positions) and positions[end + 1] == positions[end] + 1:
                end += 1
            self.dataChanged.emit(
                self.index(positions[start], 0), self.index(positions[end], last_column)
            )
            start = end + 1

    def _reindex(self) -> None:
        self._row_of = None  # rows moved: made again when next asked (_positions)

    def _positions(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {row[g.ID]: position for position, row in enumerate(self._rows)}
        return self._row_of


class RegistrationProxyModel(QSortFilterProxyModel):
    """The view's model: maps view rows to model rows; hands sorting to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RegistrationTableModel):
            source.sort(column, order)
        else:  # pragma: no cover - the grid always has its own model
            super().sort(column, order)

    def id_at(self, proxy_row: int) -> int | None:
        value = self.index(proxy_row, 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def proxy_row_of(self, reg_id: int) -> int | None:
        source = self.sourceModel()
        if not isinstance(source, RegistrationTableModel):
            return None
        row = source.row_of(reg_id)
        if row is None:
            return None
        index = self.mapFromSource(source.index(row, 0))
        return index.row() if index.isValid() else None
