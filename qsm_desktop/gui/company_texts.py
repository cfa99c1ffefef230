"""What the GUI says about a 連動会社 where the seller chooses templates: in the 参照 dialog
(which group a company reads, and from which source) and beside the form's 送信先 (after a
switch to another company's group, the address is still the previous company's)."""

from __future__ import annotations

from qsm_desktop.core.companies import Company, companies_for_group
from qsm_desktop.core.vocabulary import GROUP_BY_SLUG
from qsm_desktop.gui.translation import tr


def company_choice_text(company: Company) -> str:
    """The line under 参照's 連動会社: the group chosen for it (or why none), and the source."""
    source = tr("出典: {sources}").format(sources=company.source_text)
    if company.reads_order_mail is False:
        return "⚠ " + company.warning + "\n" + source
    if company.group is None:
        return (
            tr(
                "{name}のテンプレートのグループは不明です(出典に書かれていません)。"
                "グループは選んでいません。使うグループを{name}に確かめてください。"
            ).format(name=company.name)
            + "\n"
            + source
        )
    text = tr("{name}: テンプレートのグループ「{group}」を選びました。").format(
        name=company.name, group=company.group_label
    )
    if company.group_note and company.group_note != company.group_label:
        text += f"({company.group_note})"
    return text + "\n" + source


def group_with_companies(group: str) -> str:
    """「CrossMall Template(CROSS MALL)」: a group with the companies known to read it."""
    label = GROUP_BY_SLUG[group].label if group in GROUP_BY_SLUG else group
    names = [c.name for c in companies_for_group(group)]
    return f"{label}({'・'.join(names)})" if names else label


def switch_hint(old_group: str, new_group: str) -> str:
    """Beside 送信先 after the registration moved from ``old_group`` to ``new_group``."""
    return tr(
        "⚠ 送信先は、前の連動会社「{old}」のアドレスのままです。"
        "新しい連動会社「{new}」の受信アドレスに変えてください。"
    ).format(old=group_with_companies(old_group), new=group_with_companies(new_group))
