"""Running a test module on both backends (SQLite and PostgreSQL).

A module that should run on both declares, next to its tests::

    from backends import BackendStore, on_both_backends

    db, app_context, store_arg = on_both_backends()

Each of its tests then runs twice (``[sqlite]``, ``[postgresql]``) on a new store made through
the real initialisation (conftest's ``backend_store``).
"""

from __future__ import annotations

from typing import Any

import peewee
import pytest

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.store_location import StoreLocation


class BackendStore:
    """A test's store on one backend: where it is, and the database opened and bound."""

    def __init__(self, location: StoreLocation, database: peewee.Database) -> None:
        self.location = location
        self.database = database

    @property
    def arg(self) -> str:
        """What ``--db`` takes for this store: the file path or the URL."""
        return self.location.url if self.location.url is not None else str(self.location.path)

    def context(self, user: str = "tester") -> AppContext:
        return AppContext(self.location, user=user, database=self.database)


def on_both_backends() -> tuple[Any, Any, Any]:
    """The ``db``, ``app_context`` and ``store_arg`` fixtures of a module run on both backends."""

    @pytest.fixture
    def db(backend_store: BackendStore) -> peewee.Database:
        return backend_store.database

    @pytest.fixture
    def app_context(backend_store: BackendStore) -> AppContext:
        return backend_store.context()

    @pytest.fixture
    def store_arg(backend_store: BackendStore) -> str:
        return backend_store.arg

    return db, app_context, store_arg
