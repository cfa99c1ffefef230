"""The 商品/在庫 tab: the product CSVs (SPEC §7, §9) in the main window.

A thin GUI over :mod:`qsm_desktop.core.products`. :func:`install_products_view` adds to a
:class:`~qsm_desktop.gui.main_window.MainWindow`:

- the 「商品/在庫」 tab (:class:`ProductsView`): products with their options as a tree, search,
  the link check's findings (double-click → the product), 「プレビューの見本に使う」;
- in the ファイル menu: 「商品CSVを取り込む…」 and 「Shift_JIS で書き出す」 (one action per file);
- dropping .csv files anywhere on the window imports them (:class:`CsvDropHandler`);
- on closing the window: a running import is cancelled (it rolls back) and the workers finish.

The returned view's :attr:`ProductsView.sample_item_chosen` carries the chosen product/option as
``sample_item_values`` for the preview's sample order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject

from qsm_desktop.gui import messages
from qsm_desktop.gui.products.common import CONTEXT, tr
from qsm_desktop.gui.products.drops import CsvDropHandler, csv_paths, dropped_files
from qsm_desktop.gui.products.findings_model import FindingProxyModel, FindingTableModel
from qsm_desktop.gui.products.tree_model import ProductProxyModel, ProductTreeModel
from qsm_desktop.gui.products.view import DISPLAY_LIMIT, ProductsView
from qsm_desktop.gui.products.workers import ImportJob, TaskRunner

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow

__all__ = [
    "DISPLAY_LIMIT",
    "CsvDropHandler",
    "FindingProxyModel",
    "FindingTableModel",
    "ImportJob",
    "ProductProxyModel",
    "ProductTreeModel",
    "ProductsView",
    "TaskRunner",
    "csv_paths",
    "dropped_files",
    "install_products_view",
]

TAB_TITLE = QT_TRANSLATE_NOOP(CONTEXT, "商品/在庫")
STATUS_MS = 8000


class _WindowHooks(QObject):
    """Closing the window: ask about a running import, stop it, wait for the workers."""

    def __init__(self, window: MainWindow, view: ProductsView) -> None:
        super().__init__(window)
        self.setObjectName("productsWindowHooks")
        self.window = window
        self.view = view
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            view = self.view
            if view.import_job is not None and not messages.ask_yes_no(
                self.window,
                tr("商品CSVを取り込んでいます。中止して閉じますか?(何も取り込まれません)"),
                tr("中止して閉じる"),
                tr("取り込みを続ける"),
            ):
                event.ignore()
                return True
            view.save_layout()
            view.shutdown()
        return super().eventFilter(watched, event)


def install_products_view(window: MainWindow) -> ProductsView:
    """Add the 商品/在庫 tab, its ファイル menu actions and CSV drops to ``window``."""
    view = ProductsView(window.service.operator, settings=window.settings)
    view.tab_index = window.add_tab(view, tr(TAB_TITLE))
    view.restore_layout()

    # ファイル: 新規 / 保存 | 商品CSVを取り込む… / Shift_JIS で書き出す ▸ | 終了
    ui = window.ui
    menu = ui.menuFile
    if ui.actionQuit in menu.actions():
        separator = menu.insertSeparator(ui.actionQuit)
    else:
        separator = menu.addSeparator()
    menu.insertAction(separator, view.action_import)
    menu.insertMenu(separator, view.export_menu)

    def dropped(paths: list[str], others: list[str]) -> None:
        if view.import_paths(paths) is not None and others:
            names = "、".join(Path(f).name for f in others)
            view.message.emit(tr("CSV 以外のファイルは取り込みません: {names}").format(names=names))

    drop_handler = CsvDropHandler(window, dropped)
    # Tabs installed after this one bring their own line edits: watch those too once shown.
    ui.mainTabs.currentChanged.connect(lambda _index: drop_handler.watch(window))
    # Whatever started it (menu, button, drop), an import shows the tab it fills.
    view.import_started.connect(lambda _job: ui.mainTabs.setCurrentWidget(view))
    view.message.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    view.drop_handler = drop_handler
    view.window_hooks = _WindowHooks(window, view)
    return view
