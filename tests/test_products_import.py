"""Importing GoodsList.csv / gridInventory: encodings, values, bad files, all or nothing."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import peewee
import pytest
from backends import on_both_backends
from products_fixtures import (
    GOODS_HEADER,
    INVENTORY_HEADER,
    goods_file,
    goods_row,
    inventory_file,
    option_row,
    stored_cells,
    stored_counts,
    write_csv,
)

from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.products import importer as importer_module
from qsm_desktop.core.products.columns import (
    GOODS,
    INVENTORY,
)
from qsm_desktop.core.products.errors import (
    ImportCancelled,
    ProductImportError,
)
from qsm_desktop.core.products.importer import (
    import_file,
    import_files,
)
from qsm_desktop.core.products.query import (
    Product,
    get_product,
)
from qsm_desktop.core.products.records import (
    current_import,
    import_log,
)

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

ROWS = [
    goods_row("100", "SC-1", '綿100%Tシャツ, 白 "定番"', "1,980", "1,500", "198", "10"),
    goods_row(
        "101", "SC-2", "㈱髙﨑の①番セット\r\n2行目", "12,345,678", "", "12.5", "0", "", "", ""
    ),
    goods_row("102", "", "ﾊﾝｶｸ ｶﾅ", "500", "400", "50", "3", "1,200", "有料", "2029-05-01"),
]


def _line(row: list[str]) -> str:
    """One CSV record without its CRLF (the terminator also decides which cells get quoted)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(row)
    return out.getvalue().removesuffix("\r\n")


def _refused(path: Path) -> ProductImportError:
    with pytest.raises(ProductImportError) as info:
        import_file(path)
    assert stored_counts() == (0, 0, 0)
    message = str(info.value)
    assert "\n" not in message and "行目" in message and "何も取り込んでいません" in message
    return info.value


# -- encodings ------------------------------------------------------------------------------------


def _product(item_no: str) -> Product:
    product = get_product(item_no)
    assert product is not None, item_no
    return product


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_encoding_matrix_gives_the_same_rows(
    db: peewee.SqliteDatabase, tmp_path: Path, encoding: str
) -> None:
    path = goods_file(tmp_path / "GoodsList.csv", *ROWS, encoding=encoding)
    report = import_file(path)
    assert report.encoding == encoding
    assert report.rows == 3 and report.kind == "goods"
    entry = current_import(GOODS)
    assert entry is not None and list(entry.header) == GOODS_HEADER
    assert not entry.header[0].startswith("\ufeff")
    assert stored_cells() == ROWS


def test_cp932_extension_characters(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    name = "①㈱髙﨑Ⅱ№～"
    path = goods_file(tmp_path / "g.csv", goods_row(name=name))
    with pytest.raises(UnicodeEncodeError):
        name.encode("shift_jis")  # why the app never uses plain shift_jis
    import_file(path)
    product = get_product("100")
    assert product is not None and product.name == name


def test_ambiguous_half_width_kana_follow_the_header(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    # ﾃｽ in CP932 is C3 BD, which is also valid UTF-8 (ý): the body alone cannot decide.
    kana = "ﾃｽﾃｽ"
    path = goods_file(tmp_path / "g.csv", goods_row(name=kana, shipping_type=""))
    body = path.read_bytes().split(b"\r\n", 1)[1]
    assert "ﾃｽ".encode("cp932").decode("utf-8") == "ý"
    body.decode("utf-8")  # the whole data part is valid UTF-8 …
    report = import_file(path)
    assert (
        report.encoding == "cp932"
    )  # … but only CP932 reads the header as 商品番号, 販売者コード …
    assert _product("100").name == kana


def test_inventory_is_recognised_from_its_header_in_any_order(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    header = [*reversed(INVENTORY_HEADER), "メモ"]
    row = [*reversed(option_row()), "extra"]
    path = write_csv(tmp_path / "whatever.csv", [row], header)
    report = import_file(path)
    assert (report.kind, report.rows, report.extra_columns) == ("inventory", 1, ("メモ",))
    option = _product("100").options[0]
    assert (option.label, option.option_code, option.quantity) == (
        "カラー:赤 / サイズ:M",
        "OPT-100-1",
        4,
    )
    assert stored_cells("inventory") == [row]


# -- values ---------------------------------------------------------------------------------------


def test_values_parse(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    import_file(goods_file(tmp_path / "g.csv", *ROWS))
    first, second, third = (_product(n).goods for n in ("100", "101", "102"))
    assert first is not None and second is not None and third is not None
    assert (first.price, first.cost, first.fee, first.quantity) == (1980, "1,500", "198", 10)
    assert first.end_date == datetime(2030, 12, 31, 23, 59)
    assert (second.price, second.cost, second.fee, second.end_date) == (
        12_345_678,
        "",
        "12.5",
        None,
    )
    assert second.name == "㈱髙﨑の①番セット\r\n2行目"
    assert (third.shipping_fee, third.end_date) == (1200, datetime(2029, 5, 1))


@pytest.mark.parametrize(
    "fee, cost",
    [("10%", "1500"), ("12.5%", "￥1,500"), ("1.2.3", "未定"), ("-", " 1500 ")],
)
def test_columns_the_app_does_not_use_never_block_an_import(
    db: peewee.SqliteDatabase, tmp_path: Path, fee: str, cost: str
) -> None:
    """手数料 and 供給原価 are read by no screen or check: kept as text, exactly as written."""
    path = goods_file(tmp_path / "GoodsList.csv", goods_row(fee=fee, cost=cost))
    assert import_file(path).rows == 1
    goods = _product("100").goods
    assert goods is not None
    assert (goods.fee, goods.cost, goods.price) == (fee, cost, 1980)
    assert stored_cells("goods")[0][GOODS_HEADER.index("手数料")] == fee


def test_a_bad_value_in_a_used_column_is_still_refused_next_to_an_unused_one(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    """Lenient 手数料 does not make 販売価格 lenient: the same refusal as before, same words."""
    bad = goods_row(item_no="101", fee="10%", price="1,980円")
    error = _refused(goods_file(tmp_path / "GoodsList.csv", goods_row(fee="10%"), bad))
    assert (error.line, error.column, error.value) == (3, "販売価格", "1,980円")
    assert str(error) == (
        "GoodsList.csv 3行目「販売価格」列: 「1,980円」は半角の整数(例: 1200 または 1,200)"
        "ではありません。何も取り込んでいません。"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2030-12-31", datetime(2030, 12, 31)),
        ("2030/12/31", datetime(2030, 12, 31)),
        ("2030-12-31 23:59", datetime(2030, 12, 31, 23, 59)),
        ("2030/12/31 23:59:30", datetime(2030, 12, 31, 23, 59, 30)),
        ("2030/1/5 0:00", datetime(2030, 1, 5)),
    ],
)
def test_date_formats(
    db: peewee.SqliteDatabase, tmp_path: Path, text: str, expected: datetime
) -> None:
    import_file(goods_file(tmp_path / "g.csv", goods_row(end_date=text)))
    assert _product("100").end_date == expected


@pytest.mark.parametrize(
    "column, value",
    [
        ("販売価格", "12a"),
        ("販売価格", "1,00"),
        ("販売価格", "１２"),
        ("販売価格", "1_000"),
        ("数量", "1.5"),
        ("送料", "500円"),
        ("終了日", "31/12/2030"),
        ("終了日", "2030-02-30"),
        ("終了日", "2030-12-31 25:00"),
        ("終了日", "2030-12/31"),
    ],
)
def test_bad_cell_names_file_line_column_value(
    db: peewee.SqliteDatabase, tmp_path: Path, column: str, value: str
) -> None:
    bad = goods_row(item_no="101")
    bad[GOODS_HEADER.index(column)] = value
    path = goods_file(tmp_path / "GoodsList.csv", goods_row(), bad)
    error = _refused(path)
    assert (error.file, error.line, error.column, error.value) == (
        "GoodsList.csv",
        3,
        column,
        value,
    )
    assert str(error).startswith(f"GoodsList.csv 3行目「{column}」列: 「{value}」は")


def test_line_numbers_count_quoted_line_breaks(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = goods_file(tmp_path / "g.csv", goods_row(name="1\n2\n3"), goods_row("101", price="x"))
    assert _refused(path).line == 5  # header 1, first record 2-4


def test_blank_lines_and_empty_rows_are_skipped(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    text = ",".join(GOODS_HEADER) + "\r\n" + _line(goods_row()) + "\r\n\r\n" + "," * 9 + "\r\n"
    path.write_bytes(text.encode("cp932"))
    assert import_file(path).rows == 1


# -- bad files ------------------------------------------------------------------------------------


def test_empty_file(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "GoodsList.csv"
    path.write_bytes(b"")
    error = _refused(path)
    assert error.line == 1 and "空" in str(error)


def test_header_only(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "GoodsList.csv"
    path.write_bytes((",".join(GOODS_HEADER) + "\r\n").encode("cp932"))
    error = _refused(path)
    assert error.line == 2 and "データ行がありません" in str(error)


def test_wrong_headers_list_the_missing_columns(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    header = [h for h in GOODS_HEADER if h != "終了日"] + ["販売終了日"]
    error = _refused(write_csv(tmp_path / "GoodsList.csv", [goods_row()], header))
    assert error.line == 1 and "終了日" in str(error) and "見つからない列" in str(error)


def test_unrelated_csv(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\r\n1,2,3\r\n", encoding="utf-8")
    assert _refused(path).line == 1


def test_duplicate_known_column(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    error = _refused(
        write_csv(tmp_path / "g.csv", [[*goods_row(), "x"]], [*GOODS_HEADER, "商品名"])
    )
    assert "商品名" in str(error)


def test_binary(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "GoodsList.csv"
    path.write_bytes(bytes(range(256)) * 4)
    assert _refused(path).line == 1


def test_zip_renamed_csv(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "GoodsList.csv"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("GoodsList.csv", ",".join(GOODS_HEADER))
    error = _refused(path)
    assert error.line == 1 and "ZIP" in str(error)


@pytest.mark.parametrize("encoding", ["cp932", "utf-8"])
def test_truncated_in_a_multibyte_character(
    db: peewee.SqliteDatabase, tmp_path: Path, encoding: str
) -> None:
    path = goods_file(
        tmp_path / "GoodsList.csv",
        goods_row(),
        goods_row("101", name="最後の商品名"),
        encoding=encoding,
    )
    data = path.read_bytes()
    cut = data.rindex("名".encode(encoding)) + 1  # inside the last character of line 3
    path.write_bytes(data[:cut])
    error = _refused(path)
    assert error.line == 3 and "読めないバイト列" in str(error)


def test_invalid_byte_in_the_middle_names_its_line(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    rows = [goods_row(str(n)) for n in range(100, 2100)]  # beyond the decoder's read-ahead
    path = goods_file(tmp_path / "GoodsList.csv", *rows, encoding="utf-8")
    lines = path.read_bytes().split(b"\r\n")
    lines[1500] = lines[1500].replace("ベーシック".encode(), b"\xff\xfe")
    path.write_bytes(b"\r\n".join(lines))
    assert _refused(path).line == 1501


@pytest.mark.parametrize(
    "row_text, line",
    [
        ('100,SC,"unclosed name,1,1,1,1,1,x,2030-01-01', 2),
        ('100,SC,"closed"trailing,1,1,1,1,1,x,2030-01-01', 2),
    ],
)
def test_stray_quote(db: peewee.SqliteDatabase, tmp_path: Path, row_text: str, line: int) -> None:
    path = tmp_path / "GoodsList.csv"
    good = _line(goods_row("99"))
    path.write_bytes(f"{','.join(GOODS_HEADER)}\r\n{row_text}\r\n{good}\r\n".encode("cp932"))
    error = _refused(path)
    assert error.line == line and '"' in str(error)


def test_stray_quote_after_good_rows(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "GoodsList.csv"
    rows = [_line(goods_row(str(n))) for n in range(100, 103)]
    rows.append('103,SC,"never closed,1,1,1,1,1,x,2030-01-01')
    rows.append(_line(goods_row("104")))
    path.write_bytes((",".join(GOODS_HEADER) + "\r\n" + "\r\n".join(rows) + "\r\n").encode())
    assert _refused(path).line == 5


def test_wrong_cell_count(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "g.csv", [goods_row(), goods_row("101")[:9]], GOODS_HEADER)
    error = _refused(path)
    assert error.line == 3 and "列の数" in str(error)


def test_missing_item_number(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    error = _refused(goods_file(tmp_path / "g.csv", goods_row(item_no=" ")))
    assert (error.line, error.column) == (2, "商品番号")


def test_missing_file_is_refused(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    with pytest.raises(QsmError, match="ファイルを開けません"):
        import_file(tmp_path / "nope.csv")


# -- all or nothing, snapshots, the log -----------------------------------------------------------


def test_both_files_in_one_call(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    reports = import_files(
        [
            goods_file(tmp_path / "GoodsList.csv", *ROWS),
            inventory_file(tmp_path / "inv.csv", option_row(), option_row(detail1="青")),
        ],
        operator="tester",
    )
    assert [(r.kind, r.rows) for r in reports] == [("goods", 3), ("inventory", 2)]
    assert stored_counts() == (3, 2, 2)
    assert [e.imported_by for e in import_log()] == ["tester", "tester"]
    newest = import_log()[0]
    assert import_log(limit=1) == [newest]
    assert [e.kind for e in import_log(GOODS, limit=5)] == ["goods"]


def test_one_bad_file_imports_nothing(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    good = inventory_file(tmp_path / "inv.csv")
    bad = goods_file(tmp_path / "GoodsList.csv", goods_row(price="x"))
    with pytest.raises(ProductImportError):
        import_files([good, bad])
    assert stored_counts() == (0, 0, 0)


def test_two_files_of_one_kind_are_refused(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    a = goods_file(tmp_path / "a.csv")
    b = goods_file(tmp_path / "b.csv")
    with pytest.raises(ProductImportError, match="複数"):
        import_files([a, b])
    assert stored_counts() == (0, 0, 0)


def test_reimport_replaces_the_snapshot_and_keeps_the_log(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    first = import_file(goods_file(tmp_path / "old.csv", *ROWS), operator="a")
    inventory = import_file(inventory_file(tmp_path / "inv.csv"))
    second = import_file(goods_file(tmp_path / "GoodsList.csv", goods_row("200")), operator="b")
    assert second.replaced_rows == 3
    assert stored_cells() == [goods_row("200")]
    assert stored_counts() == (1, 1, 3)
    log = {e.id: e for e in import_log()}
    assert log[first.import_id].replaced_at is not None
    assert log[second.import_id].is_current and log[inventory.import_id].is_current
    assert log[first.import_id].source_path == str((tmp_path / "old.csv").resolve())
    assert log[first.import_id].row_count == 3 and log[first.import_id].imported_by == "a"
    current = current_import(GOODS)
    assert current is not None and current.id == second.import_id
    current = current_import(INVENTORY)
    assert current is not None and current.id == inventory.import_id
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql('DELETE FROM "product_import"')  # the log is never deleted


def test_failed_reimport_keeps_the_previous_snapshot(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    import_file(goods_file(tmp_path / "g.csv", *ROWS))
    with pytest.raises(ProductImportError):
        import_file(goods_file(tmp_path / "bad.csv", goods_row(quantity="many")))
    assert stored_cells() == ROWS
    assert stored_counts() == (3, 0, 1)


def test_progress_reports_bytes_and_can_cancel(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "CHUNK_ROWS", 10)
    path = goods_file(tmp_path / "g.csv", *[goods_row(str(n)) for n in range(100)])
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    import_file(path, progress=progress)
    size = path.stat().st_size
    assert calls[0] == (0, size) and calls[-1] == (size, size)
    assert len(calls) >= 10
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    before = stored_counts()
    seen: list[int] = []

    def cancel_midway(done: int, total: int) -> bool:
        seen.append(done)
        return len(seen) < 3

    with pytest.raises(ImportCancelled):
        import_file(
            goods_file(tmp_path / "h.csv", *[goods_row(str(n)) for n in range(50)]),
            progress=cancel_midway,
        )
    assert stored_counts() == before
    assert stored_cells() == [goods_row(str(n)) for n in range(100)]


def test_rows_that_contain_the_unit_separator_survive(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    row = goods_row(name="a\x1fb", shipping_type='["x"]')
    import_file(goods_file(tmp_path / "g.csv", row, encoding="utf-8"))
    assert stored_cells() == [row]
    assert _product("100").name == "a\x1fb"


def test_the_column_definitions_load_without_the_importer_or_the_store() -> None:
    """The CLI's parser reads columns.find_kind on every start (export-sjis KIND)."""
    code = (
        "import sys\n"
        "from qsm_desktop.core.products.columns import find_kind\n"
        "find_kind('goods')\n"
        "loaded = [m for m in sys.modules if m == 'peewee' or m.startswith('qsm_desktop.core.products.')]\n"
        "assert loaded == ['qsm_desktop.core.products.columns'], loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_raw_reader_matches_the_floor_reader(tmp_path: Path) -> None:
    """The import reads exactly what the standard csv module reads (newline='')."""
    path = goods_file(tmp_path / "g.csv", *ROWS)
    with path.open(encoding="cp932", newline="") as handle:
        assert list(csv.reader(handle))[1:] == ROWS


def test_a_schema_2_database_gains_the_product_tables(tmp_path: Path) -> None:
    from qsm_desktop.core import migrations
    from qsm_desktop.core.db import connect, open_database

    path = tmp_path / "old.db"
    old = connect(path)
    migrations.migrate_to_latest(old, path, steps=migrations.MIGRATIONS[:2])
    old.close()
    db = open_database(path)
    try:
        assert migrations.current_version(db) == migrations.latest_version()
        assert stored_counts() == (0, 0, 0)
        assert list((tmp_path / "backups").glob("old-*-migration.db"))  # taken before migrating
    finally:
        db.close()


# -- chunks: the fast path reads 2,048 records at a time; lines must stay exact across them -----


def _reference_lines(path: Path, encoding: str) -> list[int]:
    """Start lines of the non-blank records, the slow obvious way."""
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        end, starts = reader.line_num, []
        for row in reader:
            if any(row):
                starts.append(end + 1)
            end = reader.line_num
    return starts


def test_lines_across_chunks_with_line_breaks_and_blank_rows(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "CHUNK_ROWS", 3)
    names = ["a", "b\r\nc", "d\re", "f\ng\n", "\r", "h", "i\r\n\r\nj", "k", "\n\r", "l"]
    rows = [goods_row(str(100 + n), name=name) for n, name in enumerate(names)]
    path = tmp_path / "g.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(GOODS_HEADER)
        for n, row in enumerate(rows):
            writer.writerow(row)
            if n % 4 == 1:
                handle.write("\r\n" if n % 8 == 1 else ",,,,,,,,,\r\n")  # blank / empty rows
    import_file(path)
    stored = [
        line
        for (line,) in database_proxy.obj.connection().execute(
            'SELECT "line" FROM "goods_item" ORDER BY "id"'
        )
    ]
    assert stored == _reference_lines(path, "utf-8")
    assert stored_cells() == rows


def test_bad_value_in_a_later_chunk(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "CHUNK_ROWS", 4)
    rows = [goods_row(str(n), name="x\ny" if n % 3 else "z") for n in range(100, 111)]
    rows[9][GOODS_HEADER.index("数量")] = "九"
    path = goods_file(tmp_path / "g.csv", *rows)
    error = _refused(path)
    assert error.line == _reference_lines(path, "cp932")[9]
    assert (error.column, error.value) == ("数量", "九")


def test_stray_quote_in_a_later_chunk(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "CHUNK_ROWS", 4)
    lines = [_line(goods_row(str(n), name="a\nb")) for n in range(100, 110)]
    lines.insert(7, '200,SC,"unclosed,1,1,1,1,1,x,2030-01-01')
    path = tmp_path / "g.csv"
    path.write_bytes((",".join(GOODS_HEADER) + "\r\n" + "\r\n".join(lines) + "\r\n").encode())
    assert _refused(path).line == 2 + 7 * 2  # header, then seven two-line records
