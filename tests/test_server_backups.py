"""Backups of a PostgreSQL store: the app's own export (a SQLite store file, listed and checked
like every backup) with pg_dump's dump beside it when pg_dump is there; back into an empty
database with identical checksums; a database holding registrations is never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import peewee
import pytest
from postgres_server import PostgresServer

from qsm_desktop.core.backups import list_backups
from qsm_desktop.core.db_transfer import TransferError, store_checks, transfer
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.core.server_backups import restore_into_server, take_server_backup


@pytest.fixture
def server_store(
    service: RegistrationService, db: peewee.SqliteDatabase, db_path: Path, postgres_database: str
) -> str:
    for number in (1, 2, 3):
        service.register(RegistrationInput(number, destination=f"b{number}@example.jp"))
    db.close()
    transfer(db_path, postgres_database)
    return postgres_database


def test_a_server_backup_is_a_checked_store_file_with_a_pg_dump_beside_it(
    server_store: str,
    postgres_server: PostgresServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", f"{postgres_server.bin_dir}:{Path('/usr/bin')}:{Path('/bin')}")
    local = tmp_path / "servers" / "shop.db"
    info = take_server_backup("manual", server_store, local)
    assert [b.name for b in list_backups(local)] == [info.name]
    assert info.registrations == 3 and info.history == 3
    assert store_checks(info.path) == store_checks(server_store)
    meta = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["pg_dump"] == info.path.with_suffix(".dump").name
    assert info.path.with_suffix(".dump").read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert not local.exists()  # only the backups folder is made, never a store file

    empty = postgres_server.url(postgres_server.create_database())
    assert restore_into_server(info, empty) == len(store_checks(info.path))
    assert store_checks(empty) == store_checks(server_store)


def test_without_pg_dump_the_export_alone_is_kept(
    server_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    info = take_server_backup("manual", server_store, tmp_path / "shop.db")
    meta = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["pg_dump"] == "pg_dump not found"
    assert store_checks(info.path) == store_checks(server_store)


def test_restoring_over_a_store_with_registrations_is_refused(
    server_store: str, tmp_path: Path
) -> None:
    info = take_server_backup("manual", server_store, tmp_path / "shop.db")
    before = store_checks(server_store)
    with pytest.raises(TransferError, match="空ではありません"):
        restore_into_server(info, server_store)
    assert store_checks(server_store) == before


def test_backup_and_restore_commands_on_a_postgresql_url(
    server_store: str,
    postgres_server: PostgresServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from qsm_desktop.__main__ import main

    # The folder that names this server's store on this machine lives in the user data folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-pg-dump"))
    capsys.readouterr()
    assert main(["--db", server_store, "--user", "tester", "backup", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["registrations"] == 3
    assert main(["--db", server_store, "restore", "--list", "--json"]) == 0
    assert [b["name"] for b in json.loads(capsys.readouterr().out)] == [made["name"]]

    # Into the same store: refused in one line, nothing changed.
    before = store_checks(server_store)
    assert main(["--db", server_store, "restore", made["name"]]) == 2
    err = capsys.readouterr().err
    assert "空ではありません" in err and len(err.strip().splitlines()) == 1
    assert store_checks(server_store) == before
