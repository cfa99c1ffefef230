"""Where things come from: ``companies`` (the 連動会社 table with its sources) and
``capture-template`` (QSM's real text for a template, replacing our sample in this database)."""

from __future__ import annotations

import argparse

from qsm_desktop.cli import arguments
from qsm_desktop.cli.output import format_table, print_json
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.timefmt import qsm_time


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "companies", help="連動会社一覧 (受注・在庫・商品、受け取り方、グループ、出典)"
    )
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_companies)

    p = sub.add_parser(
        "capture-template",
        help="QSMの文面を取り込む (J・QSMの【参照】→【Confirm】で表示された文面をこのテンプレートの文面にする)",
    )
    p.add_argument("template", type=arguments.positive_int, metavar="NO", help="テンプレート番号")
    p.add_argument("--title", required=True, metavar="T", help="QSMのタイトル")
    p.add_argument("--sender", metavar="S", help="QSMの送信者 (省略時: Qoo10 <qoo10info@qoo10.jp>)")
    p.add_argument(
        "--body-file",
        required=True,
        metavar="F",
        help="QSMのテンプレートの詳細 (HTMLはそのまま; テキストファイル、- で標準入力)",
    )
    p.add_argument(
        "--registration",
        type=arguments.positive_int,
        metavar="ID",
        help="この登録にも取り込む (登録番号)",
    )
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_capture_template)


def cmd_companies(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.companies import companies_notice, load_companies

    companies = load_companies()
    if args.json:
        print_json([c.to_json() for c in companies])
        return 0
    headers = (
        "連動会社",
        "受注",
        "在庫",
        "商品",
        "注文の受け取り方",
        "テンプレートのグループ",
        "出典",
    )
    rows = [
        [
            c.name,
            c.order.label,
            c.stock.label,
            c.product.label,
            c.arrival_label,
            c.group_label,
            c.source_text,
        ]
        for c in companies
    ]
    print(format_table(headers, rows))
    for c in companies:
        if c.warning:
            print(f"※ {c.warning}")
    print(companies_notice())
    return 0


GUIDE_SENDER = "Qoo10 <qoo10info@qoo10.jp>"  # the 送信者 the guide's QSM form shows


def cmd_capture_template(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.cli.arguments import read_body_file

    ctx.open()
    body = read_body_file(args.body_file)
    sender = GUIDE_SENDER if args.sender is None else args.sender
    capture, report = ctx.service.capture_template(
        args.template, args.title, sender, body, registration_id=args.registration
    )
    if args.json:
        print_json(
            {
                "capture": capture.to_json(),
                "registrations": [r.to_json() for r in report.registrations],
                "history_ids": list(report.history_ids),
            }
        )
        return 0
    print(
        f"テンプレート番号 {capture.template_no} の文面をQSMの文面として取り込みました"
        f"({qsm_time(capture.captured_at)}、{capture.captured_by})。"
        "新しい登録と「カタログの文面に戻す」はこの文面を使います。"
    )
    if report.registrations:
        ids = "・".join(str(r.id) for r in report.registrations)
        print(f"登録番号 {ids} の文面をQSMの文面にしました(変更履歴に残ります)。")
    return 0
