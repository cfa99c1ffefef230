"""Printing for the CLI: JSON for scripts, aligned tables (East Asian width aware) for people."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from qsm_desktop.core.vocabulary import yn  # noqa: F401 (the commands print Y/N from here)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [
        ["" if v is None else str(v).replace("\n", " ") for v in row] for row in rows
    ]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [v + " " * (w - display_width(v)) for v, w in zip(row, widths, strict=True)]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)


def print_json(data: Any, out: TextIO | None = None, *, pretty: bool = True) -> None:
    """``data`` as JSON; ``pretty=False``: compact, one line (a setup check of 100,000
    registrations spent 40 % of its time indenting)."""
    out = out or sys.stdout
    if pretty:
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    else:
        # dumps, not dump: only dumps uses the C encoder (dump writes piece by piece in Python).
        out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str))
    out.write("\n")
