"""Spreadsheet damage in code columns: exponent notation, dates, leading zeros lost since the
previous import — a finding per damaged cell, none for a clean file, in the CLI and the grid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import peewee
import pytest
from backends import on_both_backends
from cli_runner import Cli
from products_fixtures import goods_file, goods_row, inventory_file, option_row

from qsm_desktop.core.products import importer as importer_module
from qsm_desktop.core.products.checks import (
    check_products,
)
from qsm_desktop.core.products.damage import damage_code, may_be_damaged
from qsm_desktop.core.products.importer import (
    ImportReport,
    import_file,
    import_files,
)
from qsm_desktop.core.products.records import (
    import_log,
)
from qsm_desktop.core.products.rules import load_rules

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

GOODS = "GoodsList.csv"
INVENTORY = "InventoryManagement_gridInventory.csv"
DAMAGE = ("code-exponent", "code-date", "code-zeros-lost")

# What LibreOffice (7.x, default CSV import, saved back as CSV) does to these codes.
LIBREOFFICE = {
    "9876543210123456789": "9.87654321012346E+018",
    "3-4": "03/04/26",
    "3/4": "2026/03/04",
    "4-3-2026": "04/03/26",
    "00123": "123",
    "0042": "42",
}


def _clean() -> tuple[list[list[str]], list[list[str]]]:
    goods = [
        goods_row("100", "9876543210123456789", quantity=""),
        goods_row("101", "3-4", quantity=""),
        goods_row("102", "00123", quantity=""),
        goods_row("103", "SC-103", quantity=""),
    ]
    options = [
        option_row("100", "9876543210123456789", option_code="3/4"),
        option_row("101", "3-4", detail1="青", option_code="4-3-2026"),
        option_row("102", "00123", detail1="白", option_code="0042"),
        option_row("103", "SC-103", detail1="黒", option_code="OPT-103"),
    ]
    return goods, options


def _saved_by_libreoffice(rows: list[list[str]]) -> list[list[str]]:
    return [[LIBREOFFICE.get(cell, cell) for cell in row] for row in rows]


def _import(folder: Path, goods: list[list[str]], options: list[list[str]]) -> list[ImportReport]:
    folder.mkdir(exist_ok=True)
    return import_files(
        [goods_file(folder / GOODS, *goods), inventory_file(folder / INVENTORY, *options)]
    )


def _damage() -> list[tuple[str, str, int, str | None, str]]:
    return [
        (f.code, f.file, f.line, f.column, f.value) for f in check_products() if f.code in DAMAGE
    ]


@pytest.mark.parametrize(
    "cell",
    [
        "9.87654321012346E+018",
        "9.87654E+18",
        "1E+05",
        "9,87654321012346E+018",
        "1E-05",
        "-1.5E+03",
        "03/04/26",
        "2026/03/04",
        "3/4/2026",
        "2026-03-04",
        "2026/3/4 0:00",
        "04.03.2026",
        "4-Mar",
        "04-Mar-26",
        "Mar-26",
        "3月4日",
        "2026年3月4日",
    ],
)
def test_spreadsheet_forms_are_damage(cell: str) -> None:
    assert damage_code(cell) in ("code-exponent", "code-date")
    # the link check's quick filter lets each through, wherever the cell is in the row
    assert may_be_damaged((cell,)) and may_be_damaged(("100", cell, "OPT-1"))


@pytest.mark.parametrize(
    "cell",
    [
        "",
        "SC-100",
        "10-11-12",
        "1E5",
        "00123",
        "9876543210123456789",
        "2026/13/45",
        "A/B/C",
        "12.5",
        "OPT-3/4",
        "ｻｲｽﾞ3/4",
        "３/４",
    ],
)
def test_ordinary_codes_are_not_damage(cell: str) -> None:
    assert damage_code(cell) is None


def test_a_libreoffice_damaged_goods_list_yields_a_finding_per_damaged_cell(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    goods, options = _clean()
    _import(tmp_path / "clean", goods, options)
    assert _damage() == []  # the clean files: no finding

    _import(tmp_path / "saved", _saved_by_libreoffice(goods), _saved_by_libreoffice(options))
    assert _damage() == [
        ("code-exponent", GOODS, 2, "販売者コード", "9.87654321012346E+018"),
        ("code-date", GOODS, 3, "販売者コード", "03/04/26"),
        ("code-zeros-lost", GOODS, 4, "販売者コード", "123"),
        ("code-exponent", INVENTORY, 2, "販売者コード", "9.87654321012346E+018"),
        ("code-date", INVENTORY, 2, "オプションコード", "2026/03/04"),
        ("code-date", INVENTORY, 3, "販売者コード", "03/04/26"),
        ("code-date", INVENTORY, 3, "オプションコード", "04/03/26"),
        ("code-zeros-lost", INVENTORY, 4, "販売者コード", "123"),
        ("code-zeros-lost", INVENTORY, 4, "オプションコード", "42"),
    ]
    for finding in check_products():
        if finding.code in DAMAGE:
            assert finding.severity == "warning"  # the seller decides: a code may be meant so
            assert "表計算ソフトでは開かないでください" in finding.message
            assert finding.source == load_rules()[finding.code].source


def test_leading_zeros_across_imports(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    """Compared with the previous import of the same product; still reported when the damaged
    file is imported twice; gone once the seller imports a good file again."""
    first = tmp_path / "1"
    first.mkdir()
    import_file(goods_file(first / GOODS, goods_row("100", "00123"), goods_row("101", "0999")))
    assert _damage() == []

    second = tmp_path / "2"
    second.mkdir()
    report = import_file(
        goods_file(second / GOODS, goods_row("100", "123"), goods_row("101", "0999"))
    )
    assert report.lost_zeros == 1
    [finding] = [f for f in check_products() if f.code == "code-zeros-lost"]
    assert (finding.line, finding.column, finding.value, finding.item_no) == (
        2,
        "販売者コード",
        "123",
        "100",
    )
    assert "「00123」" in finding.message
    first_import = import_log()[1]
    assert f"前回の取り込み({first_import.imported_at} {GOODS})" in finding.message

    import_file(goods_file(second / GOODS, goods_row("100", "123"), goods_row("101", "0999")))
    assert [f[2:] for f in _damage()] == [(2, "販売者コード", "123")]  # the damage is not the norm

    import_file(goods_file(first / GOODS, goods_row("100", "00123"), goods_row("101", "0999")))
    assert _damage() == []
    # A different product with 123 is no damage: products are matched by their 商品番号.
    import_file(goods_file(first / GOODS, goods_row("200", "123"), goods_row("101", "0999")))
    assert _damage() == []


def test_fast_path_and_row_by_row_path_agree(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chunk with a blank row goes row by row; the findings are the same as the fast path's."""
    monkeypatch.setattr(importer_module, "CHUNK_ROWS", 3)
    old = [goods_row(str(100 + i), f"{i:05d}") for i in range(9)]
    new = [goods_row(str(100 + i), str(i) if i % 2 else f"{i:05d}") for i in range(9)]
    folder = tmp_path / "a"
    folder.mkdir()
    import_file(goods_file(folder / GOODS, *old))
    import_file(goods_file(folder / GOODS, *new))
    fast = _damage()
    import_file(goods_file(folder / GOODS, *old))
    # an empty line (no cells) and a row of empty cells (Excel leaves those): both skipped
    import_file(goods_file(folder / GOODS, *new[:4], [], *new[4:7], [""] * 10, *new[7:]))
    careful = _damage()
    assert [f[3:] for f in fast] == [("販売者コード", str(i)) for i in (1, 3, 5, 7)]
    assert [f[3:] for f in careful] == [f[3:] for f in fast]
    assert [f[2] for f in fast] == [3, 5, 7, 9]
    assert [f[2] for f in careful] == [3, 5, 8, 11]  # the blank rows (lines 6, 10) shift them


def test_check_products_cli_shows_the_cell_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = Cli(tmp_path / "cli.db", capsys)
    goods, options = _clean()
    saved = tmp_path / "saved"
    saved.mkdir()
    paths = [
        goods_file(saved / GOODS, *_saved_by_libreoffice(goods)),
        inventory_file(saved / INVENTORY, *_saved_by_libreoffice(options)),
    ]
    assert run("import", str(paths[1]))[0] == 0
    first = tmp_path / "first"
    first.mkdir()
    clean = goods_file(first / GOODS, *goods)
    assert run("import", str(clean))[0] == 0
    code, out, _err = run("import", str(paths[0]))
    assert code == 0
    assert "前回の取り込みから先頭の0が消えたコード: 1件" in out
    code, out, _err = run("check-products")
    assert code == 0  # warnings only
    assert f"{GOODS} 2行目 [警告] コードが指数表記に変換されている 「販売者コード」" in out
    assert "  値: 9.87654321012346E+018" in out
    code, out, _err = run("check-products", "--json")
    data = [d for d in json.loads(out) if d["code"] == "code-date"]
    assert {(d["file"], d["line"], d["column"], d["value"]) for d in data} == {
        (GOODS, 3, "販売者コード", "03/04/26"),
        (INVENTORY, 2, "オプションコード", "2026/03/04"),
        (INVENTORY, 3, "販売者コード", "03/04/26"),
        (INVENTORY, 3, "オプションコード", "04/03/26"),
    }


@pytest.mark.usefixtures("qapp")
def test_findings_grid_shows_the_damaged_cell(
    db: peewee.SqliteDatabase, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    from qsm_desktop.gui.products.findings_model import (
        COL_LINE,
        COL_TITLE,
        COLUMNS,
        FindingTableModel,
    )
    from qsm_desktop.gui.products.job_texts import import_summary

    goods, options = _clean()
    _import(tmp_path / "clean", goods, options)
    reports = _import(tmp_path / "saved", _saved_by_libreoffice(goods), options)
    model = FindingTableModel()
    model.set_findings(check_products())
    qtmodeltester.check(model)
    summary = import_summary(reports)
    assert "前回の取り込みから先頭の0が消えたコード: 1 件" in summary.splitlines()[2]
    headers = [c.header for c in COLUMNS]
    col_column, col_value = headers.index("列"), headers.index("値")
    shown = [
        tuple(model.index(r, c).data() for c in (COL_TITLE, COL_LINE, col_column, col_value))
        for r in range(model.rowCount())
    ]
    assert (
        "コードが指数表記に変換されている",
        "2",
        "販売者コード",
        "9.87654321012346E+018",
    ) in shown
    assert (
        "コードが日付に変換されている",
        "3",
        "販売者コード",
        "03/04/26",
    ) in shown
