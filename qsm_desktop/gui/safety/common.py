"""Helpers shared by the safety views: a list-backed table model, icons, tooltips, error labels.

Every grid of the safety views is a :class:`ListTableModel` over plain dataclasses from the core
(STYLE.md practice 5): its columns are declared once (header, display, sort key, tooltip), the
object behind a row is served under ``ROW_ROLE`` and the column's sort key under ``SORT_ROLE``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

CONTEXT = "Safety"

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the core object behind the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the (first) registration id of the row, or None

INVALID_STYLE = "border: 2px solid #b00020;"
ERROR_LABEL_STYLE = "color: #b00020;"
# Tinted cells always set a dark text colour too, so that a dark desktop theme's light text
# never lands on a light tint.
DARK_TEXT = QColor(30, 30, 30)
MUTED_TEXT = QColor(100, 100, 100)

# The y/n of 使用(Y/N) and 待機(Y/N), as QSM shows it.
YES = "Y"
NO = "N"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def yn(value: bool | None) -> str:
    if value is None:
        return ""
    return YES if value else NO


def rich_tooltip(text: str) -> str:
    """A tooltip that wraps long Japanese text and never interprets what the seller typed."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def id_list(ids: Sequence[int], limit: int = 6) -> str:
    """登録番号 as the CLI shows them: ``3・5・8`` (``… ほかN件`` when long)."""
    shown = "・".join(str(i) for i in ids[:limit])
    if len(ids) > limit:
        shown += tr(" ほか{count}件").format(count=len(ids) - limit)
    return shown


# -- icons (shape and colour both say what they mean) -------------------------------------------

_icons: dict[str, QIcon] = {}


def _pixmap() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def error_icon() -> QIcon:
    """A red disc with a white cross."""
    if "error" not in _icons:
        pixmap, painter = _pixmap()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(190, 25, 25))
        painter.drawEllipse(1, 1, 14, 14)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawLine(5, 5, 11, 11)
        painter.drawLine(11, 5, 5, 11)
        painter.end()
        _icons["error"] = QIcon(pixmap)
    return _icons["error"]


def warning_icon() -> QIcon:
    """An amber triangle with a dark exclamation mark."""
    if "warning" not in _icons:
        pixmap, painter = _pixmap()
        painter.setPen(QPen(QColor(120, 80, 0), 1))
        painter.setBrush(QColor(245, 180, 20))
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 14.5), QPointF(1, 14.5)]))
        painter.setPen(QPen(QColor(40, 30, 0), 2))
        painter.drawLine(8, 5, 8, 9)
        painter.drawPoint(8, 12)
        painter.end()
        _icons["warning"] = QIcon(pixmap)
    return _icons["warning"]


def severity_icon(severity: str) -> QIcon:
    return error_icon() if severity == "error" else warning_icon()


# -- a table model over a list of plain objects ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    header: str  # untranslated (marked with QT_TRANSLATE_NOOP in the module that declares it)
    display: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # default: the display value
    tooltip: Callable[[Any], str] | None = None
    centered: bool = False
    header_tooltip: str = ""


class ListTableModel(QAbstractTableModel):
    """Read-only rows of plain objects, one declared :class:`Column` per column.

    Subclasses set ``COLUMNS`` and may answer more roles in :meth:`extra_data`.
    """

    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
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

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return (column.sort or column.display)(item)
        if role == ID_ROLE:
            return self.row_id(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return rich_tooltip(column.tooltip(item)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centered:
            return Qt.AlignmentFlag.AlignCenter
        return self.extra_data(item, index.column(), role)

    # -- for subclasses ----------------------------------------------------------------------
    def extra_data(self, item: Any, column: int, role: int) -> Any:
        return None

    def row_id(self, item: Any) -> int | None:
        return None

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
        spec = self.COLUMNS[column]
        return (spec.sort or spec.display)(self._rows[row])


class SortProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` (kinds in QSM's order, numbers as numbers)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def item_at(self, proxy_row: int) -> Any:
        """The core object behind a view row."""
        model = self.sourceModel()
        source = self.mapToSource(self.index(proxy_row, 0))
        if isinstance(model, ListTableModel) and source.isValid():
            return model.row_at(source.row())
        return self.index(proxy_row, 0).data(ROW_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, ListTableModel):
            a = model.sort_key(left.row(), left.column())
            b = model.sort_key(right.row(), right.column())
        else:  # pragma: no cover - the safety grids always have a ListTableModel
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


# -- widgets ------------------------------------------------------------------------------------------


def setup_table(view: QTableView, *, stretch_last: bool = True) -> None:
    """The look every safety grid shares: whole rows, readable row height, movable columns."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Column widths in average characters of the view's font."""
    char = max(7, view.fontMetrics().averageCharWidth())
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if column < header.count():
            header.resizeSection(column, width * char + 16)


def error_label(parent: QWidget, name: str) -> QLabel:
    """The red message under a field (hidden until a refusal)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_LABEL_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def show_field_error(label: QLabel, field: QWidget, message: str) -> None:
    label.setText("⚠ " + message)
    label.setVisible(True)
    field.setStyleSheet(INVALID_STYLE)
    field.setAccessibleDescription(message)
    field.setFocus(Qt.FocusReason.OtherFocusReason)


def hide_field_error(label: QLabel, field: QWidget) -> None:
    if label.text():
        label.clear()
    label.setVisible(False)
    if field.styleSheet():
        field.setStyleSheet("")
        field.setAccessibleDescription("")
