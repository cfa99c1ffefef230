"""The お知らせ設定データ grid: the search criteria above it, the table view's model and proxy,
the rows 【検索】 filters, the 使用 = N count in the status bar, and a registration's row by id.

The window decides *when* the grid reads (【検索】, a write it asked for, news from the change
bus); this module decides *what* changes in the grid: only the rows a report or an event names,
in one batch, and a full read only when the rows held are no longer the store's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Slot
from PySide6.QtWidgets import QHeaderView, QLabel

from qsm_desktop.core import grid_query
from qsm_desktop.core.grid_query import GridRows
from qsm_desktop.core.vocabulary import GROUPS, KINDS
from qsm_desktop.gui import status_texts
from qsm_desktop.gui.registration_columns import (
    STOP_ICON_SIZE,
)
from qsm_desktop.gui.registration_model import (
    RegistrationProxyModel,
    RegistrationTableModel,
)
from qsm_desktop.gui.table_look import compact_rows
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.core.changes import ChangeEvent
    from qsm_desktop.core.grid_query import GridRow
    from qsm_desktop.core.registrations import ChangeReport, RegistrationService
    from qsm_desktop.gui.generated.ui_main_window import Ui_MainWindow


class RegistrationGrid(QObject):
    def __init__(
        self,
        ui: Ui_MainWindow,
        count_label: QLabel,
        editing_id: Callable[[], int | None],
        parent: QObject,
    ) -> None:
        """The grid of the window's ``ui``; ``count_label`` shows its row count,
        ``editing_id()`` names the registration open in the form (its row stays selected
        after a sort)."""
        super().__init__(parent)
        self._ui = ui
        self.table = table = ui.registrationTable
        self._count_label = count_label
        self._editing_id = editing_id
        self._disabled_rows = 0  # rows with 使用 = N (for the status bar)
        # Every registration's row as the store had them: 【検索】 filters these in memory while
        # the store is still at their version (see grid_query.GridRows).
        self._all_rows: GridRows | None = None
        self.model = RegistrationTableModel(self)
        self.proxy = RegistrationProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.model.sortFinished.connect(self._rows_sorted)
        table.setModel(self.proxy)
        compact_rows(table, padding=8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        # The 停止 icon of 使用 = N is drawn at 16 px: shown at that size whatever the style says
        # (and the 使用 column is sized for it without asking the style, see table_look).
        table.setIconSize(QSize(STOP_ICON_SIZE, STOP_ICON_SIZE))

        ui.kindFilter.addItem("ALL", None)
        for kind in KINDS:
            ui.kindFilter.addItem(kind.label, kind.slug)
        ui.groupFilter.addItem("ALL", None)
        for group in GROUPS:
            ui.groupFilter.addItem(group.label, group.slug)
        ui.enabledFilter.addItem("ALL", None)
        ui.enabledFilter.addItem(tr("Y(転送する)"), True)
        ui.enabledFilter.addItem(tr("N(転送なし)"), False)

    # -- reading --------------------------------------------------------------------------------
    def show_first(self, rows: list[GridRow], version: int | None) -> None:
        """The rows read before the database was fully open (gui/first_rows.py), every
        registration at the store's version ``version``."""
        if version is not None:
            self._all_rows = GridRows(list(rows), version)
        self.show(rows)

    def search(self) -> None:
        """【検索】: the rows matching the criteria, filtered in memory from every row while
        the store has not moved on since they were read."""
        every = self._all_rows
        if every is None or not every.is_current():
            every = self._all_rows = grid_query.read_all()
        ui = self._ui
        rows = every.matching(
            kind=ui.kindFilter.currentData(),
            group=ui.groupFilter.currentData(),
            enabled=ui.enabledFilter.currentData(),
            address=ui.addressFilter.text(),
        )
        self.show(rows)

    def show(self, rows: list[GridRow]) -> None:
        self.model.set_rows(rows)
        # Counted from the plain rows: asking the model row by row is slow for 100,000.
        self._disabled_rows = sum(1 for row in rows if not row[grid_query.ENABLED])
        if not self.model.sorting:  # else when the sorted rows are shown (_rows_sorted)
            self._rows_sorted()

    @Slot()
    def _rows_sorted(self) -> None:
        editing = self._editing_id()
        if editing is not None:
            self.select(editing)
        self._show_count()

    # -- writes and news ----------------------------------------------------------------------------
    def apply_report(self, report: ChangeReport) -> None:
        """A write this window asked for: its rows at once (the change bus' news of it comes a
        moment later and finds them current), the saved row selected."""
        fresh = [grid_query.grid_row(r) for r in report.registrations]
        self.upsert(fresh)
        every = self._all_rows
        written = sorted(report.history_ids)
        # The rows 【検索】 filters stay current only when this write is all the store did since
        # they were read (its history rows follow theirs): else the next 【検索】 reads again.
        if (
            every is not None
            and written
            and written == list(range(every.version + 1, every.version + 1 + len(written)))
        ):
            every.update(fresh, written[-1])
        if report.registrations:
            self.select(report.registration.id)

    def store_changed(self, event: ChangeEvent, service: RegistrationService) -> bool:
        """News from the change bus: the rows it names read again now. True when the search
        must run again (another process, a restore: anything may have changed)."""
        if event.topic == "registrations" and event.registration_ids:
            fresh = [grid_query.grid_row(r) for r in service.get_many(event.registration_ids)]
            self.upsert(fresh)
            if self._all_rows is not None:
                # Their version stays: if the store moved on, the next 【検索】 reads it again.
                self._all_rows.update(fresh, self._all_rows.version)
            return False
        if event.topic == "store":
            # A restore (or another process) may have put back an older store whose version
            # (its last history id) matches the rows held: read them again.
            self._all_rows = None
        return event.topic in ("registrations", "store")

    def upsert(self, fresh: list[GridRow]) -> None:
        """Put rows into the grid (replaced or added), one batch; rows it holds unchanged are
        left alone. The 使用 = N count follows the rows replaced, without a recount."""
        model = self.model
        rows: dict[int, GridRow] = {}  # by id: a registration named twice counts once
        for row in fresh:
            reg_id = row[grid_query.ID]
            position = model.row_of(reg_id)
            old = model.grid_row(position) if position is not None else None
            if old == row:
                continue
            if old is not None and not old[grid_query.ENABLED]:
                self._disabled_rows -= 1
            if not row[grid_query.ENABLED]:
                self._disabled_rows += 1
            rows[reg_id] = row
        if rows:
            model.upsert(list(rows.values()))  # one re-sort at most, however many rows
        self._show_count()

    def _show_count(self) -> None:
        self._count_label.setText(
            status_texts.count_text(self.model.rowCount(), self._disabled_rows)
        )

    # -- rows by id -----------------------------------------------------------------------------------
    def select(self, reg_id: int) -> bool:
        """Select and show the row of registration ``reg_id``; False when the grid lacks it."""
        row = self.proxy.proxy_row_of(reg_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def current_id(self) -> int | None:
        """The registration of the current (or else the first selected) row."""
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.proxy.id_at(index.row())
