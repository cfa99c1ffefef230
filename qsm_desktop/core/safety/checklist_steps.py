"""The change checklist's steps, in the words of J・QSM's 受注メール管理 screen.

Each step is one thing the seller does in QSM (a button, a field, a check box), with the text to
type under it when it is long (a body). :mod:`.checklist` decides which steps an item needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.registrations import FIELD_LABELS, Change
from qsm_desktop.core.translatable import QT_TR_NOOP, filled
from qsm_desktop.core.vocabulary import TEXT_FIELDS, yn

OPEN_SCREEN = QT_TR_NOOP("J・QSMにログインし、お問い合わせ > 受注メール管理 を開きます。")


@dataclass(frozen=True, slots=True)
class ChecklistStep:
    text: str
    detail: str = ""  # long text to type (a body), shown under the step
    # The Japanese template of ``text`` and its values, for the GUI to translate (the CLI and
    # the printed list show ``text``).
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, str]:
        return {"text": self.text, "detail": self.detail}


def _step(template: str, detail: str = "", **values: Any) -> ChecklistStep:
    text, template, params = filled(template, **values)
    return ChecklistStep(text, detail, template, params)


def template_info(no: int) -> TemplateInfo:
    return get_template(int(no))


def qsm_row(template_no: int, destination: str) -> str:
    template = template_info(template_no)
    return (
        f"テンプレート番号 {template.no} ({template.kind_label} / {template.group_label})"
        f"、送信先 {destination or '(空)'} の行"
    )


def _browse_step(template: TemplateInfo) -> ChecklistStep:
    return _step(
        QT_TR_NOOP(
            "テンプレートの【参照】で お知らせ種類={kind}、"
            "テンプレートのグループ={group} を選んで【検索】、"
            "テンプレート番号 {no} を選んで【Confirm】"
        ),
        kind=template.kind_label,
        group=template.group_label,
        no=template.no,
    )


def _checkbox_change(label: str, before: bool, after: bool) -> ChecklistStep:
    if after:
        return _step(
            QT_TR_NOOP("{label} にチェックを入れる({before} → Y)"), label=label, before=yn(before)
        )
    return _step(
        QT_TR_NOOP("{label} のチェックを外す({before} → N)"), label=label, before=yn(before)
    )


def _checkbox_set(label: str, value: bool) -> ChecklistStep:
    if value:
        return _step(QT_TR_NOOP("{label} にチェックを入れる(Y)"), label=label)
    return _step(QT_TR_NOOP("{label} のチェックは外しておく(N)"), label=label)


def one_line(value: Any) -> str:
    return "" if value is None else str(value)


def _text_change(name: str, before: Any, after: Any) -> ChecklistStep:
    label = FIELD_LABELS[name]
    before, after = one_line(before), one_line(after)
    values = {"label": label, "before": before, "after": after}
    if name == "body":
        return _step(QT_TR_NOOP("{label}を次の内容に書き換える(全文を置き換え)"), after, **values)
    if name == "destination":
        if not before:
            return _step(QT_TR_NOOP("{label}に {after} を入力"), **values)
        if not after:
            return _step(QT_TR_NOOP("{label}を空にする({before} を消す)"), **values)
        return _step(QT_TR_NOOP("{label}を {before} から {after} に変更"), **values)
    if name == "period":
        if not before:
            return _step(QT_TR_NOOP("{label} に {after} を入力"), **values)
        if not after:
            return _step(QT_TR_NOOP("{label} を空にする({before} を消す)"), **values)
        return _step(QT_TR_NOOP("{label} を {before} から {after} に変更"), **values)
    if not before:
        return _step(QT_TR_NOOP("{label}に「{after}」を入力"), **values)
    if not after:
        return _step(QT_TR_NOOP("{label}を空にする(「{before}」を消す)"), **values)
    return _step(QT_TR_NOOP("{label}を「{before}」から「{after}」に変更"), **values)


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
                _step(
                    QT_TR_NOOP(
                        "{label}をテンプレート番号 {no} の元の文面に戻す"
                        "(【参照】で同じテンプレートを選び直すと入ります)"
                    ),
                    label=FIELD_LABELS[name],
                    no=template.no,
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
            _step(QT_TR_NOOP("タイトル・送信者・テンプレートの詳細は【Confirm】で入った文面のまま"))
        ]
    return [
        _step(QT_TR_NOOP("{label}は【Confirm】で入った文面のまま"), label=FIELD_LABELS[n])
        if n in keep
        else _set_text(n, after[n])
        for n in TEXT_FIELDS
    ]


def _set_text(name: str, value: Any) -> ChecklistStep:
    label = FIELD_LABELS[name]
    if name == "body":
        return _step(
            QT_TR_NOOP("{label}を次の内容にする(全文を置き換え)"), one_line(value), label=label
        )
    return _step(QT_TR_NOOP("{label}を「{value}」にする"), label=label, value=one_line(value))


def _confirm_step(template: TemplateInfo, after: dict[str, Any]) -> ChecklistStep:
    return _step(
        QT_TR_NOOP(
            "【検索】をクリックし、テンプレート番号 {no}、送信先 {destination} の行が "
            "使用(Y/N)={enabled}、待機(Y/N)={standby} で表示されることを確認"
        ),
        no=template.no,
        destination=after["destination"] or QT_TR_NOOP("(空)"),
        enabled=yn(after["enabled"]),
        standby=yn(after["standby"]),
    )


def modify_steps(target: str, net: dict[str, Change], after: dict[str, Any]) -> list[ChecklistStep]:
    steps = [
        _step(QT_TR_NOOP("お問い合わせ > 受注メール管理 で【検索】")),
        _step(QT_TR_NOOP("{target}をダブルクリック"), target=target),
    ]
    template = template_info(after["template_no"])
    if "template_no" in net:
        steps.append(_browse_step(template))
    steps.extend(_field_steps(net, after))
    steps.append(_step(QT_TR_NOOP("【修正】をクリック")))
    steps.append(_confirm_step(template, after))
    return steps


def register_steps(template: TemplateInfo, after: dict[str, Any]) -> list[ChecklistStep]:
    steps = [
        _step(QT_TR_NOOP("お問い合わせ > 受注メール管理 で【初期化】をクリック")),
        _browse_step(template),
    ]
    if after["destination"]:
        steps.append(
            _step(QT_TR_NOOP("送信先に {destination} を入力"), destination=after["destination"])
        )
    steps.append(_checkbox_set(FIELD_LABELS["enabled"], after["enabled"]))
    steps.append(_checkbox_set(FIELD_LABELS["standby"], after["standby"]))
    if after["standby"] and after["period"] is not None:
        steps.append(_step(QT_TR_NOOP("Period に {period} を入力"), period=after["period"]))
    if after["recognition_key"]:
        steps.append(_step(QT_TR_NOOP("認識キーに「{key}」を入力"), key=after["recognition_key"]))
    steps.extend(_template_text_steps(template, after))
    steps.append(_step(QT_TR_NOOP("【登録】をクリック")))
    steps.append(_confirm_step(template, after))
    return steps
