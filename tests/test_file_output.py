"""Files the app writes go onto a regular file or a new path only, with the user's permissions;
CSV reading bounds the memory of a line and of a cell before holding it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import peewee
import pytest
from products_fixtures import goods_row, inventory_file, write_csv

from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.file_output import write_bytes
from qsm_desktop.core.products import importer as importer_module
from qsm_desktop.core.products.columns import (
    GOODS,
)
from qsm_desktop.core.products.errors import (
    ProductImportError,
)
from qsm_desktop.core.products.export import (
    export_sjis,
)
from qsm_desktop.core.products.importer import (
    import_file,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("special", ["fifo", "folder"])
def test_writing_onto_a_special_file_is_refused_and_leaves_it(tmp_path: Path, special: str) -> None:
    target = tmp_path / "target"
    if special == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(QsmError, match="通常のファイルではありません"):
        write_bytes(target, b"x")
    assert stat.S_ISFIFO(target.stat().st_mode) if special == "fifo" else target.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["target"]  # no temporary file left


def test_dev_full_is_refused_not_replaced(tmp_path: Path) -> None:
    device = Path("/dev/full")
    if not device.exists():
        pytest.skip("no /dev/full here")
    with pytest.raises(QsmError, match="通常のファイルではありません"):
        write_bytes(device, b"x")
    assert stat.S_ISCHR(device.stat().st_mode)


def test_new_files_get_the_umask_permissions_existing_ones_keep_theirs(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.eml"
        write_bytes(fresh, b"x")
        assert _mode(fresh) == 0o644  # not mkstemp's 0600
        kept = tmp_path / "kept.eml"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        write_bytes(kept, b"new")
        assert _mode(kept) == 0o640 and kept.read_bytes() == b"new"
    finally:
        os.umask(old)


def test_export_sjis_refuses_a_device_and_writes_shareable_files(
    db: peewee.SqliteDatabase, tmp_path: Path
) -> None:
    import_file(write_csv(tmp_path / "GoodsList.csv", [goods_row()]))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(QsmError, match="通常のファイルではありません"):
        export_sjis(GOODS, fifo)
    old = os.umask(0o002)
    try:
        out = tmp_path / "out.csv"
        export_sjis(GOODS, out)
        assert _mode(out) == 0o664
    finally:
        os.umask(old)


def test_a_csv_line_longer_than_the_limit_is_refused_before_it_is_held(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "MAX_LINE_CHARS", 10_000)
    monkeypatch.setattr(importer_module, "LINE_BLOCK_BYTES", 4096)
    path = inventory_file(tmp_path / "inv.csv")
    with path.open("ab") as handle:
        handle.write(b"x" * 50_000)  # one line, no line end
    with pytest.raises(ProductImportError) as caught:
        import_file(path)
    assert "1行が長すぎます(10,000文字まで)" in str(caught.value)


def test_lines_split_like_a_text_stream(
    db: peewee.SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CRLF split across blocks, lone CR, quoted line breaks: the same records as before."""
    monkeypatch.setattr(importer_module, "LINE_BLOCK_BYTES", 7)
    rows = [goods_row(name="改行\r\nあり"), goods_row("101", name="b")]
    report = import_file(write_csv(tmp_path / "GoodsList.csv", rows, encoding="utf-8"))
    assert report.rows == 2
