"""The main window: a tab widget whose first tab is お知らせ設定データ (search, grid, edit form).

Further tabs (商品/在庫, the setup check) are added with :meth:`MainWindow.add_tab` without
touching this tab, or with :meth:`MainWindow.add_deferred_tab` when the view should be imported
and built only once the tab is first shown. The grid talks to the core through ``grid_query.search_rows`` (reading) and
the form's ``saved`` signal (a ChangeReport), which refreshes exactly the rows that changed.

Start-up paints the search bar and the grid first; the database is opened fully, the edit form
built and ``first_painted`` sent right after that first paint. The whole sequence, and why,
is described in ``gui/start_sequence.py``, which runs it for the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMenu, QWidget

from qsm_desktop.core import grid_query
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.grid_query import GridRows
from qsm_desktop.core.vocabulary import GROUPS, KINDS
from qsm_desktop.gui import messages, status_texts, stop_forwarding
from qsm_desktop.gui.deferred_tabs import DeferredTabs
from qsm_desktop.gui.generated.ui_main_window import Ui_MainWindow
from qsm_desktop.gui.grid_columns import apply_default_columns
from qsm_desktop.gui.messages import UnsavedChoice
from qsm_desktop.gui.registration_model import (
    STOP_ICON_SIZE,
    RegistrationProxyModel,
    RegistrationTableModel,
)
from qsm_desktop.gui.start_sequence import StartSequence
from qsm_desktop.gui.table_look import compact_rows, viewport_of
from qsm_desktop.gui.view_settings import ViewSettings

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.changes import ChangeEvent
    from qsm_desktop.core.grid_query import GridRow
    from qsm_desktop.core.registrations import ChangeReport, RegistrationService
    from qsm_desktop.core.store_watch import OutsideWrites
    from qsm_desktop.gui.change_signal import ChangeSignal
    from qsm_desktop.gui.preview import RenderFunction
    from qsm_desktop.gui.registration_form import RegistrationForm

_CONTEXT = "MainWindow"
WINDOW = "main_window"
GRID = "registration_grid"
SPLITTERS = ("mainSplitter", "formSplitter", "bodySplitter", "previewSplitter")
FORM_SPLITTERS = SPLITTERS[1:]  # inside the form: restored when the form is built
FORM_SLOT = "formSlot"
GRID_STRETCH, FORM_STRETCH = 2, 3  # how the main splitter shares a change of window height
# How often the window looks for writes of another process (the CLI, a second program, a
# colleague on a shared server) besides each time it is activated: the watch says
# (core/store_watch.py: SQLite 5 s, PostgreSQL 250 ms).


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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
        self._disabled_rows = 0  # rows in the grid with 使用 = N (for the status bar)
        # Every registration's row as the store had them: 【検索】 filters these in memory while
        # the store is still at their version (see grid_query.GridRows).
        self._all_rows: GridRows | None = None
        self._close_checks: list[Callable[[], bool]] = []  # see add_close_check
        ui = self.ui

        ui.kindFilter.addItem("ALL", None)
        for kind in KINDS:
            ui.kindFilter.addItem(kind.label, kind.slug)
        ui.groupFilter.addItem("ALL", None)
        for group in GROUPS:
            ui.groupFilter.addItem(group.label, group.slug)
        ui.enabledFilter.addItem("ALL", None)
        ui.enabledFilter.addItem(_tr("Y(転送する)"), True)
        ui.enabledFilter.addItem(_tr("N(転送なし)"), False)

        self.model = RegistrationTableModel(self)
        self.proxy = RegistrationProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.model.sortFinished.connect(self._rows_sorted)
        table = ui.registrationTable
        table.setModel(self.proxy)
        compact_rows(table, padding=8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        table.addAction(ui.actionOpen)
        table.addAction(ui.actionStopForwarding)
        # The 停止 icon of 使用 = N is drawn at 16 px: shown at that size whatever the style says
        # (and the 使用 column is sized for it without asking the style, see table_look).
        table.setIconSize(QSize(STOP_ICON_SIZE, STOP_ICON_SIZE))
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
        self._outside_writes: OutsideWrites | None = None  # see check_outside_writes
        self._outside_timer = QTimer(self)
        self._outside_timer.timeout.connect(self.check_outside_writes)

        self._render = render
        self._form: RegistrationForm | None = None
        self._form_slot = QWidget(ui.mainSplitter)
        self._form_slot.setObjectName(FORM_SLOT)
        ui.mainSplitter.addWidget(self._form_slot)
        ui.mainSplitter.setStretchFactor(0, GRID_STRETCH)
        ui.mainSplitter.setStretchFactor(1, FORM_STRETCH)

        self._count_label = QLabel(self)
        self._count_label.setObjectName("rowCountLabel")
        self._saved_label = QLabel(self)
        self._saved_label.setObjectName("lastSavedLabel")
        self.statusBar().addWidget(self._saved_label, 1)
        self.statusBar().addPermanentWidget(self._count_label)

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

        self._restore_layout()
        if first_rows is not None:
            if first_version is not None:
                self._all_rows = GridRows(list(first_rows), first_version)
            self._show_rows(first_rows)
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
            raise QsmError(_tr("データベースを開けませんでした。"))
        return self._service

    def _service_opened(self, service: RegistrationService) -> None:
        from qsm_desktop.gui.change_signal import ChangeSignal

        self._service = service
        self.changes = ChangeSignal(self.context.bus, self)
        self.changes.changed.connect(self._store_changed)
        from qsm_desktop.core.store_watch import watch_outside_writes

        # SQLite: PRAGMA data_version; PostgreSQL: the colleagues' notices (core/store_watch.py).
        self._outside_writes = watch_outside_writes(self.context.open(), self.context.bus.token)
        self._outside_timer.start(self._outside_writes.poll_ms)

    @Slot()
    def check_outside_writes(self) -> bool:
        """Whether another process wrote since the last look; if so, the news goes out on the
        change bus as an external change (the grid, the form and the views refresh from it)."""
        watch, changes = self._outside_writes, self.changes
        if watch is None or changes is None:
            return False
        events = watch.events()
        for event in events:
            changes.bus.publish(event)
        return bool(events)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_outside_writes()

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
        for name in FORM_SPLITTERS:
            state = self.settings.splitter_state(name)
            if state is not None:
                getattr(form.ui, name).restoreState(state)
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
        ui = self.ui
        every = self._all_rows
        if every is None or not every.is_current():
            every = self._all_rows = grid_query.read_all()
        rows = every.matching(
            kind=ui.kindFilter.currentData(),
            group=ui.groupFilter.currentData(),
            enabled=ui.enabledFilter.currentData(),
            address=ui.addressFilter.text(),
        )
        self._show_rows(rows)

    def _show_rows(self, rows: list[GridRow]) -> None:
        self.model.set_rows(rows)
        # Counted from the plain rows: asking the model row by row takes 40 ms for 100,000.
        self._disabled_rows = sum(1 for row in rows if not row[grid_query.ENABLED])
        if not self.model.sorting:  # else when the sorted rows are shown (_rows_sorted)
            self._rows_sorted()

    @Slot()
    def _rows_sorted(self) -> None:
        editing = self.editing_id()
        if editing is not None:
            self.select_registration(editing)
        self._show_count()

    def select_registration(self, reg_id: int) -> bool:
        row = self.proxy.proxy_row_of(reg_id)
        if row is None:
            return False
        table = self.ui.registrationTable
        table.selectRow(row)
        table.scrollTo(self.proxy.index(row, 0))
        return True

    def current_id(self) -> int | None:
        index = self.ui.registrationTable.currentIndex()
        if not index.isValid():
            rows = self.ui.registrationTable.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.proxy.id_at(index.row())

    @Slot(object)
    def apply_report(self, report: ChangeReport) -> None:
        """A write this window asked for: its rows at once (the change bus' news of it comes a
        moment later and finds them current), the saved row selected, what was saved said."""
        self.last_report = report
        fresh = [grid_query.grid_row(r) for r in report.registrations]
        self._upsert_rows(fresh)
        every = self._all_rows
        written = sorted(report.history_ids)
        # The rows 【検索】 filters stay current only when this write is all the store did since
        # they were read (its history rows follow theirs): else the next 【検索】 reads again.
        if (
            every is not None
            and written
            and written == list(range(every.version + 1, every.version + 1 + len(written)))
        ):
            every.update(fresh, written[-1])
        if report.registrations:
            self.select_registration(report.registration.id)
        self._show_saved(report)

    @Slot(object)
    def _store_changed(self, event: ChangeEvent) -> None:
        """News from the change bus: the rows it names read again, or (another process, a
        restore: anything may have changed) the search run again with the same criteria."""
        if event.topic == "registrations" and event.registration_ids:
            registrations = self.service.get_many(event.registration_ids)
            fresh = [grid_query.grid_row(r) for r in registrations]
            self._upsert_rows(fresh)
            if self._all_rows is not None:
                # Their version stays: if the store moved on, the next 【検索】 reads it again.
                self._all_rows.update(fresh, self._all_rows.version)
        elif event.topic in ("registrations", "store"):
            if event.topic == "store":
                # A restore (or another process) may have put back an older store whose
                # version (its last history id) matches the rows held: read them again.
                self._all_rows = None
            self.search()
        self.store_changed.emit(event)

    def _upsert_rows(self, fresh: list[GridRow]) -> None:
        """Put rows into the grid (replaced or added), one batch; rows it holds unchanged are
        left alone. The 使用 = N count follows the rows replaced, without a recount."""
        model = self.model
        rows: dict[int, GridRow] = {}  # by id: a registration named twice counts once
        for row in fresh:
            reg_id = row[grid_query.ID]
            position = model.row_of(reg_id)
            old = model.grid_row(position) if position is not None else None
            if old == row:
                continue
            if old is not None and not old[grid_query.ENABLED]:
                self._disabled_rows -= 1
            if not row[grid_query.ENABLED]:
                self._disabled_rows += 1
            rows[reg_id] = row
        if rows:
            model.upsert(list(rows.values()))  # one re-sort at most, however many rows
        self._show_count()

    def _show_count(self) -> None:
        self._count_label.setText(
            status_texts.count_text(self.model.rowCount(), self._disabled_rows)
        )

    def _show_saved(self, report: ChangeReport) -> None:
        if report.registrations:
            self._saved_label.setText(status_texts.saved_text(report))

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A click on another row while the form holds unsaved edits of its registration: the
        grid goes back to that row (grid and form never point at different registrations
        while something is unsaved), and the status bar says how to go on."""
        form = self._form
        editing = form.editing_id if form is not None else None
        if form is None or editing is None or not current.isValid() or not form.is_dirty():
            return
        if self.proxy.id_at(current.row()) == editing:
            return
        # After this change of selection is done: changing it from inside is not safe.
        QTimer.singleShot(
            0, self, lambda: self.editing_id() == editing and self.select_registration(editing)
        )
        self.statusBar().showMessage(
            _tr(
                "登録番号 {id} に保存していない変更があります。ほかの登録を開くには、"
                "【修正】で保存するか、ダブルクリック/Enter で開いて保存・破棄を選んでください。"
            ).format(id=editing),
            10_000,
        )

    # -- opening, new, leaving -------------------------------------------------------------------------
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
        if reg_id == self.form.editing_id and self.form.is_dirty():
            # Already open with edits in progress: keep them (re-reading would drop them).
            self.select_registration(reg_id)
            self.form.ui.destinationEdit.setFocus()
            return True
        if reg_id != self.form.editing_id and not self.maybe_leave_form():
            return False
        try:
            registration = self.service.get(reg_id)
        except QsmError as exc:
            messages.critical(self, str(exc))
            return False
        self.form.load(registration)
        self.select_registration(reg_id)
        self.form.ui.destinationEdit.setFocus()
        return True

    @Slot()
    def new_registration(self) -> bool:
        """新規: an empty form (asking first about unsaved changes)."""
        if not self.maybe_leave_form():
            return False
        self.form.reset()
        self.ui.registrationTable.clearSelection()
        self.form.ui.templateBrowseButton.setFocus()
        return True

    def maybe_leave_form(self) -> bool:
        """保存 / 破棄 / キャンセル when the form has unsaved changes; True = go ahead."""
        if self._form is None or not self._form.is_dirty():
            return True
        editing = self.form.editing_id
        what = (
            _tr("登録番号 {id} のフォーム").format(id=editing)
            if editing is not None
            else _tr("新規のフォーム")
        )
        choice = messages.ask_unsaved(self, what)
        if choice is UnsavedChoice.SAVE:
            return self.form.save() is not None
        return choice is UnsavedChoice.DISCARD

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

    # -- layout memory ------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.settings
        geometry = settings.window_geometry(WINDOW)
        if geometry is not None:
            self.restoreGeometry(geometry)
        header = self.ui.registrationTable.horizontalHeader()
        state = settings.header_state(GRID)
        if state is None or not header.restoreState(state):
            apply_default_columns(self.ui.registrationTable)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        # The form's own splitters are restored when it is built (_create_form).
        splitter_state = settings.splitter_state("mainSplitter")
        if splitter_state is not None:
            self.ui.mainSplitter.restoreState(splitter_state)
        else:
            # about seven rows of the grid at 860 px; the rest to the form and its preview
            self.ui.mainSplitter.setSizes([260, 600])

    def save_layout(self) -> None:
        settings = self.settings
        settings.set_window_geometry(WINDOW, self.saveGeometry())
        settings.set_header_state(GRID, self.ui.registrationTable.horizontalHeader().saveState())
        settings.set_splitter_state("mainSplitter", self.ui.mainSplitter.saveState())
        if self._form is not None:  # a form never built keeps the layout remembered before
            for name in FORM_SPLITTERS:
                settings.set_splitter_state(name, getattr(self._form.ui, name).saveState())
        settings.sync()

    @Slot()
    def reset_columns(self) -> None:
        self.settings.forget_header_state(GRID)
        apply_default_columns(self.ui.registrationTable)
        self.model.sort(-1)

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
        self._outside_timer.stop()
        if self._outside_writes is not None:
            self._outside_writes.close()  # a PostgreSQL listener's own connection
            self._outside_writes = None
        self.save_layout()
        self._start.stop()  # a window closed before its first paint starts nothing more
        if self._form is not None:
            self._form.preview.wait_for_worker()
        event.accept()

    @Slot()
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from qsm_desktop.core.appinfo import version

        QMessageBox.about(
            self,
            _tr("このアプリについて"),
            _tr(
                "<b>QSM Desktop {version}</b><br>"
                "Qoo10 Japan の販売者のための、受注メール管理(外部システム連動)の"
                "オフライン作業台です。<br>"
                "登録(お知らせ設定データ)の管理、テンプレートの選択、連動会社の変更、"
                "連動システムが受け取るメールのプレビューができます。<br><br>"
                "変更は J・QSM(お問い合わせ &gt; 受注メール管理)で手作業で反映してください。"
            ).format(version=version()),
        )
