"""The 商品/在庫 tab: the imported products and their options, the link check, import and export.

A thin view over :mod:`qsm_desktop.core.products`. Its layout is ``ui/products_view.ui``; its
behaviour is three parts, one per purpose, each working on the form's widgets:

- :class:`~.browse.ProductBrowser` — 【検索】, the tree of products and options, the selection,
  「プレビューの見本に使う」;
- :class:`~.findings.FindingsPanel` — 【リンクチェック】 and its findings (double-click → product);
- :class:`~.jobs.ProductJobs` — importing the CSVs and exporting them as Shift_JIS.

Every slow call of the core runs in one :class:`~.workers.TaskRunner` (typing and scrolling never
wait for the database); this class starts the parts, hands each its finished tasks, joins them
(after an import: the list, then the link check) and keeps the tab's layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from qsm_desktop.core.products.checks import (
    Finding,
)
from qsm_desktop.core.products.columns import (
    FileKind,
)
from qsm_desktop.core.products.errors import (
    ImportCancelled,
)
from qsm_desktop.core.products.query import (
    Product,
)
from qsm_desktop.core.products.records import (
    OptionRow,
)
from qsm_desktop.gui.generated.ui_products_view import Ui_ProductsView
from qsm_desktop.gui.products.browse import DISPLAY_LIMIT, ProductBrowser
from qsm_desktop.gui.products.common import CHECK, EXPORT, IMPORT, SEARCH
from qsm_desktop.gui.products.findings import FindingsPanel
from qsm_desktop.gui.products.findings_model import FindingProxyModel, FindingTableModel
from qsm_desktop.gui.products.jobs import ProductJobs
from qsm_desktop.gui.products.tree_model import ProductProxyModel, ProductTreeModel
from qsm_desktop.gui.products.workers import ImportJob, TaskRunner
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.view_settings import ViewSettings

__all__ = ["CHECK", "DISPLAY_LIMIT", "EXPORT", "IMPORT", "SEARCH", "ProductsView"]

TREE_HEADER = "products_tree"
FINDINGS_HEADER = "products_findings"
SPLITTER = "productsSplitter"
SPLITTER_STRETCH = (3, 2)  # the tree, the findings


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
        self.ui = ui = Ui_ProductsView()
        ui.setupUi(self)
        self.setObjectName("productsView")
        self._operator = operator
        self.settings = settings
        self.tab_index = -1  # set by the installer (gui/products/__init__.py)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        for position, stretch in enumerate(SPLITTER_STRETCH):
            ui.productsSplitter.setStretchFactor(position, stretch)

        self.browser = ProductBrowser(ui, self.runner, self)
        self.findings_panel = FindingsPanel(ui, self.runner, self.browser.show_product, self)
        self.jobs = ProductJobs(ui, self.runner, lambda: self.operator, self)
        self.jobs.imported.connect(self._imported)
        for part_signal, own in (
            (self.browser.searched, self.searched),
            (self.browser.product_shown, self.product_shown),
            (self.browser.sample_item_chosen, self.sample_item_chosen),
            (self.browser.message, self.message),
            (self.findings_panel.checked, self.checked),
            (self.findings_panel.message, self.message),
            (self.jobs.import_started, self.import_started),
            (self.jobs.import_finished, self.import_finished),
            (self.jobs.exported, self.exported),
            (self.jobs.message, self.message),
        ):
            part_signal.connect(own)

        # The form's widgets and actions under the names callers (the installer, tests) use.
        self.search_edit = ui.productSearchEdit
        self.search_button = ui.productSearchButton
        self.result_label = ui.productResultLabel
        self.sample_button = ui.useAsSampleButton
        self.tree = ui.productTree
        self.findings_summary = ui.findingsSummaryLabel
        self.severity_filter = ui.findingSeverityFilter
        self.check_button = ui.productCheckButton
        self.findings_view = ui.productFindingsTable
        self.detail_label = ui.findingDetailLabel
        self.imports_label = ui.productImportsLabel
        self.splitter = ui.productsSplitter
        self.import_button = ui.productImportButton
        self.export_button = ui.productExportButton
        self.action_import = ui.actionImportProducts
        self.action_sample = ui.actionUseAsSample

    @property
    def operator(self) -> str:
        """The name recorded with an import (取り込み者)."""
        return self._operator if isinstance(self._operator, str) else self._operator()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.browser.loaded:  # the first list is read when the tab is first shown
            self.search()

    # -- the parts' workers --------------------------------------------------------------------
    @Slot(str, object)
    def _on_finished(self, name: str, result: object) -> None:
        if name == SEARCH:
            self.browser.search_finished(result)
        elif name == CHECK:
            self.findings_panel.check_finished(result)
        elif name == IMPORT:
            self.jobs.import_finished_in_worker(result)
        elif name == EXPORT:
            self.jobs.export_finished_in_worker(result)

    @Slot(object)
    def _imported(self, result: object) -> None:
        """An import ended (before its message shows): list the products, then check them."""
        if isinstance(result, ImportCancelled):
            self.browser.show_note(str(result))
            return
        self.browser.search_then(self.findings_panel.run_check)
        self.findings_panel.show_note(tr("取り込みました。一覧の後にチェックします…"))

    def wait_for_workers(self, msecs: int = 30000) -> bool:
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        """Before the window closes: stop a running import (it rolls back) and wait for all."""
        if self.jobs.import_job is not None:
            self.jobs.import_job.cancel()
        self.wait_for_workers()

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

    # -- what callers use (each part keeps its own state) ---------------------------------------
    @property
    def tree_model(self) -> ProductTreeModel:
        return self.browser.tree_model

    @property
    def tree_proxy(self) -> ProductProxyModel:
        return self.browser.tree_proxy

    @property
    def truncated(self) -> bool:
        return self.browser.truncated

    @property
    def finding_model(self) -> FindingTableModel:
        return self.findings_panel.finding_model

    @property
    def finding_proxy(self) -> FindingProxyModel:
        return self.findings_panel.finding_proxy

    @property
    def findings(self) -> list[Finding] | None:
        return self.findings_panel.findings

    @property
    def import_job(self) -> ImportJob | None:
        return self.jobs.import_job

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self.jobs.progress_dialog

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def search(self) -> int:
        return self.browser.search()

    def current_item(self) -> tuple[Product, OptionRow | None] | None:
        return self.browser.current_item()

    def use_selected_as_sample(self) -> dict[str, str] | None:
        return self.browser.use_selected_as_sample()

    def show_product(self, item_no: str, line: int | None = None) -> bool:
        return self.browser.show_product(item_no, line)

    def run_check(self) -> int:
        return self.findings_panel.run_check()

    def show_finding(self, finding: Finding) -> bool:
        return self.findings_panel.show_finding(finding)

    def choose_and_import(self) -> ImportJob | None:
        return self.jobs.choose_and_import()

    def import_paths(self, paths: Sequence[str | Path]) -> ImportJob | None:
        return self.jobs.import_paths(paths)

    def cancel_import(self) -> None:
        self.jobs.cancel_import()

    def refresh_imports(self) -> None:
        self.jobs.refresh_imports()

    def reload(self) -> None:
        """The store was replaced under the view (a restore, another process): the imported
        files, the product list and, when one is shown, the link check read again."""
        self.refresh_imports()
        if self.findings is not None:
            self.browser.search_then(self.findings_panel.run_check)
        else:
            self.search()

    def export_kind(self, kind: FileKind) -> bool:
        return self.jobs.export_kind(kind)

    def start_export(self, kind: FileKind, path: str, replace: str | None = None) -> bool:
        return self.jobs.start_export(kind, path, replace)

    def kind_actions(self) -> list[QAction]:
        return self.jobs.kind_actions()
