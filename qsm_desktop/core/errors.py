"""Errors the core reports to its callers (GUI next to the field, CLI on stderr, exit 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


class QsmError(Exception):
    """A refusal the seller can act on; ``str()`` is a Japanese sentence saying what to do."""


class ValidationError(QsmError):
    """Bad input for one field; ``field`` is its identifier (docs/rules.md §2): ``destination``…"""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(QsmError):
    pass


class DatabaseTooNewError(QsmError):
    pass


class StoreError(QsmError):
    """The store cannot be used (unreadable, locked, damaged, not a database): the core's own
    error, so that the GUI and CLI never need to know which database library is underneath.
    ``path`` is the database file when known; ``detail`` the database library's own (English)
    words, for whoever helps the seller (a tooltip, a 詳細), never the sentence itself."""

    def __init__(self, message: str, *, path: object | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail


class StoreBusyError(StoreError):
    """Another writer held the database longer than the busy timeout."""


class StoreDamagedError(StoreError):
    """The file is not a usable database (damaged, truncated, foreign): the newest good backup
    is the way out (``core.backups.newest_good_backup``)."""


def _server_error(text: str, where: str, path: object | None, detail: str) -> StoreError | None:
    """A PostgreSQL server's refusal (connection, password, database, lock), else None."""
    if "password" in text or "authentication failed" in text:
        return StoreError(
            f"データベースサーバーにログインできません{where}。"
            "ユーザー名とパスワードを確認してください。",
            path=path,
            detail=detail,
        )
    if "does not exist" in text and "database" in text:
        return StoreError(
            f"データベースサーバーにそのデータベースがありません{where}。"
            "URLのデータベース名を確認するか、管理者に作成を依頼してください。",
            path=path,
            detail=detail,
        )
    if (
        "connection refused" in text
        or "could not connect" in text
        or "connection failed" in text
        or "could not translate host" in text
        or "server closed the connection" in text
        or "connection is closed" in text
    ):
        return StoreError(
            f"データベースサーバーに接続できません{where}。"
            "サーバーが動いているか、URLのホスト名とポートを確認してください。",
            path=path,
            detail=detail,
        )
    if "deadlock detected" in text or "lock timeout" in text or "could not serialize" in text:
        return StoreBusyError(
            f"データベースはほかの画面か同僚の操作が書き込み中です{where}。"
            "少し待ってからもう一度実行してください。",
            path=path,
            detail=detail,
        )
    if "permission denied" in text:
        return StoreError(
            f"データベースサーバーがこの操作を許可していません{where}。"
            "ユーザーの権限を管理者に確認してください。",
            path=path,
            detail=detail,
        )
    return None


def store_error(exc: BaseException, path: object | None = None) -> StoreError:
    """The core's error for a failure reported by the database library: a Japanese sentence
    saying what happened and what to do; SQLite's own English words kept as ``detail``."""
    if isinstance(exc, StoreError):
        return exc
    detail = str(exc)
    text = detail.lower()
    where = f": {path}" if path is not None else ""
    server = _server_error(text, where, path, detail)
    if server is not None:
        return server
    if "locked" in text or "busy" in text:
        return StoreBusyError(
            "データベースはほかの画面かコマンドが書き込み中です(しばらく待っても空きませんでした)"
            f"{where}。少し待ってからもう一度実行してください。",
            path=path,
            detail=detail,
        )
    if "malformed" in text or "not a database" in text or "encrypted" in text:
        return StoreDamagedError(
            f"データベースファイルが壊れています{where}。バックアップから復元してください。",
            path=path,
            detail=detail,
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"データベースに書き込めません(読み取り専用){where}。"
            "ファイルとフォルダの書き込み権限を確認してください。",
            path=path,
            detail=detail,
        )
    if "full" in text:
        return StoreError(
            f"ディスクがいっぱいでデータベースに書き込めません{where}。"
            "空き容量を作ってからもう一度実行してください。変更は保存されていません。",
            path=path,
            detail=detail,
        )
    if "unable to open" in text or "disk i/o" in text:
        return StoreError(
            f"データベースファイルを開けません{where}。"
            "ファイルの場所と、フォルダに書き込めるかを確認してください。",
            path=path,
            detail=detail,
        )
    return StoreError(
        f"データベースの読み書きに失敗しました{where}。",
        path=path,
        detail=detail,
    )


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One field that changed in the store since the revision a form or command was based on.

    ``base`` is the value the editor started from, ``theirs`` the value stored now (written by
    ``by`` at ``at``), ``mine`` the value the editor wants to write.
    """

    field: str
    label: str
    base: Any
    theirs: Any
    mine: Any
    by: str
    at: datetime


class ConflictError(QsmError):
    """A 修正 based on an old revision of a registration that has moved on; nothing was written.

    ``conflicts`` names every field changed meanwhile (who, when, before → after);
    ``current_revision`` is the revision now stored, to retry against after the seller decides.
    """

    def __init__(
        self,
        registration_id: int,
        base_revision: int,
        current_revision: int,
        conflicts: tuple[FieldConflict, ...],
    ) -> None:
        names = "、".join(c.label for c in conflicts) or "内容"
        super().__init__(
            f"登録番号 {registration_id} は、開いた後にほかの画面で変更されています({names})。"
            "最新の内容を読み込んでから修正してください。"
        )
        self.registration_id = registration_id
        self.base_revision = base_revision
        self.current_revision = current_revision
        self.conflicts = conflicts


def file_problem(exc: OSError, path: object | None = None) -> str:
    """A file that cannot be read or written, in Japanese: ``strerror`` is the OS's English."""
    name = path if path is not None else (exc.filename if exc.filename is not None else "")
    if isinstance(exc, FileNotFoundError):
        reason = "が見つかりません"
    elif isinstance(exc, IsADirectoryError):
        reason = "はフォルダです。ファイルを指定してください"
    elif isinstance(exc, PermissionError):
        reason = "を開く権限がありません"
    else:
        reason = f"({exc.strerror or exc})"  # rare (a disk error …): the OS's words
    return f"ファイルを開けません: {name} {reason}。"
