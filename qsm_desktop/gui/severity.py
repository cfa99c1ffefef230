"""How the checks' findings show their severity, the same in 設定チェック and in the link check.

An error is a red disc with a cross, a warning an amber triangle with "!": the shape says it as
well as the colour (the words エラー/警告 stand beside it in the grid). The findings' proxy keeps
one severity when the seller asks, through the 「重大度」 combo box built here.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from qsm_desktop.core.severity import ERROR, WARNING
from qsm_desktop.gui.table_model import ModelIndex, RowSortProxy, RowTableModel
from qsm_desktop.gui.translation import tr

# -- icons -------------------------------------------------------------------------------------

_icons: dict[str, QIcon] = {}


def _icon(pixmap: QPixmap) -> QIcon:
    """The same picture in every mode but Disabled: a selected row keeps its red or amber
    (Qt would otherwise tint it with the selection colour, and the styles differ in how much)."""
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
        icon.addPixmap(pixmap, mode)
    return icon


def _pixmap() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def error_icon() -> QIcon:
    """A red disc with a white cross (drawn once)."""
    if ERROR not in _icons:
        pixmap, painter = _pixmap()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(190, 25, 25))
        painter.drawEllipse(1, 1, 14, 14)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawLine(5, 5, 11, 11)
        painter.drawLine(11, 5, 5, 11)
        painter.end()
        _icons[ERROR] = _icon(pixmap)
    return _icons[ERROR]


def warning_icon() -> QIcon:
    """An amber triangle with a dark exclamation mark (drawn once)."""
    if WARNING not in _icons:
        pixmap, painter = _pixmap()
        painter.setPen(QPen(QColor(120, 80, 0), 1))
        painter.setBrush(QColor(245, 180, 20))
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 14.5), QPointF(1, 14.5)]))
        painter.setPen(QPen(QColor(40, 30, 0), 2))
        painter.drawLine(8, 5, 8, 9)
        painter.drawPoint(8, 12)
        painter.end()
        _icons[WARNING] = _icon(pixmap)
    return _icons[WARNING]


def severity_icon(severity: str) -> QIcon:
    return error_icon() if severity == ERROR else warning_icon()


def severity_rank(severity: str) -> int:
    """The severity column's sort key: errors before warnings."""
    return 0 if severity == ERROR else 1


# -- filtering ---------------------------------------------------------------------------------


def severity_filter(parent: QWidget, name: str) -> tuple[QComboBox, QLabel]:
    """The 「重大度:」 label and its combo box: すべて / エラーのみ / 警告のみ (None / ERROR / WARNING)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    fill_severity_filter(combo)
    label = QLabel(tr("重大度:"), parent)
    label.setBuddy(combo)
    return combo, label


def fill_severity_filter(combo: QComboBox) -> None:
    """The choices of a 「重大度:」 combo box (one from a Designer form, or :func:`severity_filter`)."""
    combo.addItem(tr("すべて"), None)
    combo.addItem(tr("エラーのみ"), ERROR)
    combo.addItem(tr("警告のみ"), WARNING)


class SeverityFilterProxy(RowSortProxy):
    """Findings sorted by their columns, keeping only one severity when asked (None = all).

    ``severity_of`` says where a row's severity is (default: its ``severity`` attribute).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sort_role: int | None = None,
        severity_of: Callable[[Any], str] = attrgetter("severity"),
    ) -> None:
        super().__init__(parent, sort_role=sort_role)
        self._severity: str | None = None
        self.severity_of = severity_of

    @property
    def severity(self) -> str | None:
        return self._severity

    def set_severity(self, severity: str | None) -> None:
        if severity == self._severity:
            return
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(RowSortProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._severity is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):  # pragma: no cover - findings always are one
            return True
        return self.severity_of(model.row_at(source_row)) == self._severity
