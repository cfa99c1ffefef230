"""Reading the seller's お知らせ設定データ grid as copied from J・QSM in the browser.

The paste is tab-separated, with or without the header row. Columns are those of docs/rules.md §5
(テンプレート番号, カテゴリ, テンプレートグループ名, テンプレート名, 送信タイプ, 送信先, 使用(Y/N),
待機(Y/N), 登録者, 登録日, 更新日, 修正者), with the variants the guide shows:

- the header may say カテゴリー, may lack 更新日 or 登録者, or be missing altogether;
- the grid cuts long names (``[Email] CrossMall Order - C``) and a copy may glue the 送信タイプ to
  the name (``[Email] CrossMall Transpor EMAIL`` followed by an empty cell);
- a paste may stop after 使用(Y/N);
- the audit columns at the end do not always match their header (the guide shows a header
  ``登録日 更新日 修正者`` over ``tvhasegawa 2015-04-17 15:38 tvhasegawa``), so they are read by
  what they look like: a date is 登録日 then 更新日, a name before the first date is 登録者 and a
  name after it is 修正者 (a cell under a 登録者/修正者 header is taken as that).

Each line that cannot be read is reported with its number and skipped; the rest is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from qsm_desktop.core.vocabulary import norm, shorten

GRID_TITLE = "お知らせ設定データ"

# Header names (without spaces, case-folded) → field.
_HEADER_NAMES = {
    "テンプレート番号": "template_no",
    "カテゴリ": "category",
    "カテゴリー": "category",
    "お知らせ種類": "category",
    "テンプレートグループ名": "group",
    "テンプレートのグループ名": "group",
    "テンプレートのグループ": "group",
    "テンプレート名": "name",
    "送信タイプ": "send_type",
    "送信方法": "send_type",
    "送信先": "destination",
    "使用(y/n)": "enabled",
    "使用": "enabled",
    "待機(y/n)": "standby",
    "待機": "standby",
    "登録者": "created_by",
    "登録日": "created_at",
    "更新日": "updated_at",
    "修正者": "updated_by",
}
_AUDIT_FIELDS = ("created_by", "created_at", "updated_at", "updated_by")
# The grid's columns when there is no header (docs/rules.md §5).
DEFAULT_COLUMNS = (
    "template_no",
    "category",
    "group",
    "name",
    "send_type",
    "destination",
    "enabled",
    "standby",
    "created_by",
    "created_at",
    "updated_at",
    "updated_by",
)
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_GLUED_SEND_TYPE = re.compile(r"^(.*\S)\s+(EMAIL)$", re.IGNORECASE)
_YES = {"Y", "YES", "Ｙ", "○", "TRUE", "1"}
_NO = {"N", "NO", "Ｎ", "×", "FALSE", "0"}


@dataclass(frozen=True, slots=True)
class QsmGridRow:
    """One pasted row, as QSM showed it."""

    line: int  # 1-based line number in the pasted text
    template_no: int
    category: str
    group: str
    name: str
    send_type: str
    destination: str
    enabled: bool
    standby: bool | None  # None: the paste has no 待機 column
    created_by: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "template_no": self.template_no,
            "category": self.category,
            "group": self.group,
            "name": self.name,
            "send_type": self.send_type,
            "destination": self.destination,
            "enabled": self.enabled,
            "standby": self.standby,
            "created_by": self.created_by,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "updated_by": self.updated_by,
        }


@dataclass(frozen=True, slots=True)
class GridProblem:
    """A pasted line that is not imported, and why (Japanese)."""

    line: int
    text: str  # the line as pasted, shortened
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "message": self.message}


@dataclass(frozen=True, slots=True)
class ParsedGrid:
    rows: tuple[QsmGridRow, ...]
    problems: tuple[GridProblem, ...]
    header_line: int | None = None  # where the header row was, if any

    def to_json(self) -> dict[str, Any]:
        return {
            "header_line": self.header_line,
            "rows": [r.to_json() for r in self.rows],
            "problems": [p.to_json() for p in self.problems],
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ")


def parse_qsm_date(text: str) -> datetime | None:
    """``2015-04-17 15:36`` (also with ``/``, seconds, or no time); None when not a date."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _header_fields(cells: list[str]) -> list[str | None] | None:
    """The fields of a header row, or None when the cells are not a header."""
    names = [norm(c) for c in cells]
    names = [n.replace("（", "(").replace("）", ")").replace("／", "/") for n in names]
    fields = [_HEADER_NAMES.get(n) for n in names]
    if (fields and fields[0] == "template_no") or sum(f is not None for f in fields) >= 3:
        return fields
    return None


def _yes_no(text: str) -> bool | None:
    value = text.strip().upper()
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def _is_blank(cells: list[str]) -> bool:
    return not any(c.strip() for c in cells)


def parse_qsm_grid(text: str) -> ParsedGrid:
    """Read a pasted お知らせ設定データ grid; never raises for bad lines, reports them."""
    rows: list[QsmGridRow] = []
    problems: list[GridProblem] = []
    columns: list[str | None] = list(DEFAULT_COLUMNS)
    header_line: int | None = None
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = raw.lstrip("\ufeff")
        cells = line.split("\t")
        if _is_blank(cells):
            continue
        non_empty = [c.strip() for c in cells if c.strip()]
        if non_empty == [GRID_TITLE]:
            continue
        header = _header_fields(cells)
        if header is not None:
            columns, header_line = header, number
            continue
        if header_line is None and len(cells) > 1 and not cells[0].strip():
            cells = cells[1:]  # a leading selection-checkbox column, copied empty
        try:
            rows.append(_parse_row(number, cells, columns))
        except ValueError as exc:
            # Tabs shown as ⇥: the seller sees where the cells of the pasted line were.
            problems.append(GridProblem(number, shorten(line.replace("\t", " ⇥ "), 80), str(exc)))
    return ParsedGrid(tuple(rows), tuple(problems), header_line)


def _parse_row(number: int, cells: list[str], columns: list[str | None]) -> QsmGridRow:
    values: dict[str, str] = {}
    audit: list[tuple[str | None, str]] = []  # (header field, cell) of the audit columns
    for i, cell in enumerate(cells):
        name = columns[i] if i < len(columns) else None
        if name in _AUDIT_FIELDS or (name is None and i >= len(columns) and cell.strip()):
            audit.append((name, cell.strip()))
        elif name is not None and name not in values:
            values[name] = cell.strip()
    first = values.get("template_no", "")
    if not first:
        raise ValueError(
            "テンプレート番号がありません。お知らせ設定データの行を貼り付けてください。"
        )
    if not first.isdigit():
        raise ValueError(
            f"「{shorten(first, 30)}」はテンプレート番号ではありません。"
            "お知らせ設定データの行(テンプレート番号から始まる行)を貼り付けてください。"
        )
    enabled = _yes_no(values.get("enabled", ""))
    if enabled is None:
        shown = values.get("enabled", "")
        raise ValueError(
            f"使用(Y/N) が「{shown}」で、Y か N ではありません。列がずれている場合は、"
            "見出しの行(テンプレート番号 カテゴリ …)も一緒に貼り付けてください。"
        )
    standby: bool | None = None
    if values.get("standby"):
        standby = _yes_no(values["standby"])
        if standby is None:
            raise ValueError(f"待機(Y/N) が「{values['standby']}」で、Y か N ではありません。")
    name = values.get("name", "")
    send_type = values.get("send_type", "")
    glued = _GLUED_SEND_TYPE.match(name)
    if glued and not send_type:
        name, send_type = glued.group(1), glued.group(2).upper()
    row = QsmGridRow(
        line=number,
        template_no=int(first),
        category=values.get("category", ""),
        group=values.get("group", ""),
        name=name,
        send_type=send_type,
        destination=values.get("destination", ""),
        enabled=enabled,
        standby=standby,
    )
    return _with_audit(row, audit)


def _with_audit(row: QsmGridRow, audit: list[tuple[str | None, str]]) -> QsmGridRow:
    found: dict[str, Any] = {}
    dates: list[datetime] = []
    for header, cell in audit:
        if not cell:
            continue
        date = parse_qsm_date(cell)
        if date is not None:
            dates.append(date)
            continue
        if header in ("created_by", "updated_by") and header not in found:
            found[header] = cell
        elif not dates and "created_by" not in found:
            found["created_by"] = cell
        elif "updated_by" not in found:
            found["updated_by"] = cell
    if dates:
        found["created_at"] = dates[0]
    if len(dates) > 1:
        found["updated_at"] = dates[1]
    return replace(row, **found)
