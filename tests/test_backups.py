"""Backups (SQLite's backup API, integrity-checked, bounded, in backups/ beside the database)
and restore: backup → change → restore → the change is gone, the history intact up to the
backup; a damaged database is refused with the newest good backup named."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import peewee
import pytest
from cli_runner import Cli, run_cli

from qsm_desktop.core import backups
from qsm_desktop.core.backups import list_backups, restore_backup, take_backup
from qsm_desktop.core.catalog import shipped_catalog, sync_catalog
from qsm_desktop.core.changes import ChangeBus, ChangeEvent
from qsm_desktop.core.db import open_database
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import apply_address_replacement, apply_qsm_import


def _history(service: RegistrationService, reg_id: int) -> list[object]:
    return [e.to_json() for e in service.history(reg_id)]


def test_backup_is_a_checked_copy_with_what_the_list_shows(
    db_path: Path, service: RegistrationService
) -> None:
    service.register(RegistrationInput(18, "a@example.jp"))
    info = take_backup("manual")
    assert info.path.parent == db_path.parent / "backups"
    assert (info.trigger, info.trigger_label, info.registrations, info.history) == (
        "manual",
        "手動",
        1,
        1,
    )
    assert list_backups(db_path) == [info]
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT destination FROM registration").fetchall() == [
            ("a@example.jp",)
        ]
    finally:
        conn.close()
    meta = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["registrations"] == 1 and meta["trigger"] == "manual"


def test_restore_round_trip(db_path: Path, service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    service.modify(reg.id, Patch(title="kept"))
    kept_history = _history(service, reg.id)
    backup = take_backup("manual")
    service.modify(reg.id, Patch(destination="later@example.jp"))
    service.register(RegistrationInput(47, "new@example.jp"))
    bus = ChangeBus()
    seen: list[ChangeEvent] = []
    bus.subscribe(seen.append)
    result = restore_backup(db_path, backup, bus=bus)
    assert service.get(reg.id).destination == "a@example.jp"  # the change is gone
    assert service.get(reg.id).title == "kept"
    assert [r.id for r in service.search()] == [reg.id]
    assert _history(service, reg.id) == kept_history  # intact up to the backup
    assert [(e.topic, e.action) for e in seen] == [("store", "restore")]
    # What the restore replaced was kept first.
    assert result.saved is not None and result.saved.trigger == "restore"
    assert result.saved.registrations == 2 and result.set_aside is None
    # The restored database is writable as before, the revision carries on from the backup.
    again = service.modify(reg.id, Patch(title="after restore"), base_revision=2)
    assert again.registration.revision == 3


def test_generations_are_bounded(
    db_path: Path, service: RegistrationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "KEEP", 3)
    made = [take_backup("manual") for _ in range(5)]
    assert [b.path for b in list_backups(db_path)] == [b.path for b in reversed(made[2:])]
    assert not made[0].path.exists() and not made[0].path.with_suffix(".json").exists()


def test_the_first_open_of_the_day_takes_one_backup(tmp_path: Path) -> None:
    path = tmp_path / "daily.db"
    open_database(path, daily_backup=True).close()  # a new database: nothing to keep yet
    assert list_backups(path) == []
    open_database(path, daily_backup=True).close()
    open_database(path, daily_backup=True).close()
    assert [b.trigger for b in list_backups(path)] == ["daily"]


def test_bulk_operations_take_a_backup_first(
    db_path: Path, db: peewee.SqliteDatabase, service: RegistrationService
) -> None:
    service.register(RegistrationInput(18, "old@ne.example"))
    apply_address_replacement(service, "old@ne.example", "new@ne.example")
    apply_qsm_import(service, "47\t配送要請\tCrossMall Template\tx EMAIL\tq@example.jp\tY\tN\n")
    newer = shipped_catalog()
    newer["version"] = int(newer["version"]) + 1
    sync_catalog(newer)
    by_trigger = {b.trigger: b for b in list_backups(db_path)}
    assert set(by_trigger) == {"replace-address", "qsm-import", "catalog-upgrade"}
    conn = sqlite3.connect(by_trigger["replace-address"].path)
    try:  # taken before the change
        assert conn.execute("SELECT destination FROM registration").fetchall() == [
            ("old@ne.example",)
        ]
    finally:
        conn.close()


def test_cli_backup_list_restore(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(db_path, capsys)
    created = cli.json("register", "--template", "18", "--to", "a@example.jp")
    taken = cli.json("backup")
    assert taken["trigger"] == "manual" and taken["registrations"] == 1
    code, _out, err = cli("modify", str(created["id"]), "--to", "b@example.jp")
    assert code == 0, err
    listed = cli.json("restore", "--list")
    assert taken["name"] in [b["name"] for b in listed]
    code, out, err = cli("restore", "--list")
    assert code == 0 and "手動" in out and taken["name"] in out
    code, out, err = cli("restore", taken["name"])
    assert code == 0, err
    assert "から復元しました" in out and "復元の前の内容はバックアップ" in out
    assert cli.json("list")[0]["destination"] == "a@example.jp"
    code, _out, err = cli("restore", "no-such-backup")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_damaged_database_names_the_backup_to_restore_and_restore_repairs_it(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(db_path, capsys)
    for n in range(20):
        cli("register", "--template", "18", "--to", f"r{n}@example.jp")
    good = cli.json("backup")
    data = db_path.read_bytes()
    db_path.write_bytes(data[:4096] + bytes([0x5A]) * (len(data) - 4096))
    damaged = db_path.read_bytes()
    code, _out, err = run_cli(db_path, capsys, "list")
    assert code == 2
    [line] = err.strip().splitlines()
    assert "壊れて" in line and f"restore {good['name']}" in line and "登録 20件" in line
    code, out, err = cli("restore", good["name"])
    assert code == 0, err
    assert "に移しました(削除していません)" in out
    [aside] = db_path.parent.glob("qsm.db.damaged-*")
    assert aside.read_bytes() == damaged  # kept, never deleted
    assert len(cli.json("list")) == 20


def test_a_backup_taken_before_a_migration_restores_into_the_open_app(tmp_path: Path) -> None:
    from qsm_desktop.core import migrations
    from qsm_desktop.core.db import connect

    path = tmp_path / "old.db"
    old = connect(path)
    migrations.migrate_to_latest(old, path, steps=migrations.MIGRATIONS[:4])
    old.close()
    db = open_database(path)  # migrates, with a backup first
    try:
        [before] = [b for b in list_backups(path) if b.trigger == "migration"]
        assert before.schema == 4 and before.trigger_label == "データベースの更新の前"
        service = RegistrationService("tester")
        service.register(RegistrationInput(18, "a@example.jp"))
        restore_backup(path, before)
        assert migrations.current_version(db) == migrations.latest_version()
        assert service.search() == []
        assert service.register(RegistrationInput(18, "b@example.jp")).registration.revision == 1
    finally:
        db.close()
