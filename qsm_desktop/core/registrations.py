"""The registration service: the one way a registration (お知らせ設定データ) changes.

Every call that changes data runs in one transaction, writes one immutable history row per
registration it touches and returns a :class:`ChangeReport` — plain data the GUI and CLI refresh
from. There is deliberately no delete (docs/rules.md §4.1): to stop forwarding, set 使用 = N.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

import peewee

from qsm_desktop.core import text_sources
from qsm_desktop.core.addresses import (
    check_kept_destination,
    check_sender,
    destination_key,
    parse_destination,
    split_addresses,
)
from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.changes import ChangeEvent, announce
from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.errors import (
    ConflictError,
    FieldConflict,
    NotFoundError,
    QsmError,
    ValidationError,
)
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.limits import MAX_BODY_CHARS
from qsm_desktop.core.models import History, Registration, Template, TemplateCapture, tuples
from qsm_desktop.core.vocabulary import FIELD_LABELS, KindGroupLabels

if TYPE_CHECKING:
    from qsm_desktop.core.changes import ChangeBus

MAX_TEXT = {"recognition_key": 200, "title": 500, "sender": 300, "body": MAX_BODY_CHARS}
MAX_PERIOD = 99_999

# Fields a seller edits, in the form's order; history and the change checklist use this order.
EDITABLE_FIELDS = (
    "template_no",
    "destination",
    "enabled",
    "standby",
    "period",
    "recognition_key",
    "title",
    "sender",
    "body",
)


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class RegistrationData(KindGroupLabels):
    """A registration as plain data (never a live peewee row)."""

    id: int
    template_no: int
    kind: str  # slug
    group: str  # slug
    name: str
    send_type: str
    destination: str
    enabled: bool
    standby: bool
    period: int | None
    recognition_key: str
    title: str
    sender: str
    body: str
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime
    # 1 when registered, +1 with every change written: a 修正 states the revision it started
    # from (RegistrationService.modify's base_revision) and is refused if the row moved on.
    revision: int = 1
    # Where title/sender/body came from (text_sources: sample | qsm | edited); not a seller
    # field, the service keeps it from the text written.
    text_source: str = text_sources.SAMPLE
    text_captured_at: datetime | None = None

    @property
    def text_source_label(self) -> str:
        return text_sources.badge_text(self.text_source, self.text_captured_at)

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["kind"] = self.kind_label
        data["group"] = self.group_label
        data["created_at"] = self.created_at.isoformat(sep=" ")
        data["updated_at"] = self.updated_at.isoformat(sep=" ")
        data["text_captured_at"] = (
            self.text_captured_at.isoformat(sep=" ") if self.text_captured_at else None
        )
        data["text_source_label"] = self.text_source_label
        return data


@dataclass(frozen=True, slots=True)
class RegistrationInput:
    """What 登録 takes. ``None`` for title/sender/body means: copy the template's text."""

    template_no: int
    destination: str = ""
    enabled: bool = True
    standby: bool = False
    period: int | None = None
    recognition_key: str = ""
    title: str | None = None
    sender: str | None = None
    body: str | None = None


@dataclass(frozen=True, slots=True)
class AsIsRegistration(RegistrationInput):
    """A registration to create as read from the seller's QSM grid (``as_is=True``).

    ``qsm_category`` (what QSM showed as カテゴリ) is an observation about the row, not a seller
    field: it is stored alongside and is not part of the history. The audit fields keep QSM's
    登録者/登録日/修正者/更新日 when the paste has them.
    """

    origin: str = "qsm"
    qsm_category: str | None = None
    created_by: str | None = None
    created_at: datetime | None = None
    updated_by: str | None = None
    updated_at: datetime | None = None

    def stored_columns(self) -> dict[str, Any]:
        """The columns besides the seller's fields: origin, カテゴリ and QSM's audit values."""
        columns: dict[str, Any] = {"origin": self.origin, "qsm_category": self.qsm_category}
        created_by = (self.created_by or "").strip()
        if created_by:
            columns.update(created_by=created_by, updated_by=created_by)
        updated_by = (self.updated_by or "").strip()
        if updated_by:
            columns["updated_by"] = updated_by
        if self.created_at:
            columns.update(created_at=self.created_at, updated_at=self.created_at)
        if self.updated_at:
            columns["updated_at"] = self.updated_at
        return columns


@dataclass(frozen=True, slots=True)
class Patch:
    """What 修正 takes: only the fields that are not ``None`` change.

    When the template changes and title/sender/body are not given, they follow the new
    template: switching company means the new company's mail format (docs/rules.md §4.3).
    """

    template_no: int | None = None
    destination: str | None = None
    enabled: bool | None = None
    standby: bool | None = None
    period: int | None = None
    clear_period: bool = False
    recognition_key: str | None = None
    title: str | None = None
    sender: str | None = None
    body: str | None = None


def build_patch(changed: Mapping[str, Any]) -> Patch:
    """A 修正's patch from the fields to change, named as in :data:`EDITABLE_FIELDS` — how the
    form (the fields the seller changed) and the CLI (the options given) both make one.

    ``period: None`` among them clears the period (to :class:`Patch` itself, None means "leave
    as it is"). Unknown names are a programming error (ValueError).
    """
    unknown = set(changed) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not registration fields: {sorted(unknown)}")
    values = dict(changed)
    clear_period = "period" in values and values["period"] is None
    if clear_period:
        del values["period"]
    return Patch(**values, clear_period=clear_period)


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    registration_id: int
    at: datetime
    by: str
    action: str
    changes: tuple[Change, ...]
    revision: int = 0  # the registration's revision this change produced

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "registration_id": self.registration_id,
            "revision": self.revision,
            "at": self.at.isoformat(sep=" "),
            "by": self.by,
            "action": self.action,
            "changes": [
                {"field": c.field, "before": c.before, "after": c.after} for c in self.changes
            ],
        }


@dataclass(frozen=True, slots=True)
class ChangeReport:
    """What one service call changed; the GUI refreshes exactly these rows."""

    action: str
    registrations: tuple[RegistrationData, ...] = ()
    history_ids: tuple[int, ...] = ()
    changes: dict[int, tuple[Change, ...]] = field(default_factory=dict)

    @property
    def registration(self) -> RegistrationData:
        return self.registrations[0]

    @property
    def changed(self) -> bool:
        return any(self.changes.values())


_SELECT_FIELDS = (
    Registration.id,
    Registration.template,
    Template.kind,
    Template.group,
    Template.name,
    Template.send_type,
    Registration.destination,
    Registration.enabled,
    Registration.standby,
    Registration.period,
    Registration.recognition_key,
    Registration.title,
    Registration.sender,
    Registration.body,
    Registration.created_by,
    Registration.created_at,
    Registration.updated_by,
    Registration.updated_at,
    Registration.revision,
    Registration.text_source,
    Registration.text_captured_at,
)


def _as_datetime(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _to_data(row: Sequence[Any]) -> RegistrationData:
    values = list(row)
    values[7] = bool(values[7])
    values[8] = bool(values[8])
    values[15] = _as_datetime(values[15])
    values[17] = _as_datetime(values[17])
    if values[20] is not None:
        values[20] = _as_datetime(values[20])
    return RegistrationData(*values)


def _rows_to_data(query: peewee.Query) -> list[RegistrationData]:
    return [_to_data(row) for row in query.tuples().iterator()]


def _base_query() -> peewee.ModelSelect[Registration]:
    return Registration.select(*_SELECT_FIELDS).join(Template)


def _as_values(data: RegistrationData) -> dict[str, Any]:
    return {name: getattr(data, name) for name in EDITABLE_FIELDS}


def _check_text(name: str, value: str, *, required: bool, single_line: bool) -> str:
    label = FIELD_LABELS[name]
    if required and not value.strip():
        raise ValidationError(name, f"{label}を入力してください。")
    if len(value) > MAX_TEXT[name]:
        raise ValidationError(
            name, f"{label}が長すぎます({len(value)}文字)。{MAX_TEXT[name]}文字以内にしてください。"
        )
    if single_line and ("\r" in value or "\n" in value):
        raise ValidationError(name, f"{label}に改行は使えません。1行で入力してください。")
    if any(ord(c) < 0x20 and c not in "\r\n\t" for c in value):
        raise ValidationError(name, f"{label}に制御文字が含まれています。")
    return value


def validate(values: dict[str, Any], *, strict_destination: bool = True) -> dict[str, Any]:
    """Check one registration's fields; return them cleaned. Raises ValidationError.

    ``strict_destination=False`` is for rows read from QSM: their 送信先 is kept as QSM holds it
    (only its length and line are checked), even when empty with 使用 = Y or not a valid address,
    because QSM accepted it and the import mirrors QSM; the setup check reports it instead.
    """
    template = get_template_or_field_error(values["template_no"])
    enabled = bool(values["enabled"])
    standby = bool(values["standby"])
    destination = str(values["destination"]).strip()
    if strict_destination:
        parse_destination(destination, required=enabled)
    else:
        check_kept_destination(destination)
    period = values["period"]
    if period is not None and (
        isinstance(period, bool) or not isinstance(period, int) or not 0 <= period <= MAX_PERIOD
    ):
        raise ValidationError("period", f"Periodは0〜{MAX_PERIOD}の整数(分)で入力してください。")
    cleaned = dict(values)
    cleaned.update(
        template_no=template.no,
        destination=destination,
        enabled=enabled,
        standby=standby,
        period=period if standby else None,
        recognition_key=_check_text(
            "recognition_key", values["recognition_key"].strip(), required=False, single_line=True
        ),
        title=_check_text("title", values["title"], required=True, single_line=True),
        body=_check_text("body", values["body"], required=True, single_line=False),
    )
    check_sender(values["sender"])
    _check_text("sender", values["sender"], required=True, single_line=True)
    return cleaned


def get_template_or_field_error(no: int) -> TemplateInfo:
    try:
        return get_template(int(no))
    except (NotFoundError, ValueError, TypeError):
        raise ValidationError(
            "template_no",
            f"テンプレート番号「{no}」はカタログにありません。【参照】でテンプレートを選んでください。",
        ) from None


def _refuse_duplicate(template_no: int, destination: str, exclude_id: int | None) -> None:
    key = destination_key(parse_destination(destination, required=False))
    query = Registration.select(Registration.id, Registration.destination).where(
        Registration.template == template_no
    )
    for reg_id, other in tuples(query):
        if reg_id == exclude_id:
            continue
        # split, not parse: a row read from QSM may hold an address the strict rules refuse.
        if destination_key(split_addresses(other)) == key:
            raise ValidationError(
                "destination",
                f"テンプレート番号 {template_no} は同じ送信先ですでに登録されています"
                f"(登録番号 {reg_id})。その登録を修正してください。",
            )


def _write_history(
    reg_id: int, at: datetime, by: str, action: str, changes: Sequence[Change], revision: int
) -> int:
    payload = json.dumps(
        [{"field": c.field, "before": c.before, "after": c.after} for c in changes],
        ensure_ascii=False,
    )
    history_id: int = History.insert(
        registration=reg_id, at=at, by=by, action=action, changes=payload, revision=revision
    ).execute()
    return history_id


def _conflict(current: RegistrationData, base_revision: int, patch: Patch) -> ConflictError:
    """What changed in ``current`` since ``base_revision``, field by field, from its history.

    Per field: ``base`` is the value before the first change after the base revision (what the
    editor started from), ``theirs`` the value stored now, ``by``/``at`` who made the last change
    to it and when, ``mine`` what the patch would write (the base value when the patch leaves
    the field alone: the editor still shows it).
    """
    rows = (
        History.select()
        .where((History.registration == current.id) & (History.revision > base_revision))
        .order_by(History.id)
    )
    found: dict[str, FieldConflict] = {}
    theirs = _as_values(current)
    for entry in (_history_entry(h) for h in rows):
        for change in entry.changes:
            first = found.get(change.field)
            base = change.before if first is None else first.base
            mine = getattr(patch, change.field, None)
            found[change.field] = FieldConflict(
                field=change.field,
                label=change.label,
                base=base,
                theirs=theirs.get(change.field, change.after),
                mine=base if mine is None else mine,
                by=entry.by,
                at=entry.at,
            )
    ordered = tuple(
        sorted(
            found.values(),
            key=lambda c: (
                EDITABLE_FIELDS.index(c.field)
                if c.field in EDITABLE_FIELDS
                else len(EDITABLE_FIELDS)
            ),
        )
    )
    return ConflictError(current.id, base_revision, current.revision, ordered)


def initial_values(template: TemplateInfo, data: RegistrationInput) -> dict[str, Any]:
    """A new registration's fields; title/sender/body not given are the template's text (the
    text captured from QSM for it, else the catalog's sample)."""
    text = text_sources.template_text(template.no)
    return {
        "template_no": template.no,
        "destination": data.destination,
        "enabled": data.enabled,
        "standby": data.standby,
        "period": data.period,
        "recognition_key": data.recognition_key,
        "title": text.title if data.title is None else data.title,
        "sender": text.sender if data.sender is None else data.sender,
        "body": text.body if data.body is None else data.body,
    }


def _text_columns(values: dict[str, Any]) -> dict[str, Any]:
    source, captured_at = text_sources.classify(
        values["template_no"], values["title"], values["sender"], values["body"]
    )
    return {"text_source": source, "text_captured_at": captured_at}


class RegistrationService:
    """Register, modify, search, get and history; ``operator`` fills 登録者/修正者.

    With a ``bus``, every call that wrote something publishes one ``registrations`` event
    (ids, action, the caller's ``origin``) after its transaction has committed — after the
    outermost one when called inside another writer's transaction, never after a rollback.
    """

    def __init__(self, operator: str, bus: ChangeBus | None = None) -> None:
        if not operator.strip():
            raise ValueError("operator name is empty")
        self.operator = operator.strip()
        self.bus = bus

    def announce(self, report: ChangeReport, origin: object | None) -> None:
        """Announce ``report``'s written registrations once the transaction has committed."""
        bus = self.bus
        ids = frozenset(reg_id for reg_id, changes in report.changes.items() if changes)
        if not ids:
            return
        # changes.announce: published after the commit, and on PostgreSQL also sent to the
        # other clients in this transaction.
        announce(bus, ChangeEvent("registrations", report.action, ids, origin))

    # -- reading -------------------------------------------------------------------------
    def get(self, reg_id: int) -> RegistrationData:
        found = _rows_to_data(_base_query().where(Registration.id == reg_id))
        if not found:
            raise NotFoundError(f"登録番号 {reg_id} の登録はありません。")
        return found[0]

    def get_many(self, ids: Iterable[int]) -> list[RegistrationData]:
        ids = list(ids)
        if not ids:
            return []
        return _rows_to_data(
            _base_query().where(Registration.id.in_(ids)).order_by(Registration.id)
        )

    def search(
        self,
        kind: str | None = None,
        group: str | None = None,
        enabled: bool | None = None,
        address: str | None = None,
    ) -> list[RegistrationData]:
        """【検索】: kind/group slugs, 使用, and text contained in 送信先 (case-insensitive)."""
        query = _base_query()
        if kind:
            query = query.where(Template.kind == kind)
        if group:
            query = query.where(Template.group == group)
        if enabled is not None:
            query = query.where(Registration.enabled == enabled)
        if address and address.strip():
            query = query.where(Registration.destination.contains(address.strip()))
        return _rows_to_data(query.order_by(Registration.id))

    def history(self, reg_id: int) -> list[HistoryEntry]:
        self.get(reg_id)  # a clear "not found" rather than an empty list
        query = History.select().where(History.registration == reg_id).order_by(History.id)
        return [_history_entry(h) for h in query]

    # -- changing ------------------------------------------------------------------------
    # ``as_is=True`` is for rows read from the seller's QSM grid (the QSM import, and the bulk
    # address change, which must be able to edit such rows): 送信先 is kept as QSM holds it (see
    # validate()) and the duplicate refusal is skipped — QSM may hold the same template and
    # destination twice, the import mirrors it, and the bulk change refuses new duplicates itself.

    def register(self, data: RegistrationInput, *, origin: object | None = None) -> ChangeReport:
        """登録: a new registration; title/sender/body default to the template's text."""
        return self.register_many([data], HistoryAction.REGISTER, origin=origin)

    def register_many(
        self,
        items: Sequence[RegistrationInput],
        action: str,
        *,
        as_is: bool = False,
        origin: object | None = None,
        publish: bool = True,
    ) -> ChangeReport:
        """登録 of several registrations in one transaction, one history row each.

        An :class:`AsIsRegistration` also sets its origin, カテゴリ and QSM's audit values.
        """
        registrations: list[RegistrationData] = []
        history_ids: list[int] = []
        changes: dict[int, tuple[Change, ...]] = {}
        with database_proxy.atomic():
            for item in items:
                template = get_template_or_field_error(item.template_no)
                values = validate(initial_values(template, item), strict_destination=not as_is)
                if not as_is:
                    _refuse_duplicate(template.no, values["destination"], exclude_id=None)
                columns = item.stored_columns() if isinstance(item, AsIsRegistration) else {}
                created, new_changes, history_id = self._create(values, action, **columns)
                registrations.append(created)
                history_ids.append(history_id)
                changes[created.id] = new_changes
            report = ChangeReport(action, tuple(registrations), tuple(history_ids), changes)
            if publish:
                self.announce(report, origin)
        return report

    def _create(
        self, values: dict[str, Any], action: str, **columns: Any
    ) -> tuple[RegistrationData, tuple[Change, ...], int]:
        """Insert one validated registration and its history row (inside the caller's
        transaction). ``columns`` may set the audit fields (rows read from QSM keep QSM's) and
        origin/qsm_category; the audit fields default to this operator, now."""
        at = now()
        audit = {
            "created_by": self.operator,
            "created_at": at,
            "updated_by": self.operator,
            "updated_at": at,
        }
        values = dict(values)
        text = _text_columns(values)
        reg_id = Registration.insert(
            template=values.pop("template_no"), **(audit | text | columns), **values
        ).execute()
        created = self.get(reg_id)
        changes = tuple(Change(name, None, value) for name, value in _as_values(created).items())
        history_id = _write_history(reg_id, at, self.operator, action, changes, created.revision)
        return created, changes, history_id

    def modify(
        self,
        reg_id: int,
        patch: Patch,
        action: str = HistoryAction.MODIFY,
        *,
        base_revision: int | None = None,
        origin: object | None = None,
    ) -> ChangeReport:
        """修正: change the given fields of one registration (same number, history kept).

        ``base_revision`` is the revision the editor started from (``RegistrationData.revision``
        as it read the row). When the row has moved on since, nothing is written and
        :class:`ConflictError` names every field changed meanwhile (who, when, before → after);
        retry with ``base_revision=error.current_revision`` once the seller has decided.
        ``None`` writes over whatever is stored (the patch's fields only).
        """
        bases = {} if base_revision is None else {reg_id: base_revision}
        return self.modify_many([(reg_id, patch)], action, base_revisions=bases, origin=origin)

    def restore_catalog_text(
        self, reg_id: int, *, base_revision: int | None = None, origin: object | None = None
    ) -> ChangeReport:
        """Put the template's text back (a change with history): the text captured from QSM
        for it when there is one, else the catalog's sample."""
        current = self.get(reg_id)
        text = text_sources.template_text(current.template_no)
        patch = Patch(title=text.title, sender=text.sender, body=text.body)
        return self.modify(
            reg_id, patch, action=HistoryAction.RESTORE, base_revision=base_revision, origin=origin
        )

    def capture_template(
        self,
        template_no: int,
        title: str,
        sender: str,
        body: str,
        *,
        registration_id: int | None = None,
        origin: object | None = None,
    ) -> tuple[text_sources.Capture, ChangeReport]:
        """Take QSM's real text for a template (pasted from QSM's form, the body's HTML as is).

        It becomes the template's text for this database (new registrations and 「カタログの
        文面に戻す」 use it; the shipped sample stays the fallback). Registrations of the template
        still on the sample text, or on the previous capture, take it with a history row each
        (action ``capture``: who and when), and so does ``registration_id`` (the form it was
        pasted into) whatever its text. One transaction; nothing changes when a field is refused.
        """
        template = get_template_or_field_error(template_no)
        values = validate(
            {
                "template_no": template.no,
                "destination": "",
                "enabled": False,
                "standby": False,
                "period": None,
                "recognition_key": "",
                "title": title,
                "sender": sender,
                "body": body,
            }
        )
        at = now()
        with database_proxy.atomic():
            previous = text_sources.latest_capture(template.no)
            TemplateCapture.insert(
                template=template.no,
                title=values["title"],
                sender=values["sender"],
                body=values["body"],
                captured_at=at,
                captured_by=self.operator,
            ).execute()
            capture = text_sources.Capture(
                template.no, values["title"], values["sender"], values["body"], at, self.operator
            )
            follows = Registration.text_source == text_sources.SAMPLE
            if previous is not None:
                follows |= (Registration.text_source == text_sources.QSM) & (
                    Registration.text_captured_at == previous.captured_at
                )
            targets = [
                reg_id
                for (reg_id,) in tuples(
                    Registration.select(Registration.id).where(
                        (Registration.template == template.no) & follows
                    )
                )
            ]
            if registration_id is not None:
                self.get(registration_id)
                if registration_id not in targets:
                    targets.append(registration_id)
            patch = Patch(title=capture.title, sender=capture.sender, body=capture.body)
            report = self.modify_many(
                [(reg_id, patch) for reg_id in sorted(targets)],
                HistoryAction.CAPTURE,
                as_is=True,
                origin=origin,
            )
        # The template's text changed, whoever follows it (committed already: published now).
        announce(self.bus, ChangeEvent("catalog", "capture", origin=origin))
        return capture, report

    def modify_many(
        self,
        patches: Sequence[tuple[int, Patch]],
        action: str,
        *,
        as_is: bool = False,
        qsm_categories: dict[int, str | None] | None = None,
        base_revisions: dict[int, int] | None = None,
        origin: object | None = None,
        publish: bool = True,
    ) -> ChangeReport:
        """修正 of several registrations in one transaction, one history row each that changed.

        ``qsm_categories`` sets the stored QSM カテゴリ of the given registrations (an observation
        about the row, not a seller field: no history, no new revision). ``base_revisions``: the
        revision each patch was based on, by id (see :meth:`modify`); any one moved on refuses
        the whole call.
        """
        registrations: list[RegistrationData] = []
        history_ids: list[int] = []
        changes: dict[int, tuple[Change, ...]] = {}
        qsm_categories = qsm_categories or {}
        base_revisions = base_revisions or {}
        with database_proxy.atomic():
            for reg_id, patch in patches:
                current = self.get(reg_id)
                base = base_revisions.get(reg_id)
                if base is not None and base != current.revision:
                    raise _conflict(current, base, patch)
                if reg_id in qsm_categories:
                    Registration.update(qsm_category=qsm_categories[reg_id]).where(
                        Registration.id == reg_id
                    ).execute()
                after = self._apply(current, patch, strict_destination=not as_is)
                report = self._save(current, after, action, refuse_duplicates=not as_is)
                registrations.extend(report.registrations)
                history_ids.extend(report.history_ids)
                changes.update(report.changes)
            report = ChangeReport(action, tuple(registrations), tuple(history_ids), changes)
            if publish:
                self.announce(report, origin)
        return report

    # -- internals -----------------------------------------------------------------------
    def _apply(
        self, current: RegistrationData, patch: Patch, *, strict_destination: bool
    ) -> dict[str, Any]:
        after = _as_values(current)
        for name in EDITABLE_FIELDS:
            value = getattr(patch, name)
            if value is not None:
                after[name] = value
        if patch.clear_period:
            after["period"] = None
        if patch.template_no is not None and patch.template_no != current.template_no:
            template = get_template_or_field_error(patch.template_no)
            text = text_sources.template_text(template.no)
            for name in ("title", "sender", "body"):
                if getattr(patch, name) is None:
                    after[name] = getattr(text, name)
        return validate(after, strict_destination=strict_destination)

    def _save(
        self,
        current: RegistrationData,
        after: dict[str, Any],
        action: str,
        *,
        refuse_duplicates: bool,
    ) -> ChangeReport:
        before = _as_values(current)
        changes = tuple(
            Change(name, before[name], after[name])
            for name in EDITABLE_FIELDS
            if before[name] != after[name]
        )
        if not changes:
            return ChangeReport(action, (current,), (), {current.id: ()})
        if refuse_duplicates and {"template_no", "destination"} & {c.field for c in changes}:
            _refuse_duplicate(after["template_no"], after["destination"], exclude_id=current.id)
        at = now()
        update = {("template" if c.field == "template_no" else c.field): c.after for c in changes}
        if {"template_no", "title", "sender", "body"} & {c.field for c in changes}:
            update.update(_text_columns(after))
        revision = current.revision + 1
        # Compare-and-set: the row is written only if it is still the revision just read. Inside
        # the IMMEDIATE transaction no other writer can come between, so this only fails when
        # something wrote outside the service's path; it then refuses rather than overwrite.
        written = (
            Registration.update(
                updated_by=self.operator, updated_at=at, revision=revision, **update
            )
            .where((Registration.id == current.id) & (Registration.revision == current.revision))
            .execute()
        )
        if written != 1:
            raise ConflictError(current.id, current.revision, self.get(current.id).revision, ())
        history_id = _write_history(current.id, at, self.operator, action, changes, revision)
        saved = self.get(current.id)
        return ChangeReport(action, (saved,), (history_id,), {current.id: changes})


def _history_entry(h: History) -> HistoryEntry:
    changes = tuple(Change(c["field"], c["before"], c["after"]) for c in json.loads(h.changes))
    return HistoryEntry(
        h.id, h.registration_id, _as_datetime(h.at), h.by, h.action, changes, h.revision
    )


def all_history(
    since_id: int = 0, *, changed_by_other_than: str | None = None
) -> list[HistoryEntry]:
    """Every history row after ``since_id``, oldest first (for the change checklist).

    With ``changed_by_other_than`` (an action), only the rows of registrations that have at
    least one row after ``since_id`` with another action: a re-import of 100,000 rows leaves
    100,000 rows of its own action, which the checklist would read and drop one by one.
    """
    condition = History.id > since_id
    if changed_by_other_than is not None:
        others = History.select(History.registration).where(
            (History.id > since_id) & (History.action != changed_by_other_than)
        )
        condition &= History.registration.in_(others)
    query = History.select().where(condition).order_by(History.id)
    return [_history_entry(h) for h in query]


def registration_origins() -> dict[int, tuple[str, str | None]]:
    """Every registration's ``(origin, qsm_category)`` by id (RegistrationData has neither)."""
    query = Registration.select(Registration.id, Registration.origin, Registration.qsm_category)
    return {reg_id: (origin, category) for reg_id, origin, category in tuples(query)}


def registrations_with_origin() -> list[tuple[RegistrationData, str, str | None]]:
    """Every registration, oldest first, with its ``origin`` and stored QSM カテゴリ, in one query.

    RegistrationData has neither: they say where the row came from, not what the seller set.
    """
    query = (
        _base_query()
        .select_extend(Registration.origin, Registration.qsm_category)
        .order_by(Registration.id)
    )
    width = len(_SELECT_FIELDS)
    return [(_to_data(row[:width]), *row[width:]) for row in query.tuples().iterator()]


__all__ = [
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "AsIsRegistration",
    "Change",
    "ChangeReport",
    "HistoryEntry",
    "Patch",
    "QsmError",
    "RegistrationData",
    "RegistrationInput",
    "RegistrationService",
    "ValidationError",
    "all_history",
    "build_patch",
    "replace",
]
