"""Which characters a mail charset cannot carry, and where they are.

Japanese mail is often ISO-2022-JP, which has no ①, ㈱, 髙, half-width kana or emoji; CP932 (what
Windows tools and many integration services use) has ①/㈱/髙/﨑 but no 𠮷 or emoji (docs/rules.md §9.9).
The preview lists each such character with its field, line and column so the seller can see what
an integration service would receive as "?" or garbage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from qsm_desktop.core.charsets import cp932_can_carry, iso2022jp_can_carry
from qsm_desktop.core.engine.diagnostics import place

_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class CharIssue:
    field: str  # 'title' | 'sender' | 'body' | 'html' | 'to'
    line: int  # 1-based, in the rendered output of that field
    column: int  # 1-based, in code points
    char: str

    def __str__(self) -> str:
        """タイトル 1行4列「髙」(U+9AD9): the place and the character (it may be invisible)."""
        return f"{place(self.field, self.line, self.column)}「{self.char}」(U+{ord(self.char):04X})"


@dataclass(frozen=True, slots=True)
class EncodingReport:
    not_iso2022jp: tuple[CharIssue, ...] = ()
    not_cp932: tuple[CharIssue, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.not_iso2022jp or self.not_cp932)

    def __add__(self, other: EncodingReport) -> EncodingReport:
        return EncodingReport(
            self.not_iso2022jp + other.not_iso2022jp, self.not_cp932 + other.not_cp932
        )


EMPTY_REPORT = EncodingReport()


@lru_cache(maxsize=8192)
def _char_fits(char: str) -> tuple[bool, bool]:
    return iso2022jp_can_carry(char), cp932_can_carry(char)


def encoding_issues(text: str, field: str) -> EncodingReport:
    """The characters of *text* that ISO-2022-JP and CP932 cannot carry, with positions.

    CP932 also fails characters it would change (〜 U+301C arrives as ～): core.charsets decides,
    the same way for the product CSVs' check.
    """
    # Fast paths first: the preview calls this on every keystroke and almost all text fits.
    if text.isascii():
        return EMPTY_REPORT
    if iso2022jp_can_carry(text) and cp932_can_carry(text):
        return EMPTY_REPORT
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    not_iso: list[CharIssue] = []
    not_cp: list[CharIssue] = []
    for offset, char in enumerate(text):
        if char < "\x80":
            continue
        fits_iso, fits_cp = _char_fits(char)
        if fits_iso and fits_cp:
            continue
        line = bisect_right(newlines, offset)
        column = offset - (newlines[line - 1] + 1 if line else 0) + 1
        issue = CharIssue(field, line + 1, column, char)
        if not fits_iso:
            not_iso.append(issue)
        if not fits_cp:
            not_cp.append(issue)
    return EncodingReport(tuple(not_iso), tuple(not_cp))
