"""How a CSV row is kept in one TEXT column, exactly, cheaply.

The cells are joined with U+001F (the ASCII unit separator). A CSV from J・QSM never contains that
control character, but a row that does is stored as a JSON list instead. The two forms cannot be
confused: a packed row of two or more cells always contains U+001F, and JSON never does (it
writes control characters as ``\\u001f``). Joining costs a tenth of ``json.dumps`` per row,
which matters in the import's inner loop.
"""

from __future__ import annotations

import json

SEPARATOR = "\x1f"

_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def pack(row: list[str]) -> str:
    text = SEPARATOR.join(row)
    if len(row) < 2 or text.count(SEPARATOR) != len(row) - 1:
        return _to_json(row)
    return text


def unpack(text: str) -> list[str]:
    if SEPARATOR in text:
        return text.split(SEPARATOR)
    cells: list[str] = json.loads(text)
    return cells
