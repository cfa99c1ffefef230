"""Refusals of the product features; each ``str()`` is one Japanese sentence for the seller."""

from __future__ import annotations

from dataclasses import dataclass

from qsm_desktop.core.errors import QsmError, file_problem
from qsm_desktop.core.products.encoding import describe_char
from qsm_desktop.core.vocabulary import shorten


class ProductImportError(QsmError):
    """A file that cannot be imported. Nothing was imported (the transaction rolled back).

    ``line`` is the physical line where the offending record starts (1 = the header row);
    ``column`` and ``value`` are set when one cell is at fault.
    """

    def __init__(
        self,
        file: str,
        line: int,
        reason: str,
        column: str | None = None,
        value: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        where = f"{file} {line}行目"
        if column is not None:
            where += f"「{column}」列"
        shown = "" if value is None else f"「{_short(value)}」は"
        super().__init__(f"{where}: {shown}{reason}。何も取り込んでいません。")


def cannot_open(path: object, exc: OSError) -> QsmError:
    """A file the import cannot read, as a refusal the seller reads."""
    return QsmError(file_problem(exc, path))


class ImportCancelled(QsmError):
    """The progress callback asked to stop; the import rolled back."""

    def __init__(self) -> None:
        super().__init__("取り込みを中止しました。何も取り込んでいません。")


@dataclass(frozen=True, slots=True)
class Offender:
    """A character the Shift_JIS export cannot write: where it is (source line, column)."""

    line: int
    column: str
    char: str

    def describe(self) -> str:
        return f"{self.line}行目「{self.column}」{describe_char(self.char)}"


class Cp932ExportError(QsmError):
    """The Shift_JIS export was refused; ``offenders`` lists every character at fault."""

    SHOWN = 10

    def __init__(self, file: str, offenders: list[Offender]) -> None:
        self.file = file
        self.offenders = offenders
        listed = "、".join(o.describe() for o in offenders[: self.SHOWN])
        more = f" ほか{len(offenders) - self.SHOWN}件" if len(offenders) > self.SHOWN else ""
        super().__init__(
            f"{file} にはShift_JIS (CP932) で書けない文字が{len(offenders)}個あります: "
            f"{listed}{more}。置き換える文字を指定すると書き出せます(例: --replace ?)。"
            "ファイルは作成していません。"
        )


def _short(value: str) -> str:
    """A cell on one line of a message: its line breaks shown as \\r \\n, cut at 40 characters."""
    return shorten(value.replace("\r", "\\r").replace("\n", "\\n"), 40)
