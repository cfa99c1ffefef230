"""ファイル >「バックアップから復元…」: the store's backups, newest first, and restoring one.

The list is the core's (``core/backups.py``: ``list_backups``), one row per backup: when it was
taken (the app's one time format), why (「その日最初の起動」, 「送信先の一括変更の前」 …), how many
registrations and history rows it holds. 【復元】 asks first, in the seller's words, what will
happen: the current state is backed up first (「復元の前」, listed here afterwards, so a restore
can itself be undone), changes made after the backup are gone, the history up to the backup
stays. An open form with unsaved edits is settled before anything is written (保存 / 破棄 /
キャンセル, as when leaving it). The restore itself is ``restore_backup``, which announces a
``store`` event on the change bus: the grid, the open form, 設定チェック and QSMへの反映 refresh
from that, like after any other write. A refusal is shown in red under the list; nothing is
changed then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from qsm_desktop.core.backups import (
    BackupInfo,
    RestoreResult,
    backup_folder,
    list_backups,
    restore_backup,
)
from qsm_desktop.core.errors import QsmError, store_error
from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.gui import messages
from qsm_desktop.gui.generated.ui_restore_dialog import Ui_RestoreDialog
from qsm_desktop.gui.table_model import RIGHT, Column, RowSortProxy, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.gui.main_window import MainWindow


class BackupTableModel(RowTableModel):
    """One row per backup (a :class:`BackupInfo`): 日時, きっかけ, 登録数, 履歴数."""

    ROW_ROLE = Qt.ItemDataRole.UserRole
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    COLUMNS = (
        Column(
            QT_TR_NOOP("日時"),
            lambda b: qsm_time(b.taken_at),
            sort=lambda b: (b.taken_at, b.name),
            tooltip=lambda b: b.name,  # the file in the backups folder, for whoever helps
        ),
        Column(QT_TR_NOOP("きっかけ"), lambda b: b.trigger_label),
        Column(QT_TR_NOOP("登録数"), lambda b: b.registrations, align=RIGHT),
        Column(QT_TR_NOOP("履歴数"), lambda b: b.history, align=RIGHT),
    )

    def row_id(self, item: Any) -> Any:
        return item.name


COL_TAKEN_AT, COL_TRIGGER, COL_REGISTRATIONS, COL_HISTORY = range(len(BackupTableModel.COLUMNS))


def describe(backup: BackupInfo) -> str:
    """「2026-12-05 09:12 のバックアップ(その日最初の起動、登録 12件)」."""
    return tr("{at} のバックアップ({why}、登録 {count}件)").format(
        at=qsm_time(backup.taken_at), why=backup.trigger_label, count=backup.registrations
    )


def confirmation_text(backup: BackupInfo) -> str:
    """What the seller agrees to before a restore (what is kept, what is gone)."""
    return tr(
        "{backup}から復元します。\n\n"
        "・今の内容は、復元の前にバックアップとして残します(「復元の前」。この一覧から戻せます)。\n"
        "・このバックアップの後に行った変更(登録・修正・一括変更・読み込み)は、なくなります。\n"
        "・履歴は、このバックアップの時点までのものが残ります。\n\n"
        "復元しますか?"
    ).format(backup=describe(backup))


def completion_text(result: RestoreResult) -> str:
    text = tr("{backup}から復元しました。").format(backup=describe(result.restored))
    if result.saved is not None:
        text += "\n" + tr(
            "復元の前の内容は、{at} の「復元の前」のバックアップに残しています。"
        ).format(at=qsm_time(result.saved.taken_at))
    if result.set_aside is not None:
        text += "\n" + tr("読めなかったファイルは、削除せずに {path} に残しています。").format(
            path=result.set_aside
        )
    return text


class RestoreDialog(QDialog):
    """The backups of ``ctx``'s database; 【復元】 restores the selected one (see the module).

    ``may_leave_form()`` settles the open form's unsaved edits first (False: the seller chose
    キャンセル, nothing is restored). :attr:`restored` is what the restore did, once it did.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        may_leave_form: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self._may_leave_form = may_leave_form
        self.restored: RestoreResult | None = None
        self.model = BackupTableModel(self)
        self.proxy = RowSortProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.backupsTable
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        for column in (COL_TAKEN_AT, COL_REGISTRATIONS, COL_HISTORY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TRIGGER, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(COL_TAKEN_AT, Qt.SortOrder.DescendingOrder)
        self.ui.folderLabel.setText(
            tr("バックアップの保存場所: {folder}").format(folder=backup_folder(ctx.db_path))
        )
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.closeButton.clicked.connect(self.reject)
        table.doubleClicked.connect(self._double_clicked)
        from qsm_desktop.gui.help_links import add_help_key

        add_help_key(self, "backups.html#restore")
        self.reload()

    # -- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the backups again (newest first, the first one selected)."""
        try:
            backups = list_backups(self.ctx.db_path)
        except OSError as exc:
            backups = []
            self.show_error(
                tr("バックアップの一覧を読めません: {folder}").format(
                    folder=backup_folder(self.ctx.db_path)
                ),
                messages.error_detail(exc),
            )
        self.model.set_rows(backups)
        self.ui.emptyLabel.setVisible(not backups)
        self.ui.restoreButton.setEnabled(bool(backups))
        if backups:
            self.ui.backupsTable.selectRow(0)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.proxy.item_at(rows[0].row())
        return item if isinstance(item, BackupInfo) else None

    def select_backup(self, name: str) -> bool:
        for row in range(self.proxy.rowCount()):
            item = self.proxy.item_at(row)
            if isinstance(item, BackupInfo) and item.name == name:
                self.ui.backupsTable.selectRow(row)
                return True
        return False

    # -- errors next to the list ----------------------------------------------------------------
    def show_error(self, message: str, detail: str = "") -> None:
        label = self.ui.errorLabel
        label.setText("⚠ " + message)
        label.setToolTip(detail)  # SQLite's or the system's own words, for whoever helps
        label.setVisible(True)
        self.ui.backupsTable.setAccessibleDescription(message)

    def hide_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.setToolTip("")
        self.ui.errorLabel.setVisible(False)
        self.ui.backupsTable.setAccessibleDescription("")

    # -- restoring ---------------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.restore_selected()

    @Slot()
    def restore_selected(self) -> RestoreResult | None:
        """【復元】: confirm, settle the form, restore; the result (None: nothing was done)."""
        self.hide_error()
        backup = self.selected_backup()
        if backup is None:
            self.show_error(tr("復元するバックアップを一覧から選んでください。"))
            return None
        if self.ctx.is_postgres:
            # A shared store is never overwritten (its registrations cannot be deleted): a
            # backup goes into a new, empty database, which the staff then connect to.
            self.show_error(
                tr(
                    "共有データベースは上書きしません。このバックアップを戻すには、空のデータベースを"
                    "用意して qsm-desktop --db <そのURL> restore {name} を実行してください。"
                ).format(name=backup.name)
            )
            return None
        if not messages.ask_yes_no(self, confirmation_text(backup), tr("復元"), tr("キャンセル")):
            return None
        if not self._may_leave_form():
            return None
        try:
            result = restore_backup(self.ctx.db_path, backup, bus=self.ctx.bus)
        except QsmError as exc:
            self._refused(str(exc), exc)
            return None
        except sqlite3.Error as exc:
            self._refused(str(store_error(exc, self.ctx.db_path)), exc)
            return None
        except OSError as exc:
            self._refused(
                tr("バックアップから復元できませんでした({why})。").format(why=exc.strerror or exc),
                exc,
            )
            return None
        self.restored = result
        messages.information(self, completion_text(result))
        self.accept()
        return result

    def _refused(self, message: str, error: BaseException) -> None:
        selected = self.selected_backup()
        self.reload()  # a backup may have been taken (「復元の前」) before the refusal
        if selected is not None:
            self.select_backup(selected.name)
        self.show_error(message + tr(" データは変更していません。"), messages.error_detail(error))


def open_restore_dialog(window: MainWindow, ctx: AppContext) -> RestoreDialog:
    """Show the dialog over ``window`` (window-modal, not blocking: tests drive it)."""
    dialog = RestoreDialog(ctx, window, may_leave_form=lambda: _settle_form(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _code: _restored(window, dialog))
    dialog.open()
    return dialog


def _settle_form(window: MainWindow) -> bool:
    """保存 / 破棄 / キャンセル for the open form's unsaved edits; 破棄 drops them now, so that the
    form follows the restore like a form without edits."""
    if not window.maybe_leave_form():
        return False
    form = window.form
    if form.is_dirty():
        if form.editing_id is not None:
            form.reload_stored()
        else:
            form.reset()
    return True


def _restored(window: MainWindow, dialog: RestoreDialog) -> None:
    if dialog.restored is not None:
        window.statusBar().showMessage(
            tr("{backup}から復元しました。").format(backup=describe(dialog.restored.restored)),
            10_000,
        )


def install_restore_action(window: MainWindow, ctx: AppContext) -> QAction:
    """ファイル >「バックアップから復元…」."""
    action = QAction(window)  # not QAction(text, parent): see gui/safety's _action
    action.setText(tr("バックアップから復元…"))
    action.setObjectName("actionRestoreBackup")
    action.setStatusTip(tr("自動でとられたバックアップの一覧から、データベースを復元します"))
    window.add_file_actions([action])
    action.triggered.connect(lambda: open_restore_dialog(window, ctx))
    return action


def restore_dialog_of(window: QObject) -> RestoreDialog | None:
    """The restore dialog open over ``window`` (None when none is)."""
    found = window.findChild(RestoreDialog)
    return found if isinstance(found, RestoreDialog) and found.isVisible() else None
