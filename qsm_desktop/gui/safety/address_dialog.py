"""送信先の一括変更: replace one address by another in every registration that uses it.

NextEngine's receiving address can change after their maintenance (docs/rules.md §9.7). The seller
picks the address in use, types the new one and presses 【プレビュー】: the affected registrations are listed
with their destination before and after, and any conflict. 【一括変更】 is enabled only for a
preview of the inputs as they are now, asks for confirmation, then writes everything in one
transaction (the core plans again inside it) and hands the ChangeReport on. A refusal is shown
next to its field, and nothing is changed.

With many registrations (WORKER_ROWS or more) the addresses in use and the preview are read in a
worker thread: reading 100,000 registrations takes longer than a frame. The dialog shows
「読み込み中…」 meanwhile and :attr:`BulkAddressDialog.busy` says so; with fewer, both are done at
once, as before.

The layout is the Designer form ui/address_dialog.ui; the preview's table and the address
choices are :mod:`address_models`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from qsm_desktop.core import grid_query
from qsm_desktop.core.db import close_thread_connection
from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.registrations import ChangeReport, RegistrationService
from qsm_desktop.core.safety import (
    AddressReplacementPlan,
    apply_address_replacement,
    plan_address_replacement,
)
from qsm_desktop.core.safety.bulk_address import check_replacement
from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import hide_field_error, setup_error_label, show_field_error
from qsm_desktop.gui.generated.ui_address_dialog import Ui_BulkAddressDialog
from qsm_desktop.gui.help_links import add_help_key
from qsm_desktop.gui.safety.address_models import (
    COL_AFTER,
    COL_BEFORE,
    COL_NOTE,
    COLUMN_SAMPLES,
    NOTE_SAMPLE,
    ReplacementTableModel,
    address_choices,
)
from qsm_desktop.gui.safety.common import SortProxy
from qsm_desktop.gui.table_look import column_width, setup_sortable_table, share_width_when_shown
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.worker import LatestOnly

WORKER_ROWS = 5_000  # from this many registrations on, reading is done in a worker thread


def _in_worker(work: Callable[[], object]) -> object:
    try:
        return work()
    finally:
        close_thread_connection()  # this thread's connection to the store (peewee's per thread)


class BulkAddressDialog(QDialog):
    """送信先の一括変更 (modeless inputs, window-modal dialog)."""

    applied = Signal(object)  # ChangeReport
    previewed = Signal(object)  # the AddressReplacementPlan now shown

    def __init__(
        self, service: RegistrationService, parent: QWidget | None = None, *, old: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkAddressDialog")
        add_help_key(self, "tools.html#bulk-address")
        self.service = service
        self.plan: AddressReplacementPlan | None = None
        self._planned: tuple[str, str] | None = None
        self.report: ChangeReport | None = None
        self.model = ReplacementTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._choices = QStandardItemModel(self)
        self._choices_runner = LatestOnly(self)
        self._choices_runner.delivered.connect(self._choices_read)
        self._pending_inputs = ("", "")  # the inputs of the preview under way
        self._plan_runner = LatestOnly(self)
        self._plan_runner.delivered.connect(self._planned_in_worker)
        self.ui = Ui_BulkAddressDialog()
        self.ui.setupUi(self)
        self._set_up_form()
        self.fill_addresses()
        if old:
            self.old_combo.setEditText(old)

    def _set_up_form(self) -> None:
        """What the Designer form cannot say: the models, the looks measured in the view's
        font, the connections."""
        ui = self.ui
        self.old_combo = ui.oldAddressCombo
        edit = self.old_combo.lineEdit()
        assert edit is not None  # an editable combo box always has its line edit
        self._old_edit = edit
        edit.setPlaceholderText(tr("今の送信先のアドレス"))
        self.old_error = ui.oldAddressError
        self.new_edit = ui.newAddressEdit
        self.new_error = ui.newAddressError
        for label in (self.old_error, self.new_error):
            setup_error_label(label)

        self.preview_button = ui.previewButton
        self.preview_button.clicked.connect(self.preview)
        self.summary_label = ui.replaceSummaryLabel
        self.table = ui.replacementTable
        setup_sortable_table(self.table, self.proxy, COLUMN_SAMPLES)
        # 変更前/変更後 share the room the other columns leave, keeping some for 備考 (the last
        # column, which stretches).
        share_width_when_shown(
            self.table,
            {COL_BEFORE: 10, COL_AFTER: 11},  # 変更後 has the arrow in front
            keep=column_width(self.table, COL_NOTE, NOTE_SAMPLE),
        )
        self.conflicts_label = ui.conflictsLabel
        self.conflicts_label.setVisible(False)
        self.apply_button = ui.applyButton
        self.apply_button.clicked.connect(self.apply)
        self.close_button = ui.closeButton
        self.close_button.clicked.connect(self.reject)

        self.old_combo.editTextChanged.connect(self._old_edited)
        self.new_edit.textChanged.connect(self._new_edited)
        self.new_edit.returnPressed.connect(self.preview)

    # -- inputs ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Reading the addresses or a preview in the worker thread."""
        return self._choices_runner.outstanding or self._plan_runner.outstanding

    def wait_for_worker(self, msecs: int = 10000) -> bool:
        return self._choices_runner.wait(msecs) and self._plan_runner.wait(msecs)

    def fill_addresses(self) -> None:
        """Every address in use (as first typed), its number of registrations in the tooltip."""
        self._choices_runner.bump()
        if grid_query.registration_count() >= WORKER_ROWS:
            self._old_edit.setPlaceholderText(tr("読み込み中…"))
            self._choices_runner.start(partial(_in_worker, address_choices))
            return
        self._choices_runner.settle()
        self._show_choices(address_choices())

    @Slot(int, object)
    def _choices_read(self, _generation: int, result: object) -> None:
        self._old_edit.setPlaceholderText(tr("今の送信先のアドレス"))
        if isinstance(result, QStandardItemModel):
            self._show_choices(result)
        elif isinstance(result, Exception):
            self.show_error(
                "old",
                str(result)
                if isinstance(result, QsmError)
                else tr("アドレスの一覧を読み込めませんでした。アドレスを入力してください。"),
            )

    def _show_choices(self, choices: QStandardItemModel) -> None:
        text = self.old_combo.currentText()
        self.old_combo.blockSignals(True)
        self.old_combo.setModel(choices)
        old, self._choices = self._choices, choices
        choices.setParent(self)
        old.deleteLater()
        self.old_combo.setCurrentIndex(-1)
        self.old_combo.setEditText(text)
        self.old_combo.blockSignals(False)

    def inputs(self) -> tuple[str, str]:
        return self.old_combo.currentText().strip(), self.new_edit.text().strip()

    @Slot(str)
    def _old_edited(self, _text: str) -> None:
        hide_field_error(self.old_error, self.old_combo)
        self._inputs_changed()

    @Slot(str)
    def _new_edited(self, _text: str) -> None:
        hide_field_error(self.new_error, self.new_edit)
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        """An edit after a preview voids it: 【一括変更】 waits for a new 【プレビュー】."""
        if self._planned is None or self._planned == self.inputs():
            return
        self._planned = None
        self.apply_button.setEnabled(False)
        self.summary_label.setText(
            tr("入力が変わりました。もう一度【プレビュー】を押してください。")
        )
        self.table.setEnabled(False)

    def show_error(self, field: str, message: str) -> None:
        if field == "old":
            show_field_error(self.old_error, self.old_combo, message)
        else:
            show_field_error(self.new_error, self.new_edit, message)

    def error_text(self, field: str) -> str:
        label = self.old_error if field == "old" else self.new_error
        return "" if label.isHidden() else label.text()

    def _clear_plan(self) -> None:
        self.plan = None
        self._planned = None
        self.model.set_rows(())
        self.conflicts_label.setVisible(False)
        self.apply_button.setEnabled(False)

    # -- 【プレビュー】 and 【一括変更】 ----------------------------------------------------------------
    @Slot()
    def preview(self) -> AddressReplacementPlan | None:
        hide_field_error(self.old_error, self.old_combo)
        hide_field_error(self.new_error, self.new_edit)
        self._clear_plan()
        old, new = self.inputs()
        self._plan_runner.bump()
        if grid_query.registration_count() >= WORKER_ROWS:
            try:
                check_replacement(old, new)
            except ValidationError as exc:
                self._plan_runner.settle()
                self.show_error("old" if exc.field == "old" else "new", exc.message)
                self.summary_label.clear()
                return None
            self._pending_inputs = (old, new)
            self.summary_label.setText(tr("対象の登録を探しています…"))
            self._plan_runner.start(
                partial(_in_worker, partial(plan_address_replacement, old, new))
            )
            return None
        self._plan_runner.settle()
        return self._show_plan(old, new, partial(plan_address_replacement, old, new))

    @Slot(int, object)
    def _planned_in_worker(self, _generation: int, result: object) -> None:
        old, new = self._pending_inputs  # what was previewed: an edit since then voids it

        def delivered() -> AddressReplacementPlan:
            if isinstance(result, Exception):
                raise result
            assert isinstance(result, AddressReplacementPlan)
            return result

        self._show_plan(old, new, delivered)
        self._inputs_changed()

    def _show_plan(
        self, old: str, new: str, make_plan: Callable[[], AddressReplacementPlan]
    ) -> AddressReplacementPlan | None:
        try:
            plan = make_plan()
        except ValidationError as exc:
            self.show_error("old" if exc.field == "old" else "new", exc.message)
            self.summary_label.clear()
            return None
        except QsmError as exc:
            self.show_error("old", str(exc))
            self.summary_label.clear()
            return None
        self.plan = plan
        self._planned = (old, new)
        self.model.set_rows(plan.items)
        self.table.setEnabled(True)
        self.summary_label.setText(
            tr(
                "{count}件の登録で「{old}」を「{new}」に置き換えます(まだ変更していません)。"
            ).format(count=len(plan.items), old=plan.old, new=plan.new)
        )
        if plan.conflicts:
            self.conflicts_label.setText(
                tr("このままでは変更できません:")
                + "\n"
                + "\n".join("⚠ " + conflict for conflict in plan.conflicts)
            )
            self.conflicts_label.setVisible(True)
        self.apply_button.setEnabled(plan.can_apply)
        if plan.can_apply:
            self.apply_button.setFocus()
        self.previewed.emit(plan)
        return plan

    @Slot()
    def apply(self) -> ChangeReport | None:
        plan = self.plan
        if plan is None or not plan.can_apply or self._planned != self.inputs():
            return None
        if not messages.ask_yes_no(
            self,
            tr("{count}件の送信先を変更します。よろしいですか?").format(count=len(plan.items)),
            tr("一括変更"),
            tr("キャンセル"),
        ):
            return None
        old, new = self._planned
        try:
            _plan, report = apply_address_replacement(self.service, old, new)
        except ValidationError as exc:
            self.show_error("old" if exc.field == "old" else "new", exc.message)
            self._clear_plan()
            return None
        except QsmError as exc:
            # e.g. a registration changed since the preview and now conflicts: nothing written.
            messages.critical(self, str(exc))
            self._clear_plan()
            self.summary_label.setText(tr("もう一度【プレビュー】を押してください。"))
            return None
        self.report = report
        messages.information(
            self, tr("修正が完了しました({count}件)。").format(count=len(report.registrations))
        )
        self.applied.emit(report)
        self.accept()
        return report
