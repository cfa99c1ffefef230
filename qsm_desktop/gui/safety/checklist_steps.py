"""The words of one checklist item on screen: its change in one line, its steps in QSM as HTML.

The one-line summary is the core's (the printed and copied checklist say the same); the steps
pane of the QSMへの反映 tab shows :func:`steps_html` of the selected item.
"""

from __future__ import annotations

import html

from qsm_desktop.core.safety import Checklist, ChecklistItem
from qsm_desktop.core.safety.checklist_render import change_summary as core_change_summary
from qsm_desktop.core.safety.checklist_steps import OPEN_SCREEN
from qsm_desktop.gui.translation import tr


def change_summary(item: ChecklistItem) -> str:
    """処理: 登録 or 修正, then what changes (送信先 a → b, 使用(Y/N) Y → N …) in the words of
    the printed and copied checklist (the core's summary: one wording wherever it is read)."""
    return f"{item.action_label}: {core_change_summary(item)}"


def steps_html(item: ChecklistItem | None, checklist: Checklist | None) -> str:
    """The selected item's steps as a numbered list (every value escaped)."""
    e = html.escape
    # tr() stays outside the f-strings: lupdate does not read calls inside them.
    if checklist is not None and not checklist.items:
        return "<p>" + e(tr("QSMに反映する変更はありません。")) + "</p>"
    if item is None:
        return "<p>" + e(tr("一覧から項目を選ぶと、QSMでの手順がここに表示されます。")) + "</p>"
    state = tr("済") if item.ticked else tr("未完了")
    number_word, change_word = tr("登録番号"), tr("変更")
    out = [
        f"<h3>{e(item.action_label)}: {e(item.target)}</h3>",
        f"<p>{e(number_word)} {item.registration_id} · {e(state)}<br>"
        f"{e(change_word)}: {e(change_summary(item))}</p>",
        f"<p>{e(OPEN_SCREEN)}</p>",
        "<ol>",
    ]
    for step in item.steps:
        detail = (
            "<pre style='white-space:pre-wrap; border:1px solid #ccc; padding:4px'>"
            f"{e(step.detail)}</pre>"
            if step.detail
            else ""
        )
        out.append(f"<li>{e(step.text)}{detail}</li>")
    out.append("</ol>")
    return "".join(out)
