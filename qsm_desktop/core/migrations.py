"""Versioned, atomic schema migrations with a backup first.

The schema version lives in SQLite's ``PRAGMA user_version``. Each step runs inside
``SqliteMigrator.migration_context()``: foreign keys are switched off *outside* the transaction
(so a table rebuild cannot cascade-delete child rows), the step and the new version commit
together, and ``foreign_key_check`` must come back empty before the commit. A database newer
than this app is refused before anything writes to the file — not even the WAL pragma.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from qsm_desktop.core import db as db_module
from qsm_desktop.core.errors import DatabaseTooNewError

if TYPE_CHECKING:  # imported when a migration runs: an up-to-date start does not need it
    from playhouse.migrate import SqliteMigrator

Step = Callable[[peewee.SqliteDatabase, "SqliteMigrator"], None]

_NO_DELETE_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS registration_no_delete BEFORE DELETE ON registration
       BEGIN SELECT RAISE(ABORT, 'registrations are never deleted (set enabled = N)'); END""",
    """CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
       BEGIN SELECT RAISE(ABORT, 'history rows are immutable'); END""",
    """CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
       BEGIN SELECT RAISE(ABORT, 'history rows are immutable'); END""",
)


# Each step's DDL is frozen here as it was when the step was written; the models describe only
# the latest schema, so a step must never build tables from them.
_V1_DDL = (
    'CREATE TABLE "meta" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "template" ("no" INTEGER NOT NULL PRIMARY KEY, "group" VARCHAR(255) NOT NULL, '
    '"kind" VARCHAR(255) NOT NULL, "name" TEXT NOT NULL, "send_type" VARCHAR(255) NOT NULL, '
    '"title" TEXT NOT NULL, "sender" TEXT NOT NULL, "body" TEXT NOT NULL, '
    '"catalog_version" INTEGER NOT NULL)',
    'CREATE INDEX "template_group" ON "template" ("group")',
    'CREATE INDEX "template_kind" ON "template" ("kind")',
    'CREATE TABLE "registration" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"template_no" INTEGER NOT NULL, "destination" TEXT NOT NULL, "enabled" INTEGER NOT NULL, '
    '"standby" INTEGER NOT NULL, "period" INTEGER, "recognition_key" TEXT NOT NULL, '
    '"title" TEXT NOT NULL, "sender" TEXT NOT NULL, "body" TEXT NOT NULL, '
    '"created_by" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_by" TEXT NOT NULL, '
    '"updated_at" DATETIME NOT NULL, FOREIGN KEY ("template_no") REFERENCES "template" ("no") '
    "ON DELETE RESTRICT)",
    'CREATE INDEX "registration_template_no" ON "registration" ("template_no")',
    'CREATE TABLE "history" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"registration_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "by" TEXT NOT NULL, '
    '"action" VARCHAR(255) NOT NULL, "changes" TEXT NOT NULL, FOREIGN KEY ("registration_id") '
    'REFERENCES "registration" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "history_registration_id" ON "history" ("registration_id")',
)


def _v1_initial(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
    for sql in (*_V1_DDL, *_NO_DELETE_TRIGGERS):
        db.execute_sql(sql)


def _v2_qsm_round_trip(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Rows read from QSM (origin, カテゴリ) and the change checklist's ticks."""
    migrator.migrate(
        migrator.add_column("registration", "origin", peewee.CharField(default="app")),
        migrator.add_column("registration", "qsm_category", peewee.TextField(null=True)),
    )
    db.execute_sql(
        'CREATE TABLE "checklist_tick" ("history_id" INTEGER NOT NULL PRIMARY KEY, '
        '"ticked_at" DATETIME NOT NULL, FOREIGN KEY ("history_id") REFERENCES "history" ("id") '
        "ON DELETE RESTRICT)"
    )


_V3_DDL = (
    'CREATE TABLE "product_import" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"kind" VARCHAR(255) NOT NULL, "source_path" TEXT NOT NULL, "file_name" TEXT NOT NULL, '
    '"encoding" VARCHAR(255) NOT NULL, "header" TEXT NOT NULL, "row_count" INTEGER NOT NULL, '
    '"file_size" INTEGER NOT NULL, "imported_at" DATETIME NOT NULL, '
    '"imported_by" TEXT NOT NULL, "replaced_at" DATETIME)',
    'CREATE INDEX "product_import_kind" ON "product_import" ("kind")',
    'CREATE TABLE "goods_item" ("id" INTEGER NOT NULL PRIMARY KEY, "line" INTEGER NOT NULL, '
    '"item_no" TEXT NOT NULL, "cells" TEXT NOT NULL)',
    'CREATE TABLE "inventory_item" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"line" INTEGER NOT NULL, "item_no" TEXT NOT NULL, "cells" TEXT NOT NULL)',
    'CREATE INDEX "inventory_item_item_no" ON "inventory_item" ("item_no")',
    # The import log outlives the snapshots it describes: product rows are a replaceable copy
    # of an external file, when and from where it was imported is history.
    """CREATE TRIGGER IF NOT EXISTS product_import_no_delete BEFORE DELETE ON product_import
       BEGIN SELECT RAISE(ABORT, 'the product import log is kept'); END""",
)


def _v3_products(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Imported GoodsList.csv / gridInventory snapshots and their import log."""
    for sql in _V3_DDL:
        db.execute_sql(sql)


# Everything the お知らせ設定データ grid reads of a registration (core/grid_query.py), led by the
# id the grid is ordered by: the grid's search reads this index alone, not the rows with their
# mail bodies (measured: the first paint's read of 1,000 rows 3.9 -> 2.4 ms in a new process,
# a search of 100,000 rows 260-290 -> 215 ms; the file grows by about 6 %).
_V4_DDL = (
    'CREATE INDEX "registration_grid" ON "registration" ("id", "template_no", "destination", '
    '"enabled", "standby", "created_by", "created_at", "updated_at", "updated_by")',
)


def _v4_grid_index(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """A covering index for the grid's search."""
    for sql in _V4_DDL:
        db.execute_sql(sql)


# Schema 5: every registration carries a revision (1 when registered, +1 with each history row
# written for it), and each history row the revision it produced; a 修正 states the revision it
# was based on and is refused when the row has moved on (registrations.ConflictError).
# The step also restores the no-delete triggers: schema 2's add_column rebuilt ``registration``,
# which silently dropped ``registration_no_delete`` from every database since. Plain
# ``ALTER TABLE … ADD COLUMN`` is used here because it does not rebuild the table.
_V5_DDL = (
    'ALTER TABLE "registration" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "history" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0',
    # The numbering below updates history rows: the immutability trigger comes back after it.
    "DROP TRIGGER IF EXISTS history_no_update",
    'UPDATE "history" SET "revision" = (SELECT COUNT(*) FROM "history" AS "h" '
    'WHERE "h"."registration_id" = "history"."registration_id" AND "h"."id" <= "history"."id")',
    'UPDATE "registration" SET "revision" = MAX(1, (SELECT COUNT(*) FROM "history" '
    'WHERE "history"."registration_id" = "registration"."id"))',
    *_NO_DELETE_TRIGGERS,
)


def _v5_revisions_and_triggers(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Revisions for stale-write refusal; the lost no-delete trigger restored."""
    for sql in _V5_DDL:
        db.execute_sql(sql)


# Schema 6: where each registration's title/sender/body came from (sample | qsm | edited), the
# text captured from QSM per template (a log: the latest row per template is the current one),
# and the product import's spreadsheet-damage findings that need the previous snapshot (leading
# zeros lost).
# The grid's covering index gains text_source, which the grid shows as a column.
_V6_DDL = (
    """ALTER TABLE "registration" ADD COLUMN "text_source" VARCHAR(255) NOT NULL DEFAULT 'sample'""",
    'ALTER TABLE "registration" ADD COLUMN "text_captured_at" DATETIME',
    # Rows written before text sources were stored: the catalog's text (still the version the
    # row was made from: the catalog upgrade runs after the migrations) is the sample.
    """UPDATE "registration" SET "text_source" = 'edited' WHERE NOT EXISTS (
        SELECT 1 FROM "template" AS t WHERE t."no" = "registration"."template_no"
        AND t."title" = "registration"."title" AND t."sender" = "registration"."sender"
        AND t."body" = "registration"."body")""",
    'CREATE TABLE "template_capture" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"template_no" INTEGER NOT NULL, "title" TEXT NOT NULL, "sender" TEXT NOT NULL, '
    '"body" TEXT NOT NULL, "captured_at" DATETIME NOT NULL, "captured_by" TEXT NOT NULL, '
    'FOREIGN KEY ("template_no") REFERENCES "template" ("no") ON DELETE RESTRICT)',
    'CREATE INDEX "template_capture_template_no" ON "template_capture" ("template_no")',
    """CREATE TRIGGER IF NOT EXISTS template_capture_no_delete BEFORE DELETE ON template_capture
       BEGIN SELECT RAISE(ABORT, 'captured texts are kept'); END""",
    """CREATE TRIGGER IF NOT EXISTS template_capture_no_update BEFORE UPDATE ON template_capture
       BEGIN SELECT RAISE(ABORT, 'captured texts are immutable'); END""",
    """ALTER TABLE "product_import" ADD COLUMN "damage" TEXT NOT NULL DEFAULT '[]'""",
    'DROP INDEX "registration_grid"',
    'CREATE INDEX "registration_grid" ON "registration" ("id", "template_no", "destination", '
    '"enabled", "standby", "created_by", "created_at", "updated_at", "updated_by", '
    '"text_source")',
)


def _v6_text_sources(db: peewee.SqliteDatabase, migrator: SqliteMigrator) -> None:
    """Text sources (sample / QSM / edited), captured QSM texts, product damage findings."""
    for sql in _V6_DDL:
        db.execute_sql(sql)


MIGRATIONS: list[Step] = [
    _v1_initial,
    _v2_qsm_round_trip,
    _v3_products,
    _v4_grid_index,
    _v5_revisions_and_triggers,
    _v6_text_sources,
]


def latest_version() -> int:
    return len(MIGRATIONS)


def read_version(path: Path) -> int:
    """The file's schema version, read without writing a byte (0 for a new or empty file).

    Raises StoreError for a file that is no database, DatabaseTooNewError for a newer one."""
    from qsm_desktop.core.db_file import header_version

    return header_version(path, latest_version())


def check_not_newer(path: Path) -> int:
    return read_version(path)


def backup(db: peewee.SqliteDatabase, path: Path, version: int) -> Path:
    """The backup before migrating from ``version``: one of the store's backups (backups/
    beside the database, integrity-checked, listed and restorable like the others)."""
    from qsm_desktop.core.backups import take_backup

    return take_backup("migration", db).path


def current_version(db: peewee.Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate_to_latest(
    db: peewee.SqliteDatabase, path: Path, steps: list[Step] | None = None
) -> Path | None:
    """Bring ``db`` to the latest schema; return the backup file taken first, if any."""
    steps = MIGRATIONS if steps is None else steps
    version = current_version(db)
    if version > len(steps):
        raise DatabaseTooNewError(
            f"このデータベースは新しいバージョンのQSM Desktopで作成されています"
            f"(スキーマ {version}、このアプリは {len(steps)} まで)。ファイルは変更していません。"
        )
    if version == len(steps):
        return None
    backup_path = backup(db, path, version) if version > 0 else None
    db_module.bind(db)
    from playhouse.migrate import SqliteMigrator

    migrator = SqliteMigrator(db)
    for number in range(version, len(steps)):
        with migrator.migration_context():
            steps[number](db, migrator)
            problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration {number + 1} broke foreign keys: {problems[:5]}")
            db.execute_sql(f"PRAGMA user_version = {number + 1}")
    return backup_path


# -- PostgreSQL -------------------------------------------------------------------------------
# A key that only the store's creation takes: two clients opening a new, empty database at once
# create the schema once (the second waits, then finds it made).
_PG_CREATE_LOCK = 0x5153_4D44  # "QSMD"


def pg_current_version(db: peewee.Database) -> int:
    """The schema version of a PostgreSQL store (0: no store in this database yet)."""
    from qsm_desktop.core.pg_schema import SCHEMA_VERSION_KEY

    exists = db.execute_sql("SELECT to_regclass('\"meta\"') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = db.execute_sql(
        'SELECT "value" FROM "meta" WHERE "key" = %s', (SCHEMA_VERSION_KEY,)
    ).fetchone()
    return int(row[0]) if row else 0


def _refuse_newer(version: int) -> None:
    if version > latest_version():
        raise DatabaseTooNewError(
            f"このデータベースは新しいバージョンのQSM Desktopで作成されています"
            f"(スキーマ {version}、このアプリは {latest_version()} まで)。"
            "データベースは変更していません。新しいバージョンのアプリを使ってください。"
        )


def migrate_postgres(db: peewee.Database) -> None:
    """Create the store in an empty PostgreSQL database at the latest schema, in one
    transaction; refuse a newer one before writing. (No older PostgreSQL schema exists: the
    first version that speaks PostgreSQL creates it at schema 6; a later step must bring a
    PostgreSQL store forward as well, see pg_schema.py.)"""
    from qsm_desktop.core.errors import StoreError
    from qsm_desktop.core.pg_schema import BUILDS_VERSION, SCHEMA_VERSION_KEY, create_statements

    if latest_version() != BUILDS_VERSION:
        raise RuntimeError("pg_schema.py does not build the latest schema")
    version = pg_current_version(db)
    _refuse_newer(version)
    if version == latest_version():
        return
    if version != 0:
        raise StoreError(
            f"このデータベースのスキーマ {version} は古く、更新できません。"
            "管理者に連絡してください。データベースは変更していません。"
        )
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_CREATE_LOCK,))
        version = pg_current_version(db)  # another client may have made it while we waited
        if version:
            _refuse_newer(version)
            return
        tables = db.execute_sql(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchone()[0]
        if tables:
            raise StoreError(
                "このデータベースにはQSM Desktop以外の表があります。"
                "QSM Desktop専用の空のデータベースを指定してください。データベースは変更していません。"
            )
        for sql in create_statements():
            db.execute_sql(sql)
        db.execute_sql(
            'INSERT INTO "meta" ("key", "value") VALUES (%s, %s)',
            (SCHEMA_VERSION_KEY, str(latest_version())),
        )
