"""What the main window's status bar says: the grid's row count and the last save."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.core.registrations import ChangeReport


def count_text(total: int, disabled: int) -> str:
    """「N 件」, with how many of them have 使用 = N."""
    text = tr("{total} 件").format(total=total)
    if disabled:
        text += tr("(うち 使用=N {disabled} 件)").format(disabled=disabled)
    return text


def saved_text(report: ChangeReport) -> str:
    """「最後の保存: …」 for a write that saved at least one registration."""
    from qsm_desktop.gui.history_panel import action_label

    reg = report.registration
    action = action_label(report.action)
    changes = report.changes.get(reg.id, ())
    if report.action == HistoryAction.REGISTER:
        what = ""
    elif changes:
        what = "(" + "、".join(c.label for c in changes) + ")"
    else:
        what = tr("(変更なし)")
    return tr("最後の保存: {at} 登録番号 {id} を{action}{what}").format(
        at=qsm_time(reg.updated_at), id=reg.id, action=action, what=what
    )
