"""The 設定チェック tab: the coverage matrix and the findings of the setup check.

The check of 5,000 registrations takes over a second, so it never runs while the seller types:
a change (a save in the form, a report the safety dialogs applied, a row the grid refreshed) only
marks the result out of date and, when the tab is visible, restarts a single-shot timer; when the
tab is hidden the check waits until it is shown. The registrations are read, checked and laid
out as the matrix in a worker thread (:mod:`check_run`), and a result that was overtaken by a
newer request is dropped (as the live preview does). The layout is the Designer form
ui/setup_check_view.ui; the matrix pane is :mod:`coverage_pane`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from qsm_desktop.core.catalog import all_templates
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.safety import load_rules
from qsm_desktop.core.timefmt import clock_time
from qsm_desktop.core.vocabulary import TEXT_FIELDS
from qsm_desktop.gui.generated.ui_setup_check_view import Ui_SetupCheckView
from qsm_desktop.gui.help_links import setup_finding_help_link
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.safety.check_models import (
    FINDING_COL_DESTINATION,
    FINDING_COL_LABEL,
    FINDING_COL_REGISTRATIONS,
    FINDING_COL_SEVERITY,
    FindingFilterProxy,
    FindingRow,
    FindingTableModel,
    finding_rows,
)
from qsm_desktop.gui.safety.check_run import CheckResult, load_and_check
from qsm_desktop.gui.safety.common import ROW_ROLE, finding_message, setup_summary_label
from qsm_desktop.gui.safety.coverage_pane import TYPICAL_ADDRESS, CoveragePane
from qsm_desktop.gui.severity import fill_severity_filter
from qsm_desktop.gui.table_look import (
    ColumnSamples,
    Sample,
    setup_detail_label,
    setup_sortable_table,
)
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.view_settings import ViewSettings
from qsm_desktop.gui.worker import LatestOnly

DEBOUNCE_MS = 600
SPLITTER = "safetyCheckSplitter"
MATRIX_HEADER = "coverage_matrix"
FINDINGS_HEADER = "setup_findings"

# Default column widths: the header and this content whole (see table_look.fit_columns).
FINDING_SAMPLES: dict[int, ColumnSamples] = {
    FINDING_COL_SEVERITY: Sample("エラー", bold=True, icon=True),
    FINDING_COL_LABEL: "知らない差し込み項目(31行目 10文字目)",
    FINDING_COL_DESTINATION: TYPICAL_ADDRESS,
    FINDING_COL_REGISTRATIONS: "10・11・12・13・14",  # more: cut at the right, all in the tooltip
}


class SetupCheckView(QWidget):
    """The 設定チェック tab (no knowledge of the main window: it asks through signals)."""

    # registration id, field, line, column (field "" / line 0 when the finding has none)
    openRequested = Signal(int, str, int, int)
    bulkAddressRequested = Signal(str)  # an address to change everywhere
    checked = Signal(object)  # the CheckResult now shown
    dropped = Signal(int)  # a generation whose result came too late

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("setupCheckView")
        self.runner = LatestOnly(self)  # created first: destroyed first, waiting for the worker
        self.runner.delivered.connect(self._on_delivered)
        self.runner.dropped.connect(self.dropped)
        self._debounce_ms = debounce_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run_check)
        self._stale = True
        self.result: CheckResult | None = None
        self.check_count = 0

        self.finding_model = FindingTableModel(self)
        self.finding_proxy = FindingFilterProxy(self)
        self.finding_proxy.setSourceModel(self.finding_model)
        self.ui = Ui_SetupCheckView()
        self.ui.setupUi(self)
        self._set_up_top()
        self.coverage = CoveragePane(self.ui, self)
        self.coverage.openRequested.connect(self.openRequested)
        self.coverage.bulkAddressRequested.connect(self.bulkAddressRequested)
        self.matrix_model = self.coverage.model
        self.matrix_proxy = self.coverage.proxy
        self.matrix_view = self.coverage.view
        self.address_filter = self.coverage.address_filter
        self.matrix_menu = self.coverage.menu
        self._set_up_findings()
        self._show_summary()
        self._show_detail(None)

    # -- the Designer form's widgets: what a .ui file cannot say ------------------------------
    def _set_up_top(self) -> None:
        ui = self.ui
        self.summary_label = ui.checkSummaryLabel
        self.status_label = ui.checkStatusLabel
        self.recheck_button = ui.recheckButton
        self.splitter = ui.safetyCheckSplitter
        setup_summary_label(self.summary_label)
        self.recheck_button.clicked.connect(self.run_check)
        for position in range(self.splitter.count()):
            self.splitter.setStretchFactor(position, 1)

    def _set_up_findings(self) -> None:
        ui = self.ui
        self.severity_filter = ui.severityFilter
        fill_severity_filter(self.severity_filter)
        self.severity_filter.currentIndexChanged.connect(self._severity_changed)
        self.findings_count = ui.findingsCountLabel
        self.findings_view = ui.findingsTable
        setup_sortable_table(self.findings_view, self.finding_proxy, FINDING_SAMPLES)
        self.findings_view.activated.connect(self._finding_activated)
        self.findings_view.selectionModel().currentRowChanged.connect(self._finding_selected)
        self.detail_label = ui.findingDetail
        setup_detail_label(self.detail_label, lines=4)
        self.help_link = ui.findingHelpLink
        setup_finding_help_link(self.help_link, self.findings_view)

    # -- when to check -------------------------------------------------------------------------
    @property
    def stale(self) -> bool:
        return self._stale

    @property
    def pending(self) -> bool:
        """A check is waiting for the timer or running."""
        return self._timer.isActive() or self.runner.outstanding

    @property
    def dropped_generations(self) -> list[int]:
        return self.runner.dropped_generations

    def invalidate(self, _report: object = None) -> None:
        """Something changed: re-check soon if the tab is visible, else when it is shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()
        self._show_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.pending:
            self._timer.start(0)

    def hideEvent(self, event: QHideEvent) -> None:
        # Left before the pause ran out: check when shown again, not behind the seller's back
        # (reading the rows holds the GUI thread and the worker competes with it for the GIL:
        # with 100,000 registrations a search takes several times longer meanwhile).
        super().hideEvent(event)
        if self._timer.isActive():
            self._timer.stop()
            self._timer.setInterval(self._debounce_ms)
            self._show_status()

    @Slot()
    def run_check(self) -> int:
        """Check now (【再チェック】): the rows are read and checked in the worker."""
        self._timer.stop()
        self._timer.setInterval(self._debounce_ms)  # showEvent may have started it with 0
        generation = self.runner.bump()
        self._stale = False
        try:
            all_templates()  # the catalog cache is filled here, never from the worker
            load_rules()
        except QsmError as exc:  # StoreError included: the core's own
            self.runner.settle()
            self._show_failure(exc)
            return generation
        self.check_count += 1
        self.runner.start(load_and_check)
        self._show_status()
        return generation

    def wait_for_worker(self, msecs: int = 10000) -> bool:
        return self.runner.wait(msecs)

    def stop(self) -> None:
        """Nothing pending: no timer, no worker (a result still on its way is dropped)."""
        if self.pending:
            self._stale = True  # checked again when shown
        self._timer.stop()
        self.runner.bump()
        self.runner.settle()
        self.wait_for_worker()

    @Slot(int, object)
    def _on_delivered(self, _generation: int, result: object) -> None:
        if isinstance(result, Exception):
            self._show_failure(result)
            return
        assert isinstance(result, CheckResult)
        self._show_result(result)
        self.checked.emit(result)

    # -- showing the result ----------------------------------------------------------------------
    def _show_result(self, result: CheckResult) -> None:
        selected = self._selected_finding()
        self.result = result
        self.coverage.set_matrix(result.matrix)
        self.finding_model.set_findings(finding_rows(result.report.findings, result.destinations))
        self._show_summary()
        self._show_status()
        if selected is not None:
            row = self.finding_model.row_of_key(selected.key)
            if row is not None:
                proxy_index = self.finding_proxy.mapFromSource(self.finding_model.index(row, 0))
                if proxy_index.isValid():
                    self.findings_view.selectRow(proxy_index.row())
                    return
        self._show_detail(None)

    def _show_summary(self) -> None:
        result = self.result
        if result is None:
            self.summary_label.setText(tr("設定チェック: まだチェックしていません"))
            self.findings_count.clear()
            return
        report = result.report
        self.summary_label.setText(
            tr("エラー {errors}件 · 警告 {warnings}件 · 登録 {checked}件").format(
                errors=len(report.errors), warnings=len(report.warnings), checked=report.checked
            )
        )
        color = "#b00020" if report.has_errors else ("#8a5a00" if report.warnings else "#1e6b1e")
        self.summary_label.setStyleSheet(f"color: {color};")
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.finding_proxy.rowCount(), self.finding_model.rowCount()
        if self.result is not None and not total:
            self.findings_count.setText(tr("問題は見つかりませんでした。"))
        elif shown == total:
            self.findings_count.setText(tr("{total}件").format(total=total))
        else:
            self.findings_count.setText(
                tr("{shown}件 / {total}件").format(shown=shown, total=total)
            )

    def _show_status(self) -> None:
        self.status_label.setToolTip("")  # an earlier failure's detail
        if self.pending:
            self.status_label.setText(tr("チェック中…"))
        elif self._stale and self.result is not None:
            self.status_label.setText(tr("登録が変わりました。表示するとチェックし直します。"))
        elif self.result is not None:
            text = tr("{at} にチェック").format(at=clock_time(self.result.at))
            if self.result.seconds >= 0.1:
                text += tr("({seconds:.1f}秒)").format(seconds=self.result.seconds)
            self.status_label.setText(text)
        else:
            self.status_label.clear()

    def _show_failure(self, error: Exception) -> None:
        """What to do, in the seller's words; the raw error (often English, from SQLite) only
        in the tooltip."""
        self.summary_label.setText(tr("設定チェックができませんでした"))
        self.summary_label.setStyleSheet("color: #b00020;")
        text = tr(
            "【再チェック】でもう一度チェックしてください。くり返すときは、アプリを開き直してください。"
        )
        if isinstance(error, QsmError):  # the core's own words say what went wrong
            text = f"{error} {text}"
        self.status_label.setText(text)
        self.status_label.setToolTip(plain_tooltip(error_detail(error)))

    # -- findings --------------------------------------------------------------------------------
    @Slot(int)
    def _severity_changed(self, _index: int) -> None:
        self.finding_proxy.set_severity(self.severity_filter.currentData())
        self._show_count()

    def _selected_finding(self) -> FindingRow | None:
        index = self.findings_view.currentIndex()
        if not index.isValid() or not self.findings_view.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.siblingAtColumn(0).data(ROW_ROLE)

    @Slot(QModelIndex, QModelIndex)
    def _finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current.siblingAtColumn(0).data(ROW_ROLE) if current.isValid() else None)

    def _show_detail(self, row: FindingRow | None) -> None:
        if row is None:
            self.detail_label.setText(
                tr("問題点を選ぶと、ここに内容と直し方が表示されます。")
                if self.finding_model.rowCount()
                else ""
            )
            return
        finding = row.finding
        severity, label = tr(finding.severity_label), tr(finding.label) or finding.code
        lines = [f"【{severity}】{label}", finding_message(finding)]
        if finding.source:
            lines.append(tr("根拠: {source}").format(source=tr(finding.source)))
        if finding.registration_ids:
            lines.append(
                tr("登録番号 {ids} — ダブルクリック(Enter)で登録番号 {first} を開きます。").format(
                    ids="・".join(map(str, finding.registration_ids)),
                    first=finding.registration_ids[0],
                )
            )
        self.detail_label.setText("\n".join(lines))

    @Slot(QModelIndex)
    def _finding_activated(self, index: QModelIndex) -> None:
        row: FindingRow | None = index.siblingAtColumn(0).data(ROW_ROLE)
        if row is None or not row.finding.registration_ids:
            return
        self.open_finding(row)

    def open_finding(self, row: FindingRow) -> None:
        finding = row.finding
        field = finding.field if finding.field in TEXT_FIELDS else ""
        line = finding.line or (1 if field else 0)
        column = finding.column or (1 if field else 0)
        self.openRequested.emit(finding.registration_ids[0], field, line, column)

    # -- layout memory -------------------------------------------------------------------------------
    def restore_layout(self, settings: ViewSettings) -> None:
        state = settings.splitter_state(SPLITTER)
        if state is not None:
            self.splitter.restoreState(state)
        for view, name in (
            (self.matrix_view, MATRIX_HEADER),
            (self.findings_view, FINDINGS_HEADER),
        ):
            header_state = settings.header_state(name)
            if header_state is not None:
                view.horizontalHeader().restoreState(header_state)

    def save_layout(self, settings: ViewSettings) -> None:
        settings.set_splitter_state(SPLITTER, self.splitter.saveState())
        settings.set_header_state(MATRIX_HEADER, self.matrix_view.horizontalHeader().saveState())
        settings.set_header_state(
            FINDINGS_HEADER, self.findings_view.horizontalHeader().saveState()
        )
