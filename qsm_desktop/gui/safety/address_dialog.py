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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qsm_desktop.core import grid_query
from qsm_desktop.core.addresses import split_addresses
from qsm_desktop.core.db import close_thread_connection
from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.registrations import ChangeReport, RegistrationService
from qsm_desktop.core.safety import (
    AddressReplacement,
    AddressReplacementPlan,
    apply_address_replacement,
    plan_address_replacement,
)
from qsm_desktop.core.safety.bulk_address import check_replacement
from qsm_desktop.core.safety.rows import address_key
from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import (
    ERROR_LABEL_STYLE,
    error_label,
    hide_field_error,
    show_field_error,
)
from qsm_desktop.gui.registration_model import DISABLED_BACKGROUND, stop_sign
from qsm_desktop.gui.safety.common import (
    CONTEXT,
    DARK_TEXT,
    ListTableModel,
    SortProxy,
    dialog_button,
    text_label,
    tr,
    yn,
)
from qsm_desktop.gui.table_look import (
    ColumnSamples,
    Sample,
    column_width,
    share_width_when_shown,
    sortable_table,
)
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TRANSLATE_NOOP
from qsm_desktop.gui.worker import LatestOnly

COL_ID = 0
COL_TEMPLATE_NO = 1
COL_KIND = 2
COL_GROUP = 3
COL_ENABLED = 4
COL_BEFORE = 5
COL_AFTER = 6
COL_NOTE = 7

# Default column widths: the header and this content whole (see table_look.fit_columns).
COLUMN_SAMPLES: dict[int, ColumnSamples] = {
    COL_ID: "999",
    COL_TEMPLATE_NO: "99",
    COL_KIND: "キャンセル完了",
    COL_GROUP: "NextEngine Template",
    COL_ENABLED: Sample("N", icon=True),
    COL_BEFORE: "kamochei@pullback.co.jp",
    COL_AFTER: "→ kamochei@pullback.co.jp",
}
NOTE_SAMPLE = "すでに送信先"  # the start of a note (most are empty), all in its tooltip


class ReplacementTableModel(ListTableModel):
    """The preview's rows: one :class:`AddressReplacement` per affected registration."""

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP(CONTEXT, "登録番号"), lambda i: i.registration_id, align=CENTER),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "テンプレート番号"), lambda i: i.template_no, align=CENTER
        ),
        Column(QT_TRANSLATE_NOOP(CONTEXT, "カテゴリ"), lambda i: i.kind_label),
        Column(QT_TRANSLATE_NOOP(CONTEXT, "テンプレートグループ名"), lambda i: i.group_label),
        Column(QT_TRANSLATE_NOOP(CONTEXT, "使用(Y/N)"), lambda i: yn(i.enabled), align=CENTER),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "変更前の送信先"),
            lambda i: i.before,
            sort=lambda i: i.before.casefold(),
            tooltip=lambda i: i.before,
        ),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "変更後の送信先"),
            lambda i: "→ " + i.after,
            sort=lambda i: i.after.casefold(),
            tooltip=lambda i: i.after,
        ),
        Column(QT_TRANSLATE_NOOP(CONTEXT, "備考"), lambda i: i.note, tooltip=lambda i: i.note),
    )

    def row_id(self, item: AddressReplacement) -> int:
        return item.registration_id

    def extra_data(self, item: AddressReplacement, column: int, role: int) -> Any:
        if item.enabled:
            return None
        # 使用 = N rows look as they do in the grid: the 停止 icon, a tint, dark text.
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ENABLED:
            return stop_sign()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DISABLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DARK_TEXT)
        return None


WORKER_ROWS = 5_000  # from this many registrations on, reading is done in a worker thread


def addresses_in_use(destinations: Iterable[str]) -> list[tuple[str, int]]:
    """Every individual address of every destination (as first typed) with its number of uses."""
    spelling: dict[str, str] = {}
    uses: dict[str, int] = {}
    for destination in destinations:
        for address in dict.fromkeys(split_addresses(destination)):
            key = address_key(address)
            spelling.setdefault(key, address)
            uses[key] = uses.get(key, 0) + 1
    return sorted(((spelling[k], uses[k]) for k in spelling), key=lambda a: a[0].casefold())


def address_choices() -> QStandardItemModel:
    """The 変更前のアドレス choices: every address in use, its number of uses in the tooltip.

    A model of C++ items (the combo box's completer filters them without calling Python), built
    wherever this runs and handed to the GUI thread."""
    model = QStandardItemModel()
    for address, uses in addresses_in_use(grid_query.all_destinations()):
        item = QStandardItem(address)
        item.setToolTip(tr("{count}件の登録で使用").format(count=uses))
        model.appendRow(item)
    app = QCoreApplication.instance()
    if app is not None:
        model.moveToThread(app.thread())
    return model


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
        self.setWindowTitle(tr("送信先の一括変更"))
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
        self._build()
        self.fill_addresses()
        if old:
            self.old_combo.setEditText(old)
        self.resize(1100, 560)  # the addresses before and after, whole

    def _build(self) -> None:
        intro = QLabel(
            tr(
                "送信先に「変更前のアドレス」を使っているすべての登録で、そのアドレスを"
                "「変更後のアドレス」に置き換えます(大文字・小文字は区別しません)。"
                "連動サービスの受信アドレスが変わったときに使います。"
                "まず【プレビュー】で対象の登録を確かめてください。"
            ),
            self,
        )
        intro.setWordWrap(True)

        self.old_combo = QComboBox(self)
        self.old_combo.setObjectName("oldAddressCombo")
        self.old_combo.setEditable(True)
        self.old_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.old_combo.setMinimumContentsLength(40)
        # Sized by that length, never by its items (thousands of addresses at 100,000 rows).
        self.old_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        edit = self.old_combo.lineEdit()
        assert edit is not None  # an editable combo box always has its line edit
        self._old_edit = edit
        edit.setPlaceholderText(tr("今の送信先のアドレス"))
        self.old_error = error_label(self, "oldAddressError")
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newAddressEdit")
        self.new_edit.setPlaceholderText(tr("例: orders-new@example.jp"))
        self.new_error = error_label(self, "newAddressError")

        old_box = QVBoxLayout()
        old_box.setSpacing(2)
        old_box.addWidget(self.old_combo)
        old_box.addWidget(self.old_error)
        new_box = QVBoxLayout()
        new_box.setSpacing(2)
        new_box.addWidget(self.new_edit)
        new_box.addWidget(self.new_error)
        form = QFormLayout()
        old_label = QLabel(tr("変更前のアドレス"), self)
        old_label.setBuddy(self.old_combo)
        new_label = QLabel(tr("変更後のアドレス"), self)
        new_label.setBuddy(self.new_edit)
        form.addRow(old_label, old_box)
        form.addRow(new_label, new_box)

        self.preview_button = QPushButton(tr("プレビュー"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)

        self.summary_label = text_label(self, "replaceSummaryLabel", wrap=True)
        self.table = sortable_table(self, "replacementTable", self.proxy, COLUMN_SAMPLES)
        # 変更前/変更後 share the room the other columns leave, keeping some for 備考 (the last
        # column, which stretches).
        share_width_when_shown(
            self.table,
            {COL_BEFORE: 10, COL_AFTER: 11},  # 変更後 has the arrow in front
            keep=column_width(self.table, COL_NOTE, NOTE_SAMPLE),
        )
        self.conflicts_label = text_label(self, "conflictsLabel", wrap=True)
        self.conflicts_label.setStyleSheet(ERROR_LABEL_STYLE)
        self.conflicts_label.setVisible(False)

        self.apply_button = dialog_button(
            self, tr("一括変更"), "applyButton", self.apply, enabled=False
        )
        self.close_button = dialog_button(self, tr("閉じる"), "closeButton", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conflicts_label)
        layout.addLayout(buttons)

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
