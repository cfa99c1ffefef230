"""Small shared looks for item views: compact rows, the detail label below, panes and splitters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QSplitter, QTableView, QVBoxLayout, QWidget


def compact_rows(view: QTableView, padding: int = 6) -> None:
    """One text line per row (Qt's default row height leaves a lot of air)."""
    header = view.verticalHeader()
    header.setMinimumSectionSize(view.fontMetrics().height() + padding)
    header.setDefaultSectionSize(view.fontMetrics().height() + padding)


def detail_label(parent: QWidget, name: str, *, lines: int) -> QLabel:
    """The framed pane under a findings table that says all about the current row.

    Plain text (the values are the seller's, never markup), selectable to copy, and at least
    ``lines`` lines tall.
    """
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setMinimumHeight(parent.fontMetrics().height() * lines + 12)
    return label


def view_pane(
    parent: QWidget, head: QLayout, view: QWidget, *below: QWidget, stretch: int = 1
) -> QWidget:
    """A view with its heading row above and what explains it below: one pane of a splitter.

    No margins, so that the pane lines up with the splitter's other panes.
    """
    pane = QWidget(parent)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(head)
    layout.addWidget(view, stretch)
    for widget in below:
        layout.addWidget(widget)
    return pane


def pane_splitter(
    parent: QWidget, name: str, orientation: Qt.Orientation, *panes: tuple[QWidget, int]
) -> QSplitter:
    """Panes (widget, stretch factor) the seller resizes, but never down to nothing."""
    splitter = QSplitter(orientation, parent)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    for position, (pane, stretch) in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(position, stretch)
    return splitter
