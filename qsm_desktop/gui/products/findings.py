"""The 商品/在庫 tab's link check: 【リンクチェック】 and its findings.

【リンクチェック】 runs ``check_products`` in a worker; the summary line counts errors and
warnings, the 重大度 filter narrows the list, the label under it says all about the current
finding (its rule, its reason, its source), and double-clicking a finding (or Enter) shows its
product in the tree — the option row when the finding is about a gridInventory line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from qsm_desktop.core.products.checks import (
    Finding,
    check_products,
)
from qsm_desktop.core.products.columns import (
    INVENTORY,
    KINDS,
)
from qsm_desktop.core.products.records import (
    current_import,
)
from qsm_desktop.core.products.rules import load_rules
from qsm_desktop.gui.elide import elide_column
from qsm_desktop.gui.generated.ui_products_view import Ui_ProductsView
from qsm_desktop.gui.help_links import add_finding_help_link_below
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.products.common import (
    CHECK,
    ERROR_TEXT,
    OK_TEXT,
    WARNING_TEXT,
    number,
)
from qsm_desktop.gui.products.findings_model import (
    COL_COLUMN,
    COL_FILE,
    COL_ITEM_NO,
    COL_LINE,
    COL_SEVERITY,
    COL_TITLE,
    COL_VALUE,
    FindingProxyModel,
    FindingTableModel,
    finding_message,
    rule_title,
)
from qsm_desktop.gui.products.workers import TaskRunner
from qsm_desktop.gui.severity import fill_severity_filter
from qsm_desktop.gui.table_look import (
    ColumnSamples,
    Sample,
    setup_detail_label,
    setup_sortable_table,
)
from qsm_desktop.gui.translation import tr

FINDING_SAMPLES: dict[int, ColumnSamples] = {
    COL_SEVERITY: Sample("エラー", icon=True),
    COL_TITLE: ("終了日が2030/12/31 23:59より後", "数量とオプション数量の合計が違う"),
    COL_FILE: "InventoryManagement_gridInventory.csv",
    COL_LINE: "99,999",
    COL_COLUMN: "オプションコード",
    COL_ITEM_NO: "1001234567",
    COL_VALUE: "2031/03/31 23:59",
}

ShowProduct = Callable[[str, "int | None"], bool]


class FindingsPanel(QObject):
    """The link check over the form's widgets (``ui``); ``show_product`` selects in the tree."""

    checked = Signal(object)  # list[Finding] now shown
    message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self, ui: Ui_ProductsView, runner: TaskRunner, show_product: ShowProduct, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.runner = runner
        self._show_product = show_product
        self.finding_model = FindingTableModel(self)
        self.finding_proxy = FindingProxyModel(self)
        self.finding_proxy.setSourceModel(self.finding_model)
        self.findings: list[Finding] | None = None

        bold = ui.findingsTitleLabel.font()
        bold.setBold(True)
        ui.findingsTitleLabel.setFont(bold)
        fill_severity_filter(ui.findingSeverityFilter)
        ui.findingSeverityFilter.currentIndexChanged.connect(self._severity_changed)
        ui.productCheckButton.clicked.connect(self.run_check)
        table = ui.productFindingsTable
        setup_sortable_table(table, self.finding_proxy, FINDING_SAMPLES)
        table.horizontalHeader().setSectionsMovable(True)
        # a long file name keeps its end (…_gridInventory.csv); the whole name is in the tooltip
        elide_column(table, COL_FILE, Qt.TextElideMode.ElideMiddle)
        # activated: double-click, or Enter on the current finding
        table.activated.connect(self._finding_activated)
        table.selectionModel().currentRowChanged.connect(self._finding_selected)
        setup_detail_label(ui.findingDetailLabel, lines=3)
        self.help_link = add_finding_help_link_below(
            ui.findingDetailLabel, table, "findingHelpLink"
        )
        self.show_summary()
        self._show_detail(None)

    @Slot()
    def run_check(self) -> int:
        """【リンクチェック】 (in a worker)."""
        load_rules()  # read here once, never first from the worker
        self.show_note(tr("チェック中…"))
        self.ui.productCheckButton.setEnabled(False)
        return self.runner.start(CHECK, check_products)

    def check_finished(self, result: object) -> None:
        summary = self.ui.findingsSummaryLabel
        self.ui.productCheckButton.setEnabled(True)
        if isinstance(result, Exception):
            summary.setText(
                tr("リンクチェックができませんでした。もう一度【リンクチェック】を押してください。")
            )
            summary.setToolTip(plain_tooltip(error_detail(result)))
            summary.setStyleSheet(f"color: {ERROR_TEXT.name()};")
            return
        summary.setToolTip("")
        assert isinstance(result, list)
        self.findings = result
        self.finding_model.set_findings(result)
        self.show_summary()
        self._show_detail(None)
        self.checked.emit(result)

    def show_note(self, text: str) -> None:
        """A note in the summary's place (チェック中…, an import about to be checked)."""
        self.ui.findingsSummaryLabel.setText(text)
        self.ui.findingsSummaryLabel.setStyleSheet("")

    def show_summary(self) -> None:
        if self.findings is None:
            self.show_note(
                tr(
                    "まだチェックしていません。【リンクチェック】で連動サービス向けの問題を探します。"
                )
            )
            return
        if not any(current_import(k) for k in KINDS):
            self.show_note(tr("商品CSVが取り込まれていません。"))
            return
        errors, warnings = self.finding_model.counts()
        if not errors and not warnings:
            text = tr("問題は見つかりませんでした。")
            color = OK_TEXT
        else:
            text = tr("エラー {errors} 件 · 警告 {warnings} 件 (ダブルクリックで商品へ)").format(
                errors=number(errors), warnings=number(warnings)
            )
            color = ERROR_TEXT if errors else WARNING_TEXT
            shown, total = self.finding_proxy.rowCount(), self.finding_model.rowCount()
            if shown != total:
                text += tr(" — {shown} 件を表示").format(shown=number(shown))
        self.ui.findingsSummaryLabel.setText(text)
        self.ui.findingsSummaryLabel.setStyleSheet(f"color: {color.name()};")

    @Slot(int)
    def _severity_changed(self, _index: int) -> None:
        self.finding_proxy.set_severity(self.ui.findingSeverityFilter.currentData())
        self.show_summary()

    @Slot(QModelIndex, QModelIndex)
    def _finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(
            self.finding_proxy.finding_at(current.row()) if current.isValid() else None
        )

    def _show_detail(self, finding: Finding | None) -> None:
        label = self.ui.findingDetailLabel
        if finding is None:
            label.setText(
                tr("問題を選ぶと、ここに理由と根拠が表示されます。")
                if self.finding_model.rowCount()
                else ""
            )
            return
        where = tr("{file} {line}行目").format(file=finding.file, line=finding.line)
        if finding.column:
            where += tr("「{column}」").format(column=finding.column)
        lines = [
            f"【{tr(finding.severity_label)}】{rule_title(finding.code)} — {where}",
            finding_message(finding),
            tr("根拠: {source}").format(source=tr(finding.source)),
        ]
        label.setText("\n".join(lines))

    @Slot(QModelIndex)
    def _finding_activated(self, index: QModelIndex) -> None:
        finding = self.finding_proxy.finding_at(index.row()) if index.isValid() else None
        if finding is not None:
            self.show_finding(finding)

    def show_finding(self, finding: Finding) -> bool:
        """Go to the product of a finding (its option row for a gridInventory line)."""
        if not finding.item_no:
            self.message.emit(
                tr("{file} の見出し行の問題です(商品の行ではありません)。").format(
                    file=finding.file
                )
            )
            return False
        line = finding.line if finding.kind == INVENTORY.slug else None
        return self._show_product(finding.item_no, line)
