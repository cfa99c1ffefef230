"""Argument types and the text-file reader shared by the commands; each refuses bad input with
a Japanese message. Light on purpose: every command's parser is built on each start."""

from __future__ import annotations

import argparse
import os
import stat
import sys

from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.limits import MAX_BODY_FILE_BYTES, MAX_INTEGER, MAX_TEXT_FILE_BYTES
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
    """A number, id or count: 0 up to what SQLite stores (2⁶³−1); anything else is refused."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"「{text[:40]}」は数字で指定してください。") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"「{text[:40]}」は0以上の数字で指定してください。")
    if value > MAX_INTEGER:
        raise argparse.ArgumentTypeError(
            f"「{text[:40]}」は大きすぎます。{MAX_INTEGER}以下の数字で指定してください。"
        )
    return value


def _read_bytes(path: str, limit: int) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file or too large."""
    size_refusal = QsmError(
        f"{'標準入力' if path == STDIN else path} は大きすぎます"
        f"({limit:,}バイトまで)。中身が正しいファイルか確かめてください。"
    )
    if path == STDIN:
        stdin = sys.stdin
        if stdin is None or stdin.closed:
            raise QsmError("標準入力が閉じています。ファイル名を指定してください。")
        data = stdin.buffer.read(limit + 1)  # never more than the limit in memory
        if len(data) > limit:
            raise size_refusal
        return data
    info = os.stat(path)  # OSError: the CLI says what is wrong with the file (file_problem)
    if not stat.S_ISREG(info.st_mode):
        raise QsmError(
            f"{path} は通常のファイルではありません(フォルダや装置ファイルは読みません)。"
        )
    if info.st_size > limit:
        raise size_refusal
    with open(path, "rb") as file:
        data = file.read(limit + 1)  # the file may have grown since
    if len(data) > limit:
        raise size_refusal
    return data


def read_text_file(path: str, limit: int = MAX_TEXT_FILE_BYTES) -> str:
    """A seller's text file, or standard input for ``-`` (--body-file, --data, qsm-import).

    Refused before being read: anything but a regular file (a device such as /dev/zero, a
    folder), a file over *limit* bytes, a closed standard input. Binary data (a NUL byte) is
    refused as well. Sellers' files come from Windows tools: Notepad saves UTF-8 (with or without
    a BOM) or "Unicode" (UTF-16 with a BOM), older editors and Excel save CP932. A BOM decides;
    otherwise UTF-8 is tried first: Japanese CP932 text is seldom valid UTF-8, while UTF-8 text
    often decodes as CP932 (to garbage). A file that is neither is refused, not read with "?".
    """
    data = _read_bytes(path, limit)
    name = "標準入力" if path == STDIN else path
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\0" in data:
        raise QsmError(f"{name} はテキストファイルではありません(バイナリのデータです)。")
    encodings: tuple[str, ...] = ("utf-16",) if utf16 else ("utf-8-sig", "cp932")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise QsmError(
        f"{name} の文字コードを読み取れません。UTF-8 で保存してからもう一度指定してください。"
    )


def read_body_file(path: str) -> str:
    """A template body's file: refused by its size beyond what a body may hold."""
    return read_text_file(path, MAX_BODY_FILE_BYTES)
