"""The bulk address change: preview, one transaction, one history row per registration."""

from __future__ import annotations

import json

import pytest
from backends import on_both_backends
from cli_runner import run_cli as _cli

from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.models import History, Registration
from qsm_desktop.core.registrations import (
    AsIsRegistration,
    Patch,
    RegistrationInput,
    RegistrationService,
)
from qsm_desktop.core.safety import (
    apply_address_replacement,
    plan_address_replacement,
    replace_in_destination,
)

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

OLD = "orders@ne.example.jp"
NEW = "orders2@ne.example.jp"


@pytest.mark.parametrize(
    ("destination", "expected"),
    [
        (OLD, NEW),
        ("ORDERS@NE.example.jp", NEW),
        (f"a@x.jp, {OLD};b@y.jp", f"a@x.jp, {NEW};b@y.jp"),
        (f" {OLD} ;a@x.jp", f" {NEW} ;a@x.jp"),
        ("a@x.jp", None),
        ("old-orders@ne.example.jp", None),  # a whole address, not a substring
    ],
)
def test_replace_in_destination(destination: str, expected: str | None) -> None:
    result = replace_in_destination(destination, OLD, NEW)
    assert (result[0] if result else None) == expected
    if result:
        assert result[1] == ""


def test_new_address_already_in_destination_drops_the_old_one() -> None:
    after, note = replace_in_destination(f"{OLD}, {NEW}", OLD, NEW) or ("", "")
    assert after == NEW and "すでに" in note
    after, _note = replace_in_destination(f"a@x.jp; {NEW}; {OLD}", OLD, NEW) or ("", "")
    assert after == f"a@x.jp; {NEW}"


def _setup(service: RegistrationService) -> list[int]:
    ids = [
        service.register(RegistrationInput(6, OLD)).registration.id,
        service.register(RegistrationInput(7, f"shop@example.jp; {OLD.upper()}")).registration.id,
        service.register(RegistrationInput(9, OLD, enabled=False)).registration.id,
        service.register(RegistrationInput(18, "cm@example.jp")).registration.id,
    ]
    return ids


def test_preview_writes_nothing(service: RegistrationService) -> None:
    ids = _setup(service)
    before = History.select().count()
    plan = plan_address_replacement(OLD, NEW)
    assert [i.registration_id for i in plan.items] == ids[:3]
    assert [(i.before, i.after) for i in plan.items] == [
        (OLD, NEW),
        (f"shop@example.jp; {OLD.upper()}", f"shop@example.jp; {NEW}"),
        (OLD, NEW),
    ]
    assert plan.items[2].enabled is False and plan.can_apply
    assert History.select().count() == before
    assert service.get(ids[0]).destination == OLD


def test_apply_is_one_change_per_registration_with_history(service: RegistrationService) -> None:
    ids = _setup(service)
    plan, report = apply_address_replacement(RegistrationService("hasegawa"), OLD, NEW)
    assert len(plan.items) == 3 and len(report.history_ids) == 3
    assert [r.destination for r in service.get_many(ids)] == [
        NEW,
        f"shop@example.jp; {NEW}",
        NEW,
        "cm@example.jp",
    ]
    for reg_id, destination in ((ids[0], OLD), (ids[1], f"shop@example.jp; {OLD.upper()}")):
        last = service.history(reg_id)[-1]
        assert last.action == "replace-address" and last.by == "hasegawa"
        assert [(c.field, c.before) for c in last.changes] == [("destination", destination)]
    assert service.get(ids[0]).updated_by == "hasegawa"
    assert len(service.history(ids[3])) == 1  # untouched


def test_rolls_back_as_one_transaction(
    service: RegistrationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _setup(service)
    import qsm_desktop.core.registrations as registrations

    calls = {"n": 0}
    real = registrations._write_history

    def failing(*args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        # a spy: the arguments go through as the service's caller gave them
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registrations, "_write_history", failing)
    before = History.select().count()
    with pytest.raises(RuntimeError):
        apply_address_replacement(service, OLD, NEW)
    assert History.select().count() == before
    assert [r.destination for r in service.get_many(ids[:1])] == [OLD]


def test_refusals(service: RegistrationService) -> None:
    _setup(service)
    with pytest.raises(QsmError, match="含む登録はありません"):
        plan_address_replacement("nobody@example.jp", NEW)
    with pytest.raises(ValidationError, match="正しくありません"):
        plan_address_replacement(OLD, "orders@")
    with pytest.raises(ValidationError, match="1つだけ"):
        plan_address_replacement(OLD, "a@x.jp, b@x.jp")
    with pytest.raises(ValidationError, match="1つだけ"):
        plan_address_replacement(f"{OLD};x@y.jp", NEW)
    with pytest.raises(ValidationError, match="同じ"):
        plan_address_replacement(OLD, OLD)


def test_a_new_duplicate_is_refused(service: RegistrationService) -> None:
    service.register(RegistrationInput(6, OLD))
    service.register(RegistrationInput(6, NEW))
    plan = plan_address_replacement(OLD, NEW)
    assert plan.conflicts and not plan.can_apply
    assert "テンプレート番号 6" in plan.conflicts[0]
    # 使用(Y/N) = N does not lift the duplicate rule: the advice is another destination.
    assert "送信先を変えて" in plan.conflicts[0] and "N にして" not in plan.conflicts[0]
    service.modify(1, Patch(enabled=False))
    assert plan_address_replacement(OLD, NEW).conflicts
    count = Registration.select().where(Registration.destination == NEW).count()
    with pytest.raises(QsmError, match="同じ送信先"):
        apply_address_replacement(service, OLD, NEW)
    assert Registration.select().where(Registration.destination == NEW).count() == count


def test_qsm_rows_with_a_broken_other_address_can_be_changed(
    service: RegistrationService,
) -> None:
    [reg] = service.register_many(
        [AsIsRegistration(6, f"test@; {OLD}")], "qsm-import", as_is=True
    ).registrations
    apply_address_replacement(service, OLD, NEW)
    assert service.get(reg.id).destination == f"test@; {NEW}"
    # …and a broken address itself can be replaced by a correct one.
    apply_address_replacement(service, "test@", "fixed@example.jp")
    assert service.get(reg.id).destination == f"fixed@example.jp; {NEW}"


def test_cli_dry_run_then_apply(
    service: RegistrationService, store_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _setup(service)
    code, out, _err = _cli(store_arg, capsys, "replace-address", OLD, NEW, "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True and data["count"] == 3
    assert service.get(ids[0]).destination == OLD
    code, out, _err = _cli(store_arg, capsys, "replace-address", OLD.upper(), NEW)
    assert code == 0 and "3件の登録" in out and "置き換えました" in out
    assert service.get(ids[0]).destination == NEW


def test_cli_refusals_exit_2(
    service: RegistrationService, store_arg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _setup(service)
    code, out, err = _cli(store_arg, capsys, "replace-address", "nobody@example.jp", NEW)
    assert code == 2 and out == "" and "含む登録はありません" in err
    code, _out, err = _cli(store_arg, capsys, "replace-address", OLD, "bad@")
    assert code == 2 and err.count("\n") == 1
