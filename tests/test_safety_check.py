"""The setup check: every finding code on a purpose-built setup, and none on a correct one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli as run

from qsm_desktop.core.registrations import (
    AsIsRegistration,
    Patch,
    RegistrationInput,
    RegistrationService,
)
from qsm_desktop.core.safety import (
    CODES,
    apply_qsm_import,
    build_checklist,
    check_setup,
    load_rules,
)
from qsm_desktop.core.safety.rules import ServiceRules
from qsm_desktop.core.safety.setup_findings import Finding, SetupReport
from qsm_desktop.resources import load_json

NE = "orders@ne.example.jp"
CM = "qoo10@crossmall.example.jp"
# order, shipping request, cancel request, cancel complete of NextEngine and of CrossMall.
NEXTENGINE = (6, 7, 9, 10)
CROSSMALL = (18, 47, 12, 13)


def capture_qsm_texts(service: RegistrationService, numbers: tuple[int, ...]) -> None:
    """The seller pasted QSM's text of each template (the catalog's text stands in for it)."""
    from qsm_desktop.core.catalog import get_template

    for no in numbers:
        template = get_template(no)
        service.capture_template(no, template.title, template.sender, template.body)


def correct_setup(service: RegistrationService) -> dict[int, int]:
    """Two services, each with order + shipping request + both cancel kinds, all enabled, on
    the text captured from QSM."""
    capture_qsm_texts(service, NEXTENGINE + CROSSMALL)
    ids = {}
    for no in NEXTENGINE:
        ids[no] = service.register(RegistrationInput(no, NE)).registration.id
    for no in CROSSMALL:
        ids[no] = service.register(RegistrationInput(no, CM)).registration.id
    return ids


def codes(report: SetupReport) -> list[str]:
    return [f.code for f in report.findings]


def only(report: SetupReport, code: str) -> list[Finding]:
    return [f for f in report.findings if f.code == code]


# -- the rules data -----------------------------------------------------------------------------


def test_rules_file_covers_every_code_with_a_source() -> None:
    rules = load_rules()
    assert set(rules.checks) == set(CODES)
    for rule in rules.checks.values():
        assert rule.severity in ("error", "warning") and rule.source and rule.message
    marker = rules.marker_for("order")
    assert marker is not None and marker.marker == "Qoo10の注文のお知らせです。"
    assert marker.source.startswith("らくらく在庫 マニュアル「メール転送設定」")
    shipping = rules.marker_for("shipping_request")
    assert shipping is not None and shipping.marker == "Qoo10の発注のお知らせです。"
    assert shipping.source.startswith(
        "CROSS MALL FAQ「注文者メールに値が存在していません。:Qoo10」"
    )
    [required] = rules.required_kinds
    assert required.when_kind == "order"
    assert required.kinds == ("cancel_request", "cancelled")
    assert required.source.startswith("まとまるEC店長 マニュアル「② Qoo10 注文取込」")
    assert rules.kind_of_category("配達要請") == "shipping_request"
    assert rules.kind_of_category("注文情報") == "order"
    assert rules.kind_of_category("何か") is None


def test_rules_refuse_bad_data() -> None:
    data = load_json("service_rules.json")
    data["subject_markers"][0]["kind"] = "nonsense"
    with pytest.raises(ValueError, match="unknown kind"):
        ServiceRules.from_dict(data)
    data = load_json("service_rules.json")
    del data["checks"]["duplicate"]
    with pytest.raises(ValueError, match="duplicate"):
        ServiceRules.from_dict(data)


# -- a correct setup ----------------------------------------------------------------------------


def test_correct_setup_has_no_finding(service: RegistrationService) -> None:
    correct_setup(service)
    report = check_setup()
    assert report.findings == ()
    assert report.checked == 8 and not report.has_errors


def test_empty_store_has_no_finding(db: object) -> None:
    report = check_setup()
    assert report.findings == () and report.checked == 0


# -- one code at a time -------------------------------------------------------------------------


def test_disabled_is_a_warning(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[47], Patch(enabled=False))
    report = check_setup()
    [finding] = report.findings
    assert finding.code == "disabled" and finding.severity == "warning"
    assert finding.registration_ids == (ids[47],)
    assert "使用(Y/N) が N" in finding.message and "転送されません" in finding.message
    assert not report.has_errors


def test_standby_is_a_warning(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[6], Patch(standby=True, period=30))
    [finding] = check_setup().findings
    assert (finding.code, finding.severity, finding.registration_ids) == (
        "standby",
        "warning",
        (ids[6],),
    )
    assert "待機(Y/N) が Y" in finding.message and "Period 30" in finding.message


def test_subject_marker_for_order_and_shipping_request(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[6], Patch(title="注文のお知らせ {$_PACK_NO_$}"))
    service.modify(ids[47], Patch(title="発注 {$_PACK_NO_$}"))
    service.modify(ids[12], Patch(title="キャンセル {$_PACK_NO_$}"))  # no marker for this kind
    report = check_setup()
    found = only(report, "subject-marker")
    assert [f.registration_ids for f in found] == [(ids[6],), (ids[47],)]
    assert all(f.severity == "error" and f.field == "title" for f in found)
    by_reg = {f.registration_ids[0]: f for f in found}
    assert "「Qoo10の注文のお知らせです。」" in by_reg[ids[6]].message
    assert by_reg[ids[6]].source.startswith("らくらく在庫 マニュアル「メール転送設定」")
    assert "「Qoo10の発注のお知らせです。」" in by_reg[ids[47]].message
    assert by_reg[ids[47]].source.startswith(
        "CROSS MALL FAQ「注文者メールに値が存在していません。:Qoo10」"
    )
    assert codes(report) == ["subject-marker", "subject-marker"]


def test_an_error_on_a_disabled_row_is_a_warning(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[47], Patch(title="発注", enabled=False))
    report = check_setup()
    [marker] = only(report, "subject-marker")
    assert marker.severity == "warning"
    assert not report.has_errors


def test_no_destination_only_when_enabled(service: RegistrationService) -> None:
    correct_setup(service)
    [off, on] = service.register_many(
        [
            AsIsRegistration(20, "", enabled=False, qsm_category="注文情報"),
            AsIsRegistration(21, "", enabled=True, qsm_category="配送要請"),
        ],
        "qsm-import",
        as_is=True,
    ).registrations
    report = check_setup()
    [finding] = only(report, "no-destination")
    assert finding.registration_ids == (on.id,) and finding.severity == "error"
    assert "送信先が空" in finding.message
    assert [f.registration_ids for f in only(report, "disabled")] == [(off.id,)]


def test_invalid_destination_from_qsm(service: RegistrationService) -> None:
    correct_setup(service)
    [bad, bad_off] = service.register_many(
        [
            AsIsRegistration(20, "test@", enabled=True, qsm_category="注文情報"),
            AsIsRegistration(21, "ok@example.jp; shop orders@x.jp", enabled=False),
        ],
        "qsm-import",
        as_is=True,
    ).registrations
    report = check_setup()
    found = {f.registration_ids: f for f in only(report, "invalid-destination")}
    assert found[(bad.id,)].severity == "error"
    assert "「test@」" in found[(bad.id,)].message
    assert found[(bad_off.id,)].severity == "warning"  # 使用 = N: nothing lost yet
    assert "空白" in found[(bad_off.id,)].message


def test_kind_mismatch_for_rows_read_from_qsm(service: RegistrationService) -> None:
    correct_setup(service)
    service.register_many(
        [
            AsIsRegistration(20, "a@basic.example.jp", qsm_category="配送要請"),  # 20 is an order
            AsIsRegistration(21, "a@basic.example.jp", qsm_category="配達要請"),  # variant: ok
            AsIsRegistration(23, "a@basic.example.jp", qsm_category="キャンセル要請"),
            AsIsRegistration(24, "a@basic.example.jp", qsm_category="キャンセル完了"),
        ],
        "qsm-import",
        as_is=True,
    )
    [finding] = only(check_setup(), "kind-mismatch")
    assert finding.severity == "error"
    assert "「配送要請」" in finding.message and "「注文情報」" in finding.message
    assert finding.label == "カテゴリとテンプレートの種類が違います"
    assert "テンプレート番号 20" in finding.message


def test_kind_mismatch_is_not_reported_after_the_app_changed_the_template(
    service: RegistrationService,
) -> None:
    [reg] = service.register_many(
        [AsIsRegistration(18, "cm@example.jp", qsm_category="注文情報")], "qsm-import", as_is=True
    ).registrations
    # The seller fixes the template in the app: QSM's カテゴリ describes the old one.
    service.modify(reg.id, Patch(template_no=47))
    assert only(check_setup(), "kind-mismatch") == []
    # A re-import while QSM still shows 18 keeps the pending change and stays quiet.
    row18 = "18\t注文情報\tCrossMall Template\tx\tEMAIL\tcm@example.jp\tY\tN\n"
    apply_qsm_import(service, row18)
    assert service.get(reg.id).template_no == 47
    assert only(check_setup(), "kind-mismatch") == []
    # Done in QSM and pasted again: QSM's カテゴリ is now about 47, and it agrees.
    row47 = "47\t配送要請\tCrossMall Template\tx\tEMAIL\tcm@example.jp\tY\tN\n"
    result = apply_qsm_import(service, row47)
    assert result.confirmed and build_checklist().pending == ()
    assert only(check_setup(), "kind-mismatch") == []


def test_mixed_groups_per_individual_address(service: RegistrationService) -> None:
    ids = correct_setup(service)
    # A StockGear cancel mail to an address that also receives NextEngine mails (other case,
    # and as the second address of the destination).
    other = service.register(
        RegistrationInput(4, "sg@example.jp; ORDERS@NE.example.jp")
    ).registration
    report = check_setup()
    [finding] = only(report, "mixed-groups")
    assert finding.severity == "error" and finding.address == NE
    assert set(finding.registration_ids) == {*(ids[n] for n in NEXTENGINE), other.id}
    assert "StockGear Template" in finding.message and "NextEngine Template" in finding.message
    assert finding.source.startswith("CROSS MALL FAQ「注文者メールに値が存在していません。:Qoo10」")


def test_mixed_groups_ignores_disabled_rows(service: RegistrationService) -> None:
    correct_setup(service)
    service.register(RegistrationInput(4, NE, enabled=False))
    # Template 4's QSM text was never captured: the new registration is on the sample.
    assert codes(check_setup()) == ["disabled", "sample-text"]


def test_missing_kind(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[10], Patch(enabled=False))  # NextEngine キャンセル完了 off
    service.modify(ids[12], Patch(destination="elsewhere@crossmall.example.jp"))
    service.modify(ids[13], Patch(destination="elsewhere@crossmall.example.jp"))
    report = check_setup()
    found = {f.address: f for f in only(report, "missing-kind")}
    assert set(found) == {NE, CM}
    ne, cm = found[NE], found[CM]
    assert ne.severity == cm.severity == "warning"
    assert ne.source.startswith("まとまるEC店長 マニュアル「② Qoo10 注文取込」")
    assert "キャンセル完了" in ne.message and "キャンセル要請が" not in ne.message
    assert f"登録番号 {ids[10]} は登録されていますが 使用(Y/N) が N" in ne.message
    assert "キャンセル要請・キャンセル完了" in cm.message
    assert ids[6] in ne.registration_ids and ids[18] in cm.registration_ids


def test_missing_kind_not_reported_without_order(service: RegistrationService) -> None:
    service.register(RegistrationInput(7, NE))  # shipping request only
    assert codes(check_setup()) == ["sample-text"]


def test_duplicate_same_kind_same_address(service: RegistrationService) -> None:
    ids = correct_setup(service)
    # The same template again, to a destination that also holds NE (not an exact duplicate).
    again = service.register(RegistrationInput(6, f"backup@example.jp, {NE.upper()}"))
    report = check_setup()
    [finding] = only(report, "duplicate")
    assert finding.severity == "error" and finding.address == NE
    assert finding.registration_ids == (ids[6], again.registration.id)
    assert "二重" in finding.message
    # Disabled rows do not forward: no duplicate.
    service.modify(again.registration.id, Patch(enabled=False))
    assert only(check_setup(), "duplicate") == []


def test_engine_codes_on_the_registration_text(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(
        ids[6],
        Patch(
            title="Qoo10の注文のお知らせです。{$_NO_SUCH_NAME_$}",
            body="注文番号 {$_PACK_NO_$}\n金額 {$_PACK_NO_",
        ),
    )
    report = check_setup()
    [unknown] = only(report, "unknown-placeholder")
    assert unknown.field == "title" and unknown.line == 1 and unknown.column == 17
    assert unknown.registration_ids == (ids[6],)
    [malformed] = only(report, "malformed-token")
    assert (malformed.field, malformed.line, malformed.severity) == ("body", 2, "error")
    assert "テンプレートの詳細の2行目" in malformed.message


def test_encoding_codes(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[7], Patch(title="Qoo10の発注のお知らせです。①"))
    service.modify(ids[9], Patch(body="キャンセル 𠮷野家 {$_PACK_NO_$}"))
    report = check_setup()
    [iso] = only(report, "not-iso2022jp")
    assert (iso.registration_ids, iso.field, iso.severity) == ((ids[7],), "title", "warning")
    assert "「①」" in iso.message
    # 𠮷 is in neither charset: reported once, as not-cp932 (not also as not-iso2022jp).
    [cp] = only(report, "not-cp932")
    assert (cp.registration_ids, cp.field, cp.severity) == ((ids[9],), "body", "error")
    assert "「𠮷」" in cp.message and (cp.line, cp.column) == (1, 7)


def test_findings_are_ordered_errors_first_and_indexed(service: RegistrationService) -> None:
    ids = correct_setup(service)
    service.modify(ids[47], Patch(title="発注"))
    service.modify(ids[6], Patch(standby=True))
    report = check_setup()
    assert [f.severity for f in report.findings] == ["error", "warning"]
    assert [f.code for f in report.for_registration(ids[47])] == ["subject-marker"]
    assert report.for_registration(ids[9]) == ()
    data = report.to_json()
    assert data["errors"] == 1 and data["warnings"] == 1
    json.dumps(data, ensure_ascii=False)


# -- the CLI ------------------------------------------------------------------------------------


def test_cli_check_json_on_correct_and_broken_setup(
    service: RegistrationService, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = correct_setup(service)
    code, out, _err = run(db_path, capsys, "check", "--json")
    data = json.loads(out)
    assert code == 0 and data["findings"] == [] and data["errors"] == 0
    assert len(data["coverage"]["rows"]) == 2
    service.modify(ids[6], Patch(enabled=False))  # a warning only: exit 0
    code, out, _err = run(db_path, capsys, "check", "--json")
    assert code == 0 and [f["code"] for f in json.loads(out)["findings"]] == ["disabled"]
    service.register(RegistrationInput(14, NE))  # ZaikoRobot order to the NextEngine address
    code, out, _err = run(db_path, capsys, "check", "--json")
    found = {f["code"] for f in json.loads(out)["findings"]}
    assert code == 1
    assert {"mixed-groups", "disabled", "missing-kind"} <= found


def test_cli_check_text(
    service: RegistrationService, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = correct_setup(service)
    service.modify(ids[47], Patch(title="発注"))
    code, out, err = run(db_path, capsys, "check")
    assert code == 1
    assert "送信先 × お知らせ種類" in out and "CrossMall Template" in out
    assert "[エラー] 件名の文言がありません" in out
    assert "  根拠: CROSS MALL FAQ「" in out and out.count("CROSS MALL FAQ「") == 1  # once
    # the code stays in --json
    assert "subject-marker" not in out
    assert "エラー 1件" in err


def test_cli_check_json_reports_every_code(
    service: RegistrationService, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = correct_setup(service)
    service.modify(ids[47], Patch(enabled=False))  # disabled
    service.modify(ids[7], Patch(standby=True))  # standby
    # subject-marker, unknown, iso, rendered-syntax (a directive left as text)
    service.modify(ids[6], Patch(title="注文 {$_NO_SUCH_$} ① ##ISLOOP_ x"))
    service.modify(ids[9], Patch(body="キャンセル {$_PACK_NO_ 𠮷"))  # malformed-token, cp932
    service.modify(ids[13], Patch(enabled=False))  # missing-kind for CrossMall
    # rendered-paren (NextEngine reads (…) as a code) and html-structure (a stray </p>)
    service.modify(
        ids[10], Patch(body="<p>備考(メモ):##DELETE_BLANK_ROW_##{$_DEL_MEMO_$}<br>\n以上</p>")
    )
    service.register(RegistrationInput(1, NE))  # mixed-groups + duplicate (注文情報 twice)
    service.register_many(
        [
            AsIsRegistration(20, "", qsm_category="注文情報"),  # no-destination
            AsIsRegistration(21, "test@", qsm_category="注文情報"),  # invalid + kind-mismatch
        ],
        "qsm-import",
        as_is=True,
    )
    code, out, _err = run(db_path, capsys, "check", "--json")
    found = {f["code"] for f in json.loads(out)["findings"]}
    assert code == 1
    assert found == set(CODES)
