"""A checksum per table that is the same on SQLite and PostgreSQL for the same data.

The two dialects hand back the same row differently: a flag is 0/1 in SQLite and a boolean in
PostgreSQL, a time is peewee's text in SQLite and a ``datetime`` in PostgreSQL, and text sorts by
the server's collation. So each value is first written in one canonical form, each row as one
line of JSON, the lines are sorted as strings (the order of the rows in either database does not
matter), and the checksum is the SHA-256 of those lines, newline-separated:

- NULL → ``null``; a boolean → 0 or 1; an integer → itself; a float → JSON's shortest repr;
- a ``datetime`` → ``str(value)`` (``YYYY-MM-DD HH:MM:SS[.ffffff]``, what peewee stores in
  SQLite); text in a time column is parsed and written the same way, so ``T`` or a space between
  date and time make no difference;
- ``bytes`` → lowercase hex; a ``Decimal`` → its ``str``; any other text → itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal


def canonical_value(value: object, is_time: bool) -> object:
    if value is None or (isinstance(value, str) and not is_time):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):  # text in a time column
        try:
            return str(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def canonical_line(row: Sequence[object], time_columns: Sequence[bool]) -> str:
    values = [canonical_value(v, t) for v, t in zip(row, time_columns, strict=True)]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def table_checksum(rows: Iterable[Sequence[object]], time_columns: Sequence[bool]) -> str:
    """The hex SHA-256 of the rows' canonical lines, sorted (see the module)."""
    lines = sorted(canonical_line(row, time_columns) for row in rows)
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
