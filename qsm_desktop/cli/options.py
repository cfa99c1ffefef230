"""The global options (``--db``, ``--user``) and telling a GUI start from a command.

The composition root asks :func:`gui_only_arguments` first: a start with nothing but global
options opens the GUI, and must not import every command module (the engine, the CSV importer
…) nor build the full parser, or the window would paint later for nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn


class _Malformed(Exception):
    pass


class _Silent(argparse.ArgumentParser):
    """Prints nothing: a start with a malformed option (``--db`` without a value) is explained
    by the full parser only, in one line, not twice."""

    def error(self, message: str) -> NoReturn:
        raise _Malformed(message)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="データベースファイル、または共有データベースのURL postgresql://ユーザー@ホスト:5432/qsm "
        "(既定: QSM_DESKTOP_DB またはユーザーデータフォルダ)",
    )
    parser.add_argument("--user", metavar="NAME", help="登録者/修正者として記録する名前")


def _plain_gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when they are all written out plainly (``--db PATH``, ``--user=NAME``),
    else None. The GUI's common start, told apart without building a parser (start-up path:
    gui/start_sequence.py says what a parser costs there)."""
    values: dict[str, str | None] = {"--db": None, "--user": None}
    position = 0
    while position < len(argv):
        name, equals, value = argv[position].partition("=")
        if name not in values:
            return None
        if not equals:
            position += 1
            if position == len(argv) or argv[position].startswith("-"):
                return None  # no value, or one argparse reads otherwise: let it say so
            value = argv[position]
        values[name] = value
        position += 1
    return argparse.Namespace(db=values["--db"], user=values["--user"])


def gui_only_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when nothing else is given (the GUI), else None (a command, or
    something the full parser must explain)."""
    plain = _plain_gui_arguments(argv)
    if plain is not None:
        return plain
    parser = _Silent(add_help=False)
    add_global_options(parser)
    try:
        known, rest = parser.parse_known_args(argv)
    except _Malformed:
        return None  # a malformed global option: the full parser says what is wrong, once
    return None if rest else known
