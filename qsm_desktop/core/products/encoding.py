"""Which text encoding a product CSV uses, and which characters CP932 cannot carry (core.charsets
decides, the same way as the mail preview).

J・QSM's CSVs come as CP932 or as UTF-8 with or without a BOM (docs/rules.md §7, §9.9). A CP932
file can also be valid UTF-8 (half-width kana byte pairs often are), so the bytes alone cannot decide:
the encoding is the one under which the *header row* reads as the expected Japanese column names.
We never use plain ``shift_jis``: it rejects ①, ㈱, 髙, 﨑, which sellers' files do contain.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from qsm_desktop.core.charsets import CP932, cp932_can_carry

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"

BOM = b"\xef\xbb\xbf"

# How each encoding is named to the seller.
ENCODING_LABELS = {UTF8: "UTF-8", UTF8_BOM: "UTF-8 (BOM付き)", CP932: "Shift_JIS (CP932)"}

_FIRST_LINE = re.compile(rb"[^\r\n]*")


def header_candidates(head: bytes) -> Iterator[tuple[str, list[str]]]:
    """Each encoding under which the first line of ``head`` decodes, with its parsed cells.

    The caller keeps the first candidate whose cells are a known header. A BOM settles UTF-8;
    otherwise UTF-8 is tried before CP932 (for a Japanese header at most one of them yields the
    expected names, so the order only matters for speed).
    """
    if head.startswith(BOM):
        encodings: tuple[str, ...] = (UTF8_BOM,)
        head = head[len(BOM) :]
    else:
        encodings = (UTF8, CP932)
    match = _FIRST_LINE.match(head)
    first = match.group(0) if match else b""
    for encoding in encodings:
        try:
            text = first.decode(UTF8 if encoding == UTF8_BOM else encoding)
        except UnicodeDecodeError:
            continue
        try:
            cells = next(csv.reader([text], strict=True), [])
        except csv.Error:
            continue
        yield encoding, cells


def cp932_offenders(text: str) -> list[str]:
    """The characters of ``text`` CP932 cannot carry, in order of appearance (with repeats)."""
    if cp932_can_carry(text):  # the common case: one codec pass over the whole text
        return []
    return [c for c in text if not cp932_can_carry(c)]


def describe_char(char: str) -> str:
    """「〜」(U+301C): how a character is shown in messages (it may be invisible)."""
    shown = char if char.isprintable() and not char.isspace() else ""
    return f"「{shown}」(U+{ord(char):04X})"
