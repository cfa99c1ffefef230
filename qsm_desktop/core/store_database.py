"""The SQLite database class of the store: peewee's, reporting failures as the core's errors.

Every statement, transaction start/commit/rollback and connection goes through here, so a
database that is locked, damaged or read-only surfaces as :class:`~qsm_desktop.core.errors.
StoreError` (and friends) with a Japanese sentence, whatever the call site: the GUI and the CLI
catch the core's errors and never the database library's. Integrity errors (a trigger refusing a
delete, a constraint: a bug in the caller, not a state of the file) become
:class:`StoreIntegrityError`, which is both.
"""

from __future__ import annotations

from typing import Any

import peewee

from qsm_desktop.core.errors import StoreError, store_error

_TRANSLATED = (peewee.OperationalError, peewee.InternalError, peewee.IntegrityError)


class StoreIntegrityError(StoreError, peewee.IntegrityError):
    """A write the schema refused (a trigger, a constraint): the core's error and peewee's."""


def _translatable(exc: peewee.PeeweeException) -> bool:
    # peewee.DatabaseError itself is SQLite's "file is not a database" / "malformed" family.
    return isinstance(exc, _TRANSLATED) or type(exc) is peewee.DatabaseError


def _translated(exc: peewee.PeeweeException, path: str) -> StoreError:
    if isinstance(exc, peewee.IntegrityError) and not isinstance(exc, StoreError):
        return StoreIntegrityError(
            "データベースがこの変更を受け付けませんでした。変更は保存されていません。",
            path=path,
            detail=str(exc),
        )
    return store_error(exc, path)


class _Translating:
    """Every connection, statement, transaction start and commit reports the core's errors."""

    database: str

    def _where(self) -> str:
        return self.database

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return bool(super().connect(reuse_if_open))  # type: ignore[misc]  # mixin over peewee
        except peewee.PeeweeException as exc:
            if _translatable(exc):
                raise _translated(exc, self._where()) from exc
            raise

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)  # type: ignore[misc]  # mixin over peewee
        except peewee.PeeweeException as exc:
            if _translatable(exc):
                raise _translated(exc, self._where()) from exc
            raise

    def begin(self, *args: Any, **kwargs: Any) -> None:
        try:
            super().begin(*args, **kwargs)  # type: ignore[misc]  # mixin over peewee
        except peewee.PeeweeException as exc:
            if _translatable(exc):
                raise _translated(exc, self._where()) from exc
            raise

    def commit(self) -> None:
        try:
            super().commit()  # type: ignore[misc]  # mixin over peewee
        except peewee.PeeweeException as exc:
            if _translatable(exc):
                raise _translated(exc, self._where()) from exc
            raise


class StoreDatabase(_Translating, peewee.SqliteDatabase):
    """``peewee.SqliteDatabase`` raising StoreError/StoreBusyError/StoreDamagedError."""


class PgStoreDatabase(_Translating, peewee.PostgresqlDatabase):
    """``peewee.PostgresqlDatabase`` (psycopg 3) raising the core's errors like the SQLite one.

    ``database`` is the URL as given (libpq reads user, host, port and any password from it);
    errors name it without its password."""

    def _where(self) -> str:
        from qsm_desktop.core.store_location import without_password

        return without_password(self.database)
