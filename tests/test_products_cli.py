"""import / products / check-products / export-sjis through qsm_desktop.cli.main.main."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import Cli
from products_fixtures import GOODS_HEADER, goods_file, goods_row, inventory_file, option_row

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "cli.db", capsys)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return (
        goods_file(
            tmp_path / "GoodsList.csv",
            goods_row("100", quantity="9"),
            goods_row("200", "SC-200", "マグカップ", quantity="1"),
        ),
        inventory_file(
            tmp_path / "InventoryManagement_gridInventory.csv",
            option_row("100", quantity="4", option_code="A"),
            option_row("100", detail1="青", quantity="5", option_code="B"),
        ),
    )


def test_import_prints_counts(run: Run, files: tuple[Path, Path]) -> None:
    code, out, _err = run("import", *map(str, files))
    assert code == 0
    assert "GoodsList.csv: 販売商品の情報 2行を取り込みました" in out
    assert "組合型オプション情報照会 2行" in out and "Shift_JIS (CP932)" in out
    code, out, _err = run("import", "--json", str(files[0]))
    assert code == 0 and json.loads(out)[0]["replaced_rows"] == 2


def test_import_refusal_is_one_line_and_exit_2(
    run: Run, tmp_path: Path, files: tuple[Path, Path]
) -> None:
    bad = goods_file(tmp_path / "bad.csv", goods_row(price="abc"))
    code, out, err = run("import", str(files[1]), str(bad))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "bad.csv 2行目「販売価格」列: 「abc」は" in err
    code, out, _err = run("products", "--json")
    assert json.loads(out) == []


def test_products_list_search_and_json(run: Run, files: tuple[Path, Path]) -> None:
    run("import", *map(str, files))
    code, out, err = run("products")
    assert code == 0 and "商品番号" in out and "マグカップ" in out and "2 件" in err
    code, out, _err = run("products", "--search", "ﾏｸﾞ")
    assert "マグカップ" in out and "ベーシック" not in out
    code, out, _err = run("products", "--json", "--search", "青")
    (product,) = json.loads(out)
    assert product["item_no"] == "100" and len(product["options"]) == 2
    assert product["options"][1]["label"] == "カラー:青 / サイズ:M"


def test_check_products_exit_codes(run: Run, tmp_path: Path, files: tuple[Path, Path]) -> None:
    run("import", *map(str, files))
    code, out, err = run("check-products")
    assert code == 0 and out == "" and "エラー 0件、警告 0件" in err
    run(
        "import",
        str(goods_file(tmp_path / "g.csv", goods_row("100", name="T(キッズ)", quantity="9"))),
    )
    code, out, err = run("check-products")
    assert code == 1
    assert "g.csv 2行目 [エラー] 商品名・オプションの半角括弧" in out and "paren-in-name" not in out
    assert "出典:" in out and "理由:" in out
    code, out, _err = run("check-products", "--json")
    assert code == 1
    (finding,) = json.loads(out)
    assert finding["code"] == "paren-in-name" and finding["line"] == 2 and finding["source"]


def test_check_products_warnings_only_exit_0(run: Run, tmp_path: Path) -> None:
    run("import", str(goods_file(tmp_path / "g.csv", goods_row(seller_code=""))))
    code, _out, err = run("check-products")
    assert code == 0 and "警告 1件" in err


@pytest.mark.parametrize("kind", ["goods", "GoodsList", "goodslist.csv"])
def test_export_sjis(run: Run, tmp_path: Path, files: tuple[Path, Path], kind: str) -> None:
    run("import", *map(str, files))
    out_path = tmp_path / "out.csv"
    code, out, _err = run("export-sjis", kind, str(out_path))
    assert code == 0 and "Shift_JIS (CP932)" in out
    assert out_path.read_bytes().decode("cp932").startswith(",".join(GOODS_HEADER) + "\r\n")


def test_export_refusal_lists_every_character(run: Run, tmp_path: Path) -> None:
    source = goods_file(
        tmp_path / "g.csv", goods_row(name="〜"), goods_row("101", name="😀"), encoding="utf-8"
    )
    run("import", str(source))
    out_path = tmp_path / "out.csv"
    code, out, err = run("export-sjis", "goods", str(out_path))
    assert code == 2 and out == "" and not out_path.exists()
    assert "  2行目「商品名」「〜」(U+301C)" in err and "  3行目「商品名」「😀」(U+1F600)" in err
    code, out, _err = run("export-sjis", "gridInventory", str(out_path))
    assert code == 2
    code, out, _err = run("export-sjis", "goods", str(out_path), "--replace", "?")
    assert code == 0 and "2文字を「?」に置き換え" in out
    assert out_path.read_bytes().count(b"?") == 2


def test_export_bad_kind(run: Run, tmp_path: Path) -> None:
    code, _out, err = run("export-sjis", "orders", str(tmp_path / "x.csv"))
    assert code == 2 and "goods" in err


def test_import_second_kind_only(run: Run, files: tuple[Path, Path]) -> None:
    code, out, _err = run("import", str(files[1]))
    assert code == 0
    code, out, _err = run("products", "--json")
    (product,) = json.loads(out)
    assert product["in_goods_list"] is False
    code, _out, _err = run("export-sjis", "inventory", str(files[1].with_name("copy.csv")))
    assert code == 0
    assert files[1].with_name("copy.csv").read_bytes() == files[1].read_bytes()
    assert option_row()  # the fixture's rows are what was imported
