"""import / products / check-products / export-sjis: the product CSVs (docs/rules.md §7, §9).

The product code (the importer, the checks, the store) is imported by the handlers, not here:
every command's parser is built on each start, and a command pays only for what it uses.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from qsm_desktop.cli import arguments
from qsm_desktop.cli.main import EXIT_REFUSED
from qsm_desktop.cli.output import format_table, print_json
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.timefmt import qsm_time

if TYPE_CHECKING:
    from qsm_desktop.core.products.columns import FileKind

EXIT_FINDINGS = 1

PRODUCT_HEADERS = (
    "商品番号",
    "販売者コード",
    "商品名",
    "販売価格",
    "数量",
    "終了日",
    "オプション数",
)


def kind_arg(text: str) -> FileKind:
    # The column definitions only (core.products imports its modules on first use).
    from qsm_desktop.core.products.columns import find_kind

    try:
        return find_kind(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="GoodsList.csv / InventoryManagement_gridInventory.csv の取り込み",
        description="ファイルの種類は見出し行で判別します。すべてのファイルを1つの処理で取り込み、"
        "1つでも問題があれば何も取り込みません。",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="取り込むCSVファイル")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("products", help="取り込んだ商品とオプションの一覧・検索")
    p.add_argument("--search", metavar="TEXT", help="商品番号・コード・商品名・オプションを検索")
    p.add_argument("--limit", type=arguments.positive_int, metavar="N", help="最大件数")
    p.add_argument("--json", action="store_true", help="JSONで出力 (オプションを含む)")
    p.set_defaults(handler=cmd_products)

    p = sub.add_parser(
        "check-products",
        help="連動サービス向けのチェック (エラーがあると終了コード1)",
    )
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "export-sjis",
        help="取り込んだファイルをShift_JIS (CP932) で書き出す",
        description="列と行は取り込んだファイルのまま、改行はCRLFで書き出します。",
    )
    p.add_argument(
        "kind", type=kind_arg, metavar="KIND", help="goods (GoodsList) か inventory (gridInventory)"
    )
    p.add_argument("out", metavar="OUT", help="書き出すファイル")
    p.add_argument(
        "--replace",
        metavar="CHAR",
        help="Shift_JISで書けない文字をこの1文字に置き換える (指定しなければ書き出しを中止)",
    )
    p.set_defaults(handler=cmd_export)


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.products.encoding import ENCODING_LABELS
    from qsm_desktop.core.products.importer import (
        import_files,
    )

    ctx.open()
    reports = import_files(args.files, operator=ctx.operator)
    if args.json:
        print_json([r.to_json() for r in reports])
        return 0
    for r in reports:
        replaced = f"(以前の{r.replaced_rows:,}行を置き換え)" if r.replaced_rows else ""
        print(
            f"{r.file_name}: {r.kind_label} {r.rows:,}行を取り込みました"
            f" [{ENCODING_LABELS[r.encoding]}]{replaced}"
        )
        if r.extra_columns:
            print(f"  その他の列 (保持のみ): {'、'.join(r.extra_columns)}")
        if r.lost_zeros:
            print(
                f"  前回の取り込みから先頭の0が消えたコード: {r.lost_zeros:,}件"
                "(表計算ソフトで保存した可能性があります。check-products で確認してください)"
            )
    print("連動サービス向けのチェック: qsm-desktop check-products", file=sys.stderr)
    return 0


def _yen(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def cmd_products(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.products.query import (
        search_products,
    )

    ctx.open()
    found = search_products(args.search, args.limit)
    if args.json:
        print_json([p.to_json() for p in found])
        return 0
    rows = [
        [
            p.item_no,
            p.seller_code,
            p.name if p.goods else "(GoodsList.csvにありません)",
            _yen(p.price),
            _yen(p.quantity),
            qsm_time(p.end_date),
            len(p.options),
        ]
        for p in found
    ]
    print(format_table(PRODUCT_HEADERS, rows))
    print(f"{len(found):,} 件", file=sys.stderr)
    return 0


def cmd_check(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.products.checks import (
        check_products,
        has_errors,
    )
    from qsm_desktop.core.products.rules import load_rules

    ctx.open()
    findings = check_products()
    if args.json:
        print_json([f.to_json() for f in findings])
    else:
        rules = load_rules().rules
        for f in findings:
            column = f"「{f.column}」" if f.column else ""
            # The rule's Japanese title, as the GUI's list shows it; the code is for scripts (--json).
            title = rules[f.code].title if f.code in rules else f.code
            print(f"{f.file} {f.line}行目 [{f.severity_label}] {title} {column}".rstrip())
            print(f"  値: {f.value}")
            print(f"  理由: {f.message}")
            print(f"  出典: {f.source}")
        errors = sum(1 for f in findings if f.is_error)
        print(f"エラー {errors}件、警告 {len(findings) - errors}件", file=sys.stderr)
    return EXIT_FINDINGS if has_errors(findings) else 0


def cmd_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.products.errors import (
        Cp932ExportError,
    )
    from qsm_desktop.core.products.export import (
        export_sjis,
    )

    ctx.open()
    try:
        report = export_sjis(args.kind, args.out, args.replace)
    except Cp932ExportError as exc:
        # The whole list, one character a line: the seller fixes them in J・QSM or the file.
        print(f"qsm-desktop: {exc}", file=sys.stderr)
        for offender in exc.offenders:
            print(f"  {offender.describe()}", file=sys.stderr)
        return EXIT_REFUSED
    replaced = f"、{report.replaced}文字を「{args.replace}」に置き換え" if report.replaced else ""
    print(
        f"{args.kind.file_name} を Shift_JIS (CP932) で書き出しました: {report.path}"
        f"({report.rows:,}行{replaced})"
    )
    return 0
