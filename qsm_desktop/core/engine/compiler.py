"""Compile a tokenised template for the sandboxed jinja2 renderer.

No text a seller types ever reaches jinja's parser. A template is turned into *segments* (from its
tokens); at render time the segments and the values become plain data — literal segments as
``Markup``/``str``, values as ``str`` — and one fixed jinja program, written in this module,
walks that data. (Wrapping seller text in ``{% raw %}`` would be injectable:
``{% endraw %}{{ 7*7 }}{% raw %}`` renders 49.)

Why one fixed program instead of jinja source generated per template: a jinja compile costs
1.5–3.5 ms here, over the preview's whole 1.67 ms budget, and the preview re-renders on every
keystroke. Segments keep the template's structure, so nothing is lost.

Segments (SPEC §6):

* rows without directives are merged into a *run*, rendered as ``(literal, value)`` pairs;
* a ``##DELETE_BLANK_ROW_##`` row is a run printed only when one of its values is not blank;
* an ``##ISLOOP_`` row is repeated once per value of its multi-valued field(s).

HTML bodies render with autoescape on: literals are the template's own HTML and are passed as
``Markup``; values are plain strings, so jinja escapes them. Subjects, senders and plain-text
bodies render with autoescape off.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from qsm_desktop.core.engine.diagnostics import (
    BLANK_ROW_WITHOUT_PLACEHOLDER,
    LOOP_NOT_MULTI,
    UNKNOWN_PLACEHOLDER,
    EngineWarning,
)
from qsm_desktop.core.engine.parser import DELETE_BLANK_ROW, ISLOOP, parse
from qsm_desktop.core.engine.placeholders import Placeholder, placeholder_index
from qsm_desktop.core.engine.plaintext import looks_like_html
from qsm_desktop.core.engine.tokens import Token, TokenKind

ValueMap = Mapping[str, "str | Sequence[str]"]

# SPEC §6: a row is a line; in an HTML body it also ends at <br>, </p>, </div>, </li>, </tr>.
# A line break right after such a tag belongs to the same row, so a dropped row leaves no blank line.
_TEXT_ROW_END = re.compile(r"\n")
_HTML_ROW_END = re.compile(r"\n|(?:<br\s*/?>|</(?:p|div|li|tr)\s*>)(?:\r?\n)?", re.IGNORECASE)

_HTML_BREAK = Markup("<br>")


# ----------------------------------------------------------------------------- values


def _is_blank(value: str | Iterable[Any]) -> bool:
    """Empty or white space only; a list is blank when all its values are (jinja test `blank`)."""
    if isinstance(value, str):
        return not value.strip()
    return all(_is_blank(item) for item in value)


def _plain(value: object, name: str) -> str:
    """A value as a plain ``str``: a ``Markup`` value must not skip escaping in an HTML body."""
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str(value)  # str() of a str subclass is a plain str
    raise TypeError(f"value of {name} must be a string, not {type(value).__name__}")


def _single(values: ValueMap, name: str) -> str:
    return _plain(values.get(name, ""), name)


def _multi(values: ValueMap, name: str) -> tuple[str, ...]:
    value = values.get(name, ())
    if isinstance(value, str):  # one text with line breaks, as a seller would type a memo
        return tuple(_plain(value, name).splitlines())
    return tuple(_plain(item, name) for item in value)


@dataclass(frozen=True, slots=True)
class _Slot:
    """A known placeholder in the output."""

    name: str
    multi: bool
    loop: bool  # repeats its row (##ISLOOP_ on a multi-valued field)

    def raw(self, values: ValueMap) -> str | tuple[str, ...]:
        return _multi(values, self.name) if self.multi else _single(values, self.name)

    def shown(self, values: ValueMap, html: bool) -> str:
        """The value as printed where the field is not looped: several values, one per line."""
        if not self.multi:
            return _single(values, self.name)
        items = _multi(values, self.name)
        return _HTML_BREAK.join(items) if html else "\n".join(items)


# ----------------------------------------------------------------------------- segments
#
# Each segment becomes one entry of the program the jinja template walks:
# (kind, pairs, tail, check, rows). See PROGRAM below.

_RUN, _BLANK_ROW, _LOOP_ROW = 0, 1, 2

Entry = tuple[int, tuple[Any, ...], str, Any, Any]


@dataclass(frozen=True, slots=True)
class _Run:
    """Rows without directives: literal, value, literal, value, …, tail literal."""

    literals: tuple[str, ...]  # one per slot, before it; Markup in an HTML body
    slots: tuple[_Slot, ...]
    tail: str
    names: tuple[str, ...] | None  # the slot names when none is multi-valued (fast path)

    def pairs(self, values: ValueMap, html: bool) -> tuple[tuple[str, str], ...]:
        if self.names is not None:
            shown = [values.get(name, "") for name in self.names]
            if all(type(v) is str for v in shown):
                return tuple(zip(self.literals, shown, strict=True))
        shown = [slot.shown(values, html) for slot in self.slots]
        return tuple(zip(self.literals, shown, strict=True))

    def entry(self, values: ValueMap, html: bool) -> Entry:
        return (_RUN, self.pairs(values, html), self.tail, None, None)


@dataclass(frozen=True, slots=True)
class _BlankRow:
    """A ##DELETE_BLANK_ROW_## row: printed unless all its placeholders are blank."""

    run: _Run

    def entry(self, values: ValueMap, html: bool) -> Entry:
        check = tuple(slot.raw(values) for slot in self.run.slots)
        return (_BLANK_ROW, self.run.pairs(values, html), self.run.tail, check, None)


@dataclass(frozen=True, slots=True)
class _LoopRow:
    """An ##ISLOOP_ row, repeated once per value of its multi-valued field(s).

    Several looped fields in one row advance together (like table columns); the shorter ones are
    blank in the extra repetitions. With ##DELETE_BLANK_ROW_## a repetition whose placeholders
    are all blank is dropped.
    """

    # (literal, index into the looped fields or None, placeholder printed when not looped)
    layout: tuple[tuple[str, int | None, _Slot | None], ...]
    tail: str
    loop_names: tuple[str, ...]
    delete_blank: bool
    separator: str  # before every repetition but the first ("" when the row ends a line)

    def entry(self, values: ValueMap, html: bool) -> Entry:
        data = tuple(
            (lit, index, "" if slot is None else slot.shown(values, html))
            for lit, index, slot in self.layout
        )
        repetitions = zip_longest(*(_multi(values, n) for n in self.loop_names), fillvalue="")
        if self.delete_blank:
            scalars = tuple(slot.raw(values) for _, _, slot in self.layout if slot is not None)
            if _is_blank(scalars):
                repetitions = (r for r in repetitions if not _is_blank(r))
        # (text printed before the repetition, the looped values)
        rows = tuple((self.separator if i else "", r) for i, r in enumerate(repetitions))
        return (_LOOP_ROW, data, self.tail, None, rows)


_Segment = _Run | _BlankRow | _LoopRow


# ----------------------------------------------------------------------------- analysis


@dataclass(slots=True)
class _Row:
    parts: list[str | _Slot] = dataclasses.field(default_factory=list)
    blank_marker: Token | None = None
    has_unknown: bool = False
    terminated: bool = False

    def add_text(self, text: str) -> None:
        if self.parts and isinstance(self.parts[-1], str):
            self.parts[-1] += text
        else:
            self.parts.append(text)

    @property
    def slots(self) -> list[_Slot]:
        return [p for p in self.parts if isinstance(p, _Slot)]

    def empty(self) -> bool:
        return not self.parts and self.blank_marker is None


@dataclass(frozen=True, slots=True)
class Analysis:
    """A parsed template: its segments, whether it is HTML, and every warning."""

    field: str
    html: bool
    segments: tuple[_Segment, ...]
    warnings: tuple[EngineWarning, ...]
    placeholders: tuple[Token, ...]  # the known placeholders, with their positions


# Small caches: a few templates are open at a time, and a big template's analysis is big.
@lru_cache(maxsize=64)
def analyze(text: str, field: str) -> Analysis:
    """Parse *text* of one field ('title', 'sender' or 'body') and check it; cached by text."""
    tokens, syntax_warnings = parse(text, field)
    index = placeholder_index()
    # Only a body can be HTML; the decision looks at the template's own text, never at values.
    html = field == "body" and looks_like_html(
        "".join(t.text for t in tokens if t.kind is TokenKind.TEXT)
    )
    row_end = _HTML_ROW_END if html else _TEXT_ROW_END
    warnings = list(syntax_warnings)
    known: list[Token] = []
    rows: list[_Row] = []
    row = _Row()
    for token in tokens:
        if token.kind is TokenKind.TEXT:
            start = 0
            for end_match in row_end.finditer(token.text):
                row.add_text(token.text[start : end_match.end()])
                row.terminated = True
                rows.append(row)
                row = _Row()
                start = end_match.end()
            if start < len(token.text):
                row.add_text(token.text[start:])
        elif token.kind is TokenKind.DELETE_BLANK_ROW:
            row.blank_marker = row.blank_marker or token
        else:
            placeholder = index.get(token.name)
            if placeholder is None:
                warnings.append(_warn(token, field, UNKNOWN_PLACEHOLDER, _unknown(token, index)))
                row.add_text(token.text)
                row.has_unknown = True
                continue
            known.append(token)
            loop = token.loop and placeholder.multi
            if token.loop and not placeholder.multi:
                warnings.append(_warn(token, field, LOOP_NOT_MULTI, _not_multi(placeholder)))
            row.parts.append(_Slot(placeholder.name, placeholder.multi, loop))
    if not row.empty():
        rows.append(row)

    segments = _segments(rows, html, field, warnings)
    warnings.sort(key=lambda w: (w.line, w.column))
    return Analysis(field, html, segments, tuple(warnings), tuple(known))


def _segments(
    rows: list[_Row], html: bool, field: str, warnings: list[EngineWarning]
) -> tuple[_Segment, ...]:
    segments: list[_Segment] = []
    pending: list[str | _Slot] = []  # the current run's parts

    def literal(text: str) -> str:
        return Markup(text) if html else text

    def close_run() -> None:
        if pending:
            segments.append(_run(pending, literal))
            pending.clear()

    for row in rows:
        slots = row.slots
        loop_names = tuple(dict.fromkeys(s.name for s in slots if s.loop))
        if loop_names:
            close_run()
            separator = "" if row.terminated else literal("<br>\n" if html else "\n")
            run = _run(row.parts, literal)
            segments.append(
                _LoopRow(
                    _layout(run, loop_names),
                    run.tail,
                    loop_names,
                    row.blank_marker is not None,
                    separator,
                )
            )
        elif row.blank_marker is not None and not row.has_unknown:
            close_run()
            if not slots:
                marker = row.blank_marker
                warnings.append(
                    _warn(marker, field, BLANK_ROW_WITHOUT_PLACEHOLDER, _blank_row_empty())
                )
                continue  # every placeholder (there are none) is empty: the row is dropped
            segments.append(_BlankRow(_run(row.parts, literal)))
        else:
            # An unknown placeholder prints as typed, so such a row is never blank: plain row.
            pending.extend(row.parts)
    close_run()
    return tuple(segments)


def _run(parts: Sequence[str | _Slot], literal: Callable[[str], str]) -> _Run:
    literals: list[str] = [""]
    slots: list[_Slot] = []
    for part in parts:
        if isinstance(part, _Slot):
            slots.append(part)
            literals.append("")
        else:
            literals[-1] += part
    names = None if any(s.multi for s in slots) else tuple(s.name for s in slots)
    return _Run(
        tuple(literal(t) for t in literals[:-1]), tuple(slots), literal(literals[-1]), names
    )


def _layout(
    run: _Run, loop_names: tuple[str, ...]
) -> tuple[tuple[str, int | None, _Slot | None], ...]:
    return tuple(
        (lit, loop_names.index(slot.name), None) if slot.loop else (lit, None, slot)
        for lit, slot in zip(run.literals, run.slots, strict=True)
    )


def _warn(token: Token, field: str, code: str, message: str) -> EngineWarning:
    return EngineWarning(field, token.line, token.column, code, message)


def _unknown(token: Token, index: Mapping[str, Placeholder]) -> str:
    upper = token.name.upper()
    if upper != token.name and upper in index:
        hint = f"項目名は大文字で「{index[upper].token}」と書いてください。"
    else:
        close = difflib.get_close_matches(upper, list(index), n=1, cutoff=0.75)
        hint = f"「{index[close[0]].token}」の間違いではありませんか。" if close else ""
    return (
        f"「{token.text}」は差し込み項目の一覧にない名前のため、値に置き換わらず"
        f"文字のまま表示されます。{hint}使える項目名は差し込み項目の一覧で確認してください。"
    )


def _not_multi(placeholder: Placeholder) -> str:
    return (
        f"「{placeholder.token}」({placeholder.label})は値が1つの項目のため、{ISLOOP} では"
        "繰り返されず、行は1回だけ表示されます。繰り返しは備考(DEL_MEMO)など"
        "複数の値を持つ項目に使ってください。"
    )


def _blank_row_empty() -> str:
    return (
        f"この行には差し込み項目がないため、{DELETE_BLANK_ROW} により行ごと常に削除されます。"
        f"行を残すなら {DELETE_BLANK_ROW} を消してください。"
    )


# ----------------------------------------------------------------------------- compile

# The one jinja program, written here once and never built from a template: it walks the entries
# the segments produce. A jinja compile costs milliseconds (more than the preview's whole budget of
# 1.67 ms), so compiling per template would make every edit that adds a directive stall the
# preview; with a fixed program no seller text can reach jinja's parser by construction.
PROGRAM = (
    "{% for kind, pairs, tail, check, rows in program %}"
    "{% if kind == 0 %}"
    "{% for a, b in pairs %}{{ a }}{{ b }}{% endfor %}{{ tail }}"
    "{% elif kind == 1 %}"
    "{% if check is not blank %}{% for a, b in pairs %}{{ a }}{{ b }}{% endfor %}{{ tail }}"
    "{% endif %}"
    "{% else %}"
    "{% for sep, xs in rows %}{{ sep }}"
    "{% for a, i, b in pairs %}{{ a }}{% if i is none %}{{ b }}{% else %}{{ xs[i] }}{% endif %}"
    "{% endfor %}{{ tail }}"
    "{% endfor %}"
    "{% endif %}"
    "{% endfor %}"
)


def _environment(autoescape: bool) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        autoescape=autoescape,
        undefined=StrictUndefined,  # every variable is ours: a missing one is a bug, not ""
        keep_trailing_newline=True,
        auto_reload=False,
    )
    # The program uses nothing but these two tests: nothing else is reachable at all.
    env.globals.clear()
    env.filters.clear()
    env.tests.clear()
    env.tests["blank"] = _is_blank
    env.tests["none"] = _is_none
    return env


def _is_none(value: object) -> bool:
    return value is None


_HTML_TEMPLATE = _environment(autoescape=True).from_string(PROGRAM)
_TEXT_TEMPLATE = _environment(autoescape=False).from_string(PROGRAM)


@dataclass(frozen=True, slots=True)
class CompiledTemplate:
    """A template ready to render: its analysis and the (shared) jinja program."""

    analysis: Analysis
    template: Template

    @property
    def html(self) -> bool:
        return self.analysis.html

    @property
    def warnings(self) -> tuple[EngineWarning, ...]:
        return self.analysis.warnings

    def program(self, values: ValueMap) -> tuple[Entry, ...]:
        html = self.analysis.html
        return tuple(segment.entry(values, html) for segment in self.analysis.segments)

    def render(self, values: ValueMap) -> str:
        return self.template.render(program=self.program(values))


@lru_cache(maxsize=64)
def compile_template(text: str, field: str) -> CompiledTemplate:
    """The compiled template for one field's text; cached by (text, field)."""
    analysis = analyze(text, field)
    return CompiledTemplate(analysis, _HTML_TEMPLATE if analysis.html else _TEXT_TEMPLATE)
