"""The one place the SQLite database is opened.

Models bind to ``database_proxy``; nothing opens a database at import time. The composition root
(``__main__``) and the tests call :func:`open_database`, which also migrates (see migrations.py).
"""

from __future__ import annotations

from pathlib import Path

import peewee

database_proxy = peewee.DatabaseProxy()

BUSY_TIMEOUT_SECONDS = 5.0

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    # A generous page cache keeps 100k-row searches in memory (value in KiB when negative).
    "cache_size": -32_000,
}


def connect(path: Path | str) -> peewee.SqliteDatabase:
    """Open (without migrating) the SQLite file at ``path`` with the app's pragmas."""
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    db.connect(reuse_if_open=True)
    return db


def bind(db: peewee.Database) -> None:
    database_proxy.initialize(db)


def open_database(path: Path | str) -> peewee.SqliteDatabase:
    """Open, migrate and bind the app database; the only entry used by the app and tests."""
    from qsm_desktop.core.migrations import check_not_newer, migrate_to_latest

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    check_not_newer(path)  # before connect(): even the WAL pragma would change the file
    db = connect(path)
    try:
        migrate_to_latest(db, path)
    except BaseException:
        db.close()
        raise
    bind(db)
    from qsm_desktop.core.catalog import forget_cache, sync_catalog

    forget_cache()
    sync_catalog()
    return db
