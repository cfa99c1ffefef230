"""The 設定チェック tab: the coverage matrix and the findings of the setup check.

The check of 5,000 registrations takes over a second, so it never runs while the seller types:
a change (a save in the form, a report the safety dialogs applied, a row the grid refreshed) only
marks the result out of date and, when the tab is visible, restarts a single-shot timer; when the
tab is hidden the check waits until it is shown. The registrations are read on the GUI thread
(a tenth of a second for 5,000), the check itself and the matrix run in a worker thread on plain
data, and a result that was overtaken by a newer request is dropped (as the live preview does).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qsm_desktop.core.catalog import all_templates
from qsm_desktop.core.db import close_thread_connection
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.safety import (
    CELL_STATES,
    CoverageMatrix,
    SetupReport,
    SetupRow,
    check_setup,
    coverage_matrix,
    load_rows,
    load_rules,
)
from qsm_desktop.core.vocabulary import KINDS
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.safety.check_models import (
    FINDING_COL_DESTINATION,
    FINDING_COL_LABEL,
    FINDING_COL_REGISTRATIONS,
    FINDING_COL_SEVERITY,
    IDS_ROLE,
    MATRIX_COL_ADDRESS,
    MATRIX_COL_GROUP,
    MATRIX_FIRST_KIND,
    STATE_MEANINGS,
    CoverageProxy,
    CoverageTableModel,
    FindingFilterProxy,
    FindingRow,
    FindingTableModel,
    finding_rows,
    state_text,
)
from qsm_desktop.gui.safety.common import (
    ROW_ROLE,
    summary_label,
    text_label,
    tr,
)
from qsm_desktop.gui.severity import severity_filter
from qsm_desktop.gui.table_look import (
    ColumnSamples,
    Sample,
    detail_label,
    fit_columns,
    pane_splitter,
    setup_table,
    sortable_table,
    text_width,
    view_pane,
)
from qsm_desktop.gui.view_settings import ViewSettings
from qsm_desktop.gui.worker import LatestOnly

DEBOUNCE_MS = 600
FILTER_DEBOUNCE_MS = 150
SPLITTER = "safetyCheckSplitter"
MATRIX_HEADER = "coverage_matrix"
FINDINGS_HEADER = "setup_findings"
TEXT_FIELDS = ("title", "sender", "body")

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
FINDING_SAMPLES: dict[int, ColumnSamples] = {
    FINDING_COL_SEVERITY: Sample("エラー", bold=True, icon=True),
    FINDING_COL_LABEL: "知らない差し込み項目(31行目 10文字目)",
    FINDING_COL_DESTINATION: TYPICAL_ADDRESS,
    FINDING_COL_REGISTRATIONS: "10・11・12・13・14",  # more: cut at the right, all in the tooltip
}


@dataclass(frozen=True, slots=True)
class CheckResult:
    report: SetupReport
    matrix: CoverageMatrix
    destinations: dict[int, str]
    seconds: float
    at: datetime


def run_check(rows: list[SetupRow]) -> CheckResult:
    """The setup check and the matrix of the same rows (plain data: safe in a worker thread)."""
    started = time.perf_counter()
    report = check_setup(rows)
    matrix = coverage_matrix(rows)
    destinations = {row.id: row.registration.destination for row in rows}
    return CheckResult(report, matrix, destinations, time.perf_counter() - started, datetime.now())


def load_and_check() -> CheckResult:
    """Read the registrations and check them, in the worker thread: reading 100,000 rows takes
    seconds, the window stays live meanwhile. The store's connection is per thread (peewee): the
    worker's own is closed when done."""
    try:
        return run_check(load_rows())
    finally:
        close_thread_connection()


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

        self.matrix_model = CoverageTableModel(self)
        self.matrix_proxy = CoverageProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)
        self.finding_model = FindingTableModel(self)
        self.finding_proxy = FindingFilterProxy(self)
        self.finding_proxy.setSourceModel(self.finding_model)
        self._build()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary_label = summary_label(self, "checkSummaryLabel")
        self.status_label = text_label(self, "checkStatusLabel")
        self.recheck_button = QPushButton(tr("再チェック"), self)
        self.recheck_button.setObjectName("recheckButton")
        self.recheck_button.setToolTip(tr("今の登録をもう一度チェックします"))
        self.recheck_button.clicked.connect(self.run_check)
        top = QHBoxLayout()
        top.addWidget(self.summary_label)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.recheck_button)

        # the matrix
        matrix_title = QLabel(tr("送信先 × お知らせ種類"), self)
        matrix_title.setObjectName("matrixTitle")
        bold = matrix_title.font()
        bold.setBold(True)
        matrix_title.setFont(bold)
        legend = QLabel(
            "   ".join(state_text(state) for state in CELL_STATES)
            + tr("   (ダブルクリックで登録を開く)"),
            self,
        )
        legend.setObjectName("matrixLegend")
        # The same meanings as each cell's tooltip.
        legend.setToolTip(
            "\n".join(f"{state_text(s)}: {tr(STATE_MEANINGS[s])}" for s in CELL_STATES)
        )
        self.address_filter = QLineEdit(self)
        self.address_filter.setObjectName("matrixAddressFilter")
        placeholder = tr("送信先・グループで絞り込み")
        self.address_filter.setPlaceholderText(placeholder)
        self.address_filter.setClearButtonEnabled(True)
        # Room for the placeholder or a whole address, and the clear button.
        self.address_filter.setMinimumWidth(
            max(text_width(self.address_filter, t) for t in (placeholder, TYPICAL_ADDRESS)) + 48
        )
        self._filter_timer = QTimer(self)  # filter after a pause in typing (many addresses)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._filter_matrix)
        self.address_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        matrix_head = QHBoxLayout()
        matrix_head.addWidget(matrix_title)
        matrix_head.addSpacing(12)
        matrix_head.addWidget(legend, 1)
        matrix_head.addWidget(self.address_filter)

        self.matrix_view = QTableView(self)
        self.matrix_view.setObjectName("coverageMatrix")
        self.matrix_view.setModel(self.matrix_proxy)
        setup_table(self.matrix_view, stretch_last=False)
        self.matrix_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.matrix_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.matrix_view.customContextMenuRequested.connect(self._matrix_menu)
        self.matrix_view.activated.connect(self._matrix_activated)
        fit_columns(self.matrix_view, MATRIX_SAMPLES)
        for signal in (
            self.matrix_proxy.modelReset,
            self.matrix_proxy.layoutChanged,
            self.matrix_proxy.rowsInserted,
            self.matrix_proxy.rowsRemoved,
        ):
            signal.connect(self._update_spans)
        self.matrix_view.verticalScrollBar().valueChanged.connect(self._update_spans)
        self.matrix_view.verticalScrollBar().rangeChanged.connect(self._update_spans)

        matrix_box = view_pane(self, matrix_head, self.matrix_view, stretch=0)

        # the findings
        findings_title = QLabel(tr("問題点"), self)
        findings_title.setObjectName("findingsTitle")
        findings_title.setFont(bold)
        self.severity_filter, severity_label = severity_filter(self, "severityFilter")
        self.severity_filter.currentIndexChanged.connect(self._severity_changed)
        self.findings_count = QLabel(self)
        self.findings_count.setObjectName("findingsCountLabel")
        findings_head = QHBoxLayout()
        findings_head.addWidget(findings_title)
        findings_head.addSpacing(12)
        findings_head.addWidget(severity_label)
        findings_head.addWidget(self.severity_filter)
        findings_head.addWidget(self.findings_count, 1)

        self.findings_view = sortable_table(
            self, "findingsTable", self.finding_proxy, FINDING_SAMPLES
        )
        self.findings_view.activated.connect(self._finding_activated)
        self.findings_view.selectionModel().currentRowChanged.connect(self._finding_selected)

        self.detail_label = detail_label(self, "findingDetail", lines=4)

        findings_box = view_pane(self, findings_head, self.findings_view, self.detail_label)
        self.splitter = pane_splitter(
            self, SPLITTER, Qt.Orientation.Vertical, (matrix_box, 1), (findings_box, 1)
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.recheck_button, self.address_filter)
        self.setTabOrder(self.address_filter, self.matrix_view)
        self.setTabOrder(self.matrix_view, self.severity_filter)
        self.setTabOrder(self.severity_filter, self.findings_view)
        self._show_summary()
        self._show_detail(None)

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
        self.matrix_model.set_matrix(result.matrix)
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
            text = tr("{at} にチェック").format(at=self.result.at.strftime("%H:%M:%S"))
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

    @Slot()
    def _filter_matrix(self) -> None:
        self._filter_timer.stop()
        self.matrix_proxy.set_text(self.address_filter.text())

    @Slot()
    def _update_spans(self) -> None:
        """One group cell spans its consecutive rows (the matrix is grouped by template group).

        Only over the rows on screen (again after each scroll): with 100,000 addresses, spans
        over every row took two seconds to set, and the view looks each one up as it paints.
        A group that starts above the screen shows its name in the first row on it."""
        view = self.matrix_view
        view.clearSpans()
        proxy = self.matrix_proxy
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
                tr("問題点を選ぶと、ここに内容とすることが表示されます。")
                if self.finding_model.rowCount()
                else ""
            )
            return
        finding = row.finding
        lines = [
            f"【{finding.severity_label}】{finding.label or finding.code}",
            finding.message,
        ]
        if finding.source:
            lines.append(tr("根拠: {source}").format(source=finding.source))
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

    # -- matrix ----------------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _matrix_activated(self, index: QModelIndex) -> None:
        ids = index.data(IDS_ROLE) if index.isValid() else None
        if ids:
            self.openRequested.emit(int(ids[0]), "", 0, 0)

    def matrix_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a matrix cell: open each registration, change the address."""
        if not index.isValid():
            return None
        menu = QMenu(self)
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
    def _matrix_menu(self, pos: QPoint) -> None:
        menu = self.matrix_menu(self.matrix_view.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.matrix_view.viewport().mapToGlobal(pos))

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
