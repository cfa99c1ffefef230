"""Back to QSM: the change checklist — what to do in J・QSM, row by row, in QSM's own words.

The app works offline, so every change still has to be made in QSM by hand (docs/rules.md §11). The
checklist lists the changes since the seller last marked it applied (history rows after a
watermark kept in Meta), as one item per registration and run of changes:

- several changes of one registration collapse into one item, from the first before to the last
  after (fields that came back to their old value drop out);
- a registration created in the app is an item to 【登録】; any other is found by its *current*
  QSM row: template number + destination as QSM shows them before the change;
- ``qsm-import`` changes came FROM QSM and are never items; they also settle what they changed:
  a pending change to a field the import then set is QSM's value now, not a step to do (and a
  pending 登録 that an import then touched exists in QSM already);
- the seller ticks items off (:func:`tick` / :func:`untick`, stored per history row in
  ChecklistTick) or marks everything applied (:func:`mark_applied` moves the watermark). A
  change made after an item was ticked starts a new item whose QSM row is the ticked state.

The catalog's title, sender and body are sample text, not Qoo10's: when a registration simply
uses its template's text, the checklist says to keep the text QSM's 【参照】 puts in, never to
type our sample.

The steps in QSM's words are in :mod:`.checklist_steps`; the printed forms (text, HTML) in
:mod:`.checklist_render`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qsm_desktop.core.changes import ChangeBus, ChangeEvent, announce
from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.errors import NotFoundError
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.models import ChecklistTick, History, tuples
from qsm_desktop.core.registrations import (
    EDITABLE_FIELDS,
    Change,
    HistoryEntry,
    RegistrationService,
    all_history,
    now,
)
from qsm_desktop.core.safety.checklist_steps import (
    ChecklistStep,
    modify_steps,
    qsm_row,
    register_steps,
    template_info,
)
from qsm_desktop.core.safety.rows import (
    FROM_QSM_ACTIONS,
    IMPORT_ACTION,
    WATERMARK_KEY,
    watermark,
)
from qsm_desktop.core.settings import set_setting

REGISTER = HistoryAction.REGISTER
MODIFY = HistoryAction.MODIFY
ACTION_LABELS: dict[str, str] = {REGISTER: REGISTER.label, MODIFY: MODIFY.label}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    registration_id: int
    action: str  # 'register' | 'modify'
    target: str  # the QSM row to open (modify) / the template to register
    history_ids: tuple[int, ...]
    changes: tuple[Change, ...]  # net: first before → last after, in the form's order
    steps: tuple[ChecklistStep, ...]
    ticked: bool = False
    ticked_at: datetime | None = None
    # The row QSM shows before this item is done (modify); None for a registration to 【登録】.
    qsm_template_no: int | None = None
    qsm_destination: str | None = None

    @property
    def key(self) -> int:
        """A stable handle for the GUI/CLI: the first history row of the item."""
        return self.history_ids[0]

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]

    @property
    def heading(self) -> str:
        return f"{self.action_label}: {self.target}"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "registration_id": self.registration_id,
            "action": self.action,
            "target": self.target,
            "history_ids": list(self.history_ids),
            "changes": [
                {"field": c.field, "label": c.label, "before": c.before, "after": c.after}
                for c in self.changes
            ],
            "steps": [s.to_json() for s in self.steps],
            "qsm_template_no": self.qsm_template_no,
            "qsm_destination": self.qsm_destination,
            "ticked": self.ticked,
            "ticked_at": None if self.ticked_at is None else self.ticked_at.isoformat(sep=" "),
        }


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[ChecklistItem, ...]
    watermark: int  # history rows up to this id were marked applied
    upto: int  # the last history id this checklist looked at (what mark_applied applies)

    @property
    def pending(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if not i.ticked)

    def item(self, key: int) -> ChecklistItem:
        for item in self.items:
            if item.key == key:
                return item
        raise NotFoundError(f"チェックリストに番号 {key} の項目はありません。")

    def to_json(self) -> dict[str, Any]:
        return {
            "watermark": self.watermark,
            "upto": self.upto,
            "count": len(self.items),
            "pending": len(self.pending),
            "items": [i.to_json() for i in self.items],
        }

    def to_text(self) -> str:
        from qsm_desktop.core.safety.checklist_render import checklist_text

        return checklist_text(self)

    def to_html(self) -> str:
        from qsm_desktop.core.safety.checklist_render import checklist_html

        return checklist_html(self)


# -- the watermark and the ticks ------------------------------------------------------------


def _last_history_id() -> int:
    last: int | None = History.select(History.id).order_by(History.id.desc()).scalar()
    return last or 0


def mark_applied(checklist: Checklist | None = None, *, bus: ChangeBus | None = None) -> int:
    """All changes (up to what ``checklist`` showed) are in QSM now; returns the new watermark."""
    upto = _last_history_id() if checklist is None else checklist.upto
    with database_proxy.atomic():
        new = max(watermark(), upto)
        set_setting(WATERMARK_KEY, str(new))
        announce(bus, ChangeEvent("checklist", "mark-applied"))
    return new


def tick(item: ChecklistItem, *, bus: ChangeBus | None = None) -> None:
    """The seller did this item in QSM."""
    at = now()
    with database_proxy.atomic():
        for history_id in item.history_ids:
            ChecklistTick.insert(history=history_id, ticked_at=at).on_conflict_ignore().execute()
        announce(bus, ChangeEvent("checklist", "tick", frozenset({item.registration_id})))


def untick(item: ChecklistItem, *, bus: ChangeBus | None = None) -> None:
    with database_proxy.atomic():
        ChecklistTick.delete().where(ChecklistTick.history.in_(item.history_ids)).execute()
        announce(bus, ChangeEvent("checklist", "untick", frozenset({item.registration_id})))


def _ticks(since: int) -> dict[int, datetime]:
    query = ChecklistTick.select(ChecklistTick.history, ChecklistTick.ticked_at).where(
        ChecklistTick.history > since
    )
    out: dict[int, datetime] = {}
    for history_id, at in tuples(query):
        out[history_id] = at if isinstance(at, datetime) else datetime.fromisoformat(at)
    return out


# -- building the checklist -------------------------------------------------------------------


@dataclass
class _Segment:
    ticked: bool
    entries: list[HistoryEntry]
    net: dict[str, list[Any]]  # field → [first before, last after]
    register: bool
    end_id: int = 0  # the last history row (imports included) before the next segment


def build_checklist() -> Checklist:
    """The checklist of every change since the watermark (nothing written)."""
    mark = watermark()
    # A registration whose only entries since the watermark are imports from QSM has nothing
    # to do in QSM (an import never opens an item): its entries are not even read.
    entries = all_history(mark, changed_by_other_than=IMPORT_ACTION)
    upto = max(mark, _last_history_id())
    ticks = _ticks(mark)
    by_registration: dict[int, list[HistoryEntry]] = defaultdict(list)
    for entry in entries:
        by_registration[entry.registration_id].append(entry)
    service = RegistrationService("checklist")
    ids = list(by_registration)
    current = {}
    for start in range(0, len(ids), 500):  # SQLite limits the number of bound variables
        current.update({r.id: r for r in service.get_many(ids[start : start + 500])})
    items: list[ChecklistItem] = []
    for reg_id, reg_entries in by_registration.items():
        state = {name: getattr(current[reg_id], name) for name in EDITABLE_FIELDS}
        after_state = _states_after(reg_entries, state)
        for segment in _segments(reg_entries, ticks):
            item = _item(reg_id, segment, after_state[segment.end_id], ticks)
            if item is not None:
                items.append(item)
    items.sort(key=lambda i: i.key)
    return Checklist(tuple(items), mark, upto)


def _states_after(
    entries: list[HistoryEntry], current: dict[str, Any]
) -> dict[int, dict[str, Any]]:
    """The registration's fields right after each entry, walking back from today's values."""
    state = dict(current)
    out: dict[int, dict[str, Any]] = {}
    for entry in reversed(entries):
        out[entry.id] = dict(state)
        for change in entry.changes:
            if change.field in state:
                state[change.field] = change.before
    return out


def _segments(entries: list[HistoryEntry], ticks: dict[int, datetime]) -> list[_Segment]:
    segments: list[_Segment] = []
    pending: _Segment | None = None
    for entry in entries:
        if entry.action in FROM_QSM_ACTIONS:
            if pending is not None and not pending.ticked:
                if pending.register:
                    segments.remove(pending)  # QSM has the row: nothing to register
                    pending = None
                    continue
                for change in entry.changes:
                    pending.net.pop(change.field, None)  # QSM's value is the value now
            if pending is not None:
                pending.end_id = entry.id  # the QSM row as the import showed it
            continue
        ticked = entry.id in ticks
        if pending is None or pending.ticked != ticked:
            pending = _Segment(ticked, [], {}, entry.action == HistoryAction.REGISTER)
            segments.append(pending)
        pending.entries.append(entry)
        pending.end_id = entry.id
        for change in entry.changes:
            if change.field in pending.net:
                pending.net[change.field][1] = change.after
            else:
                pending.net[change.field] = [change.before, change.after]
    return segments


def _item(
    reg_id: int, segment: _Segment, after: dict[str, Any], ticks: dict[int, datetime]
) -> ChecklistItem | None:
    history_ids = tuple(e.id for e in segment.entries)
    ticked_at = max((ticks[i] for i in history_ids if i in ticks), default=None)
    if segment.register:
        changes = tuple(
            Change(name, None, after[name]) for name in EDITABLE_FIELDS if name in after
        )
        template = template_info(after["template_no"])
        return ChecklistItem(
            reg_id,
            REGISTER,
            f"テンプレート番号 {template.no} ({template.kind_label} / {template.group_label})"
            f"、送信先 {after['destination'] or '(空)'}",
            history_ids,
            changes,
            tuple(register_steps(template, after)),
            segment.ticked,
            ticked_at,
        )
    changes = tuple(
        Change(name, segment.net[name][0], segment.net[name][1])
        for name in EDITABLE_FIELDS
        if name in segment.net and segment.net[name][0] != segment.net[name][1]
    )
    if not changes:
        return None
    net = {c.field: c for c in changes}
    row_template = net["template_no"].before if "template_no" in net else after["template_no"]
    row_destination = net["destination"].before if "destination" in net else after["destination"]
    target = qsm_row(row_template, row_destination)
    return ChecklistItem(
        reg_id,
        MODIFY,
        target,
        history_ids,
        changes,
        tuple(modify_steps(target, net, after)),
        segment.ticked,
        ticked_at,
        row_template,
        row_destination,
    )
