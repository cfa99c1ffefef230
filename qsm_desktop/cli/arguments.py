"""Argument types shared by the commands; each refuses bad input with a Japanese message."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qsm_desktop.core.vocabulary import find_group, find_kind


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
    """A UTF-8 text file, or standard input for ``-``."""
    if path == "-":
        return sys.stdin.read()
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise argparse.ArgumentTypeError(
            f"{path} はUTF-8のテキストファイルではありません。UTF-8で保存してください。"
        ) from None
