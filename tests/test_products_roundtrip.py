"""Property tests: export → import keeps every cell; arbitrary bytes only ever get refused."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from products_fixtures import (
    GOODS_HEADER,
    INVENTORY_HEADER,
    stored_cells,
    stored_counts,
    write_csv,
)

from qsm_desktop.core.charsets import cp932_can_carry
from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.products import importer
from qsm_desktop.core.products.cells import pack, unpack
from qsm_desktop.core.products.errors import (
    ProductImportError,
)
from qsm_desktop.core.products.export import (
    export_sjis,
)
from qsm_desktop.core.products.importer import (
    import_file,
)

# A function-scoped database is fine here: every example replaces the previous snapshot.
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Characters CP932 carries unchanged (NUL excluded: a file with NUL bytes is refused as binary),
# with the CSV-hostile ones made likely: quotes, commas, CR, LF, CRLF, and the unit separator.
# The six characters cp932 encodes to a look-alike (¢£¬‖−〜) do not round-trip: the export
# refuses them (test_products_export), so they are left out here.
BEST_FIT = "¢£¬‖−〜"
_CHARS = st.characters(codec="cp932", exclude_characters="\x00" + BEST_FIT)
_SPECIAL = st.sampled_from(['"', ",", "\r", "\n", "\r\n", '""', " ", "\x1f", "①", "髙"])
TEXT = st.lists(st.one_of(_CHARS, _SPECIAL), max_size=8).map("".join)
ITEM_NO = TEXT.filter(lambda s: s.strip() != "")
NUMBER = st.one_of(
    st.just(""),
    st.integers(0, 10**9).map(str),
    st.integers(-(10**9), 10**9).map(lambda n: f"{n:,}"),
)
DATE = st.one_of(
    st.just(""),
    st.builds(
        lambda d, fmt: d.strftime(fmt),
        st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31)),
        st.sampled_from(["%Y-%m-%d", "%Y/%m/%d", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M:%S"]),
    ),
)
GOODS_ROW = st.tuples(
    ITEM_NO, TEXT, TEXT, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, TEXT, DATE, TEXT
).map(list)
INVENTORY_ROW = st.tuples(
    ITEM_NO, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, NUMBER, NUMBER, TEXT, TEXT
).map(list)


@SETTINGS
@given(
    rows=st.lists(GOODS_ROW, min_size=1, max_size=5),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
)
def test_goods_export_then_import_gives_the_same_cells(
    db: peewee.SqliteDatabase, tmp_path: Path, rows: list[list[str]], encoding: str
) -> None:
    header = [*GOODS_HEADER, '備考,"メモ"']  # an extra column, with CSV-hostile characters
    source = write_csv(tmp_path / "GoodsList.csv", rows, header, encoding)
    import_file(source)
    assert stored_cells() == rows
    out = tmp_path / "GoodsList_sjis.csv"
    export_sjis("goods", out)
    data = out.read_bytes()
    assert data.endswith(b"\r\n") and data.decode("cp932").startswith(",".join(GOODS_HEADER))
    report = import_file(out)
    assert report.encoding == "cp932"
    assert stored_cells() == rows


@SETTINGS
@given(rows=st.lists(INVENTORY_ROW, min_size=1, max_size=5))
def test_inventory_export_then_import_gives_the_same_cells(
    db: peewee.SqliteDatabase, tmp_path: Path, rows: list[list[str]]
) -> None:
    import_file(write_csv(tmp_path / "inv.csv", rows, INVENTORY_HEADER, "utf-8"))
    out = tmp_path / "inv_sjis.csv"
    export_sjis("inventory", out)
    import_file(out)
    assert stored_cells("inventory") == rows


@settings(max_examples=200)
@given(cells=st.lists(st.text(max_size=6), max_size=6))
def test_cells_pack_round_trip(cells: list[str]) -> None:
    assert unpack(pack(cells)) == cells


@SETTINGS
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_are_refused_and_import_nothing(
    db: peewee.SqliteDatabase, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "GoodsList.csv"
    path.write_bytes(data)
    with pytest.raises(ProductImportError):
        import_file(path)
    assert stored_counts() == (0, 0, 0)


@SETTINGS
@given(data=st.binary(max_size=600), encoding=st.sampled_from(["cp932", "utf-8", "utf-8-sig"]))
def test_arbitrary_bytes_after_a_valid_header(
    db: peewee.SqliteDatabase, tmp_path: Path, data: bytes, encoding: str
) -> None:
    """Garbage after a good header is refused with the app's error, or imported consistently."""
    path = tmp_path / "GoodsList.csv"
    path.write_bytes((",".join(GOODS_HEADER) + "\r\n").encode(encoding) + data)
    before = stored_counts()
    try:
        report = import_file(path)
    except ProductImportError as exc:
        assert "行目" in str(exc)
        assert stored_counts() == before
    else:
        assert stored_counts()[0] == report.rows


def test_the_best_fit_characters_are_exactly_those_cp932_changes() -> None:
    changed = [
        chr(c)
        for c in range(0x3100)  # every BMP character below CJK; the rest all round-trip
        if not 0xD800 <= c < 0xE000 and _encodes(chr(c)) and not cp932_can_carry(chr(c))
    ]
    assert "".join(changed) == BEST_FIT


def _encodes(char: str) -> bool:
    try:
        char.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


@SETTINGS
@given(rows=st.lists(GOODS_ROW, min_size=1, max_size=12), chunk=st.integers(1, 5))
def test_stored_lines_match_the_csv_module(
    db: peewee.SqliteDatabase, tmp_path: Path, rows: list[list[str]], chunk: int
) -> None:
    path = write_csv(tmp_path / "GoodsList.csv", rows, [*GOODS_HEADER, "備考"], "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "CHUNK_ROWS", chunk)
        import_file(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        expected, end = [], reader.line_num
        for _row in reader:
            expected.append(end + 1)
            end = reader.line_num
    conn = database_proxy.obj.connection()
    assert [r[0] for r in conn.execute('SELECT "line" FROM "goods_item" ORDER BY "id"')] == expected
