"""The one place the SQLite database is opened.

Models bind to ``database_proxy``; nothing opens a database at import time. The composition root
(``__main__``) and the tests call :func:`open_database`, which also migrates (see migrations.py).

peewee is imported on first need (``database_proxy`` is created on first access): the GUI's
first paint reads its rows through :func:`read_if_current` with the standard ``sqlite3`` module
only, read-only, and only when the file needs neither a migration nor a catalog update; the full
:func:`open_database` runs right after that paint, before anything can write.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import peewee

    from qsm_desktop.core.store_location import PasswordProvider, StoreLocation

    database_proxy: peewee.DatabaseProxy

T = TypeVar("T")

BUSY_TIMEOUT_SECONDS = 5.0

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    # A generous page cache keeps 100k-row searches in memory (value in KiB when negative).
    "cache_size": -32_000,
}

# What read_if_current compares with, without importing the migrations (peewee) or the catalog
# module (which uses this key): a test checks the version agrees with migrations.latest_version().
SCHEMA_VERSION = 6
CATALOG_VERSION_KEY = "catalog_version"


def __getattr__(name: str) -> Any:
    # PEP 562: the proxy (and peewee with it) comes into being on first access, then is a plain
    # module global; every model and query reaches the same object.
    if name == "database_proxy":
        import peewee

        proxy = globals().setdefault("database_proxy", peewee.DatabaseProxy())
        return proxy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def connect(path: Path | str) -> peewee.SqliteDatabase:
    """Open (without migrating) the SQLite file at ``path`` with the app's pragmas."""
    from qsm_desktop.core.store_database import StoreDatabase

    # Every transaction starts as BEGIN IMMEDIATE: it takes the write lock at once, waiting up to
    # the busy timeout for another writer. A deferred one reads first and fails at once with
    # "database is locked" when it then needs to write while another process writes.
    db = StoreDatabase(
        str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS, lock_type="IMMEDIATE"
    )
    db.connect(reuse_if_open=True)
    return db


def _proxy() -> peewee.DatabaseProxy:
    proxy: peewee.DatabaseProxy | None = globals().get("database_proxy")
    return __getattr__("database_proxy") if proxy is None else proxy


def close_connection() -> None:
    """Close the calling thread's connection to the bound database (peewee keeps one per
    thread), ignoring a failure to close: a worker thread calls this when its job ends."""
    proxy = _proxy()
    db = proxy.obj
    if db is None:
        return
    import contextlib

    import peewee

    # A connection that cannot be closed leaves nothing more to do here.
    with contextlib.suppress(peewee.PeeweeException, sqlite3.Error, OSError):
        db.close()


def bind(db: peewee.Database) -> None:
    proxy = _proxy()
    if proxy.obj is not None and proxy.obj is not db:
        # The store bound before (a command run in-process by a test, a second open): this
        # thread's connection to it is closed rather than left to the garbage collector.
        close_connection()
    proxy.initialize(db)


def is_postgres(db: peewee.Database | None = None) -> bool:
    """Whether ``db`` (default: the bound database) is a PostgreSQL store."""
    if db is None:
        db = _proxy().obj
        if db is None:
            return False
    import peewee

    return isinstance(db, peewee.PostgresqlDatabase)


def _password_refused(error: BaseException) -> bool:
    text = f"{getattr(error, 'detail', '')} {error}".lower()
    return "password" in text and ("no password supplied" in text or "authentication" in text)


def connect_postgres(
    url: str, password_provider: PasswordProvider | None = None
) -> peewee.PostgresqlDatabase:
    """Connect (without migrating) to the PostgreSQL database at ``url`` through psycopg 3.

    libpq finds the password itself (in the URL given for this run, ``PGPASSWORD``,
    ``~/.pgpass``); when the server still wants one, ``password_provider`` is asked once (a
    prompt, a dialog) and the answer is kept in memory for this run's connections only."""
    from qsm_desktop.core.errors import StoreError
    from qsm_desktop.core.store_database import PgStoreDatabase
    from qsm_desktop.core.store_location import without_password

    db = PgStoreDatabase(url, prefer_psycopg3=True, connect_timeout=10)
    try:
        db.connect(reuse_if_open=True)
    except StoreError as error:
        if password_provider is None or not _password_refused(error):
            raise
        password = password_provider(without_password(url))
        if password is None:
            raise StoreError(
                "パスワードが入力されなかったため、データベースサーバーに接続しませんでした。",
                path=without_password(url),
            ) from None
        db = PgStoreDatabase(url, prefer_psycopg3=True, connect_timeout=10, password=password)
        db.connect(reuse_if_open=True)
    return db


def open_store(
    location: StoreLocation | Path | str,
    *,
    daily_backup: bool = False,
    password_provider: PasswordProvider | None = None,
) -> peewee.Database:
    """Open, migrate and bind the store at ``location``: a SQLite file or a PostgreSQL URL.

    The one entry for both backends (see :func:`open_database` for a file);
    ``password_provider`` is asked when a PostgreSQL server wants a password libpq did not find.
    """
    from qsm_desktop.core.store_location import StoreLocation

    if not isinstance(location, StoreLocation):
        location = StoreLocation.parse(location)
    if location.path is not None:
        return open_database(location.path, daily_backup=daily_backup)
    assert location.url is not None
    return open_postgres(location.url, password_provider=password_provider)


def open_postgres(
    url: str, *, password_provider: PasswordProvider | None = None
) -> peewee.PostgresqlDatabase:
    """Connect, create or check the schema, bind, and sync the catalog of a PostgreSQL store.

    A newer schema is refused (DatabaseTooNewError) before anything is written."""
    from qsm_desktop.core.migrations import migrate_postgres

    db = connect_postgres(url, password_provider)
    try:
        migrate_postgres(db)
        bind(db)
        from qsm_desktop.core.catalog import forget_cache, sync_catalog

        forget_cache()
        sync_catalog()
    except BaseException:
        db.close()
        raise
    return db


def open_database(path: Path | str, *, daily_backup: bool = False) -> peewee.SqliteDatabase:
    """Open, migrate and bind the app's SQLite database (a URL goes to :func:`open_store`).

    ``daily_backup`` (the app's own start): on the first open of the day, back the file up
    into ``backups/`` beside it and check the copy's integrity (core/backups.py); a damaged
    database is refused then (StoreDamagedError), while the newest good backup can be
    offered."""
    from qsm_desktop.core.db_file import check_writable, header_version
    from qsm_desktop.core.errors import StoreError
    from qsm_desktop.core.migrations import latest_version, migrate_to_latest

    path = Path(path)
    # Judged before SQLite opens the file: even a read-only connection leaves -wal/-shm
    # beside a WAL database, so a refused file must never reach connect().
    existed = header_version(path, latest_version()) > 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"データベースのフォルダを作れません: {path.parent}({exc.strerror})。"
            "書き込める場所を指定してください。",
            path=path,
        ) from None
    check_writable(path)
    db = connect(path)
    try:
        migrate_to_latest(db, path)
        bind(db)
        from qsm_desktop.core.catalog import forget_cache, sync_catalog

        forget_cache()
        sync_catalog()
        if daily_backup and existed:
            from qsm_desktop.core.backups import backup_daily

            backup_daily(db)
    except BaseException:
        db.close()
        raise
    return db


_VERSION_HEAD = re.compile(rb'^\s*\{\s*"version"\s*:\s*(\d+)\s*,')


def _shipped_catalog_version() -> int:
    """The shipped catalog's version, read from the file's first line when it leads with it
    (as catalog.json does): parsing the whole catalog would cost the first paint ~3 ms."""
    from qsm_desktop.resources import resources_path

    path = resources_path() / "catalog.json"
    with path.open("rb") as handle:
        found = _VERSION_HEAD.match(handle.read(256))
    if found:
        return int(found.group(1))
    from qsm_desktop.resources import load_json

    return int(load_json("catalog.json")["version"])


def _header_user_version(path: Path) -> int | None:
    """``PRAGMA user_version`` as the file's header holds it (None: no SQLite header)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def read_if_current(path: Path | str, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """``read(connection)`` on a read-only ``sqlite3`` connection, if :func:`open_database` would
    change nothing in the file: the schema is the latest and the shipped catalog is loaded.

    Else (a new, old, newer or unreadable file, an older catalog) None, without having written
    a byte: the caller then opens with :func:`open_database`, which migrates or refuses.
    """
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        wal = path.with_name(path.name + "-wal")
        if not wal.exists() and _header_user_version(path) != SCHEMA_VERSION:
            # Decided from the header: a read-only connection would leave -wal/-shm beside
            # a file that open_database is going to refuse or migrate.
            return None
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
            return None
        stored = conn.execute(
            'SELECT "value" FROM "meta" WHERE "key" = ?', (CATALOG_VERSION_KEY,)
        ).fetchone()
        has_templates = conn.execute('SELECT 1 FROM "template" LIMIT 1').fetchone()
        if stored is None or has_templates is None:
            return None
        if _shipped_catalog_version() > int(stored[0]):
            return None
        return read(conn)
    except (sqlite3.Error, OSError, ValueError):
        return None
    finally:
        conn.close()


def close_thread_connection() -> None:
    """Close this thread's connection to the bound database, if it has one.

    peewee keeps one connection per thread: a worker thread that read the store (the setup
    check) closes its own when done, so that no connection outlives the work it was opened for.
    """
    proxy = globals().get("database_proxy")
    if proxy is not None and proxy.obj is not None and not proxy.is_closed():
        proxy.close()
