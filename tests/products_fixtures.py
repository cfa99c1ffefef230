"""Small GoodsList.csv / gridInventory files for the product tests (not a test module)."""

from __future__ import annotations

import csv
from pathlib import Path

from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.products.columns import GOODS, INVENTORY, KIND_BY_SLUG
from qsm_desktop.core.products.records import raw_rows

GOODS_HEADER = list(GOODS.headers)
INVENTORY_HEADER = list(INVENTORY.headers)


def goods_row(
    item_no: str = "100",
    seller_code: str = "SC-100",
    name: str = "ベーシックTシャツ",
    price: str = "1,980",
    cost: str = "1500",
    fee: str = "198",
    quantity: str = "9",
    shipping_fee: str = "0",
    shipping_type: str = "無料",
    end_date: str = "2030/12/31 23:59",
) -> list[str]:
    return [
        item_no,
        seller_code,
        name,
        price,
        cost,
        fee,
        quantity,
        shipping_fee,
        shipping_type,
        end_date,
    ]


def option_row(
    item_no: str = "100",
    seller_code: str = "SC-100",
    data_type: str = "組合型",
    option1: str = "カラー",
    detail1: str = "赤",
    option2: str = "サイズ",
    detail2: str = "M",
    option3: str = "",
    detail3: str = "",
    price: str = "0",
    quantity: str = "4",
    option_code: str = "OPT-100-1",
    q_stock: str = "",
) -> list[str]:
    return [
        item_no,
        seller_code,
        data_type,
        option1,
        detail1,
        option2,
        detail2,
        option3,
        detail3,
        price,
        quantity,
        option_code,
        q_stock,
    ]


def write_csv(
    path: Path,
    rows: list[list[str]],
    header: list[str] | None = None,
    encoding: str = "cp932",
) -> Path:
    """A CSV the way J・QSM writes one: header row, CRLF line ends, minimal quoting."""
    if header is None:
        header = GOODS_HEADER if len(rows[0]) == len(GOODS_HEADER) else INVENTORY_HEADER
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def goods_file(path: Path, *rows: list[str], encoding: str = "cp932") -> Path:
    return write_csv(path, list(rows) or [goods_row()], GOODS_HEADER, encoding)


def inventory_file(path: Path, *rows: list[str], encoding: str = "cp932") -> Path:
    return write_csv(path, list(rows) or [option_row()], INVENTORY_HEADER, encoding)


def stored_counts() -> tuple[int, int, int]:
    """(GoodsList rows, gridInventory rows, import log rows) in the store now."""
    conn = database_proxy.obj.connection()
    return tuple(
        conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        for table in ("goods_item", "inventory_item", "product_import")
    )


def stored_cells(kind: str = "goods") -> list[list[str]]:
    """The stored rows of one file kind, cell by cell, in file order."""
    return [cells for _line, cells in raw_rows(KIND_BY_SLUG[kind])]
