"""Small shared looks for item views: compact rows, column widths, the detail label, panes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel


def compact_rows(view: QTableView, padding: int = 6) -> None:
    """One text line per row (Qt's default row height leaves a lot of air)."""
    header = view.verticalHeader()
    header.setMinimumSectionSize(view.fontMetrics().height() + padding)
    header.setDefaultSectionSize(view.fontMetrics().height() + padding)


def setup_table(view: QTableView, *, stretch_last: bool = True) -> None:
    """The look of a list of findings or changes: whole rows, one text line each, columns the
    seller resizes (the last one takes the rest unless ``stretch_last`` is False)."""
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    compact_rows(view, padding=8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)


def sortable_table(
    parent: QWidget, name: str, model: QAbstractItemModel, samples: Mapping[int, ColumnSamples]
) -> QTableView:
    """A :func:`setup_table` list the seller sorts by a header click; it opens in the model's
    own order, each column as wide as its header and its ``samples`` (:func:`fit_columns`)."""
    view = QTableView(parent)
    view.setObjectName(name)
    setup_sortable_table(view, model, samples)
    return view


def setup_sortable_table(
    view: QTableView, model: QAbstractItemModel, samples: Mapping[int, ColumnSamples]
) -> None:
    """:func:`sortable_table` for a view that already exists (one from a Designer form)."""
    view.setModel(model)
    setup_table(view)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    fit_columns(view, samples)


def detail_label(parent: QWidget, name: str, *, lines: int) -> QLabel:
    """The framed pane under a findings table that says all about the current row.

    Plain text (the values are the seller's, never markup), selectable to copy, and at least
    ``lines`` lines tall.
    """
    label = QLabel(parent)
    label.setObjectName(name)
    setup_detail_label(label, lines=lines)
    return label


def setup_detail_label(label: QLabel, *, lines: int) -> None:
    """:func:`detail_label` for a label that already exists (one from a Designer form)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setMinimumHeight(label.fontMetrics().height() * lines + 12)


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


# -- column widths --------------------------------------------------------------------------------
#
# Columns are sized by measuring text in the view's own font, never by a count of "average
# characters": a Japanese font's average character width is about twice a Latin one's (13 px
# for Noto Sans CJK JP at 10 pt, 6-7 px for Latin UI fonts), so a count sized for one script is
# twice too wide, or half too narrow, for the other.

CELL_PADDING = 10  # a cell's text margins (the style's, 3 px a side), the grid line and 2 px of air
HEADER_PADDING = 16  # a header section's margins and some air
ICON_GAP = 6  # between a cell's icon (or check box) and its text


class Sample(NamedTuple):
    """Text a column should show whole, drawn as the cell draws it (bold, after an icon).

    A NamedTuple, not a frozen dataclass: made on the start-up path (gui/start_sequence.py)."""

    text: str
    bold: bool = False
    icon: bool = False


ColumnSamples = str | Sample | Sequence[str | Sample]


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


def text_width(widget: QWidget, text: str, *, bold: bool = False) -> int:
    """The width of ``text`` in the widget's font (bold if asked), in pixels."""
    if not bold:
        return widget.fontMetrics().horizontalAdvance(text)
    from PySide6.QtGui import QFont, QFontMetrics  # here: off the start-up path

    font = QFont(widget.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(text)


def sample_width(view: QAbstractItemView, sample: str | Sample) -> int:
    """The width of a cell that shows ``sample`` whole."""
    if isinstance(sample, str):
        sample = Sample(sample)
    width = text_width(view, sample.text, bold=sample.bold) + CELL_PADDING
    if sample.icon:
        size = view.iconSize().width()
        if size <= 0:
            # Imported here: off the start-up path of a view that sets its icon size (the
            # registration grid does; gui/start_sequence.py).
            from PySide6.QtWidgets import QStyle

            size = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        width += size + ICON_GAP
    return width


def header_width(view: QAbstractItemView, column: int) -> int:
    """The width of a header section that shows its title whole."""
    model = view.model()
    title = "" if model is None else model.headerData(column, Qt.Orientation.Horizontal)
    return _header(view).fontMetrics().horizontalAdvance(str(title or "")) + HEADER_PADDING


def column_width(view: QAbstractItemView, column: int, samples: ColumnSamples = ()) -> int:
    """The width of ``column`` for its header and the longest of ``samples``, in pixels.

    The tree column of a tree view also has room for the branch indicator.
    """
    if isinstance(samples, str | Sample):
        samples = (samples,)
    width = max([header_width(view, column), *(sample_width(view, s) for s in samples)])
    if isinstance(view, QTreeView) and view.rootIsDecorated():
        tree_column = view.treePosition()
        if tree_column < 0:
            tree_column = view.header().logicalIndex(0)
        if column == tree_column:
            width += view.indentation()
    return width


def fit_columns(view: QAbstractItemView, samples: Mapping[int, ColumnSamples]) -> None:
    """Size each column for its header and its samples (see :func:`column_width`)."""
    header = _header(view)
    for column, column_samples in samples.items():
        if column < header.count():
            header.resizeSection(column, column_width(view, column, column_samples))


def viewport_of(view: QAbstractScrollArea) -> QWidget:
    """The view's viewport, found as a child rather than with ``viewport()``: the grid needs
    it on the start-up path (gui/start_sequence.py says what ``viewport()`` costs there)."""
    viewport = view.findChild(
        QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
    )
    assert isinstance(viewport, QWidget)
    return viewport


def free_width(view: QAbstractItemView) -> int:
    """The width the view's columns can take without a horizontal scroll bar.

    The room of the vertical scroll bar is kept even while it is hidden (the size hint the
    view's layout gives it), so that the columns still fit once there are more rows than the
    view shows.
    """
    width = viewport_of(view).width()
    scroll_bar = view.verticalScrollBar()
    policy = view.verticalScrollBarPolicy()
    if not scroll_bar.isVisibleTo(view) and policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        width -= scroll_bar.sizeHint().width()
    return width


def share_width(
    view: QAbstractItemView,
    columns: Mapping[int, int],
    *,
    keep: int = 0,
    width: int | None = None,
) -> None:
    """Give ``columns`` (column: weight) the width the other columns leave them, by weight.

    ``width`` is the width to fill (default: :func:`free_width`). A last section that stretches
    is not counted with the other columns: ``keep`` pixels are left for it, or it is one of
    ``columns``. A column never gets narrower than its header (the view scrolls instead).
    """
    header = _header(view)
    if width is None:
        width = free_width(view)
    last = header.logicalIndex(header.count() - 1)
    taken = keep
    for column in range(header.count()):
        if column in columns or header.isSectionHidden(column):
            continue
        if header.stretchLastSection() and column == last:
            continue
        taken += header.sectionSize(column)
    room = width - taken
    total = sum(columns.values()) or 1
    for column, weight in columns.items():
        header.resizeSection(column, max(header_width(view, column), room * weight // total))


class _ShareOnFirstPaint(QObject):
    """Runs :func:`share_width` once, right before the view is first painted: its width is
    known then (not yet when it is shown: the layouts may still resize it)."""

    def __init__(self, view: QAbstractItemView, columns: Mapping[int, int], keep: int) -> None:
        super().__init__(view)
        self._view = view
        self._columns = dict(columns)
        self._keep = keep
        self._viewport = viewport_of(view)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._viewport:
            watched.removeEventFilter(self)
            share_width(self._view, self._columns, keep=self._keep)
            self.deleteLater()
        return False


def share_width_when_shown(
    view: QAbstractItemView, columns: Mapping[int, int], *, keep: int = 0
) -> None:
    """:func:`share_width` now if the view is on screen, else right before its first paint."""
    if view.isVisible():
        share_width(view, columns, keep=keep)
    else:
        _ShareOnFirstPaint(view, columns, keep)
