"""Numbers and dates as J・QSM writes them: strict parsers shared by the import and the readers.

The parsers are strict: anything but the forms below raises :class:`BadValue`, which the importer
turns into a message naming file, line, column and value. Reading stored rows goes through
:func:`reader`, a bounded cache in front of the same parsers (prices, quantities and end dates
repeat across a catalogue, so most cells are one dict lookup).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from qsm_desktop.core.products.columns import ColumnType

# ASCII digits only (int() would also take "１２" and "1_000"); thousands groups must be whole.
_INT = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)", re.ASCII)
# Qoo10 writes 2030-12-31 or 2030/12/31, optionally with a time; one or two digit month, day and
# hour are accepted too because a file opened and saved again in Excel comes back as 2030/1/5 0:00.
_DATETIME = re.compile(
    r"([0-9]{4})([-/])([0-9]{1,2})\2([0-9]{1,2})(?: +([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?",
    re.ASCII,
)

CACHE_LIMIT = 20_000

Value = int | datetime | None


class BadValue(ValueError):
    """A cell that is not a valid value of its column's type; ``hint`` says what is expected."""

    def __init__(self, hint: str) -> None:
        super().__init__(hint)
        self.hint = hint


def parse_int(text: str) -> int | None:
    s = text.strip()
    if not s:
        return None
    if not _INT.fullmatch(s):
        raise BadValue("半角の整数(例: 1200 または 1,200)ではありません")
    return int(s.replace(",", ""))


def parse_datetime(text: str) -> datetime | None:
    s = text.strip()
    if not s:
        return None
    match = _DATETIME.fullmatch(s)
    if not match:
        raise BadValue("日付(例: 2030-12-31、2030/12/31 23:59)ではありません")
    year, _sep, month, day, hour, minute, second = match.groups()
    try:
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        raise BadValue("存在しない日付または時刻です") from None


# The exact forms of each numeric type (no surrounding blanks): the import tests whole chunks of
# values against them in C (``map(pattern.fullmatch, values)``); anything else goes to the parser.
PATTERNS: dict[ColumnType, re.Pattern[str]] = {ColumnType.INT: _INT}

SLOW_PARSERS: dict[ColumnType, Callable[[str], Value]] = {
    ColumnType.INT: parse_int,
    ColumnType.DATETIME: parse_datetime,
}


def reader(column_type: ColumnType) -> Callable[[str], Value]:
    """A parser for reading stored rows: cached, and None for a value it cannot read.

    Stored rows passed the same parsers at import, so a refusal here can only come from a
    database written by an older, more lenient version; showing "unknown" beats failing.
    """
    slow = SLOW_PARSERS[column_type]
    cache: dict[str, Value] = {"": None}
    get = cache.get
    miss = object()

    def parse(text: str) -> Value:
        value = get(text, miss)
        if value is miss:
            try:
                value = slow(text)
            except BadValue:
                value = None
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
                cache[""] = None
            cache[text] = value
        # a Value: ``miss`` (typed object) never leaves the cache lookup above
        return value  # type: ignore[return-value]

    return parse
