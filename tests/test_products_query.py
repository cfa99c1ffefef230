"""Products as plain data for the GUI: search, one product, the preview's sample item."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest
from backends import on_both_backends
from products_fixtures import goods_file, goods_row, inventory_file, option_row

from qsm_desktop.core.products.importer import (
    import_files,
)
from qsm_desktop.core.products.query import (
    get_product,
    product_count,
    search_products,
)
from qsm_desktop.core.products.sample import (
    sample_item_values,
)

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()


@pytest.fixture
def catalogue(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    import_files(
        [
            goods_file(
                tmp_path / "GoodsList.csv",
                goods_row("100", "SC-100", "ベーシックTシャツ", price="1,980"),
                goods_row("200", "sc-200", "マグカップ", price="800"),
                goods_row("300", "", "テスト商品", price=""),
            ),
            inventory_file(
                tmp_path / "inv.csv",
                option_row("100", detail1="赤", detail2="M", price="100", option_code="TS-R-M"),
                option_row("100", detail1="青", detail2="L", price="0", option_code="TS-B-L"),
                option_row("900", "SC-900", option1="容量", detail1="1L", option2="", detail2=""),
            ),
        ]
    )


def test_all_products_in_file_order(catalogue: None) -> None:
    found = search_products()
    assert [p.item_no for p in found] == ["100", "200", "300", "900"]
    assert [len(p.options) for p in found] == [2, 0, 0, 1]
    assert found[3].goods is None and found[3].seller_code == "SC-900"
    assert product_count() == {"goods": 3, "inventory": 3}
    assert [p.item_no for p in search_products(limit=2)] == ["100", "200"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("マグ", ["200"]),
        ("ﾏｸﾞ", ["200"]),  # half-width kana finds full-width
        ("SC-200", ["200"]),  # case-insensitive
        ("青", ["100"]),  # through an option, with the GoodsList row
        ("1L", ["900"]),  # a product only the option file lists
        ("no such thing", []),
    ],
)
def test_search(catalogue: None, text: str, expected: list[str]) -> None:
    found = search_products(text)
    assert [p.item_no for p in found] == expected
    for p in found:
        assert p.to_json()["item_no"] == p.item_no


def test_search_product_keeps_all_its_options(catalogue: None) -> None:
    (product,) = search_products("青")
    assert product.name == "ベーシックTシャツ"
    assert [o.label for o in product.options] == ["カラー:赤 / サイズ:M", "カラー:青 / サイズ:L"]


def test_get_product(catalogue: None) -> None:
    product = get_product("100")
    assert product is not None and product.goods is not None
    assert product.price == 1980 and product.goods.line == 2
    assert get_product("nope") is None


def test_sample_item_values(catalogue: None) -> None:
    product = get_product("100")
    assert product is not None
    option = product.options[0]
    assert sample_item_values(product, option) == {
        "ITEM_CODE": "100",
        "SELLER_ITEM_CODE": "SC-100",
        "ITEM_NM": "ベーシックTシャツ",
        "OPTION_NM": "カラー:赤 / サイズ:M",
        "OPTION_CODE": "TS-R-M",
        "ORDER_PRICE": "2080",
    }
    assert sample_item_values(product)["ORDER_PRICE"] == "1980"
    assert sample_item_values(product)["OPTION_NM"] == ""
    orphan = get_product("900")
    assert orphan is not None
    values = sample_item_values(orphan, orphan.options[0])
    assert (values["ITEM_NM"], values["OPTION_NM"], values["ORDER_PRICE"]) == ("", "容量:1L", "0")
    no_price = get_product("300")
    assert no_price is not None and sample_item_values(no_price)["ORDER_PRICE"] == ""
    with pytest.raises(ValueError):
        sample_item_values(no_price, option)


def test_nothing_imported(db: peewee.SqliteDatabase) -> None:
    assert search_products() == [] and get_product("100") is None
