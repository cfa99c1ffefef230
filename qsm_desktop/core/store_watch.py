"""Noticing writes made by other connections: another process (the CLI, a second program on
the same file, a colleague on the same PostgreSQL store), or another thread of this one.

:func:`watch_outside_writes` gives the watch for the bound store; both kinds answer
``events()`` (the outside writes since the last call, as ``external`` change events) and say how
often to ask (``poll_ms``).

SQLite's ``PRAGMA data_version`` changes, for one connection, whenever another connection has
committed a change to the file; the connection's own commits leave it alone. The GUI reads it
when its window is activated and on a slow timer, and publishes an ``external`` change on the
bus when it moved (``gui/main_window.py``).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from qsm_desktop.core.changes import NOTICE_CHANNEL, ChangeEvent, event_from_notice

if TYPE_CHECKING:
    import peewee

    from qsm_desktop.core.changes import ChangeBus

# How often a window looks: PRAGMA data_version costs a few microseconds and an outside write
# to a file is rare (another program of the same seller); a colleague's change on a shared
# server must show within a second, and reading pending notices from the socket sends nothing.
SQLITE_POLL_MS = 5000
POSTGRES_POLL_MS = 250


class OutsideWrites(Protocol):
    poll_ms: int

    def events(self) -> list[ChangeEvent]: ...

    def close(self) -> None: ...


def watch_outside_writes(db: peewee.Database, bus_token: str = "") -> OutsideWrites:
    """The watch for ``db``: PRAGMA data_version for SQLite, LISTEN for PostgreSQL (skipping
    the notices sent by the bus named ``bus_token``, which published them already)."""
    from qsm_desktop.core.db import is_postgres

    if is_postgres(db):
        return PgListener.for_database(db, bus_token)
    return DataVersionWatch(db)


class DataVersionWatch:
    """``changed()``: whether another connection committed since the last call (or since the
    watch was made). Use it in one thread: the version is that thread's connection's."""

    poll_ms = SQLITE_POLL_MS

    def __init__(self, db: peewee.Database) -> None:
        self._db = db
        self._seen = self._read()

    def _read(self) -> int:
        return int(self._db.execute_sql("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        now = self._read()
        moved, self._seen = now != self._seen, now
        return moved

    def events(self) -> list[ChangeEvent]:
        """One store-wide external event when another connection wrote (what is unknown)."""
        return [ChangeEvent("store", external=True)] if self.changed() else []

    def close(self) -> None:
        """Nothing to release: the watch reads through the store's own connection."""


class PgListener:
    """LISTEN on a PostgreSQL store's change channel, on a connection of its own.

    Every committed write sends one notice (``changes.announce``, in the writer's transaction);
    :meth:`events` returns those that arrived since the last call, sent by other buses (other
    windows, processes, colleagues), as ``external`` events naming the registrations touched.
    Reading them sends nothing to the server. :meth:`fileno` is the socket, for a front end that
    prefers to be woken when a notice arrives.
    """

    poll_ms = POSTGRES_POLL_MS

    def __init__(self, conninfo: str, bus_token: str = "", **params: object) -> None:
        import psycopg

        from qsm_desktop.core.errors import store_error

        self._skip = bus_token
        try:
            self._conn: psycopg.Connection[tuple[object, ...]] = psycopg.connect(
                conninfo,
                autocommit=True,
                **params,  # type: ignore[arg-type]  # libpq keywords
            )
            self._conn.execute(f'LISTEN "{NOTICE_CHANNEL}"')
        except psycopg.Error as exc:
            raise store_error(exc, _display(conninfo)) from exc

    @classmethod
    def for_database(cls, db: peewee.Database, bus_token: str = "") -> PgListener:
        """A listener on the same server and database as ``db``, with the same credentials."""
        params = {
            k: v for k, v in db.connect_params.items() if k in ("password", "connect_timeout")
        }
        return cls(str(db.database), bus_token, **params)

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def events(self) -> list[ChangeEvent]:
        """The other clients' writes announced since the last call, oldest first."""
        import psycopg

        from qsm_desktop.core.errors import store_error

        found: list[ChangeEvent] = []
        try:
            for notice in self._conn.notifies(timeout=0):
                parsed = event_from_notice(notice.payload)
                if parsed is not None and parsed[0] != self._skip:
                    found.append(parsed[1])
        except psycopg.Error as exc:
            raise store_error(exc, "") from exc
        return found

    def publish_to(self, bus: ChangeBus) -> int:
        """Publish :meth:`events` on ``bus``; how many there were."""
        events = self.events()
        for event in events:
            bus.publish(event)
        return len(events)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a broken connection leaves nothing to do
            self._conn.close()


def _display(conninfo: str) -> str:
    from qsm_desktop.core.store_location import without_password

    return without_password(conninfo)
