"""Which registration the edit form holds: opening one from the grid, 新規, and asking
保存 / 破棄 / キャンセル before unsaved edits would be left. Grid and form never point at
different registrations while something is unsaved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer

from qsm_desktop.core.errors import QsmError
from qsm_desktop.gui import messages
from qsm_desktop.gui.messages import UnsavedChoice
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow


def open_registration(window: MainWindow, reg_id: int) -> bool:
    """Show a registration in the form (asking first about unsaved changes)."""
    form = window.form
    if reg_id == form.editing_id and form.is_dirty():
        # Already open with edits in progress: keep them (re-reading would drop them).
        window.select_registration(reg_id)
        form.ui.destinationEdit.setFocus()
        return True
    if reg_id != form.editing_id and not maybe_leave_form(window):
        return False
    try:
        registration = window.service.get(reg_id)
    except QsmError as exc:
        messages.critical(window, str(exc))
        return False
    form.load(registration)
    window.select_registration(reg_id)
    form.ui.destinationEdit.setFocus()
    return True


def new_registration(window: MainWindow) -> bool:
    """新規: an empty form (asking first about unsaved changes)."""
    if not maybe_leave_form(window):
        return False
    window.form.reset()
    window.ui.registrationTable.clearSelection()
    window.form.ui.templateBrowseButton.setFocus()
    return True


def maybe_leave_form(window: MainWindow) -> bool:
    """保存 / 破棄 / キャンセル when the form has unsaved changes; True = go ahead."""
    form = window.built_form
    if form is None or not form.is_dirty():
        return True
    editing = form.editing_id
    what = (
        tr("登録番号 {id} のフォーム").format(id=editing)
        if editing is not None
        else tr("新規のフォーム")
    )
    choice = messages.ask_unsaved(window, what)
    if choice is UnsavedChoice.SAVE:
        return form.save() is not None
    return choice is UnsavedChoice.DISCARD


def keep_unsaved_row(window: MainWindow, current: QModelIndex) -> None:
    """A click on another row while the form holds unsaved edits of its registration: the
    grid goes back to that row, and the status bar says how to go on."""
    form = window.built_form
    editing = form.editing_id if form is not None else None
    if form is None or editing is None or not current.isValid() or not form.is_dirty():
        return
    if window.proxy.id_at(current.row()) == editing:
        return
    # After this change of selection is done: changing it from inside is not safe.
    QTimer.singleShot(
        0, window, lambda: window.editing_id() == editing and window.select_registration(editing)
    )
    window.statusBar().showMessage(
        tr(
            "登録番号 {id} に保存していない変更があります。ほかの登録を開くには、"
            "【修正】で保存するか、ダブルクリック/Enter で開いて保存・破棄を選んでください。"
        ).format(id=editing),
        10_000,
    )
