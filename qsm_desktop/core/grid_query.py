"""A light read path for the お知らせ設定データ grid: plain tuples straight from SQLite.

``RegistrationService.search`` builds one dataclass per row through peewee, which is right for
the CLI and for a single registration but costs about a second for 100,000 rows. The grid needs
only the twelve columns it shows, so this module reads them with one SQL statement and returns
tuples (about 0.1 s for 100,000 rows). It only reads; every change still goes through the service.
The filters mean exactly what ``RegistrationService.search`` means by them.

【検索】 does not go back to the database when the grid already holds every registration as the
store has them (:class:`GridRows`): the store's version is the id of its last history row (every
write to a registration adds one), one indexed ``MAX`` to read; while it is the version the rows
were read at, the criteria are applied to the rows in memory (:func:`filter_rows`, the same
meaning as the SQL), some milliseconds for 100,000 rows instead of a third of a second.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Final

from qsm_desktop.core import db

if TYPE_CHECKING:
    from qsm_desktop.core.registrations import RegistrationData

# One grid row: (id, template_no, kind slug, group slug, template name, send type, destination,
# enabled 0/1, standby 0/1, created_by, created_at, updated_at, updated_by, text_source). Dates
# are the text SQLite stores, "YYYY-MM-DD HH:MM:SS", which sorts in time order. The positions are Final so
# that a type checker knows the type of row[ID], row[DESTINATION], ….
GridRow = tuple[int, int, str, str, str, str, str, int, int, str, str, str, str, str]

ID: Final = 0
TEMPLATE_NO: Final = 1
KIND: Final = 2
GROUP: Final = 3
NAME: Final = 4
SEND_TYPE: Final = 5
DESTINATION: Final = 6
ENABLED: Final = 7
STANDBY: Final = 8
CREATED_BY: Final = 9
CREATED_AT: Final = 10
UPDATED_AT: Final = 11
UPDATED_BY: Final = 12
TEXT_SOURCE: Final = 13  # where the mail text came from: text_sources.SAMPLE / QSM / EDITED

_SELECT = (
    'SELECT r."id", r."template_no", t."kind", t."group", t."name", t."send_type", '
    'r."destination", r."enabled", r."standby", r."created_by", r."created_at", '
    'r."updated_at", r."updated_by", r."text_source" '
    'FROM "registration" AS r JOIN "template" AS t ON t."no" = r."template_no"'
)


# The same rows from PostgreSQL: yes/no as 0/1 and dates as the text SQLite stores (peewee
# writes a datetime's str(): microseconds only when there are some).
_PG_DATE = """regexp_replace(to_char(r."{0}", 'YYYY-MM-DD HH24:MI:SS.US'), '[.]0+$', '')"""
_PG_SELECT = (
    'SELECT r."id", r."template_no", t."kind", t."group", t."name", t."send_type", '
    'r."destination", r."enabled"::int, r."standby"::int, r."created_by", '
    f"{_PG_DATE.format('created_at')}, {_PG_DATE.format('updated_at')}, "
    'r."updated_by", r."text_source" '
    'FROM "registration" AS r JOIN "template" AS t ON t."no" = r."template_no"'
)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_rows(
    kind: str | None = None,
    group: str | None = None,
    enabled: bool | None = None,
    address: str | None = None,
    *,
    connection: sqlite3.Connection | None = None,
) -> list[GridRow]:
    """【検索】 for the grid: kind/group slugs, 使用, text contained in 送信先 (ASCII case-insensitive).

    Read through the app's bound database, or through ``connection``, a plain ``sqlite3``
    connection (the first paint's read, see ``db.read_if_current``): the same rows either way.
    """
    where: list[str] = []
    params: list[object] = []
    postgres = connection is None and db.is_postgres()
    mark = "%s" if postgres else "?"
    if kind:
        where.append(f't."kind" = {mark}')
        params.append(kind)
    if group:
        where.append(f't."group" = {mark}')
        params.append(group)
    if enabled is not None:
        where.append(f'r."enabled" = {mark}')
        params.append(enabled if postgres else int(enabled))
    if address and address.strip():
        # SQLite's LIKE ignores the case of A-Z only; PostgreSQL's ILIKE of every letter:
        # lower() of both sides on A-Z-only text is what makes them agree.
        if postgres:
            where.append(
                "translate(r.\"destination\", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                "'abcdefghijklmnopqrstuvwxyz') LIKE %s ESCAPE '\\'"
            )
            params.append(_like_pattern(_ascii_lower(address.strip())))
        else:
            where.append("r.\"destination\" LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(address.strip()))
    sql = _PG_SELECT if postgres else _SELECT
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += ' ORDER BY r."id"'
    cursor = (
        connection.execute(sql, params)
        if connection is not None
        else db.database_proxy.execute_sql(sql, params)
    )
    rows: list[GridRow] = cursor.fetchall()
    return rows


def registration_count() -> int:
    """How many registrations the store holds (views choose between now and a worker by it)."""
    return int(db.database_proxy.execute_sql('SELECT COUNT(*) FROM "registration"').fetchone()[0])


def all_destinations() -> list[str]:
    """Every registration's 送信先, oldest registration first (one column: no rows built)."""
    sql = 'SELECT "destination" FROM "registration" ORDER BY "id"'
    return [row[0] for row in db.database_proxy.execute_sql(sql).fetchall()]


_VERSION_SQL = 'SELECT COALESCE(MAX("id"), 0) FROM "history"'


def store_version(*, connection: sqlite3.Connection | None = None) -> int:
    """The id of the store's last history row: it grows with every write to a registration."""
    if connection is not None:
        return int(connection.execute(_VERSION_SQL).fetchone()[0])
    return int(db.database_proxy.execute_sql(_VERSION_SQL).fetchone()[0])


def read_all(*, connection: sqlite3.Connection | None = None) -> GridRows:
    """Every registration's grid row with the version they were read at (read first: a write
    in between makes the rows newer than their version, never older, so it is read again)."""
    version = store_version(connection=connection)
    return GridRows(search_rows(connection=connection), version)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    """Lower case for A-Z only, as SQLite's LIKE compares (str.lower is the fast path for ASCII)."""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


def filter_rows(
    rows: list[GridRow],
    kind: str | None = None,
    group: str | None = None,
    enabled: bool | None = None,
    address: str | None = None,
) -> list[GridRow]:
    """The rows :func:`search_rows` would return for these criteria, from ``rows`` (kept in
    their order): the same meaning, without the database."""
    found = rows
    if kind:
        found = [row for row in found if row[KIND] == kind]
    if group:
        found = [row for row in found if row[GROUP] == group]
    if enabled is not None:
        wanted = 1 if enabled else 0
        found = [row for row in found if row[ENABLED] == wanted]
    needle = _ascii_lower(address.strip()) if address else ""
    if needle:
        lower = _ascii_lower
        found = [row for row in found if needle in lower(row[DESTINATION])]
    return list(found) if found is rows else found


class GridRows:
    """Every registration's grid row (in id order) as the store had them at ``version``."""

    __slots__ = ("_position", "rows", "version")

    def __init__(self, rows: list[GridRow], version: int) -> None:
        self.rows = rows
        self.version = version
        self._position: dict[int, int] | None = None  # id -> index, made on the first update

    def is_current(self) -> bool:
        return store_version() == self.version

    def matching(
        self,
        kind: str | None = None,
        group: str | None = None,
        enabled: bool | None = None,
        address: str | None = None,
    ) -> list[GridRow]:
        return filter_rows(self.rows, kind, group, enabled, address)

    def update(self, changed: list[GridRow], version: int) -> None:
        """Rows a write of this app reported (new ids at the end, as the store numbers them);
        ``version`` is the store's version after that write."""
        if self._position is None:
            self._position = {row[ID]: index for index, row in enumerate(self.rows)}
        for row in changed:
            index = self._position.get(row[ID])
            if index is None:
                self._position[row[ID]] = len(self.rows)
                self.rows.append(row)
            else:
                self.rows[index] = row
        self.version = version


def _stamp(value: object) -> str:
    return str(value)


def grid_row(data: RegistrationData) -> GridRow:
    """The grid row of a registration the service reported (after 登録/修正)."""
    return (
        data.id,
        data.template_no,
        data.kind,
        data.group,
        data.name,
        data.send_type,
        data.destination,
        1 if data.enabled else 0,
        1 if data.standby else 0,
        data.created_by,
        _stamp(data.created_at),
        _stamp(data.updated_at),
        data.updated_by,
        data.text_source,
    )
