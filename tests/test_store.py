"""Opening, migrating and upgrading the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest
from guide_words import GROUPS, KINDS
from playhouse.migrate import SqliteMigrator

from qsm_desktop.core import migrations
from qsm_desktop.core.catalog import all_templates, get_template, shipped_catalog, sync_catalog
from qsm_desktop.core.db import connect, open_database
from qsm_desktop.core.errors import DatabaseTooNewError
from qsm_desktop.core.models import Registration
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.resources import resources_path


def test_pragmas_and_version(db: peewee.SqliteDatabase) -> None:
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("synchronous") == 1  # NORMAL
    assert db.pragma("busy_timeout") == 5000
    assert migrations.current_version(db) == migrations.latest_version()


def _schema_and_rows(path: Path) -> tuple[list[tuple[str, str]], list[tuple[object, ...]], int]:
    with sqlite3.connect(path) as conn:
        schema = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
        templates = conn.execute('SELECT * FROM "template" ORDER BY "no"').fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return schema, templates, version


def test_full_initialisation_builds_what_the_tests_copy(
    tmp_path: Path, migrated_database: Path
) -> None:
    # Every other test starts from a copy of one migrated database: this one goes through the
    # whole initialisation on a new file and must end with the same schema, catalog and version.
    path = tmp_path / "fresh.db"
    open_database(path).close()
    fresh = _schema_and_rows(path)
    assert fresh[2] == migrations.latest_version()
    assert len(fresh[1]) == len(shipped_catalog()["templates"])
    assert fresh == _schema_and_rows(migrated_database)


def test_grid_search_reads_the_covering_index_not_the_rows(tmp_path: Path) -> None:
    from qsm_desktop.core import grid_query

    path = tmp_path / "plan.db"
    open_database(path).close()
    statements: list[str] = []
    with sqlite3.connect(path) as conn:
        conn.set_trace_callback(statements.append)
        grid_query.search_rows(connection=conn)  # the default 【検索】: what the first paint reads
        conn.set_trace_callback(None)
        [sql] = statements
        plan = " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "SCAN r USING COVERING INDEX registration_grid" in plan
    assert "TEMP B-TREE" not in plan  # the index is already in the grid's order


def test_catalog_loaded_with_guide_numbers(db: peewee.SqliteDatabase) -> None:
    templates = all_templates()
    assert len(templates) == 45
    assert {(t.group, t.kind) for t in templates} == {(g, k) for g in GROUPS for k in KINDS}
    assert get_template(1).name == "[Email] StockGear Order - 注文情報"
    assert (get_template(18).group, get_template(18).kind) == ("CrossMall", "order")
    assert get_template(18).name == "[Email] CrossMall Order - Group"
    assert (get_template(47).group, get_template(47).kind) == ("CrossMall", "shipping_request")
    assert get_template(47).name.startswith("[Email] CrossMall Transpor")
    for t in templates:
        assert t.send_type == "EMAIL" and t.sender == "Qoo10 <qoo10info@qoo10.jp>"
        if t.kind == "order":
            assert "Qoo10の注文のお知らせです。" in t.title
        if t.kind == "shipping_request":
            assert "Qoo10の発注のお知らせです。" in t.title
    assert "sample" in shipped_catalog()["notice"].lower()


def test_catalog_upgrade_keeps_registrations(db: peewee.SqliteDatabase) -> None:
    service = RegistrationService("tester")
    reg = service.register(RegistrationInput(1, "a@example.jp")).registration
    newer = shipped_catalog()
    newer["version"] = int(newer["version"]) + 1
    newer["templates"][0] = {**newer["templates"][0], "title": "新しいタイトル"}
    assert newer["templates"][0]["no"] == 1
    assert not sync_catalog(shipped_catalog())  # same version: nothing to do
    assert sync_catalog(newer)
    assert get_template(1).title == "新しいタイトル"
    assert service.get(reg.id) == reg
    assert Registration.select().count() == 1


def _populate_v1(path: Path) -> None:
    db = connect(path)
    migrations.migrate_to_latest(db, path, steps=migrations.MIGRATIONS[:1])
    db.execute_sql(
        "INSERT INTO template VALUES (1, 'StockGear', 'order', 'n', 'EMAIL', 't', 's', 'b', 1)"
    )
    for i in range(1, 21):
        db.execute_sql(
            "INSERT INTO registration VALUES (?, 1, ?, 1, 0, NULL, '', 't', "
            "'Qoo10 <qoo10info@qoo10.jp>', 'b', 'u', '2015-04-17 15:36:00', 'u', "
            "'2015-04-17 15:36:00')",
            (i, f"r{i}@example.jp"),
        )
        for _ in range(3):
            db.execute_sql(
                "INSERT INTO history (registration_id, at, by, action, changes) "
                "VALUES (?, '2015-04-17 15:36:00', 'u', 'register', '[]')",
                (i,),
            )
    db.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("registration", "history")
        }
    finally:
        conn.close()


def test_populated_database_migrates_with_all_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _populate_v1(path)
    assert _counts(path) == {"registration": 20, "history": 60}
    db = open_database(path)
    try:
        assert migrations.current_version(db) == migrations.latest_version()
        assert Registration.get_by_id(7).origin == "app"
    finally:
        db.close()
    assert _counts(path) == {"registration": 20, "history": 60}
    [backup] = list((tmp_path / "backups").glob("old-*-migration.db"))
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM history").fetchone()[0] == 60
    conn.close()


def test_table_rebuild_in_a_migration_keeps_child_rows(tmp_path: Path) -> None:
    """A rebuild of the parent table (drop_column) must not cascade into history."""
    path = tmp_path / "old.db"
    _populate_v1(path)

    def rebuild(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
        migrator.migrate(migrator.drop_column("registration", "recognition_key"))

    db = connect(path)
    try:
        migrations.migrate_to_latest(db, path, steps=[*migrations.MIGRATIONS[:1], rebuild])
        assert migrations.current_version(db) == 2
        assert db.pragma("foreign_keys") == 1
    finally:
        db.close()
    assert _counts(path) == {"registration": 20, "history": 60}


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _populate_v1(path)

    def broken(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
        db.execute_sql("ALTER TABLE registration ADD COLUMN half_done TEXT")
        raise RuntimeError("boom")

    db = connect(path)
    try:
        with pytest.raises(RuntimeError):
            migrations.migrate_to_latest(db, path, steps=[*migrations.MIGRATIONS[:1], broken])
        assert migrations.current_version(db) == 1
        columns = [c.name for c in db.get_columns("registration")]
        assert "half_done" not in columns
    finally:
        db.close()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (a)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as excinfo:
        open_database(path)
    assert "新しいバージョン" in str(excinfo.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.db"]


def test_resources_found_from_checkout() -> None:
    assert (resources_path() / "catalog.json").is_file()


def test_fast_catalog_version_read_matches_the_file() -> None:
    from qsm_desktop.core.db import _shipped_catalog_version

    assert _shipped_catalog_version() == int(shipped_catalog()["version"])
