"""Writers wait for each other (BEGIN IMMEDIATE + the busy timeout); one that still cannot get
the lock is refused with one Japanese line, never a traceback, and writes nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import peewee
import pytest
from cli_runner import run_cli

from qsm_desktop.core import db as db_module
from qsm_desktop.core.errors import StoreBusyError
from qsm_desktop.core.models import History, Registration
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService


def test_threads_writing_at_once_all_succeed(db: peewee.SqliteDatabase) -> None:
    """Each thread has its own SQLite connection: a deferred transaction that read first would
    fail at once with "database is locked" when another committed meanwhile."""
    service = RegistrationService("tester")
    reg = service.register(RegistrationInput(18, "shared@example.jp")).registration
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                service.register(RegistrationInput(47, f"t{n}-{i}@example.jp"))
                service.modify(reg.id, Patch(title=f"t{n}-{i}"))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            db.close()  # this thread's connection

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Registration.select().count() == 101
    assert History.select().count() == 1 + 100 + 100
    assert service.get(reg.id).revision == 101


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_writer_waits_for_the_lock(db_path: Path, db: peewee.SqliteDatabase) -> None:
    other = _hold_write_lock(db_path)
    releaser = threading.Timer(0.4, lambda: other.execute("COMMIT"))
    releaser.start()
    start = time.perf_counter()
    RegistrationService("tester").register(RegistrationInput(18, "a@example.jp"))
    assert time.perf_counter() - start >= 0.3  # it waited, then wrote
    releaser.join()
    other.close()
    assert Registration.select().count() == 1


def test_a_writer_that_cannot_get_the_lock_is_told_in_one_line(
    db_path: Path,
    db: peewee.SqliteDatabase,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    code, _out, err = run_cli(db_path, capsys, "templates")  # opened once: nothing to migrate
    assert code == 0, err
    other = _hold_write_lock(db_path)
    try:
        code, out, err = run_cli(db_path, capsys, "register", "--template", "18", "--to", "a@x.jp")
        assert code == 2 and out == ""
        [line] = err.strip().splitlines()
        assert "ほかの画面かコマンドが書き込み中です" in line and "もう一度" in line
        assert "Traceback" not in err and "locked" not in err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Registration.select().count() == 0


def test_the_service_raises_the_core_busy_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_SECONDS", 0.1)
    database = db_module.open_database(db_path)
    other = _hold_write_lock(db_path)
    try:
        with pytest.raises(StoreBusyError) as caught:
            RegistrationService("tester").register(RegistrationInput(18, "a@example.jp"))
        assert "database is locked" in caught.value.detail
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.close()
