"""Domain settings kept in the store (window layout lives in QSettings, in the GUI)."""

from __future__ import annotations

import getpass

from qsm_desktop.core.models import Meta

OPERATOR_KEY = "operator_name"


def os_login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers / services
        return "operator"


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Meta.get_or_none(Meta.key == key)
    return row.value if row else default


def set_setting(key: str, value: str) -> None:
    Meta.insert(key=key, value=value).on_conflict_replace().execute()


def operator_name(override: str | None = None) -> str:
    """登録者/修正者: ``--user``, else the saved setting, else the OS login name."""
    if override and override.strip():
        return override.strip()
    saved = get_setting(OPERATOR_KEY)
    if saved and saved.strip():
        return saved.strip()
    return os_login_name()
