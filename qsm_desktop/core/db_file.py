"""The database file judged before SQLite opens it: refusals leave nothing beside the file.

SQLite creates ``-wal`` and ``-shm`` files beside a WAL database as soon as a connection opens
it, even a read-only one (``mode=ro``), and a read-only connection cannot remove them again. So a
file this app is going to refuse (a newer schema, a truncated or foreign file) is judged from its
100-byte header with plain file reads; only a file that passes is opened by SQLite. When a
``-wal`` file already exists (another process has it open, or one crashed) the header may be
older than the database, and the schema version is read through SQLite instead — its companion
files are already there.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from qsm_desktop.core.errors import DatabaseTooNewError, StoreDamagedError, StoreError

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def has_wal(path: Path) -> bool:
    """Whether a non-empty ``-wal`` file lies beside ``path`` (committed pages may be in it)."""
    wal = _companion(path, "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def damaged(path: Path, why: str, detail: str) -> StoreDamagedError:
    return StoreDamagedError(
        f"データベースファイルが壊れているか、QSM Desktopのデータベースではありません({why}): "
        f"{path}。ファイルは変更していません。バックアップから復元してください。",
        path=path,
        detail=detail,
    )


def header_version(path: Path, latest: int) -> int:
    """The schema version of the file at ``path`` (0: new or empty), judged without writing.

    Raises :class:`StoreError` (a folder, unreadable), :class:`StoreDamagedError` (not a
    SQLite database, truncated) or :class:`DatabaseTooNewError` (made by a newer app).
    """
    if path.is_dir():
        raise StoreError(
            f"{path} はフォルダです。フォルダの中のデータベースファイル"
            "(qsm_desktop.db など)を指定してください。",
            path=path,
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    except OSError as exc:
        raise StoreError(
            f"データベースファイルを調べられません: {path}({exc.strerror})。", path=path
        ) from None
    if size == 0:
        return 0
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError:
        raise StoreError(
            f"データベースファイルを読む権限がありません: {path}。"
            "ファイルの権限を確認してください。",
            path=path,
        ) from None
    except OSError as exc:
        raise StoreError(
            f"データベースファイルを読めません: {path}({exc.strerror})。", path=path
        ) from None
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise damaged(path, "データベースの形式ではありません", "file is not a database")
    page_size = struct.unpack_from(">H", header, 16)[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack_from(">II", header, 24)
    valid_for = struct.unpack_from(">I", header, 92)[0]
    wal = has_wal(path)
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(path, "ヘッダーが不正です", f"bad page size {page_size}")
    if size % page_size or (
        not wal and pages and change_counter == valid_for and size < pages * page_size
    ):
        raise damaged(
            path,
            f"ファイルが途中で切れています: {size} バイト",
            f"truncated: {size} bytes, header says {pages} pages of {page_size}",
        )
    version = int(struct.unpack_from(">i", header, 60)[0])
    if wal:
        version = _version_through_sqlite(path)
    if version > latest:
        raise DatabaseTooNewError(
            f"このデータベース({path})は新しいバージョンのQSM Desktopで作成されています"
            f"(スキーマ {version}、このアプリは {latest} まで)。"
            "ファイルは変更していません。新しいバージョンのアプリを使ってください。"
        )
    return version


def _version_through_sqlite(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise damaged(path, "読み込めません", str(exc)) from None


def check_writable(path: Path) -> None:
    """Refuse a read-only file or folder before SQLite opens it for writing (it would open
    read-only without a word, then fail at the first write, leaving ``-wal``/``-shm``)."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            f"データベースファイルが読み取り専用です: {path}。"
            "ファイルの権限を書き込み可にするか、書き込める場所にコピーしてから開いてください。",
            path=path,
        )
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"データベースのフォルダに書き込めません: {folder}。"
            "SQLiteは作業用ファイルをデータベースと同じフォルダに作ります。"
            "フォルダの権限を書き込み可にするか、書き込める場所にコピーしてから開いてください。",
            path=path,
        )
