"""What every CLI command gets: where the database is and who is working."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import peewee

APP_NAME = "QSM Desktop"
DB_ENV = "QSM_DESKTOP_DB"


def default_db_path() -> Path:
    # Imported here: only a start without --db or QSM_DESKTOP_DB needs it (about 4 ms).
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "qsm_desktop.db"


def resolve_db_path(cli_value: str | None) -> Path:
    """``--db`` beats ``QSM_DESKTOP_DB`` beats the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


class CliContext:
    """The database file and the ``--user`` name; the database is opened on first use.

    A plain class, not a dataclass: the GUI's start goes through here before its first paint,
    and the import of ``dataclasses`` alone costs about 2 ms there."""

    __slots__ = ("_db", "db_path", "user")

    def __init__(self, db_path: Path, user: str | None = None) -> None:
        self.db_path = db_path
        self.user = user
        self._db: peewee.SqliteDatabase | None = None

    def __repr__(self) -> str:
        return f"CliContext(db_path={self.db_path!r}, user={self.user!r})"

    def open(self) -> peewee.SqliteDatabase:
        if self._db is None:
            # Imported here: the GUI paints its first rows before it needs peewee (gui/app.py).
            from qsm_desktop.core.db import open_database

            self._db = open_database(self.db_path)
        return self._db

    @property
    def operator(self) -> str:
        from qsm_desktop.core.settings import operator_name

        self.open()
        return operator_name(self.user)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
