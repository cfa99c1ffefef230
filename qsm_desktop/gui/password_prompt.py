"""The password of a shared PostgreSQL store, asked in a small dialog when libpq found none.

libpq looks in ``PGPASSWORD`` and ``~/.pgpass`` itself; only when the server still asks for a
password does the app show this (the store is opened in the GUI thread, after the first paint).
The answer is kept in memory for this run's connections only, never written anywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from qsm_desktop.gui.translation import tr


def ask_server_password(where: str) -> str | None:
    """The password the seller typed for the store at ``where`` (None: キャンセル)."""
    parent = QApplication.activeWindow()
    text, ok = QInputDialog.getText(
        parent,
        tr("共有データベースのパスワード"),
        tr("{where} のパスワードを入力してください(保存しません)。").format(where=where),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
