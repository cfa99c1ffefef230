"""Checks on the rendered mail: the HTML structure after the directives (the issue's four
reproductions), NextEngine's parenthesis rule, the subject marker and syntax left in the mail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import Cli

from qsm_desktop.core.engine import MailSource, load_samples, render_mail
from qsm_desktop.core.mail_checks import check_rendered_mail, check_structure

SAMPLES = [(s.label, s.values) for s in load_samples().values()]
CATALOG = json.loads(
    (Path(__file__).resolve().parents[1] / "resources" / "catalog.json").read_text("utf-8")
)


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        # an empty memo drops the row that opened <p>: a stray </p> on line 2
        ("<p>備考:##DELETE_BLANK_ROW_##{$_DEL_MEMO_$}<br>\n以上</p>", "html-stray-end-tag", 2),
        # four memo lines: four <p> open, one closes
        ("<p>備考:##ISLOOP_{$_DEL_MEMO_$}<br>\n以上</p>", "html-repeated-start-tag", 1),
        # one line: the row ends at </li>, so <ul> is repeated and never closed
        ("<ul><li>##ISLOOP_{$_ADD_OPTION_$}</li></ul>", "html-repeated-start-tag", 1),
        # the row ends at </p>: dropping it leaves a lone </div>
        ("<div><p>##DELETE_BLANK_ROW_##{$_DEL_MEMO_$}</p></div>", "html-stray-end-tag", 1),
    ],
)
def test_the_four_reproductions_each_give_a_finding_at_the_template_line(
    body: str, code: str, line: int
) -> None:
    found = check_structure(body, SAMPLES)
    assert (code, line) in {(f.code, f.line) for f in found}
    assert all(f.field == "body" and f.source and f.sample for f in found)


def test_a_balanced_body_and_the_catalog_give_no_structure_finding() -> None:
    assert check_structure("<p>備考:##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}</p>", SAMPLES) == ()
    for template in CATALOG["templates"]:
        assert check_structure(template["body"], SAMPLES) == (), template["no"]


def test_nextengine_parentheses_on_the_rendered_mail() -> None:
    [ne] = [t for t in CATALOG["templates"] if t["no"] == 6]
    values = load_samples()["half-width-parens"].values
    mail = render_mail(MailSource(ne["title"], ne["sender"], ne["body"]), values, kind="order")
    found = check_rendered_mail(mail, values, kind="order", group="NextEngine")
    parens = [f for f in found if f.code == "rendered-paren"]
    assert parens, "長袖Tシャツ(キッズ用) must be reported"
    first = parens[0]
    line_text = mail.text.split("\n")[first.line - 1]
    assert line_text[first.column - 1 :].startswith("(キッズ用)")
    assert "4588" in first.source
    # The codes themselves, where NextEngine looks for them, are not findings.
    assert not any(f"({values['SELLER_ITEM_CODE']})" in f.message for f in parens)
    # Other groups do not read codes from parentheses.
    assert not check_rendered_mail(mail, values, kind="order", group="CrossMall")


def test_missing_subject_marker_and_syntax_left_in_the_mail() -> None:
    values = load_samples()["one-item"].values
    title = "注文 ##ISLOOP_ {$_PACK_NO_$}"
    mail = render_mail(MailSource(title, "s", "本文"), values, kind="order")
    found = {f.code: f for f in check_rendered_mail(mail, values, kind="order")}
    assert found["rendered-subject-marker"].source.startswith(
        "らくらく在庫 マニュアル「メール転送設定」"
    )
    syntax = found["rendered-syntax"]
    assert (syntax.field, syntax.line, syntax.column) == ("subject", 1, 4)


def test_cli_render_reports_the_parentheses(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(db_path, capsys)
    code, _out, err = cli("render", "--template", "6", "--sample", "half-width-parens")
    assert code == 0 and "(キッズ用)" in err and "NextEngine" in err
    data = cli.json("render", "--template", "6", "--sample", "half-width-parens")
    codes = {f["code"] for f in data["mail_findings"]}
    assert "rendered-paren" in codes
    finding = next(f for f in data["mail_findings"] if f["code"] == "rendered-paren")
    assert finding["field"] == "text" and finding["line"] > 0 and finding["column"] > 0
