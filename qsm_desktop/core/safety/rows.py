"""What the setup check and the coverage matrix look at: each registration with its addresses.

Addresses are compared one by one (a destination may hold several, separated by ``,`` or ``;``)
and case-insensitively, also for destinations that are not valid (rows read from QSM).
"""

from __future__ import annotations

from dataclasses import dataclass

from qsm_desktop.core.addresses import split_addresses
from qsm_desktop.core.models import ChecklistTick, History
from qsm_desktop.core.registrations import (
    RegistrationData,
    RegistrationService,
    registration_origins,
)
from qsm_desktop.core.settings import get_setting

IMPORT_ACTION = "qsm-import"
WATERMARK_KEY = "checklist_applied_history_id"  # Meta: the change checklist's watermark


def address_key(address: str) -> str:
    """How two addresses compare: case-insensitively, surrounding spaces ignored."""
    return address.strip().casefold()


@dataclass(frozen=True, slots=True)
class SetupRow:
    registration: RegistrationData
    origin: str = "app"  # 'app' | 'qsm'
    # The カテゴリ QSM showed, for rows read from QSM (None while a template change is pending).
    qsm_category: str | None = None

    @property
    def id(self) -> int:
        return self.registration.id

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(split_addresses(self.registration.destination))

    @property
    def forwards(self) -> bool:
        """使用 = Y: the mail goes out (待機 = Y delays it, it still goes)."""
        return self.registration.enabled


def describe(reg: RegistrationData) -> str:
    """A registration as the seller finds it in QSM's grid."""
    destination = reg.destination or "(空)"
    return (
        f"登録番号 {reg.id}(テンプレート番号 {reg.template_no} {reg.kind_label} / "
        f"{reg.group_label}、送信先 {destination})"
    )


def _template_change_pending() -> set[int]:
    """Registrations with a template change not yet made in QSM (unticked, after the watermark).

    QSM's カテゴリ then describes the template QSM still has, not the one in the store, so
    comparing it with the new template would mislead until the change is made (or ticked).
    """
    mark = int(get_setting(WATERMARK_KEY, "0") or 0)
    ticked = ChecklistTick.select(ChecklistTick.history)
    query = History.select(History.registration).where(
        History.id > mark,
        History.action != IMPORT_ACTION,
        History.changes.contains('"template_no"'),
        History.id.not_in(ticked),
    )
    return {reg_id for (reg_id,) in query.tuples()}


def load_rows() -> list[SetupRow]:
    """Every registration in the store, oldest first, with where it came from."""
    origins = registration_origins()
    stale = _template_change_pending()
    service = RegistrationService("setup-check")
    rows = []
    for reg in service.search():
        origin, category = origins.get(reg.id, ("app", None))
        rows.append(SetupRow(reg, origin, None if reg.id in stale else category))
    return rows
