"""export-sjis: same columns and rows in CP932 with CRLF, atomic, refused on unwritable text."""

from __future__ import annotations

import csv
from pathlib import Path

import peewee
import pytest
from products_fixtures import GOODS_HEADER, goods_row, inventory_file, option_row, write_csv

from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.products.columns import (
    GOODS,
    INVENTORY,
)
from qsm_desktop.core.products.errors import (
    Cp932ExportError,
    Offender,
)
from qsm_desktop.core.products.export import (
    export_sjis,
)
from qsm_desktop.core.products.importer import (
    import_file,
)


def test_export_keeps_columns_rows_and_uses_crlf(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    header = ["メモ", *reversed(GOODS_HEADER), "備考"]
    rows = [
        ["m1", *reversed(goods_row(name="㈱髙﨑の①")), "x"],
        ["m2", *reversed(goods_row("101", name='改行\nあり, "引用"')), ""],
    ]
    import_file(write_csv(tmp_path / "GoodsList.csv", rows, header, "utf-8"))
    out = tmp_path / "out.csv"
    report = export_sjis(GOODS, out)
    assert (report.rows, report.replaced, report.path) == (2, 0, str(out))
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("cp932")
    with out.open(encoding="cp932", newline="") as handle:
        assert list(csv.reader(handle)) == [header, *rows]
    # every record ends with CRLF; the only bare LF is the one inside the quoted cell
    assert text.count("\r\n") == 3 and text.count("\n") == 4 and text.endswith("\r\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_refused_with_every_offending_character(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    rows = [goods_row(name="波〜ダッシュ"), goods_row("101", shipping_type="😀", name="ok")]
    import_file(write_csv(tmp_path / "GoodsList.csv", rows, GOODS_HEADER, "utf-8"))
    out = tmp_path / "out.csv"
    out.write_bytes(b"previous export")
    with pytest.raises(Cp932ExportError) as info:
        export_sjis("goods", out)
    assert info.value.offenders == [
        Offender(2, "商品名", "〜"),
        Offender(3, "送料タイプ", "😀"),
    ]
    message = str(info.value)
    assert "2行目「商品名」「〜」(U+301C)" in message and "U+1F600" in message
    assert out.read_bytes() == b"previous export"  # untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_replacement_character(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    rows = [goods_row(name="波〜ダッシュ😀")]
    import_file(write_csv(tmp_path / "GoodsList.csv", rows, GOODS_HEADER, "utf-8"))
    out = tmp_path / "out.csv"
    report = export_sjis("GoodsList", out, replace="〓")
    assert report.replaced == 2
    assert "波〓ダッシュ〓" in out.read_bytes().decode("cp932")


@pytest.mark.parametrize("bad", ["😀", "ab", "", "\n", "〜"])
def test_bad_replacement_is_refused(db: peewee.SqliteDatabase, tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValidationError):
        export_sjis("goods", tmp_path / "out.csv", replace=bad)


def test_nothing_imported_yet(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    with pytest.raises(QsmError, match="まだ取り込まれていません"):
        export_sjis(INVENTORY, tmp_path / "out.csv")


def test_missing_folder(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    import_file(inventory_file(tmp_path / "inv.csv", option_row()))
    with pytest.raises(QsmError, match="フォルダがありません"):
        export_sjis("gridInventory", tmp_path / "no" / "out.csv")
