"""使用 = N instead of delete: registrations are never deleted (QSM has no delete either);
「転送を止める(使用=N)」 and the Delete key on the grid offer to stop forwarding instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qsm_desktop.core import grid_query
from qsm_desktop.core.errors import QsmError
from qsm_desktop.gui import messages
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow


def forwards(window: MainWindow, reg_id: int) -> bool:
    """使用 = Y, as the grid's row of the registration says (a row the grid does not hold
    counts as Y: changing it to N is then checked by the service)."""
    row = window.model.row_of(reg_id)
    return row is None or bool(window.model.grid_row(row)[grid_query.ENABLED])


def stop_forwarding(window: MainWindow) -> None:
    """「転送を止める(使用=N)」 on the grid's current registration: what the FAQ offers instead
    of deleting."""
    reg_id = window.current_id()
    if reg_id is None:
        return
    if not forwards(window, reg_id):
        messages.information(window, messages.already_stopped())
        return
    if messages.ask_stop_forwarding(
        window,
        tr(
            "登録番号 {id} の転送を止めます(使用 = N にして修正)。\n"
            "この登録のメールは連動システムへ転送されなくなります。"
        ).format(id=reg_id),
    ):
        set_disabled(window, reg_id)


def explain_no_delete(window: MainWindow) -> None:
    """The Delete key: explain that registrations cannot be deleted and offer 使用 = N."""
    reg_id = window.current_id()
    if reg_id is None:
        return
    if messages.explain_no_delete(window, forwards(window, reg_id)):
        set_disabled(window, reg_id)


def set_disabled(window: MainWindow, reg_id: int) -> None:
    """使用 = N through the service (after the form's unsaved edits of it are settled)."""
    if window.editing_id() == reg_id and not window.maybe_leave_form():
        return
    from qsm_desktop.core.registrations import Patch

    try:
        report = window.service.modify(reg_id, Patch(enabled=False))
    except QsmError as exc:
        messages.critical(window, str(exc))
        return
    window.apply_report(report)
    if window.editing_id() == reg_id:
        window.form.load(report.registration)
    messages.information(window, tr("修正が完了しました。"))
