"""The change checklist's steps, in the words of J・QSM's 受注メール管理 screen.

Each step is one thing the seller does in QSM (a button, a field, a check box), with the text to
type under it when it is long (a body). :mod:`.checklist` decides which steps an item needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.registrations import FIELD_LABELS, Change
from qsm_desktop.core.vocabulary import TEXT_FIELDS, yn

OPEN_SCREEN = "J・QSMにログインし、お問い合わせ > 受注メール管理 を開きます。"


@dataclass(frozen=True, slots=True)
class ChecklistStep:
    text: str
    detail: str = ""  # long text to type (a body), shown under the step

    def to_json(self) -> dict[str, str]:
        return {"text": self.text, "detail": self.detail}


def template_info(no: int) -> TemplateInfo:
    return get_template(int(no))


def qsm_row(template_no: int, destination: str) -> str:
    template = template_info(template_no)
    return (
        f"テンプレート番号 {template.no} ({template.kind_label} / {template.group_label})"
        f"、送信先 {destination or '(空)'} の行"
    )


def _browse_step(template: TemplateInfo) -> ChecklistStep:
    return ChecklistStep(
        f"テンプレートの【参照】で お知らせ種類={template.kind_label}、"
        f"テンプレートのグループ={template.group_label} を選んで【検索】、"
        f"テンプレート番号 {template.no} を選んで【Confirm】"
    )


def _checkbox_change(label: str, before: bool, after: bool) -> ChecklistStep:
    if after:
        return ChecklistStep(f"{label} にチェックを入れる({yn(before)} → Y)")
    return ChecklistStep(f"{label} のチェックを外す({yn(before)} → N)")


def _checkbox_set(label: str, value: bool) -> ChecklistStep:
    if value:
        return ChecklistStep(f"{label} にチェックを入れる(Y)")
    return ChecklistStep(f"{label} のチェックは外しておく(N)")


def one_line(value: Any) -> str:
    return "" if value is None else str(value)


def _text_change(name: str, before: Any, after: Any) -> ChecklistStep:
    label = FIELD_LABELS[name]
    before, after = one_line(before), one_line(after)
    if name == "body":
        return ChecklistStep(f"{label}を次の内容に書き換える(全文を置き換え)", after)
    if name == "destination":
        if not before:
            return ChecklistStep(f"{label}に {after} を入力")
        if not after:
            return ChecklistStep(f"{label}を空にする({before} を消す)")
        return ChecklistStep(f"{label}を {before} から {after} に変更")
    if name == "period":
        if not before:
            return ChecklistStep(f"{label} に {after} を入力")
        if not after:
            return ChecklistStep(f"{label} を空にする({before} を消す)")
        return ChecklistStep(f"{label} を {before} から {after} に変更")
    if not before:
        return ChecklistStep(f"{label}に「{after}」を入力")
    if not after:
        return ChecklistStep(f"{label}を空にする(「{before}」を消す)")
    return ChecklistStep(f"{label}を「{before}」から「{after}」に変更")


def _keeps_template_text(template: TemplateInfo, values: dict[str, Any], name: str) -> bool:
    return bool(values[name] == getattr(template, name))


def _field_steps(net: dict[str, Change], after: dict[str, Any]) -> list[ChecklistStep]:
    """Steps for the form's fields below テンプレート, in the form's order."""
    steps: list[ChecklistStep] = []
    for name in ("destination", "enabled", "standby", "period", "recognition_key"):
        if name not in net:
            continue
        change = net[name]
        if name in ("enabled", "standby"):
            steps.append(_checkbox_change(FIELD_LABELS[name], change.before, change.after))
        else:
            steps.append(_text_change(name, change.before, change.after))
    template = template_info(after["template_no"])
    if "template_no" in net:
        # 【Confirm】 puts the new template's own text in the form; only custom text is typed.
        steps.extend(_template_text_steps(template, after))
        return steps
    for name in TEXT_FIELDS:
        if name not in net:
            continue
        if _keeps_template_text(template, after, name):
            steps.append(
                ChecklistStep(
                    f"{FIELD_LABELS[name]}をテンプレート番号 {template.no} の元の文面に戻す"
                    "(【参照】で同じテンプレートを選び直すと入ります)"
                )
            )
        else:
            steps.append(_text_change(name, net[name].before, net[name].after))
    return steps


def _template_text_steps(template: TemplateInfo, after: dict[str, Any]) -> list[ChecklistStep]:
    """After 【Confirm】 the form holds the template's own text; only custom text is typed."""
    keep = [n for n in TEXT_FIELDS if _keeps_template_text(template, after, n)]
    if len(keep) == len(TEXT_FIELDS):
        return [
            ChecklistStep("タイトル・送信者・テンプレートの詳細は【Confirm】で入った文面のまま")
        ]
    return [
        ChecklistStep(f"{FIELD_LABELS[n]}は【Confirm】で入った文面のまま")
        if n in keep
        else _set_text(n, after[n])
        for n in TEXT_FIELDS
    ]


def _set_text(name: str, value: Any) -> ChecklistStep:
    label = FIELD_LABELS[name]
    if name == "body":
        return ChecklistStep(f"{label}を次の内容にする(全文を置き換え)", one_line(value))
    return ChecklistStep(f"{label}を「{one_line(value)}」にする")


def _confirm_step(template: TemplateInfo, after: dict[str, Any]) -> ChecklistStep:
    return ChecklistStep(
        f"【検索】をクリックし、テンプレート番号 {template.no}、送信先 "
        f"{after['destination'] or '(空)'} の行が 使用(Y/N)={yn(after['enabled'])}、"
        f"待機(Y/N)={yn(after['standby'])} で表示されることを確認"
    )


def modify_steps(target: str, net: dict[str, Change], after: dict[str, Any]) -> list[ChecklistStep]:
    steps = [
        ChecklistStep("お問い合わせ > 受注メール管理 で【検索】"),
        ChecklistStep(f"{target}をダブルクリック"),
    ]
    template = template_info(after["template_no"])
    if "template_no" in net:
        steps.append(_browse_step(template))
    steps.extend(_field_steps(net, after))
    steps.append(ChecklistStep("【修正】をクリック"))
    steps.append(_confirm_step(template, after))
    return steps


def register_steps(template: TemplateInfo, after: dict[str, Any]) -> list[ChecklistStep]:
    steps = [
        ChecklistStep("お問い合わせ > 受注メール管理 で【初期化】をクリック"),
        _browse_step(template),
    ]
    if after["destination"]:
        steps.append(ChecklistStep(f"送信先に {after['destination']} を入力"))
    steps.append(_checkbox_set(FIELD_LABELS["enabled"], after["enabled"]))
    steps.append(_checkbox_set(FIELD_LABELS["standby"], after["standby"]))
    if after["standby"] and after["period"] is not None:
        steps.append(ChecklistStep(f"Period に {after['period']} を入力"))
    if after["recognition_key"]:
        steps.append(ChecklistStep(f"認識キーに「{after['recognition_key']}」を入力"))
    steps.extend(_template_text_steps(template, after))
    steps.append(ChecklistStep("【登録】をクリック"))
    steps.append(_confirm_step(template, after))
    return steps
