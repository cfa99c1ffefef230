"""The start-up sequence: one fast path to the first paint, and everything that follows it.

Every start-up trick of the GUI is described here, in the order it happens; the modules that
take part point back to this one.

1. **The grid's rows before Qt** (``gui/first_rows.py``, called by the command line). When the
   database file is up to date (the latest schema, the shipped catalog loaded: opening it would
   change nothing: ``core/db.read_if_current``), the first rows are read with the standard
   ``sqlite3`` module, read-only, through the grid's one query (``core/grid_query.py``), before
   Qt is imported: PySide's import hook reads the source of every module imported after Qt.
   Otherwise (a new or old file, a newer catalog) ``gui/app.py`` opens and migrates the
   database before the window is built, and the steps below still apply, minus step 3.
2. **The first paint: search bar and grid only.** ``MainWindow`` is built with those rows; the
   edit form (with its preview, placeholder list and history, about a third of the window's
   widgets and 40 ms of start-up) is not built yet: an empty stand-in holds its place and
   restored size in the splitter.
3. **Right after the grid's first paint** (:class:`StartSequence` watches the grid's viewport
   for its first ``Paint`` event, then waits for that paint to finish): the database is opened
   fully (peewee, the migration check, the catalog sync, the change bus hooked up). Nothing
   reads through peewee or writes before that: every such path asks ``MainWindow.service``,
   which opens the database on the spot if this step has not run yet.
4. **Then the edit form** is built into the stand-in's place (``MainWindow._create_form``);
   anything that needs it earlier (a double-click, Enter, 新規, a test) builds it on the spot
   through ``MainWindow.form``. The form loads the template engine (highlighting, placeholder
   list, preview samples) 50 ms later still, so that the form paints first.
5. **``first_painted``** is sent once, whether the form could be built or not. ``gui/app.py``
   then installs what the first paint does without (``install_after_first_paint``: the safety
   tabs and the ツール menu, 担当者名の設定…, バックアップから復元…, the 商品/在庫 tab, the grid
   export, the help links, the app icon); the tabs' views are themselves built when first shown
   (``MainWindow.add_deferred_tab``).

A window that is shown minimized or behind others may not paint for a while: the sequence does
not wait for the grid's first paint longer than :data:`START_WITHOUT_PAINT_MS` after the window
is shown. A window closed before its first paint starts nothing more.

``bench/startup.py`` measures the whole path against a bare PySide6 window in the same run;
``tests/test_gui_fast_start.py`` checks what is (not) imported before the first paint.

**What the path to the first paint leaves out**, each where the code says "start-up path"
(costs measured in a fresh process on this project's 2-core development machine, under load):

- *Building an argparse parser* (the first one looks up its translations and imports
  ``locale``: 20–37 ms). ``cli/options.py`` tells a plain GUI start (``--db``, ``--user`` only)
  from a command by hand; anything else goes to argparse.
- *peewee* (and the models, the registration service): ``core/db.py`` makes its
  ``database_proxy`` on first access (module ``__getattr__``), the first rows are read with
  ``sqlite3`` (step 1), the store is opened in step 3.
- *Modules the first paint does not use*, imported inside the function that needs them: the
  safety views (deferred tabs; with them the setup check, the template engine, jinja2 and the
  e-mail package, about 90 ms), the 商品/在庫 view (about 45 ms with its three queries), email-validator (``core/addresses.py``, about 20 ms), ``json``
  (``resources.py``), ``hashlib`` (``gui/single_instance.py`` hashes with Qt instead), the
  about box.
- *Python types of Qt classes the window does not need yet*: PySide makes one (with its enums)
  the first time a class is used from Python, about a millisecond each, more for big ones:
  ``QMessageBox`` (``gui/messages.py``), ``QStyle`` (about 6 ms), ``QFont`` (about 1.5 ms) and
  ``viewport()`` (about 10 ms, every QWidget subclass; ``findChild`` instead) in
  ``gui/table_look.py``, ``QIcon`` and ``QPainter`` (the grid's 停止 sign is a pixmap drawn on
  first use, ``gui/registration_columns.py``), the elide delegate (``gui/elide.py``).
- *Frozen dataclasses* for records made on the way to the first paint: creating one class
  costs 2.5–7 ms, a NamedTuple or a slotted class 0.1 ms (``core/vocabulary.py``,
  ``gui/table_look.py``'s ``Sample``, ``gui/table_model.py``'s ``Column``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from qsm_desktop.core.registrations import RegistrationService

# The longest the rest of the start-up waits for the grid's first paint once the window is shown.
START_WITHOUT_PAINT_MS = 1500


class StartSequence(QObject):
    """Steps 3–5 above for one window: open the database, build what was deferred, announce.

    ``open_service`` opens the database and says why not to the seller (None: it was open
    before the window was built); ``opened(service)`` hooks the window up to the service;
    ``is_open()`` says whether that has happened; ``build()`` builds what the first paint did
    without (the edit form); ``finished()`` is called once at the end (``first_painted``)."""

    def __init__(
        self,
        grid_viewport: QWidget,
        parent: QObject,
        *,
        open_service: Callable[[], RegistrationService | None] | None,
        opened: Callable[[RegistrationService], None],
        is_open: Callable[[], bool],
        build: Callable[[], None],
        finished: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._open_service = open_service
        self._opened = opened
        self._is_open = is_open
        self._build = build
        self._finished = finished
        self.started = False  # the database fully open, the form built, finished() called
        self._stopped = False  # the window closed first: nothing more starts
        self._timer = QTimer(self)  # see window_shown
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finish)
        self._grid_viewport = grid_viewport
        grid_viewport.installEventFilter(self)

    def open_now(self) -> None:
        """Open the database now if the window was built before it was (step 3, on demand)."""
        opener, self._open_service = self._open_service, None
        if opener is not None:
            service = opener()
            if service is not None:
                self._opened(service)

    def window_shown(self) -> None:
        """The window is shown: from now on, wait at most START_WITHOUT_PAINT_MS for a paint."""
        if not self.started and not self._timer.isActive():
            self._timer.start(START_WITHOUT_PAINT_MS)

    def stop(self) -> None:
        """The window closes: a start not finished yet starts nothing more."""
        self._stopped = True
        self._timer.stop()
        # The viewport may outlive this object's Python side (a closed window collected by
        # Python's garbage collector before Qt deletes it): it must not call back into it.
        self._grid_viewport.removeEventFilter(self)

    @Slot()
    def finish(self) -> None:
        """Right after the grid's first paint (or instead of it): steps 3 to 5."""
        if self.started or self._stopped:
            return
        self._timer.stop()
        if not self._is_open():
            self.open_now()
            if not self._is_open():  # could not open: the app is quitting (gui/app.py)
                return
        self.started = True
        try:
            self._build()
        finally:
            self._finished()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the grid's viewport only, and removed on its first paint or on stop():
        # nothing here reads this object's attributes.
        if event.type() == QEvent.Type.Paint:
            # The grid is on screen: the rest follows once this paint is done.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish)
        return False
