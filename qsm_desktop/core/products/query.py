"""Products as the GUI and CLI show them: a GoodsList row with its options, as plain data."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from qsm_desktop.core.products.cells import unpack
from qsm_desktop.core.products.columns import GOODS, INVENTORY
from qsm_desktop.core.products.records import (
    GoodsRow,
    OptionRow,
    current_import,
    goods_decoder,
    option_rows,
)
from qsm_desktop.core.raw_sql import raw_connection

# Above this many products, one scan of the option table beats looking each product up.
_LOOKUP_LIMIT = 500


@dataclass(frozen=True, slots=True)
class Product:
    """One 商品番号: its GoodsList row (None if only the option file lists it) and options."""

    item_no: str
    goods: GoodsRow | None
    options: tuple[OptionRow, ...]

    @property
    def name(self) -> str:
        return self.goods.name if self.goods else ""

    @property
    def seller_code(self) -> str:
        """販売者コード from GoodsList, else from the option file's rows."""
        if self.goods and self.goods.seller_code:
            return self.goods.seller_code
        return next((o.seller_code for o in self.options if o.seller_code), "")

    @property
    def price(self) -> int | None:
        return self.goods.price if self.goods else None

    @property
    def quantity(self) -> int | None:
        return self.goods.quantity if self.goods else None

    @property
    def end_date(self) -> datetime | None:
        return self.goods.end_date if self.goods else None

    def to_json(self) -> dict[str, Any]:
        return {
            "item_no": self.item_no,
            "in_goods_list": self.goods is not None,
            "goods": self.goods.to_json() if self.goods else None,
            "options": [o.to_json() for o in self.options],
        }


def normalize(text: str) -> str:
    """Search is width- and case-insensitive: ﾃｽﾄ finds テスト, sc-1 finds SC-1."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_products(text: str | None = None, limit: int | None = None) -> list[Product]:
    """Products whose GoodsList row or any option row contains ``text`` (all when empty).

    GoodsList order first, then products listed only in the option file, in its order.
    """
    needle = normalize("".join(c for c in (text or "") if c.isprintable())).strip()
    conn = raw_connection()
    # 商品番号 of the option rows that match, in file order (all of them without a search text).
    option_hits: dict[str, None] = {}
    if current_import(INVENTORY) is not None:
        for item_no, cells in conn.execute(
            'SELECT "item_no", "cells" FROM "inventory_item" ORDER BY "id"'
        ):
            if item_no not in option_hits and (not needle or needle in normalize(cells)):
                option_hits[item_no] = None
    found: dict[str, GoodsRow | None] = {}
    entry = current_import(GOODS)
    if entry is not None:
        decode = goods_decoder(entry)
        for line, item_no, cells in conn.execute(
            'SELECT "line", "item_no", "cells" FROM "goods_item" ORDER BY "id"'
        ):
            if item_no in found:
                continue  # a 商品番号 listed twice: the first row counts (check-products flags it)
            if not needle or item_no in option_hits or needle in normalize(cells):
                found[item_no] = decode(line, unpack(cells))
                if limit is not None and len(found) >= limit:
                    break
    for item_no in option_hits:
        if limit is not None and len(found) >= limit:
            break
        found.setdefault(item_no, None)
    options = _options_of(found)
    return [Product(n, goods, tuple(options.get(n, ()))) for n, goods in found.items()]


def get_product(item_no: str) -> Product | None:
    """The product with this 商品番号, or None when neither file lists it."""
    goods = None
    entry = current_import(GOODS)
    if entry is not None:
        decode = goods_decoder(entry)
        row = (
            raw_connection()
            .execute(
                'SELECT "line", "cells" FROM "goods_item" WHERE "item_no" = ? ORDER BY "id" '
                "LIMIT 1",
                (item_no,),
            )
            .fetchone()
        )
        goods = decode(row[0], unpack(row[1])) if row else None
    options = tuple(option_rows('WHERE "item_no" = ?', (item_no,)))
    if goods is None and not options:
        return None
    return Product(item_no, goods, options)


def _options_of(item_nos: Iterable[str]) -> dict[str, list[OptionRow]]:
    wanted = list(item_nos)
    grouped: dict[str, list[OptionRow]] = {}
    if len(wanted) > _LOOKUP_LIMIT:
        keep = set(wanted)
        for option in option_rows():
            if option.item_no in keep:
                grouped.setdefault(option.item_no, []).append(option)
        return grouped
    if wanted:
        marks = ", ".join("?" * len(wanted))
        for option in option_rows(f'WHERE "item_no" IN ({marks})', tuple(wanted)):
            grouped.setdefault(option.item_no, []).append(option)
    return grouped


def product_count() -> dict[str, int]:
    """How many rows each file kind has in the store now."""
    conn = raw_connection()
    return {
        kind.slug: int(conn.execute(f'SELECT COUNT(*) FROM "{kind.table}"').fetchone()[0])
        for kind in (GOODS, INVENTORY)
    }
