"""The GUI's fast start: an up-to-date file paints rows read with sqlite3 alone, then opens fully."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from qsm_desktop.core import db, grid_query, migrations
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.db import open_database, read_if_current
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.gui.app import run_gui
from qsm_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


def _rows(conn: sqlite3.Connection) -> list[grid_query.GridRow]:
    return grid_query.search_rows(connection=conn)


def _seed(path: Path, *addresses: str) -> None:
    database = open_database(path)
    service = RegistrationService("tester")
    for address in addresses:
        service.register(RegistrationInput(1, address))
    database.close()


def test_the_fast_read_agrees_with_migrations() -> None:
    assert migrations.latest_version() == db.SCHEMA_VERSION


def test_read_if_current_gives_the_rows_the_app_would_read(tmp_path: Path) -> None:
    path = tmp_path / "up.db"
    _seed(path, "a@example.jp", "b@example.jp")
    fast = read_if_current(path, _rows)
    open_database(path).close()
    database = open_database(path)
    try:
        assert fast == grid_query.search_rows() and len(fast) == 2
    finally:
        database.close()


def test_read_if_current_refuses_what_open_database_would_change(tmp_path: Path) -> None:
    assert read_if_current(tmp_path / "missing.db", _rows) is None
    assert not (tmp_path / "missing.db").exists()
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA user_version = 2")
    assert read_if_current(old, _rows) is None
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert read_if_current(newer, _rows) is None
    stale = tmp_path / "stale.db"
    _seed(stale)
    with sqlite3.connect(stale) as conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'catalog_version'")
    assert read_if_current(stale, _rows) is None
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    assert read_if_current(broken, _rows) is None


def _the_window(started: list[MainWindow]) -> MainWindow:
    [window] = started  # run_gui makes one window (conftest's started_windows)
    assert window.isVisible()
    return window


def test_up_to_date_file_paints_first_then_opens_fully_and_saves(
    qapp: QApplication,
    qtbot: Any,
    tmp_path: Path,
    dialogs: Any,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "up.db"
    _seed(path, "a@example.jp", "b@example.jp")
    ctx = AppContext(path, user="hasegawa")
    seen: dict[str, Any] = {}

    def fake_exec(_app: QApplication) -> int:
        window = _the_window(started_windows)
        # Shown with the real rows, the database not opened through peewee yet.
        seen["rows_at_show"] = window.model.rowCount()
        seen["opened_at_show"] = ctx._db is not None
        seen["service_at_show"] = window._service is not None
        seen["tabs_at_show"] = window.ui.mainTabs.count()  # the others come after the paint
        # After the first paint: the full open, then the form.
        qtbot.waitUntil(lambda: window._form is not None, timeout=5000)
        seen["opened_after_paint"] = ctx._db is not None
        assert window.service.operator == "hasegawa"
        form = window.form
        assert window.open_registration(window.proxy.id_at(0) or 0)
        form.ui.destinationEdit.setText("changed@example.jp")
        form.save()
        seen["destinations"] = sorted(
            str(window.model.grid_row(r)[grid_query.DESTINATION])
            for r in range(window.model.rowCount())
        )
        qtbot.waitUntil(lambda: window.ui.mainTabs.count() >= 4, timeout=5000)  # 商品/在庫 too
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["operator_action"] = window.findChild(QAction, "actionOperatorName") is not None
        window.close()
        form.preview.wait_for_worker()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(ctx) == 0
    assert seen == {
        "rows_at_show": 2,
        "opened_at_show": False,
        "service_at_show": False,
        "tabs_at_show": 1,
        "opened_after_paint": True,
        "destinations": ["b@example.jp", "changed@example.jp"],
        "menus": ["ファイル(&F)", "編集(&E)", "表示(&V)", "ツール(&T)", "ヘルプ(&H)"],
        "operator_action": True,
    }
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            "SELECT destination FROM registration ORDER BY destination"
        ).fetchall() == [("b@example.jp",), ("changed@example.jp",)]


def test_an_action_before_the_full_open_opens_it_first(
    qapp: QApplication,
    qtbot: Any,
    tmp_path: Path,
    dialogs: Any,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "up.db"
    _seed(path, "a@example.jp")
    ctx = AppContext(path)
    seen: dict[str, Any] = {}

    def fake_exec(_app: QApplication) -> int:
        window = _the_window(started_windows)
        seen["opened_at_show"] = ctx._db is not None
        window.search()  # a peewee read: the database is opened fully first
        seen["opened_by_search"] = ctx._db is not None
        seen["rows"] = window.model.rowCount()
        window.close()
        window.form.preview.wait_for_worker()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(ctx) == 0
    assert seen == {"opened_at_show": False, "opened_by_search": True, "rows": 1}


def test_an_old_schema_is_migrated_before_the_window_shows(
    qapp: QApplication,
    tmp_path: Path,
    dialogs: Any,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "old.db"
    old = db.connect(path)
    migrations.migrate_to_latest(old, path, steps=migrations.MIGRATIONS[:2])
    old.close()
    ctx = AppContext(path)
    seen: dict[str, Any] = {}

    def fake_exec(_app: QApplication) -> int:
        window = _the_window(started_windows)
        seen["opened_at_show"] = ctx._db is not None
        seen["service_at_show"] = window._service is not None
        seen["version_at_show"] = migrations.current_version(ctx.open())
        window.close()
        window.form.preview.wait_for_worker()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(ctx) == 0
    assert seen == {
        "opened_at_show": True,
        "service_at_show": True,
        "version_at_show": migrations.latest_version(),
    }
    assert list((tmp_path / "backups").glob("old-*-migration.db"))  # the migration's backup


def test_the_first_paint_needs_no_peewee() -> None:
    code = (
        "import sys\n"
        "from qsm_desktop.gui import app, main_window, safety\n"
        "from qsm_desktop.cli import main\n"
        "print(sorted(m for m in ('peewee', 'qsm_desktop.core.registrations',"
        " 'qsm_desktop.core.models', 'qsm_desktop.gui.safety.common') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_start_finishes_even_if_the_grid_is_never_painted(
    qtbot: Any,
    service: RegistrationService,
    app_context: AppContext,
    view_settings: Any,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A window shown minimized (or covered) may not paint: the form and first_painted come
    after a short wait all the same."""
    from PySide6.QtCore import QEvent, QObject

    from qsm_desktop.gui import start_sequence

    monkeypatch.setattr(start_sequence, "START_WITHOUT_PAINT_MS", 50)

    class NoPaint(QObject):
        eaten = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            self.eaten += 1
            return True

    window = MainWindow(app_context, view_settings)
    qtbot.addWidget(window)
    no_paint = NoPaint(window)
    # installed last, so it runs before the window's own filter on the grid's viewport
    window.ui.registrationTable.viewport().installEventFilter(no_paint)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    # the grid's paints never reached the window (eaten before it), yet the start finished
    assert no_paint.eaten > 0 and window._form is not None
    window.form.reset()
