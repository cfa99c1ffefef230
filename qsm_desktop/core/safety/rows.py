"""What the safety checks read: each registration with its addresses (setup check, coverage
matrix) or, for the bulk address change and the QSM import, without its mail text.

Addresses are compared one by one (a destination may hold several, separated by ``,`` or ``;``)
and case-insensitively, also for destinations that are not valid (rows read from QSM).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qsm_desktop.core import grid_query
from qsm_desktop.core.addresses import split_addresses
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.models import ChecklistTick, History, tuples
from qsm_desktop.core.registrations import RegistrationData, registrations_with_origin
from qsm_desktop.core.settings import get_setting
from qsm_desktop.core.vocabulary import KindGroupLabels

IMPORT_ACTION = HistoryAction.QSM_IMPORT
CAPTURE_ACTION = (
    HistoryAction.CAPTURE
)  # QSM's text pasted into the app (RegistrationService.capture_template)
# Changes that came FROM QSM: they are QSM's state, never a step to make in QSM.
FROM_QSM_ACTIONS = (IMPORT_ACTION, CAPTURE_ACTION)
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
    # Split once: the check, the matrix and the views each read them (300,000 splits at 100k).
    addresses: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "addresses", tuple(split_addresses(self.registration.destination)))

    @property
    def id(self) -> int:
        return self.registration.id

    @property
    def forwards(self) -> bool:
        """使用 = Y: the mail goes out (待機 = Y delays it, it still goes)."""
        return self.registration.enabled


@dataclass(frozen=True, slots=True)
class LightRegistration(KindGroupLabels):
    """A registration without its mail text: what the bulk address change and the QSM import
    look at, read as plain tuples (``grid_query``) instead of building every title and body."""

    id: int
    template_no: int
    kind: str  # slug
    group: str  # slug
    destination: str
    enabled: bool
    standby: bool


def light_registrations() -> list[LightRegistration]:
    """Every registration in the store, oldest first, without its mail text."""
    return [
        LightRegistration(
            row[grid_query.ID],
            row[grid_query.TEMPLATE_NO],
            row[grid_query.KIND],
            row[grid_query.GROUP],
            row[grid_query.DESTINATION],
            bool(row[grid_query.ENABLED]),
            bool(row[grid_query.STANDBY]),
        )
        for row in grid_query.search_rows()
    ]


def describe(reg: RegistrationData) -> str:
    """A registration as the seller finds it in QSM's grid."""
    destination = reg.destination or "(空)"
    return (
        f"登録番号 {reg.id}(テンプレート番号 {reg.template_no} {reg.kind_label} / "
        f"{reg.group_label}、送信先 {destination})"
    )


def watermark() -> int:
    """History rows up to this id were marked applied in QSM (the change checklist's watermark)."""
    return int(get_setting(WATERMARK_KEY, "0") or 0)


def _template_change_pending() -> set[int]:
    """Registrations with a template change not yet made in QSM (unticked, after the watermark).

    QSM's カテゴリ then describes the template QSM still has, not the one in the store, so
    comparing it with the new template would mislead until the change is made (or ticked).

    Read from the history, not from build_checklist(): the checklist parses every history row
    since the watermark, the import's rows included (about 1.3 s for 20,000 imported rows against
    0.02 s here). The two differ only for a template changed and changed back: this still counts
    it until it is ticked, which keeps the kind-mismatch check quiet for that row, never louder.
    """
    mark = watermark()
    ticked = ChecklistTick.select(ChecklistTick.history)
    query = History.select(History.registration).where(
        History.id > mark,
        History.action != IMPORT_ACTION,
        History.changes.contains('"template_no"'),
        History.id.not_in(ticked),
    )
    return {reg_id for (reg_id,) in tuples(query)}


def load_rows() -> list[SetupRow]:
    """Every registration in the store, oldest first, with where it came from."""
    stale = _template_change_pending()
    return [
        SetupRow(reg, origin, None if reg.id in stale else category)
        for reg, origin, category in registrations_with_origin()
    ]
