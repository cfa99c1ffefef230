"""The application context: what the CLI and the GUI both run on, built once at the root.

``qsm_desktop.__main__`` reads the global options, builds one :class:`AppContext` (where the
database is, who is working) and hands it to the command line or to the GUI; neither builds its
own. The context opens the store on first use and then owns, for this process:

- the opened database (:meth:`AppContext.open`, closed by :meth:`AppContext.close`);
- the operator name recorded as 登録者/修正者 (``--user``, the saved setting, the login name);
- the change bus every writer publishes to (:attr:`AppContext.bus`);
- the registration service (:attr:`AppContext.service`), created once, publishing to that bus.

A plain class without Qt, and cheap to build: the GUI's start builds it before its first paint,
and the store's modules (peewee, the change bus' dataclasses) are imported only when used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import peewee

    from qsm_desktop.core.changes import ChangeBus
    from qsm_desktop.core.registrations import RegistrationService

APP_NAME = "QSM Desktop"
DB_ENV = "QSM_DESKTOP_DB"


def default_db_path() -> Path:
    # Imported here: only a start without --db or QSM_DESKTOP_DB needs it (about 4 ms).
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "qsm_desktop.db"


def resolve_db_path(option: str | None) -> Path:
    """``--db`` beats ``QSM_DESKTOP_DB`` beats the platform's user data folder."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


class AppContext:
    """The database file, the ``--user`` name, and what is built on them (see the module).

    ``user`` is the name given on the command line for this run only; :attr:`operator` is the
    name in effect (it may change while the GUI runs: 担当者名の設定).
    """

    __slots__ = ("_bus", "_db", "_service", "db_path", "user")

    def __init__(
        self,
        db_path: Path,
        user: str | None = None,
        *,
        database: peewee.SqliteDatabase | None = None,
    ) -> None:
        """``database``: the file at ``db_path`` opened already with ``open_database`` (tests,
        tools); else it is opened on first use."""
        self.db_path = db_path
        self.user = user
        self._db: peewee.SqliteDatabase | None = database
        self._bus: ChangeBus | None = None
        self._service: RegistrationService | None = None

    @classmethod
    def from_options(cls, db: str | None, user: str | None) -> AppContext:
        """The context for the ``--db`` and ``--user`` options (either may be absent)."""
        return cls(resolve_db_path(db), user)

    def __repr__(self) -> str:
        return f"AppContext(db_path={self.db_path!r}, user={self.user!r})"

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def open(self) -> peewee.SqliteDatabase:
        """Open (migrate, sync the catalog) the database on first call; the same one after."""
        if self._db is None:
            from qsm_desktop.core.db import open_database

            self._db = open_database(self.db_path, daily_backup=True)
        return self._db

    @property
    def operator(self) -> str:
        """登録者/修正者 as it is now: the service's once it exists (担当者名の設定 changes it)."""
        if self._service is not None:
            return self._service.operator
        from qsm_desktop.core.settings import operator_name

        self.open()
        return operator_name(self.user)

    @property
    def bus(self) -> ChangeBus:
        """The change bus of this process (made on first use)."""
        if self._bus is None:
            from qsm_desktop.core.changes import ChangeBus

            self._bus = ChangeBus()
        return self._bus

    @property
    def service(self) -> RegistrationService:
        """The registration service (the database is opened now if it is not yet)."""
        if self._service is None:
            from qsm_desktop.core.registrations import RegistrationService

            self._service = RegistrationService(self.operator, bus=self.bus)
        return self._service

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
