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
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from qsm_desktop.core.products.cells import unpack
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


def _zero_led(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text.isdigit() and text.isascii()


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
        # column → {(key cells) → (expected code, which import had it)}; and the damaged forms
        # to look for, per column
        self._expected: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {}
        self._wanted: list[tuple[str, itemgetter[Any], frozenset[str], itemgetter[Any]]] = []
        if previous is None:
            return
        import_id, described, header = previous
        try:
            old_positions = kind.positions(header)
        except ValueError:
            return
        self._collect(conn, old_positions, described)
        # A code already reported lost by the previous import is still expected in its old form:
        # importing the damaged file twice must not make the damage the new normal.
        for lost in stored_lost_zeros(import_id, conn):
            self._expected.setdefault(lost.column, {})[lost.key] = (lost.expected, lost.previous)
        for column, expected in self._expected.items():
            keys = _KEYS[(kind.slug, column)]
            damaged = frozenset(code.lstrip("0") or "0" for code, _where in expected.values())
            self._wanted.append(
                (column, itemgetter(positions[column]), damaged, _getter(positions, keys))
            )

    def _collect(self, conn: Any, positions: dict[str, int], described: str) -> None:
        columns = code_columns(self.kind)
        sql = f'SELECT "cells" FROM "{self.kind.table}" {_ZERO_LED_ROWS}'
        getters = {c: _getter(positions, _KEYS[(self.kind.slug, c)]) for c in columns}
        for (text,) in conn.execute(sql):
            cells = unpack(text)
            for column in columns:
                code = cells[positions[column]]
                if not _zero_led(code):
                    continue
                key = getters[column](cells)
                if any(key):
                    self._expected.setdefault(column, {}).setdefault(key, (code, described))

    @property
    def active(self) -> bool:
        """Whether the previous import had a zero-led code to look for."""
        return bool(self._wanted)

    def scan(self, chunk: list[list[str]], lines: Sequence[int]) -> None:
        for column, cell_of, damaged, key_of in self._wanted:
            if damaged.isdisjoint(map(cell_of, chunk)):
                continue
            expected = self._expected[column]
            for row, line in zip(chunk, lines, strict=True):
                if len(row) != self._width:
                    continue  # a blank line (skipped) or a wrong width (the file is refused)
                value = cell_of(row)
                if value not in damaged:
                    continue
                key = key_of(row)
                code, where = expected.get(key, ("", ""))
                if code and code != value and (code.lstrip("0") or "0") == value:
                    self.found.append(
                        LostZeros(line, column, value, code, row[self._item], where, key)
                    )

    def to_json(self) -> str:
        return json.dumps([f.to_json() for f in self.found], ensure_ascii=False)


def _getter(positions: dict[str, int], columns: tuple[str, ...]) -> Any:
    """An itemgetter returning a tuple of the cells of ``columns`` (even of one column)."""
    indexes = [positions[c] for c in columns]
    if len(indexes) == 1:
        index = indexes[0]
        return lambda row: (row[index],)
    return itemgetter(*indexes)
