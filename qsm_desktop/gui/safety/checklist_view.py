"""The QSMへの反映 tab: the change checklist — what to do in J・QSM, item by item.

The items are a table whose first column (済) the seller ticks as each change is made in QSM;
a tick is written at once through the core (:func:`tick` / :func:`untick`) and the checklist is
rebuilt (a tick can split or join items). The selected item's steps are shown as a numbered
list, in QSM's words. The whole list can be copied as text, printed, saved as HTML, or marked
applied. It is rebuilt when a change is reported and when the tab is shown.

The layout is the Designer form ui/checklist_view.ui; the table's model is
:mod:`checklist_model`, the steps pane's text :mod:`checklist_steps`, the print and save
dialogs :mod:`checklist_printing`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from qsm_desktop.core import grid_query
from qsm_desktop.core.db import close_thread_connection
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.file_output import write_bytes
from qsm_desktop.core.safety import Checklist, ChecklistItem, build_checklist, mark_applied
from qsm_desktop.gui import messages
from qsm_desktop.gui.generated.ui_checklist_view import Ui_ChecklistView
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.safety import checklist_printing as printing
from qsm_desktop.gui.safety.checklist_model import COL_DONE, COL_TARGET, ChecklistTableModel
from qsm_desktop.gui.safety.checklist_steps import steps_html
from qsm_desktop.gui.safety.common import setup_summary_label
from qsm_desktop.gui.table_look import Sample, fit_columns, setup_table
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.view_settings import ViewSettings
from qsm_desktop.gui.worker import LatestOnly

DEBOUNCE_MS = 300
SPLITTER = "safetyChecklistSplitter"
HEADER = "change_checklist"

WORKER_ROWS = 5_000  # from this many registrations on, the checklist is built in a worker


def checklist_in_worker() -> Checklist:
    try:
        return build_checklist()
    finally:
        close_thread_connection()  # this thread's own connection (peewee's per thread)


class ChecklistView(QWidget):
    """The QSMへの反映 tab."""

    openRequested = Signal(int)  # a registration id
    refreshed = Signal(object)  # the Checklist now shown

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("checklistView")
        self.runner = LatestOnly(self)  # created first: destroyed first, waiting for the worker
        self.runner.delivered.connect(self._built)
        self.checklist: Checklist | None = None
        self._stale = True
        self._debounce_ms = debounce_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.refresh)
        self.refresh_count = 0
        self.model = ChecklistTableModel(self)
        self.model.ticksChanged.connect(self._ticks_changed)
        self.model.tickFailed.connect(self._tick_failed)
        self.ui = Ui_ChecklistView()
        self.ui.setupUi(self)
        self._set_up_form()
        self._show_summary()
        self._show_steps(None)

    def _set_up_form(self) -> None:
        """What the Designer form cannot say: the models, the looks measured in the view's
        font, the connections."""
        ui = self.ui
        self.summary_label = ui.checklistSummaryLabel
        setup_summary_label(self.summary_label)
        self.copy_button = ui.copyTextButton
        self.copy_button.clicked.connect(self.copy_text)
        self.print_button = ui.printButton
        self.print_button.clicked.connect(self.print_checklist)
        self.save_button = ui.saveHtmlButton
        self.save_button.clicked.connect(self.save_html)
        self.applied_button = ui.markAppliedButton
        self.applied_button.clicked.connect(self.mark_all_applied)

        self.table = ui.checklistTable
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(
            self.table,
            {  # 済 has a check box; 処理 takes the rest
                0: Sample(tr("済"), icon=True),
                1: "999",
                2: "テンプレート番号 10 (キャンセル完了 / NextEngine Template)",
            },
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self.steps_view = ui.checklistSteps
        self.splitter = ui.safetyChecklistSplitter
        for position, stretch in enumerate((3, 2)):  # the table, the steps
            self.splitter.setStretchFactor(position, stretch)
        self.status_label = ui.checklistStatusLabel

    # -- when to rebuild --------------------------------------------------------------------------
    @property
    def stale(self) -> bool:
        return self._stale

    def invalidate(self, _report: object = None) -> None:
        """Something changed: rebuild soon if the tab is visible, else when it is shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.runner.outstanding:
            self._stale = True  # built again when shown
        self.runner.bump()
        self.runner.settle()
        self.runner.wait(10000)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._timer.isActive():
            self._timer.start(0)

    def hideEvent(self, event: QHideEvent) -> None:
        # Left before the pause ran out: rebuild when shown again (it is still out of date).
        super().hideEvent(event)
        if self._timer.isActive():
            self._timer.stop()
            self._timer.setInterval(self._debounce_ms)

    @Slot()
    def refresh(self) -> Checklist | None:
        """Rebuild the checklist from the store, keeping the selected item selected.

        With many registrations (WORKER_ROWS or more) it is built in a worker thread (reading
        the history of 100,000 registrations takes longer than a frame) and shown when it
        arrives: None is returned then, :attr:`refreshed` says when it is shown."""
        self._timer.stop()
        self._timer.setInterval(self._debounce_ms)
        self.runner.bump()
        try:
            if grid_query.registration_count() >= WORKER_ROWS:
                self._stale = False
                self.runner.start(checklist_in_worker)
                return None
            self.runner.settle()
            checklist = build_checklist()
        except QsmError as exc:  # StoreError included: the core's own
            self.runner.settle()
            self._failed(exc)
            return None
        return self._show_checklist(checklist)

    @property
    def building(self) -> bool:
        """A checklist is being built in the worker thread."""
        return self.runner.outstanding

    def _built(self, _generation: int, result: object) -> None:
        if isinstance(result, QsmError):
            self._failed(result)
        elif isinstance(result, Exception):
            self._failed(QsmError(str(result)))
        else:
            assert isinstance(result, Checklist)
            self._show_checklist(result)

    def _failed(self, exc: QsmError) -> None:
        self._stale = True  # still out of date: showing the tab again tries again
        self.status_label.setText(
            tr(
                "チェックリストを作れませんでした。ほかのタブを開いてからこのタブに戻ると、"
                "もう一度作ります。"
            )
        )
        self.status_label.setToolTip(plain_tooltip(error_detail(exc)))

    def _show_checklist(self, checklist: Checklist) -> Checklist:
        selected = self.current_item()
        self.status_label.setToolTip("")
        self._stale = False
        self.refresh_count += 1
        self.checklist = checklist
        self.model.set_rows(checklist.items)
        self._show_summary()
        row = self.model.row_of_key(selected.key) if selected is not None else None
        if row is None and checklist.pending:
            row = self.model.row_of_key(checklist.pending[0].key)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, COL_TARGET))
        self._show_steps(self.current_item())
        self.refreshed.emit(checklist)
        return checklist

    def _tick_failed(self, error: Exception) -> None:
        text = tr(
            "「済」の変更を保存できませんでした(元のままです)。もう一度クリックしてください。"
        )
        if isinstance(error, QsmError):
            text = f"{error}\n{text}"
        messages.critical(self, text, error_detail(error))

    @Slot()
    def _ticks_changed(self) -> None:
        # After the click has been handled: a tick may split or join items.
        QTimer.singleShot(0, self, self.refresh)

    # -- showing -------------------------------------------------------------------------------
    def current_item(self) -> ChecklistItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.checklist is None:
            return None
        return self.model.row_at(index.row())

    def _show_summary(self) -> None:
        checklist = self.checklist
        has_items = bool(checklist and checklist.items)
        for button in (self.copy_button, self.print_button, self.save_button, self.applied_button):
            button.setEnabled(has_items)
        if checklist is None:
            self.summary_label.setText(tr("QSMに反映する変更"))
        elif not checklist.items:
            self.summary_label.setText(tr("QSMに反映する変更はありません"))
        else:
            self.summary_label.setText(
                tr("QSMに反映する変更: {count}件(未完了 {pending}件)").format(
                    count=len(checklist.items), pending=len(checklist.pending)
                )
            )

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_steps(self.model.row_at(current.row()) if current.isValid() else None)

    def _show_steps(self, item: ChecklistItem | None) -> None:
        self.steps_view.setHtml(steps_html(item, self.checklist))

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != COL_DONE:
            self.openRequested.emit(self.model.row_at(index.row()).registration_id)

    # -- the buttons ------------------------------------------------------------------------------
    @Slot()
    def copy_text(self) -> None:
        if self.checklist is None:
            return
        QGuiApplication.clipboard().setText(self.checklist.to_text())
        self.status_label.setText(tr("チェックリストをテキストでコピーしました。"))

    @Slot()
    def print_checklist(self) -> bool:
        if self.checklist is None:
            return False
        printer = printing.ask_printer(self)
        if printer is None:
            return False
        printing.print_html(self.checklist.to_html(), printer)
        self.status_label.setText(tr("チェックリストを印刷しました。"))
        return True

    @Slot()
    def save_html(self) -> Path | None:
        if self.checklist is None:
            return None
        name = printing.ask_html_path(self)
        if not name:
            return None
        path = Path(name)
        try:
            # As the CLI writes: onto a regular file or a new path only, with the seller's
            # normal permissions, and never half-written (core/file_output).
            write_bytes(path, self.checklist.to_html().encode("utf-8"))
        except QsmError as exc:  # a folder, a device or a pipe: refused, nothing written
            messages.critical(self, str(exc))  # the refusal says what to do
            return None
        except OSError as exc:
            messages.critical(
                self,
                tr(
                    "保存できませんでした: {path}\n"
                    "フォルダーに書き込めるか、同じ名前のファイルをほかのアプリで開いていないか"
                    "確かめて、もう一度保存してください(別の場所や名前でも保存できます)。"
                ).format(path=path),
                error_detail(exc),
            )
            return None
        self.status_label.setText(tr("保存しました: {path}").format(path=path))
        return path

    @Slot()
    def mark_all_applied(self) -> bool:
        checklist = self.checklist
        if checklist is None or not checklist.items:
            return False
        if not messages.ask_yes_no(
            self,
            tr(
                "一覧の{count}件の変更(未完了 {pending}件)を、すべてQSMに反映済みにします。\n"
                "チェックリストは空になります。よろしいですか?"
            ).format(count=len(checklist.items), pending=len(checklist.pending)),
            tr("すべて反映済みにする"),
            tr("キャンセル"),
        ):
            return False
        try:
            mark_applied(checklist)
        except QsmError as exc:  # StoreError included: the core's own
            text = tr(
                "反映済みにできませんでした(何も変更していません)。"
                "もう一度「すべて反映済みにする」を押してください。"
            )
            if isinstance(exc, QsmError):
                text = f"{exc}\n{text}"
            messages.critical(self, text, error_detail(exc))
            return False
        self.refresh()
        self.status_label.setText(
            tr("{count}件の変更をQSMに反映済みにしました。").format(count=len(checklist.items))
        )
        return True

    # -- layout memory -----------------------------------------------------------------------------
    def restore_layout(self, settings: ViewSettings) -> None:
        state = settings.splitter_state(SPLITTER)
        if state is not None:
            self.splitter.restoreState(state)
        header_state = settings.header_state(HEADER)
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)

    def save_layout(self, settings: ViewSettings) -> None:
        settings.set_splitter_state(SPLITTER, self.splitter.saveState())
        settings.set_header_state(HEADER, self.table.horizontalHeader().saveState())
