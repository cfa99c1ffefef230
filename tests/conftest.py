"""Shared fixtures: offscreen Qt, a temporary database per test (a copy of one migrated database
built once per run through the real initialisation; test_store keeps one test that builds a fresh
file through the whole of it and compares)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app starts in Japanese whatever the machine's locale (tests of English set it themselves).
os.environ["QSM_DESKTOP_LANGUAGE"] = "ja"
os.environ.pop("QSM_DESKTOP_DB", None)
# The shared database a GUI dialog chooses is saved here, never in the developer's own folder.
os.environ["QSM_DESKTOP_CONFIG"] = tempfile.mkdtemp(prefix="qsm-test-config-")

import peewee
import pytest
from backends import BackendStore
from postgres_server import REQUIRE_ENV, PostgresServer, PostgresUnavailable, postgres_required

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.db import open_database
from qsm_desktop.core.registrations import RegistrationService

atexit.register(shutil.rmtree, os.environ["QSM_DESKTOP_CONFIG"], True)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from qsm_desktop.gui.view_settings import ViewSettings


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "qsm.db"


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database built through open_database (migrations + catalog) for the whole run.

    Building one costs ~20 ms, copying it ~2 ms: the per-test databases are copies. Closing
    checkpoints the WAL, so the single file is the whole database.
    """
    path = tmp_path_factory.mktemp("migrated") / "qsm.db"
    open_database(path).close()
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists()
    return path


@pytest.fixture
def db(db_path: Path, migrated_database: Path) -> Iterator[peewee.SqliteDatabase]:
    # open_database still runs on the copy (finds it current, binds it, checks the catalog), so
    # each test starts exactly as the app does on an existing file.
    shutil.copyfile(migrated_database, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def app_context(db: peewee.SqliteDatabase, db_path: Path) -> AppContext:
    """The application context on the test database, as the root builds it (operator tester)."""
    return AppContext(db_path, user="tester", database=db)


@pytest.fixture
def service(app_context: AppContext) -> RegistrationService:
    """The context's service: what it writes is announced on the context's change bus."""
    return app_context.service


# -- PostgreSQL (a throw-away server for the whole run; see tests/postgres_server.py) ------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster started in a temporary folder for this run, stopped and removed at
    the end. Where it cannot start, the test fails under QSM_REQUIRE_POSTGRES (CI) and is skipped
    with the reason elsewhere (a developer machine without PostgreSQL)."""
    try:
        server = PostgresServer.start_new()
    except PostgresUnavailable as error:
        if postgres_required():
            pytest.fail(f"PostgreSQL is required here ({REQUIRE_ENV}) but cannot start: {error}")
        pytest.skip(f"no PostgreSQL server for this run: {error}")
    yield server
    server.stop()


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of an empty database of this test's own on the run's server (dropped after)."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database on the run's server made once through the real initialisation (schema,
    catalog); each test's store is a ``CREATE DATABASE … TEMPLATE`` copy of it (~50 ms)."""
    from qsm_desktop.core.db import open_store

    name = postgres_server.create_database("qsm_template")
    open_store(postgres_server.url(name)).close()
    return name


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The store's backend, for the modules that run on both (tests/backends.py)."""
    return str(request.param)


@pytest.fixture
def backend_store(
    backend: str, request: pytest.FixtureRequest, db_path: Path, migrated_database: Path
) -> Iterator[BackendStore]:
    """A new store per test on SQLite (a copy of the migrated file) or on PostgreSQL (a copy of
    the migrated template database on the run's throw-away server), opened through open_store."""
    from qsm_desktop.core.db import close_connection, open_store
    from qsm_desktop.core.store_location import StoreLocation

    if backend == "sqlite":
        shutil.copyfile(migrated_database, db_path)
        location = StoreLocation(path=db_path)
        database = open_store(location)
        yield BackendStore(location, database)
        database.close()
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    template: str = request.getfixturevalue("postgres_template")
    name = server.create_database(template=template)
    location = StoreLocation(url=server.url(name))
    database = open_store(location)
    yield BackendStore(location, database)
    # A command run in-process binds a database of its own (reconnected by a later read).
    close_connection()
    database.close()
    server.drop_database(name)


# -- GUI fixtures (PySide6 is imported only by the tests that use them) ----------------------------


def pytest_configure(config: pytest.Config) -> None:
    # The offscreen platform says this whenever a window is shown; it is not a problem of ours.
    config.addinivalue_line("qt_log_ignore", "This plugin does not support propagateSizeHints")
    config.addinivalue_line("qt_log_ignore", r"This plugin does not support raise\(\)")


class DialogRecorder:
    """Stands in for every message box: records what was shown, answers as a test scripts it."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []  # (kind, text)
        self.yes_no_answers: list[bool] = []  # next answers of ask_yes_no (default: yes)
        self.unsaved_answers: list[object] = []  # next UnsavedChoice answers (default: discard)
        self.no_delete_answers: list[bool] = []  # next answers of explain_no_delete
        self.details: list[str] = []  # the 詳細 (raw error) of each critical message

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, text in self.shown if shown_kind == kind]

    def information(self, _parent: object, text: str) -> None:
        self.shown.append(("information", text))

    def critical(self, _parent: object, text: str, detail: str = "") -> None:
        self.shown.append(("critical", text))
        self.details.append(detail)

    def ask_yes_no(self, _parent: object, text: str, _yes: str, _no: str) -> bool:
        self.shown.append(("question", text))
        return self.yes_no_answers.pop(0) if self.yes_no_answers else True

    def ask_unsaved(self, _parent: object, what: str) -> object:
        from qsm_desktop.gui.messages import UnsavedChoice

        self.shown.append(("unsaved", what))
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.DISCARD

    def explain_no_delete(self, _parent: object, enabled: bool) -> bool:
        self.shown.append(("no-delete", "Y" if enabled else "N"))
        return self.no_delete_answers.pop(0) if self.no_delete_answers else False

    def box(self, kind: str) -> Callable[..., object]:
        def show(
            _parent: object, _title: str, text: str, *args: object, **kwargs: object
        ) -> object:
            from PySide6.QtWidgets import QMessageBox

            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show


@pytest.fixture
def view_settings(tmp_path: Path) -> ViewSettings:
    """Window layout settings in a temporary folder (never the developer's real QSettings)."""
    from PySide6.QtCore import QSettings

    from qsm_desktop.gui.view_settings import ViewSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    return ViewSettings()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """No message box ever blocks a test: each is recorded and answered (see DialogRecorder)."""
    from PySide6.QtWidgets import QMessageBox

    from qsm_desktop.gui import messages

    recorder = DialogRecorder()
    for name in ("information", "critical", "ask_yes_no", "ask_unsaved", "explain_no_delete"):
        monkeypatch.setattr(messages, name, getattr(recorder, name))
    for name in ("information", "critical", "warning", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(recorder.box(name)))
    return recorder


@pytest.fixture
def main_window(
    qtbot: QtBot, app_context: AppContext, view_settings: ViewSettings, dialogs: DialogRecorder
) -> Iterator[object]:
    """The real main window on the test database, shown offscreen."""
    from qsm_desktop.gui.main_window import MainWindow

    window = MainWindow(app_context, view_settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.form.reset()  # nothing unsaved: closing must not ask
    window.close()
    window.form.preview.wait_for_worker()


@pytest.fixture
def started_windows(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The main windows run_gui makes during the test, in order: it imports MainWindow when it
    runs, so a recording subclass stands in for it (no search among all top-level widgets,
    where an earlier test's window may linger until deleted)."""
    from qsm_desktop.gui import main_window

    made: list[Any] = []

    class Recorded(main_window.MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Recorded)
    return made
