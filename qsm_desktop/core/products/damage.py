"""Spreadsheet damage in the identifier columns (docs/rules.md §9.10).

A product CSV opened and saved again in Excel or LibreOffice comes back with its codes changed:
a long number in exponent notation (``9.87654321012346E+018``; the digits are gone), a code that
looked like a date turned into one (``3-4`` → ``03/04/26`` or ``2026/03/04``), leading zeros
dropped (``00123`` → ``123``). The integration services then match no product. The first two
are seen in the cell alone (:func:`damage_code`, used by the link check); a lost zero only
against the same product's code in the previous import, whose rows a re-import deletes — so the
import compares while both are at hand (:class:`ZeroWatch`) and keeps what it found in the
import log (``product_import.damage``, schema 6), where the link check reads it back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, filterfalse
from operator import itemgetter, methodcaller
from typing import Any

from qsm_desktop.core.products.cells import SEPARATOR, unpack
from qsm_desktop.core.products.columns import GOODS, INVENTORY, FileKind

EXPONENT = "code-exponent"
DATE = "code-date"
ZEROS_LOST = "code-zeros-lost"

# How spreadsheets write a number in scientific format: one digit, an optional fraction (a comma
# in locales that write decimals so), and an exponent that always has its sign. A code such as
# 1E5 (no sign) is left alone: no spreadsheet writes that form.
_EXPONENT = re.compile(r"[+-]?[0-9](?:[.,][0-9]+)?[eE][+-][0-9]{1,3}", re.ASCII)
_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
# 03/04/26, 3/4/2026, 2026/03/04, 04.03.2026, 2026-03-04 (a hyphenated code like 10-11-12 is
# not a date to us: product codes are written that way, and spreadsheets turn 3-4 into a
# slashed or month-name form, not back into hyphens).
_NUMERIC_DATE = re.compile(
    r"([0-9]{1,4})([/.])([0-9]{1,2})\2([0-9]{1,4})" + _TIME + "|"
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})" + _TIME,
    re.ASCII,
)
_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# 4-Mar, 04-Mar-26, Mar-26 (Excel in English), 3月4日, 2026年3月4日 (Excel in Japanese).
_WORD_DATE = re.compile(
    rf"[0-9]{{1,2}}-{_MONTH}(?:-[0-9]{{2,4}})?|{_MONTH}-[0-9]{{2,4}}|"
    r"(?:[0-9]{4}年)?(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])日"
)


# The quick filter of the link check, run on every row: every damaged form has "+", "/", ".",
# or "月" in it (C-level substring tests on the row's identifier cells joined), or else a hyphen
# in one of these places (an ISO date, a month name, a negative exponent).
_HYPHEN_FORMS = re.compile(
    r"[0-9]{4}-[0-9]|[0-9]{1,2}-[A-Z][a-z]{2}|[A-Z][a-z]{2}-[0-9]|[0-9](?:[.,][0-9]+)?[eE]-"
).match


def may_be_damaged(cells: tuple[str, ...]) -> bool:
    """Whether any of a row's identifier cells may have a spreadsheet's form (:func:`damage_code`
    decides); about a third of one regex search over the joined cells, which cost the check of
    400,000 rows most of a second."""
    text = "\x1f".join(cells)
    return (
        "+" in text
        or "/" in text
        or "." in text
        or "月" in text
        or ("-" in text and any(map(_HYPHEN_FORMS, filterfalse(str.isdigit, cells))))
    )


def damage_code(cell: str) -> str | None:
    """``code-exponent`` / ``code-date`` when a code cell has a spreadsheet's form, else None."""
    if not cell or not cell[0].isascii():
        return None
    if _EXPONENT.fullmatch(cell):
        return EXPONENT
    match = _NUMERIC_DATE.fullmatch(cell)
    if match is not None:
        numbers = [int(g) for g in match.groups() if g is not None and g.isdigit()]
        return DATE if _plausible(*numbers[:3]) else None
    if _WORD_DATE.fullmatch(cell):
        return DATE
    return None


def _plausible(a: int, b: int, c: int) -> bool:
    """Whether some reading of a/b/c (Y/M/D, M/D/Y, D/M/Y) is a calendar date."""
    month, day = range(1, 13), range(1, 32)
    return (b in month and (c in day or a in day)) or (a in month and b in day)


def code_columns(kind: FileKind) -> tuple[str, ...]:
    return tuple(c.header for c in kind.columns if c.code)


# -- leading zeros, against the previous import ----------------------------------------------------

_OPTION_TEXTS = ("オプション", "詳細1", "オプション2", "詳細2", "オプション3", "詳細3")
# What makes a row "the same product (option)" in two imports, for each identifier column: the
# other identifiers, as the damaged column itself cannot be trusted.
_KEYS: dict[tuple[str, str], tuple[str, ...]] = {
    (GOODS.slug, "商品番号"): ("販売者コード",),
    (GOODS.slug, "販売者コード"): ("商品番号",),
    (INVENTORY.slug, "商品番号"): ("販売者コード", *_OPTION_TEXTS),
    (INVENTORY.slug, "販売者コード"): ("商品番号",),
    (INVENTORY.slug, "オプションコード"): ("商品番号", *_OPTION_TEXTS),
}

# A stored row with a cell that starts with 0 and a digit (SQLite's GLOB, in C): only these rows
# of the previous snapshot can hold a code whose zeros may be lost. JSON-packed rows (a cell with
# U+001F in it, see cells.py) start with "[" and are read whole.
_ZERO_LED_ROWS = (
    """WHERE "cells" GLOB '0[0-9]*' OR "cells" GLOB ('*' || char(31) || '0[0-9]*') """
    """OR "cells" GLOB '[[]*'"""
)
# The same rows on PostgreSQL (no GLOB there): a cell led by 0 and a digit, or a leading "[".
_PG_ZERO_LED_ROWS = """WHERE "cells" ~ ('(^|' || chr(31) || ')0[0-9]') OR "cells" LIKE '[%'"""


_FETCH_ROWS = 4096

# A code a spreadsheet would shorten: digits only, led by a zero (not "0" itself).
_ZERO_LED = re.compile(r"0[0-9]+", re.ASCII).fullmatch


@dataclass(frozen=True, slots=True)
class LostZeros:
    """A code that was ``expected`` in an earlier import (``previous``: when, which file) and
    is ``value`` now; ``key``: the row's other identifiers, which say it is the same product."""

    line: int
    column: str
    value: str
    expected: str
    item_no: str
    previous: str
    key: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "expected": self.expected,
            "item_no": self.item_no,
            "previous": self.previous,
            "key": list(self.key),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LostZeros:
        return cls(
            line=int(data["line"]),
            column=str(data["column"]),
            value=str(data["value"]),
            expected=str(data["expected"]),
            item_no=str(data["item_no"]),
            previous=str(data["previous"]),
            key=tuple(data["key"]),
        )


def stored_lost_zeros(import_id: int, conn: Any) -> list[LostZeros]:
    """What the import ``import_id`` found (its row of the import log)."""
    row = conn.execute('SELECT "damage" FROM "product_import" WHERE "id" = ?', (import_id,))
    found = row.fetchone()
    return [LostZeros.from_json(d) for d in json.loads(found[0])] if found else []


class ZeroWatch:
    """The zero-led codes of the previous snapshot of one kind, and the rows that lost them.

    Built before the previous rows are deleted; :meth:`scan` then sees each chunk of the new
    file (fast path and row-by-row path alike, before either runs) and costs one C-level set
    intersection per identifier column and chunk — nothing at all when the previous file had no
    zero-led code, which is the common case.
    """

    def __init__(
        self,
        kind: FileKind,
        positions: dict[str, int],
        width: int,
        previous: tuple[int, str, Sequence[str]] | None,
        conn: Any,
    ) -> None:
        """``positions``/``width``: the new file's columns; ``previous``: the previous import's
        (id, "when and which file" for the message, header), None when this kind was never
        imported."""
        self.kind = kind
        self._width = width
        self._item = positions["商品番号"]
        self.found: list[LostZeros] = []
        # column → {(key cells) → expected code}; which import had it (the previous one unless
        # carried forward from an earlier one, see below)
        self._expected: dict[str, dict[tuple[str, ...], str]] = {}
        self._where: dict[tuple[str, tuple[str, ...]], str] = {}
        self._described = ""
        # (column, its cell index, the damaged forms, the key's cell indexes)
        self._wanted: list[tuple[str, int, frozenset[str], list[int]]] = []
        if previous is None:
            return
        import_id, described, header = previous
        self._described = described
        try:
            old_positions = kind.positions(header)
        except ValueError:
            return
        self._collect(conn, old_positions)
        # A code already reported lost by the previous import is still expected in its old form:
        # importing the damaged file twice must not make the damage the new normal.
        for lost in stored_lost_zeros(import_id, conn):
            self._expected.setdefault(lost.column, {})[lost.key] = lost.expected
            self._where[(lost.column, lost.key)] = lost.previous
        for column, expected in self._expected.items():
            keys = _KEYS[(kind.slug, column)]
            damaged = frozenset(code.lstrip("0") or "0" for code in expected.values())
            self._wanted.append((column, positions[column], damaged, [positions[k] for k in keys]))

    def _collect(self, conn: Any, positions: dict[str, int]) -> None:
        """The previous snapshot's zero-led codes by key, a chunk of rows at a time (memory stays
        flat) with C-level ``map``s: a seller whose codes are all zero-led pays this on every
        import (bench/import.py, re-import "zeros-kept")."""
        from qsm_desktop.core.db import is_postgres

        where = _PG_ZERO_LED_ROWS if is_postgres() else _ZERO_LED_ROWS
        cursor = conn.execute(f'SELECT "cells" FROM "{self.kind.table}" {where}')
        columns = [
            (c, itemgetter(positions[c]), _KEYS[(self.kind.slug, c)])
            for c in code_columns(self.kind)
        ]
        split = methodcaller("split", SEPARATOR)
        keys_of: dict[str, list[tuple[str, ...]]] = {}
        codes_of: dict[str, list[str]] = {}
        while texts := [text for (text,) in cursor.fetchmany(_FETCH_ROWS)]:
            packed = [t for t in texts if SEPARATOR in t]  # the rest is JSON (cells.py)
            rows = (
                list(map(split, packed)) if len(packed) == len(texts) else list(map(unpack, texts))
            )
            for column, cell_of, key_columns in columns:
                led = list(map(_ZERO_LED, map(cell_of, rows)))
                if not any(led):
                    continue
                chosen = list(compress(rows, led))
                keys_of.setdefault(column, []).extend(_keys(chosen, positions, key_columns))
                codes_of.setdefault(column, []).extend(map(cell_of, chosen))
        for column, keys in keys_of.items():
            # the first row of a key wins, as in the file (a later duplicate is reported by the
            # link check as a duplicate code)
            codes = dict(zip(reversed(keys), reversed(codes_of[column]), strict=True))
            codes.pop(("",) * len(_KEYS[(self.kind.slug, column)]), None)  # nothing to match by
            if codes:
                self._expected[column] = codes

    @property
    def active(self) -> bool:
        """Whether the previous import had a zero-led code to look for."""
        return bool(self._wanted)

    def scan(self, chunk: list[list[str]], lines: Sequence[int]) -> None:
        for column, index, damaged, key_indexes in self._wanted:
            try:
                values = list(map(itemgetter(index), chunk))
            except IndexError:  # a short row: a blank line (skipped) or one the import refuses
                values = [row[index] if len(row) > index else "" for row in chunk]
            if damaged.isdisjoint(values):
                continue
            expected = self._expected[column]
            for row, line, value in zip(chunk, lines, values, strict=True):
                if value not in damaged or len(row) != self._width:
                    continue
                key = tuple(row[i] for i in key_indexes)
                code = expected.get(key, "")
                if code and code != value and (code.lstrip("0") or "0") == value:
                    where = self._where.get((column, key), self._described)
                    self.found.append(
                        LostZeros(line, column, value, code, row[self._item], where, key)
                    )

    def to_json(self) -> str:
        return json.dumps([f.to_json() for f in self.found], ensure_ascii=False)


def _keys(
    rows: Iterable[Sequence[str]], positions: dict[str, int], columns: tuple[str, ...]
) -> Iterator[tuple[str, ...]]:
    """The cells of ``columns`` of each row, as a tuple (of one cell too)."""
    indexes = [positions[c] for c in columns]
    if len(indexes) == 1:
        one = indexes[0]
        return map(tuple, map(itemgetter(slice(one, one + 1)), rows))
    return map(itemgetter(*indexes), rows)
