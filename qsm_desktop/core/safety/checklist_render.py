"""The change checklist printed: one line per change, plain text and a printable HTML page."""

from __future__ import annotations

import html

from qsm_desktop.core.safety.checklist import REGISTER, Checklist, ChecklistItem
from qsm_desktop.core.safety.checklist_steps import OPEN_SCREEN, one_line
from qsm_desktop.core.vocabulary import yn


def change_summary(item: ChecklistItem) -> str:
    """One line saying what changed (the checklist's 変更:, in the tab, the copy and the print)."""
    if item.action == REGISTER:
        return "新しい登録"
    parts = []
    for change in item.changes:
        if change.field == "body":
            parts.append(f"{change.label}を変更")
        elif change.field in ("enabled", "standby"):
            parts.append(f"{change.label} {yn(change.before)} → {yn(change.after)}")
        else:
            before = one_line(change.before) or "(空)"
            after = one_line(change.after) or "(空)"
            parts.append(f"{change.label} {before} → {after}")
    return "、".join(parts)


def checklist_text(checklist: Checklist) -> str:
    """The checklist as plain text (for the terminal, a text file or a mail to oneself)."""
    if not checklist.items:
        return "QSMに反映する変更はありません。"
    lines = [
        f"QSMに反映する変更: {len(checklist.items)}件(未完了 {len(checklist.pending)}件)",
        OPEN_SCREEN + "上から順に作業し、終わった項目にチェックを付けてください。",
        "",
    ]
    for number, item in enumerate(checklist.items, 1):
        box = "[x]" if item.ticked else "[ ]"
        lines.append(
            f"{box} {number}. {item.heading} (登録番号 {item.registration_id}、項目 {item.key})"
        )
        lines.append(f"      変更: {change_summary(item)}")
        for step_no, step in enumerate(item.steps, 1):
            lines.append(f"      {step_no}) {step.text}")
            for detail in step.detail.splitlines():
                lines.append(f"           | {detail}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def checklist_html(checklist: Checklist) -> str:
    """A printable HTML page (every value escaped: nothing the seller typed is markup)."""
    e = html.escape
    out = [
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
        "<title>QSMに反映する変更</title>",
        "<style>body{font-family:sans-serif}li.item{margin-bottom:1em}"
        "pre{white-space:pre-wrap;border:1px solid #ccc;padding:4px}"
        ".done{color:#777}</style></head><body>",
        f"<h1>QSMに反映する変更({len(checklist.items)}件)</h1>",
    ]
    if not checklist.items:
        out.append("<p>QSMに反映する変更はありません。</p></body></html>")
        return "".join(out)
    out.append(f"<p>{e(OPEN_SCREEN)}上から順に作業し、終わった項目にチェックを付けてください。</p>")
    out.append("<ol>")
    for item in checklist.items:
        box = "☑" if item.ticked else "☐"
        css = "item done" if item.ticked else "item"
        out.append(
            f'<li class="{css}"><p><strong>{box} {e(item.heading)}</strong> '
            f"(登録番号 {item.registration_id})<br>変更: {e(change_summary(item))}</p><ol>"
        )
        for step in item.steps:
            detail = f"<pre>{e(step.detail)}</pre>" if step.detail else ""
            out.append(f"<li>{e(step.text)}{detail}</li>")
        out.append("</ol></li>")
    out.append("</ol></body></html>")
    return "".join(out)
