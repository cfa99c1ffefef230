"""The registration service: every rule of docs/rules.md §4 and the history it writes."""

from __future__ import annotations

import peewee
import pytest
from backends import on_both_backends
from bad_inputs import BAD_ADDRESSES

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import NotFoundError, ValidationError
from qsm_desktop.core.models import History, Registration
from qsm_desktop.core.registrations import (
    EDITABLE_FIELDS,
    AsIsRegistration,
    Patch,
    RegistrationInput,
    RegistrationService,
)

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()


def _counts() -> tuple[int, int]:
    return Registration.select().count(), History.select().count()


def test_register_copies_template_and_writes_history(service: RegistrationService) -> None:
    report = service.register(RegistrationInput(template_no=1, destination="sg@example.jp"))
    reg = report.registration
    template = get_template(1)
    assert (reg.template_no, reg.kind, reg.group) == (1, "order", "StockGear")
    assert (reg.title, reg.sender, reg.body) == (template.title, template.sender, template.body)
    assert reg.enabled and not reg.standby
    assert reg.created_by == reg.updated_by == "tester"
    [entry] = service.history(reg.id)
    assert entry.action == "register" and entry.by == "tester"
    assert [c.field for c in entry.changes] == list(EDITABLE_FIELDS)
    assert all(c.before is None for c in entry.changes)
    assert {c.field: c.after for c in entry.changes}["destination"] == "sg@example.jp"


def test_modify_records_exact_before_and_after(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "old@example.jp")).registration
    other = RegistrationService("hasegawa")
    report = other.modify(reg.id, Patch(destination="new@example.jp", enabled=False))
    assert report.registration.destination == "new@example.jp"
    assert report.registration.updated_by == "hasegawa"
    assert report.registration.created_by == "tester"
    last = other.history(reg.id)[-1]
    assert last.action == "modify" and last.by == "hasegawa"
    assert [(c.field, c.before, c.after) for c in last.changes] == [
        ("destination", "old@example.jp", "new@example.jp"),
        ("enabled", True, False),
    ]


def test_modify_without_change_writes_no_history(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    report = service.modify(reg.id, Patch(destination="a@example.jp"))
    assert not report.changed
    assert len(service.history(reg.id)) == 1


def test_switching_company_keeps_number_and_takes_new_text(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "cm@example.jp")).registration
    report = service.modify(reg.id, Patch(template_no=1))
    switched = report.registration
    assert switched.id == reg.id
    assert (switched.group, switched.kind) == ("StockGear", "order")
    assert switched.body == get_template(1).body
    fields = [c.field for c in service.history(reg.id)[-1].changes]
    assert fields[0] == "template_no" and "body" in fields


def test_there_is_no_delete(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(1, "a@example.jp")).registration
    assert not [name for name in dir(service) if "delete" in name or "remove" in name]
    with pytest.raises(peewee.IntegrityError):
        Registration.get_by_id(reg.id).delete_instance()
    with pytest.raises(peewee.IntegrityError):
        Registration.delete().execute()
    with pytest.raises(peewee.IntegrityError):
        History.delete().execute()
    with pytest.raises(peewee.IntegrityError):
        History.update(by="someone else").execute()
    assert _counts() == (1, 1)


def test_disabled_needs_no_destination_and_is_searchable(service: RegistrationService) -> None:
    off = service.register(RegistrationInput(1, "", enabled=False)).registration
    on = service.register(RegistrationInput(2, "b@example.jp")).registration
    assert [r.id for r in service.search(enabled=False)] == [off.id]
    assert [r.id for r in service.search(enabled=True)] == [on.id]
    with pytest.raises(ValidationError) as excinfo:
        service.modify(off.id, Patch(enabled=True))
    assert excinfo.value.field == "destination"
    assert "使用" in excinfo.value.message


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_bad_destination_refused_and_nothing_written(
    service: RegistrationService, address: str
) -> None:
    reg = service.register(RegistrationInput(1, "ok@example.jp")).registration
    before = _counts()
    with pytest.raises(ValidationError) as excinfo:
        service.register(RegistrationInput(2, address))
    assert excinfo.value.field == "destination"
    with pytest.raises(ValidationError):
        service.modify(reg.id, Patch(destination=address))
    assert _counts() == before
    assert service.get(reg.id).destination == "ok@example.jp"


def test_several_addresses_with_comma_or_semicolon(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(1, "a@example.jp; b@example.jp,c@example.jp"))
    assert reg.registration.destination == "a@example.jp; b@example.jp,c@example.jp"


def test_exact_duplicate_refused_other_destination_allowed(service: RegistrationService) -> None:
    service.register(RegistrationInput(1, "a@example.jp;b@example.jp"))
    before = _counts()
    with pytest.raises(ValidationError) as excinfo:
        service.register(RegistrationInput(1, "B@example.jp, a@example.jp"))
    assert excinfo.value.field == "destination" and "すでに登録" in excinfo.value.message
    assert _counts() == before
    second = service.register(RegistrationInput(1, "c@example.jp")).registration
    with pytest.raises(ValidationError):
        service.modify(second.id, Patch(destination="a@example.jp;b@example.jp"))
    assert service.get(second.id).destination == "c@example.jp"


# -- rows read from QSM (as_is=True): 送信先 kept as QSM holds it, no duplicate refusal ----------


def test_as_is_keeps_qsm_destination_and_duplicates(service: RegistrationService) -> None:
    report = service.register_many(
        [
            AsIsRegistration(1, "test@", created_by="yamada", qsm_category="注文情報"),
            AsIsRegistration(1, "test@"),  # QSM may hold the same row twice
            AsIsRegistration(2, "", enabled=True),
        ],
        "qsm-import",
        as_is=True,
    )
    first, second, empty = report.registrations
    assert (first.destination, second.destination, empty.destination) == ("test@", "test@", "")
    assert first.created_by == first.updated_by == "yamada"
    assert len(report.history_ids) == 3
    # The same writes through the strict path are refused, and write nothing.
    before = _counts()
    with pytest.raises(ValidationError):
        service.register_many([RegistrationInput(1, "ok@example.jp")] * 2, "register")
    assert _counts() == before
    with pytest.raises(ValidationError):
        service.modify_many([(empty.id, Patch(destination="test@"))], "modify")
    report = service.modify_many(
        [(empty.id, Patch(destination="shop orders@x.jp"))], "replace-address", as_is=True
    )
    assert report.registration.destination == "shop orders@x.jp"
    assert [e.action for e in service.history(empty.id)] == ["qsm-import", "replace-address"]


def test_as_is_still_checks_length_line_and_the_other_fields(
    service: RegistrationService,
) -> None:
    too_long = "a" * 1001
    with pytest.raises(ValidationError, match="送信先が長すぎます") as strict_error:
        service.register(RegistrationInput(1, too_long))
    with pytest.raises(ValidationError) as as_is_error:
        service.register_many([AsIsRegistration(1, too_long)], "qsm-import", as_is=True)
    assert as_is_error.value.message == strict_error.value.message  # one check, one message
    with pytest.raises(ValidationError, match="改行や制御文字"):
        service.register_many([AsIsRegistration(1, "a@x.jp\nb@x.jp")], "qsm-import", as_is=True)
    with pytest.raises(ValidationError) as excinfo:
        service.register_many([AsIsRegistration(1, "test@", title="")], "qsm-import", as_is=True)
    assert excinfo.value.field == "title"
    assert _counts() == (0, 0)


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        (Patch(template_no=999), "template_no"),
        (Patch(title=""), "title"),
        (Patch(title="二行\nのタイトル"), "title"),
        (Patch(sender="Qoo10"), "sender"),
        (Patch(sender="Qoo10 <qoo10＠qoo10.jp>"), "sender"),
        (Patch(body="  "), "body"),
        (Patch(period=100_000), "period"),
        (Patch(recognition_key="a\nb"), "recognition_key"),
    ],
)
def test_other_fields_validated(service: RegistrationService, patch: Patch, field: str) -> None:
    reg = service.register(RegistrationInput(1, "a@example.jp")).registration
    before = _counts()
    with pytest.raises(ValidationError) as excinfo:
        service.modify(reg.id, patch)
    assert excinfo.value.field == field
    assert _counts() == before
    assert service.get(reg.id) == reg


def test_period_only_kept_with_standby(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(1, "a@example.jp", standby=True, period=30))
    assert reg.registration.period == 30
    off = service.modify(reg.registration.id, Patch(standby=False)).registration
    assert off.period is None


def test_search_filters(service: RegistrationService) -> None:
    a = service.register(RegistrationInput(18, "cm@crossmall.example")).registration
    b = service.register(RegistrationInput(47, "cm@crossmall.example")).registration
    c = service.register(RegistrationInput(1, "sg@stockgear.example")).registration
    assert [r.id for r in service.search(group="CrossMall")] == [a.id, b.id]
    assert [r.id for r in service.search(kind="order")] == [a.id, c.id]
    assert [r.id for r in service.search(kind="order", group="CrossMall")] == [a.id]
    assert [r.id for r in service.search(address="STOCKGEAR")] == [c.id]
    assert service.search(address="nobody") == []


def test_unknown_registration(service: RegistrationService) -> None:
    with pytest.raises(NotFoundError):
        service.get(42)
    with pytest.raises(NotFoundError):
        service.history(42)


def test_restore_catalog_text_is_a_change_with_history(service: RegistrationService) -> None:
    reg = service.register(
        RegistrationInput(1, "a@example.jp", title="自分のタイトル")
    ).registration
    restored = service.restore_catalog_text(reg.id).registration
    assert restored.title == get_template(1).title
    last = service.history(reg.id)[-1]
    assert last.action == "restore"
    assert [(c.field, c.before) for c in last.changes] == [("title", "自分のタイトル")]


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("test@", "「@」の後(ドメイン)が空です"),
        ("@example.jp", "「@」の前が空です"),
        ("a@b@c", "「@」が2つ以上あります"),
        ("注文@example.jp", "半角の英数字と記号だけで入力してください"),
        ("orders@example", "「@」の後のドメイン「example」が正しくありません"),
        ("orders@example..jp", "ドメイン「example..jp」が正しくありません"),
    ],
)
def test_a_refused_address_says_why_in_japanese(address: str, reason: str) -> None:
    """email-validator decides; the seller reads the reason in Japanese, with an example."""
    from qsm_desktop.core.addresses import parse_destination

    with pytest.raises(ValidationError) as refused:
        parse_destination(address, required=True)
    assert reason in refused.value.message and "例: orders@example.jp" in refused.value.message
    assert "The " not in refused.value.message  # none of email-validator's English


def test_history_actions_have_labels_and_match_what_is_stored(
    service: RegistrationService,
) -> None:
    from qsm_desktop.core.history_actions import HistoryAction, action_label

    assert {a: a.label for a in HistoryAction}[HistoryAction.REPLACE_ADDRESS] == "送信先の一括変更"
    assert all(a.label for a in HistoryAction)
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    service.modify(reg.id, Patch(title="t"))
    entries = service.history(reg.id)
    assert [e.action for e in entries] == [HistoryAction.REGISTER, HistoryAction.MODIFY]
    assert [action_label(e.action) for e in entries] == ["登録", "修正"]
    assert action_label("unknown-action") == "unknown-action"


def test_one_patch_builder_for_the_form_and_the_cli() -> None:
    from qsm_desktop.core.registrations import build_patch

    assert build_patch({"destination": "a@example.jp", "enabled": False}) == Patch(
        destination="a@example.jp", enabled=False
    )
    assert build_patch({"standby": False, "period": None}) == Patch(
        standby=False, clear_period=True
    )
    assert build_patch({}) == Patch()
    with pytest.raises(ValueError):
        build_patch({"id": 3})


def test_one_date_format() -> None:
    from datetime import datetime

    from qsm_desktop.core.timefmt import qsm_time

    assert qsm_time(datetime(2015, 4, 17, 15, 36, 59)) == "2015-04-17 15:36"
    assert qsm_time(None) == ""
