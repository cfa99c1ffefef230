"""The schema is what it claims after every path: a new database and one migrated from every
older version have the same tables, indexes and triggers, and the immutability triggers hold
against any SQLite client."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from qsm_desktop.core import migrations, models
from qsm_desktop.core.db import connect, open_database

IMMUTABILITY_TRIGGERS = {"registration_no_delete", "history_no_delete", "history_no_update"}


def _normalised(sql: str) -> str:
    """SQL text compared without quoting and layout differences (``"id"`` = ``id``)."""
    sql = re.sub(r"\s+", " ", sql.replace('"', "")).strip()
    return re.sub(r"\s*([(),])\s*", r"\1", sql)


def schema(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()
    return {(kind, name): (table, _normalised(sql or "")) for kind, name, table, sql in rows}


def _populate(path: Path, version: int) -> None:
    """A database left at ``version`` by an older app, with a registration and its history."""
    db = connect(path)
    try:
        migrations.migrate_to_latest(db, path, steps=migrations.MIGRATIONS[:version])
        db.execute_sql(
            'INSERT INTO template (no, "group", kind, name, send_type, title, sender, body, '
            "catalog_version) VALUES (18, 'CrossMall', 'order', 'n', 'EMAIL', 't', 's', 'b', 1)"
        )
        origin = (", origin", ", 'app'") if version >= 2 else ("", "")  # NOT NULL from 2
        db.execute_sql(
            "INSERT INTO registration (id, template_no, destination, enabled, standby, period, "
            "recognition_key, title, sender, body, created_by, created_at, updated_by, "
            f"updated_at{origin[0]}) VALUES (1, 18, 'a@example.jp', 1, 0, NULL, '', 't', "
            "'Qoo10 <qoo10info@qoo10.jp>', 'b', 'u', '2015-04-17 15:36:00', 'u', "
            f"'2015-04-17 15:36:00'{origin[1]})"
        )
        for _ in range(3):
            db.execute_sql(
                "INSERT INTO history (registration_id, at, by, action, changes) "
                "VALUES (1, '2015-04-17 15:36:00', 'u', 'modify', '[]')"
            )
    finally:
        db.close()


@pytest.fixture(scope="module")
def fresh_schema(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], tuple[str, str]]:
    path = tmp_path_factory.mktemp("fresh") / "fresh.db"
    open_database(path).close()
    return schema(path)


def test_fresh_schema_has_the_immutability_triggers_and_the_models_columns(
    fresh_schema: dict[tuple[str, str], tuple[str, str]], tmp_path: Path
) -> None:
    triggers = {name for kind, name in fresh_schema if kind == "trigger"}
    assert triggers >= IMMUTABILITY_TRIGGERS
    path = tmp_path / "fresh.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        for model in (models.Registration, models.History, models.Meta, models.Template):
            table = model._meta.table_name
            stored = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            declared = {f.column_name for f in model._meta.sorted_fields}
            assert stored == declared, table
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, migrations.latest_version()))
def test_migrated_from_every_older_version_equals_a_fresh_database(
    version: int, tmp_path: Path, fresh_schema: dict[tuple[str, str], tuple[str, str]]
) -> None:
    path = tmp_path / f"v{version}.db"
    _populate(path, version)
    open_database(path).close()
    assert schema(path) == fresh_schema


# Databases from before revisions (schema 5 added them).
@pytest.mark.parametrize("version", range(1, 5))
def test_migration_numbers_the_existing_history_as_revisions(version: int, tmp_path: Path) -> None:
    path = tmp_path / f"v{version}.db"
    _populate(path, version)
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT revision FROM registration").fetchall() == [(3,)]
        assert conn.execute("SELECT revision FROM history ORDER BY id").fetchall() == [
            (1,),
            (2,),
            (3,),
        ]
    finally:
        conn.close()


@pytest.mark.parametrize("version", [0, 1, 2])
@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM registration WHERE id = 1",
        "DELETE FROM history WHERE registration_id = 1",
        "UPDATE history SET by = 'someone else' WHERE registration_id = 1",
    ],
)
def test_raw_sql_cannot_delete_registrations_or_rewrite_history(
    statement: str, version: int, tmp_path: Path
) -> None:
    """From a plain sqlite3 client with foreign keys off (the default), new or migrated."""
    path = tmp_path / "raw.db"
    if version:
        _populate(path, version)
        open_database(path).close()
    else:
        from qsm_desktop.core.registrations import (
            Patch,
            RegistrationInput,
            RegistrationService,
        )

        db = open_database(path)
        service = RegistrationService("tester")
        reg = service.register(RegistrationInput(18, "a@example.jp")).registration
        service.modify(reg.id, Patch(title="t2"))
        db.close()
        assert reg.id == 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement)
        assert conn.execute("SELECT COUNT(*) FROM registration").fetchone()[0] == 1
        assert (
            conn.execute("SELECT COUNT(*) FROM history WHERE by = 'someone else'").fetchone()[0]
            == 0
        )
    finally:
        conn.close()
