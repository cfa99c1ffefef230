"""The template language (docs/rules.md §6): tokens, warnings, rows, DELETE_BLANK_ROW, ISLOOP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence

import pytest

from qsm_desktop.core.engine import (
    MailSource,
    TokenKind,
    compile_template,
    parse,
    render_mail,
    scan_template,
)

MEMO = "DEL_MEMO"


def body(text: str, values: Mapping[str, str | Sequence[str]] | None = None) -> tuple[str, str]:
    result = render_mail(MailSource("", "", text), values or {})
    return result.html, result.text


def codes(text: str, field: str = "body") -> list[tuple[int, int, str]]:
    source = MailSource(**{"title": "", "sender": "", "body": "", field: text})
    return [(w.line, w.column, w.code) for w in scan_template(source)]


# ----------------------------------------------------------------------------- tokens


def test_tokens_have_line_and_column() -> None:
    tokens, warnings = parse("注文:{$_PACK_NO_$}\n  [$_ORDER_NO_$]x##DELETE_BLANK_ROW_##")
    assert warnings == ()
    assert [(t.kind, t.line, t.column, t.text) for t in tokens] == [
        (TokenKind.TEXT, 1, 1, "注文:"),
        (TokenKind.PLACEHOLDER, 1, 4, "{$_PACK_NO_$}"),
        (TokenKind.TEXT, 1, 17, "\n  "),
        (TokenKind.PLACEHOLDER, 2, 3, "[$_ORDER_NO_$]"),
        (TokenKind.TEXT, 2, 17, "x"),
        (TokenKind.DELETE_BLANK_ROW, 2, 18, "##DELETE_BLANK_ROW_##"),
    ]
    assert tokens[1].name == "PACK_NO"
    assert tokens[3].name == "ORDER_NO"


def test_isloop_token_and_shared_hashes() -> None:
    tokens, warnings = parse("##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}")
    assert warnings == ()
    assert [t.kind for t in tokens] == [TokenKind.DELETE_BLANK_ROW, TokenKind.PLACEHOLDER]
    assert tokens[1].loop and tokens[1].name == MEMO and tokens[1].column == 20


def test_both_bracket_styles_render() -> None:
    _, text = body("{$_PACK_NO_$}/[$_PACK_NO_$]", {"PACK_NO": "7"})
    assert text == "7/7"


@pytest.mark.parametrize(
    ("template", "column"),
    [
        ("注文番号 {$_PACK_NO_ の件", 6),
        ("x {$__$} y", 3),
        ("x {$_ NAME_$} y", 3),
        ("x {$_PACK_NO_$] y", 3),
        ("x ##ISLOOP_ {$_DEL_MEMO_$}", 3),
    ],
)
def test_malformed_tokens_stay_literal_with_warning(template: str, column: int) -> None:
    assert (1, column, "malformed-token") in codes(template)
    _, text = body(template, {"PACK_NO": "1", MEMO: ["m"]})
    # the malformed part is printed as typed (the well-formed placeholder after it still works)
    assert text == template.replace("{$_DEL_MEMO_$}", "m")


def test_unknown_placeholder_stays_visible_with_hint() -> None:
    template = "a {$_PAK_NO_$} b {$_pack_no_$}"
    result = render_mail(MailSource("", "", template), {"PACK_NO": "1"})
    assert result.text == template
    assert [(w.column, w.code) for w in result.warnings] == [
        (3, "unknown-placeholder"),
        (18, "unknown-placeholder"),
    ]
    assert "{$_PACK_NO_$}" in result.warnings[0].message  # did-you-mean
    assert "大文字" in result.warnings[1].message


def test_unknown_directive_from_the_guides_typo() -> None:
    template = "<p>[備考] ##DELETE_BLANK_ROW_##SLOOP_{$_DEL_MEMO_$}</p>"
    assert codes(template) == [(1, 28, "unknown-directive")]


def test_warning_positions_across_fields_and_lines() -> None:
    source = MailSource(
        title="件名 {$_NOPE_$}",
        sender="Qoo10 <qoo10info@qoo10.jp>",
        body="1行目\n2行目 {$_PACK_NO_\n\t{$_X_$}",
    )
    found = [(w.field, w.line, w.column, w.code) for w in scan_template(source)]
    assert found == [
        ("title", 1, 4, "unknown-placeholder"),
        ("body", 2, 5, "malformed-token"),
        ("body", 3, 2, "unknown-placeholder"),
    ]
    labels = {"title": "タイトル", "body": "本文"}
    for warning in scan_template(source):
        place = f"{labels[warning.field]} {warning.line}行{warning.column}列"
        assert str(warning).startswith(f"{place}: 警告: ")


def test_kind_warnings_for_fields_a_kind_does_not_carry() -> None:
    source = MailSource("{$_INVOICE_NO_$}", "", "{$_PACK_NO_$} {$_DELIVERY_COMPANY_$}")
    found = [(w.field, w.column, w.code) for w in scan_template(source, kind="order")]
    assert found == [
        ("title", 1, "not-provided-by-kind"),
        ("body", 15, "not-provided-by-kind"),
    ]
    assert scan_template(source, kind="delivered") == ()


# ----------------------------------------------------------------------------- rows in text


def test_delete_blank_row_in_text() -> None:
    template = "A\n配達希望日: ##DELETE_BLANK_ROW_##{$_DEL_HOPE_DATE_YYYYMMDD_$}\nB\n"
    assert body(template, {"DEL_HOPE_DATE_YYYYMMDD": ""})[1] == "A\nB\n"
    assert body(template, {"DEL_HOPE_DATE_YYYYMMDD": " 　"})[1] == "A\nB\n"  # white space = blank
    assert body(template, {"DEL_HOPE_DATE_YYYYMMDD": "20240505"})[1] == (
        "A\n配達希望日: 20240505\nB\n"
    )


def test_delete_blank_row_keeps_row_when_any_placeholder_has_a_value() -> None:
    template = "##DELETE_BLANK_ROW_##{$_DEL_OPTION_$}/{$_DEL_HOPE_DATE_YYYYMMDD_$}\n"
    values = {"DEL_OPTION": "", "DEL_HOPE_DATE_YYYYMMDD": "x"}
    assert body(template, values)[1] == "/x\n"
    assert body(template, {})[1] == ""


def test_delete_blank_row_with_unknown_placeholder_is_kept() -> None:
    assert body("##DELETE_BLANK_ROW_##{$_NOPE_$}\nB")[1] == "{$_NOPE_$}\nB"


def test_delete_blank_row_without_placeholders_is_dropped_with_warning() -> None:
    assert body("A\n固定の行##DELETE_BLANK_ROW_##\nB")[1] == "A\nB"
    assert codes("A\n固定の行##DELETE_BLANK_ROW_##\nB") == [(2, 5, "blank-row-without-placeholder")]


def test_isloop_in_text() -> None:
    template = "注文\n備考: ##ISLOOP_{$_DEL_MEMO_$}\n以上\n"
    assert body(template, {MEMO: ["a", "b"]})[1] == "注文\n備考: a\n備考: b\n以上\n"
    assert body(template, {MEMO: []})[1] == "注文\n以上\n"
    assert body(template, {})[1] == "注文\n以上\n"


def test_isloop_on_last_row_without_line_end() -> None:
    assert body("x\n備考: ##ISLOOP_{$_DEL_MEMO_$}", {MEMO: ["a", "b"]})[1] == (
        "x\n備考: a\n備考: b"
    )


def test_isloop_with_delete_blank_row_drops_blank_repetitions() -> None:
    template = "[{$_PACK_NO_$}] ##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}\n"
    values = {MEMO: ["a", " ", "b"], "PACK_NO": ""}
    assert body(template, values)[1] == "[] a\n[] b\n"


def test_two_looped_fields_advance_together() -> None:
    template = "##ISLOOP_{$_DEL_MEMO_$} | ##ISLOOP_{$_ADD_OPTION_$}\n"
    values = {MEMO: ["m1", "m2", "m3"], "ADD_OPTION": ["o1"]}
    assert body(template, values)[1] == "m1 | o1\nm2 | \nm3 | \n"


def test_isloop_on_single_valued_field_warns_and_prints_once() -> None:
    template = "番号: ##ISLOOP_{$_PACK_NO_$}\n"
    assert body(template, {"PACK_NO": "12"})[1] == "番号: 12\n"
    assert codes(template) == [(1, 5, "loop-not-multi")]


def test_multi_valued_field_without_loop_prints_one_value_per_line() -> None:
    html, text = body("備考: {$_DEL_MEMO_$}\n", {MEMO: ["a<b", "c"]})
    assert text == "備考: a<b\nc\n"
    html, text = body("<p>備考: {$_DEL_MEMO_$}</p>", {MEMO: ["a<b", "c"]})
    assert html == "<p>備考: a&lt;b<br>c</p>"
    assert text == "備考: a<b\nc\n"


def test_multi_valued_value_may_be_one_text_with_line_breaks() -> None:
    assert body("##ISLOOP_{$_DEL_MEMO_$}\n", {MEMO: "a\nb"})[1] == "a\nb\n"


# ----------------------------------------------------------------------------- rows in HTML


def test_html_rows_end_at_block_tags() -> None:
    template = (
        "<p>注文</p>\n"
        "<p>[備考] ##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}</p>\n"
        "<div>[希望日] ##DELETE_BLANK_ROW_##{$_DEL_HOPE_DATE_YYYYMMDD_$}</div>"
        "<ul>\n<li>##ISLOOP_{$_ADD_OPTION_$}</li></ul>\n"
        "<p>以上</p>"
    )
    html, text = body(template, {})
    assert html == "<p>注文</p>\n<ul>\n</ul>\n<p>以上</p>"
    assert text == "注文\n以上\n"
    values = {MEMO: ["m1", "<m2>"], "DEL_HOPE_DATE_YYYYMMDD": "0505", "ADD_OPTION": ["o1", "o2"]}
    html, text = body(template, values)
    assert html == (
        "<p>注文</p>\n"
        "<p>[備考] m1</p>\n<p>[備考] &lt;m2&gt;</p>\n"
        "<div>[希望日] 0505</div><ul>\n<li>o1</li><li>o2</li></ul>\n"
        "<p>以上</p>"
    )
    assert text == "注文\n[備考] m1\n[備考] <m2>\n[希望日] 0505\no1\no2\n以上\n"


def test_html_br_rows_and_case_insensitive_tags() -> None:
    template = "<P>a<BR/>\n希望: ##DELETE_BLANK_ROW_##{$_DEL_OPTION_$}<br>\nz</P>"
    assert body(template, {})[0] == "<P>a<BR/>\nz</P>"
    assert body(template, {"DEL_OPTION": "便"})[0] == "<P>a<BR/>\n希望: 便<br>\nz</P>"


def test_html_loop_row_without_line_end_is_separated_by_br() -> None:
    html, _ = body("<b>x</b> ##ISLOOP_{$_DEL_MEMO_$}", {MEMO: ["a", "b"]})
    assert html == "<b>x</b> a<br>\n<b>x</b> b"


# ----------------------------------------------------------------------------- plain vs HTML


@pytest.mark.parametrize("text", ["a < b > c", "<注意> 返品不可", "x<3", "1 <2 and 3> 2", "&amp;"])
def test_plain_text_is_not_mistaken_for_html(text: str) -> None:
    result = render_mail(MailSource("", "", text), {})
    assert not result.body_is_html
    assert result.text == text


def test_values_never_switch_a_plain_body_to_html() -> None:
    result = render_mail(MailSource("", "", "氏名: {$_BUYER_NM_$}\n"), {"BUYER_NM": "<b>x</b>"})
    assert not result.body_is_html
    assert result.text == "氏名: <b>x</b>\n"
    assert result.html == "氏名: &lt;b&gt;x&lt;/b&gt;<br>\n"


def test_only_the_body_can_be_html() -> None:
    result = render_mail(MailSource("<b>{$_PACK_NO_$}</b>", "", "x"), {"PACK_NO": "<1>"})
    assert result.subject == "<b><1></b>"


# ----------------------------------------------------------------------------- cache


def test_compiled_templates_are_cached_by_text() -> None:
    text = "キャッシュ確認 {$_PACK_NO_$}\n"
    first = compile_template(text, "body")
    hits = compile_template.cache_info().hits
    assert compile_template(text, "body") is first
    assert compile_template.cache_info().hits == hits + 1


def test_scanning_templates_needs_no_jinja() -> None:
    """The highlighter and the setup check only scan: jinja is imported, and its one program
    compiled, by the first render (a compile costs milliseconds)."""
    code = (
        "import sys\n"
        "from qsm_desktop.core.engine import MailSource, scan_template\n"
        "scan_template(MailSource('件名 {$_PACK_NO_$}', 'a <a@b.jp>', '{$_NOPE_$}'))\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'jinja2']\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_template_shares_one_jinja_program() -> None:
    """No jinja compile per template: the preview budget is smaller than one compile."""
    a = compile_template("一つ目 {$_PACK_NO_$} です\n", "body")
    b = compile_template(
        "二つ目 ##ISLOOP_{$_DEL_MEMO_$}\n##DELETE_BLANK_ROW_##{$_ITEM_NM_$}", "body"
    )
    c = compile_template("<p>{$_PACK_NO_$}</p>", "body")
    assert a.template is b.template
    assert c.template is not a.template  # the HTML one escapes values
