"""Bulk address change: replace one address by another in every registration that uses it.

NextEngine's receiving address can change after their maintenance (docs/rules.md §9.7); the seller
must then update every registration that uses it. :func:`plan_address_replacement` shows the planned
before/after without writing; :func:`apply_address_replacement` writes it in one transaction, one
history row (action ``replace-address``) per registration.

Matching is per individual address, case-insensitive; the other addresses of a destination and
its separators stay as typed. When a destination already holds the new address, the old one is
removed (with one separator) instead of listing the same address twice. The new address is
validated like any address; the old one is not (a broken address read from QSM can be replaced
by a correct one). Other addresses of a destination are not re-validated: the change does not
make them worse, and the setup check reports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from qsm_desktop.core.addresses import destination_key, parse_destination, split_addresses
from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.registrations import ChangeReport, Patch, RegistrationService
from qsm_desktop.core.safety.rows import LightRegistration, address_key, light_registrations

ACTION = HistoryAction.REPLACE_ADDRESS
_PARTS = re.compile(r"([,;])")


@dataclass(frozen=True, slots=True)
class AddressReplacement:
    registration_id: int
    template_no: int
    kind_label: str
    group_label: str
    enabled: bool
    before: str
    after: str
    note: str = ""  # e.g. the new address was already there, the old one is removed

    def to_json(self) -> dict[str, Any]:
        return {
            "registration_id": self.registration_id,
            "template_no": self.template_no,
            "kind": self.kind_label,
            "group": self.group_label,
            "enabled": self.enabled,
            "before": self.before,
            "after": self.after,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class AddressReplacementPlan:
    old: str
    new: str
    items: tuple[AddressReplacement, ...]
    conflicts: tuple[str, ...] = ()  # Japanese: why the change cannot be written as planned

    @property
    def can_apply(self) -> bool:
        return bool(self.items) and not self.conflicts

    def to_json(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "count": len(self.items),
            "items": [i.to_json() for i in self.items],
            "conflicts": list(self.conflicts),
        }


def replace_in_destination(destination: str, old: str, new: str) -> tuple[str, str] | None:
    """``destination`` with ``old`` replaced by ``new`` and a note, or None when old is absent."""
    parts = _PARTS.split(destination)  # token, sep, token, sep, …
    old_key, new_key = address_key(old), address_key(new)
    hits = [i for i in range(0, len(parts), 2) if address_key(parts[i]) == old_key]
    if not hits:
        return None
    already = any(
        address_key(parts[i]) == new_key
        for i in range(0, len(parts), 2)
        if address_key(parts[i]) != old_key
    )
    if already:
        for i in reversed(hits):  # drop the token and one separator next to it
            if i + 1 < len(parts):
                del parts[i : i + 2]
            elif i > 0:
                del parts[i - 1 : i + 1]
            else:
                parts[i] = ""
        after = "".join(parts).strip()
        return after, f"「{new}」はすでに送信先にあるため、「{old}」を削除します。"
    for i in hits:
        token = parts[i]
        lead = token[: len(token) - len(token.lstrip())]
        trail = token[len(token.rstrip()) :]
        parts[i] = f"{lead}{new}{trail}"
    return "".join(parts), ""


def _check_arguments(old: str, new: str) -> tuple[str, str]:
    old, new = old.strip(), new.strip()
    if not old:
        raise ValidationError("old", "置き換える元のアドレスを指定してください。")
    if len(split_addresses(old)) != 1 or old != split_addresses(old)[0]:
        raise ValidationError(
            "old", f"置き換える元のアドレス「{old}」は1つだけ指定してください(「,」「;」は不可)。"
        )
    addresses = parse_destination(new, required=True, field="new")
    if len(addresses) != 1:
        raise ValidationError(
            "new", f"新しいアドレス「{new}」は1つだけ指定してください(「,」「;」は不可)。"
        )
    if old == new:
        raise ValidationError("new", f"新しいアドレスが元のアドレス「{old}」と同じです。")
    return old, new


def _plan(old: str, new: str, registrations: list[LightRegistration]) -> AddressReplacementPlan:
    items: list[AddressReplacement] = []
    after_of: dict[int, str] = {}
    # casefold maps each character on its own, so an address equal to old (case-insensitively)
    # leaves old's key inside the casefolded destination: the others are skipped unparsed.
    old_key = address_key(old)
    for reg in registrations:
        if old_key not in reg.destination.casefold():
            continue
        replaced = replace_in_destination(reg.destination, old, new)
        if replaced is None:
            continue
        after, note = replaced
        after_of[reg.id] = after
        items.append(
            AddressReplacement(
                reg.id,
                reg.template_no,
                reg.kind_label,
                reg.group_label,
                reg.enabled,
                reg.destination,
                after,
                note,
            )
        )
    if not items:
        raise QsmError(
            f"送信先に「{old}」を含む登録はありません(大文字・小文字は区別しません)。"
            "アドレスを確かめてください。"
        )
    return AddressReplacementPlan(old, new, tuple(items), _conflicts(registrations, after_of))


def _conflicts(registrations: list[LightRegistration], after_of: dict[int, str]) -> tuple[str, ...]:
    """Registrations of one template that the change would give the same destination (§4.6).

    The same rule as the service's duplicate refusal: template number + the set of addresses,
    whatever 使用(Y/N) says — so the only way out is another destination for one of them.
    """

    def key(reg: LightRegistration, destination: str) -> tuple[int, frozenset[str]]:
        return reg.template_no, destination_key(split_addresses(destination))

    seen_before: dict[tuple[int, frozenset[str]], set[int]] = {}
    seen_after: dict[tuple[int, frozenset[str]], list[int]] = {}
    # Only registrations of a changed one's template can end up with its destination, or have
    # shared one with it before: the others' addresses are not even split.
    templates = {reg.template_no for reg in registrations if reg.id in after_of}
    for reg in registrations:
        if reg.template_no not in templates:
            continue
        seen_before.setdefault(key(reg, reg.destination), set()).add(reg.id)
        seen_after.setdefault(key(reg, after_of.get(reg.id, reg.destination)), []).append(reg.id)
    out = []
    for (template_no, _), ids in seen_after.items():
        if len(ids) < 2 or not any(i in after_of for i in ids):
            continue
        if any(set(ids) <= same for same in seen_before.values()):
            continue  # they were duplicates before this change (read from QSM): not made worse
        listed = "・".join(str(i) for i in ids)
        which = "どちらか" if len(ids) == 2 else "いずれか"
        out.append(
            f"テンプレート番号 {template_no} の登録番号 {listed} が同じ送信先になります。"
            "同じテンプレートを同じ送信先に2回登録することはできません"
            "(使用(Y/N) が N の登録も含みます)。"
            f"先に{which}の送信先を変えてから、もう一度置き換えてください。"
        )
    return tuple(out)


def check_replacement(old: str, new: str) -> None:
    """The refusals of :func:`plan_address_replacement` that need no registration (ValidationError)."""
    _check_arguments(old, new)


def plan_address_replacement(old: str, new: str) -> AddressReplacementPlan:
    """The preview: every registration using ``old`` with its destination before and after.

    Raises ValidationError for a bad new address, QsmError when no registration uses ``old``.
    """
    old, new = _check_arguments(old, new)
    return _plan(old, new, light_registrations())


def apply_address_replacement(
    service: RegistrationService, old: str, new: str, *, origin: object | None = None
) -> tuple[AddressReplacementPlan, ChangeReport]:
    """Write the replacement (planned again inside the transaction) and return what was done.

    The service's bus announces the changed registrations once, after the commit."""
    old, new = _check_arguments(old, new)
    from qsm_desktop.core.backups import backup_before

    backup_before(ACTION)
    with database_proxy.atomic():
        plan = _plan(old, new, light_registrations())
        if plan.conflicts:
            raise QsmError(" ".join(plan.conflicts))
        # as_is: the other addresses of a row read from QSM may be broken (see the module
        # docstring); new duplicates were refused just above, old ones are not made worse.
        report = service.modify_many(
            [(i.registration_id, Patch(destination=i.after)) for i in plan.items],
            ACTION,
            as_is=True,
            origin=origin,
        )
    return plan, report
