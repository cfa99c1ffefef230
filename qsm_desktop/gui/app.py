"""GUI entry: create the QApplication, open the database, show the main window.

Called by the composition root (``qsm_desktop.__main__``) with the application context when no
command is given. A database
the app cannot use (newer than the app, damaged, not readable) is reported in a Japanese message
box and the app exits with status 2, like any refusal on the command line; a damaged one with a
good backup is offered that backup first (gui/restore_offer.py).

The start-up's fast path (the grid's first rows read before Qt when the file is up to date,
the database opened fully and the form built after the first paint, the installers run on the
window's ``first_painted``) is described in ``gui/start_sequence.py``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from qsm_desktop.core.errors import DatabaseTooNewError, QsmError, StoreError
from qsm_desktop.gui.first_rows import FirstRows, read_first_rows
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.view_settings import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.grid_query import GridRow
    from qsm_desktop.core.registrations import RegistrationService
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.products.view import ProductsView
    from qsm_desktop.gui.single_instance import SingleInstance

EXIT_REFUSED = 2

# Set (to anything) by the bundle test and release checks: start as a seller would, then close
# the window the ordinary way once everything that follows the first paint is installed.
QUIT_AFTER_START = "QSM_DESKTOP_QUIT_AFTER_START"


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("QSM Desktop")
    app.setDesktopFileName("qsm-desktop")  # packaging/linux/qsm-desktop.desktop
    _install_qt_translation(app)
    return app


def _install_qt_translation(app: QApplication) -> None:
    """Qt's own words (OK/Cancel, context menus, the file dialog) and the app's, in the language
    chosen in 表示 > 言語 (or the system's)."""
    from qsm_desktop.gui.translations import (
        chosen_language,
        install_translations,
        installed_language,
    )
    from qsm_desktop.gui.view_settings import ViewSettings

    if installed_language(app) is None:
        install_translations(app, chosen_language(ViewSettings().language))


def missing_system_libraries() -> str | None:
    """Linux: what to install when Qt's X11 plugin lacks system libraries (in Japanese, with the
    apt-get line), checked before the QApplication, whose creation would abort in English."""
    if not sys.platform.startswith("linux"):
        return None
    from pathlib import Path

    from qsm_desktop.gui.system_libraries import check_xcb_plugin

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return check_xcb_plugin(plugins / "platforms")


def startup_error_text(error: BaseException, db_path: object) -> str:
    """What the seller reads when the database cannot be opened, and what to do, with what a
    GUI user has at hand (the app, the file in the file manager), never a command-line option.
    An error that is not the core's own (SQLite's or the system's, often English) goes to the
    message box's 詳細 instead (:func:`startup_error_detail`)."""
    if isinstance(error, DatabaseTooNewError):
        return (
            "このデータベースは、より新しいバージョンの QSM Desktop で作られています。\n"
            "新しいバージョンの QSM Desktop で開いてください(データは変更していません)。\n\n"
            f"{error}\n\nファイル: {db_path}"
        )
    if isinstance(error, QsmError) and not isinstance(error, StoreError):
        return f"データベースを開けませんでした。\n\n{error}\n\nファイル: {db_path}"
    said = f"{error}\n\n" if isinstance(error, StoreError) else ""  # the core's own words
    return (
        "データベースを開けませんでした。ファイルが使用中か、読み書きできないか、壊れています"
        "(データは変更していません)。\n\n"
        f"{said}"
        "次を順に試してから、QSM Desktop をもう一度起動してください。\n"
        "1. ほかに開いている QSM Desktop があれば、すべて閉じる。\n"
        "2. 下のファイルのプロパティで、読み取り専用になっていないか、"
        "書き込みが許可されているかを確かめる。\n"
        "3. それでも開けないときは、ファイルを別のフォルダーへ移す(または名前を変える)。"
        "次の起動で新しい空のデータベースが作られます。移したファイルは、"
        "サポートに相談するときのために残しておいてください。\n\n"
        f"ファイル: {db_path}"
    )


def startup_error_detail(error: BaseException) -> str:
    """The raw error behind :func:`startup_error_text` (shown under 詳細), or "" when the text
    already says it."""
    if isinstance(error, QsmError) and not getattr(error, "detail", ""):
        return ""
    from qsm_desktop.gui.messages import error_detail

    return error_detail(error)


def install_products_tab(window: MainWindow, ctx: AppContext) -> ProductsView:
    """Add 商品/在庫 with its view built now (tools and tests that use the view at once).

    Its 「プレビューの見本に使う」 goes to the edit form's preview (wired by the installer). The
    app itself adds the tab deferred: see :func:`install_after_first_paint`."""
    from qsm_desktop.gui.products import install_products_view

    return install_products_view(window, ctx)


def install_operator_action(window: MainWindow, ctx: AppContext) -> QAction:
    """ファイル > 担当者名の設定…: the name recorded as 登録者/修正者 from now on."""
    action = QAction(window)  # not QAction(text, parent): see gui/safety's _action
    action.setText(tr("担当者名の設定…"))
    action.setObjectName("actionOperatorName")
    window.add_file_actions([action])

    def ask() -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from qsm_desktop.core.errors import ValidationError
        from qsm_desktop.core.settings import save_operator_name

        current = ctx.service.operator
        while True:
            name, ok = QInputDialog.getText(
                window,
                tr("担当者名の設定"),
                tr("登録者・修正者として記録する担当者名:"),
                text=current,
            )
            if not ok:
                return
            try:
                ctx.service.operator = save_operator_name(name)
            except ValidationError as exc:
                QMessageBox.warning(window, tr("担当者名の設定"), exc.message)
                current = name
                continue
            window.statusBar().showMessage(
                tr("担当者名を「{name}」にしました。").format(name=ctx.service.operator), 10_000
            )
            return

    action.triggered.connect(ask)
    return action


def install_after_first_paint(window: MainWindow, ctx: AppContext) -> None:
    """What the window's first paint does without: the 設定チェック and QSMへの反映 tabs with the
    ツール menu (and its 連動会社一覧), ファイル > 担当者名の設定…, バックアップから復元… and the shared database's
    two entries (共有データベースに接続…, 共有データベースへ移す…), and the
    商品/在庫 tab (its CSV importer, drops).
    They arrive with the edit form, a moment after the grid is on screen; the tabs' views are
    built when first shown (or when a menu action or a dropped CSV needs one)."""
    from qsm_desktop.gui.app_icon import install_app_icon
    from qsm_desktop.gui.companies_dialog import install_companies_action
    from qsm_desktop.gui.grid_export import install_grid_export
    from qsm_desktop.gui.help_links import install_help_action
    from qsm_desktop.gui.language_menu import install_language_menu
    from qsm_desktop.gui.products import install_products_tab as install_products
    from qsm_desktop.gui.restore_dialog import install_restore_action
    from qsm_desktop.gui.safety import install_safety_views
    from qsm_desktop.gui.server_dialogs import install_server_actions

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_app_icon(app)
    safety = install_safety_views(window, ctx)
    install_operator_action(window, ctx)
    install_products(window, ctx)
    install_grid_export(
        window,
        window.ui.registrationTable,
        window.add_file_actions,
        lambda text: window.statusBar().showMessage(text, 10_000),
    )
    install_help_action(window)
    install_language_menu(window)
    install_restore_action(window, ctx)
    install_server_actions(window, ctx)
    install_companies_action(window, safety.menu)


def open_service(ctx: AppContext) -> RegistrationService | None:
    """Open (migrate, sync) the database and make the service; None after telling the seller why.

    A damaged file with a good backup is offered that backup first (gui/restore_offer.py);
    once restored, the app opens it and starts normally, and the views that may have shown the
    damaged file's rows (the fast start) hear of the restore on the change bus."""
    try:
        return ctx.service
    except (QsmError, sqlite3.DatabaseError, OSError) as exc:
        error: BaseException = exc
    from qsm_desktop.gui import messages
    from qsm_desktop.gui.restore_offer import Offer, offer_newest_backup

    try:
        restored = offer_newest_backup(ctx, error)
        if restored is Offer.DECLINED:  # 閉じる: the seller read why already
            return None
        if restored is not Offer.NOT_OFFERED:
            service = ctx.service
            from PySide6.QtCore import QTimer

            from qsm_desktop.core.changes import ChangeEvent

            # Once the caller has subscribed (the window is built around the service).
            QTimer.singleShot(0, lambda: ctx.bus.publish(ChangeEvent("store", "restore")))
            return service
    except (QsmError, sqlite3.DatabaseError, OSError) as exc:
        error = exc
    messages.critical(
        None, startup_error_text(error, ctx.location.display), startup_error_detail(error)
    )
    return None


def _quit_after_start(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer

    def close() -> None:
        print("QSM Desktop: started; closing", flush=True)
        window.close()

    window.first_painted.connect(lambda: QTimer.singleShot(0, close))


def run_gui(ctx: AppContext, first: FirstRows | None = None) -> int:
    """Show the main window until it is closed; ``first``: the grid's first rows if the caller
    has read them already (the command line does, before importing Qt: see gui/first_rows)."""
    if first is None:
        first = read_first_rows(ctx.location)
    first_rows = first.rows
    missing = missing_system_libraries()
    if missing:
        print(missing, file=sys.stderr)
        return EXIT_REFUSED
    app = application()
    from qsm_desktop.gui.single_instance import SingleInstance

    instance = SingleInstance(ctx.db_path)
    if not instance.acquire():  # this database is open in a running app: that window, please
        if not instance.wake_running():
            from qsm_desktop.gui import messages

            messages.information(None, already_running_text(ctx.location.display))
        return 0
    try:
        return _run_window(app, ctx, first_rows, first.version, instance)
    finally:
        instance.release()
        ctx.close()


def already_running_text(db_path: object) -> str:
    return (
        "QSM Desktop は、このデータベースですでに起動しています。\n"
        "開いている QSM Desktop のウィンドウを使ってください"
        "(同じファイルを二つのウィンドウで同時に変更しないためです)。\n\n"
        f"ファイル: {db_path}"
    )


def _run_window(
    app: QApplication,
    ctx: AppContext,
    first_rows: list[GridRow] | None,
    first_version: int | None,
    instance: SingleInstance,
) -> int:
    service = None
    if first_rows is None:  # new, old, newer or unreadable: open (and migrate) before showing
        service = open_service(ctx)
        if service is None:
            return EXIT_REFUSED

    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.view_settings import ViewSettings

    if service is not None:
        window = MainWindow(ctx, ViewSettings())
    else:

        def open_after_first_paint() -> RegistrationService | None:
            opened = open_service(ctx)
            if opened is None:
                app.exit(EXIT_REFUSED)
            return opened

        window = MainWindow(
            ctx,
            ViewSettings(),
            first_rows=first_rows,
            first_version=first_version,
            open_service=open_after_first_paint,
        )
    window.first_painted.connect(lambda: install_after_first_paint(window, ctx))
    # Later starts on this file bring this window forward (listening once it is painted).
    window.first_painted.connect(instance.listen)
    from qsm_desktop.gui.single_instance import bring_to_front
    from qsm_desktop.gui.window_title import follow_tabs

    instance.activated.connect(lambda: bring_to_front(window))
    follow_tabs(window, window.ui.mainTabs, ctx.location.name)
    if os.environ.get(QUIT_AFTER_START):
        _quit_after_start(window)
    window.show()
    return app.exec()
