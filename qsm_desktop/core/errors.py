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
    error, so that the GUI and CLI never need to know which database library is underneath."""


class StoreBusyError(StoreError):
    """Another writer held the database longer than the busy timeout."""


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
