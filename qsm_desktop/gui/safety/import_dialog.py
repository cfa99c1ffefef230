"""QSMから読み込み: the seller's お知らせ設定データ grid, pasted from the browser, into the store.

The seller pastes the grid (or presses 【クリップボードから貼り付け】), presses 【プレビュー】 and sees,
line by line, what the import would do (新規 / 更新 / 変更なし, with what changes and any remark),
and the lines that cannot be imported with their line number and reason. 【読み込み】 imports the
text that was previewed in one transaction (the core plans again inside it) and hands the result
on; nothing is deleted.

The layout is the Designer form ui/import_dialog.ui; the preview's tables are
:mod:`import_models`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.registrations import RegistrationService
from qsm_desktop.core.safety import ImportPlan, ImportResult, apply_qsm_import, plan_qsm_import
from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import hide_field_error, setup_error_label, show_field_error
from qsm_desktop.gui.generated.ui_import_dialog import Ui_QsmImportDialog
from qsm_desktop.gui.help_links import add_help_key
from qsm_desktop.gui.safety.common import SortProxy
from qsm_desktop.gui.safety.import_models import (
    COL_ACTION,
    COL_DESTINATION,
    COL_ENABLED,
    COL_ID,
    COL_KIND,
    COL_LINE,
    COL_TEMPLATE_NO,
    ImportTableModel,
    ProblemTableModel,
    plan_summary,
)
from qsm_desktop.gui.table_look import (
    Sample,
    fit_columns,
    setup_sortable_table,
    setup_table,
    share_width_when_shown,
)
from qsm_desktop.gui.translation import tr

# QSM's own column headings, as the pasted grid starts (tab-separated, never translated).
PASTE_PLACEHOLDER = (
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t"
    "送信先\t使用(Y/N)\t待機(Y/N)\t…"
)


class QsmImportDialog(QDialog):
    applied = Signal(object)  # ImportResult

    def __init__(self, service: RegistrationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qsmImportDialog")
        add_help_key(self, "tools.html#qsm-import")
        self.service = service
        self.plan: ImportPlan | None = None
        self._planned_text: str | None = None
        self.import_result: ImportResult | None = None
        self.item_model = ImportTableModel(self)
        self.item_proxy = SortProxy(self)
        self.item_proxy.setSourceModel(self.item_model)
        self.problem_model = ProblemTableModel(self)
        self.problem_proxy = SortProxy(self)
        self.problem_proxy.setSourceModel(self.problem_model)
        self.ui = Ui_QsmImportDialog()
        self.ui.setupUi(self)
        self._set_up_form()
        self._show_plan(None)

    def _set_up_form(self) -> None:
        """What the Designer form cannot say: the models, the fonts and looks of this desktop,
        the connections."""
        ui = self.ui
        self.text_edit = ui.pasteEdit
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setPlaceholderText(PASTE_PLACEHOLDER)
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_error = ui.pasteError
        setup_error_label(self.text_error)
        self.paste_button = ui.pasteButton
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.preview_button = ui.previewButton
        self.preview_button.clicked.connect(self.preview)

        self.summary_label = ui.importSummaryLabel
        self.item_table = ui.importTable
        setup_sortable_table(
            self.item_table,
            self.item_proxy,
            {  # 内容/備考 takes the rest
                COL_LINE: "999",
                COL_ACTION: "＝ 変更なし",
                COL_ID: "999",
                COL_TEMPLATE_NO: "99",
                COL_KIND: "キャンセル完了",
                COL_DESTINATION: "kamochei@pullback.co.jp",
                COL_ENABLED: "Y",
            },
        )
        self.not_in_paste_label = ui.notInPasteLabel
        self.not_in_paste_label.setVisible(False)

        self.problem_table = ui.problemTable
        self.problem_table.setModel(self.problem_proxy)
        setup_table(self.problem_table)
        fit_columns(self.problem_table, {0: Sample("999", icon=True)})
        share_width_when_shown(self.problem_table, {1: 1, 2: 1})  # 理由 and 貼り付けた内容
        self.problems_box = ui.problemsBox
        for position, stretch in enumerate((2, 3, 1)):  # the paste, the lines, the problems
            ui.importSplitter.setStretchFactor(position, stretch)

        self.import_button = ui.importButton
        self.import_button.clicked.connect(self.apply)
        self.close_button = ui.closeButton
        self.close_button.clicked.connect(self.reject)

    # -- input ------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.text_edit.toPlainText()

    @Slot()
    def paste_clipboard(self) -> None:
        """Replace the text with the clipboard's and preview it right away."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            show_field_error(
                self.text_error,
                self.text_edit,
                tr("クリップボードにテキストがありません。QSMで表の行を選んでコピーしてください。"),
            )
            return
        self.text_edit.setPlainText(text)
        self.preview()

    @Slot()
    def _text_changed(self) -> None:
        hide_field_error(self.text_error, self.text_edit)
        if self._planned_text is not None:
            self._planned_text = None
            self.import_button.setEnabled(False)
            self.summary_label.setText(
                tr("貼り付けた内容が変わりました。もう一度【プレビュー】を押してください。")
            )
            self.item_table.setEnabled(False)

    # -- 【プレビュー】 and 【読み込み】 -----------------------------------------------------------------
    @Slot()
    def preview(self) -> ImportPlan | None:
        hide_field_error(self.text_error, self.text_edit)
        text = self.text()
        if not text.strip():
            self._show_plan(None)
            show_field_error(
                self.text_error,
                self.text_edit,
                tr("QSM の お知らせ設定データ を貼り付けてから【プレビュー】を押してください。"),
            )
            return None
        try:
            plan = plan_qsm_import(text)
        except QsmError as exc:
            self._show_plan(None)
            show_field_error(self.text_error, self.text_edit, str(exc))
            return None
        self._planned_text = text
        self._show_plan(plan)
        if not plan.items:
            show_field_error(
                self.text_error,
                self.text_edit,
                tr(
                    "取り込める行がありません。J・QSMの お問い合わせ > 受注メール管理 で"
                    "【検索】し、表の行を選んでコピーしてください。"
                ),
            )
        return plan

    def _show_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.item_model.set_rows(plan.items if plan else ())
        self.problem_model.set_rows(plan.problems if plan else ())
        self.item_table.setEnabled(True)
        self.import_button.setEnabled(plan is not None and bool(plan.items))
        if plan is None:
            self._planned_text = None
            self.summary_label.setText(
                tr("【プレビュー】を押すと、行ごとの処理がここに表示されます。")
            )
            self.problems_box.setTitle(tr("取り込めない行"))
            self.not_in_paste_label.setVisible(False)
            return
        self.summary_label.setText(plan_summary(plan) + tr("(まだ取り込んでいません)"))
        self.problems_box.setTitle(
            tr("取り込めない行({count}行)").format(count=len(plan.problems))
            if plan.problems
            else tr("取り込めない行(なし)")
        )
        if plan.not_in_paste:
            self.not_in_paste_label.setText(
                tr("貼り付けになかった登録(変更も削除もしません): 登録番号 {ids}").format(
                    ids="・".join(map(str, plan.not_in_paste))
                )
            )
        self.not_in_paste_label.setVisible(bool(plan.not_in_paste))

    @Slot()
    def apply(self) -> ImportResult | None:
        text = self._planned_text
        if text is None or self.plan is None or not self.plan.items or text != self.text():
            return None
        try:
            result = apply_qsm_import(self.service, text)
        except QsmError as exc:
            show_field_error(self.text_error, self.text_edit, str(exc))
            return None
        self.import_result = result
        plan = result.plan
        lines = [
            tr("読み込みが完了しました。"),
            tr("新規 {created}件、更新 {updated}件、変更なし {unchanged}件").format(
                created=plan.count("create"),
                updated=plan.count("update"),
                unchanged=plan.count("unchanged"),
            ),
        ]
        if plan.problems:
            lines.append(
                tr("取り込めなかった行: {lines}行目").format(
                    lines="・".join(str(p.line) for p in plan.problems)
                )
            )
        if result.confirmed:
            lines.append(
                tr(
                    "QSMで反映済みと確認できたチェックリストの項目 {count}件に済を付けました。"
                ).format(count=len(result.confirmed))
            )
        messages.information(self, "\n".join(lines))
        self.applied.emit(result)
        self.accept()
        return result
