"""QSMから読み込み: the seller's お知らせ設定データ grid, pasted from the browser, into the store.

The seller pastes the grid (or presses 【クリップボードから貼り付け】), presses 【プレビュー】 and sees,
line by line, what the import would do (新規 / 更新 / 変更なし, with what changes and any remark),
and the lines that cannot be imported with their line number and reason. 【読み込み】 imports the
text that was previewed in one transaction (the core plans again inside it) and hands the result
on; nothing is deleted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.registrations import RegistrationService
from qsm_desktop.core.safety import (
    GridProblem,
    ImportItem,
    ImportPlan,
    ImportResult,
    apply_qsm_import,
    plan_qsm_import,
)
from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import error_label, hide_field_error, show_field_error
from qsm_desktop.gui.history_panel import history_value
from qsm_desktop.gui.safety.common import (
    CONTEXT,
    DARK_TEXT,
    MUTED_TEXT,
    ListTableModel,
    SortProxy,
    dialog_button,
    text_label,
    tr,
    yn,
)
from qsm_desktop.gui.severity import warning_icon
from qsm_desktop.gui.table_look import (
    Sample,
    fit_columns,
    setup_table,
    share_width_when_shown,
    sortable_table,
)
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TRANSLATE_NOOP

COL_LINE = 0
COL_ACTION = 1
COL_ID = 2
COL_TEMPLATE_NO = 3
COL_KIND = 4
COL_DESTINATION = 5
COL_ENABLED = 6
COL_DETAIL = 7

ACTION_ORDER = {"create": 0, "update": 1, "unchanged": 2}
ACTION_SYMBOLS = {"create": "＋", "update": "✎", "unchanged": "＝"}
ACTION_BACKGROUNDS = {"create": QColor(220, 239, 214), "update": QColor(252, 241, 196)}


def item_detail(item: ImportItem) -> str:
    """内容/備考: what changes (before → after) and the core's remarks."""
    parts = [
        f"{change.label}: {history_value(change.field, change.before)} → "
        f"{history_value(change.field, change.after)}"
        for change in item.changes
    ]
    if item.action == "create":
        parts.insert(0, tr("新しい登録として取り込みます"))
    parts.extend(item.notes)
    return " / ".join(parts)


class ImportTableModel(ListTableModel):
    """The preview: one :class:`ImportItem` per usable pasted line."""

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP(CONTEXT, "行"), lambda i: i.line, align=CENTER),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "処理"),
            lambda i: f"{ACTION_SYMBOLS[i.action]} {i.action_label}",
            sort=lambda i: ACTION_ORDER[i.action],
        ),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "登録番号"),
            lambda i: "" if i.registration_id is None else i.registration_id,
            sort=lambda i: i.registration_id or 0,
            align=CENTER,
        ),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "テンプレート番号"), lambda i: i.template_no, align=CENTER
        ),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "カテゴリ"),
            lambda i: i.kind_label,
            tooltip=lambda i: f"{i.kind_label} / {i.group_label}",
        ),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "送信先"),
            lambda i: i.destination,
            sort=lambda i: i.destination.casefold(),
            tooltip=lambda i: i.destination,
        ),
        Column(QT_TRANSLATE_NOOP(CONTEXT, "使用(Y/N)"), lambda i: yn(i.enabled), align=CENTER),
        Column(QT_TRANSLATE_NOOP(CONTEXT, "内容/備考"), item_detail, tooltip=item_detail),
    )

    def row_id(self, item: ImportItem) -> int | None:
        return item.registration_id

    def extra_data(self, item: ImportItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DETAIL and item.notes:
            return warning_icon()
        if role == Qt.ItemDataRole.BackgroundRole and item.action in ACTION_BACKGROUNDS:
            return QBrush(ACTION_BACKGROUNDS[item.action])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_TEXT if item.action == "unchanged" else DARK_TEXT)
        return None


class ProblemTableModel(ListTableModel):
    """The lines that are not imported, with their line number and the reason."""

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP(CONTEXT, "行"), lambda p: p.line, align=CENTER),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "理由"), lambda p: p.message, tooltip=lambda p: p.message
        ),
        Column(
            QT_TRANSLATE_NOOP(CONTEXT, "貼り付けた内容"),
            lambda p: p.text.replace("\t", " | "),
            tooltip=lambda p: p.text.replace("\t", " | "),
        ),
    )

    def extra_data(self, item: GridProblem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return warning_icon()
        return None


def plan_summary(plan: ImportPlan) -> str:
    return tr(
        "新規 {created}件、更新 {updated}件、変更なし {unchanged}件、取り込めない行 {problems}件"
    ).format(
        created=plan.count("create"),
        updated=plan.count("update"),
        unchanged=plan.count("unchanged"),
        problems=len(plan.problems),
    )


class QsmImportDialog(QDialog):
    applied = Signal(object)  # ImportResult

    def __init__(self, service: RegistrationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qsmImportDialog")
        self.setWindowTitle(tr("QSMから読み込み"))
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
        self._build()
        self.resize(1100, 720)

    def _build(self) -> None:
        intro = QLabel(
            tr(
                "QSM の お知らせ設定データ を選択してコピーし、ここに貼り付けてください。\n"
                "(J・QSM の お問い合わせ > 受注メール管理 で【検索】し、表の行を見出しごと"
                "選んでコピーします。)\n"
                "【プレビュー】で行ごとの処理を確かめてから【読み込み】を押してください。"
                "テンプレート番号と送信先が同じ登録は更新され、削除されるものはありません。"
            ),
            self,
        )
        intro.setObjectName("importInstructions")
        intro.setWordWrap(True)

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("pasteEdit")
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setPlaceholderText(
            "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t"
            "送信先\t使用(Y/N)\t待機(Y/N)\t…"
        )
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_error = error_label(self, "pasteError")
        self.paste_button = dialog_button(
            self, tr("クリップボードから貼り付け"), "pasteButton", self.paste_clipboard
        )
        self.preview_button = dialog_button(self, tr("プレビュー"), "previewButton", self.preview)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_button)
        paste_row.addWidget(self.preview_button)
        paste_row.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        top_layout.addWidget(self.text_edit, 1)
        top_layout.addWidget(self.text_error)
        top_layout.addLayout(paste_row)

        self.summary_label = text_label(self, "importSummaryLabel", wrap=True)
        self.item_table = sortable_table(
            self,
            "importTable",
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
        self.not_in_paste_label = text_label(self, "notInPasteLabel", wrap=True)
        self.not_in_paste_label.setVisible(False)
        items_box = QGroupBox(tr("取り込む行"), self)
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.summary_label)
        items_layout.addWidget(self.item_table, 1)
        items_layout.addWidget(self.not_in_paste_label)

        self.problem_table = QTableView(self)
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setModel(self.problem_proxy)
        setup_table(self.problem_table)
        fit_columns(self.problem_table, {0: Sample("999", icon=True)})
        share_width_when_shown(self.problem_table, {1: 1, 2: 1})  # 理由 and 貼り付けた内容
        self.problems_box = QGroupBox(tr("取り込めない行"), self)
        self.problems_box.setObjectName("problemsBox")
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problem_table)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(items_box)
        splitter.addWidget(self.problems_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)

        self.import_button = dialog_button(
            self, tr("読み込み"), "importButton", self.apply, enabled=False
        )
        self.close_button = dialog_button(self, tr("閉じる"), "closeButton", self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._show_plan(None)

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
