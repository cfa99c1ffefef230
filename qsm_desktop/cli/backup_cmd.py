"""backup / restore: the store's backups (core/backups.py) from the command line."""

from __future__ import annotations

import argparse

from qsm_desktop.cli.output import format_table, print_json
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.timefmt import qsm_time


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="データベースのバックアップを今とる (backups フォルダ)")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="バックアップから復元 (今の内容は先にバックアップします)",
        description="NAME のバックアップでデータベースを置き換えます。置き換える前の内容は"
        "「復元の前」のバックアップとして残ります。NAME なしで一覧を表示します。",
    )
    p.add_argument("name", nargs="?", metavar="NAME", help="バックアップの名前 (--list の NAME)")
    p.add_argument("--list", action="store_true", help="バックアップの一覧 (新しい順)")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_restore)


def _when(info: object) -> str:
    from qsm_desktop.core.backups import BackupInfo

    assert isinstance(info, BackupInfo)
    return qsm_time(info.taken_at)


def _server_password(ctx: AppContext) -> str | None:
    """The password the store's connection was opened with (asked once, kept for this run)."""
    password = ctx.open().connect_params.get("password")
    return str(password) if password else None


def cmd_backup(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.backups import take_backup

    if ctx.is_postgres:
        # A shared store is no file to copy: the app's own export (+ pg_dump when present).
        from qsm_desktop.core.server_backups import take_server_backup

        assert ctx.location.url is not None
        info = take_server_backup("manual", ctx.location.url, ctx.db_path, _server_password(ctx))
    else:
        info = take_backup("manual", ctx.open())
    if args.json:
        print_json(info.to_json())
    else:
        print(f"バックアップをとりました: {info.path}(登録 {info.registrations}件)")
    return 0


def cmd_restore(ctx: AppContext, args: argparse.Namespace) -> int:
    # The database is not opened here: restoring is how a damaged one is repaired.
    from qsm_desktop.core.backups import find_backup, list_backups, restore_backup

    if args.list or args.name is None:
        backups = list_backups(ctx.db_path)
        if args.json:
            print_json([b.to_json() for b in backups])
            return 0
        rows = [[b.name, _when(b), b.trigger_label, b.registrations, b.history] for b in backups]
        print(format_table(("NAME", "日時", "きっかけ", "登録数", "履歴数"), rows))
        return 0
    if ctx.is_postgres:
        return _restore_into_server(ctx, args)
    result = restore_backup(ctx.db_path, find_backup(ctx.db_path, args.name), bus=ctx.bus)
    if args.json:
        print_json(
            {
                "restored": result.restored.to_json(),
                "saved": result.saved.to_json() if result.saved else None,
                "set_aside": str(result.set_aside) if result.set_aside else None,
            }
        )
        return 0
    print(
        f"{_when(result.restored)} のバックアップ({result.restored.trigger_label}、"
        f"登録 {result.restored.registrations}件)から復元しました。"
    )
    if result.saved is not None:
        print(f"復元の前の内容はバックアップ {result.saved.name} に残しています。")
    if result.set_aside is not None:
        print(f"読めなかったファイルは {result.set_aside} に移しました(削除していません)。")
    return 0


def _restore_into_server(ctx: AppContext, args: argparse.Namespace) -> int:
    """A backup into an EMPTY PostgreSQL database (one holding registrations is refused)."""
    from qsm_desktop.core.backups import find_backup
    from qsm_desktop.core.server_backups import restore_into_server

    assert ctx.location.url is not None
    backup = find_backup(ctx.db_path, args.name)
    tables = restore_into_server(backup, ctx.location.url)
    if args.json:
        print_json({"restored": backup.to_json(), "tables": tables})
        return 0
    print(
        f"{_when(backup)} のバックアップ({backup.trigger_label}、登録 {backup.registrations}件)を"
        f"共有データベース {ctx.location.display} に復元しました({tables}個の表、"
        "行数とチェックサムが一致)。"
    )
    return 0
