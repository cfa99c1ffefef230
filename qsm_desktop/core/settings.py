"""Domain settings kept in the store (window layout lives in QSettings, in the GUI)."""

from __future__ import annotations

import getpass

from qsm_desktop.core.changes import ChangeBus, ChangeEvent, announce
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
    # An upsert both SQLite and PostgreSQL understand (SQLite's REPLACE is not PostgreSQL's).
    Meta.insert(key=key, value=value).on_conflict(
        conflict_target=[Meta.key], preserve=[Meta.value]
    ).execute()


def operator_name(override: str | None = None) -> str:
    """登録者/修正者: ``--user`` (checked like a saved name), else the saved setting, else the OS
    login name."""
    if override and override.strip():
        return check_operator_name(override)
    saved = get_setting(OPERATOR_KEY)
    if saved and saved.strip():
        return saved.strip()
    return os_login_name()


MAX_OPERATOR_LENGTH = 50


def check_operator_name(name: str) -> str:
    """A 登録者/修正者 name, stripped; an empty, long or multi-line one (or one holding a control
    character such as ESC) raises ValidationError. The same rule for ``--user`` and the saved
    name: both are written into 登録者/修正者 and the history."""
    from qsm_desktop.core.errors import ValidationError

    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("operator", "担当者名を入力してください。")
    if len(cleaned) > MAX_OPERATOR_LENGTH or any(ord(c) < 0x20 or ord(c) == 0x7F for c in cleaned):
        raise ValidationError(
            "operator", f"担当者名は改行なしの{MAX_OPERATOR_LENGTH}文字以内で入力してください。"
        )
    return cleaned


def save_operator_name(name: str, *, bus: ChangeBus | None = None) -> str:
    """Keep 登録者/修正者 for later sessions; refuse an empty or multi-line name."""
    cleaned = check_operator_name(name)
    set_setting(OPERATOR_KEY, cleaned)
    announce(bus, ChangeEvent("settings", "operator"))
    return cleaned
