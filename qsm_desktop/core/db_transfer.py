"""Moving a whole store between SQLite and PostgreSQL (``qsm-desktop migrate-db``, the GUI's
共有データベースへ移す wizard, and a PostgreSQL store's portable backup).

Every table is copied row by row with its ids — registrations, history, checklist ticks,
captured texts, product imports, the catalog and ``meta`` — in ONE transaction on the target,
which is refused unless it is empty: a PostgreSQL database with no tables (the schema is created
in the same transaction) or a store with nothing but the catalog in it, or a SQLite file that
does not exist yet. Before the commit, every table's row count and checksum
(``core/table_checksum.py``) are read back from the target and compared with the source's; a
difference rolls everything back. The source is opened read-only and never written.

Only where the dialects keep different things do the rows differ: PostgreSQL keeps the schema
version as ``meta.schema_version`` and SQLite in ``PRAGMA user_version``, so that row is neither
copied nor checksummed, and the target's own version is set instead. After the copy, each
PostgreSQL identity column's sequence is set past the largest copied id, so that the next
registration does not collide with a copied one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qsm_desktop.core.errors import QsmError, StoreError
from qsm_desktop.core.store_location import StoreLocation
from qsm_desktop.core.transfer_sides import (
    VERSION_KEY,
    Column,
    PostgresSide,
    Side,
    SqliteSide,
    TableCheck,
    in_dependency_order,
    quote,
)

# Tables the app's own initialisation fills (the catalog, meta): a target holding only these is
# a new, empty store, and their rows are replaced by the source's.
_INITIAL_TABLES = frozenset({"meta", "template"})
_BATCH = 2000

# What each table holds, in the seller's words (the move's progress names the table it copies).
TABLE_LABELS = {
    "meta": "設定",
    "template": "テンプレート",
    "registration": "登録",
    "history": "履歴",
    "checklist_tick": "QSMへの反映のチェック",
    "template_capture": "取り込んだ文面",
    "product_import": "商品の取り込み",
    "goods_item": "商品",
    "inventory_item": "在庫",
}


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


Progress = Callable[[str, int, int], None]  # (table, index from 1, table count)


class TransferError(QsmError):
    """The copy was refused or failed; nothing was written to the target."""


# -- opening the two ends ------------------------------------------------------------------------


@contextmanager
def _open_source(location: StoreLocation, password: str | None = None) -> Iterator[Side]:
    if location.path is not None:
        path = location.path
        if not path.is_file():
            raise TransferError(f"移す元のデータベースがありません: {path}")
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise TransferError(
                f"移す元のデータベースを読めません: {path}(SQLiteのデータベースではないか、"
                "壊れています)。"
            ) from exc
        try:
            yield SqliteSide(conn)
        finally:
            conn.close()
        return
    import psycopg

    conn = _connect_postgres(location, password)
    try:
        # One snapshot for every table: writes by colleagues during the copy are not half in it.
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        yield PostgresSide(conn)
    finally:
        conn.close()


def _connect_postgres(location: StoreLocation, password: str | None = None) -> Any:
    import psycopg

    assert location.url is not None
    extra: dict[str, Any] = {"password": password} if password else {}
    try:
        return psycopg.connect(location.url, autocommit=False, connect_timeout=10, **extra)
    except psycopg.Error as exc:
        raise StoreError(
            f"PostgreSQLのデータベースに接続できません: {location.display}。"
            "ホスト名、ポート、データベース名、ユーザー名とパスワードを確認してください。",
            detail=str(exc),
        ) from None


def _require_current(source: Side, where: StoreLocation) -> int:
    from qsm_desktop.core.migrations import latest_version

    version = source.schema_version()
    if version != latest_version():
        raise TransferError(
            f"移す元のデータベースのスキーマ({version})がこのアプリ({latest_version()})と"
            f"違います: {where.display}。先にこのアプリで開いてから移してください。"
        )
    return version


# -- the copy --------------------------------------------------------------------------------------


def transfer(
    source_text: str | Path,
    target_text: str | Path,
    progress: Progress | None = None,
    *,
    password: str | None = None,
) -> list[TableCheck]:
    """Copy the store at ``source_text`` into the empty ``target_text`` (see the module); the
    verified per-table checks. Raises TransferError (nothing written) when refused or when a
    check differs. ``password``: for a PostgreSQL end whose password libpq does not find
    (``PGPASSWORD``, ``~/.pgpass``); used for this copy only."""
    source_at = StoreLocation.parse(source_text)
    target_at = StoreLocation.parse(target_text)
    if source_at.display == target_at.display:
        raise TransferError("移す元と移す先が同じです。別のデータベースを指定してください。")
    with _open_source(source_at, password) as source:
        version = _require_current(source, source_at)
        tables = in_dependency_order(source, source.tables())
        expected = {}
        columns = {}
        for table in tables:
            columns[table] = source.columns(table)
            expected[table] = source.check(table, columns[table])
        if target_at.path is not None:
            return _into_sqlite(source, target_at.path, tables, columns, expected, progress)
        return _into_postgres(
            source, target_at, password, version, tables, columns, expected, progress
        )


def _copy_tables(
    source: Side,
    target: Side,
    tables: Sequence[str],
    columns: dict[str, list[Column]],
    expected: dict[str, TableCheck],
    progress: Progress | None,
) -> list[TableCheck]:
    """Insert every table's rows (the target's initial rows replaced), then read each back."""
    for table in tables:
        if table in _INITIAL_TABLES:
            target.execute(f"DELETE FROM {quote(table)}")
    target_tables = set(target.tables())
    checks = []
    for index, table in enumerate(tables, start=1):
        if progress is not None:
            progress(table, index, len(tables))
        if table not in target_tables:
            raise TransferError(f"移す先にテーブル {table} がありません。移せません。")
        wanted = {c.name: c for c in target.columns(table)}
        missing = [c.name for c in columns[table] if c.name not in wanted]
        if missing:
            raise TransferError(
                f"移す先のテーブル {table} に列 {', '.join(missing)} がありません。移せません。"
            )
        into = [wanted[c.name] for c in columns[table]]
        names = ", ".join(quote(c.name) for c in into)
        marks = ", ".join(target.mark for _ in into)
        insert = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"
        batch: list[tuple[object, ...]] = []
        for row in source.rows(table, columns[table]):
            batch.append(tuple(target.value_for(c, v) for c, v in zip(into, row, strict=True)))
            if len(batch) >= _BATCH:
                target.connection.cursor().executemany(insert, batch)
                batch.clear()
        if batch:
            target.connection.cursor().executemany(insert, batch)
        if isinstance(target, PostgresSide):
            target.advance_sequences(table)
        check = target.check(table, into)
        if check != expected[table]:
            raise TransferError(
                f"テーブル {table} の写しが元と一致しません(元 {expected[table].rows}行、"
                f"写し {check.rows}行)。移す先には何も書いていません。"
            )
        checks.append(check)
    return checks


def _into_sqlite(
    source: Side,
    path: Path,
    tables: Sequence[str],
    columns: dict[str, list[Column]],
    expected: dict[str, TableCheck],
    progress: Progress | None,
) -> list[TableCheck]:
    from qsm_desktop.core.migrations import latest_version

    if path.exists():
        raise TransferError(
            f"移す先のファイルがすでにあります: {path}。新しいファイル名を指定してください。"
        )
    made = _new_sqlite_store(path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            checks = _copy_tables(source, SqliteSide(conn), tables, columns, expected, progress)
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                raise TransferError("移した行の参照が合いません。移す先には何も書いていません。")
            conn.execute(f"PRAGMA user_version = {latest_version()}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except BaseException:
        conn.close()
        if made:
            _remove_store_file(path)
        raise
    conn.close()
    return checks


def _new_sqlite_store(path: Path) -> bool:
    """A new store file at ``path`` through the app's own migrations (without the catalog: the
    source's rows come instead)."""
    from qsm_desktop.core import db as db_module
    from qsm_desktop.core.migrations import migrate_to_latest

    path.parent.mkdir(parents=True, exist_ok=True)
    # The migrations bind the models to the database they migrate: whatever store this process
    # works on stays bound.
    bound = db_module.database_proxy.obj
    db = db_module.connect(path)
    try:
        migrate_to_latest(db, path)
    finally:
        db.close()
        if bound is not None:
            db_module.bind(bound)
    return True


def _remove_store_file(path: Path) -> None:
    # The file was made by this copy a moment ago and holds nothing of the seller's.
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _into_postgres(
    source: Side,
    target_at: StoreLocation,
    password: str | None,
    version: int,
    tables: Sequence[str],
    columns: dict[str, list[Column]],
    expected: dict[str, TableCheck],
    progress: Progress | None,
) -> list[TableCheck]:
    import psycopg

    conn = _connect_postgres(target_at, password)
    target = PostgresSide(conn)
    try:
        with conn.transaction():
            present = target.tables()
            if not present:
                from qsm_desktop.core.pg_schema import create_statements

                for statement in create_statements():
                    target.execute(statement)
            else:
                holding = [t for t in present if t not in _INITIAL_TABLES and target.count(t)]
                if holding or "registration" not in present:
                    raise TransferError(
                        f"移す先のデータベースは空ではありません: {target_at.display}。"
                        "空のデータベースを指定してください(何も書いていません)。"
                    )
            checks = _copy_tables(source, target, tables, columns, expected, progress)
            target.execute(
                'INSERT INTO "meta" ("key", "value") VALUES (%s, %s)', (VERSION_KEY, str(version))
            )
    except psycopg.Error as exc:
        raise StoreError(
            f"PostgreSQLへの書き込みに失敗しました: {target_at.display}。移す先には何も書いていません。",
            detail=str(exc),
        ) from exc
    finally:
        conn.close()
    return checks


def store_checks(location_text: str | Path) -> list[TableCheck]:
    """The row count and checksum of every table of a store (read-only)."""
    location = StoreLocation.parse(location_text)
    with _open_source(location) as side:
        tables = in_dependency_order(side, side.tables())
        return [side.check(t, side.columns(t)) for t in tables]
