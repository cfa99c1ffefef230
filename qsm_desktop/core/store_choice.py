"""Which store the app opens when neither ``--db`` nor ``QSM_DESKTOP_DB`` says: the URL of a
shared PostgreSQL database chosen in the GUI (共有データベースに接続 / 共有データベースへ移す).

A small JSON file in the user's configuration folder (``QSM_DESKTOP_CONFIG`` names another
folder: the tests use a temporary one). Read without Qt, before the window: the GUI's start
reads the registration grid's first rows before Qt is imported (gui/first_rows.py). Only a URL
without a password is ever saved: :func:`save_store_url` removes one if given.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from qsm_desktop.core.store_location import is_database_url, without_password

CONFIG_ENV = "QSM_DESKTOP_CONFIG"
FILE_NAME = "store.json"


def choice_path() -> Path:
    folder = os.environ.get(CONFIG_ENV)
    if folder:
        return Path(folder) / FILE_NAME
    from platformdirs import user_config_path

    from qsm_desktop.core.app_context import APP_NAME

    return user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def saved_store_url() -> str | None:
    """The saved URL, or None (none saved, or a file that cannot be read: the default store)."""
    try:
        data = json.loads(choice_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and is_database_url(url) else None


def save_store_url(url: str) -> None:
    path = choice_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    partial.write_text(json.dumps({"url": without_password(url)}), encoding="utf-8")
    os.replace(partial, path)


def forget_store_url() -> None:
    """Back to the file in the user data folder from the next start."""
    choice_path().unlink(missing_ok=True)
