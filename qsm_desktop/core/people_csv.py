"""CSV files written for people to open (Excel), not for another program to read.

UTF-8 with a BOM, so that Excel on a Japanese Windows reads the Japanese as UTF-8 and not as
Shift_JIS; CRLF line ends. A cell a spreadsheet would take for a formula (starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, so that opening the
file runs nothing: a seller's text (an address, a template name, an imported QSM row) must never
become ``=HYPERLINK(…)`` in someone's spreadsheet. Files meant for J・QSM or an integration
service are written elsewhere, exactly as given.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """The cell as text a spreadsheet shows, never evaluates."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_people_csv(
    path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[str]]
) -> int:
    """Write the table; the number of rows written (the header not counted)."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
            count += 1
    return count
