"""Reading the stored snapshots back: the import log and the rows as plain dataclasses.

The tables (schema 3, defined once by ``migrations._V3_DDL``): a product table holds exactly one
snapshot, the rows of the last file of its kind, verbatim (``cells``, in the file's column order,
extra columns included), with the line each record starts on and its 商品番号 for lookups. The
header kept in the import log says which cell is which, and :mod:`values` parses numbers and
dates the same way the import validated them. Keeping the file's text rather than typed columns
is what makes the Shift_JIS export an exact copy, and it keeps the bulk insert within reach of a
plain ``csv`` + ``executemany`` (see bench/import.py). ``goods_item`` has no index on 商品番号
(a lookup scans 100,000 short rows in milliseconds; the index would cost the import about a tenth
of its time); ``inventory_item`` has one (several options per product are looked up).

The rows are a copy of an external file, so a re-import deletes them. The import log is not: a
trigger refuses DELETE on ``product_import``, so when and from where each file came is kept.
Everything here and in the importer uses the raw sqlite3 connection (no ORM models).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import datetime
from operator import itemgetter
from typing import Any

from qsm_desktop.core.products.cells import unpack
from qsm_desktop.core.products.columns import (
    GOODS,
    INVENTORY,
    KIND_BY_SLUG,
    ColumnType,
    FileKind,
)
from qsm_desktop.core.products.encoding import ENCODING_LABELS
from qsm_desktop.core.products.rules import load_rules
from qsm_desktop.core.products.values import reader
from qsm_desktop.core.raw_sql import raw_connection

# -- the import log ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportLogEntry:
    """One import: which file, from where, when, by whom; ``replaced_at`` once superseded."""

    id: int
    kind: str  # FileKind.slug
    file_name: str
    source_path: str
    encoding: str
    header: tuple[str, ...]
    row_count: int
    file_size: int
    imported_at: datetime
    imported_by: str
    replaced_at: datetime | None

    @property
    def file_kind(self) -> FileKind:
        return KIND_BY_SLUG[self.kind]

    @property
    def is_current(self) -> bool:
        return self.replaced_at is None

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    def positions(self) -> dict[str, int]:
        """Where each of the kind's columns is in this file (header name → cell index)."""
        return self.file_kind.positions(self.header)

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["header"] = list(self.header)
        data["imported_at"] = self.imported_at.isoformat(sep=" ")
        data["replaced_at"] = self.replaced_at.isoformat(sep=" ") if self.replaced_at else None
        return data


_LOG_COLUMNS = (
    '"id", "kind", "file_name", "source_path", "encoding", "header", "row_count", "file_size", '
    '"imported_at", "imported_by", "replaced_at"'
)


def _as_datetime(value: datetime | str) -> datetime:
    # SQLite gives back the text stored, PostgreSQL a datetime.
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _entry(row: tuple[Any, ...]) -> ImportLogEntry:
    (id_, kind, file_name, source, encoding, header, count, size, at, by, replaced) = row
    return ImportLogEntry(
        id=id_,
        kind=kind,
        file_name=file_name,
        source_path=source,
        encoding=encoding,
        header=tuple(json.loads(header)),
        row_count=count,
        file_size=size,
        imported_at=_as_datetime(at),
        imported_by=by,
        replaced_at=_as_datetime(replaced) if replaced else None,
    )


def import_log(kind: FileKind | None = None, limit: int | None = None) -> list[ImportLogEntry]:
    """The imports made (newest first), optionally of one kind, at most ``limit`` of them."""
    sql = f'SELECT {_LOG_COLUMNS} FROM "product_import"'
    params: list[Any] = []
    if kind is not None:
        sql += ' WHERE "kind" = ?'
        params.append(kind.slug)
    sql += ' ORDER BY "id" DESC'
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = raw_connection().execute(sql, params)
    return [_entry(row) for row in cursor]


def current_import(kind: FileKind) -> ImportLogEntry | None:
    """The import whose rows are in the store now (None when that kind was never imported)."""
    cursor = raw_connection().execute(
        f'SELECT {_LOG_COLUMNS} FROM "product_import" WHERE "kind" = ? AND "replaced_at" IS NULL '
        'ORDER BY "id" DESC LIMIT 1',
        (kind.slug,),
    )
    row = cursor.fetchone()
    return _entry(row) if row else None


def stored_rows(kind: FileKind, where: str = "", params: tuple[Any, ...] = ()) -> Iterator[Any]:
    """``(line, packed cells)`` of the stored rows in file order; ``where`` filters in SQL."""
    sql = f'SELECT "line", "cells" FROM "{kind.table}" {where} ORDER BY "id"'
    rows: Iterator[Any] = raw_connection().execute(sql, params)
    return rows


def raw_rows(kind: FileKind, where: str = "", params: tuple[Any, ...] = ()) -> Iterator[Any]:
    """``(line, cells)`` of the stored rows in file order; ``where`` filters in SQL."""
    for line, text in stored_rows(kind, where, params):
        yield line, unpack(text)


# -- the rows ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoodsRow:
    """A row of GoodsList.csv (販売商品の情報); numbers and dates are None when empty."""

    line: int
    item_no: str  # 商品番号
    seller_code: str  # 販売者コード
    name: str  # 商品名
    price: int | None  # 販売価格
    cost: str  # 供給原価 (text: the app does not use it, see columns.py)
    fee: str  # 手数料 (text, like 供給原価: 10% or 12.5 as written)
    quantity: int | None  # 数量
    shipping_fee: int | None  # 送料
    shipping_type: str  # 送料タイプ
    end_date: datetime | None  # 終了日

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["end_date"] = self.end_date.isoformat(sep=" ") if self.end_date else None
        return data


@dataclass(frozen=True, slots=True)
class OptionRow:
    """A row of InventoryManagement_gridInventory.csv: one option of a product."""

    line: int
    item_no: str  # 商品番号
    seller_code: str  # 販売者コード
    data_type: str  # データ種別 (組合型 / 追加型 …)
    option1: str  # オプション
    detail1: str  # 詳細1
    option2: str  # オプション2
    detail2: str  # 詳細2
    option3: str  # オプション3
    detail3: str  # 詳細3
    price: int | None  # 価格 (added to the product's 販売価格)
    quantity: int | None  # 数量
    option_code: str  # オプションコード
    q_stock: str  # Q-在庫 (kept as text, see columns.py)
    # 追加型 (or its former name 単一型) by データ種別; anything else is 組合型 (see the rules).
    is_additional: bool = False

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """(option name, chosen value) for each of the up to three options that is set."""
        pairs = [
            (self.option1, self.detail1),
            (self.option2, self.detail2),
            (self.option3, self.detail3),
        ]
        return [(n, v) for n, v in pairs if n or v]

    @property
    def label(self) -> str:
        """As an order shows the option: ``カラー:赤 / サイズ:M``."""
        return " / ".join(f"{n}:{v}" if n and v else n or v for n, v in self.pairs)

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["label"] = self.label
        return data


def _cells_in_field_order(
    kind: FileKind, entry: ImportLogEntry
) -> tuple[Callable[[list[str]], tuple[str, ...]], list[tuple[int, Callable[[str], Any]]]]:
    """An itemgetter putting the kind's cells in field order, and the parser of each typed one."""
    positions = entry.positions()
    get = itemgetter(*(positions[c.header] for c in kind.columns))
    typed = [
        (j, reader(c.type)) for j, c in enumerate(kind.columns) if c.type is not ColumnType.TEXT
    ]
    return get, typed


def goods_decoder(entry: ImportLogEntry) -> Callable[[int, list[str]], GoodsRow]:
    """``(line, cells) → GoodsRow`` for the file ``entry`` describes (its own column order)."""
    get, typed = _cells_in_field_order(GOODS, entry)

    def decode(line: int, cells: list[str]) -> GoodsRow:
        values: list[Any] = list(get(cells))
        for j, parse in typed:
            values[j] = parse(values[j])
        return GoodsRow(line, *values)

    return decode


def option_decoder(entry: ImportLogEntry) -> Callable[[int, list[str]], OptionRow]:
    """``(line, cells) → OptionRow`` for the file ``entry`` describes (its own column order)."""
    get, typed = _cells_in_field_order(INVENTORY, entry)
    markers = load_rules().additional_option_markers
    data_type = [c.field for c in INVENTORY.columns].index("data_type")

    def decode(line: int, cells: list[str]) -> OptionRow:
        values: list[Any] = list(get(cells))
        for j, parse in typed:
            values[j] = parse(values[j])
        additional = any(m in values[data_type] for m in markers)
        return OptionRow(*[line, *values, additional])  # values: the fields in between

    return decode


def goods_rows(where: str = "", params: tuple[Any, ...] = ()) -> Iterator[GoodsRow]:
    entry = current_import(GOODS)
    if entry is None:
        return
    decode = goods_decoder(entry)
    for line, cells in raw_rows(GOODS, where, params):
        yield decode(line, cells)


def option_rows(where: str = "", params: tuple[Any, ...] = ()) -> Iterator[OptionRow]:
    entry = current_import(INVENTORY)
    if entry is None:
        return
    decode = option_decoder(entry)
    for line, cells in raw_rows(INVENTORY, where, params):
        yield decode(line, cells)
