"""GUI entry: create the QApplication, open the database, show the main window.

Called by the composition root (``qsm_desktop.cli.main``) when no command is given. A database
the app cannot use (newer than the app, damaged, not readable) is reported in a Japanese message
box and the app exits with status 2, like any refusal on the command line.
"""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

import peewee
from PySide6.QtWidgets import QApplication, QMessageBox

from qsm_desktop.core.errors import DatabaseTooNewError, QsmError
from qsm_desktop.gui.view_settings import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from qsm_desktop.cli.context import CliContext

EXIT_REFUSED = 2


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("QSM Desktop")
    return app


def startup_error_text(error: BaseException, db_path: object) -> str:
    """What the seller reads when the database cannot be opened (and what to do)."""
    if isinstance(error, DatabaseTooNewError):
        return (
            "このデータベースは、より新しいバージョンの QSM Desktop で作られています。\n"
            "新しいバージョンの QSM Desktop で開いてください(データは変更していません)。\n\n"
            f"{error}\n\nファイル: {db_path}"
        )
    if isinstance(error, QsmError):
        return f"データベースを開けませんでした。\n\n{error}\n\nファイル: {db_path}"
    return (
        "データベースを開けませんでした。ファイルが壊れているか、読み書きできません。\n"
        "別の場所を --db で指定するか、ファイルを確認してください(データは変更していません)。\n\n"
        f"{error}\n\nファイル: {db_path}"
    )


def run_gui(ctx: CliContext) -> int:
    app = application()
    try:
        ctx.open()
        operator = ctx.operator
    except (QsmError, peewee.DatabaseError, sqlite3.DatabaseError, OSError) as exc:
        QMessageBox.critical(None, "QSM Desktop", startup_error_text(exc, ctx.db_path))
        return EXIT_REFUSED

    from qsm_desktop.core.registrations import RegistrationService
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.safety import install_safety_views
    from qsm_desktop.gui.view_settings import ViewSettings

    window = MainWindow(RegistrationService(operator), ViewSettings())
    install_safety_views(window)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
