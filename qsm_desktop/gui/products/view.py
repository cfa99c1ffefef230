"""The 商品/在庫 tab: the imported products and their options, the link check, import and export.

A thin view over :mod:`qsm_desktop.core.products`; every slow call of the core runs in a worker
(:mod:`.workers`), so typing and scrolling never wait for the database:

- 【検索】 (or Enter) lists the first :data:`DISPLAY_LIMIT` products matching the text (商品番号,
  販売者コード, 商品名 or an option's text); a search typed after another drops the older result.
- 取り込み (menu, button or dropping files on the window) runs ``import_files`` with a progress
  dialog whose キャンセル rolls the import back (nothing is kept); then the list and the link
  check are refreshed.
- 【リンクチェック】 runs ``check_products``; double-clicking a finding selects its product in the
  tree (the option row when the finding is about a gridInventory line).
- 「Shift_JIS で書き出す」 runs ``export_sjis``; a refusal lists the characters at fault and offers
  a replacement character.
- 「プレビューの見本に使う」 emits :attr:`ProductsView.sample_item_chosen` with the values of the
  selected product (and option) for the preview's sample order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.products import (
    INVENTORY,
    KINDS,
    Cp932ExportError,
    ExportReport,
    FileKind,
    Finding,
    ImportCancelled,
    ImportLogEntry,
    ImportReport,
    OptionRow,
    Product,
    check_products,
    current_import,
    export_sjis,
    get_product,
    import_files,
    import_log,
    sample_item_values,
    search_products,
)
from qsm_desktop.core.products.encoding import ENCODING_LABELS
from qsm_desktop.core.products.export import check_replacement
from qsm_desktop.core.products.rules import load_rules
from qsm_desktop.gui import messages
from qsm_desktop.gui.elide import elide_column
from qsm_desktop.gui.file_dialogs import open_file_names, save_file_name, start_folder
from qsm_desktop.gui.help_links import finding_help_link
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.products.common import (
    ERROR_TEXT,
    EXPORT_MENU_TEXT,
    IMPORT_ACTION_TEXT,
    IMPORT_ACTION_TIP,
    OK_TEXT,
    OPTION_ROLE,
    PRODUCT_ROLE,
    WARNING_TEXT,
    date_time,
    number,
    size_text,
    tr,
)
from qsm_desktop.gui.products.findings_model import (
    COL_CODE,
    COL_COLUMN,
    COL_FILE,
    COL_ITEM_NO,
    COL_LINE,
    COL_SEVERITY,
    COL_TITLE,
    COL_VALUE,
    FindingProxyModel,
    FindingTableModel,
    rule_title,
)
from qsm_desktop.gui.products.tree_model import (
    COL_DATA_TYPE,
    COL_END_DATE,
    COL_NAME,
    COL_OPTION_CODE,
    COL_PRICE,
    COL_QUANTITY,
    COL_SELLER_CODE,
    COL_SHIPPING,
    ProductProxyModel,
    ProductTreeModel,
)
from qsm_desktop.gui.products.tree_model import COL_ITEM_NO as TREE_COL_ITEM_NO
from qsm_desktop.gui.products.workers import ImportJob, TaskRunner
from qsm_desktop.gui.severity import severity_filter
from qsm_desktop.gui.table_look import (
    ColumnSamples,
    Sample,
    detail_label,
    fit_columns,
    pane_splitter,
    sortable_table,
    view_pane,
)
from qsm_desktop.gui.view_settings import ViewSettings

# The tree lists at most this many products: listing all 400,000 would take seconds.
DISPLAY_LIMIT = 1000
SEARCH, CHECK, IMPORT, EXPORT = "search", "check", "import", "export"
PROGRESS_STEPS = 1000
PROGRESS_DELAY_MS = 400  # the progress dialog appears only for imports that take longer
REPLACEMENT_CHOICES = ("〓", "？", "?", "_")
OFFENDERS_SHOWN = 20
HISTORY_SHOWN = 10

TREE_HEADER = "products_tree"
FINDINGS_HEADER = "products_findings"
SPLITTER = "productsSplitter"

# Default column widths: each column shows its header and this content whole (measured in the
# view's font, see table_look.fit_columns); the last column takes the rest.
TREE_SAMPLES: dict[int, ColumnSamples] = {
    TREE_COL_ITEM_NO: "1001234567",
    COL_SELLER_CODE: "TS-LONG-K-001",
    COL_NAME: "ねこ柄マグカップ 350ml 電子レンジ対応",
    COL_DATA_TYPE: "組合型",
    COL_OPTION_CODE: "TSB-NV-XL-01",
    COL_PRICE: "99,999,999",
    COL_QUANTITY: "99,999",
    COL_SHIPPING: "9,999",
    COL_END_DATE: "2030-12-31 23:59",
}
FINDING_SAMPLES: dict[int, ColumnSamples] = {
    COL_SEVERITY: Sample("エラー", icon=True),
    COL_TITLE: ("終了日が2030/12/31 23:59より後", "数量とオプション数量の合計が違う"),
    COL_FILE: "InventoryManagement_gridInventory.csv",
    COL_LINE: "99,999",
    COL_COLUMN: "オプションコード",
    COL_ITEM_NO: "1001234567",
    COL_VALUE: "2031/03/31 23:59",
    COL_CODE: "end-date-too-late",
}


def import_summary(reports: Sequence[ImportReport]) -> str:
    """The completion message: 種類, 件数 and 文字コード of each file."""
    lines = [tr("取り込みが完了しました。")]
    for r in reports:
        replaced = (
            tr("(以前の {rows} 件を置き換え)").format(rows=number(r.replaced_rows))
            if r.replaced_rows
            else ""
        )
        lines.append(
            tr("・{file}: {kind} {rows} 件 [{encoding}]{replaced}").format(
                file=r.file_name,
                kind=r.kind_label,
                rows=number(r.rows),
                encoding=r.encoding_label,
                replaced=replaced,
            )
        )
        if r.extra_columns:
            lines.append(
                tr("  その他の列 (書き出し用に保持): {columns}").format(
                    columns="、".join(r.extra_columns)
                )
            )
    return "\n".join(lines)


def offenders_text(error: Cp932ExportError) -> str:
    """The characters Shift_JIS cannot carry: the first 20 with line and column."""
    lines = [
        tr("{file} には Shift_JIS (CP932) で書けない文字が {count} 個あります。").format(
            file=error.file, count=number(len(error.offenders))
        ),
        tr("ファイルはまだ作成していません。"),
        "",
    ]
    lines += [f"  {o.describe()}" for o in error.offenders[:OFFENDERS_SHOWN]]
    rest = len(error.offenders) - OFFENDERS_SHOWN
    if rest > 0:
        lines.append(tr("  ほか {count} 個").format(count=number(rest)))
    lines += ["", tr("これらの文字を次の1文字に置き換えて書き出しますか?")]
    return "\n".join(lines)


def import_line(kind: FileKind, entry: ImportLogEntry | None) -> str:
    if entry is None:
        return tr("{file}: 未取り込み").format(file=kind.file_name)
    return tr("{file}: {rows} 行 · {encoding} · {at} 取り込み").format(
        file=entry.file_name,
        rows=number(entry.row_count),
        encoding=entry.encoding_label,
        at=date_time(entry.imported_at),
    )


class ProductsView(QWidget):
    """The 商品/在庫 tab (knows nothing of the main window; the installer wires it)."""

    sample_item_chosen = Signal(dict)  # sample_item_values(product, option)
    message = Signal(str)  # a short note for the window's status bar
    searched = Signal(int)  # products now listed
    checked = Signal(object)  # list[Finding] now shown
    import_started = Signal(object)  # the ImportJob (before its worker starts)
    import_finished = Signal(object)  # list[ImportReport] | Exception (ImportCancelled …)
    exported = Signal(object)  # ExportReport
    product_shown = Signal(str)  # 商品番号 selected for a finding

    def __init__(
        self,
        operator: str | Callable[[], str],
        parent: QWidget | None = None,
        *,
        settings: ViewSettings | None = None,
    ) -> None:
        """``operator``: the name recorded with each import, or what gives it at the import
        (the window's 担当者名, which the seller may change while the tab is open)."""
        super().__init__(parent)
        self.setObjectName("productsView")
        self._operator = operator
        self.settings = settings
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.tree_model = ProductTreeModel(self)
        self.tree_proxy = ProductProxyModel(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.finding_model = FindingTableModel(self)
        self.finding_proxy = FindingProxyModel(self)
        self.finding_proxy.setSourceModel(self.finding_model)

        self.import_job: ImportJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.findings: list[Finding] | None = None
        self.truncated = False
        self._loaded = False
        self._searched_text = ""
        self._pending_jump: tuple[str, int | None] | None = None
        self._check_after_search = False  # after an import: list first, then the link check
        self._export_request: tuple[FileKind, str, str | None] | None = None
        self.tab_index = -1  # set by the installer (gui/products/__init__.py)

        self._build_actions()
        self._build()
        self.refresh_imports()
        self._show_findings_summary()

    @property
    def operator(self) -> str:
        """The name recorded with an import (取り込み者)."""
        return self._operator if isinstance(self._operator, str) else self._operator()

    # -- actions (shared by the tab's buttons and the window's ファイル menu) -------------------
    def _build_actions(self) -> None:
        self.action_import = QAction(tr(IMPORT_ACTION_TEXT), self)
        self.action_import.setObjectName("actionImportProducts")
        self.action_import.setStatusTip(tr(IMPORT_ACTION_TIP))
        self.action_import.setIconText(tr("商品CSVを取り込む…"))
        self.action_import.triggered.connect(self.choose_and_import)

        self.export_menu = QMenu(tr(EXPORT_MENU_TEXT), self)
        self.export_menu.setObjectName("menuExportSjis")
        self.export_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = QAction(
                tr("{file} を Shift_JIS で書き出す…").format(file=kind.file_name), self
            )
            action.setObjectName(f"actionExportSjis_{kind.slug}")
            action.setStatusTip(
                tr("取り込んだ {file} を Shift_JIS (CP932) で書き出します").format(
                    file=kind.file_name
                )
            )
            action.triggered.connect(lambda _checked=False, k=kind: self.export_kind(k))
            self.export_menu.addAction(action)
            self.export_actions[kind.slug] = action

        self.action_sample = QAction(tr("プレビューの見本に使う"), self)
        self.action_sample.setObjectName("actionUseAsSample")
        self.action_sample.setStatusTip(
            tr("選んだ商品 (オプション) をプレビューの見本の注文の商品にします")
        )
        self.action_sample.setEnabled(False)
        self.action_sample.triggered.connect(self.use_selected_as_sample)

        self.action_copy_item_no = QAction(tr("商品番号をコピー"), self)
        self.action_copy_item_no.triggered.connect(self.copy_item_no)
        self.action_expand = QAction(tr("オプションをすべて開く"), self)
        self.action_expand.triggered.connect(lambda _checked=False: self.tree.expandAll())
        self.action_collapse = QAction(tr("オプションをすべて閉じる"), self)
        self.action_collapse.triggered.connect(lambda _checked=False: self.tree.collapseAll())

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        # search and the file actions
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("productSearchEdit")
        self.search_edit.setPlaceholderText(tr("商品番号・販売者コード・商品名"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(
            tr(
                "商品番号・販売者コード・商品名 (オプションの内容も) の一部で検索します。"
                "全角/半角、大文字/小文字は区別しません。"
            )
        )
        self.search_edit.returnPressed.connect(self.search)
        search_label = QLabel(tr("検索:"), self)
        search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(tr("検索"), self)
        self.search_button.setObjectName("productSearchButton")
        self.search_button.clicked.connect(self.search)
        self.import_button = QToolButton(self)
        self.import_button.setObjectName("productImportButton")
        self.import_button.setDefaultAction(self.action_import)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button = QPushButton(tr("Shift_JIS で書き出す"), self)
        self.export_button.setObjectName("productExportButton")
        self.export_button.setToolTip(
            tr("取り込んだファイルを Shift_JIS (CP932) で書き出します (NextEngine 向け)")
        )
        self.export_button.setMenu(self.export_menu)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.search_button)
        top.addSpacing(24)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        # the tree
        self.result_label = QLabel(self)
        self.result_label.setObjectName("productResultLabel")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_button = QToolButton(self)
        self.sample_button.setObjectName("useAsSampleButton")
        self.sample_button.setDefaultAction(self.action_sample)
        self.sample_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tree_head = QHBoxLayout()
        tree_head.addWidget(self.result_label, 1)
        tree_head.addWidget(self.sample_button)

        self.tree = QTreeView(self)
        self.tree.setObjectName("productTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSortingEnabled(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentRowChanged.connect(self._tree_current_changed)
        self.tree.addAction(self.action_sample)
        header = self.tree.header()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fit_columns(self.tree, TREE_SAMPLES)

        tree_box = view_pane(self, tree_head, self.tree)

        # the link check
        findings_title = QLabel(tr("リンクチェック"), self)
        bold = findings_title.font()
        bold.setBold(True)
        findings_title.setFont(bold)
        self.findings_summary = QLabel(self)
        self.findings_summary.setObjectName("findingsSummaryLabel")
        self.findings_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.severity_filter, severity_label = severity_filter(self, "findingSeverityFilter")
        self.severity_filter.currentIndexChanged.connect(self._severity_changed)
        self.check_button = QPushButton(tr("リンクチェック"), self)
        self.check_button.setObjectName("productCheckButton")
        self.check_button.setToolTip(
            tr("連動サービスが受け付けない値 (半角括弧、コードの重複、終了日 …) を探します")
        )
        self.check_button.clicked.connect(self.run_check)
        findings_head = QHBoxLayout()
        findings_head.addWidget(findings_title)
        findings_head.addSpacing(12)
        findings_head.addWidget(self.findings_summary, 1)
        findings_head.addWidget(severity_label)
        findings_head.addWidget(self.severity_filter)
        findings_head.addWidget(self.check_button)

        self.findings_view = sortable_table(
            self, "productFindingsTable", self.finding_proxy, FINDING_SAMPLES
        )
        self.findings_view.horizontalHeader().setSectionsMovable(True)
        # a long file name keeps its end (…_gridInventory.csv); the whole name is in the tooltip
        elide_column(self.findings_view, COL_FILE, Qt.TextElideMode.ElideMiddle)
        # activated: double-click, or Enter on the current finding
        self.findings_view.activated.connect(self._finding_activated)
        self.findings_view.selectionModel().currentRowChanged.connect(self._finding_selected)

        self.detail_label = detail_label(self, "findingDetailLabel", lines=3)
        self.help_link = finding_help_link(self, self.findings_view, "findingHelpLink")

        findings_box = view_pane(
            self, findings_head, self.findings_view, self.detail_label, self.help_link
        )
        self.splitter = pane_splitter(
            self, SPLITTER, Qt.Orientation.Vertical, (tree_box, 3), (findings_box, 2)
        )

        # the current imports
        self.imports_label = QLabel(self)
        self.imports_label.setObjectName("productImportsLabel")
        self.imports_label.setTextFormat(Qt.TextFormat.PlainText)
        self.imports_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.imports_label)
        self.setTabOrder(self.search_edit, self.search_button)
        self.setTabOrder(self.search_button, self.tree)
        self.setTabOrder(self.tree, self.severity_filter)
        self.setTabOrder(self.severity_filter, self.check_button)
        self.setTabOrder(self.check_button, self.findings_view)
        self._show_detail(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # the first list is read when the tab is first shown
            self._loaded = True
            self.search()

    # -- layout memory ------------------------------------------------------------------------
    def restore_layout(self) -> None:
        if self.settings is None:
            return
        for name, header in (
            (TREE_HEADER, self.tree.header()),
            (FINDINGS_HEADER, self.findings_view.horizontalHeader()),
        ):
            state = self.settings.header_state(name)
            if state is not None:
                header.restoreState(state)
        splitter = self.settings.splitter_state(SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.set_header_state(TREE_HEADER, self.tree.header().saveState())
        self.settings.set_header_state(
            FINDINGS_HEADER, self.findings_view.horizontalHeader().saveState()
        )
        self.settings.set_splitter_state(SPLITTER, self.splitter.saveState())

    # -- workers --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """An import or export is running (only one at a time)."""
        return self.runner.is_busy(IMPORT) or self.runner.is_busy(EXPORT)

    def wait_for_workers(self, msecs: int = 30000) -> bool:
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        """Before the window closes: stop a running import (it rolls back) and wait for all."""
        if self.import_job is not None:
            self.import_job.cancel()
        self.wait_for_workers()

    @Slot(str, object)
    def _on_finished(self, name: str, result: object) -> None:
        if name == SEARCH:
            self._search_finished(result)
        elif name == CHECK:
            self._check_finished(result)
        elif name == IMPORT:
            self._import_finished(result)
        elif name == EXPORT:
            self._export_finished(result)

    def _set_busy(self, busy: bool) -> None:
        self.action_import.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        for kind in KINDS:
            self.export_actions[kind.slug].setEnabled(not busy)
        if not busy:
            self.refresh_imports()

    # -- search --------------------------------------------------------------------------------
    @Slot()
    def search(self) -> int:
        """【検索】: list the products matching the search text (in a worker)."""
        text = self.search_edit.text().strip()
        self._loaded = True
        self._searched_text = text
        self.result_label.setText(tr("検索中…"))
        return self.runner.start(SEARCH, lambda: search_products(text or None, DISPLAY_LIMIT + 1))

    def _search_finished(self, result: object) -> None:
        if self._check_after_search:
            # Not alongside the search: both are Python loops that would share one core.
            self._check_after_search = False
            self.run_check()
        if isinstance(result, Exception):
            self.result_label.setText(
                tr("検索できませんでした。もう一度【検索】を押してください。")
            )
            self.result_label.setToolTip(error_detail(result))
            self._pending_jump = None
            return
        assert isinstance(result, list)
        self.result_label.setToolTip("")
        self.truncated = len(result) > DISPLAY_LIMIT
        self.tree_model.set_products(result[:DISPLAY_LIMIT])
        self._show_result_count()
        self._update_sample_action()
        jump, self._pending_jump = self._pending_jump, None
        if jump is not None:
            item_no, line = jump
            if not self.tree_model.product_index(item_no).isValid():
                product = get_product(item_no)  # listed beyond the limit: add it at the end
                if product is not None:
                    self.tree_model.add_product(product)
                    self._show_result_count()
            if not self._select(item_no, line):
                self.message.emit(
                    tr("商品番号 {item_no} は今取り込まれているファイルにありません。").format(
                        item_no=item_no
                    )
                )
        self.searched.emit(self.tree_model.rowCount())

    def _show_result_count(self) -> None:
        products = self.tree_model.rowCount()
        if products == 0 and not any(current_import(k) for k in KINDS):
            self.result_label.setText(
                tr(
                    "商品CSVがまだ取り込まれていません。ファイル > 商品CSVを取り込む… で選ぶか、"
                    "CSVファイルをウィンドウにドロップしてください。"
                )
            )
            return
        text = tr("{products} 件の商品 (オプション {options} 件)").format(
            products=number(products), options=number(self.tree_model.option_count())
        )
        if self._searched_text:
            text = tr("「{search}」: ").format(search=self._searched_text) + text
        if self.truncated:
            text += tr(" — 先頭 {limit} 件を表示しています。検索で絞り込んでください。").format(
                limit=number(DISPLAY_LIMIT)
            )
        if products == 0:
            text = tr("「{search}」に一致する商品はありません。").format(search=self._searched_text)
        self.result_label.setText(text)

    # -- selection, the sample item --------------------------------------------------------------
    def current_item(self) -> tuple[Product, OptionRow | None] | None:
        """The product (and option) of the tree's current row."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        product = index.data(PRODUCT_ROLE)
        if product is None:
            return None
        return product, index.data(OPTION_ROLE)

    @Slot(QModelIndex, QModelIndex)
    def _tree_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_sample_action()

    def _update_sample_action(self) -> None:
        self.action_sample.setEnabled(self.current_item() is not None)

    @Slot()
    def use_selected_as_sample(self) -> dict[str, str] | None:
        """「プレビューの見本に使う」: the selected product/option as the sample order's item."""
        chosen = self.current_item()
        if chosen is None:
            return None
        product, option = chosen
        values = sample_item_values(product, option)
        # Said once, by whoever puts it into the preview (the installer: the status bar).
        self.sample_item_chosen.emit(values)
        return values

    @Slot()
    def copy_item_no(self) -> None:
        chosen = self.current_item()
        if chosen is not None:
            QGuiApplication.clipboard().setText(chosen[0].item_no)

    @Slot(QPoint)
    def _tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.action_sample)
        menu.addAction(self.action_copy_item_no)
        self.action_copy_item_no.setEnabled(index.isValid())
        menu.addSeparator()
        menu.addAction(self.action_expand)
        menu.addAction(self.action_collapse)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def show_product(self, item_no: str, line: int | None = None) -> bool:
        """Select (and scroll to) a product, or its option from gridInventory line ``line``.

        A product the list does not show is searched for by its 商品番号 first (the search text
        changes to it); True when it was selected right away.
        """
        if self._select(item_no, line):
            return True
        self.search_edit.setText(item_no)
        self._pending_jump = (item_no, line)
        self.search()
        return False

    def _select(self, item_no: str, line: int | None) -> bool:
        source = QModelIndex()
        if line is not None:
            source = self.tree_model.option_index(item_no, line)
        if not source.isValid():
            source = self.tree_model.product_index(item_no)
        if not source.isValid():
            self.message.emit(
                tr("商品番号 {item_no} は取り込まれていません。").format(item_no=item_no)
            )
            return False
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.product_shown.emit(item_no)
        return True

    # -- the link check -----------------------------------------------------------------------
    @Slot()
    def run_check(self) -> int:
        """【リンクチェック】 (in a worker)."""
        load_rules()  # read here once, never first from the worker
        self.findings_summary.setText(tr("チェック中…"))
        self.findings_summary.setStyleSheet("")
        self.check_button.setEnabled(False)
        return self.runner.start(CHECK, check_products)

    def _check_finished(self, result: object) -> None:
        self.check_button.setEnabled(True)
        if isinstance(result, Exception):
            self.findings_summary.setText(
                tr("リンクチェックができませんでした。もう一度【リンクチェック】を押してください。")
            )
            self.findings_summary.setToolTip(error_detail(result))
            self.findings_summary.setStyleSheet(f"color: {ERROR_TEXT.name()};")
            return
        self.findings_summary.setToolTip("")
        assert isinstance(result, list)
        self.findings = result
        self.finding_model.set_findings(result)
        self._show_findings_summary()
        self._show_detail(None)
        self.checked.emit(result)

    def _show_findings_summary(self) -> None:
        if self.findings is None:
            self.findings_summary.setText(
                tr(
                    "まだチェックしていません。【リンクチェック】で連動サービス向けの問題を探します。"
                )
            )
            self.findings_summary.setStyleSheet("")
            return
        if not any(current_import(k) for k in KINDS):
            self.findings_summary.setText(tr("商品CSVが取り込まれていません。"))
            self.findings_summary.setStyleSheet("")
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
        self.findings_summary.setText(text)
        self.findings_summary.setStyleSheet(f"color: {color.name()};")

    @Slot(int)
    def _severity_changed(self, _index: int) -> None:
        self.finding_proxy.set_severity(self.severity_filter.currentData())
        self._show_findings_summary()

    @Slot(QModelIndex, QModelIndex)
    def _finding_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(
            self.finding_proxy.finding_at(current.row()) if current.isValid() else None
        )

    def _show_detail(self, finding: Finding | None) -> None:
        if finding is None:
            self.detail_label.setText(
                tr("問題を選ぶと、ここに理由と根拠が表示されます。")
                if self.finding_model.rowCount()
                else ""
            )
            return
        where = tr("{file} {line}行目").format(file=finding.file, line=finding.line)
        if finding.column:
            where += tr("「{column}」").format(column=finding.column)
        lines = [
            f"【{finding.severity_label}】{rule_title(finding.code)} ({finding.code}) — {where}",
            finding.message,
            tr("根拠: {source}").format(source=finding.source),
        ]
        self.detail_label.setText("\n".join(lines))

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
        return self.show_product(finding.item_no, line)

    # -- import -------------------------------------------------------------------------------
    def _start_dir(self) -> str:
        """The folder of the last imported file, else the file dialogs' remembered folder."""
        for entry in import_log(limit=1):
            folder = Path(entry.source_path).parent
            if folder.is_dir():
                return str(folder)
        return start_folder()

    @Slot()
    def choose_and_import(self) -> ImportJob | None:
        """ファイル > 商品CSVを取り込む…: choose one or more files, then import them."""
        paths = open_file_names(
            self.window(),
            tr("商品CSVを取り込む"),
            tr("CSV ファイル (*.csv *.CSV);;すべてのファイル (*)"),
            self._start_dir(),
        )
        if not paths:
            return None
        return self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | Path]) -> ImportJob | None:
        """Import the files (all or nothing) in a worker, with a cancellable progress dialog."""
        files = [str(p) for p in paths]
        if not files:
            return None
        if self.busy:
            messages.information(
                self.window(), tr("取り込みまたは書き出しの途中です。終わってからもう一度どうぞ。")
            )
            return None
        job = ImportJob(files, self)
        self.import_job = job
        names = "、".join(Path(f).name for f in files)
        dialog = QProgressDialog(
            tr("{names} を取り込んでいます…").format(names=names),
            tr("キャンセル"),
            0,
            PROGRESS_STEPS,
            self.window(),
        )
        dialog.setObjectName("productImportProgress")
        dialog.setWindowTitle(tr("商品CSVの取り込み"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel_import)
        job.progressed.connect(self._import_progressed)
        self.progress_dialog = dialog
        self._set_busy(True)
        self.import_started.emit(job)
        operator = self.operator
        self.runner.start(
            IMPORT, lambda: import_files(files, operator=operator, progress=job.progress)
        )
        return job

    @Slot()
    def cancel_import(self) -> None:
        """キャンセル: the import stops at its next progress report and rolls back."""
        job = self.import_job
        if job is None:
            return
        job.cancel()
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setLabelText(tr("取り込みを中止しています…"))

    @Slot(object, object)
    def _import_progressed(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or self.import_job is None or self.import_job.cancelled:
            return
        dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total) if total else 0)
        names = "、".join(Path(f).name for f in self.import_job.paths)
        dialog.setLabelText(
            tr("{names} を取り込んでいます… {done} / {total}").format(
                names=names, done=size_text(done), total=size_text(total)
            )
        )

    def _import_finished(self, result: object) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel_import)
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
        job, self.import_job = self.import_job, None
        if job is not None:
            job.deleteLater()
        self._set_busy(False)
        if isinstance(result, ImportCancelled):
            text = str(result)
            self.result_label.setText(text)
            self.message.emit(text)
        elif isinstance(result, QsmError):  # ProductImportError: file, line, column, value
            messages.critical(self.window(), str(result))
        elif isinstance(result, Exception):
            messages.critical(
                self.window(),
                tr(
                    "取り込みできませんでした(何も取り込んでいません)。"
                    "ファイルをほかのアプリ(Excel など)で開いていれば閉じて、もう一度取り込んでください。"
                ),
                error_detail(result),
            )
        else:
            assert isinstance(result, list)
            self._check_after_search = True
            self.search()
            self.findings_summary.setText(tr("取り込みました。一覧の後にチェックします…"))
            messages.information(self.window(), import_summary(result))
        self.import_finished.emit(result)

    def refresh_imports(self) -> None:
        """The status line: the current file of each kind, and the import history as tooltip."""
        currents = {kind.slug: current_import(kind) for kind in KINDS}
        self.imports_label.setText(
            "   |   ".join(import_line(kind, currents[kind.slug]) for kind in KINDS)
        )
        history = import_log(limit=HISTORY_SHOWN)
        if history:
            lines = [tr("取り込みの履歴 (新しい順):")]
            lines += [
                tr("{at} {file} {rows} 行 [{encoding}] {by}{replaced}").format(
                    at=date_time(e.imported_at),
                    file=e.file_name,
                    rows=number(e.row_count),
                    encoding=ENCODING_LABELS.get(e.encoding, e.encoding),
                    by=e.imported_by,
                    replaced="" if e.is_current else tr(" (置き換え済み)"),
                )
                for e in history
            ]
            self.imports_label.setToolTip("\n".join(lines))
        else:
            self.imports_label.setToolTip("")
        for kind in KINDS:
            action = self.export_actions[kind.slug]
            action.setEnabled(currents[kind.slug] is not None and not self.busy)

    # -- Shift_JIS export ---------------------------------------------------------------------
    def export_kind(self, kind: FileKind) -> bool:
        """「… を Shift_JIS で書き出す…」: choose where, then export (in a worker)."""
        entry = current_import(kind)
        if entry is None:
            messages.critical(
                self.window(),
                tr(
                    "{file} はまだ取り込まれていません。先に取り込んでから書き出してください。"
                ).format(file=kind.file_name),
            )
            return False
        source = Path(entry.source_path)
        suggested = source.with_name(f"{source.stem}_sjis.csv")
        path = save_file_name(
            self.window(),
            tr("{file} を Shift_JIS で書き出す").format(file=kind.file_name),
            str(suggested),
            tr("CSV ファイル (*.csv)"),
        )
        if not path:
            return False
        return self.start_export(kind, path)

    def start_export(self, kind: FileKind, path: str, replace: str | None = None) -> bool:
        if self.busy:
            messages.information(
                self.window(), tr("取り込みまたは書き出しの途中です。終わってからもう一度どうぞ。")
            )
            return False
        self._export_request = (kind, path, replace)
        dialog = QProgressDialog(
            tr("{file} を Shift_JIS で書き出しています…").format(file=kind.file_name),
            "",
            0,
            0,
            self.window(),
        )
        dialog.setObjectName("productExportProgress")
        dialog.setWindowTitle(tr("Shift_JIS で書き出す"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self._set_busy(True)
        self.runner.start(EXPORT, lambda: export_sjis(kind, path, replace))
        return True

    def _export_finished(self, result: object) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
        request, self._export_request = self._export_request, None
        self._set_busy(False)
        if isinstance(result, ExportReport):
            replaced = (
                tr("、{count} 文字を「{char}」に置き換え").format(
                    count=number(result.replaced), char=request[2] if request else ""
                )
                if result.replaced
                else ""
            )
            messages.information(
                self.window(),
                tr("Shift_JIS (CP932) で書き出しました:\n{path}\n({rows} 行{replaced})").format(
                    path=result.path, rows=number(result.rows), replaced=replaced
                ),
            )
            self.exported.emit(result)
        elif isinstance(result, Cp932ExportError) and request is not None:
            self._offer_replacement(result, request[0], request[1])
        elif isinstance(result, QsmError):
            messages.critical(self.window(), str(result))
        elif isinstance(result, Exception):
            messages.critical(
                self.window(),
                tr(
                    "書き出せませんでした。保存先のフォルダーに書き込めるか、同じ名前のファイルを"
                    "ほかのアプリ(Excel など)で開いていないか確かめて、もう一度書き出してください。"
                ),
                error_detail(result),
            )

    def _offer_replacement(self, error: Cp932ExportError, kind: FileKind, path: str) -> bool:
        """Show the characters at fault and ask for a replacement character; retry with it."""
        text = offenders_text(error)
        while True:
            char, ok = QInputDialog.getItem(
                self.window(),
                tr("Shift_JIS で書けない文字"),
                text,
                list(REPLACEMENT_CHOICES),
                0,
                True,
            )
            if not ok:
                self.message.emit(tr("書き出しを中止しました(ファイルは作成していません)。"))
                return False
            try:
                check_replacement(char)
            except ValidationError as exc:
                messages.critical(self.window(), str(exc))
                continue
            return self.start_export(kind, path, char)

    # -- helpers for callers -------------------------------------------------------------------
    def kind_actions(self) -> list[QAction]:
        return [self.export_actions[kind.slug] for kind in KINDS]
