"""Which store the app opens when neither ``--db`` nor ``QSM_DESKTOP_DB`` says: the URL of a
shared PostgreSQL database chosen in 共有データベースに接続 / 共有データベースへ移す, kept in the
app's QSettings file beside the window layout (tests point QSettings at a temporary folder).

Only a URL without a password is ever saved: :func:`save_store_url` removes one if given.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from qsm_desktop.core.store_location import is_database_url, without_password
from qsm_desktop.gui.view_settings import APPLICATION, ORGANIZATION

KEY = "store/url"


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def saved_store_url() -> str | None:
    value = _settings().value(KEY)
    return value if isinstance(value, str) and is_database_url(value) else None


def save_store_url(url: str) -> None:
    settings = _settings()
    settings.setValue(KEY, without_password(url))
    settings.sync()


def forget_store_url() -> None:
    """Back to the file in the user data folder from the next start."""
    settings = _settings()
    settings.remove(KEY)
    settings.sync()
