"""Import GoodsList.csv / InventoryManagement_gridInventory.csv into the store.

All or nothing: every file of one call is read inside one transaction, and any problem — a bad
cell, a stray quote, a byte that is not text, a cancel from the progress callback — rolls it all
back. A successful import of a file kind replaces that kind's previous snapshot and adds a row to
the import log (when, from where, which encoding, how many rows).

The inner loop is shaped by the budget: within 1.5x of reading the file with the ``csv`` module
and ``executemany`` alone (bench/import.py). csv.reader runs over a streaming text decoder; rows
are taken a chunk at a time and checked with C-level ``map``/``set`` operations, the strict
parsers seeing only values not met before (see ``_FileImport._chunks``); each row is stored
verbatim (see records.py); and the raw sqlite3 connection's ``executemany`` pulls the rows from
the chunks (peewee's per-row overhead alone would exceed the budget). Only one chunk is held at
a time, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, islice
from operator import itemgetter, methodcaller
from pathlib import Path
from typing import Any, BinaryIO

from qsm_desktop.core.changes import ChangeBus, ChangeEvent, announce
from qsm_desktop.core.db import database_proxy
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.products.cells import SEPARATOR
from qsm_desktop.core.products.cells import pack as pack_cells
from qsm_desktop.core.products.columns import (
    GOODS,
    INVENTORY,
    KIND_BY_SLUG,
    Column,
    ColumnType,
    FileKind,
    match_header,
)
from qsm_desktop.core.products.damage import ZeroWatch
from qsm_desktop.core.products.encoding import (
    BOM,
    ENCODING_LABELS,
    UTF8,
    UTF8_BOM,
    header_candidates,
)
from qsm_desktop.core.products.errors import ImportCancelled, ProductImportError, cannot_open
from qsm_desktop.core.products.values import CACHE_LIMIT, PATTERNS, SLOW_PARSERS, BadValue
from qsm_desktop.core.raw_sql import raw_connection

# progress(done_bytes, total_bytes) -> keep going? Returning False cancels (and rolls back).
Progress = Callable[[int, int], bool]

# Rows read, checked and inserted at a time; also how often progress is reported.
CHUNK_ROWS = 2048
# Memory per record is bounded before anything is buffered: a physical line, and a cell (csv's
# own limit, set explicitly: a record may span lines inside quotes).
LINE_BLOCK_BYTES = 256 * 1024
MAX_LINE_CHARS = 4 * 1024 * 1024
MAX_FIELD_CHARS = 1024 * 1024
_LINE = re.compile(r"[^\r\n]*+(?:\r\n|\r(?!$)|\n)")  # a "\r" ending a block may precede "\n"
HEAD_BYTES = 64 * 1024


# Files that are plainly not CSV text, recognised by their first bytes.
_MAGIC = (
    (
        b"PK\x03\x04",
        "ZIP形式のファイルです(Excelの.xlsxもZIP形式です)。展開するか、CSV形式で保存し直してください",
    ),
    (b"\xd0\xcf\x11\xe0", "Excel (.xls) 形式のファイルです。CSV形式で保存し直してください"),
    (b"%PDF", "PDFファイルです。J・QSMからダウンロードしたCSVファイルを指定してください"),
)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one file's import did (plain data for the GUI and CLI)."""

    import_id: int
    kind: str  # FileKind.slug
    file_name: str
    source_path: str
    encoding: str
    rows: int
    replaced_rows: int  # rows of the previous snapshot of this kind, now removed
    extra_columns: tuple[str, ...]
    imported_at: datetime
    lost_zeros: int = 0  # codes that lost their leading zeros since the previous import

    @property
    def kind_label(self) -> str:
        return KIND_BY_SLUG[self.kind].label

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS[self.encoding]

    def to_json(self) -> dict[str, Any]:
        return {
            "import_id": self.import_id,
            "kind": self.kind,
            "file_name": self.file_name,
            "source_path": self.source_path,
            "encoding": self.encoding,
            "rows": self.rows,
            "replaced_rows": self.replaced_rows,
            "extra_columns": list(self.extra_columns),
            "imported_at": self.imported_at.isoformat(sep=" "),
            "lost_zeros": self.lost_zeros,
        }


def import_file(
    path: Path | str,
    *,
    operator: str = "",
    progress: Progress | None = None,
    bus: ChangeBus | None = None,
) -> ImportReport:
    return import_files([path], operator=operator, progress=progress, bus=bus)[0]


def import_files(
    paths: Sequence[Path | str],
    *,
    operator: str = "",
    progress: Progress | None = None,
    bus: ChangeBus | None = None,
) -> list[ImportReport]:
    """Import every file in one transaction; raises ProductImportError / ImportCancelled.

    With a ``bus``, one ``products`` event is published after the commit."""
    files = [Path(p) for p in paths]
    if not files:
        raise QsmError("取り込むファイルを指定してください。")
    sizes = []
    for file in files:
        try:
            sizes.append(file.stat().st_size)
        except OSError as exc:
            raise cannot_open(file, exc) from None
    total = sum(sizes)
    if progress is not None and not progress(0, total):
        raise ImportCancelled()
    db = database_proxy.obj
    conn = raw_connection()
    reports: list[ImportReport] = []
    now = datetime.now().replace(microsecond=0)
    with db.atomic():
        done = 0
        for file, size in zip(files, sizes, strict=True):
            job = _FileImport(conn, file, size, done, total, progress, operator, now)
            report = job.run()
            if any(r.kind == report.kind for r in reports):
                raise ProductImportError(
                    file.name,
                    1,
                    f"{KIND_BY_SLUG[report.kind].file_name} と同じ種類のファイルが複数指定されています"
                    "(後のファイルが前のファイルを置き換えてしまいます)。1種類につき1ファイルにしてください",
                )
            reports.append(report)
            done += size
        announce(bus, ChangeEvent("products", "import"))
    return reports


class _Check:
    """One typed column of the file: how to test and parse it, which texts already passed."""

    __slots__ = ("column", "fullmatch", "parse", "passed")

    def __init__(self, column: Column) -> None:
        self.column = column
        pattern = PATTERNS.get(column.type)
        self.fullmatch = pattern.fullmatch if pattern is not None else None
        self.parse = SLOW_PARSERS[column.type]
        self.passed: set[str] = {""}


class _FileImport:
    def __init__(
        self,
        conn: Any,
        path: Path,
        size: int,
        done_before: int,
        total: int,
        progress: Progress | None,
        operator: str,
        now: datetime,
    ) -> None:
        self.conn = conn
        self.path = path
        self.name = path.name
        self.size = size
        self.done_before = done_before
        self.total = total
        self.progress = progress
        self.operator = operator
        self.now = now
        self.rows = 0

    def fail(
        self, line: int, reason: str, column: str | None = None, value: str | None = None
    ) -> ProductImportError:
        return ProductImportError(self.name, line, reason, column, value)

    def run(self) -> ImportReport:
        try:
            raw = open(self.path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise cannot_open(self.path, exc) from None
        try:
            kind, encoding = self._recognise(raw.read(HEAD_BYTES))
            raw.seek(0)
            csv.field_size_limit(MAX_FIELD_CHARS)
            reader = csv.reader(self._lines(raw, encoding), strict=True)
            header = self._next_header(reader, encoding)
            found, positions, _missing = match_header(header)
            if found is not kind:  # the sniffed first line must also be the first record
                raise self.fail(
                    1, "見出し行を読み取れません(見出し行の引用符の使い方が正しくありません)"
                )
            return self._store(kind, encoding, header, positions, reader, raw)
        finally:
            raw.close()

    def _lines(self, raw: BinaryIO, encoding: str) -> Iterator[str]:
        """The file's lines (line ends kept, like ``newline=""``), read a block at a time.

        A line longer than MAX_LINE_CHARS is refused before it is held whole: a text stream's
        readline buffers a line of any length (a file of 50 MB lines took 5 GB).
        """
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        carry = ""
        line = 0
        while True:
            block = raw.read(LINE_BLOCK_BYTES)
            final = not block
            text = carry + decoder.decode(block, final=final)
            cut = len(text) if final else text.rfind("\n") + 1
            lines = _LINE.findall(text, 0, cut)
            carry = text[sum(map(len, lines)) :]
            if final and carry:
                lines.append(carry)
                carry = ""
            line += len(lines)
            # a line can only be too long when the text it came from is (almost never)
            if len(text) > MAX_LINE_CHARS and max(map(len, [carry, *lines])) > MAX_LINE_CHARS:
                raise self.fail(
                    line + 1,
                    f"1行が長すぎます({MAX_LINE_CHARS:,}文字まで)。CSVファイルか確かめてください",
                )
            yield from lines
            if final:
                return

    def _recognise(self, head: bytes) -> tuple[FileKind, str]:
        if not head:
            raise self.fail(1, "ファイルが空です(0バイト)")
        for magic, reason in _MAGIC:
            if head.startswith(magic):
                raise self.fail(1, reason)
        if b"\x00" in head:
            raise self.fail(
                1, "テキストではないファイル(バイナリ)です。CSVファイルを指定してください"
            )
        closest: list[str] = []
        decoded = False
        for encoding, names in header_candidates(head):
            decoded = True
            kind, _positions, missing = match_header(names)
            if kind is not None:
                self._refuse_duplicate_columns(names, kind)
                return kind, encoding
            closest = closest or missing
        if not decoded:
            raise self.fail(
                1,
                "見出し行をUTF-8としてもShift_JIS (CP932)としても読めません。CSVファイルを指定してください",
            )
        expected = f"{GOODS.file_name} または {INVENTORY.file_name}"
        if closest:
            raise self.fail(
                1,
                f"見出し行が {expected} の列名と一致しません(見つからない列: {'、'.join(closest)})",
            )
        raise self.fail(1, f"見出し行が {expected} の見出し行ではありません")

    def _refuse_duplicate_columns(self, cells: list[str], kind: FileKind) -> None:
        names = [c.strip() for c in cells]
        doubled = [h for h in kind.headers if names.count(h) > 1]
        if doubled:
            raise self.fail(
                1,
                f"見出し行に同じ列名が2つ以上あります: {'、'.join(doubled)}(どちらを使うか決められません)",
            )

    def _next_header(self, reader: Any, encoding: str) -> list[str]:
        try:
            return next(reader)
        except UnicodeDecodeError:
            raise self._undecodable(encoding) from None
        except csv.Error as exc:
            raise self.fail(1, _csv_reason(exc)) from None

    def _store(
        self,
        kind: FileKind,
        encoding: str,
        header: list[str],
        positions: dict[str, int],
        reader: Any,
        raw: BinaryIO,
    ) -> ImportReport:
        conn = self.conn
        cursor = conn.execute(
            'INSERT INTO "product_import" ("kind", "source_path", "file_name", "encoding", '
            '"header", "row_count", "file_size", "imported_at", "imported_by") '
            "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)",
            (
                kind.slug,
                str(self.path.resolve()),
                self.name,
                encoding,
                json.dumps(header, ensure_ascii=False),
                self.size,
                self.now.isoformat(sep=" "),
                self.operator,
            ),
        )
        import_id = int(cursor.lastrowid)
        previous = conn.execute(
            'SELECT "id", "imported_at", "file_name", "header" FROM "product_import" '
            'WHERE "kind" = ? AND "replaced_at" IS NULL AND "id" != ? ORDER BY "id" DESC LIMIT 1',
            (kind.slug, import_id),
        ).fetchone()
        # Read before the previous rows are deleted: lost leading zeros need them (damage.py).
        watch = ZeroWatch(
            kind,
            positions,
            len(header),
            (previous[0], f"{previous[1]} {previous[2]}", json.loads(previous[3]))
            if previous
            else None,
            conn,
        )
        replaced = int(conn.execute(f'SELECT COUNT(*) FROM "{kind.table}"').fetchone()[0])
        conn.execute(f'DELETE FROM "{kind.table}"')
        conn.execute(
            'UPDATE "product_import" SET "replaced_at" = ? '
            'WHERE "kind" = ? AND "replaced_at" IS NULL AND "id" != ?',
            (self.now.isoformat(sep=" "), kind.slug, import_id),
        )
        conn.executemany(
            f'INSERT INTO "{kind.table}" ("line", "item_no", "cells") VALUES (?, ?, ?)',
            self._rows(reader, raw, encoding, len(header), positions, kind, watch),
        )
        if self.rows == 0:
            raise self.fail(2, "データ行がありません(見出し行だけのファイルです)")
        conn.execute(
            'UPDATE "product_import" SET "row_count" = ?, "damage" = ? WHERE "id" = ?',
            (self.rows, watch.to_json(), import_id),
        )
        known = set(kind.headers)
        return ImportReport(
            import_id=import_id,
            kind=kind.slug,
            file_name=self.name,
            source_path=str(self.path.resolve()),
            encoding=encoding,
            rows=self.rows,
            replaced_rows=replaced,
            extra_columns=tuple(h for h in header if h.strip() not in known),
            imported_at=self.now,
            lost_zeros=len(watch.found),
        )

    def _rows(
        self,
        reader: Any,
        raw: BinaryIO,
        encoding: str,
        width: int,
        positions: dict[str, int],
        kind: FileKind,
        watch: ZeroWatch,
    ) -> Iterator[tuple[int, str, str]]:
        """``(line, 商品番号, packed cells)`` for each record, validated; see :meth:`_chunks`."""
        return chain.from_iterable(
            self._chunks(reader, raw, encoding, width, positions, kind, watch)
        )

    def _chunks(
        self,
        reader: Any,
        raw: BinaryIO,
        encoding: str,
        width: int,
        positions: dict[str, int],
        kind: FileKind,
        watch: ZeroWatch,
    ) -> Iterator[Iterable[tuple[int, str, str]]]:
        """The tight loop, a chunk of records at a time.

        Python code runs per chunk and per *distinct* value, not per row: a chunk is checked
        column by column with C-level ``map``/``set`` operations (widths, 商品番号, each typed
        column's new values), packed with ``map(str.join)`` and handed to ``executemany`` as a
        ``zip``. A chunk with anything unusual in it — a blank row, a bad cell, a wrong width —
        goes through :meth:`_careful` row by row instead, which skips what may be skipped and
        raises the first error with its exact line. Codes that lost their leading zeros since the
        previous import are looked for in every chunk before either path (``watch``).
        """
        checks = [
            (itemgetter(positions[c.header]), _Check(c))
            for c in kind.columns
            if c.type is not ColumnType.TEXT
        ]
        item_of = itemgetter(positions["商品番号"])
        widths = {width}
        join = SEPARATOR.join
        separators = methodcaller("count", SEPARATOR)
        progress = self.progress
        scan = watch.scan if watch.active else None
        while True:
            before = reader.line_num
            try:
                chunk = list(islice(reader, CHUNK_ROWS))
            except UnicodeDecodeError:
                raise self._undecodable(encoding) from None
            except csv.Error as exc:
                raise self.fail(self._csv_error_line(encoding), _csv_reason(exc)) from None
            if not chunk:
                break
            count = len(chunk)
            texts = list(map(join, chunk))
            if reader.line_num - before == count:  # no record spans lines: numbering is direct
                lines: Sequence[int] = range(before + 1, before + 1 + count)
            else:
                lines = _start_lines(texts, before)
            if scan is not None:
                scan(chunk, lines)
            items: list[str] = []
            fine = set(map(len, chunk)) == widths
            if fine:
                items = list(map(item_of, chunk))
                fine = all(items) and not any(map(str.isspace, items))
            fine = fine and all(_column_passes(chunk, *check) for check in checks)
            if fine:
                if sum(map(separators, texts)) != (width - 1) * count:
                    texts = [pack_cells(row) for row in chunk]  # a cell holds U+001F itself
                self.rows += count
                yield zip(lines, items, texts, strict=True)
            else:
                yield list(self._careful(chunk, lines, width, positions, checks))
            if progress is not None and not progress(self.done_before + raw.tell(), self.total):
                raise ImportCancelled()
        if progress is not None and not progress(self.done_before + self.size, self.total):
            raise ImportCancelled()

    def _careful(
        self,
        chunk: list[list[str]],
        lines: Sequence[int],
        width: int,
        positions: dict[str, int],
        checks: Sequence[tuple[Callable[[list[str]], str], _Check]],
    ) -> Iterator[tuple[int, str, str]]:
        """Row by row: skip blank rows, raise the first problem with its line and cell."""
        item_index = positions["商品番号"]
        for row, line in zip(chunk, lines, strict=True):
            if len(row) != width:
                if not any(row):
                    continue  # a blank line, or a row of empty cells (Excel leaves those)
                raise self.fail(
                    line, f"列の数が見出し行と違います(見出し {width}列、この行 {len(row)}列)"
                )
            item_no = row[item_index]
            if not item_no or item_no.isspace():
                if not any(row):
                    continue
                raise self.fail(line, "商品番号が空です", "商品番号", item_no)
            for cell_of, check in checks:
                value = cell_of(row)
                if value in check.passed or (check.fullmatch and check.fullmatch(value)):
                    continue
                self._check_cell(check, value, line)
            self.rows += 1
            yield line, item_no, pack_cells(row)

    def _csv_error_line(self, encoding: str) -> int:
        """Where the record csv refused starts (read again: a chunk does not keep lines)."""
        with open(self.path, encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, strict=True)
            end = 0
            try:
                for _row in reader:
                    end = reader.line_num
            except csv.Error:
                return end + 1
        return max(end, 1)  # not reached: the same bytes fail the same way

    def _check_cell(self, check: _Check, value: str, line: int) -> None:
        try:
            check.parse(value)
        except BadValue as exc:
            raise self.fail(line, exc.hint, check.column.header, value) from None
        if len(check.passed) >= CACHE_LIMIT:
            check.passed.clear()
            check.passed.add("")
        check.passed.add(value)

    def _undecodable(self, encoding: str) -> ProductImportError:
        line, bad = _find_undecodable(self.path, encoding)
        label = ENCODING_LABELS[encoding]
        shown = " ".join(f"{b:02X}" for b in bad[:4])
        return self.fail(
            line,
            f"{label}として読めないバイト列 ({shown}) があります。"
            "ファイルが途中で切れているか、文字コードの違う内容が混ざっています",
        )


def _column_passes(
    chunk: list[list[str]], cell_of: Callable[[list[str]], str], check: _Check
) -> bool:
    """Whether every value of one typed column in ``chunk`` is valid (False: look row by row).

    A numeric column is tested whole in C: its values' concatenation being ASCII digits settles
    the common case, else each value against the column's pattern. Values neither settles, and
    dates, go through the strict parser once each and are remembered in ``check.passed``.
    """
    new = set(map(cell_of, chunk)) - check.passed
    if not new:
        return True
    if check.fullmatch is not None:
        joined = "".join(new)
        if joined.isdigit() and joined.isascii():
            return True
        if all(map(check.fullmatch, new)):
            return True
    try:
        for value in new:
            check.parse(value)
    except BadValue:
        return False
    if len(check.passed) + len(new) > CACHE_LIMIT:
        check.passed.clear()
        check.passed.add("")
    check.passed.update(new)
    return True


def _start_lines(texts: list[str], before: int) -> list[int]:
    """The line each record starts on, counting the line breaks inside its (quoted) cells.

    csv counts a line per CRLF, LF or lone CR, as the text stream splits them (newline='').
    ``texts`` are the packed rows: the separator keeps a CR ending one cell and an LF starting
    the next from looking like one CRLF.
    """
    lines = []
    line = before + 1
    for text in texts:
        lines.append(line)
        line += 1 + text.count("\n") + text.count("\r") - text.count("\r\n")
    return lines


def _find_undecodable(path: Path, encoding: str) -> tuple[int, bytes]:
    """The first line that does not decode, and its bad bytes.

    Decoding line by line is exact for both encodings: neither UTF-8 nor CP932 ever uses the
    byte of a line feed inside a multi-byte character.
    """
    codec = UTF8 if encoding == UTF8_BOM else encoding
    number = 0
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if number == 1 and line.startswith(BOM):
                line = line[len(BOM) :]
            try:
                line.decode(codec)
            except UnicodeDecodeError as exc:
                return number, line[exc.start : max(exc.end, exc.start + 2)]
    return max(number, 1), b""


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text:
        return 'この行で始まる引用符(")がファイルの終わりまで閉じられていません'
    if "expected after" in text:
        return '引用符(")で囲んだセルの後に区切りのカンマがありません(引用符の使い方が正しくありません)'
    if "field larger than field limit" in text:
        return 'セルが大きすぎます。引用符(")が閉じられていない可能性があります'
    if "new-line character" in text:
        return "行の区切り(改行)の形が正しくありません"
    return "CSVとして読み取れません"
