"""Warnings the engine reports about a template, with the place and a Japanese hint.

A template problem never stops the preview (docs/architecture.md §6): the text is shown as typed
and the warning tells the seller where it is and what to do. Codes are stable so that the GUI, the CLI
and tests can match on them; messages are for people and may change.
"""

from __future__ import annotations

from dataclasses import dataclass

UNKNOWN_PLACEHOLDER = "unknown-placeholder"
MALFORMED_TOKEN = "malformed-token"
UNKNOWN_DIRECTIVE = "unknown-directive"
LOOP_NOT_MULTI = "loop-not-multi"
BLANK_ROW_WITHOUT_PLACEHOLDER = "blank-row-without-placeholder"
NOT_PROVIDED_BY_KIND = "not-provided-by-kind"
TOO_MANY_WARNINGS = "too-many-warnings"

FIELD_LABELS = {
    "title": "タイトル",
    "sender": "送信者",
    "body": "本文",
    "html": "本文(HTML)",
    "to": "送信先",
}


@dataclass(frozen=True, slots=True)
class EngineWarning:
    field: str  # 'title' | 'sender' | 'body'
    line: int  # 1-based, in the template text of that field
    column: int  # 1-based, in code points
    code: str
    message: str

    def __str__(self) -> str:
        """One line for the seller (the CLI prints it): where, then what to do."""
        return f"{place(self.field, self.line, self.column)}: 警告: {self.message}"


def place(field: str, line: int, column: int) -> str:
    """Where something is, as the seller reads it: 本文 2行4列."""
    return f"{FIELD_LABELS.get(field, field)} {line}行{column}列"
