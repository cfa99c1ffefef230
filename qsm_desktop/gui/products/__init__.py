"""The 商品/在庫 tab: the product CSVs (docs/rules.md §7, §9) in the main window.

A thin GUI over :mod:`qsm_desktop.core.products`. :func:`install_products_tab` adds to a
:class:`~qsm_desktop.gui.main_window.MainWindow`:

- the 「商品/在庫」 tab (:class:`ProductsView`): products with their options as a tree, search,
  the link check's findings (double-click → the product), 「プレビューの見本に使う」, which puts
  the chosen product/option into the edit form's preview as the sample order's item;
- in the ファイル menu: 「商品CSVを取り込む…」 and 「Shift_JIS で書き出す」 (one action per file);
- dropping .csv files anywhere on the window imports them (:class:`CsvDropHandler`);
- on closing the window: a running import is asked about (the window's close checks), then
  cancelled (it rolls back) and the workers finish (the window's ``closing``).

Nothing of this is needed for the window's first paint (start-up path: gui/start_sequence.py).
So the tab is a deferred tab of the main window: the view is imported and built when the tab is
first shown, or when a menu action or a drop needs it (:attr:`ProductsTab.view`, through
``window.tab_page``). Importing this package imports only the installer and the drop handler;
the view's classes are imported from their own modules (``gui/products/view.py`` …).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from qsm_desktop.gui import messages
from qsm_desktop.gui.products.common import (
    EXPORT_MENU_TEXT,
    IMPORT_ACTION_TEXT,
    IMPORT_ACTION_TIP,
)
from qsm_desktop.gui.products.drops import CsvDropHandler, csv_paths, dropped_files, is_csv
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.changes import ChangeEvent
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.products.view import ProductsView

__all__ = [
    "CsvDropHandler",
    "ProductsTab",
    "csv_paths",
    "dropped_files",
    "install_products_tab",
    "install_products_view",
    "is_csv",
]

TAB_TITLE = QT_TR_NOOP("商品/在庫")
STATUS_MS = 8000
SAMPLE_STATUS_MS = 10_000


def sample_status(values: dict[str, Any]) -> str:
    """The status bar's note once a product/option is the preview's sample item."""
    code = values.get("ITEM_CODE") or ""
    name = values.get("ITEM_NM") or ""
    option = values.get("OPTION_NM") or ""
    what = " ".join(part for part in (code, name) if part)
    if option:
        what += f" ({option})"
    return tr("プレビューの見本の商品: {what}(サンプル注文を選び直すと元に戻ります)").format(
        what=what
    )


class ProductsTab(QObject):
    """The 商品/在庫 tab of one main window: its deferred view, ファイル menu entries, CSV drops
    and closing checks. A child of the window: lives as long as it."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("productsTab")
        self.window = window
        self.context = ctx
        self._view: ProductsView | None = None
        self.tab_index = window.add_deferred_tab(tr(TAB_TITLE), self._make_view)

        # ファイル: 新規 / 保存 | 商品CSVを取り込む… / Shift_JIS で書き出す ▸ | 終了
        # QAction(parent) and setText: see gui/safety's _action.
        self.action_import = QAction(window)
        self.action_import.setText(tr(IMPORT_ACTION_TEXT))
        self.action_import.setObjectName("actionImportProducts")
        self.action_import.setStatusTip(tr(IMPORT_ACTION_TIP))
        self.action_import.triggered.connect(lambda _checked=False: self.view.choose_and_import())
        # The view's per-file export actions join this menu when the view is built; opening the
        # menu builds it (its actions know which files are imported).
        self.export_menu = QMenu(tr(EXPORT_MENU_TEXT), window)
        self.export_menu.setObjectName("menuExportSjis")
        self.export_menu.aboutToShow.connect(lambda: self.view)
        window.add_file_actions([self.action_import, self.export_menu])

        self.drop_handler = CsvDropHandler(window, self._dropped)
        # Tabs installed after this one bring their own line edits: watch those too once shown.
        window.page_shown.connect(lambda _index: self.drop_handler.watch(window))
        window.add_close_check(self._may_close)
        window.closing.connect(self._window_closing)
        window.store_changed.connect(self._store_changed)

    @property
    def view(self) -> ProductsView:
        """The 商品/在庫 view (imported, built and put in its tab on first use)."""
        if self._view is None:
            self.window.tab_page(self.tab_index)  # calls _make_view
        assert self._view is not None
        return self._view

    @property
    def built(self) -> bool:
        return self._view is not None

    def _make_view(self) -> ProductsView:
        from qsm_desktop.gui.products.view import ProductsView

        window = self.window
        # The operator is asked for at each import: 担当者名の設定 may change it meanwhile.
        ctx = self.context
        view = ProductsView(lambda: ctx.operator, settings=window.settings)
        view.tab_index = self.tab_index
        view.restore_layout()
        for action in view.kind_actions():
            self.export_menu.addAction(action)
        # The menu's 取り込む follows the view's (disabled while an import or export runs).
        view.action_import.enabledChanged.connect(self.action_import.setEnabled)
        self.action_import.setEnabled(view.action_import.isEnabled())
        # Whatever started it (menu, button, drop), an import shows the tab it fills.
        view.import_started.connect(lambda _job: window.show_page(view))
        view.message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
        view.sample_item_chosen.connect(self._use_as_sample)
        self._view = view
        return view

    # -- the window's parts ------------------------------------------------------------------
    def _dropped(self, paths: list[str], others: list[str]) -> None:
        view = self.view
        if view.import_paths(paths) is not None and others:
            names = "、".join(Path(f).name for f in others)
            view.message.emit(tr("CSV 以外のファイルは取り込みません: {names}").format(names=names))

    @Slot(dict)
    def _use_as_sample(self, values: dict[str, Any]) -> None:
        """「プレビューの見本に使う」: the edit form's preview shows the chosen item."""
        window = self.window
        window.form.preview.set_item_values(values)
        window.show_registrations()
        window.statusBar().showMessage(sample_status(values), SAMPLE_STATUS_MS)

    # -- closing -------------------------------------------------------------------------------
    def _may_close(self) -> bool:
        """Asked before the window closes: a running import stops only if the seller says so."""
        view = self._view
        if view is None or view.import_job is None:
            return True
        return messages.ask_yes_no(
            self.window,
            tr("商品CSVを取り込んでいます。中止して閉じますか?(何も取り込まれません)"),
            tr("中止して閉じる"),
            tr("取り込みを続ける"),
        )

    @Slot(object)
    def _store_changed(self, event: ChangeEvent) -> None:
        # A restore (or another process) may have replaced the imported files: a view built
        # already reads them again, unless its own import or export is running (it reads
        # them when that ends). Its own imports announce "products", which it has shown.
        view = self._view
        if event.topic == "store" and view is not None and not view.busy:
            view.reload()

    @Slot()
    def _window_closing(self) -> None:
        view = self._view
        if view is not None:
            view.save_layout()
            view.shutdown()


def install_products_tab(window: MainWindow, ctx: AppContext) -> ProductsTab:
    """Add the 商品/在庫 tab (built on first use), its ファイル menu actions and CSV drops."""
    return ProductsTab(window, ctx)


def install_products_view(window: MainWindow, ctx: AppContext) -> ProductsView:
    """:func:`install_products_tab` with the view built now."""
    return install_products_tab(window, ctx).view
