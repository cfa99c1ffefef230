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
    from qsm_desktop.core.store_location import PasswordProvider, StoreLocation

APP_NAME = "QSM Desktop"
DB_ENV = "QSM_DESKTOP_DB"


def default_db_path() -> Path:
    # Imported here: only a start without --db or QSM_DESKTOP_DB needs it (about 4 ms).
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "qsm_desktop.db"


def resolve_location(option: str | None) -> StoreLocation:
    """``--db`` beats ``QSM_DESKTOP_DB`` beats the platform's user data folder; each may be a
    file path or a ``postgresql://`` URL."""
    from qsm_desktop.core.store_location import StoreLocation

    if option:
        return StoreLocation.parse(option)
    env = os.environ.get(DB_ENV)
    if env:
        return StoreLocation.parse(env)
    return StoreLocation(path=default_db_path())


def resolve_db_path(option: str | None) -> Path:
    """The SQLite file of :func:`resolve_location` (for a URL: see :func:`local_path_for`)."""
    return local_path_for(resolve_location(option))


def local_path_for(location: StoreLocation) -> Path:
    """The file itself for SQLite; for a PostgreSQL store, a path in the user data folder that
    names this store on this machine (``servers/<host>_<port>_<database>.db``, never created
    by the context): what per-machine things key on (one window per store, local copies)."""
    if location.path is not None:
        return location.path
    from urllib.parse import urlsplit

    assert location.url is not None
    parts = urlsplit(location.display)
    slug = "_".join(
        str(piece)
        for piece in (parts.username, parts.hostname or "local", parts.port or 5432, location.name)
        if piece
    )
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in slug)
    return default_db_path().parent / "servers" / f"{safe}.db"


class AppContext:
    """The store's location, the ``--user`` name, and what is built on them (see the module).

    ``user`` is the name given on the command line for this run only; :attr:`operator` is the
    name in effect (it may change while the GUI runs: 担当者名の設定). ``location`` is a SQLite
    file or a PostgreSQL URL; ``db_path`` is the file (for a URL, :func:`local_path_for`).
    ``password_provider`` is asked when a PostgreSQL server wants a password libpq did not find
    (the CLI prompts on a terminal, the GUI shows a dialog); it is never stored.
    """

    __slots__ = ("_bus", "_db", "_service", "db_path", "location", "password_provider", "user")

    def __init__(
        self,
        location: Path | StoreLocation,
        user: str | None = None,
        *,
        database: peewee.Database | None = None,
        password_provider: PasswordProvider | None = None,
    ) -> None:
        """``database``: the store at ``location`` opened already with ``open_store`` (tests,
        tools); else it is opened on first use."""
        from qsm_desktop.core.store_location import StoreLocation

        self.location = (
            location if isinstance(location, StoreLocation) else StoreLocation(path=location)
        )
        self.db_path = local_path_for(self.location)
        self.user = user
        self.password_provider = password_provider
        self._db: peewee.Database | None = database
        self._bus: ChangeBus | None = None
        self._service: RegistrationService | None = None

    @classmethod
    def from_options(
        cls,
        db: str | None,
        user: str | None,
        *,
        password_provider: PasswordProvider | None = None,
    ) -> AppContext:
        """The context for the ``--db`` and ``--user`` options (either may be absent)."""
        return cls(resolve_location(db), user, password_provider=password_provider)

    def __repr__(self) -> str:
        return f"AppContext(location={self.location.display!r}, user={self.user!r})"

    @property
    def is_postgres(self) -> bool:
        return self.location.is_postgres

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def open(self) -> peewee.Database:
        """Open (migrate, sync the catalog) the store on first call; the same one after."""
        if self._db is None:
            from qsm_desktop.core.db import open_store

            self._db = open_store(
                self.location, daily_backup=True, password_provider=self.password_provider
            )
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
