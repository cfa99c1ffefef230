"""From QSM: bring the seller's pasted お知らせ設定データ grid into the store.

Rows are matched to the catalog by テンプレート番号; a number the catalog does not have is reported
with its line and not imported. Rows are stored with ``origin='qsm'`` and ``qsm_category`` = the
pasted カテゴリ, with the destination exactly as QSM holds it, even when it is not a valid
address (the setup check reports it). Title, sender and body of a new row come from its template
(the grid does not show them). Every write is action ``qsm-import`` with its history row, and the
whole import is one transaction.

How a pasted row finds the registration it is (a re-import updates in place, never duplicates).
A registration is known by its template number + destination, and — while the change checklist
has a change for it not yet made in QSM — also by the row QSM still shows (the number and
destination before that change):

1. **Same template number and same destination** (the set of addresses, case-insensitive and in
   any order; an empty destination matches an empty one): that registration, whatever its origin.
   When several match, the lowest registration number not yet taken by an earlier pasted row.
2. Otherwise, **the template number alone**, but only when it is unambiguous: exactly one pasted
   row with that number is left after step 1, and exactly one registration read from QSM
   (``origin='qsm'``) with that number is left. This is a row whose address was changed in QSM.
   Rows created in the app are never matched this way: they may be changes not yet made in QSM.
3. Otherwise a **new registration**.

Each registration is taken by at most one pasted row, so pasting the same grid twice changes
nothing the second time. Nothing is deleted: registrations the paste does not show are listed in
``not_in_paste``.

What a match updates: 送信先 (QSM's spelling), 使用(Y/N) and 待機(Y/N) (when the paste has that
column), where QSM differs from the store — QSM is the live truth — except where QSM still shows
the value a pending checklist change started from: that change is simply not made in QSM yet, and
it is kept (noted in the preview). A pending change QSM contradicts with a third value is
overwritten, and the preview says so (the history keeps it).

The checklist learns from the paste too: a pending item whose every change the grid shows as done
(テンプレート番号, 送信先, 使用, 待機) is ticked, and a pending 【登録】 whose row the paste shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from qsm_desktop.core.addresses import destination_key, parse_destination, split_addresses
from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.errors import NotFoundError, QsmError, ValidationError
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.registrations import (
    AsIsRegistration,
    Change,
    ChangeReport,
    Patch,
    RegistrationService,
    registration_origins,
)
from qsm_desktop.core.safety.checklist import build_checklist, tick
from qsm_desktop.core.safety.qsm_grid import GridProblem, ParsedGrid, QsmGridRow, parse_qsm_grid
from qsm_desktop.core.safety.rows import LightRegistration, light_registrations
from qsm_desktop.core.safety.rules import load_rules
from qsm_desktop.core.vocabulary import norm

ACTION = HistoryAction.QSM_IMPORT
CREATE = "create"
UPDATE = "update"
UNCHANGED = "unchanged"
ACTION_LABELS = {CREATE: "新規", UPDATE: "更新", UNCHANGED: "変更なし"}


@dataclass(frozen=True, slots=True)
class ImportItem:
    line: int
    action: str  # create | update | unchanged
    registration_id: int | None  # None for create (until applied)
    template_no: int
    kind_label: str
    group_label: str
    destination: str
    enabled: bool
    standby: bool
    changes: tuple[Change, ...] = ()  # update: what QSM has that the store had not
    notes: tuple[str, ...] = ()  # Japanese remarks (cut name, other カテゴリ, bad address …)
    matched_by: str = ""  # 'destination' | 'template_no' | ''

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "action": self.action,
            "registration_id": self.registration_id,
            "template_no": self.template_no,
            "kind": self.kind_label,
            "group": self.group_label,
            "destination": self.destination,
            "enabled": self.enabled,
            "standby": self.standby,
            "matched_by": self.matched_by,
            "changes": [
                {"field": c.field, "before": c.before, "after": c.after} for c in self.changes
            ],
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class ImportPlan:
    items: tuple[ImportItem, ...]
    problems: tuple[GridProblem, ...]  # lines not imported
    not_in_paste: tuple[int, ...] = ()  # registrations the paste does not show

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.count(CREATE),
            "updated": self.count(UPDATE),
            "unchanged": self.count(UNCHANGED),
            "items": [i.to_json() for i in self.items],
            "problems": [p.to_json() for p in self.problems],
            "not_in_paste": list(self.not_in_paste),
        }


@dataclass(frozen=True, slots=True)
class ImportResult:
    plan: ImportPlan  # registration ids filled in for created rows
    report: ChangeReport
    confirmed: tuple[int, ...] = ()  # keys of checklist items the paste shows as done (ticked)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.plan.to_json(),
            "history_ids": list(self.report.history_ids),
            "confirmed_checklist_items": list(self.confirmed),
        }


@dataclass(frozen=True, slots=True)
class _Pending:
    """A change not yet made in QSM (the latest unticked checklist item of a registration)."""

    key: int
    action: str  # 'register' | 'modify'
    template_no: int | None  # the row QSM shows now (modify)
    destination: str | None
    changes: dict[str, Change]


@dataclass(frozen=True, slots=True)
class _Matched:
    row: QsmGridRow
    template: TemplateInfo
    current: LightRegistration | None
    matched_by: str
    pending: _Pending | None = None
    stored_category: str | None = None  # the カテゴリ stored for ``current``


@dataclass(frozen=True, slots=True)
class _Planned:
    """A matched row with its plan item and what applying it writes (decided once)."""

    matched: _Matched
    item: ImportItem
    patch: Patch  # the fields QSM changed (empty for create / unchanged)
    category: str | None  # the カテゴリ to store, when it changes (existing registrations)


def _key(destination: str) -> frozenset[str]:
    return destination_key(split_addresses(destination))


def _pending_changes() -> dict[int, _Pending]:
    out: dict[int, _Pending] = {}
    for item in build_checklist().pending:  # oldest first: the latest item wins
        out[item.registration_id] = _Pending(
            item.key,
            item.action,
            item.qsm_template_no,
            item.qsm_destination,
            {c.field: c for c in item.changes},
        )
    return out


def _notes(row: QsmGridRow, template: TemplateInfo) -> tuple[str, ...]:
    notes = []
    name = row.name.rstrip("….").rstrip()
    if name and not norm(template.name).startswith(norm(name)):
        notes.append(
            f"テンプレート名「{row.name}」がカタログの「{template.name}」と違います"
            f"(テンプレート番号 {template.no} として取り込みます)。"
        )
    if row.group and norm(row.group) not in (norm(template.group_label), norm(template.group)):
        notes.append(
            f"テンプレートグループ名「{row.group}」がカタログの「{template.group_label}」と"
            "違います(テンプレート番号で取り込みます)。"
        )
    rules = load_rules()
    if row.category and rules.kind_of_category(row.category) != template.kind:
        # Named as the setup check lists it (the GUI import dialog shows this note too).
        notes.append(
            f"カテゴリ「{row.category}」がテンプレート番号 {template.no} の種類"
            f"「{template.kind_label}」と違います。設定チェックの"
            f"「{rules.rule('kind-mismatch').label}」で確認してください。"
        )
    if row.send_type and row.send_type.upper() != template.send_type.upper():
        notes.append(
            f"送信タイプ「{row.send_type}」がカタログの「{template.send_type}」と違います。"
        )
    try:
        parse_destination(row.destination, required=row.enabled)
    except ValidationError as exc:
        notes.append(
            f"送信先の問題: {exc.message} QSMのとおりに取り込みます。設定チェックで確認してください。"
        )
    return tuple(notes)


def _identities(
    reg: LightRegistration, pending: _Pending | None
) -> list[tuple[int, frozenset[str]]]:
    """How QSM may show the registration: as in the store, or as before a pending change."""
    found = [(reg.template_no, _key(reg.destination))]
    if pending is not None and pending.template_no is not None:
        before = (pending.template_no, _key(pending.destination or ""))
        if before not in found:
            found.append(before)
    return found


def _match(
    grid: ParsedGrid,
    registrations: list[LightRegistration],
    origins: dict[int, tuple[str, str | None]],
    pending: dict[int, _Pending],
) -> tuple[list[_Matched], list[GridProblem], set[int]]:
    problems = list(grid.problems)
    usable: list[tuple[QsmGridRow, TemplateInfo]] = []
    for row in grid.rows:
        try:
            usable.append((row, get_template(row.template_no)))
        except NotFoundError:
            problems.append(
                GridProblem(
                    row.line,
                    f"{row.template_no}\t{row.category}\t{row.group}\t{row.name}",
                    f"テンプレート番号 {row.template_no} はカタログにありません。"
                    "この行は取り込みません(カタログの番号はサンプルの番号です。"
                    "登録フォームの【参照】(テンプレートの選択)で番号を確認してください)。",
                ),
            )
    by_identity: dict[tuple[int, frozenset[str]], list[LightRegistration]] = defaultdict(list)
    by_number: dict[int, list[LightRegistration]] = defaultdict(list)
    for reg in registrations:
        identities = _identities(reg, pending.get(reg.id))
        for identity in identities:
            by_identity[identity].append(reg)
        for number in dict.fromkeys(number for number, _ in identities):
            by_number[number].append(reg)
    claimed: set[int] = set()
    found: dict[int, tuple[LightRegistration, str]] = {}  # index in usable → match
    for index, (row, _template) in enumerate(usable):  # 1. number + destination
        candidates = by_identity[(row.template_no, _key(row.destination))]
        for reg in sorted(candidates, key=lambda r: r.id):
            if reg.id not in claimed:
                claimed.add(reg.id)
                found[index] = (reg, "destination")
                break
    left: dict[int, list[int]] = defaultdict(list)
    for index, (row, _template) in enumerate(usable):
        if index not in found:
            left[row.template_no].append(index)
    for number, indexes in left.items():  # 2. number alone, when unambiguous
        candidates = [
            reg
            for reg in by_number[number]
            if reg.id not in claimed and origins.get(reg.id, ("app", None))[0] == "qsm"
        ]
        if len(indexes) == 1 and len(candidates) == 1:
            claimed.add(candidates[0].id)
            found[indexes[0]] = (candidates[0], "template_no")
    matched = []
    for index, (row, template) in enumerate(usable):
        hit = found.get(index)
        if hit is None:
            matched.append(_Matched(row, template, None, ""))
        else:
            reg, how = hit
            category = origins.get(reg.id, ("app", None))[1]
            matched.append(_Matched(row, template, reg, how, pending.get(reg.id), category))
    problems.sort(key=lambda p: p.line)
    return matched, problems, claimed


def _same(name: str, a: Any, b: Any) -> bool:
    if name == "destination":
        return _key(a or "") == _key(b or "")
    return bool(a == b)


def _decide(m: _Matched) -> tuple[Patch, tuple[Change, ...], tuple[str, ...]]:
    """What the paste changes in a matched registration, and the notes about pending changes."""
    row, current = m.row, m.current
    assert current is not None
    shown = {"destination": row.destination, "enabled": row.enabled, "standby": row.standby}
    updates: dict[str, Any] = {}
    kept: list[str] = []
    overwritten: list[str] = []
    for name, qsm in shown.items():
        store = getattr(current, name)
        if qsm is None or qsm == store:
            continue
        change = m.pending.changes.get(name) if m.pending is not None else None
        if change is not None and _same(name, qsm, change.before):
            kept.append(change.label)  # QSM still shows the value before the pending change
            continue
        updates[name] = qsm
        if change is not None:
            overwritten.append(change.label)
    notes = []
    if kept:
        notes.append(
            f"登録番号 {current.id} の{'・'.join(kept)}は、チェックリストの変更をまだQSMに"
            "反映していないため、QSM Desktopの値のままにします。"
        )
    if overwritten:
        notes.append(
            f"登録番号 {current.id} の{'・'.join(overwritten)}には、まだQSMに反映していない変更が"
            "ありますが、QSMに別の値が入っているため、QSMの値で上書きします(変更履歴には残ります)。"
        )
    changes = tuple(Change(name, getattr(current, name), value) for name, value in updates.items())
    return Patch(**updates), changes, tuple(notes)


def _plan_row(m: _Matched) -> _Planned:
    row, template, current = m.row, m.template, m.current
    notes = _notes(row, template)
    if current is None:
        item = ImportItem(
            row.line,
            CREATE,
            None,
            template.no,
            template.kind_label,
            template.group_label,
            row.destination,
            row.enabled,
            bool(row.standby),
            notes=notes,
        )
        return _Planned(m, item, Patch(), None)
    patch, changes, pending_notes = _decide(m)
    item = ImportItem(
        row.line,
        UPDATE if changes else UNCHANGED,
        current.id,
        template.no,
        template.kind_label,
        template.group_label,
        row.destination,
        row.enabled,
        current.standby if row.standby is None else row.standby,
        changes,
        notes + pending_notes,
        m.matched_by,
    )
    # The カテゴリ describes the template QSM shows: store it when that is the store's template
    # and QSM shows another カテゴリ than the one stored.
    news = row.category and row.template_no == current.template_no
    category = row.category if news and row.category != m.stored_category else None
    return _Planned(m, item, patch, category)


def _plan_rows(grid: ParsedGrid) -> tuple[ImportPlan, list[_Planned]]:
    registrations = light_registrations()
    matched, problems, claimed = _match(
        grid, registrations, registration_origins(), _pending_changes()
    )
    not_in_paste = tuple(r.id for r in registrations if r.id not in claimed)
    planned = [_plan_row(m) for m in matched]
    plan = ImportPlan(tuple(p.item for p in planned), tuple(problems), not_in_paste)
    return plan, planned


def _as_grid(grid: ParsedGrid | str) -> ParsedGrid:
    return parse_qsm_grid(grid) if isinstance(grid, str) else grid


def _new_registration(m: _Matched) -> AsIsRegistration:
    row = m.row
    return AsIsRegistration(
        template_no=m.template.no,
        destination=row.destination,
        enabled=row.enabled,
        standby=bool(row.standby),
        origin="qsm",
        qsm_category=row.category or None,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def plan_qsm_import(grid: ParsedGrid | str) -> ImportPlan:
    """The preview: what an import of the pasted grid would create and update (no writing)."""
    return _plan_rows(_as_grid(grid))[0]


def apply_qsm_import(
    service: RegistrationService, grid: ParsedGrid | str, *, origin: object | None = None
) -> ImportResult:
    """Import the pasted grid in one transaction (planned again inside it).

    The service's bus announces every created and updated registration in one event after the
    commit (and the checklist ticks the paste confirmed in another)."""
    grid = _as_grid(grid)
    if not grid.rows:
        raise QsmError(
            "貼り付けたテキストにお知らせ設定データの行がありません。J・QSMの お問い合わせ > "
            "受注メール管理 で【検索】し、表の行を選んでコピーしてください。"
        )
    from qsm_desktop.core.backups import backup_before

    backup_before(ACTION)
    with database_proxy.atomic():
        plan, planned = _plan_rows(grid)
        created = service.register_many(
            [_new_registration(p.matched) for p in planned if p.item.action == CREATE],
            ACTION,
            as_is=True,
            publish=False,
        )
        # Only what the paste changes is written: a re-import of the same grid reads and
        # validates nothing more and leaves every registration as it was.
        changed = [
            (p.matched.current.id, p)
            for p in planned
            if p.matched.current is not None and (p.item.action == UPDATE or p.category is not None)
        ]
        modified = service.modify_many(
            [(reg_id, p.patch) for reg_id, p in changed],
            ACTION,
            as_is=True,
            qsm_categories={reg_id: p.category for reg_id, p in changed if p.category is not None},
            publish=False,
        )
        service.announce(  # one announcement for the whole import
            ChangeReport(ACTION, (), (), {**created.changes, **modified.changes}), origin
        )
        confirmed = _tick_confirmed([p.matched for p in planned], service)
    new_ids = iter(r.id for r in created.registrations)
    items = tuple(
        replace(i, registration_id=next(new_ids)) if i.action == CREATE else i for i in plan.items
    )
    plan = ImportPlan(items, plan.problems, plan.not_in_paste)
    report = ChangeReport(
        ACTION,
        created.registrations + modified.registrations,
        created.history_ids + modified.history_ids,
        {**created.changes, **{k: v for k, v in modified.changes.items() if v}},
    )
    return ImportResult(plan, report, confirmed)


def _shows_done(row: QsmGridRow, change: Change, switched: bool) -> bool:
    """Whether the pasted row shows this change as made in QSM.

    ``switched``: the item changes the template and the paste shows the new one; title, sender
    and body that are the new template's own text then came with 【Confirm】 (see checklist).
    """
    if change.field in ("title", "sender", "body"):
        return switched and bool(
            change.after == getattr(get_template(row.template_no), change.field)
        )
    if change.field == "template_no":
        return bool(row.template_no == change.after)
    if change.field == "destination":
        return _key(row.destination) == _key(change.after or "")
    if change.field == "enabled":
        return bool(row.enabled == change.after)
    if change.field == "standby":
        return row.standby is not None and bool(row.standby == change.after)
    return False  # not in the grid: only the seller can tell


def _tick_confirmed(matched: list[_Matched], service: RegistrationService) -> tuple[int, ...]:
    """Tick the checklist items the paste shows as done in QSM; return their keys."""
    rows = {m.current.id: m.row for m in matched if m.current is not None}
    done = []
    for item in build_checklist().pending:
        row = rows.get(item.registration_id)
        if row is None:
            continue
        switched = any(
            c.field == "template_no" and row.template_no == c.after for c in item.changes
        )
        if item.action == HistoryAction.REGISTER or all(
            _shows_done(row, c, switched) for c in item.changes
        ):
            tick(item, bus=service.bus)
            done.append(item.key)
    return tuple(done)
