"""The two product CSVs J・QSM exports (docs/rules.md §7): header names, what each column holds.

A file's kind is recognised from its header row alone: the columns may come in any order and
extra columns are kept (for the Shift_JIS export) but otherwise ignored. Column *names* here are
exactly J・QSM's; the field identifiers are ours and name the database columns.

Only the columns the app uses are typed, and a typed column is strict (a bad cell refuses the
file, naming it). A column the app only carries along is TEXT whatever it holds, so a form
nobody documented (手数料 ``10%``) never blocks an import (docs/rules.md §7). The identifier
columns (``code=True``) are where a spreadsheet program's damage costs orders: the link check
looks there for it (checks.py, damage.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class ColumnType(Enum):
    TEXT = "text"  # kept exactly as in the file (no trimming: codes are compared verbatim)
    INT = "int"  # 1200 or 1,200; empty = unknown
    DATETIME = "datetime"  # YYYY-MM-DD or YYYY/MM/DD, optionally with HH:MM[:SS]


@dataclass(frozen=True, slots=True)
class Column:
    header: str  # J・QSM's column name
    field: str  # our identifier (database column)
    type: ColumnType = ColumnType.TEXT
    code: bool = False  # an identifier (商品番号, 販売者コード, オプションコード)


@dataclass(frozen=True, slots=True)
class FileKind:
    slug: str  # goods | inventory (stored in the import log)
    file_name: str  # the name J・QSM gives the download
    label: str  # the J・QSM screen it comes from, for messages
    table: str  # where its rows are stored
    columns: tuple[Column, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def positions(self, header: Sequence[str]) -> dict[str, int]:
        """Where each of this kind's columns is in a file's header row (name → cell index).

        Names are compared stripped, as J・QSM's header cells may carry spaces. The import
        (match_header) and the reading of stored rows (ImportLogEntry) both ask here, so a file's
        cells are read back exactly where the import found them. ValueError if one is missing.
        """
        names = [h.strip() for h in header]
        return {h: names.index(h) for h in self.headers}


_I, _DT = ColumnType.INT, ColumnType.DATETIME

GOODS = FileKind(
    slug="goods",
    file_name="GoodsList.csv",
    label="販売商品の情報",
    table="goods_item",
    columns=(
        Column("商品番号", "item_no", code=True),
        Column("販売者コード", "seller_code", code=True),
        Column("商品名", "name"),
        Column("販売価格", "price", _I),
        # Not used by the app (no screen, check or export reads them): kept as text, so that a
        # form Qoo10 does not document (手数料 ``10%``, a rate) cannot refuse the file.
        Column("供給原価", "cost"),
        Column("手数料", "fee"),
        Column("数量", "quantity", _I),
        Column("送料", "shipping_fee", _I),
        # Free text in J・QSM's grid (e.g. 無料 / 条件付無料); its codes are not documented.
        Column("送料タイプ", "shipping_type"),
        Column("終了日", "end_date", _DT),
    ),
)

INVENTORY = FileKind(
    slug="inventory",
    file_name="InventoryManagement_gridInventory.csv",
    label="組合型オプション情報照会",
    table="inventory_item",
    columns=(
        Column("商品番号", "item_no", code=True),
        Column("販売者コード", "seller_code", code=True),
        Column("データ種別", "data_type"),
        Column("オプション", "option1"),
        Column("詳細1", "detail1"),
        Column("オプション2", "option2"),
        Column("詳細2", "detail2"),
        Column("オプション3", "option3"),
        Column("詳細3", "detail3"),
        Column("価格", "price", _I),
        Column("数量", "quantity", _I),
        Column("オプションコード", "option_code", code=True),
        # Kept as text: its format (a count, or a Y/N flag for Qoo10's warehouse) is not
        # documented, and refusing a file over a column we never use would help nobody.
        Column("Q-在庫", "q_stock"),
    ),
)

KINDS: tuple[FileKind, ...] = (GOODS, INVENTORY)
KIND_BY_SLUG = {k.slug: k for k in KINDS}

# What a seller may type for KIND on the command line (compared case-insensitively).
_KIND_ALIASES = {
    "goods": GOODS,
    "goodslist": GOODS,
    "goodslist.csv": GOODS,
    "販売商品の情報": GOODS,
    "inventory": INVENTORY,
    "gridinventory": INVENTORY,
    "inventorymanagement_gridinventory": INVENTORY,
    "inventorymanagement_gridinventory.csv": INVENTORY,
    "組合型オプション情報照会": INVENTORY,
}


def find_kind(text: str) -> FileKind:
    """``goods`` / ``GoodsList`` / ``inventory`` / ``gridInventory`` … → the file kind."""
    kind = _KIND_ALIASES.get(text.strip().lower())
    if kind is None:
        raise ValueError(
            f"「{text}」はファイルの種類として認識できません。"
            "goods (GoodsList) か inventory (gridInventory) を指定してください。"
        )
    return kind


def match_header(header: list[str]) -> tuple[FileKind | None, dict[str, int], list[str]]:
    """Which kind a header row is, where each known column is, and what is missing.

    Returns ``(kind, positions, missing)``: ``kind`` is None when no kind has all its columns;
    ``missing`` then lists the columns absent for the closest kind, for the error message.
    """
    names = [h.strip() for h in header]
    best: tuple[int, FileKind, list[str]] | None = None
    for kind in KINDS:
        missing = [h for h in kind.headers if h not in names]
        if not missing:
            return kind, kind.positions(names), []
        score = len(kind.headers) - len(missing)
        if best is None or score > best[0]:
            best = (score, kind, missing)
    assert best is not None
    return None, {}, best[2] if best[0] > 0 else []
