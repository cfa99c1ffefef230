"""The お知らせ設定データ grid: a table model of grid rows, and the proxy the view sorts through.

Rows are the plain tuples of :mod:`qsm_desktop.core.grid_query`. A search replaces them (one
reset); a save replaces only the rows its ChangeReport names (``dataChanged``, or
``beginInsertRows`` for a new registration, or ``beginMoveRows`` when the sorted column changed).

Sorting: ``QSortFilterProxyModel.sort`` calls ``data()`` from C++ about 2·n·log n times; from
Python that took 26 s for 100,000 rows (measured with PySide6 6.12). So the proxy hands sorting
to this model, which sorts in Python by the same keys it serves under ``SORT_ROLE`` (35 ms for
100,000 rows) and reports it as a layout change; the proxy itself keeps source order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from qsm_desktop.core import grid_query as g
from qsm_desktop.core.grid_query import GridRow
from qsm_desktop.core.vocabulary import GROUP_BY_SLUG, GROUP_ORDER, KIND_BY_SLUG, KIND_ORDER

_CONTEXT = "RegistrationTableModel"

# Column constants, in SPEC §5's order.
COL_TEMPLATE_NO = 0
COL_KIND = 1
COL_GROUP = 2
COL_NAME = 3
COL_SEND_TYPE = 4
COL_DESTINATION = 5
COL_ENABLED = 6
COL_STANDBY = 7
COL_CREATED_BY = 8
COL_CREATED_AT = 9
COL_UPDATED_AT = 10
COL_UPDATED_BY = 11

HEADERS = (
    QT_TRANSLATE_NOOP(_CONTEXT, "テンプレート番号"),
    QT_TRANSLATE_NOOP(_CONTEXT, "カテゴリ"),
    QT_TRANSLATE_NOOP(_CONTEXT, "テンプレートグループ名"),
    QT_TRANSLATE_NOOP(_CONTEXT, "テンプレート名"),
    QT_TRANSLATE_NOOP(_CONTEXT, "送信タイプ"),
    QT_TRANSLATE_NOOP(_CONTEXT, "送信先"),
    QT_TRANSLATE_NOOP(_CONTEXT, "使用(Y/N)"),
    QT_TRANSLATE_NOOP(_CONTEXT, "待機(Y/N)"),
    QT_TRANSLATE_NOOP(_CONTEXT, "登録者"),
    QT_TRANSLATE_NOOP(_CONTEXT, "登録日"),
    QT_TRANSLATE_NOOP(_CONTEXT, "更新日"),
    QT_TRANSLATE_NOOP(_CONTEXT, "修正者"),
)
COLUMN_COUNT = len(HEADERS)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the registration id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value the column sorts by
ENABLED_ROLE = Qt.ItemDataRole.UserRole + 3  # 使用 as bool, whatever the column

DISABLED_BACKGROUND = QColor(238, 232, 232)
DISABLED_FOREGROUND = QColor(100, 100, 100)
_CENTERED = {COL_TEMPLATE_NO, COL_SEND_TYPE, COL_ENABLED, COL_STANDBY}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _stamp(text: str) -> str:
    """QSM shows dates as ``2015-04-17 15:36``."""
    return text[:16]


def _kind_label(slug: str) -> str:
    kind = KIND_BY_SLUG.get(slug)
    return kind.label if kind else slug


def _group_label(slug: str) -> str:
    group = GROUP_BY_SLUG.get(slug)
    return group.label if group else slug


def sort_key(row: GridRow, column: int) -> Any:
    """What a column sorts by: kinds and groups in the guide's order, text case-insensitively."""
    if column == COL_TEMPLATE_NO:
        return row[g.TEMPLATE_NO]
    if column == COL_KIND:
        return KIND_ORDER.get(row[g.KIND], 99)
    if column == COL_GROUP:
        return GROUP_ORDER.get(row[g.GROUP], 99)
    if column == COL_NAME:
        return row[g.NAME].casefold()
    if column == COL_SEND_TYPE:
        return row[g.SEND_TYPE]
    if column == COL_DESTINATION:
        return row[g.DESTINATION].casefold()
    if column == COL_ENABLED:
        return row[g.ENABLED]
    if column == COL_STANDBY:
        return row[g.STANDBY]
    if column == COL_CREATED_BY:
        return row[g.CREATED_BY].casefold()
    if column == COL_CREATED_AT:
        return row[g.CREATED_AT]
    if column == COL_UPDATED_AT:
        return row[g.UPDATED_AT]
    if column == COL_UPDATED_BY:
        return row[g.UPDATED_BY].casefold()
    return row[g.ID]


_stop_icon: QIcon | None = None


def stop_icon() -> QIcon:
    """A 停止 sign (red disc, white bar) drawn once: shape and colour both say "stopped"."""
    global _stop_icon
    if _stop_icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(200, 30, 30))
        painter.drawEllipse(1, 1, 14, 14)
        painter.setPen(QPen(QColor(255, 255, 255), 3))
        painter.drawLine(4, 8, 12, 8)
        painter.end()
        _stop_icon = QIcon(pixmap)
    return _stop_icon


class RegistrationTableModel(QAbstractTableModel):
    """The grid rows; sorted in Python (see the module docstring), updated row by row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._row_of: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold = QFont()
        self._bold.setBold(True)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_ENABLED:
            return _tr("N になっている場合は使用がOFFとなっているため、メールが転送されません。")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row[g.ID]
        if role == SORT_ROLE:
            return sort_key(row, column)
        if role == ENABLED_ROLE:
            return bool(row[g.ENABLED])
        enabled = bool(row[g.ENABLED])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _CENTERED:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if enabled:
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_DESTINATION:
                return row[g.DESTINATION] or None
            return None
        # 使用 = N: an icon, words, bold, a tinted background and a tooltip — never colour alone.
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ENABLED:
            return stop_icon()
        if role == Qt.ItemDataRole.FontRole and column == COL_ENABLED:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DISABLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column != COL_ENABLED:
            return QBrush(DISABLED_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(
                "使用 = N(転送なし): このテンプレートのメールは連動システムへ転送されません。"
                "転送するには、ダブルクリックして使用(Y/N)を Y にし、【修正】してください。"
            )
        return None

    def _display(self, row: GridRow, column: int) -> str | int:
        if column == COL_TEMPLATE_NO:
            return row[g.TEMPLATE_NO]
        if column == COL_KIND:
            return _kind_label(row[g.KIND])
        if column == COL_GROUP:
            return _group_label(row[g.GROUP])
        if column == COL_NAME:
            return row[g.NAME]
        if column == COL_SEND_TYPE:
            return row[g.SEND_TYPE]
        if column == COL_DESTINATION:
            return row[g.DESTINATION]
        if column == COL_ENABLED:
            return "Y" if row[g.ENABLED] else _tr("N (転送なし)")
        if column == COL_STANDBY:
            return "Y" if row[g.STANDBY] else "N"
        if column == COL_CREATED_BY:
            return row[g.CREATED_BY]
        if column == COL_CREATED_AT:
            return _stamp(row[g.CREATED_AT])
        if column == COL_UPDATED_AT:
            return _stamp(row[g.UPDATED_AT])
        return row[g.UPDATED_BY]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row[g.ID] for row in self._rows]
        self._sort_rows()
        self._reindex()
        moved_from = self.persistentIndexList()
        moved_to = []
        for index in moved_from:
            new_row = self._row_of[old_ids[index.row()]]
            moved_to.append(self.index(new_row, index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    # -- this grid's API -----------------------------------------------------------------------
    @property
    def sort_column(self) -> int:
        return self._sort_column

    def set_rows(self, rows: Iterable[GridRow]) -> None:
        """A search result: replace everything (the one full reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column >= 0:
            self._sort_rows()  # search results come in id order: nothing to do for -1
        self._reindex()
        self.endResetModel()

    def row_of(self, reg_id: int) -> int | None:
        return self._row_of.get(reg_id)

    def grid_row(self, row: int) -> GridRow:
        return self._rows[row]

    def id_at(self, row: int) -> int:
        return self._rows[row][g.ID]

    def upsert(self, rows: Sequence[GridRow]) -> list[int]:
        """Refresh the given rows only: dataChanged for known ids, an insert for new ones.

        Returns the model rows they end up at.
        """
        placed: list[int] = []
        last_column = COLUMN_COUNT - 1
        for new in rows:
            current = self._row_of.get(new[g.ID])
            if current is None:
                position = self._position_for(new, self._rows)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, new)
                self._reindex()
                self.endInsertRows()
                placed.append(position)
                continue
            others = self._rows[:current] + self._rows[current + 1 :]
            position = self._position_for(new, others, keep=current)
            if position != current:
                destination = position if position < current else position + 1
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), destination)
                self._rows = others
                self._rows.insert(position, new)
                self._reindex()
                self.endMoveRows()
            else:
                self._rows[current] = new
            self.dataChanged.emit(self.index(position, 0), self.index(position, last_column))
            placed.append(position)
        return placed

    # -- internals -------------------------------------------------------------------------------
    def _key(self, row: GridRow) -> tuple[Any, int]:
        return (sort_key(row, self._sort_column), row[g.ID])

    def _sort_rows(self) -> None:
        """By the sort column's key (then id); column -1 is registration order (by id)."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder and self._sort_column >= 0
        self._rows.sort(key=self._key, reverse=descending)

    def _position_for(self, row: GridRow, rows: list[GridRow], keep: int | None = None) -> int:
        """Where ``row`` goes in ``rows`` under the current sort (unsorted: stays, or at the end)."""
        if self._sort_column < 0:
            return len(rows) if keep is None else keep
        key = self._key(row)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        for position, other in enumerate(rows):
            other_key = self._key(other)
            if (other_key < key) if descending else (key < other_key):
                return position
        return len(rows)

    def _reindex(self) -> None:
        self._row_of = {row[g.ID]: position for position, row in enumerate(self._rows)}


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
