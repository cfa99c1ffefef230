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
