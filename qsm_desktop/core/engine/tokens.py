"""The tokens of the Qoo10 template language (docs/rules.md §6)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class TokenKind(Enum):
    TEXT = "text"  # literal text, printed as typed (also malformed tokens and unknown directives)
    PLACEHOLDER = "placeholder"  # {$_NAME_$} or [$_NAME_$], optionally preceded by ##ISLOOP_
    DELETE_BLANK_ROW = "delete-blank-row"  # ##DELETE_BLANK_ROW_##


@dataclass(frozen=True, slots=True)
class Token:
    kind: TokenKind
    text: str  # exactly as typed, so an unknown placeholder can be printed back unchanged
    offset: int  # 0-based code-point offset in the source
    line: int  # 1-based
    column: int  # 1-based
    name: str = ""  # placeholder name, for PLACEHOLDER
    loop: bool = False  # PLACEHOLDER preceded by ##ISLOOP_
