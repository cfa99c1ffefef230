"""The composition root: ``qsm-desktop`` and ``python -m qsm_desktop``.

It reads the global options (``--db``, ``--user``), builds the one application context
(:class:`~qsm_desktop.core.app_context.AppContext`: the database, the operator, the change bus,
the services) and hands it to the GUI (no command) or to the command line (a command). The GUI
and the CLI never import each other: this module is the only place that knows both.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from qsm_desktop.cli.options import gui_only_arguments
    from qsm_desktop.core.app_context import AppContext

    argv = list(sys.argv[1:] if argv is None else argv)
    gui_args = gui_only_arguments(argv)
    if gui_args is not None:
        if gui_args.user is not None:  # refused before any window, like the commands do
            from qsm_desktop.core.errors import QsmError
            from qsm_desktop.core.settings import check_operator_name

            try:
                check_operator_name(gui_args.user)
            except QsmError as exc:
                print(f"qsm-desktop: --user: {exc}", file=sys.stderr)
                return 2
        ctx = AppContext.from_options(
            gui_args.db or _saved_store(), gui_args.user, password_provider=_ask_password
        )
        from qsm_desktop.gui.first_rows import read_first_rows  # no Qt (see there)

        first = read_first_rows(ctx.location)
        from qsm_desktop.gui.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(ctx, first)
    from qsm_desktop.cli.main import parse, run

    parsed = parse(argv)
    if isinstance(parsed, int):  # usage error, --help, --version: already printed
        return parsed
    from qsm_desktop.cli.password_prompt import prompt_password

    ctx = AppContext.from_options(parsed.db, parsed.user, password_provider=prompt_password)
    return run(ctx, parsed)


def _saved_store() -> str | None:
    """The shared database chosen in the GUI (共有データベースに接続), when neither --db nor
    QSM_DESKTOP_DB says which store to open."""
    import os

    from qsm_desktop.core.app_context import DB_ENV

    if os.environ.get(DB_ENV):
        return None
    from qsm_desktop.core.store_choice import saved_store_url

    return saved_store_url()


def _ask_password(where: str) -> str | None:
    from qsm_desktop.gui.password_prompt import ask_server_password  # Qt: only when asked

    return ask_server_password(where)


if __name__ == "__main__":
    sys.exit(main())
