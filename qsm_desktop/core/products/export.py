"""Write an imported file back as Shift_JIS (CP932) for services that only take Shift_JIS.

The output has the same columns (original order, extra columns included) and the same rows as
the imported file, with CRLF line ends. Characters CP932 cannot carry refuse the export with the
full list (line, column, character) unless the seller chose a replacement character. The file
is written next to its destination and moved into place with ``os.replace``, so a failed or
refused export never leaves a half-written file behind.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qsm_desktop.core.charsets import CP932, cp932_can_carry
from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.file_output import check_target, new_file_mode
from qsm_desktop.core.products.columns import FileKind, find_kind
from qsm_desktop.core.products.encoding import describe_char
from qsm_desktop.core.products.errors import Cp932ExportError, Offender
from qsm_desktop.core.products.records import current_import, raw_rows


@dataclass(frozen=True, slots=True)
class ExportReport:
    kind: str  # FileKind.slug
    path: str
    rows: int
    replaced: int  # characters replaced by the seller's replacement character

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "rows": self.rows, "replaced": self.replaced}


def check_replacement(replace: str) -> str:
    if len(replace) != 1 or replace in "\r\n" or not cp932_can_carry(replace):
        raise ValidationError(
            "replace",
            f"置き換え文字 {describe_char(replace) if len(replace) == 1 else f'「{replace}」'} は"
            "使えません。Shift_JISで書ける1文字を指定してください(例: ? や 〓)。",
        )
    return replace


def export_sjis(kind: FileKind | str, out: Path | str, replace: str | None = None) -> ExportReport:
    """Export the current snapshot of ``kind`` to ``out`` in CP932; see the module docstring."""
    kind = find_kind(kind) if isinstance(kind, str) else kind
    if replace is not None:
        check_replacement(replace)
    entry = current_import(kind)
    if entry is None:
        raise QsmError(
            f"{kind.file_name} はまだ取り込まれていません。先に取り込んでから書き出してください。"
        )
    target = Path(out)
    check_target(target)  # /dev/full, a folder, a pipe: refused before anything is written
    offenders: list[Offender] = []
    header = list(entry.header)

    def clean(line: int, cells: list[str]) -> list[str]:
        """The row as it will be written; offenders are recorded (and replaced if chosen)."""
        if cp932_can_carry("".join(cells)):
            return cells
        fixed = []
        for name, cell in zip(header, cells, strict=False):
            if cp932_can_carry(cell):
                fixed.append(cell)
                continue
            chars = []
            for char in cell:
                if cp932_can_carry(char):
                    chars.append(char)
                else:
                    offenders.append(Offender(line, name, char))
                    chars.append(replace or "")
            fixed.append("".join(chars))
        return fixed

    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    rows = 0
    try:
        with os.fdopen(fd, "w", encoding=CP932, errors="strict", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(clean(1, header))
            for line, cells in raw_rows(kind):
                row = clean(line, cells)
                if replace is not None or not offenders:
                    writer.writerow(row)  # once refused, keep scanning only to list them all
                rows += 1
            handle.flush()
            os.fsync(handle.fileno())
        if offenders and replace is None:
            raise Cp932ExportError(entry.file_name, offenders)
        os.chmod(temp, new_file_mode(target))  # mkstemp's 0600 would hide it in a shared folder
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return ExportReport(kind.slug, str(target), rows, len(offenders))
