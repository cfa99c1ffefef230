"""Compile a tokenised template for the sandboxed jinja2 renderer.

No text a seller types ever reaches jinja's parser. A template is turned into *segments* (from its
tokens); at render time the segments and the values become plain data — a flat list of *items*:
the template's literal text as ``Markup`` (or ``str``) and the values as ``str`` — and one fixed
jinja program, written in this module, prints the items. (Wrapping seller text in ``{% raw %}``
would be injectable: ``{% endraw %}{{ 7*7 }}{% raw %}`` renders 49.)

Why one fixed program instead of jinja source generated per template: a jinja compile costs
1.5–3.5 ms here, over the preview's whole 1.67 ms budget, and the preview re-renders on every
keystroke. Segments keep the template's structure, so nothing is lost.

Segments (docs/rules.md §6):

* rows without directives are merged into a *run*: literal, value, literal, value, …, literal;
* a ``##DELETE_BLANK_ROW_##`` row is a run printed only when one of its values is not blank;
* an ``##ISLOOP_`` row is repeated once per value of its multi-valued field(s).

Which rows print, and how often, is decided in Python while the items are made; the jinja program
only prints them, with autoescape. A render costs about one ``escape`` per item, so there are as
few items as the output allows: literal, value, literal, …, literal — literal text is merged at
compile time within a run, and where a kept blank row or a loop row meets its neighbours (the end
of one repetition, the separator and the start of the next are one literal too). The fast path
fills a prepared skeleton of the whole template and patches it for blank and looped rows (see
_Plan); the slow path, segment by segment, gives the same items.

HTML bodies render with autoescape on: literals are the template's own HTML, passed as ``Markup``
(a plain ``str`` where escaping leaves the text as it is); values are plain strings, so jinja
escapes them — each value its own item, also the several values of a multi-valued field, between
``<br>`` literals. Subjects, senders and plain-text bodies render with autoescape off.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import repeat, zip_longest
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from markupsafe import Markup

from qsm_desktop.core.engine.diagnostics import (
    BLANK_ROW_WITHOUT_PLACEHOLDER,
    LOOP_NOT_MULTI,
    TOO_MANY_WARNINGS,
    UNKNOWN_PLACEHOLDER,
    EngineWarning,
)
from qsm_desktop.core.engine.parser import DELETE_BLANK_ROW, ISLOOP, parse_limited
from qsm_desktop.core.engine.placeholders import Placeholder, placeholder_index
from qsm_desktop.core.engine.plaintext import looks_like_html
from qsm_desktop.core.engine.tokens import Token, TokenKind

if TYPE_CHECKING:
    from jinja2 import Template

ValueMap = Mapping[str, "str | Sequence[str]"]
Getter = Callable[[str, Any], Any]  # a ValueMap's bound ``get``

# docs/rules.md §6.2: a row is a line; in HTML it also ends at <br>, </p>, </div>, </li>, </tr>.
# A line break right after such a tag belongs to the same row, so a dropped row leaves no blank line.
MAX_WARNINGS = 100  # per field; see analyze
_TEXT_ROW_END = re.compile(r"\n")
_HTML_ROW_END = re.compile(r"\n|(?:<br\s*/?>|</(?:p|div|li|tr)\s*>)(?:\r?\n)?", re.IGNORECASE)


# ----------------------------------------------------------------------------- literals
#
# Autoescape prints ``markupsafe.escape(item)`` for each item: for a plain ``str`` (a value) that is
# one C call and a Markup, for a ``Markup`` (literal HTML) it is ``Markup(item.__html__())``, and
# ``Markup.__html__`` is a Python function, called twice (escape, then Markup's constructor). A
# template prints about one literal per value, so literals are made cheap to print: see _Html, and
# a literal with nothing to escape is a plain ``str`` (escaping it changes nothing).

_str_new = str.__new__  # str.__new__(_Html, s) wraps s without markupsafe's Python constructor
_str_add = str.__add__  # plain concatenation; Markup + Markup would go through escape
_ESCAPED = re.compile(r"[&<>\"']")  # what markupsafe.escape changes


def _str_from(text: str, start: int) -> str:
    """text[start:] as a plain ``str`` (slicing a Markup runs markupsafe's Python code)."""
    return str.__getitem__(text, slice(start, None))


class _Html(Markup):
    """Literal HTML of a template: a ``Markup`` that jinja prints about as fast as a value.

    One made by :func:`_html` answers ``__html__`` with its text as a plain ``str``, from a builtin
    bound to the instance: no Python call, and Markup's constructor takes it as it is. One made
    otherwise (a literal joined at render time) answers through ``str.__str__``: the same text.
    """

    # A builtin returning a plain str where Markup declares Self: the speed trick above.
    __html__ = str.__str__  # type: ignore[assignment]


def _html(text: str) -> _Html:
    literal: _Html = _str_new(_Html, text)
    # bound to the instance on purpose: jinja calls it with no Python frame (see the class)
    literal.__html__ = str.__str__(text).__str__  # type: ignore[method-assign]
    return literal


def _html_literal(text: str) -> str:
    """Literal text of an HTML body: ``_Html``, or a plain ``str`` when escaping leaves it as it
    is (jinja escapes it, to the same text, through escape's fast path)."""
    return _html(text) if _ESCAPED.search(text) else text


_HTML_BREAK = _html("<br>")


# ----------------------------------------------------------------------------- values

_DEFAULTS = repeat("")  # map(get, names, _DEFAULTS) is get(name, "") for each name


def _all_plain(values: Sequence[object]) -> bool:
    """Every value is a plain ``str``, none a subclass such as ``Markup`` (or not text at all)."""
    return [*map(type, values)].count(str) == len(values)


def _is_blank(value: str | Iterable[Any]) -> bool:
    """Empty or white space only; a list is blank when all its values are."""
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


def _single(get: Getter, name: str) -> str:
    return _plain(get(name, ""), name)


def _multi(get: Getter, name: str) -> tuple[str, ...]:
    value = get(name, ())
    if type(value) is tuple:
        if _all_plain(value):
            return value
    elif isinstance(value, str):  # one text with line breaks, as a seller would type a memo
        return tuple(_plain(value, name).splitlines())
    return tuple(_plain(item, name) for item in value)


@dataclass(frozen=True, slots=True)
class _Slot:
    """A known placeholder in the output."""

    name: str
    multi: bool
    loop: bool  # repeats its row (##ISLOOP_ on a multi-valued field)

    def raw(self, get: Getter) -> str | tuple[str, ...]:
        return _multi(get, self.name) if self.multi else _single(get, self.name)

    def shown(self, get: Getter, brk: str) -> list[str]:
        """Items where the field is not looped: value, or values one per line (*brk* between)."""
        if not self.multi:
            return [_single(get, self.name)]
        values = _multi(get, self.name)
        if len(values) < 2:
            return list(values) or [""]
        items = [brk] * (2 * len(values) - 1)
        items[::2] = values
        return items


def _append(items: list[str], head: str, rest: list[str], kind: type[str]) -> None:
    """Add a segment's output to *items*: *head* joins the literal that ends *items*.

    *kind* is the type of a literal joined at render time: _Html in an HTML body, else str.
    """
    if head:
        last = items[-1]
        items[-1] = _str_new(kind, _str_add(last, head)) if last else head
    items += rest


# ----------------------------------------------------------------------------- segments
#
# Each segment adds its items to the list the jinja program prints (see PROGRAM below). *items*
# always ends with a literal; a segment joins its first literal (head) to it and adds value,
# literal, value, literal, … ending with a literal.


@dataclass(frozen=True, slots=True)
class _Run:
    """Rows without directives: head literal, then value and literal after it, for each slot."""

    head: str  # _Html (or a plain str) in an HTML body, like every literal
    slots: tuple[_Slot, ...]
    after: tuple[str, ...]  # the literal after each slot (the last one ends the run)
    names: tuple[str, ...] | None  # the slot names when none is multi-valued (fast path)
    skeleton: tuple[str | None, ...]  # None, after[0], None, after[1], …: values go at the Nones

    def rest(self, get: Getter, brk: str) -> list[str]:
        """The items after the head."""
        if self.names is not None:
            shown = [*map(get, self.names, _DEFAULTS)]
            if _all_plain(shown):
                items = cast("list[str]", [*self.skeleton])  # the Nones are filled next
                items[::2] = shown
                return items
        items = []
        for slot, literal in zip(self.slots, self.after, strict=True):
            items += slot.shown(get, brk)
            items.append(literal)
        return items

    def emit(self, items: list[str], get: Getter, brk: str, kind: type[str]) -> None:
        _append(items, self.head, self.rest(get, brk), kind)


@dataclass(frozen=True, slots=True)
class _BlankRow:
    """A ##DELETE_BLANK_ROW_## row: printed unless all its placeholders are blank."""

    run: _Run

    def emit(self, items: list[str], get: Getter, brk: str, kind: type[str]) -> None:
        run = self.run
        if run.names is not None:
            shown = [*map(get, run.names, _DEFAULTS)]
            if _all_plain(shown):
                if any(map(str.strip, shown)):
                    rest = cast("list[str]", [*run.skeleton])  # the Nones are filled next
                    rest[::2] = shown
                    _append(items, run.head, rest, kind)
                return
        if not _is_blank(tuple(slot.raw(get) for slot in run.slots)):
            _append(items, run.head, run.rest(get, brk), kind)


@dataclass(frozen=True, slots=True)
class _LoopRow:
    """An ##ISLOOP_ row, repeated once per value of its multi-valued field(s).

    Several looped fields in one row advance together (like table columns); the shorter ones are
    blank in the extra repetitions. With ##DELETE_BLANK_ROW_## a repetition whose placeholders
    are all blank is dropped.
    """

    head: str
    # per slot: index into the looped fields, or None and the placeholder printed when not looped
    layout: tuple[tuple[int | None, _Slot | None], ...]
    after: tuple[str, ...]  # the literal after each slot; the last one is the row's tail
    joint: str  # between two repetitions: tail, separator, head
    loop_names: tuple[str, ...]
    delete_blank: bool

    def values(self, get: Getter) -> tuple[str, ...]:
        """The values of a row whose only placeholder is the looped one (each one repetition)."""
        values = _multi(get, self.loop_names[0])
        return (*filter(str.strip, values),) if self.delete_blank else values

    def body(self, get: Getter, brk: str) -> list[str]:
        """The items after the head: every repetition, joined; empty when there is none."""
        layout = self.layout
        if len(layout) == 1:  # the row's only placeholder is the looped one: one item each
            values = self.values(get)
            if not values:
                return []
            rest = [self.joint] * (2 * len(values))
            rest[::2] = values
            rest[-1] = self.after[0]
            return rest
        columns = [_multi(get, name) for name in self.loop_names]
        fixed = [None if slot is None else slot.shown(get, brk) for _, slot in layout]
        repetitions: Iterable[tuple[str, ...]] = zip_longest(*columns, fillvalue="")
        if self.delete_blank:
            scalars = tuple(slot.raw(get) for _, slot in layout if slot is not None)
            if _is_blank(scalars):
                repetitions = (r for r in repetitions if not _is_blank(r))
        rest = []
        for repetition in repetitions:
            for (index, _), shown, literal in zip(layout, fixed, self.after, strict=True):
                if shown is None:
                    # index is set for every looped slot (shown is None exactly there)
                    rest.append(repetition[index])  # type: ignore[index]
                else:
                    rest += shown
                rest.append(literal)
            rest[-1] = self.joint
        if rest:
            rest[-1] = self.after[-1]
        return rest

    def emit(self, items: list[str], get: Getter, brk: str, kind: type[str]) -> None:
        rest = self.body(get, brk)
        if rest:
            _append(items, self.head, rest, kind)


_Segment = _Run | _BlankRow | _LoopRow


# ----------------------------------------------------------------------------- fast plan
#
# The fast path, for a template whose runs and blank rows have no multi-valued field (every catalog
# template) when the values are plain strings. The items of the whole template are filled into a
# prepared *skeleton* with one slice assignment — runs and blank rows as if every blank row were
# kept, loop rows as if they had no repetition — and the skeleton is then *patched* from its end
# to its start (so a patch never moves what is still to be patched): a blank row that is blank is
# cut out, a loop row's repetitions are put in. Where a patch meets a literal it joins it; the
# joined literal was prepared at compile time unless a later patch changed that literal.
#
# A template's plan is built on its second render (see CompiledTemplate): the first one takes the
# slow path, which gives the same items.


@dataclass(frozen=True, slots=True)
class _CutBlankRow:
    """Cut a ##DELETE_BLANK_ROW_## row out of the skeleton when all its values are blank."""

    first: int  # its first value in the fetched values
    count: int  # how many values it has
    start: int  # the item (literal) ending with the row's head
    end: int  # the item (literal) starting with the row's last literal
    prefix: str  # what items[start] has before the head
    cut: int  # the length of the row's last literal: items[end][cut:] follows the row
    end_literal: str  # items[end] in the skeleton
    joined: str  # prefix + end_literal[cut:], what replaces the row when items[end] is unchanged
    kind: type[str]  # of a literal joined at render time: _Html in an HTML body, else str

    def apply(self, items: list[str], shown: Sequence[str], get: Getter) -> None:
        first = self.first
        if self.count == 1:
            if shown[first].strip():
                return
        elif any(map(str.strip, shown[first : first + self.count])):
            return
        end = items[self.end]
        if end is self.end_literal:
            joined = self.joined
        else:  # a patch after this row changed that literal
            joined = _str_new(self.kind, _str_add(self.prefix, _str_from(end, self.cut)))
        items[self.start : self.end + 1] = (joined,)


@dataclass(frozen=True, slots=True)
class _PutLoopRow:
    """Put an ##ISLOOP_ row's repetitions into the skeleton literal where the row stands."""

    row: _LoopRow
    name: str | None  # the looped field when it is the row's only placeholder (fast path)
    at: int  # the item (literal) the row goes into
    split: int  # the length of what comes before the row in items[at]
    opening: str  # items[at][:split] + the row's head
    at_literal: str  # items[at] in the skeleton
    closing: str  # the row's tail + at_literal[split:]: its last item if items[at] is unchanged
    brk: str  # between the values of a multi-valued field that is not looped
    kind: type[str]  # of a literal joined at render time: _Html in an HTML body, else str

    def apply(self, items: list[str], shown: Sequence[str], get: Getter) -> None:
        row = self.row
        name = self.name
        if name is None:
            rest = row.body(get, self.brk)
            if not rest:
                return
        else:  # _LoopRow.body, inlined for the usual values: a tuple of plain, non-blank str
            values = get(name, ())
            if type(values) is tuple:
                for value in values:
                    if type(value) is not str or not value.strip():
                        values = row.values(get)
                        break
            else:
                values = row.values(get)
            if not values:
                return
            rest = [row.joint] * (2 * len(values))
            rest[::2] = values
        at = self.at
        here = items[at]
        if here is self.at_literal:
            rest[-1] = self.closing
        else:  # a patch after this row changed that literal
            rest[-1] = _str_new(self.kind, _str_add(row.after[-1], _str_from(here, self.split)))
        items[at] = self.opening
        items[at + 1 : at + 1] = rest


@dataclass(frozen=True, slots=True)
class _Plan:
    """A template's fast path: its skeleton, the values that fill it, and the patches."""

    names: tuple[str, ...]  # the values filled into the skeleton, in order
    fetch: Callable[[Any], tuple[Any, ...]] | None  # itemgetter(*names), for two names or more
    skeleton: tuple[str | None, ...]  # literal, None, literal, None, …, literal
    patches: tuple[_CutBlankRow | _PutLoopRow, ...]  # from the end of the template

    def items(self, values: ValueMap) -> list[str] | None:
        """The template's items, or None when a value is not a plain ``str`` (slow path)."""
        get = values.get
        shown: Sequence[Any]
        # An exact dict only: its [] is .get (no __missing__), and a missing name is rare.
        if self.fetch is not None and type(values) is dict:
            try:
                shown = self.fetch(values)
            except KeyError:
                shown = (*map(get, self.names, _DEFAULTS),)
        else:
            shown = (*map(get, self.names, _DEFAULTS),)
        if [*map(type, shown)].count(str) != len(shown):  # not _all_plain: slow path
            return None
        items = cast("list[str]", [*self.skeleton])  # the Nones are filled next
        items[1::2] = shown
        for patch in self.patches:
            patch.apply(items, shown, get)
        return items


def _plan(segments: Sequence[_Segment], html: bool) -> _Plan | None:
    """The fast plan of a template, or None when a run or blank row has a multi-valued field."""
    literal: Callable[[str], str] = _html_literal if html else str
    kind = _Html if html else str
    brk = _HTML_BREAK if html else "\n"

    def join(*parts: str) -> str:
        return literal("".join(parts))

    skeleton: list[Any] = [""]
    names: list[str] = []
    # (segment position, row, skeleton index, what comes before the row there)
    loops: list[tuple[int, _LoopRow, int, str]] = []
    # (segment position, run, index of its first value, its first and last literal, prefix)
    blanks: list[tuple[int, _Run, int, int, int, str]] = []
    for position, segment in enumerate(segments):
        if isinstance(segment, _LoopRow):
            at = len(skeleton) - 1
            loops.append((position, segment, at, skeleton[at]))
            continue
        run = segment.run if isinstance(segment, _BlankRow) else segment
        if run.names is None:
            return None
        start = len(skeleton) - 1
        prefix = skeleton[start]
        skeleton[start] = join(prefix, run.head)
        first = len(names)
        names += run.names
        skeleton += run.skeleton
        if isinstance(segment, _BlankRow):
            blanks.append((position, run, first, start, len(skeleton) - 1, prefix))

    patches: list[tuple[int, _CutBlankRow | _PutLoopRow]] = []
    for position, row, at, prefix in loops:
        here = skeleton[at]
        name = row.loop_names[0] if len(row.layout) == 1 else None
        split = len(prefix)
        opening, closing = join(prefix, row.head), join(row.after[-1], here[split:])
        put = _PutLoopRow(row, name, at, split, opening, here, closing, brk, kind)
        patches.append((position, put))
    for position, run, first, start, end, prefix in blanks:
        end_literal = skeleton[end]
        cut = len(run.after[-1])
        joined = join(prefix, end_literal[cut:])
        count = len(run.slots)
        cut_row = _CutBlankRow(first, count, start, end, prefix, cut, end_literal, joined, kind)
        patches.append((position, cut_row))
    patches.sort(key=lambda p: p[0], reverse=True)  # from the end: a patch moves what follows it
    fetch = itemgetter(*names) if len(names) > 1 else None
    return _Plan(tuple(names), fetch, tuple(skeleton), tuple(p for _, p in patches))


# ----------------------------------------------------------------------------- analysis


@dataclass(slots=True)
class _Row:
    parts: list[str | _Slot] = dataclasses.field(default_factory=list)
    blank_marker: Token | None = None
    has_unknown: bool = False
    terminated: bool = False

    def add_text(self, text: str) -> None:
        self.parts.append(text)  # neighbouring texts are joined once, by _split

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
    tokens, syntax_warnings, syntax_more = parse_limited(text, field, MAX_WARNINGS)
    index = placeholder_index()
    # Only a body can be HTML; the decision looks at the template's own text, never at values.
    html = field == "body" and looks_like_html(
        "".join(t.text for t in tokens if t.kind is TokenKind.TEXT)
    )
    row_end = _HTML_ROW_END if html else _TEXT_ROW_END
    # Each stream of warnings comes in the order of the text; keeping the first MAX_WARNINGS
    # of each keeps the first MAX_WARNINGS of all (the rest is only counted).
    warnings = _Capped()
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
                warnings.add(token, field, UNKNOWN_PLACEHOLDER, partial(_unknown, token, index))
                row.add_text(token.text)
                row.has_unknown = True
                continue
            known.append(token)
            loop = token.loop and placeholder.multi
            if token.loop and not placeholder.multi:
                warnings.add(token, field, LOOP_NOT_MULTI, partial(_not_multi, placeholder))
            row.parts.append(_Slot(placeholder.name, placeholder.multi, loop))
    if not row.empty():
        rows.append(row)

    row_warnings = _Capped()
    segments = _segments(rows, html, field, row_warnings)
    everything = [*syntax_warnings, *warnings, *row_warnings]
    everything.sort(key=lambda w: (w.line, w.column))
    more = syntax_more + warnings.more + row_warnings.more
    if len(everything) > MAX_WARNINGS or more:
        # A pasted file of "{$_" has 66,000 of them: the seller reads the first ones, and a
        # table of them all would cost the preview seconds. The rest is counted, not listed.
        shown = everything[:MAX_WARNINGS]
        last = shown[-1]
        more += len(everything) - len(shown)
        everything = shown
        everything.append(
            EngineWarning(
                field,
                last.line,
                last.column,
                TOO_MANY_WARNINGS,
                f"このあとにも同じような問題がほか{more}件あります。最初のものから直してください。",
            )
        )
    return Analysis(field, html, segments, tuple(everything), tuple(known))


class _Capped(list[EngineWarning]):
    """The first MAX_WARNINGS warnings of one stream, and how many more there were: a warning
    past the limit is counted without being made (a pasted file can hold 66,000)."""

    def __init__(self) -> None:
        super().__init__()
        self.more = 0

    def add(self, token: Token, field: str, code: str, message: Callable[[], str]) -> None:
        if len(self) < MAX_WARNINGS:
            self.append(_warn(token, field, code, message()))
        else:
            self.more += 1


def _segments(rows: list[_Row], html: bool, field: str, warnings: _Capped) -> tuple[_Segment, ...]:
    segments: list[_Segment] = []
    pending: list[str | _Slot] = []  # the current run's parts

    literal: Callable[[str], str] = _html_literal if html else str

    def close_run() -> None:
        if pending:
            segments.append(_run(pending, literal))
            pending.clear()

    for row in rows:
        slots = row.slots
        loop_names = tuple(dict.fromkeys(s.name for s in slots if s.loop))
        if loop_names:
            close_run()
            separator = "" if row.terminated else "<br>\n" if html else "\n"
            segments.append(
                _loop_row(row.parts, loop_names, row.blank_marker is not None, separator, literal)
            )
        elif row.blank_marker is not None and not row.has_unknown:
            close_run()
            if not slots:
                marker = row.blank_marker
                warnings.add(marker, field, BLANK_ROW_WITHOUT_PLACEHOLDER, _blank_row_empty)
                continue  # every placeholder (there are none) is empty: the row is dropped
            segments.append(_BlankRow(_run(row.parts, literal)))
        else:
            # An unknown placeholder prints as typed, so such a row is never blank: plain row.
            pending.extend(row.parts)
    close_run()
    return tuple(segments)


def _split(parts: Sequence[str | _Slot]) -> tuple[str, list[_Slot], list[str]]:
    """The text before the first slot, the slots, and the text after each slot.

    Each text is joined once: appending to one string (``texts[-1] += part``) copies it every
    time, quadratic in a long run of rows (a 1.9 MB body took 70 s).
    """
    texts: list[str] = []
    pieces: list[str] = []
    slots: list[_Slot] = []
    for part in parts:
        if isinstance(part, _Slot):
            slots.append(part)
            texts.append("".join(pieces))
            pieces.clear()
        else:
            pieces.append(part)
    texts.append("".join(pieces))
    return texts[0], slots, texts[1:]


def _run(parts: Sequence[str | _Slot], literal: Callable[[str], str]) -> _Run:
    head, slots, after = _split(parts)
    literals = tuple(literal(text) for text in after)
    names = None if any(s.multi for s in slots) else tuple(s.name for s in slots)
    skeleton = tuple(item for text in literals for item in (None, text))
    return _Run(literal(head), tuple(slots), literals, names, skeleton)


def _loop_row(
    parts: Sequence[str | _Slot],
    loop_names: tuple[str, ...],
    delete_blank: bool,
    separator: str,
    literal: Callable[[str], str],
) -> _LoopRow:
    head, slots, after = _split(parts)
    layout = tuple(
        (loop_names.index(slot.name), None) if slot.loop else (None, slot) for slot in slots
    )
    return _LoopRow(
        literal(head),
        layout,
        tuple(literal(text) for text in after),
        literal(after[-1] + separator + head),
        loop_names,
        delete_blank,
    )


def _warn(token: Token, field: str, code: str, message: str) -> EngineWarning:
    return EngineWarning(field, token.line, token.column, code, message)


def _unknown(token: Token, index: Mapping[str, Placeholder]) -> str:
    return _unknown_message(token.text, token.name)


@lru_cache(maxsize=1024)
def _unknown_message(text: str, name: str) -> str:
    """Cached by the token: the close-match search costs ~40 µs, once per spelling is enough."""
    index = placeholder_index()
    upper = name.upper()
    if upper != name and upper in index:
        hint = f"項目名は大文字で「{index[upper].token}」と書いてください。"
    else:
        close = difflib.get_close_matches(upper, list(index), n=1, cutoff=0.75)
        hint = f"「{index[close[0]].token}」の間違いではありませんか。" if close else ""
    return (
        f"「{text}」は差し込み項目の一覧にない名前のため、値に置き換わらず"
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

# The one jinja program, written here once and never built from a template: it prints the items
# the segments produce (autoescape escapes the values; literals are Markup). A jinja compile costs
# milliseconds (more than the preview's whole budget of 1.67 ms), so compiling per template would
# make every edit that adds a directive stall the preview; with a fixed program no seller text can
# reach jinja's parser by construction.
#
# It takes the items sixteen at a time, then the rest one by one: fewer jinja loop steps, ~4% of a
# render of a catalog template (dozens of items).
_CHUNK = 16
_NAMES = [f"i{n}" for n in range(_CHUNK)]
PROGRAM = (
    f"{{% for {', '.join(_NAMES)} in chunks %}}"
    + "".join(f"{{{{ {name} }}}}" for name in _NAMES)
    + "{% endfor %}{% for item in rest %}{{ item }}{% endfor %}"
)


_concat = "".join  # what jinja2.utils.concat is, without importing jinja for it


@cache
def _program(autoescape: bool) -> Template:
    """The program, with autoescape for HTML bodies or without; compiled on first use.

    Not at import: a jinja compile costs milliseconds, and callers that only scan templates
    (the syntax highlighter, the setup check) never render. jinja itself is imported here too.
    """
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
        autoescape=autoescape,
        undefined=StrictUndefined,  # every variable is ours: a missing one is a bug, not ""
        keep_trailing_newline=True,
        auto_reload=False,
    )
    # The program uses no global, filter or test: nothing else is reachable at all.
    env.globals.clear()
    env.filters.clear()
    env.tests.clear()
    template = env.from_string(PROGRAM)
    # The environment has no globals; a plain dict spares every render jinja's ChainMap walk.
    template.globals = {}
    return template


class _Later:
    """A compiled template's fast plan not built yet (see CompiledTemplate.plan)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NOT_RENDERED = _Later("NOT_RENDERED")
RENDERED_ONCE = _Later("RENDERED_ONCE")


@dataclass(frozen=True, slots=True)
class CompiledTemplate:
    """A template ready to render: its analysis and the (shared) jinja program.

    ``plan`` is the fast path (see _Plan), built on the template's *second* render: the preview
    compiles a new template on every keystroke and renders it once, and building the plan costs
    more (~20 µs for a catalog template) than it saves on one render (~6 µs); a template that is
    rendered again (a cached title, a registration's bulk check) pays for it once. None: no plan
    (a run or blank row has a multi-valued field), every render takes the slow path.
    """

    analysis: Analysis
    template: Template
    # Not compared or hashed: it changes as the template is rendered, the template does not.
    plan: _Plan | _Later | None = dataclasses.field(default=NOT_RENDERED, compare=False)

    @property
    def html(self) -> bool:
        return self.analysis.html

    @property
    def warnings(self) -> tuple[EngineWarning, ...]:
        return self.analysis.warnings

    def _fast_plan(self) -> _Plan | None:
        """The plan for this render: None on the first one (slow path), built on the second."""
        plan = self.plan
        if isinstance(plan, _Later):
            if plan is NOT_RENDERED:
                object.__setattr__(self, "plan", RENDERED_ONCE)  # frozen for callers, not for us
                return None
            # Two threads may both build it: the same plan, and either one is kept.
            plan = _plan(self.analysis.segments, self.analysis.html)
            object.__setattr__(self, "plan", plan)
        return plan

    def program(self, values: ValueMap) -> list[str]:
        """The items the jinja program prints: literal, value, literal, … (no empty ends)."""
        plan = self._fast_plan()
        items = None if plan is None else plan.items(values)
        if items is None:  # the slow path: segment by segment
            html = self.analysis.html
            brk, kind = (_HTML_BREAK, _Html) if html else ("\n", str)
            items = [""]
            get = values.get
            for segment in self.analysis.segments:
                segment.emit(items, get, brk, kind)
        if not items[-1]:
            items.pop()
        if items and not items[0]:
            del items[0]
        return items

    def render(self, values: ValueMap) -> str:
        items = self.program(values)
        whole = len(items) - len(items) % _CHUNK
        chunks = zip(*[iter(items)] * _CHUNK, strict=False)  # drops a last, partial chunk
        # What Template.render(chunks=…, rest=…) does, less its per-call extras (copying the
        # variables, merging globals — there are none): ~2% of a render.
        template = self.template
        context = template.new_context({"chunks": chunks, "rest": items[whole:]}, shared=True)
        try:
            return _concat(template.root_render_func(context))
        except Exception:
            template.environment.handle_exception()


@lru_cache(maxsize=64)
def compile_template(text: str, field: str) -> CompiledTemplate:
    """The compiled template for one field's text; cached by (text, field)."""
    analysis = analyze(text, field)
    return CompiledTemplate(analysis, _program(autoescape=analysis.html))
