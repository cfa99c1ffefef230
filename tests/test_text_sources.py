"""Every text knows where it came from (sample / QSM / edited), and QSM's captured text becomes
the template's text for this database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import peewee
import pytest
from backends import on_both_backends
from cli_runner import Cli

from qsm_desktop.core import migrations
from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.changes import ChangeBus, ChangeEvent
from qsm_desktop.core.db import connect, open_database
from qsm_desktop.core.errors import ValidationError
from qsm_desktop.core.models import TemplateCapture
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import build_checklist, check_setup
from qsm_desktop.core.text_sources import EDITED, QSM, SAMPLE, badge_text, template_text

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

QSM_TITLE = "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$})"
# As QSM's form holds it: HTML with Windows line ends, kept exactly.
QSM_BODY = "<p>QSMの本文です。<br>\r\n[注文番号] {$_PACK_NO_$}</p>\r\n<p>[備考] {$_DEL_MEMO_$}</p>"
QSM_SENDER = "Qoo10 <qoo10info@qoo10.jp>"


def test_sources_follow_the_text_written(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "cm@example.jp")).registration
    assert (reg.text_source, reg.text_captured_at) == (SAMPLE, None)
    assert reg.text_source_label == "見本の文面(Qoo10 の実際の文面ではありません)"
    assert service.modify(reg.id, Patch(destination="x@example.jp")).registration.text_source == (
        SAMPLE
    )
    edited = service.modify(reg.id, Patch(title=reg.title + "!")).registration
    assert (edited.text_source, edited.text_source_label) == (EDITED, "編集済み")
    assert service.restore_catalog_text(reg.id).registration.text_source == SAMPLE
    own = service.register(RegistrationInput(6, "ne@example.jp", body="自作の本文")).registration
    assert own.text_source == EDITED


def test_capture_becomes_the_templates_text(service: RegistrationService) -> None:
    bus = ChangeBus()
    events: list[ChangeEvent] = []
    bus.subscribe(events.append)
    service.bus = bus
    sample = service.register(RegistrationInput(18, "a@example.jp")).registration
    edited = service.register(RegistrationInput(18, "b@example.jp", title=QSM_TITLE + "x"))
    other = service.register(RegistrationInput(6, "c@example.jp")).registration
    capture, report = service.capture_template(18, QSM_TITLE, QSM_SENDER, QSM_BODY)
    assert (capture.captured_by, capture.body) == ("tester", QSM_BODY)
    # The registration on the sample follows; the edited one and other templates do not.
    assert [r.id for r in report.registrations] == [sample.id]
    followed = service.get(sample.id)
    assert (followed.body, followed.text_source) == (QSM_BODY, QSM)
    assert followed.text_captured_at == capture.captured_at
    assert followed.text_source_label == f"QSM の文面({capture.captured_at:%Y-%m-%d} 取り込み)"
    assert service.get(edited.registration.id).text_source == EDITED
    assert service.get(other.id).text_source == SAMPLE
    [entry] = [h for h in service.history(sample.id) if h.action == "capture"]
    assert entry.by == "tester" and {c.field for c in entry.changes} == {"body"}
    # New registrations, the switch to the template and 「カタログの文面に戻す」 use QSM's text.
    new = service.register(RegistrationInput(18, "d@example.jp")).registration
    assert (new.body, new.text_source) == (QSM_BODY, QSM)
    switched = service.modify(other.id, Patch(template_no=18)).registration
    assert (switched.body, switched.text_source) == (QSM_BODY, QSM)
    service.modify(new.id, Patch(body="手で直した本文"))
    restored = service.restore_catalog_text(new.id).registration
    assert (restored.body, restored.text_source) == (QSM_BODY, QSM)
    # The shipped sample stays as the fallback.
    assert get_template(18).body != QSM_BODY and template_text(18).source == QSM
    assert template_text(6).source == SAMPLE
    # Announced after the commit: the catalog text and the registrations that followed.
    topics = {(e.topic, e.action, e.registration_ids) for e in events}
    assert ("catalog", "capture", frozenset()) in topics
    assert ("registrations", "capture", frozenset({sample.id})) in topics


def test_capture_into_an_edited_registration_and_again_later(
    service: RegistrationService,
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp", body="手書き")).registration
    _capture, report = service.capture_template(
        18, QSM_TITLE, QSM_SENDER, QSM_BODY, registration_id=reg.id
    )
    assert [r.text_source for r in report.registrations] == [QSM]
    # A later capture (QSM's text changed) reaches registrations on the previous capture.
    later, report = service.capture_template(18, QSM_TITLE, QSM_SENDER, QSM_BODY + "<p>追記</p>")
    assert [r.id for r in report.registrations] == [reg.id]
    assert service.get(reg.id).text_captured_at == later.captured_at
    assert TemplateCapture.select().count() == 2  # the captures are kept, the latest is used


def test_a_refused_capture_changes_nothing(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    with pytest.raises(ValidationError):
        service.capture_template(18, "", QSM_SENDER, QSM_BODY)
    with pytest.raises(ValidationError):
        service.capture_template(18, "改行\nあり", QSM_SENDER, QSM_BODY)
    with pytest.raises(ValidationError):
        service.capture_template(999, QSM_TITLE, QSM_SENDER, QSM_BODY)
    assert TemplateCapture.select().count() == 0
    assert service.get(reg.id) == reg


def test_a_capture_is_not_a_step_to_make_in_qsm(service: RegistrationService) -> None:
    from qsm_desktop.core.safety import mark_applied

    service.register(RegistrationInput(18, "a@example.jp"))
    mark_applied()
    service.capture_template(18, QSM_TITLE, QSM_SENDER, QSM_BODY)
    assert build_checklist().items == ()


def test_setup_check_warns_per_registration_on_sample_text(service: RegistrationService) -> None:
    one = service.register(RegistrationInput(6, "a@example.jp")).registration
    two = service.register(RegistrationInput(1, "b@example.jp")).registration
    found = [f for f in check_setup().findings if f.code == "sample-text"]
    assert [f.registration_ids for f in found] == [(one.id,), (two.id,)]
    assert all(f.severity == "warning" and "見本の文面" in f.message for f in found)
    # Template 1 is the guide's copy: the warning says it may be cut.
    assert "切れている" in found[1].message and "切れている" not in found[0].message
    service.capture_template(6, QSM_TITLE, QSM_SENDER, QSM_BODY)
    found = [f for f in check_setup().findings if f.code == "sample-text"]
    assert [f.registration_ids for f in found] == [(two.id,)]


def test_badge_texts() -> None:
    assert badge_text(SAMPLE) == "見本の文面(Qoo10 の実際の文面ではありません)"
    assert badge_text(EDITED) == "編集済み"
    assert badge_text(QSM, "2026-11-03 10:00:00") == "QSM の文面(2026-11-03 取り込み)"


def test_migration_classifies_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    db = connect(path)
    migrations.migrate_to_latest(db, path, steps=migrations.MIGRATIONS[:4])
    db.execute_sql(
        "INSERT INTO template VALUES (1, 'StockGear', 'order', 'n', 'EMAIL', 't', 's', 'b', 1)"
    )
    for reg_id, body in ((1, "b"), (2, "seller's own")):
        db.execute_sql(
            "INSERT INTO registration (id, template_no, destination, enabled, standby, "
            "recognition_key, title, sender, body, created_by, created_at, updated_by, "
            "updated_at, origin) VALUES (?, 1, 'a@example.jp', 1, 0, '', 't', 's', ?, 'u', "
            "'2015-04-17 15:36:00', 'u', '2015-04-17 15:36:00', 'app')",
            (reg_id, body),
        )
    db.close()
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT id, text_source FROM registration ORDER BY id").fetchall()
    finally:
        conn.close()
    assert rows == [(1, SAMPLE), (2, EDITED)]


def test_cli_capture_template_and_text_source_in_json(
    db_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli = Cli(db_path, capsys)
    created = cli.json("register", "--template", "18", "--to", "cm@example.jp")
    assert created["text_source"] == SAMPLE
    body_file = tmp_path / "body.html"
    body_file.write_bytes(QSM_BODY.encode("utf-8"))
    result = cli.json("capture-template", "18", "--title", QSM_TITLE, "--body-file", str(body_file))
    assert result["capture"]["body"] == QSM_BODY  # the HTML and its line ends kept exactly
    assert result["capture"]["sender"] == QSM_SENDER
    assert result["capture"]["captured_by"] == "tester"
    [listed] = cli.json("list")
    assert (listed["text_source"], listed["body"]) == (QSM, QSM_BODY)
    assert listed["text_source_label"].startswith("QSM の文面(")
    history = cli.json("history", str(listed["id"]))
    assert [h["action"] for h in history] == ["register", "capture"]
    code, out, err = cli("capture-template", "18", "--title", "", "--body-file", str(body_file))
    assert code == 2 and out == "" and err.count("\n") == 1 and "タイトル" in err
    assert json.loads(json.dumps(cli.json("list")))[0]["body"] == QSM_BODY


def test_store_schema_has_the_capture_log(db: peewee.SqliteDatabase) -> None:
    columns = {c.name for c in db.get_columns("registration")}
    assert {"text_source", "text_captured_at"} <= columns
    assert "template_capture" in db.get_tables()
