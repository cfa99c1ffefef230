"""共有データベースに接続 / 共有データベースへ移す: the fields' refusals next to them, the try on
a real PostgreSQL server off the GUI thread, the password never saved, the move's progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import peewee
import pytest
from postgres_server import PostgresServer

from qsm_desktop.core.db_transfer import store_checks
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.core.store_choice import save_store_url, saved_store_url
from qsm_desktop.gui.server_dialogs import ConnectDialog, MoveDialog

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.qtbot import QtBot


def _fill(dialog: ConnectDialog | MoveDialog, host: str, port: str, db: str, user: str) -> None:
    dialog.ui.hostEdit.setText(host)
    dialog.ui.portEdit.setText(port)
    dialog.ui.databaseEdit.setText(db)
    dialog.ui.userEdit.setText(user)


def _run(qtbot: QtBot, dialog: ConnectDialog | MoveDialog) -> None:
    dialog.start()
    assert dialog.wait_for_worker()
    qtbot.waitUntil(lambda: dialog.ui.buttonBox.isEnabled())


class Saved(list[str]):
    """The URLs a dialog saved, each also saved for real (in the test's QSettings folder)."""

    def save(self, url: str) -> None:
        self.append(url)
        save_store_url(url)


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Saved:
    monkeypatch.setenv("QSM_DESKTOP_CONFIG", str(tmp_path / "config"))
    return Saved()


def test_a_bad_port_is_refused_next_to_its_field(
    qtbot: QtBot, saved: Saved, dialogs: DialogRecorder
) -> None:
    dialog = ConnectDialog(saved.save)
    qtbot.addWidget(dialog)
    _fill(dialog, "db.example.local", "54x", "qsm", "staff")
    dialog.start()
    assert not dialog.ui.portError.isHidden()
    assert "ポート" in dialog.ui.portError.text()
    assert dialog.ui.hostError.isHidden() and saved == []
    _fill(dialog, "", "5432", "qsm", "staff")
    dialog.start()
    assert "サーバー" in dialog.ui.hostError.text() and saved == []


def test_connecting_saves_the_url_without_the_password(
    qtbot: QtBot, saved: Saved, dialogs: DialogRecorder, postgres_server: PostgresServer
) -> None:
    role = postgres_server.create_password_role("pa55")
    dialog = ConnectDialog(saved.save)
    qtbot.addWidget(dialog)
    _fill(dialog, "127.0.0.1", str(postgres_server.port), "postgres", role)
    _run(qtbot, dialog)
    assert "パスワード" in dialog.ui.passwordError.text() and saved == []
    dialog.ui.passwordEdit.setText("wrong")
    _run(qtbot, dialog)
    assert "違います" in dialog.ui.passwordError.text() and saved == []
    dialog.ui.passwordEdit.setText("pa55")
    _run(qtbot, dialog)
    url = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/postgres"
    assert saved == [url]
    assert saved_store_url() == url and "pa55" not in (saved_store_url() or "")
    assert dialog.server_version == postgres_server.version
    assert any("接続できました" in text for text in dialogs.texts("information"))


def test_a_server_that_does_not_answer_is_said_under_the_fields(
    qtbot: QtBot, saved: Saved, dialogs: DialogRecorder, postgres_server: PostgresServer
) -> None:
    dialog = ConnectDialog(saved.save)
    qtbot.addWidget(dialog)
    _fill(dialog, "127.0.0.1", str(postgres_server.port), "no_such_db", postgres_server.user)
    _run(qtbot, dialog)
    assert "接続できません" in dialog.ui.statusLabel.text()
    assert "no_such_db" in dialog.ui.statusLabel.toolTip()  # the server's words, for a helper
    assert saved == []


def test_moving_a_store_shows_progress_and_verifies_every_table(
    qtbot: QtBot,
    saved: Saved,
    dialogs: DialogRecorder,
    postgres_server: PostgresServer,
    service: RegistrationService,
    db: peewee.SqliteDatabase,
    db_path: Path,
) -> None:
    service.register(RegistrationInput(1, destination="move@example.jp"))
    db.close()
    name = postgres_server.create_database()
    dialog = MoveDialog(str(db_path), saved.save)
    qtbot.addWidget(dialog)
    seen: list[int] = []
    dialog.progress.moved.connect(lambda _t, index, _n: seen.append(index))
    _fill(dialog, "127.0.0.1", str(postgres_server.port), name, postgres_server.user)
    dialog.ui.passwordEdit.setText("")
    _run(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.tables > 0)
    checks = store_checks(db_path)
    assert dialog.tables == len(checks) and seen == list(range(1, len(checks) + 1))
    assert "一致しました" in dialog.ui.statusLabel.text()
    url = f"postgresql://{postgres_server.user}@127.0.0.1:{postgres_server.port}/{name}"
    assert store_checks(url) == checks
    assert saved == [url]  # the question was answered 使う
    # Once more into the same database: refused, under the fields, nothing changed.
    again = MoveDialog(str(db_path), saved.save)
    qtbot.addWidget(again)
    _fill(again, "127.0.0.1", str(postgres_server.port), name, postgres_server.user)
    _run(qtbot, again)
    assert "空ではありません" in again.ui.statusLabel.text()
    assert store_checks(url) == checks


def test_the_saved_server_is_opened_when_no_option_says_otherwise(
    saved: Saved, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qsm_desktop.__main__ import _saved_store

    monkeypatch.delenv("QSM_DESKTOP_DB", raising=False)
    assert _saved_store() is None
    saved.save("postgresql://staff:secret@db.example.local:5432/qsm")
    assert _saved_store() == "postgresql://staff@db.example.local:5432/qsm"  # no password kept
    monkeypatch.setenv("QSM_DESKTOP_DB", "/tmp/elsewhere.db")
    assert _saved_store() is None  # the variable wins, as --db does


def test_the_gui_asks_for_a_password_libpq_did_not_find(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, postgres_server: PostgresServer
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from qsm_desktop.__main__ import _ask_password
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.store_location import StoreLocation

    role = postgres_server.create_password_role("pa55")
    name = postgres_server.create_database(owner=role)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "pa55", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/{name}"
    ctx = AppContext(StoreLocation.parse(url), "tester", password_provider=_ask_password)
    try:
        ctx.open()
        assert len(asked) == 1 and "パスワード" in asked[0] and "pa55" not in asked[0]
    finally:
        ctx.close()
        postgres_server.drop_database(name)


def test_the_restore_dialog_never_overwrites_a_shared_store(
    qtbot: QtBot,
    dialogs: DialogRecorder,
    postgres_database: str,
    service: RegistrationService,
    db: peewee.SqliteDatabase,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.db_transfer import transfer
    from qsm_desktop.core.server_backups import take_server_backup
    from qsm_desktop.core.store_location import StoreLocation
    from qsm_desktop.gui.restore_dialog import RestoreDialog

    service.register(RegistrationInput(1, destination="kept@example.jp"))
    db.close()
    transfer(db_path, postgres_database)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-pg-dump"))
    ctx = AppContext(StoreLocation.parse(postgres_database), "tester")
    backup = take_server_backup("manual", postgres_database, ctx.db_path)
    before = store_checks(postgres_database)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    selected = dialog.selected_backup()
    assert selected is not None and selected.name == backup.name
    assert dialog.restore_selected() is None
    assert (
        "上書きしません" in dialog.ui.errorLabel.text()
        and backup.name in dialog.ui.errorLabel.text()
    )
    assert dialogs.texts("question") == []  # refused before asking
    assert store_checks(postgres_database) == before
