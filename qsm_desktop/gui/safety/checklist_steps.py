"""The words of one checklist item on screen: its change in one line, its steps in QSM as HTML.

The one-line summary says what the core's summary says (the printed and copied checklist and
the CLI, in Japanese), in the seller's language; the steps pane of the QSMへの反映 tab shows
:func:`steps_html` of the selected item, each step translated from the core's template.
"""

from __future__ import annotations

import html

from qsm_desktop.core.safety import Checklist, ChecklistItem
from qsm_desktop.core.safety.checklist import REGISTER
from qsm_desktop.core.safety.checklist_steps import OPEN_SCREEN, one_line, template_info
from qsm_desktop.core.vocabulary import yn
from qsm_desktop.gui.translation import tr, tr_filled


def _summary(item: ChecklistItem) -> str:
    """The core's checklist_render.change_summary, translated."""
    if item.action == REGISTER:
        return tr("新しい登録")
    parts = []
    for change in item.changes:
        label = tr(change.label)
        if change.field == "body":
            parts.append(tr("{label}を変更").format(label=label))
        elif change.field in ("enabled", "standby"):
            parts.append(f"{label} {yn(change.before)} → {yn(change.after)}")
        else:
            empty = tr("(空)")
            before = one_line(change.before) or empty
            after = one_line(change.after) or empty
            parts.append(f"{label} {before} → {after}")
    return tr("、").join(parts)


def change_summary(item: ChecklistItem) -> str:
    """処理: 登録 or 修正, then what changes (送信先 a → b, 使用(Y/N) Y → N …) in the words of
    the printed and copied checklist."""
    return f"{tr(item.action_label)}: {_summary(item)}"


def target_text(item: ChecklistItem) -> str:
    """The QSM row to open (修正) or the template to register (登録), translated."""
    if item.action == REGISTER:
        after = {c.field: c.after for c in item.changes}
        no, destination = after.get("template_no"), after.get("destination")
        text = tr("テンプレート番号 {no} ({kind} / {group})、送信先 {destination}")
    else:
        no, destination = item.qsm_template_no, item.qsm_destination
        text = tr("テンプレート番号 {no} ({kind} / {group})、送信先 {destination} の行")
    if no is None:
        return item.target
    template = template_info(int(no))
    return text.format(
        no=template.no,
        kind=tr(template.kind_label),
        group=template.group_label,
        destination=destination or tr("(空)"),
    )


def steps_html(item: ChecklistItem | None, checklist: Checklist | None) -> str:
    """The selected item's steps as a numbered list (every value escaped)."""
    e = html.escape
    # tr() stays outside the f-strings: lupdate does not read calls inside them.
    if checklist is not None and not checklist.items:
        return "<p>" + e(tr("QSMに反映する変更はありません。")) + "</p>"
    if item is None:
        return "<p>" + e(tr("一覧から項目を選ぶと、QSMでの手順がここに表示されます。")) + "</p>"
    state = tr("済") if item.ticked else tr("未完了")
    number_word, change_word, open_screen = tr("登録番号"), tr("変更"), tr(OPEN_SCREEN)
    out = [
        f"<h3>{e(tr(item.action_label))}: {e(target_text(item))}</h3>",
        f"<p>{e(number_word)} {item.registration_id} · {e(state)}<br>"
        f"{e(change_word)}: {e(change_summary(item))}</p>",
        f"<p>{e(open_screen)}</p>",
        "<ol>",
    ]
    for step in item.steps:
        detail = (
            "<pre style='white-space:pre-wrap; border:1px solid #ccc; padding:4px'>"
            f"{e(step.detail)}</pre>"
            if step.detail
            else ""
        )
        params = tuple((k, target_text(item) if k == "target" else v) for k, v in step.params)
        out.append(f"<li>{e(tr_filled(step.template, params, step.text))}{detail}</li>")
    out.append("</ol>")
    return "".join(out)
