"""Noticing writes made by other connections: another process (the CLI, a second program on
the same file), or another thread of this one.

SQLite's ``PRAGMA data_version`` changes, for one connection, whenever another connection has
committed a change to the file; the connection's own commits leave it alone. The GUI reads it
when its window is activated and on a slow timer, and publishes an ``external`` change on the
bus when it moved (``gui/main_window.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import peewee


class DataVersionWatch:
    """``changed()``: whether another connection committed since the last call (or since the
    watch was made). Use it in one thread: the version is that thread's connection's."""

    def __init__(self, db: peewee.Database) -> None:
        self._db = db
        self._seen = self._read()

    def _read(self) -> int:
        return int(self._db.execute_sql("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        now = self._read()
        moved, self._seen = now != self._seen, now
        return moved
