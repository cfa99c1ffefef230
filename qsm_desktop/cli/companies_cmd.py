"""companies: the 連動会社 table with its sources; capture-template: QSM's real text for a template."""

from __future__ import annotations

import argparse

from qsm_desktop.cli.output import format_table, print_json
from qsm_desktop.core.app_context import AppContext


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "companies", help="連動会社一覧 (受注・在庫・商品、受け取り方、グループ、出典)"
    )
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_companies)


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
