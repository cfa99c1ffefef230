"""Helpers shared by the safety views: their table model and proxy, tooltips, labels.

Every grid of the safety views is a :class:`ListTableModel` over plain dataclasses from the core
(docs/architecture.md §4): a :class:`~qsm_desktop.gui.table_model.RowTableModel` whose columns are
declared once (header, display, sort key, tooltip); the object behind a row is served under
``ROW_ROLE`` and the column's sort key under ``SORT_ROLE``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from qsm_desktop.gui.table_model import RowSortProxy, RowTableModel
from qsm_desktop.gui.translation import tr, tr_filled

if TYPE_CHECKING:
    from qsm_desktop.core.safety.setup_findings import Finding

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the core object behind the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the (first) registration id of the row, or None

# Tinted cells always set a dark text colour too, so that a dark desktop theme's light text
# never lands on a light tint.
DARK_TEXT = QColor(30, 30, 30)
MUTED_TEXT = QColor(100, 100, 100)

# The y/n of 使用(Y/N) and 待機(Y/N), as QSM shows it.
YES = "Y"
NO = "N"


def finding_message(finding: Finding) -> str:
    """A setup-check finding's message in the seller's language."""
    return tr_filled(finding.template, finding.params, finding.message)


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


# -- the grids: the shared row model, with the safety views' roles ---------------------------------


class ListTableModel(RowTableModel):
    """A safety grid: ``ROW_ROLE``/``SORT_ROLE``/``ID_ROLE`` as above, tooltips that wrap."""

    ROW_ROLE = ROW_ROLE
    SORT_ROLE = SORT_ROLE
    ID_ROLE = ID_ROLE

    def tooltip_text(self, text: Any) -> Any:
        return rich_tooltip(text) or None


class SortProxy(RowSortProxy):
    """Sorts by ``SORT_ROLE`` (kinds in QSM's order, numbers as numbers)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)


# -- widgets ------------------------------------------------------------------------------------------


def text_label(parent: QWidget, name: str, *, wrap: bool = False) -> QLabel:
    """A label for text the program writes: plain text, so that "<" in an address stays "<"."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def summary_label(parent: QWidget, name: str) -> QLabel:
    """The line at the top of a tab that sums it up, a little larger and bold."""
    label = text_label(parent, name)
    setup_summary_label(label)
    return label


def setup_summary_label(label: QLabel) -> None:
    """:func:`summary_label` for a label that already exists (one from a Designer form): the
    size is relative to the desktop's font, which a .ui file cannot say."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)


def dialog_button(
    parent: QWidget, text: str, name: str, slot: Callable[[], Any], *, enabled: bool = True
) -> QPushButton:
    """A dialog button that Enter in a field does not press (the dialog's default one aside)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setEnabled(enabled)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
