"""The password of a PostgreSQL store, asked on the terminal when libpq found none.

libpq looks in the URL, ``PGPASSWORD`` and ``~/.pgpass`` itself; only when the server still asks
for one does the command line prompt (without echo) — and only on a terminal: a script gets one
Japanese line and exit 2 instead of a prompt that would hang it. Nothing is stored.
"""

from __future__ import annotations

import getpass
import sys

from qsm_desktop.core.errors import StoreError


def prompt_password(where: str) -> str | None:
    """Ask for the password of the store at ``where`` (shown without a password)."""
    if not sys.stdin.isatty():
        raise StoreError(
            f"データベースサーバーのパスワードが必要です: {where}。"
            "環境変数 PGPASSWORD か ~/.pgpass に設定してから実行してください。"
        )
    try:
        return getpass.getpass(f"{where} のパスワード: ")
    except (EOFError, KeyboardInterrupt):
        return None
