"""Seller text never executes: jinja syntax prints as typed; values are escaped in HTML only."""

from __future__ import annotations

import jinja2
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from qsm_desktop.core.engine import (
    MailSource,
    TokenKind,
    load_samples,
    looks_like_html,
    parse,
    render_mail,
    text_to_html,
)
from qsm_desktop.core.engine.placeholders import placeholder_index

PAYLOADS = [
    "{{ ''.__class__.__mro__ }}",
    "{% for i in range(10**7) %}x{% endfor %}",
    "{{ lipsum.__globals__ }}",
    "{% endraw %}{{ 7*7 }}{% raw %}",
    "{# x #}",
    "{{ 7*7 }}",
    "{%- if true -%}y{%- endif -%}",
    "${7*7} #{7*7} {{",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_jinja_syntax_in_the_template_prints_as_typed(payload: str) -> None:
    html_body = f"<p>{payload} {{$_PACK_NO_$}}</p>\n<p>##ISLOOP_{{$_DEL_MEMO_$}} {payload}</p>"
    result = render_mail(
        MailSource(title=f"{payload}{{$_PACK_NO_$}}", sender=payload, body=html_body),
        {"PACK_NO": "1", "DEL_MEMO": ["m"]},
    )
    assert result.subject == f"{payload}1"
    assert result.sender == payload
    assert result.html == f"<p>{payload} 1</p>\n<p>m {payload}</p>"
    assert result.text == f"{payload} 1\nm {payload}\n"

    plain = render_mail(MailSource("", "", f"{payload}\n##DELETE_BLANK_ROW_##{{$_PACK_NO_$}}"), {})
    assert plain.text == f"{payload}\n"
    assert plain.html == text_to_html(f"{payload}\n")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_jinja_syntax_in_values_prints_as_typed(payload: str) -> None:
    result = render_mail(
        MailSource("{$_ITEM_NM_$}", "", "<p>{$_ITEM_NM_$}</p>"), {"ITEM_NM": payload}
    )
    assert result.subject == payload
    assert result.text == f"{payload}\n"


def test_rendering_new_templates_never_runs_jinjas_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("seller text reached jinja's parser")

    # The fixed program compiles once, on the first render in the process: not seller text.
    render_mail(MailSource("", "", "x"), {})
    render_mail(MailSource("", "", "<p>x</p>"), {})
    monkeypatch.setattr(jinja2.Environment, "parse", refuse)
    monkeypatch.setattr(jinja2.Environment, "_parse", refuse)
    monkeypatch.setattr(jinja2.Environment, "compile", refuse)
    for payload in PAYLOADS:
        # text no other test renders: parsed templates are cached by their text, and a cache hit
        # would not show what a new template goes through
        new = f"新しい本文 {payload}"
        template = f"<p>{new} {{$_PACK_NO_$}}</p>\n<p>##ISLOOP_{{$_DEL_MEMO_$}} {payload}</p>"
        result = render_mail(MailSource(new, new, template), {"DEL_MEMO": ["m"]})
        assert result.text == f"{new}\nm {payload}\n"


def test_html_values_are_escaped_in_html_and_verbatim_in_text() -> None:
    values = load_samples()["html-chars"].values
    result = render_mail(
        MailSource("{$_ITEM_NM_$}", "", "<p>{$_BUYER_NM_$}</p><p>{$_OPTION_NM_$}</p>"), values
    )
    assert "<script>" not in result.html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;山田" in result.html
    assert "&#39; onmouseover=&#39;alert(1)" in result.html
    assert result.text == f"{values['BUYER_NM']}\n{values['OPTION_NM']}\n"
    assert result.subject == values["ITEM_NM"]  # the subject is text: nothing to escape


def test_markup_values_are_escaped_too() -> None:
    """Values are data: even a caller's Markup object is escaped in an HTML body."""
    values = {"BUYER_NM": Markup("<b>x</b>"), "DEL_MEMO": [Markup("<i>m</i>")]}
    result = render_mail(MailSource("", "", "<p>{$_BUYER_NM_$} {$_DEL_MEMO_$}</p>"), values)
    assert result.html == "<p>&lt;b&gt;x&lt;/b&gt; &lt;i&gt;m&lt;/i&gt;</p>"


def test_values_must_be_text() -> None:
    with pytest.raises(TypeError):
        # a number where text belongs, on purpose: the engine must refuse what typing would
        render_mail(MailSource("", "", "{$_PACK_NO_$}"), {"PACK_NO": 12})  # type: ignore[dict-item]


def test_template_html_is_not_escaped() -> None:
    template = '<p class="x">a &amp; b<br><a href="https://example.com/?a=1&b=2">link</a></p>'
    assert render_mail(MailSource("", "", template), {}).html == template


def test_subject_and_sender_are_one_line() -> None:
    result = render_mail(
        MailSource("件名 {$_PACK_NO_$}", "{$_BUYER_NM_$} <a@example.com>", "x"),
        {"PACK_NO": "1\r\nBcc: evil@example.com", "BUYER_NM": "x\nBcc: evil@example.com"},
    )
    assert result.subject == "件名 1 Bcc: evil@example.com"
    assert "\n" not in result.sender and "\r" not in result.sender


# A text with no token the engine acts on: literal characters, including lone `{$`, `##`, jinja.
_ALPHABET = st.sampled_from(
    list("abcXYZ019 \t\n\r{}[]$#%_<>&;'\"\\/!=*.()") + list("注文の備考①髙𠮷😀　ｱ")
)


def _plain_text_template(text: str) -> bool:
    tokens, _ = parse(text)
    index = placeholder_index()
    for token in tokens:
        if token.kind is TokenKind.DELETE_BLANK_ROW:
            return False
        if token.kind is TokenKind.PLACEHOLDER and token.name in index:
            return False
    return not looks_like_html(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_plain_text_without_placeholders_renders_unchanged(text: str) -> None:
    assume(_plain_text_template(text))
    result = render_mail(MailSource(text, "", text), load_samples()["one-item"].values)
    assert result.text == text
    assert result.html == text_to_html(text)
