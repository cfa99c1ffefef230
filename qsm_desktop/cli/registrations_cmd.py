"""templates / list / register / modify / history.

The store (peewee, the catalog, the registration service) is imported by the handlers, not here:
every command's parser is built on each start, and a command pays only for what it uses.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from qsm_desktop.cli import arguments
from qsm_desktop.cli.output import format_table, print_json, yn
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.errors import ConflictError, QsmError
from qsm_desktop.core.history_actions import HistoryAction, action_label
from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.core.vocabulary import GRID_COLUMN_TITLES, shorten

if TYPE_CHECKING:
    from qsm_desktop.core.registrations import ChangeReport, RegistrationData

GRID_HEADERS = ("登録番号", *GRID_COLUMN_TITLES)  # the GUI grid's columns, led by the id


def grid_row(r: RegistrationData) -> list[object]:
    return [
        r.id,
        r.template_no,
        r.kind_label,
        r.group_label,
        r.name,
        r.send_type,
        r.destination,
        yn(r.enabled),
        yn(r.standby),
        r.created_by,
        qsm_time(r.created_at),
        qsm_time(r.updated_at),
        r.updated_by,
    ]


def _add_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--enabled", type=arguments.yes_no, metavar="Y|N", help="使用(Y/N)")
    p.add_argument("--standby", type=arguments.yes_no, metavar="Y|N", help="待機(Y/N)")
    p.add_argument("--period", type=arguments.positive_int, metavar="MINUTES", help="Period (分)")
    p.add_argument("--key", metavar="KEY", help="認識キー")
    p.add_argument("--title", metavar="T", help="タイトル")
    p.add_argument("--sender", metavar="S", help="送信者")
    p.add_argument(
        "--body-file", metavar="F", help="テンプレートの詳細 (テキストファイル、- で標準入力)"
    )
    p.add_argument("--json", action="store_true", help="JSONで出力")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="テンプレートの選択 (カタログ)")
    p.add_argument(
        "--kind", type=arguments.kind_slug, help="お知らせ種類 (注文情報 または order …)"
    )
    p.add_argument(
        "--group", type=arguments.group_slug, help="テンプレートのグループ (CrossMall …)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_templates)

    p = sub.add_parser("list", help="お知らせ設定データの検索")
    p.add_argument("--kind", type=arguments.kind_slug)
    p.add_argument("--group", type=arguments.group_slug)
    p.add_argument("--enabled", type=arguments.yes_no, metavar="Y|N")
    p.add_argument("--address", metavar="TEXT", help="送信先に含まれる文字")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pretty", action="store_true", help="JSONを字下げして読みやすく出力")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("register", help="登録")
    p.add_argument(
        "--template",
        type=arguments.positive_int,
        required=True,
        metavar="NO",
        help="テンプレート番号",
    )
    p.add_argument("--to", required=True, metavar="ADDRS", help="送信先 (複数は , か ; で区切る)")
    _add_fields(p)
    p.set_defaults(handler=cmd_register)

    p = sub.add_parser("modify", help="修正")
    p.add_argument("id", type=arguments.positive_int, metavar="ID", help="登録番号")
    p.add_argument(
        "--template",
        type=arguments.positive_int,
        metavar="NO",
        help="テンプレート番号 (連動会社の変更)",
    )
    p.add_argument("--to", metavar="ADDRS", help="送信先")
    # No --force: without --revision the command already writes over whatever is stored (only
    # the fields given), which is what a support person fixing one value needs; --revision is
    # for scripts that read a registration first and must not undo someone else's change.
    p.add_argument(
        "--revision",
        type=arguments.positive_int,
        metavar="N",
        help="読み込んだときのリビジョン (list/history --json の revision)。"
        "その後にほかで変更されていれば何も書き込まずに終了します (終了コード 2)",
    )
    _add_fields(p)
    p.set_defaults(handler=cmd_modify)

    p = sub.add_parser("operator", help="登録者/修正者として記録する担当者名の表示・保存")
    p.add_argument("name", nargs="?", metavar="NAME", help="保存する担当者名 (省略で表示)")
    p.set_defaults(handler=cmd_operator)

    p = sub.add_parser("history", help="変更履歴")
    p.add_argument("id", type=arguments.positive_int, metavar="ID", help="登録番号")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)


def cmd_templates(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.catalog import find_templates

    ctx.open()
    found = find_templates(args.kind, args.group)
    if args.json:
        print_json([t.to_json() for t in found])
        return 0
    rows = [[t.no, t.group_label, t.name, t.kind_label, t.send_type] for t in found]
    headers = (
        "テンプレート番号",
        "テンプレートのグループ名",
        "テンプレート名",
        "お知らせ種類",
        "送信方法",
    )
    print(format_table(headers, rows))
    return 0


def cmd_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.registrations import RegistrationService

    ctx.open()
    found = RegistrationService(ctx.operator).search(
        args.kind, args.group, args.enabled, args.address
    )
    if args.json:
        print_json([r.to_json() for r in found], pretty=args.pretty)
        return 0
    print(format_table(GRID_HEADERS, [grid_row(r) for r in found]))
    print(f"{len(found)} 件", file=sys.stderr)
    return 0


def _body(args: argparse.Namespace) -> str | None:
    return None if args.body_file is None else arguments.read_body_file(args.body_file)


def _report(report: ChangeReport, args: argparse.Namespace, done: str) -> int:
    reg = report.registration
    if args.json:
        print_json(reg.to_json())
    elif not report.changed:
        print(f"登録番号 {reg.id}: 変更はありません。")
    else:
        print(f"{done}(登録番号 {reg.id})")
        for change in report.changes[reg.id]:
            if report.action == HistoryAction.REGISTER:
                continue
            print(f"  {change.label}: {_short(change.before)} → {_short(change.after)}")
    return 0


def _short(value: object) -> str:
    """A value on one line of a change list (a body's line breaks shown as ⏎)."""
    return shorten("" if value is None else str(value).replace("\n", "⏎"))


# Period only means something while 待機 is Y; the service would drop it without a word.
_PERIOD_WITHOUT_STANDBY = (
    "--period は待機(--standby Y)のときだけ指定できます。--standby Y も指定してください。"
)


def cmd_register(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.registrations import RegistrationInput, RegistrationService

    ctx.open()
    if args.period is not None and not args.standby:
        raise QsmError(_PERIOD_WITHOUT_STANDBY)
    data = RegistrationInput(
        template_no=args.template,
        destination=args.to,
        enabled=True if args.enabled is None else args.enabled,
        standby=bool(args.standby),
        period=args.period,
        recognition_key=args.key or "",
        title=args.title,
        sender=args.sender,
        body=_body(args),
    )
    report = RegistrationService(ctx.operator).register(data)
    return _report(report, args, "登録が完了しました。")


def cmd_modify(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.registrations import Patch, RegistrationService, build_patch

    ctx.open()
    given = {
        "template_no": args.template,
        "destination": args.to,
        "enabled": args.enabled,
        "standby": args.standby,
        "period": args.period,
        "recognition_key": args.key,
        "title": args.title,
        "sender": args.sender,
        "body": _body(args),
    }
    patch = build_patch({name: value for name, value in given.items() if value is not None})
    if args.period is not None:
        standby = args.standby
        if standby is None:
            standby = RegistrationService(ctx.operator).get(args.id).standby
        if not standby:
            raise QsmError(_PERIOD_WITHOUT_STANDBY)
    if patch == Patch():
        raise QsmError("修正する項目を指定してください(--to、--enabled、--template など)。")
    try:
        report = RegistrationService(ctx.operator).modify(
            args.id, patch, base_revision=args.revision
        )
    except ConflictError as exc:
        raise QsmError(conflict_line(exc)) from None
    return _report(report, args, "修正が完了しました。")


def conflict_line(exc: ConflictError) -> str:
    """A refused stale 修正 on one line: what changed meanwhile (who, when, before → after)."""
    changed = "、".join(
        f"{c.label}({c.by} {qsm_time(c.at)}: {_short(c.base)} → {_short(c.theirs)})"
        for c in exc.conflicts
    )
    return (
        f"登録番号 {exc.registration_id} はリビジョン {exc.base_revision} の後に変更されています"
        f"{':' + changed if changed else ''}。何も書き込んでいません。"
        f"内容を確かめてから --revision {exc.current_revision} で修正してください。"
    )


def cmd_history(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.registrations import RegistrationService

    ctx.open()
    entries = RegistrationService(ctx.operator).history(args.id)
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    for entry in entries:
        print(
            f"{qsm_time(entry.at)}  {entry.by}  {action_label(entry.action)}"
            f"  (リビジョン {entry.revision})"
        )
        for change in entry.changes:
            print(f"  {change.label}: {_short(change.before)} → {_short(change.after)}")
    return 0


def cmd_operator(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.settings import operator_name, save_operator_name

    ctx.open()
    if args.name is None:
        print(operator_name())
        return 0
    print(f"担当者名を「{save_operator_name(args.name)}」にしました。")
    return 0
