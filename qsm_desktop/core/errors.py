"""Errors the core reports to its callers (GUI next to the field, CLI on stderr, exit 2)."""

from __future__ import annotations


class QsmError(Exception):
    """A refusal the seller can act on; ``str()`` is a Japanese sentence saying what to do."""


class ValidationError(QsmError):
    """Bad input for one field. ``field`` is the SPEC §2 identifier (``destination``, …)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(QsmError):
    pass


class DatabaseTooNewError(QsmError):
    pass


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
