"""The main window: a tab widget whose first tab is お知らせ設定データ (search, grid, edit form).

Further tabs (商品/在庫, the setup check) are added with :meth:`MainWindow.add_tab` without
touching this tab, or with :meth:`MainWindow.add_deferred_tab` when the view should be imported
and built only once the tab is first shown. The grid (gui/registration_grid.py) reads through
``core/grid_query.py`` and refreshes exactly the rows a ChangeReport or a change event names.

Start-up paints the search bar and the grid first; the database is opened fully, the edit form
built and ``first_painted`` sent right after that first paint. The whole sequence, and why,
is described in ``gui/start_sequence.py``, which runs it for the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from qsm_desktop.core.errors import QsmError
from qsm_desktop.gui import form_navigation, status_texts, stop_forwarding, window_layout
from qsm_desktop.gui.deferred_tabs import DeferredTabs
from qsm_desktop.gui.generated.ui_main_window import Ui_MainWindow
from qsm_desktop.gui.outside_writes import OutsideWrites
from qsm_desktop.gui.registration_grid import RegistrationGrid
from qsm_desktop.gui.start_sequence import StartSequence
from qsm_desktop.gui.table_look import viewport_of
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.view_settings import ViewSettings

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.changes import ChangeEvent
    from qsm_desktop.core.grid_query import GridRow
    from qsm_desktop.core.registrations import ChangeReport, RegistrationService
    from qsm_desktop.gui.change_signal import ChangeSignal
    from qsm_desktop.gui.preview import RenderFunction
    from qsm_desktop.gui.registration_form import RegistrationForm

FORM_SLOT = "formSlot"
GRID_STRETCH, FORM_STRETCH = 2, 3  # how the main splitter shares a change of window height


class MainWindow(QMainWindow):
    # Once, when the start-up is finished (gui/start_sequence.py): right after the grid's first
    # paint, or a moment after a window that does not paint is shown, with the database fully
    # open and the form built. What the first paint does not need is added then (gui/app.py).
    first_painted = Signal()
    # Once the window is about to close, after every question (unsaved form, close checks) was
    # answered yes: the other views stop their work and remember their layout now.
    closing = Signal()
    # A tab became the current one (its view built by then, if it was deferred).
    page_shown = Signal(int)
    # News from the change bus (a ChangeEvent), on the GUI thread, once the grid has refreshed
    # what it names: the form, the preview and the other views listen here.
    store_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        settings: ViewSettings,
        parent: QWidget | None = None,
        *,
        render: RenderFunction | None = None,
        first_rows: list[GridRow] | None = None,
        first_version: int | None = None,
        open_service: Callable[[], RegistrationService | None] | None = None,
    ) -> None:
        """The window over the application context ``ctx``: its database open already, or (the
        fast start, see the module docstring) ``first_rows``, the grid's rows for the default
        criteria (every registration), read at the store's version ``first_version``, and
        ``open_service``, which opens it and says why not to the seller."""
        if not ctx.is_open and (first_rows is None or open_service is None):
            raise ValueError("MainWindow needs an open database, or first_rows and open_service")
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = ctx
        self._service: RegistrationService | None = None
        # The change bus as a signal (gui/change_signal), made with the service: importing it
        # costs the first paint nothing that way.
        self.changes: ChangeSignal | None = None
        self.settings = settings
        self.last_report: ChangeReport | None = None
        self._close_checks: list[Callable[[], bool]] = []  # see add_close_check
        ui = self.ui

        self._count_label = QLabel(self)
        self._count_label.setObjectName("rowCountLabel")
        self._saved_label = QLabel(self)
        self._saved_label.setObjectName("lastSavedLabel")
        self.statusBar().addWidget(self._saved_label, 1)
        self.statusBar().addPermanentWidget(self._count_label)

        table = ui.registrationTable
        self.grid = RegistrationGrid(ui, self._count_label, self.editing_id, self)
        self.model, self.proxy = self.grid.model, self.grid.proxy
        table.addAction(ui.actionOpen)
        table.addAction(ui.actionStopForwarding)
        table.installEventFilter(self)  # Enter, F2, Delete
        # The database opened fully and the form built after the grid's first paint.
        self._start = StartSequence(
            viewport_of(table),
            self,
            open_service=open_service,
            opened=self._service_opened,
            is_open=lambda: self._service is not None,
            build=self._create_form,
            finished=self.first_painted.emit,
        )
        self.outside_writes = OutsideWrites(self)

        self._render = render
        self._form: RegistrationForm | None = None
        self._form_slot = QWidget(ui.mainSplitter)
        self._form_slot.setObjectName(FORM_SLOT)
        ui.mainSplitter.addWidget(self._form_slot)
        ui.mainSplitter.setStretchFactor(0, GRID_STRETCH)
        ui.mainSplitter.setStretchFactor(1, FORM_STRETCH)

        ui.searchButton.clicked.connect(self.search)
        ui.addressFilter.returnPressed.connect(self.search)
        ui.newButton.clicked.connect(self.new_registration)
        ui.actionNew.triggered.connect(self.new_registration)
        ui.actionSave.triggered.connect(self._save_form)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFindAddress.triggered.connect(self.focus_address_filter)
        ui.actionOpen.triggered.connect(self.open_current)
        ui.actionStopForwarding.triggered.connect(self.stop_forwarding)
        ui.actionSearch.triggered.connect(self.search)
        ui.actionResetColumns.triggered.connect(self.reset_columns)
        ui.actionAbout.triggered.connect(self.about)
        table.doubleClicked.connect(self._double_clicked)
        self.tabs = DeferredTabs(ui.mainTabs, self)
        self.tabs.page_shown.connect(self.page_shown)

        window_layout.restore(self)
        if first_rows is not None:
            self.grid.show_first(first_rows, first_version)
        else:
            self._service_opened(ctx.service)
            self.search()

    # -- the service (the database fully open) ----------------------------------------------------
    @property
    def service(self) -> RegistrationService:
        """The registrations service; the database is opened now if it was not yet."""
        if self._service is None:
            self._start.open_now()
        if self._service is None:
            raise QsmError(tr("データベースを開けませんでした。"))
        return self._service

    def _service_opened(self, service: RegistrationService) -> None:
        from qsm_desktop.gui.change_signal import ChangeSignal

        self._service = service
        self.changes = ChangeSignal(self.context.bus, self)
        self.changes.changed.connect(self._store_changed)
        self.outside_writes.start(self.context, self.changes)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.outside_writes.check()

    # -- what installers add (menus, actions, tabs) ------------------------------------------------
    def add_menu(self, menu: QMenu) -> None:
        """A menu of its own in the menu bar, before ヘルプ."""
        self.ui.menuBar.insertMenu(self.ui.menuHelp.menuAction(), menu)

    def add_file_actions(self, actions: list[QAction | QMenu]) -> None:
        """Entries of the ファイル menu, as a group of their own just before 終了."""
        menu, quit_action = self.ui.menuFile, self.ui.actionQuit
        separator = menu.insertSeparator(quit_action)
        for item in actions:
            if isinstance(item, QMenu):
                menu.insertMenu(separator, item)
            else:
                menu.insertAction(separator, item)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._start.window_shown()

    # -- the edit form (built after the first paint, or when first needed) ---------------------
    @property
    def form(self) -> RegistrationForm:
        """The edit form below the grid, built now if the window has not built it yet."""
        if self._form is None:
            self._create_form()
        assert self._form is not None
        return self._form

    @property
    def built_form(self) -> RegistrationForm | None:
        """The edit form if it is built (None: not yet, and nothing is open in it)."""
        return self._form

    def editing_id(self) -> int | None:
        """The registration open in the form (None while the form is not built: nothing is)."""
        return self._form.editing_id if self._form is not None else None

    @Slot()
    def _create_form(self) -> None:
        if self._form is not None:
            return
        from qsm_desktop.gui.registration_form import RegistrationForm

        form = RegistrationForm(self.service, self, render=self._render)
        # The form takes the stand-in's place, size (restored or default) and stretch. On screen,
        # the sizes are asked for again, so that the splitter fits them to the form's minimum
        # as it did when the form was there from the start; before the first show, the sizes
        # asked for at start-up are still pending and apply as they are.
        splitter = self.ui.mainSplitter
        sizes = splitter.sizes()
        old = splitter.replaceWidget(splitter.indexOf(self._form_slot), form)
        if old is not None:
            old.deleteLater()
        splitter.setStretchFactor(1, FORM_STRETCH)
        if splitter.isVisible():
            splitter.setSizes(sizes)
        self._form = form
        # In the keyboard order where the form always was: right after the grid.
        QWidget.setTabOrder(self.ui.registrationTable, form)
        form.saved.connect(self.apply_report)
        self.store_changed.connect(form.store_changed)
        selection = self.ui.registrationTable.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        window_layout.restore_form(self)
        # The template engine (preview, highlighting, placeholder list) loads once the window is
        # up, so that starting the app does not wait for it.
        QTimer.singleShot(50, form, form.ensure_helpers)

    @Slot()
    def _save_form(self) -> None:
        self.form.save()

    # -- tabs (gui/deferred_tabs.py) --------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another view (商品/在庫, setup check …) beside お知らせ設定データ."""
        return self.tabs.add(widget, title)

    def add_deferred_tab(self, title: str, build: Callable[[], QWidget]) -> int:
        """A tab whose view ``build()`` makes when the tab is first shown or :meth:`tab_page`
        asks: until then it costs nothing at start-up, its imports included."""
        return self.tabs.add_deferred(title, build)

    def tab_page(self, index: int) -> QWidget | None:
        """The view of tab ``index``; a deferred tab's view is built now if it is not yet."""
        return self.tabs.page(index)

    def show_page(self, page: QWidget) -> None:
        """Make the tab holding ``page`` (a view from :meth:`tab_page`) the current one."""
        self.ui.mainTabs.setCurrentWidget(page)

    def show_registrations(self) -> None:
        """The お知らせ設定データ tab (grid and form) to the front."""
        self.ui.mainTabs.setCurrentIndex(0)

    # -- search and grid -----------------------------------------------------------------------------
    @Slot()
    def search(self) -> None:
        """【検索】 with the criteria above the grid."""
        if self._service is None:
            self._start.open_now()  # never a peewee read before the database is fully open
            if self._service is None:
                return
        self.grid.search()

    def select_registration(self, reg_id: int) -> bool:
        return self.grid.select(reg_id)

    def current_id(self) -> int | None:
        return self.grid.current_id()

    @Slot(object)
    def apply_report(self, report: ChangeReport) -> None:
        """A write this window asked for: its rows at once (the change bus' news of it comes a
        moment later and finds them current), the saved row selected, what was saved said."""
        self.last_report = report
        self.grid.apply_report(report)
        if report.registrations:
            self._saved_label.setText(status_texts.saved_text(report))

    @Slot(object)
    def _store_changed(self, event: ChangeEvent) -> None:
        """News from the change bus: the grid refreshes what it names (or, another process, a
        restore: anything may have changed, the search runs again with the same criteria),
        then the form, the preview and the other views hear of it."""
        if self.grid.store_changed(event, self.service):
            self.search()
        self.store_changed.emit(event)

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        form_navigation.keep_unsaved_row(self, current)

    # -- opening, new, leaving (gui/form_navigation.py) ------------------------------------------------
    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        reg_id = self.proxy.id_at(index.row()) if index.isValid() else None
        if reg_id is not None:
            self.open_registration(reg_id)

    @Slot()
    def open_current(self) -> None:
        reg_id = self.current_id()
        if reg_id is not None:
            self.open_registration(reg_id)

    def open_registration(self, reg_id: int) -> bool:
        """Show a registration in the form (asking first about unsaved changes)."""
        return form_navigation.open_registration(self, reg_id)

    @Slot()
    def new_registration(self) -> bool:
        """新規: an empty form (asking first about unsaved changes)."""
        return form_navigation.new_registration(self)

    def maybe_leave_form(self) -> bool:
        """保存 / 破棄 / キャンセル when the form has unsaved changes; True = go ahead."""
        return form_navigation.maybe_leave_form(self)

    # -- 使用 = N instead of delete (gui/stop_forwarding.py) ------------------------------------------
    @Slot()
    def stop_forwarding(self) -> None:
        """「転送を止める(使用=N)」: what the FAQ offers instead of deleting."""
        stop_forwarding.stop_forwarding(self)

    def explain_no_delete(self) -> None:
        """The Delete key: explain that registrations cannot be deleted and offer 使用 = N."""
        stop_forwarding.explain_no_delete(self)

    # -- keyboard ----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.registrationTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.open_current()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.explain_no_delete()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def focus_address_filter(self) -> None:
        self.ui.addressFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.addressFilter.selectAll()

    @Slot()
    def reset_columns(self) -> None:
        """表示 > 列を元に戻す (gui/window_layout.py)."""
        window_layout.reset_columns(self)

    # -- window --------------------------------------------------------------------------------------------
    def add_close_check(self, may_close: Callable[[], bool]) -> None:
        """A question asked before the window closes (after the form's unsaved changes):
        ``may_close()`` False keeps the window open. Work to stop on closing goes to
        :attr:`closing`, which is sent only once every check said yes."""
        self._close_checks.append(may_close)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every question first, then the shutdown: a seller who answers キャンセル to any of them
        # keeps a window whose views still run (an import goes on, the checks stay scheduled).
        if not self.maybe_leave_form() or not all(check() for check in self._close_checks):
            event.ignore()
            return
        self.closing.emit()
        self.outside_writes.stop()
        window_layout.save(self)
        self._start.stop()  # a window closed before its first paint starts nothing more
        if self._form is not None:
            self._form.preview.wait_for_worker()
        event.accept()

    @Slot()
    def about(self) -> None:
        from qsm_desktop.gui.about_box import show_about  # off the start-up path

        show_about(self)
