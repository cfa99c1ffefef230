"""The bound store's own driver connection, for the modules that read and write with plain SQL
(the product files: millions of cells, no ORM rows; see products/importer.py).

On SQLite it is the ``sqlite3`` connection itself. On PostgreSQL it is :class:`PgRawConnection`,
which takes the same SQL — ``?`` placeholders, ``cursor.lastrowid`` after an ``INSERT`` — and
hands it to psycopg (``%s`` placeholders, ``RETURNING "id"``). Dialect differences beyond that
(a function SQLite has and PostgreSQL not) are written at the call site with :func:`is_postgres`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from qsm_desktop.core.db import database_proxy, is_postgres


def raw_connection() -> Any:
    """The bound store's driver connection (see the module)."""
    db = database_proxy.obj
    if db is None:
        from qsm_desktop.core.errors import StoreError

        raise StoreError("データベースが開かれていません。")
    conn = db.connection()
    return PgRawConnection(conn) if is_postgres(db) else conn


def to_postgres(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled). The SQL handed here
    has no ``?`` inside a string literal."""
    return sql.replace("%", "%%").replace("?", "%s")


class _Cursor:
    """A psycopg cursor answering like sqlite3's (``lastrowid`` included)."""

    def __init__(self, cursor: Any, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._cursor.fetchall())

    def fetchmany(self, size: int) -> list[Any]:
        return list(self._cursor.fetchmany(size))

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


class PgRawConnection:
    """sqlite3's ``execute``/``executemany`` over a psycopg connection, inside whatever
    transaction the store's database has begun (peewee's ``atomic``)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        import psycopg

        from qsm_desktop.core.errors import store_error

        statement = to_postgres(sql)
        insert = statement.lstrip().upper().startswith("INSERT") and "RETURNING" not in statement
        if insert:
            statement += ' RETURNING "id"'
        cursor = self._conn.cursor()
        try:
            cursor.execute(statement, tuple(params))
        except psycopg.Error as exc:
            raise store_error(exc) from exc
        return _Cursor(cursor, int(cursor.fetchone()[0]) if insert else None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> _Cursor:
        import psycopg

        from qsm_desktop.core.errors import store_error

        cursor = self._conn.cursor()
        try:
            cursor.executemany(to_postgres(sql), rows)
        except psycopg.Error as exc:
            raise store_error(exc) from exc
        return _Cursor(cursor)
