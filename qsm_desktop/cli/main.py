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
from qsm_desktop.core.errors import QsmError, ValidationError

# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = (
    "qsm_desktop.cli.registrations_cmd",
    "qsm_desktop.cli.render_cmd",
    "qsm_desktop.cli.safety_cmd",
    "qsm_desktop.cli.products_cmd",
)

EXIT_REFUSED = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit 2), like every other refusal."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_REFUSED, f"{self.prog}: エラー: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qsm-desktop",
        description="QSM Desktop — 受注メール管理のオフライン作業台 (Qoo10 Japan)。"
        "コマンドなしで起動するとGUIが開きます。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="データベースファイル (既定: QSM_DESKTOP_DB またはユーザーデータフォルダ)",
    )
    parser.add_argument("--user", metavar="NAME", help="登録者/修正者として記録する名前")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors, --help, --version: already printed
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    ctx = CliContext(resolve_db_path(args.db), args.user)
    if args.command is None:
        from qsm_desktop.gui.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(ctx)
    try:
        return int(args.handler(ctx, args) or 0)
    except ValidationError as exc:
        print(f"qsm-desktop: {exc.field}: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except QsmError as exc:
        print(f"qsm-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"qsm-desktop: ファイルを開けません: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        ctx.close()
