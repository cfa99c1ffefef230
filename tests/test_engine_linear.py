"""Passes over a body are linear: the text view agrees with a real HTML parser on ordinary HTML,
and pathological bodies the store accepts are analysed in bounded time (bench/hostile_bodies.py
measures the time per KB)."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from qsm_desktop.core.engine import html_to_text, looks_like_html
from qsm_desktop.core.engine.compiler import _split, analyze
from qsm_desktop.core.engine.plaintext import _TextView


class _Reference(HTMLParser):
    """The stdlib parser driving the same text view: what html_to_text replaced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.view = _TextView()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.view.start_tag(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.view.empty_tag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.view.end_tag(tag)

    def handle_data(self, data: str) -> None:
        self.view.data(data)


def _reference(html: str) -> str:
    parser = _Reference()
    parser.feed(html)
    parser.close()
    return parser.view.result()


_FRAGMENTS = st.sampled_from(
    [
        "<p>",
        "</p>",
        '<div class="a">',
        "</div>",
        "<br>",
        "<br/>",
        "<BR />",
        "<li>",
        "</li>",
        "<td>",
        "<th>",
        "</tr>",
        "<tr>",
        "<pre>",
        "</pre>",
        "<script>if (a < b) x()</script>",
        "<style>p{}</style>",
        "<!-- note -->",
        "<!DOCTYPE html>",
        "<a href='x>y'>",
        "</a>",
        "&amp;",
        "&lt;",
        "&#9312;",
        "&nbsp;",
        "注文",
        "a",
        " ",
        "  ",
        "\n",
        "\t",
        "<title>t</title>",
        "a < b",
        "<注意>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30).map("".join))
def test_text_view_agrees_with_the_stdlib_parser(html: str) -> None:
    assert html_to_text(html) == _reference(html)


def test_unclosed_constructs() -> None:
    assert html_to_text("a<!-- b") == "a"  # a comment runs to the end, as in a browser
    assert html_to_text("<p>a</p><script>b") == "a\n"
    assert html_to_text("<a <a <a b") == "<a <a <a b"
    assert looks_like_html("x <!-- y --> z") and not looks_like_html("<!--" * 3)
    assert looks_like_html("<br/>") and not looks_like_html("a < b <注意>")


def test_split_joins_text_once() -> None:
    """The compiler's row splitting: text parts joined once, not appended to one string."""
    head, slots, after = _split(["a", "b", "c"])
    assert (head, slots, after) == ("abc", [], [])
    body = "x" * 10 + "{$_PACK_NO_$}" + "y" * 10
    assert analyze(body, "body").segments


def test_warnings_are_capped_with_a_count_of_the_rest() -> None:
    """66,000 malformed tokens are not 66,000 rows in the preview's table."""
    from qsm_desktop.core.engine.compiler import MAX_WARNINGS
    from qsm_desktop.core.engine.diagnostics import TOO_MANY_WARNINGS

    warnings = analyze("{$_" * 1000, "body").warnings
    assert len(warnings) == MAX_WARNINGS + 1
    assert warnings[-1].code == TOO_MANY_WARNINGS and "ほか900件" in warnings[-1].message


def test_capped_warnings_are_the_first_ones_of_all_kinds_and_the_count_is_exact() -> None:
    """Syntax warnings (the tokeniser) and unknown placeholders (the compiler) are capped each
    on their own: what is listed is still the first MAX_WARNINGS by position, and the rest is
    counted exactly, not made."""
    from qsm_desktop.core.engine.compiler import MAX_WARNINGS
    from qsm_desktop.core.engine.diagnostics import (
        MALFORMED_TOKEN,
        TOO_MANY_WARNINGS,
        UNKNOWN_PLACEHOLDER,
    )

    lines = ["{$_NOPE_$}" if i % 2 else "{$_" for i in range(3 * MAX_WARNINGS)]
    warnings = analyze("\n".join(lines), "body").warnings
    listed, last = warnings[:-1], warnings[-1]
    assert [w.line for w in listed] == list(range(1, MAX_WARNINGS + 1))
    assert [w.code for w in listed] == [
        UNKNOWN_PLACEHOLDER if i % 2 else MALFORMED_TOKEN for i in range(MAX_WARNINGS)
    ]
    assert last.code == TOO_MANY_WARNINGS
    assert f"ほか{2 * MAX_WARNINGS}件" in last.message
    assert analyze("{$_\n" * MAX_WARNINGS, "body").warnings[-1].code == MALFORMED_TOKEN
