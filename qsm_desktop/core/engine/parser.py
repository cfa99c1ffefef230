"""Tokeniser for the Qoo10 template language (docs/rules.md §6).

Only four shapes mean something: ``{$_NAME_$}``, ``[$_NAME_$]``, ``##DELETE_BLANK_ROW_##`` and
``##ISLOOP_`` directly before a placeholder. Everything else is literal text, including whatever
looks like jinja (``{{``, ``{%``, ``{#``): the compiler never hands text to jinja's parser.

Text that starts like a token but is not one (``{$_PACK_NO_`` left open, ``{$__$}``, ``##SLOOP_``)
stays literal and produces a warning at its line and column, so a typo is visible in the preview
instead of silently eating part of the mail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from qsm_desktop.core.engine.diagnostics import MALFORMED_TOKEN, UNKNOWN_DIRECTIVE, EngineWarning
from qsm_desktop.core.engine.tokens import Token, TokenKind

# Where something token-like may begin. `[$` alone is common in prices ("[$100]"), so that opener
# needs a letter or "_" after it; `{$` is never ordinary Japanese text.
_START = re.compile(r"\{\$|\[\$[_A-Za-z]|##[A-Z]")
# A placeholder candidate on one line: opener, name, closer. The name is checked separately so
# that the warning can say what exactly is wrong with it.
_CANDIDATE = re.compile(r"(?P<open>[{\[])\$_(?P<name>[^\n{}\[\]$]*?)_\$(?P<close>[}\]])")
_NAME = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*")
# The guide writes `##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}`: the "##" between the two
# directives is shared, so the marker stops before a "##" that starts the next directive.
_DIRECTIVE = re.compile(
    r"##(?:(?P<dbr>DELETE_BLANK_ROW_(?:(?=##[A-Z])|##))|(?P<loop>ISLOOP_)|[A-Z][A-Z0-9_]*)"
)
_CLOSER = {"{": "}", "[": "]"}

DELETE_BLANK_ROW = "##DELETE_BLANK_ROW_##"
ISLOOP = "##ISLOOP_"


def parse(text: str, field: str = "body") -> tuple[tuple[Token, ...], tuple[EngineWarning, ...]]:
    """Split *text* into tokens (each with line and column) and the syntax warnings."""
    tokens, warnings, _more = parse_limited(text, field, None)
    return tokens, warnings


def parse_limited(
    text: str, field: str, limit: int | None
) -> tuple[tuple[Token, ...], tuple[EngineWarning, ...], int]:
    """:func:`parse`, keeping only the first *limit* warnings (None: all) and counting the rest.

    A pasted file of ``{$_`` holds 66,000 malformed tokens: building a warning object and its
    message for each made the pass slower per KB as the body grew (the objects outgrow the CPU's
    caches), while the seller is only ever shown the first ones (compiler.MAX_WARNINGS).
    """
    tokens: list[Token] = []
    warnings: list[EngineWarning] = []
    more = 0
    literal_start = 0  # start of the literal text not yet emitted
    scan = 0
    line, line_start, counted_to = 1, 0, 0
    literal_position = (1, 1)  # taken when literal_start moves: positions are computed in order

    def position(offset: int) -> tuple[int, int]:
        nonlocal line, line_start, counted_to
        newlines = text.count("\n", counted_to, offset)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted_to, offset) + 1
        counted_to = offset
        return line, offset - line_start + 1

    def warn(offset: int, code: str, message: Callable[[], str]) -> None:
        nonlocal more
        if limit is not None and len(warnings) >= limit:
            more += 1  # positions are counted lazily from the last one: skipping them is fine
            return
        ln, col = position(offset)
        warnings.append(EngineWarning(field, ln, col, code, message()))

    def emit(kind: TokenKind, start: int, end: int, name: str = "", loop: bool = False) -> None:
        nonlocal literal_start, literal_position
        if literal_start < start:
            ln, col = literal_position
            tokens.append(Token(TokenKind.TEXT, text[literal_start:start], literal_start, ln, col))
        ln, col = position(start)
        tokens.append(Token(kind, text[start:end], start, ln, col, name, loop))
        literal_start = end
        literal_position = position(end)

    while (match := _START.search(text, scan)) is not None:
        start = match.start()
        if text.startswith("##", start):
            directive = _DIRECTIVE.match(text, start)
            assert directive is not None  # _START guarantees "##" and a capital letter
            if directive.group("dbr"):
                emit(TokenKind.DELETE_BLANK_ROW, start, directive.end())
                scan = directive.end()
                continue
            if directive.group("loop"):
                target = _CANDIDATE.match(text, directive.end())
                if target and _placeholder_problem(target) is None:
                    emit(TokenKind.PLACEHOLDER, start, target.end(), target.group("name"), True)
                    scan = target.end()
                    continue
                warn(start, MALFORMED_TOKEN, _msg_loop_without_placeholder)
                scan = directive.end()
                continue
            warn(start, UNKNOWN_DIRECTIVE, partial(_msg_unknown_directive, directive.group()))
            scan = directive.end()
            continue

        candidate = _CANDIDATE.match(text, start)
        if candidate is None:
            warn(start, MALFORMED_TOKEN, partial(_msg_unclosed, text[start : start + 3]))
            scan = start + 2
            continue
        problem = _placeholder_problem(candidate)
        if problem is not None:
            warn(start, MALFORMED_TOKEN, partial(str, problem))
            scan = start + 2
            continue
        emit(TokenKind.PLACEHOLDER, start, candidate.end(), candidate.group("name"))
        scan = candidate.end()

    if literal_start < len(text):
        ln, col = literal_position
        tokens.append(Token(TokenKind.TEXT, text[literal_start:], literal_start, ln, col))
    return tuple(tokens), tuple(warnings), more


def _placeholder_problem(candidate: re.Match[str]) -> str | None:
    """Why a `{$_…_$}`-shaped candidate is not a placeholder, or None when it is one."""
    opener, name, closer = candidate.group("open", "name", "close")
    token = candidate.group()
    if _CLOSER[opener] != closer:
        return (
            f"「{token}」の括弧が対応していません。「{{$_」で始めたら「_$}}」で、"
            f"「[$_」で始めたら「_$]」で閉じてください。文字のまま表示されます。"
        )
    if not name:
        return (
            f"「{token}」は項目名が空です。「{{$_PACK_NO_$}}」のように、"
            "「{$_」と「_$}」の間に項目名を書いてください。文字のまま表示されます。"
        )
    if _NAME.fullmatch(name) is None:
        return (
            f"「{token}」の項目名に使えない文字(空白・全角文字・記号・連続した「_」など)が"
            "含まれています。項目名は半角英大文字・数字・「_」だけで書いてください。"
            "文字のまま表示されます。"
        )
    return None


def _msg_unclosed(opener: str) -> str:
    return (
        f"「{opener}」で始まる差し込み項目が同じ行の中で閉じられていません。"
        "「{$_項目名_$}」または「[$_項目名_$]」の形で書いてください。文字のまま表示されます。"
    )


def _msg_loop_without_placeholder() -> str:
    return (
        "「##ISLOOP_」の直後に、繰り返す差し込み項目(例: {$_DEL_MEMO_$})を"
        "空白を入れずに続けて書いてください。文字のまま表示されます。"
    )


def _msg_unknown_directive(directive: str) -> str:
    return (
        f"「{directive}」は命令として認識できないため、文字のまま表示されます。"
        "行の繰り返しは「##ISLOOP_」、空の行の削除は「##DELETE_BLANK_ROW_##」と書いてください。"
    )
