"""No stale write: every registration carries a revision, and a 修正 based on an old one is
refused with the fields that changed meanwhile (who, when, before → after), writing nothing.

The two lost-update stories of the data-safety review are reproduced here through the real
bulk address change and a real second process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import peewee
import pytest
from backends import on_both_backends
from cli_runner import Cli

from qsm_desktop.core.changes import ChangeBus, ChangeEvent
from qsm_desktop.core.errors import ConflictError
from qsm_desktop.core.models import History, Registration, tuples
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import apply_address_replacement

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()


@pytest.fixture
def cli(store_arg: str, db: peewee.Database, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(store_arg, capsys)


def _snapshot() -> tuple[list[tuple[object, ...]], int]:
    rows = list(tuples(Registration.select().order_by(Registration.id)))
    return rows, History.select().count()


def test_revision_starts_at_1_and_grows_with_each_written_change(
    service: RegistrationService,
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    assert reg.revision == 1
    assert service.modify(reg.id, Patch(title="t2")).registration.revision == 2
    # Nothing to change: nothing written, no new revision.
    assert service.modify(reg.id, Patch(title="t2")).registration.revision == 2
    assert service.modify(reg.id, Patch(enabled=False)).registration.revision == 3
    assert [h.revision for h in service.history(reg.id)] == [1, 2, 3]


def test_stale_form_after_bulk_change_is_refused_and_nothing_written(
    service: RegistrationService,
) -> None:
    """Story 1: the form holds registration 1 (revision 1); 送信先の一括変更 changes its address;
    the form's 【修正】 of the title alone used to put the old address back."""
    reg = service.register(RegistrationInput(18, "old@ne.example")).registration
    other = RegistrationService("長谷川")
    apply_address_replacement(other, "old@ne.example", "new@ne.example")
    before = _snapshot()
    with pytest.raises(ConflictError) as caught:
        service.modify(reg.id, Patch(title="新しいタイトル"), base_revision=reg.revision)
    error = caught.value
    assert _snapshot() == before
    assert (error.registration_id, error.base_revision, error.current_revision) == (reg.id, 1, 2)
    [conflict] = error.conflicts
    assert (conflict.field, conflict.label) == ("destination", "送信先")
    assert (conflict.base, conflict.theirs, conflict.mine) == (
        "old@ne.example",
        "new@ne.example",
        "old@ne.example",  # the form did not touch it: it still shows the base
    )
    assert conflict.by == "長谷川"
    assert conflict.at == service.get(reg.id).updated_at
    assert "送信先" in str(error)
    # The seller decided: the retry against the current revision keeps the new address.
    saved = service.modify(
        reg.id, Patch(title="新しいタイトル"), base_revision=error.current_revision
    ).registration
    assert (saved.destination, saved.title, saved.revision) == (
        "new@ne.example",
        "新しいタイトル",
        3,
    )


def test_conflict_names_every_field_changed_since_the_base_with_the_last_writer(
    service: RegistrationService,
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    RegistrationService("佐藤").modify(reg.id, Patch(destination="b@example.jp", title="t2"))
    RegistrationService("鈴木").modify(reg.id, Patch(destination="c@example.jp"))
    with pytest.raises(ConflictError) as caught:
        service.modify(reg.id, Patch(destination="mine@example.jp"), base_revision=1)
    by_field = {c.field: c for c in caught.value.conflicts}
    assert list(by_field) == ["destination", "title"]  # the form's order
    destination = by_field["destination"]
    assert (destination.base, destination.theirs, destination.mine, destination.by) == (
        "a@example.jp",
        "c@example.jp",
        "mine@example.jp",
        "鈴木",
    )
    assert (by_field["title"].theirs, by_field["title"].by) == ("t2", "佐藤")
    # Based on revision 2: only 鈴木's change is news.
    with pytest.raises(ConflictError) as caught:
        service.modify(reg.id, Patch(title="x"), base_revision=2)
    assert [c.field for c in caught.value.conflicts] == ["destination"]
    assert service.get(reg.id).destination == "c@example.jp"


def test_current_base_revision_writes(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    report = service.modify(reg.id, Patch(destination="b@example.jp"), base_revision=1)
    assert report.registration.revision == 2


def test_compare_and_set_refuses_a_row_moved_on_underneath(
    service: RegistrationService, db: peewee.SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even without a base revision, the UPDATE is conditional on the revision just read."""
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    real_get = RegistrationService.get

    def get_then_someone_writes(self: RegistrationService, reg_id: int) -> object:
        data = real_get(self, reg_id)
        db.execute_sql(
            f"UPDATE registration SET revision = revision + 1 WHERE id = {db.param}", (reg_id,)
        )
        monkeypatch.setattr(RegistrationService, "get", real_get)
        return data

    monkeypatch.setattr(RegistrationService, "get", get_then_someone_writes)
    with pytest.raises(ConflictError):
        service.modify(reg.id, Patch(destination="b@example.jp"))
    assert service.get(reg.id).destination == "a@example.jp"
    assert len(service.history(reg.id)) == 1


def _run_cli_process(store_arg: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "qsm_desktop", "--db", store_arg, "--user", "cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_stale_edit_after_a_second_process_changed_the_row_is_refused(
    service: RegistrationService, store_arg: str
) -> None:
    """Story 2: row open in this process, its address changed by the CLI in another process."""
    reg = service.register(RegistrationInput(18, "old@example.jp")).registration
    done = _run_cli_process(store_arg, "modify", str(reg.id), "--to", "new@example.jp")
    assert done.returncode == 0, done.stderr
    before = _snapshot()
    with pytest.raises(ConflictError) as caught:
        service.modify(reg.id, Patch(title="t"), base_revision=reg.revision)
    assert _snapshot() == before
    [conflict] = caught.value.conflicts
    assert (conflict.theirs, conflict.by) == ("new@example.jp", "cli")


def test_cli_modify_with_a_stale_revision_exits_2_in_one_line(cli: Cli) -> None:
    created = cli.json("register", "--template", "18", "--to", "a@example.jp")
    code, _out, err = cli("modify", str(created["id"]), "--to", "b@example.jp", user="長谷川")
    assert code == 0, err
    before = _snapshot()
    code, out, err = cli("modify", str(created["id"]), "--title", "t", "--revision", "1")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "登録番号 1 はリビジョン 1 の後に変更されています" in err
    assert "送信先(長谷川" in err and "a@example.jp → b@example.jp" in err
    assert "--revision 2" in err and "Traceback" not in err
    assert _snapshot() == before
    code, out, err = cli("modify", str(created["id"]), "--title", "t", "--revision", "2", "--json")
    assert code == 0, err
    assert json.loads(out)["revision"] == 3
    code, out, err = cli("history", str(created["id"]))
    assert code == 0, err
    assert [line.split("  ")[1:] for line in out.splitlines() if not line.startswith(" ")] == [
        ["tester", "登録", "(リビジョン 1)"],
        ["長谷川", "修正", "(リビジョン 2)"],
        ["tester", "修正", "(リビジョン 3)"],
    ]


# -- the change bus -----------------------------------------------------------------------


def test_service_publishes_once_after_commit_with_origin(db: peewee.SqliteDatabase) -> None:
    bus = ChangeBus()
    seen: list[tuple[ChangeEvent, bool]] = []
    bus.subscribe(lambda event: seen.append((event, db.in_transaction())))
    service = RegistrationService("tester", bus)
    form = object()
    reg = service.register(RegistrationInput(18, "a@example.jp"), origin=form).registration
    service.modify(reg.id, Patch(title="t"), origin=form)
    service.modify(reg.id, Patch(title="t"))  # nothing written: nothing announced
    assert [(e.topic, e.action, e.registration_ids, e.origin, e.external) for e, _ in seen] == [
        ("registrations", "register", frozenset({reg.id}), form, False),
        ("registrations", "modify", frozenset({reg.id}), form, False),
    ]
    assert not any(inside for _, inside in seen)  # delivered after the commit


def test_refused_write_publishes_nothing(db: peewee.SqliteDatabase) -> None:
    bus = ChangeBus()
    seen: list[ChangeEvent] = []
    bus.subscribe(seen.append)
    service = RegistrationService("tester", bus)
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    seen.clear()
    with pytest.raises(ConflictError):
        RegistrationService("x").modify(reg.id, Patch(title="t"), base_revision=0)
    with pytest.raises(ConflictError):
        service.modify_many(
            [(reg.id, Patch(title="ok")), (reg.id, Patch(title="stale"))],
            "modify",
            base_revisions={reg.id: 1},
        )
    assert service.get(reg.id).title != "ok"  # the whole call rolled back
    assert seen == []


def test_bulk_address_change_is_one_event_after_the_outer_commit(
    db: peewee.SqliteDatabase,
) -> None:
    bus = ChangeBus()
    seen: list[tuple[ChangeEvent, bool]] = []
    bus.subscribe(lambda event: seen.append((event, db.in_transaction())))
    service = RegistrationService("tester", bus)
    a = service.register(RegistrationInput(18, "old@ne.example")).registration
    b = service.register(RegistrationInput(47, "old@ne.example")).registration
    seen.clear()
    dialog = object()
    apply_address_replacement(service, "old@ne.example", "new@ne.example", origin=dialog)
    assert [(e.action, e.registration_ids, e.origin) for e, _ in seen] == [
        ("replace-address", frozenset({a.id, b.id}), dialog)
    ]
    assert not seen[0][1]
