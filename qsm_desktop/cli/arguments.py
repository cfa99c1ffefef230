"""Argument types and the text-file reader shared by the commands; each refuses bad input with
a Japanese message. Light on purpose: every command's parser is built on each start."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.vocabulary import find_group, find_kind

STDIN = "-"  # a file argument that means standard input


def yes_no(text: str) -> bool:
    value = text.strip().upper()
    if value in ("Y", "YES", "TRUE", "1"):
        return True
    if value in ("N", "NO", "FALSE", "0"):
        return False
    raise argparse.ArgumentTypeError(f"「{text}」は Y か N で指定してください。")


def kind_slug(text: str) -> str:
    try:
        return find_kind(text).slug
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def group_slug(text: str) -> str:
    try:
        return find_group(text).slug
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text}」は数字で指定してください。") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"「{text}」は0以上の数字で指定してください。")
    return value


def read_text_file(path: str) -> str:
    """A seller's text file, or standard input for ``-`` (--body-file, --data, qsm-import).

    Sellers' files come from Windows tools: Notepad saves UTF-8 (with or without a BOM) or
    "Unicode" (UTF-16 with a BOM), older editors and Excel save CP932. A BOM decides; otherwise
    UTF-8 is tried first: Japanese CP932 text is seldom valid UTF-8, while UTF-8 text often
    decodes as CP932 (to garbage). A file that is neither is refused, not read with "?".
    """
    data = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
    encodings: tuple[str, ...] = (
        ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp932")
    )
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    name = "標準入力" if path == STDIN else path
    raise QsmError(
        f"{name} の文字コードを読み取れません。UTF-8 で保存してからもう一度指定してください。"
    )
