"""The data the fixed jinja program prints: merged literals, fast and slow path, same output.

The compiler merges literal text across rows, fills a prepared skeleton and patches it for blank
and looped rows. These tests hold it to a reference renderer written straight from docs/rules.md
§6, row by row with nothing merged or prepared, and to its own segment-by-segment slow path.
"""

from __future__ import annotations

import dataclasses
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from itertools import pairwise, zip_longest
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from qsm_desktop.core.engine import (
    MailSource,
    TokenKind,
    compile_template,
    looks_like_html,
    parse,
    render_mail,
)
from qsm_desktop.core.engine.compiler import NOT_RENDERED, RENDERED_ONCE
from qsm_desktop.core.engine.placeholders import placeholder_index

# ----------------------------------------------------------------------------- reference renderer

_TEXT_ROW_END = re.compile(r"\n")
_HTML_ROW_END = re.compile(r"\n|(?:<br\s*/?>|</(?:p|div|li|tr)\s*>)(?:\r?\n)?", re.IGNORECASE)


@dataclasses.dataclass
class _Row:
    parts: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    blank: bool = False
    unknown: bool = False
    terminated: bool = False


def _plain(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(type(value).__name__)
    return str(value)


def _blank(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    assert isinstance(value, Iterable)
    return all(_blank(item) for item in value)


def reference(text: str, field: str, values: Mapping[str, Any]) -> str:
    """docs/rules.md §6, one row at a time."""
    tokens, _ = parse(text, field)
    index = placeholder_index()
    html = field == "body" and looks_like_html(
        "".join(t.text for t in tokens if t.kind is TokenKind.TEXT)
    )
    rows: list[_Row] = []
    row = _Row()
    for token in tokens:
        if token.kind is TokenKind.TEXT:
            start = 0
            for end in (_HTML_ROW_END if html else _TEXT_ROW_END).finditer(token.text):
                row.parts.append(("text", token.text[start : end.end()]))
                row.terminated = True
                rows.append(row)
                row = _Row()
                start = end.end()
            if start < len(token.text):
                row.parts.append(("text", token.text[start:]))
        elif token.kind is TokenKind.DELETE_BLANK_ROW:
            row.blank = True
        elif token.name not in index:
            row.parts.append(("text", token.text))
            row.unknown = True
        else:
            multi = index[token.name].multi
            row.parts.append(("slot", token.name, "m" if multi else "", "l" if token.loop else ""))
    if row.parts or row.blank:
        rows.append(row)

    def value(name: str, multi: str) -> str | tuple[str, ...]:
        if not multi:
            return _plain(values.get(name, ""))
        found = values.get(name, ())
        if isinstance(found, str):
            return tuple(_plain(found).splitlines())
        return tuple(_plain(item) for item in found)

    def out(text: str) -> str:
        return escape(text) if html else text

    def shown(name: str, multi: str) -> str:
        found = value(name, multi)
        if isinstance(found, str):
            return out(found)
        return ("<br>" if html else "\n").join(out(item) for item in found)

    # Every value is looked at (a wrong one raises) before anything is printed.
    for r in rows:
        for part in r.parts:
            if part[0] == "slot":
                value(part[1], part[2])

    printed = []
    for r in rows:
        slots = [p for p in r.parts if p[0] == "slot"]
        looped = list(dict.fromkeys(p[1] for p in slots if p[2] and p[3]))

        def render_row(
            repetition: tuple[str, ...] = (), r: _Row = r, looped: list[str] = looped
        ) -> str:
            pieces = []
            for part in r.parts:
                if part[0] == "text":
                    pieces.append(part[1])
                elif part[2] and part[3]:
                    pieces.append(out(repetition[looped.index(part[1])]))
                else:
                    pieces.append(shown(part[1], part[2]))
            return "".join(pieces)

        if looped:
            columns = [value(name, "m") for name in looped]
            repetitions = list(zip_longest(*columns, fillvalue=""))
            if r.blank:
                scalars = [value(p[1], p[2]) for p in slots if not (p[2] and p[3])]
                if _blank(scalars):
                    repetitions = [rep for rep in repetitions if not _blank(rep)]
            separator = "" if r.terminated else "<br>\n" if html else "\n"
            printed.append(separator.join(render_row(rep) for rep in repetitions))
        elif r.blank and not r.unknown:
            if slots and not _blank([value(p[1], p[2]) for p in slots]):
                printed.append(render_row())
        else:
            printed.append(render_row())
    return "".join(printed)


def outcome(render: Any, *args: Any) -> str | type[Exception]:
    try:
        return render(*args)
    except TypeError:
        return TypeError


# ----------------------------------------------------------------------------- strategies

FRAGMENTS = [
    "a",
    "注文",
    " ",
    "(",
    "<p>",
    "</p>\n",
    "<br>",
    "<br>\n",
    "</div>",
    "<li>",
    "</li>",
    "\n",
    "\r\n",
    "x&y",
    "'\"",
    "{{ 7*7 }}",
    "{$_PACK_NO_$}",
    "{$_ITEM_NM_$}",
    "[$_DEL_OPTION_$]",
    "{$_DEL_MEMO_$}",
    "{$_ADD_OPTION_$}",
    "{$_NOPE_$}",
    "##DELETE_BLANK_ROW_##",
    "##ISLOOP_{$_DEL_MEMO_$}",
    "##ISLOOP_{$_ADD_OPTION_$}",
    "##ISLOOP_{$_PACK_NO_$}",
    "##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}",
]
templates = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)

texts = st.one_of(
    st.sampled_from(["", " ", "　", "v", "<b>&'\"", "1", "a\nb", " x "]),
    st.text(alphabet="ab <>&\n", max_size=4),
)
# Mostly text; now and then Markup (escaped all the same) or a number (TypeError).
singles = st.integers(0, 9).flatmap(
    lambda n: st.just(12) if n == 0 else texts.map(Markup) if n == 1 else texts
)
multis = st.one_of(
    st.lists(texts, max_size=4).map(tuple),
    st.lists(texts, max_size=4),
    st.lists(texts.map(Markup), max_size=2).map(tuple),
    texts,
)
value_maps = st.fixed_dictionaries(
    {},
    optional={
        "PACK_NO": singles,
        "ITEM_NM": singles,
        "DEL_OPTION": singles,
        "DEL_MEMO": multis,
        "ADD_OPTION": multis,
    },
)
mappings = st.one_of(value_maps, value_maps.map(OrderedDict), value_maps.map(MappingProxyType))


# ----------------------------------------------------------------------------- properties


@settings(max_examples=400, deadline=None)
@given(templates, st.sampled_from(["body", "title"]), mappings)
def test_render_matches_the_reference(text: str, field: str, values: Mapping[str, Any]) -> None:
    compiled = compile_template(text, field)
    assert outcome(compiled.render, values) == outcome(reference, text, field, values)


@settings(max_examples=300, deadline=None)
@given(templates, mappings)
def test_fast_path_gives_the_slow_paths_items(text: str, values: Mapping[str, Any]) -> None:
    compiled = compile_template(text, "body")
    fast = dataclasses.replace(compiled, plan=RENDERED_ONCE)  # its next render builds the plan
    slow = dataclasses.replace(compiled, plan=None)
    assert outcome(fast.program, values) == outcome(slow.program, values)
    assert fast.plan is not RENDERED_ONCE  # built (None when the template has no fast path)
    assert outcome(fast.render, values) == outcome(slow.render, values)


def test_the_fast_plan_is_built_on_the_second_render() -> None:
    """The preview renders each new template once: the plan would cost more than it saves."""
    text = "計画 {$_PACK_NO_$}\n##DELETE_BLANK_ROW_##{$_ITEM_NM_$}\n##ISLOOP_{$_DEL_MEMO_$}\n"
    compiled = dataclasses.replace(compile_template(text, "body"), plan=NOT_RENDERED)
    values = {"PACK_NO": "1", "ITEM_NM": "", "DEL_MEMO": ("a", "b")}
    first = compiled.render(values)
    assert compiled.plan is RENDERED_ONCE
    assert compiled.render(values) == first == "計画 1\na\nb\n"
    assert compiled.plan not in (NOT_RENDERED, RENDERED_ONCE, None)


# Recognisable values: a value item starts with NUL, or is BLANK (white space, blank for the rows).
BLANK = "\t\x0b"
marks = st.sampled_from(["\x00", BLANK])


@settings(max_examples=300, deadline=None)
@given(
    templates,
    st.fixed_dictionaries({name: marks for name in ("PACK_NO", "ITEM_NM", "DEL_OPTION")}),
    # As long as each other (looped together, the shorter would give empty values) and not empty
    # (an empty list prints one empty value where the field is not looped).
    st.integers(1, 3).flatmap(
        lambda n: st.fixed_dictionaries(
            {name: st.lists(marks, min_size=n, max_size=n) for name in ("DEL_MEMO", "ADD_OPTION")}
        )
    ),
)
def test_items_alternate_and_literals_are_merged(
    text: str, singles: dict[str, str], multis: dict[str, list[str]]
) -> None:
    """Literal, value, literal, …: no two literals are printed one after the other."""
    compiled = compile_template(text, "body")
    values: dict[str, Any] = {**singles, **multis}
    items = compiled.program(values)
    is_value = [item.startswith("\x00") or item == BLANK for item in items]
    assert all(a or b for a, b in pairwise(is_value))  # no literal next to a literal
    assert all(not (a and b) for a, b in pairwise(is_value))  # between two values, a literal
    assert "".join(items) == reference(text, "body", values)  # nothing to escape in these


# ----------------------------------------------------------------------------- examples


def test_rows_merge_into_few_items() -> None:
    template = (
        "<p>a {$_PACK_NO_$}</p>\n"
        "<p>b ##DELETE_BLANK_ROW_##{$_ITEM_NM_$}</p>\n"
        "<p>c ##ISLOOP_{$_DEL_MEMO_$}</p>\n"
        "<p>d {$_ORDER_NO_$}({$_ORDER_QTY_$})</p>\n"
    )
    compiled = compile_template(template, "body")
    values = {"PACK_NO": "1", "ITEM_NM": " ", "DEL_MEMO": ("m1", "<m2>"), "ORDER_NO": "2"}
    items = compiled.program(values)
    assert items == [
        "<p>a ",
        "1",
        "</p>\n<p>c ",
        "m1",
        "</p>\n<p>c ",
        "<m2>",
        "</p>\n<p>d ",
        "2",
        "(",
        "",
        ")</p>\n",
    ]
    assert all(isinstance(items[i], Markup) for i in (0, 2, 4, 6, 10))
    assert type(items[8]) is str  # nothing to escape: a plain str, escaped to itself
    assert compiled.render(values) == reference(template, "body", values)
    assert "&lt;m2&gt;" in compiled.render(values)


@pytest.mark.parametrize("lines", [1, 15, 16, 17, 40])
def test_long_templates_in_chunks(lines: int) -> None:
    """The program prints the items sixteen at a time, then the rest one by one."""
    for field, line in (
        ("body", "<p>{$_PACK_NO_$} ##DELETE_BLANK_ROW_##{$_ITEM_NM_$}</p>\n"),
        ("body", "行 {$_PACK_NO_$} [$_ITEM_NM_$]\n"),
    ):
        text = line * lines + "##ISLOOP_{$_DEL_MEMO_$}\n"
        for values in (
            {"PACK_NO": "<1>", "ITEM_NM": "x", "DEL_MEMO": ["m", "n"]},
            {"PACK_NO": "2", "ITEM_NM": ""},
        ):
            assert compile_template(text, field).render(values) == reference(text, field, values)


def test_literals_print_as_typed_and_values_escaped() -> None:
    template = "<p class=\"x\">&amp; {$_ITEM_NM_$} 'q'</p>"
    values = {"ITEM_NM": "<p class=\"x\">&amp; 'q'</p>"}
    html = render_mail(MailSource("", "", template), values).html
    assert html == (
        "<p class=\"x\">&amp; &lt;p class=&#34;x&#34;&gt;&amp;amp; &#39;q&#39;&lt;/p&gt; 'q'</p>"
    )
    literals = [
        i for i in compile_template(template, "body").program(values) if i != values["ITEM_NM"]
    ]
    assert literals == ['<p class="x">&amp; ', " 'q'</p>"]
    for literal in literals:
        assert isinstance(literal, Markup)
        assert escape(literal) == literal


def test_a_dict_missing_names_and_other_mappings() -> None:
    template = "<p>{$_PACK_NO_$}/{$_ITEM_NM_$}</p>\n<p>##DELETE_BLANK_ROW_##{$_DEL_OPTION_$}</p>\n"
    compiled = compile_template(template, "body")
    assert compiled.render({"PACK_NO": "1"}) == "<p>1/</p>\n"  # ITEM_NM, DEL_OPTION missing
    for values in (
        {"PACK_NO": "1", "ITEM_NM": "<", "DEL_OPTION": "便"},
        MappingProxyType({"DEL_OPTION": "便"}),
        OrderedDict(PACK_NO=Markup("<b>")),
    ):
        assert compiled.render(values) == reference(template, "body", values)
