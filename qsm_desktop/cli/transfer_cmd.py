"""migrate-db: copy a whole store between SQLite and PostgreSQL (core/db_transfer.py)."""

from __future__ import annotations

import argparse
import sys

from qsm_desktop.cli.output import format_table, print_json
from qsm_desktop.core.app_context import AppContext


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "migrate-db",
        help="データベースを丸ごと移す (SQLiteのファイル ⇄ PostgreSQL)",
        description="SOURCE のデータベース(登録、履歴、取り込んだ文面、チェックリスト、商品の取り込み、"
        "すべての表)を、空の TARGET に1つのトランザクションで写し、表ごとに行数とチェックサムを"
        "確かめます。SOURCE は読み取り専用で開き、変更しません。"
        "TARGET は空のPostgreSQLのデータベース(postgresql://ユーザー@ホスト:5432/データベース名)"
        "か、まだない SQLite のファイルです。",
    )
    p.add_argument("source", metavar="SOURCE", help="移す元 (ファイルのパスか postgresql:// のURL)")
    p.add_argument("target", metavar="TARGET", help="移す先 (空のデータベースか新しいファイル)")
    p.add_argument("--progress", action="store_true", help="表ごとの進み具合を標準エラーに出す")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_migrate_db)


def cmd_migrate_db(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.db_transfer import table_label, transfer

    def progress(table: str, index: int, count: int) -> None:
        print(f"{index}/{count} {table_label(table)} ({table})", file=sys.stderr, flush=True)

    checks = transfer(args.source, args.target, progress if args.progress else None)
    if args.json:
        print_json([c.to_json() for c in checks])
        return 0
    print(
        format_table(
            ("表", "内容", "行数", "チェックサム"),
            [[c.name, table_label(c.name), c.rows, c.checksum[:16]] for c in checks],
        )
    )
    print(f"{len(checks)}個の表を移し、行数とチェックサムが元と一致することを確かめました。")
    return 0
