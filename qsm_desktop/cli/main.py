"""Argument parsing and dispatch. Without a command, the GUI starts.

Each command module exposes ``add_parsers(subparsers)`` and sets ``handler(ctx, args) -> int``
through ``set_defaults``. Any :class:`QsmError` (a refusal the seller can act on) becomes one
line on stderr and exit status 2, after the transaction has rolled back: nothing changes.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from qsm_desktop import __version__
from qsm_desktop.cli.context import CliContext, resolve_db_path
from qsm_desktop.core.errors import QsmError, ValidationError, file_problem

# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = (
    "qsm_desktop.cli.registrations_cmd",
    "qsm_desktop.cli.render_cmd",
    "qsm_desktop.cli.safety_cmd",
    "qsm_desktop.cli.products_cmd",
    "qsm_desktop.cli.sources_cmd",
)

EXIT_REFUSED = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit 2), like every other refusal."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_REFUSED, f"{self.prog}: エラー: {message}\n")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="データベースファイル (既定: QSM_DESKTOP_DB またはユーザーデータフォルダ)",
    )
    parser.add_argument("--user", metavar="NAME", help="登録者/修正者として記録する名前")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qsm-desktop",
        description="QSM Desktop — 受注メール管理のオフライン作業台 (Qoo10 Japan)。"
        "コマンドなしで起動するとGUIが開きます。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_parsers(sub)
    return parser


def _plain_gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when they are all written out plainly (``--db PATH``, ``--user=NAME``),
    else None. The GUI's common start, told apart without building a parser: that costs ~1.5 ms
    before the window's first paint (argparse's gettext lookup imports ``locale``)."""
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


def _gui_only_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when nothing else is given (the GUI), else None.

    Starting the GUI must not import every command module (the engine, the CSV importer …):
    the window would paint later for nothing, so the GUI case is told apart first.
    """
    plain = _plain_gui_arguments(argv)
    if plain is not None:
        return plain
    parser = argparse.ArgumentParser(add_help=False)
    _add_global_options(parser)
    try:
        known, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None  # a malformed global option: let the full parser say what is wrong
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui_args = _gui_only_arguments(argv)
    if gui_args is not None:
        from qsm_desktop.gui.first_rows import read_first_rows  # no Qt (see there)

        ctx = CliContext(resolve_db_path(gui_args.db), gui_args.user)
        first = read_first_rows(ctx.db_path)
        from qsm_desktop.gui.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(ctx, first)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors, --help, --version: already printed
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    ctx = CliContext(resolve_db_path(args.db), args.user)
    if args.command is None:  # only reached with options the GUI check did not take
        parser.print_usage(sys.stderr)
        return EXIT_REFUSED
    try:
        return int(args.handler(ctx, args) or 0)
    except ValidationError as exc:
        # A registration field is named in the seller's words (送信先: …); other fields (new,
        # operator, …) are identifiers, and their message already says what it is about.
        from qsm_desktop.core.vocabulary import FIELD_LABELS

        label = FIELD_LABELS.get(exc.field)
        print(
            f"qsm-desktop: {label}: {exc.message}" if label else f"qsm-desktop: {exc}",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except QsmError as exc:
        print(f"qsm-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"qsm-desktop: {file_problem(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        ctx.close()
