"""The two ends of a store copy (core/db_transfer.py): what SQLite and PostgreSQL each say about
their tables, columns and references, how each reads rows and takes values, and the check of a
table (its row count and checksum, core/table_checksum.py) that both compute alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from qsm_desktop.core.table_checksum import table_checksum

VERSION_KEY = "schema_version"  # meta key of the schema version on PostgreSQL (pg_schema.py)
_BATCH = 2000


@dataclass(frozen=True, slots=True)
class TableCheck:
    name: str
    rows: int
    checksum: str

    def to_json(self) -> dict[str, Any]:
        return {"table": self.name, "rows": self.rows, "checksum": self.checksum}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    is_time: bool
    is_bool: bool


class Side:
    """One end of the copy: a DB-API connection and what differs between the two dialects."""

    dialect = ""
    mark = "?"
    # Whether every statement goes through the driver's parameter formatting, even without
    # parameters: psycopg's does ('%%' is a percent sign, as pg_schema.py writes it).
    formats = False

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        cursor = self.connection.cursor()
        if params or self.formats:
            cursor.execute(sql, params)
        else:
            cursor.execute(sql)
        return cursor

    def tables(self) -> list[str]:
        raise NotImplementedError

    def columns(self, table: str) -> list[Column]:
        raise NotImplementedError

    def references(self, table: str) -> set[str]:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def rows(self, table: str, columns: Sequence[Column]) -> Iterator[tuple[object, ...]]:
        names = ", ".join(quote(c.name) for c in columns)
        cursor = self.execute(f"SELECT {names} FROM {quote(table)}")
        skip_version = table == "meta"
        while batch := cursor.fetchmany(_BATCH):
            for row in batch:
                if skip_version and row[0] == VERSION_KEY:
                    continue
                yield tuple(row)

    def count(self, table: str) -> int:
        return int(self.execute(f"SELECT COUNT(*) FROM {quote(table)}").fetchone()[0])

    def value_for(self, column: Column, value: object) -> object:
        """A source value as this side stores it in ``column``."""
        return value

    def check(self, table: str, columns: Sequence[Column]) -> TableCheck:
        rows = list(self.rows(table, columns))
        return TableCheck(table, len(rows), table_checksum(rows, [c.is_time for c in columns]))


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SqliteSide(Side):
    dialect = "sqlite"

    def tables(self) -> list[str]:
        cursor = self.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        return [str(row[0]) for row in cursor.fetchall()]

    def columns(self, table: str) -> list[Column]:
        cursor = self.execute(f"PRAGMA table_info({quote(table)})")
        found = []
        for row in cursor.fetchall():
            declared = str(row[2]).upper()
            found.append(Column(str(row[1]), declared in ("DATETIME", "TIMESTAMP", "DATE"), False))
        return found

    def references(self, table: str) -> set[str]:
        cursor = self.execute(f"PRAGMA foreign_key_list({quote(table)})")
        return {str(row[2]) for row in cursor.fetchall()}

    def schema_version(self) -> int:
        return int(self.execute("PRAGMA user_version").fetchone()[0])

    def value_for(self, column: Column, value: object) -> object:
        from datetime import datetime

        if isinstance(value, bool):
            return int(value)
        if isinstance(value, datetime):
            return str(value)  # peewee's text form of a time in SQLite
        return value


class PostgresSide(Side):
    dialect = "postgresql"
    mark = "%s"
    formats = True

    def tables(self) -> list[str]:
        cursor = self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        return [str(row[0]) for row in cursor.fetchall()]

    def columns(self, table: str) -> list[Column]:
        cursor = self.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s ORDER BY ordinal_position",
            (table,),
        )
        return [
            Column(str(name), str(kind).startswith(("timestamp", "date")), kind == "boolean")
            for name, kind in cursor.fetchall()
        ]

    def references(self, table: str) -> set[str]:
        cursor = self.execute(
            "SELECT DISTINCT ccu.table_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.constraint_column_usage ccu "
            "ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema "
            "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema() "
            "AND tc.table_name = %s",
            (table,),
        )
        return {str(row[0]) for row in cursor.fetchall()} - {table}

    def schema_version(self) -> int:
        if "meta" not in self.tables():
            return 0
        row = self.execute('SELECT "value" FROM "meta" WHERE "key" = %s', (VERSION_KEY,))
        found = row.fetchone()
        return int(found[0]) if found else 0

    def value_for(self, column: Column, value: object) -> object:
        from datetime import datetime

        if column.is_bool and value is not None and not isinstance(value, bool):
            return bool(int(str(value)))
        if column.is_time and isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                return value  # PostgreSQL refuses it and the copy rolls back with its words
        return value

    def advance_sequences(self, table: str) -> None:
        for column in self.columns(table):
            found = self.execute(
                "SELECT pg_get_serial_sequence(%s, %s)", (quote(table), column.name)
            ).fetchone()
            if found and found[0]:
                self.execute(
                    f"SELECT setval(%s, COALESCE(MAX({quote(column.name)}), 0) + 1, false) "
                    f"FROM {quote(table)}",
                    (found[0],),
                )


def in_dependency_order(side: Side, tables: Sequence[str]) -> list[str]:
    """``tables`` with every table after those it references (then by name)."""
    remaining = {t: side.references(t) & set(tables) for t in tables}
    ordered: list[str] = []
    while remaining:
        ready = sorted(t for t, refs in remaining.items() if refs <= set(ordered))
        if not ready:  # a cycle: none in this schema; keep going rather than loop forever
            ready = sorted(remaining)
        for table in ready:
            ordered.append(table)
            del remaining[table]
    return ordered
