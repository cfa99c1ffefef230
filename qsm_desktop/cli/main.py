"""Argument parsing and dispatch of the commands (the composition root decides GUI or command).

Each command module exposes ``add_parsers(subparsers)`` and sets ``handler(ctx, args) -> int``
through ``set_defaults``. Any :class:`QsmError` (a refusal the seller can act on) becomes one
line on stderr and exit status 2, after the transaction has rolled back: nothing changes.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from qsm_desktop.cli.options import add_global_options
from qsm_desktop.core.errors import (
    QsmError,
    StoreDamagedError,
    ValidationError,
    file_problem,
    store_error,
)
from qsm_desktop.core.timefmt import qsm_time

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext

# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = (
    "qsm_desktop.cli.registrations_cmd",
    "qsm_desktop.cli.render_cmd",
    "qsm_desktop.cli.safety_cmd",
    "qsm_desktop.cli.products_cmd",
    "qsm_desktop.cli.sources_cmd",
    "qsm_desktop.cli.backup_cmd",
    "qsm_desktop.cli.transfer_cmd",
)

EXIT_REFUSED = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit 2), like every other refusal."""

    def error(self, message: str) -> NoReturn:
        from qsm_desktop.cli.usage_errors import japanese

        self.exit(EXIT_REFUSED, f"{self.prog}: エラー: {japanese(message)}\n")


class _VersionAction(argparse.Action):
    """--version: the version is read (package metadata, which imports the email package) only
    when asked for, not each time the parser is built."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="バージョンを表示して終了します",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from qsm_desktop.core.appinfo import version

        print(f"{parser.prog} {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    from qsm_desktop.cli.argparse_ja import install

    install()  # argparse's own words (usage:, its errors) in Japanese
    parser = _Parser(
        prog="qsm-desktop",
        description="QSM Desktop — 受注メール管理のオフライン作業台 (Qoo10 Japan)。"
        "コマンドなしで起動するとGUIが開きます。",
    )
    parser.add_argument("--version", action=_VersionAction)
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_parsers(sub)
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace | int:
    """The parsed command line, or the exit status when argparse has already answered (usage
    error, ``--help``, ``--version``) or no command was given."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors, --help, --version: already printed
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    if args.command is None:  # only reached with options the GUI check did not take
        parser.print_usage(sys.stderr)
        return EXIT_REFUSED
    return args


def _backup_hint(ctx: AppContext) -> str:
    """Which backup to restore, when there is a good one (same line as the refusal)."""
    from qsm_desktop.core.backups import newest_good_backup

    try:
        good = newest_good_backup(ctx.db_path)
    except (QsmError, OSError):
        good = None
    if good is None:
        return " 正常なバックアップは見つかりませんでした。"
    return (
        f" 最新の正常なバックアップ: {qsm_time(good.taken_at)}(登録 {good.registrations}件)。"
        f"復元するには: qsm-desktop --db {ctx.db_path} restore {good.name}"
    )


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    """Run the parsed command on the application context; the context is closed after."""
    try:
        status = int(args.handler(ctx, args) or 0)
        sys.stdout.flush()  # a closed pipe is noticed here, not at exit
        return status
    except BrokenPipeError:
        # The reader stopped (``list --json | head``): stop quietly, as other Unix tools do,
        # and keep Python from complaining when it flushes stdout at exit.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
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
    except StoreDamagedError as exc:
        print(f"qsm-desktop: {exc}{_backup_hint(ctx)}", file=sys.stderr)
        return EXIT_REFUSED
    except QsmError as exc:
        print(f"qsm-desktop: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"qsm-desktop: {file_problem(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.Error as exc:  # a read on a plain sqlite3 connection (not through the store)
        print(f"qsm-desktop: {store_error(exc, ctx.db_path)}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        ctx.close()
