"""ファイル >「共有データベースに接続…」 and 「共有データベースへ移す…」: a shop's PostgreSQL server.

Both dialogs are one Designer form (``ui/server_dialog.ui``): サーバー, ポート, データベース名,
ユーザー名 and パスワード, each with its refusal under it.

- 接続 tries the server (off the GUI thread: a server that does not answer takes up to ten
  seconds) and, when it answers, saves its URL — without the password — as the store the app
  opens from the next start (``core/store_choice.py``).
- 移す copies this window's database file, every table, into an EMPTY database on the server
  (``core/db_transfer.py``: one transaction, row counts and checksums compared, the file only
  read), with the progress per table, then offers to use the server from the next start.

The password is used for this try only and never stored: at the next start libpq finds it in
``PGPASSWORD`` or ``~/.pgpass``, or the app asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from qsm_desktop.core.errors import QsmError, StoreError, ValidationError
from qsm_desktop.core.server_address import ServerAddress
from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import hide_field_error, setup_error_label, show_field_error
from qsm_desktop.gui.generated.ui_server_dialog import Ui_ServerDialog
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.worker import LatestOnly

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.gui.main_window import MainWindow


class _Progress(QObject):
    """Carries the copy's progress from the worker thread to the dialog (queued)."""

    moved = Signal(str, int, int)  # table, index from 1, table count


class ServerDialog(QDialog):
    """The form of both dialogs: the fields, their refusals, the work off the GUI thread.

    ``saved_url`` is the URL the seller chose to use from the next start (None: none chosen).
    ``save_url`` stores it (the GUI's setting; tests pass their own).
    """

    def __init__(
        self,
        save_url: Callable[[str], None],
        saved: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerDialog()
        self.ui.setupUi(self)
        self._save_url = save_url
        self.saved_url: str | None = None
        self.server_version = ""
        self.fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "host": (self.ui.hostEdit, self.ui.hostError),
            "port": (self.ui.portEdit, self.ui.portError),
            "database": (self.ui.databaseEdit, self.ui.databaseError),
            "user": (self.ui.userEdit, self.ui.userError),
            "password": (self.ui.passwordEdit, self.ui.passwordError),
        }
        for edit, label in self.fields.values():
            setup_error_label(label)
            edit.textEdited.connect(lambda _t, e=edit, lb=label: hide_field_error(lb, e))
        address = ServerAddress.from_url(saved) if saved else None
        self.ui.hostEdit.setText(address.host if address else "localhost")
        self.ui.portEdit.setText(str(address.port) if address else "5432")
        if address:
            self.ui.databaseEdit.setText(address.database)
            self.ui.userEdit.setText(address.user)
        self.ui.progressBar.setVisible(False)
        self.ui.statusLabel.setVisible(False)
        self.work = LatestOnly(self)
        self.work.delivered.connect(self._delivered)
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)

    def set_button_texts(self, ok: str, cancel: str) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)

    # -- refusals ----------------------------------------------------------------------------------
    def show_field_problem(self, field: str, message: str) -> None:
        edit, label = self.fields[field]
        show_field_error(label, edit, message)

    def show_status(self, message: str, *, error: bool, detail: str = "") -> None:
        label = self.ui.statusLabel
        label.setText(("⚠ " if error else "") + message)
        label.setStyleSheet("color: #b00020;" if error else "")
        label.setToolTip(detail)  # the server's own words, for whoever helps
        label.setVisible(True)

    def address(self) -> ServerAddress | None:
        """The fields as an address; None after showing the refusal next to its field."""
        for edit, label in self.fields.values():
            hide_field_error(label, edit)
        self.ui.statusLabel.setVisible(False)
        try:
            return ServerAddress.from_fields(
                self.ui.hostEdit.text(),
                self.ui.portEdit.text(),
                self.ui.databaseEdit.text(),
                self.ui.userEdit.text(),
            )
        except ValidationError as exc:
            self.show_field_problem(exc.field, exc.message)
            return None

    # -- the work ------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        address = self.address()
        if address is None:
            return
        self._set_busy(True)
        self.work.bump()
        self.work.start(self.job(address, self.ui.passwordEdit.text()))

    def job(self, address: ServerAddress, password: str) -> Callable[[], object]:
        raise NotImplementedError  # each dialog says what it does

    def _set_busy(self, busy: bool) -> None:
        for edit, _label in self.fields.values():
            edit.setEnabled(not busy)
        self.ui.buttonBox.setEnabled(not busy)

    @Slot(int, object)
    def _delivered(self, _generation: int, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, ValidationError) and result.field in self.fields:
            self.show_field_problem(result.field, result.message)
        elif isinstance(result, StoreError):
            self.show_status(str(result), error=True, detail=result.detail)
        elif isinstance(result, QsmError):
            self.show_status(str(result), error=True)
        elif isinstance(result, Exception):
            self.show_status(
                tr("うまくいきませんでした。何も変更していません。"),
                error=True,
                detail=messages.error_detail(result),
            )
        else:
            self.succeeded(result)

    def succeeded(self, result: object) -> None:
        raise NotImplementedError

    def wait_for_worker(self, msecs: int = 30_000) -> bool:
        return self.work.wait(msecs)

    def use_from_next_start(self, url: str) -> None:
        self._save_url(url)
        self.saved_url = url


class ConnectDialog(ServerDialog):
    """ファイル >「共有データベースに接続…」 (see the module)."""

    def __init__(
        self,
        save_url: Callable[[str], None],
        saved: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save_url, saved, parent)
        self.setWindowTitle(tr("共有データベースに接続"))
        self.ui.introLabel.setText(
            tr(
                "お店のみんなで使うPostgreSQLのデータベースに接続します。接続できたら、次の起動から"
                "このデータベースを使います(今のファイルはそのまま残ります)。"
                "データを移すときは「共有データベースへ移す…」を使ってください。"
            )
        )
        self.set_button_texts(tr("接続"), tr("キャンセル"))
        self.address_url = ""

    def job(self, address: ServerAddress, password: str) -> Callable[[], object]:
        from qsm_desktop.core.server_address import try_connection

        self.address_url = address.url
        return lambda: try_connection(address.url, password)

    def succeeded(self, result: object) -> None:
        self.server_version = str(result)
        self.use_from_next_start(self.address_url)
        messages.information(
            self,
            tr(
                "接続できました(PostgreSQL {version})。\n次の起動から、共有データベース {url} "
                "を使います。今すぐ切り替えるには、QSM Desktop を終了してもう一度起動してください。"
            ).format(version=self.server_version, url=self.address_url),
        )
        self.accept()


class MoveDialog(ServerDialog):
    """ファイル >「共有データベースへ移す…」 (see the module)."""

    def __init__(
        self,
        source: str,
        save_url: Callable[[str], None],
        saved: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save_url, saved, parent)
        self.source = source
        self.target_url = ""
        self.tables = 0
        self.setWindowTitle(tr("共有データベースへ移す"))
        self.ui.introLabel.setText(
            tr(
                "今のデータベース({source})の登録、履歴、取り込んだ文面、チェックリスト、"
                "商品の取り込みをすべて、空の共有データベース(PostgreSQL)へ写します。"
                "写した後で、表ごとに行数とチェックサムが元と一致することを確かめます。"
                "元のファイルは読むだけで、変更しません。"
            ).format(source=source)
        )
        self.set_button_texts(tr("移す"), tr("閉じる"))
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

    def job(self, address: ServerAddress, password: str) -> Callable[[], object]:
        from qsm_desktop.core.db_transfer import transfer

        self.target_url = address.url
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.show_status(tr("移しています…"), error=False)
        source, progress = self.source, self.progress

        def work() -> object:
            return transfer(
                source,
                address.url,
                lambda table, index, count: progress.moved.emit(table, index, count),
                password=password or None,
            )

        return work

    @Slot(str, int, int)
    def _moved(self, table: str, index: int, count: int) -> None:
        from qsm_desktop.core.db_transfer import table_label

        self.ui.progressBar.setMaximum(count)
        self.ui.progressBar.setValue(index)
        self.show_status(
            tr("「{table}」を写して確かめています({index}/{count})…").format(
                table=table_label(table), index=index, count=count
            ),
            error=False,
        )

    def succeeded(self, result: object) -> None:
        checks = result if isinstance(result, list) else []
        self.tables = len(checks)
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        rows = sum(int(getattr(c, "rows", 0)) for c in checks)
        self.show_status(
            tr("{tables}個の表({rows}行)を移し、行数とチェックサムが元と一致しました。").format(
                tables=self.tables, rows=rows
            ),
            error=False,
        )
        if messages.ask_yes_no(
            self,
            tr(
                "共有データベースへ移しました。次の起動から、共有データベース {url} を使いますか?"
                "(元のファイルはそのまま残ります)"
            ).format(url=self.target_url),
            tr("使う"),
            tr("今のファイルを使い続ける"),
        ):
            self.use_from_next_start(self.target_url)
        self.accept()


def _saved_url() -> str | None:
    from qsm_desktop.core.store_choice import saved_store_url

    return saved_store_url()


def _save_url(url: str) -> None:
    from qsm_desktop.core.store_choice import save_store_url

    save_store_url(url)


def open_connect_dialog(window: QWidget) -> ConnectDialog:
    dialog = ConnectDialog(_save_url, _saved_url(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_move_dialog(window: QWidget, ctx: AppContext) -> MoveDialog | None:
    if ctx.location.is_postgres:
        messages.information(
            window,
            tr(
                "このウィンドウはすでに共有データベースを使っています。"
                "ファイルへ写すには、コマンド migrate-db を使ってください。"
            ),
        )
        return None
    dialog = MoveDialog(str(ctx.location.display), _save_url, _saved_url(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_server_actions(window: MainWindow, ctx: AppContext) -> list[QAction]:
    """The two entries of the ファイル menu."""
    connect = QAction(tr("共有データベースに接続…"), window)
    connect.setObjectName("actionConnectServer")
    connect.triggered.connect(lambda: open_connect_dialog(window))
    move = QAction(tr("共有データベースへ移す…"), window)
    move.setObjectName("actionMoveToServer")
    move.triggered.connect(lambda: open_move_dialog(window, ctx))
    window.add_file_actions([connect, move])
    return [connect, move]
