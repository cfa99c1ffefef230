"""The safety views: 設定チェック, 送信先の一括変更, QSMから読み込み and QSMへの反映.

A thin GUI over :mod:`qsm_desktop.core.safety`. :func:`install_safety_views` adds to a
:class:`~qsm_desktop.gui.main_window.MainWindow`, on the application context's service:

- the 「設定チェック」 tab (:class:`SetupCheckView`): the coverage matrix and the findings, each
  opening its registration in the edit form; re-checked (debounced, in a worker thread, only
  while visible) whenever a change is reported;
- the 「QSMへの反映」 tab (:class:`ChecklistView`): the change checklist, ticked off item by item,
  copied as text, printed or saved as HTML, or marked applied;
- the dialogs 「送信先の一括変更」 (:class:`BulkAddressDialog`) and 「QSMから読み込み」
  (:class:`QsmImportDialog`), whose ChangeReport goes to ``window.apply_report``;
- a 「ツール」 menu with the four.

Every write the change bus announces (a save in the form, 使用 = N, these dialogs, the checklist,
another process) marks both tabs out of date; each refreshes when it is shown.

Nothing of this is needed for the first paint, and importing it means importing the setup check
and through it the template engine (start-up path: gui/start_sequence.py). So
:func:`install_safety_views` adds only the two tabs, as deferred tabs of the main window, and the
menu; a view's module is imported and the view built when its tab is first shown or when
something asks for it (:attr:`SafetyViews.check_view`, :attr:`SafetyViews.checklist_view`, a
menu action). The dialogs are imported when first opened. Import a view's class from its own
module (``gui/safety/check_view.py`` …): this package names only the installer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from qsm_desktop.core.vocabulary import TEXT_FIELDS
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.registrations import ChangeReport
    from qsm_desktop.core.safety import ImportResult
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.safety.address_dialog import BulkAddressDialog
    from qsm_desktop.gui.safety.check_view import SetupCheckView
    from qsm_desktop.gui.safety.checklist_view import ChecklistView
    from qsm_desktop.gui.safety.import_dialog import QsmImportDialog

__all__ = ["SafetyViews", "install_safety_views"]


class SafetyViews(QObject):
    """The safety tabs, dialogs and menu of one main window, and the wiring between them."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("safetyViews")
        self.window = window
        self.context = ctx
        self.bulk_dialog: BulkAddressDialog | None = None
        self.import_dialog: QsmImportDialog | None = None
        self._check_view: SetupCheckView | None = None
        self._checklist_view: ChecklistView | None = None

        self.check_tab = window.add_deferred_tab(tr("設定チェック"), self._create_check_view)
        self.checklist_tab = window.add_deferred_tab(tr("QSMへの反映"), self._create_checklist_view)

        self.menu = QMenu(tr("ツール(&T)"), window)
        self.menu.setObjectName("menuTools")
        window.add_menu(self.menu)
        self.action_check = self._action(
            "actionSetupCheck",
            tr("設定チェック(&C)"),
            tr("送信先 × お知らせ種類の一覧と、注文が届かなくなる設定の問題点を表示します"),
            self.show_check,
        )
        self.action_bulk_address = self._action(
            "actionBulkAddress",
            tr("送信先の一括変更…(&A)"),
            tr("あるアドレスを使っているすべての登録の送信先を、別のアドレスに変更します"),
            self.open_bulk_address,
        )
        self.action_qsm_import = self._action(
            "actionQsmImport",
            tr("QSMから読み込み…(&I)"),
            tr("J・QSMのお知らせ設定データを貼り付けて取り込みます"),
            self.open_qsm_import,
        )
        self.action_checklist = self._action(
            "actionChecklist",
            tr("QSMへの反映(&R)"),
            tr("J・QSMで行う変更のチェックリストを表示します"),
            self.show_checklist,
        )
        self.menu.insertSeparator(self.action_bulk_address)
        self.menu.insertSeparator(self.action_checklist)

        # Every write the change bus announces marks the tabs out of date (whoever wrote: the
        # form, a dialog, the checklist, another process).
        window.store_changed.connect(self._changed)
        window.closing.connect(self._window_closing)

    # -- the views, built on first need ---------------------------------------------------------
    @property
    def check_view(self) -> SetupCheckView:
        """The 設定チェック view (imported, built and put in its tab on first use)."""
        if self._check_view is None:
            self.window.tab_page(self.check_tab)  # calls _create_check_view
        assert self._check_view is not None
        return self._check_view

    @property
    def checklist_view(self) -> ChecklistView:
        """The QSMへの反映 view (imported, built and put in its tab on first use)."""
        if self._checklist_view is None:
            self.window.tab_page(self.checklist_tab)  # calls _create_checklist_view
        assert self._checklist_view is not None
        return self._checklist_view

    def _create_check_view(self) -> SetupCheckView:
        from qsm_desktop.gui.safety.check_view import SetupCheckView

        view = SetupCheckView()
        view.restore_layout(self.window.settings)
        view.openRequested.connect(self.open_registration)
        view.bulkAddressRequested.connect(self.open_bulk_address)
        self._check_view = view
        return view

    def _create_checklist_view(self) -> ChecklistView:
        from qsm_desktop.gui.safety.checklist_view import ChecklistView

        view = ChecklistView()
        view.restore_layout(self.window.settings)
        view.openRequested.connect(self.open_registration)
        self._checklist_view = view
        return view

    def _built_views(self) -> list[SetupCheckView | ChecklistView]:
        return [v for v in (self._check_view, self._checklist_view) if v is not None]

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        # QAction(parent) and setText, not QAction(text, parent): choosing among the overloads
        # that take an icon makes QIcon's Python type (start-up path: gui/start_sequence.py).
        action = QAction(self.window)
        action.setText(text)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    # -- changes ------------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        # A view not built yet starts out of date anyway.
        for view in self._built_views():
            view.invalidate()

    def apply_report(self, report: ChangeReport) -> None:
        """A change made by a safety dialog: to the grid at once (one batch, however many rows);
        the tabs hear of it from the change bus."""
        self.window.apply_report(report)

    # -- tabs -----------------------------------------------------------------------------------
    @Slot()
    def show_check(self) -> None:
        view = self.check_view
        self.window.show_page(view)
        if view.stale and not view.pending:
            view.run_check()

    @Slot()
    def show_checklist(self) -> None:
        self.window.show_page(self.checklist_view)

    def open_registration(
        self, reg_id: int, field: str = "", line: int = 0, column: int = 0
    ) -> bool:
        """Open a registration in the edit form on the first tab (and go to a finding's place)."""
        window = self.window
        window.show_registrations()
        if not window.open_registration(reg_id):
            return False
        if field in TEXT_FIELDS:
            window.form.move_to(field, max(1, line), max(1, column))
        return True

    # -- dialogs ---------------------------------------------------------------------------------
    @Slot()
    def open_bulk_address(self, old: str = "") -> BulkAddressDialog:
        dialog = self.bulk_dialog
        if dialog is None:
            from qsm_desktop.gui.safety.address_dialog import BulkAddressDialog

            dialog = BulkAddressDialog(self.context.service, self.window, old=old)
            dialog.applied.connect(self.apply_report)
            dialog.finished.connect(self._bulk_finished)
            self.bulk_dialog = dialog
            dialog.open()
        else:
            if old:
                dialog.old_combo.setEditText(old)
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    @Slot(int)
    def _bulk_finished(self, _result: int) -> None:
        dialog, self.bulk_dialog = self.bulk_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot()
    def open_qsm_import(self) -> QsmImportDialog:
        dialog = self.import_dialog
        if dialog is None:
            from qsm_desktop.gui.safety.import_dialog import QsmImportDialog

            dialog = QsmImportDialog(self.context.service, self.window)
            dialog.applied.connect(self._imported)
            dialog.finished.connect(self._import_finished)
            self.import_dialog = dialog
            dialog.open()
        else:
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    @Slot(int)
    def _import_finished(self, _result: int) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _imported(self, result: ImportResult) -> None:
        self.apply_report(result.report)

    # -- closing ---------------------------------------------------------------------------------
    @Slot()
    def _window_closing(self) -> None:
        # window.closing comes after every question was answered yes: stopping is safe now.
        self.save_layout()
        self.shutdown()

    def shutdown(self) -> None:
        """No check or rebuild left pending (the window is closing)."""
        for view in self._built_views():
            view.stop()

    def save_layout(self) -> None:
        """The built views' layout (a view never built keeps the layout remembered before)."""
        settings = self.window.settings
        for view in self._built_views():
            view.save_layout(settings)


def install_safety_views(window: MainWindow, ctx: AppContext) -> SafetyViews:
    """Add the 設定チェック and QSMへの反映 tabs, the ツール menu and their wiring to ``window``."""
    return SafetyViews(window, ctx)  # a child of the window: lives as long as it
