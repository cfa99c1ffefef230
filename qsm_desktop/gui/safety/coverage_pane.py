"""The upper pane of the 設定チェック tab: the 送信先 × お知らせ種類 matrix.

It owns the matrix's model and proxy, the address filter (applied after a pause in typing),
the group cells that span their rows, and the context menu of a cell. It asks for a
registration to be opened, or an address to be changed everywhere, through its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from qsm_desktop.core.safety import CELL_STATES, CoverageMatrix
from qsm_desktop.core.vocabulary import KINDS
from qsm_desktop.gui.generated.ui_setup_check_view import Ui_SetupCheckView
from qsm_desktop.gui.safety.check_models import (
    IDS_ROLE,
    MATRIX_COL_ADDRESS,
    MATRIX_COL_GROUP,
    MATRIX_FIRST_KIND,
    STATE_MEANINGS,
    CoverageProxy,
    CoverageTableModel,
    state_text,
)
from qsm_desktop.gui.safety.common import ROW_ROLE
from qsm_desktop.gui.table_look import ColumnSamples, Sample, fit_columns, setup_table, text_width
from qsm_desktop.gui.translation import tr

FILTER_DEBOUNCE_MS = 150

# Default column widths: the header and this content whole (see table_look.fit_columns).
TYPICAL_ADDRESS = "orders@shop-name.example.co.jp"
MATRIX_SAMPLES: dict[int, ColumnSamples] = {
    MATRIX_COL_GROUP: "External Order Template",
    MATRIX_COL_ADDRESS: TYPICAL_ADDRESS,
    **{
        column: ("○ 使用(2件)", Sample("× 使用N", bold=True), "— 未登録")
        for column in range(MATRIX_FIRST_KIND, MATRIX_FIRST_KIND + len(KINDS))
    },
}


class CoveragePane(QObject):
    """The matrix of a :class:`Ui_SetupCheckView` form (the widgets are the form's)."""

    # registration id, field, line, column (the matrix opens a registration at its start)
    openRequested = Signal(int, str, int, int)
    bulkAddressRequested = Signal(str)  # an address to change everywhere

    def __init__(self, ui: Ui_SetupCheckView, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.model = CoverageTableModel(self)
        self.proxy = CoverageProxy(self)
        self.proxy.setSourceModel(self.model)

        ui.matrixLegend.setText(
            "   ".join(state_text(state) for state in CELL_STATES)
            + tr("   (ダブルクリックで登録を開く)")
        )
        # The same meanings as each cell's tooltip.
        ui.matrixLegend.setToolTip(
            "\n".join(f"{state_text(s)}: {tr(STATE_MEANINGS[s])}" for s in CELL_STATES)
        )

        self.address_filter = ui.matrixAddressFilter
        # Room for the placeholder or a whole address, and the clear button.
        self.address_filter.setMinimumWidth(
            max(
                text_width(self.address_filter, text)
                for text in (self.address_filter.placeholderText(), TYPICAL_ADDRESS)
            )
            + 48
        )
        self._filter_timer = QTimer(self)  # filter after a pause in typing (many addresses)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._filter)
        self.address_filter.textChanged.connect(lambda _text: self._filter_timer.start())

        self.view = ui.coverageMatrix
        self.view.setModel(self.proxy)
        setup_table(self.view, stretch_last=False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.activated.connect(self._activated)
        fit_columns(self.view, MATRIX_SAMPLES)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self.update_spans)
        self.view.verticalScrollBar().valueChanged.connect(self.update_spans)
        self.view.verticalScrollBar().rangeChanged.connect(self.update_spans)

    def set_matrix(self, matrix: CoverageMatrix) -> None:
        self.model.set_matrix(matrix)

    @Slot()
    def _filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_text(self.address_filter.text())

    @Slot()
    def update_spans(self) -> None:
        """One group cell spans its consecutive rows (the matrix is grouped by template group).

        Only over the rows on screen (again after each scroll): with 100,000 addresses, spans
        over every row took two seconds to set, and the view looks each one up as it paints.
        A group that starts above the screen shows its name in the first row on it."""
        view = self.view
        view.clearSpans()
        proxy = self.proxy
        total = proxy.rowCount()
        if not total:
            return
        top = view.rowAt(0)
        start = max(top, 0)
        bottom = view.rowAt(view.viewport().height() - 1)
        count = total if bottom < 0 else min(total, bottom + 1)
        while start < count:
            group = proxy.item_at(start).group
            end = start + 1
            while end < count and proxy.item_at(end).group == group:
                end += 1
            if end - start > 1:
                view.setSpan(start, MATRIX_COL_GROUP, end - start, 1)
            start = end

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        ids = index.data(IDS_ROLE) if index.isValid() else None
        if ids:
            self.openRequested.emit(int(ids[0]), "", 0, 0)

    def menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a matrix cell: open each registration, change the address."""
        if not index.isValid():
            return None
        menu = QMenu(self._parent_widget)
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        for reg_id in index.data(IDS_ROLE) or ():
            action = menu.addAction(tr("登録番号 {id} を開く").format(id=reg_id))
            action.triggered.connect(
                lambda _checked=False, i=reg_id: self.openRequested.emit(i, "", 0, 0)
            )
        if row is not None and row.address:
            if not menu.isEmpty():
                menu.addSeparator()
            action = menu.addAction(
                tr("送信先「{address}」を一括変更…").format(address=row.address)
            )
            action.triggered.connect(
                lambda _checked=False, a=row.address: self.bulkAddressRequested.emit(a)
            )
        return None if menu.isEmpty() else menu

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu(self.view.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.view.viewport().mapToGlobal(pos))
