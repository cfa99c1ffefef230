"""check / replace-address / qsm-import / changes.

The safety checks and the store are imported by the handlers, not here: every command's parser
is built on each start, and a command pays only for what it uses.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from qsm_desktop.cli import arguments
from qsm_desktop.cli.output import format_table, print_json, yn
from qsm_desktop.core.app_context import AppContext

if TYPE_CHECKING:
    from qsm_desktop.core.safety import AddressReplacementPlan, ImportPlan
    from qsm_desktop.core.safety.coverage import CoverageCell, CoverageMatrix
    from qsm_desktop.core.safety.setup_findings import SetupReport

EXIT_FINDINGS = 1  # like a linter: the check found errors / some pasted lines were not imported

CELL_MARKS = {"enabled": "Y", "standby": "待機", "disabled": "N", "missing": "-"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="設定チェック (送信先×お知らせ種類の一覧と問題点。エラーがあれば終了コード1)",
    )
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.add_argument("--pretty", action="store_true", help="JSONを字下げして読みやすく出力")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "replace-address",
        help="送信先のアドレスを一括で置き換える (例: 連動サービスの受信アドレス変更)",
    )
    p.add_argument("old", metavar="OLD", help="今のアドレス (大文字・小文字は区別しない)")
    p.add_argument("new", metavar="NEW", help="新しいアドレス")
    p.add_argument("--dry-run", action="store_true", help="変更せずに対象の登録だけ表示")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_replace_address)

    p = sub.add_parser(
        "qsm-import",
        help="J・QSMのお知らせ設定データ(ブラウザからコピーしたタブ区切り)を取り込む",
    )
    p.add_argument("file", metavar="FILE", help="貼り付けたテキストのファイル (- で標準入力)")
    p.add_argument("--dry-run", action="store_true", help="取り込まずに結果だけ表示")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.set_defaults(handler=cmd_qsm_import)

    p = sub.add_parser("changes", help="QSMに反映する変更のチェックリスト")
    p.add_argument("--json", action="store_true", help="JSONで出力")
    p.add_argument("--html", metavar="FILE", help="印刷用のHTMLをファイルに書き出す")
    p.add_argument(
        "--tick", type=arguments.positive_int, metavar="KEY", help="項目 KEY を完了にする"
    )
    p.add_argument(
        "--untick", type=arguments.positive_int, metavar="KEY", help="項目 KEY の完了を取り消す"
    )
    p.add_argument("--mark-applied", action="store_true", help="すべての変更をQSMに反映済みにする")
    p.set_defaults(handler=cmd_changes)


# -- check ------------------------------------------------------------------------------------


def _cell_text(cell: CoverageCell) -> str:
    if not cell.registration_ids:
        return CELL_MARKS[cell.state]
    ids = ",".join(f"#{i}" for i in cell.registration_ids)
    return f"{CELL_MARKS[cell.state]} {ids}"


def format_matrix(matrix: CoverageMatrix) -> str:
    headers = ("テンプレートのグループ", "送信先", *matrix.kind_labels)
    rows = [
        [row.group_label, row.address_label, *(_cell_text(c) for c in row.cells)]
        for row in matrix.rows
    ]
    return format_table(headers, rows)


def format_findings(report: SetupReport) -> str:
    if not report.findings:
        return "問題は見つかりませんでした。"
    lines = []
    for finding in report.findings:
        ids = "・".join(str(i) for i in finding.registration_ids)
        # the seller's name of the problem; the code stays in --json for scripts
        lines.append(f"[{finding.severity_label}] {finding.label or finding.code} (登録番号 {ids})")
        lines.append(f"  {finding.message}")
        if finding.source:
            lines.append(f"  根拠: {finding.source}")
    return "\n".join(lines)


def cmd_check(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.safety import check_setup, coverage_matrix, load_rows

    ctx.open()
    rows = load_rows()
    matrix = coverage_matrix(rows)
    report = check_setup(rows)
    if args.json:
        print_json({"coverage": matrix.to_json(), **report.to_json()}, pretty=args.pretty)
    else:
        print("送信先 × お知らせ種類 (Y=使用 / 待機 / N=使用N / -=未登録、#登録番号)")
        print(format_matrix(matrix) if matrix.rows else "(登録はありません)")
        print()
        print(format_findings(report))
        print(
            f"{report.checked}件の登録を確認: エラー {len(report.errors)}件、"
            f"警告 {len(report.warnings)}件",
            file=sys.stderr,
        )
    return EXIT_FINDINGS if report.has_errors else 0


# -- replace-address --------------------------------------------------------------------------


def _print_replacement(plan: AddressReplacementPlan, done: bool) -> None:
    rows = [
        [
            i.registration_id,
            i.template_no,
            i.kind_label,
            i.group_label,
            yn(i.enabled),
            i.before,
            i.after,
            i.note,
        ]
        for i in plan.items
    ]
    headers = (
        "登録番号",
        "テンプレート番号",
        "カテゴリ",
        "テンプレートグループ名",
        "使用(Y/N)",
        "変更前の送信先",
        "変更後の送信先",
        "備考",
    )
    print(format_table(headers, rows))
    if done:
        print(f"{len(plan.items)}件の登録で「{plan.old}」を「{plan.new}」に置き換えました。")
    else:
        print(f"{len(plan.items)}件の登録が変わります(まだ変更していません)。")
        for conflict in plan.conflicts:
            print(f"このままでは変更できません: {conflict}")


def cmd_replace_address(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.registrations import RegistrationService
    from qsm_desktop.core.safety import apply_address_replacement, plan_address_replacement

    ctx.open()
    if args.dry_run:
        plan = plan_address_replacement(args.old, args.new)
    else:
        plan, _report = apply_address_replacement(
            RegistrationService(ctx.operator), args.old, args.new
        )
    if args.json:
        print_json({**plan.to_json(), "dry_run": bool(args.dry_run)})
    else:
        _print_replacement(plan, done=not args.dry_run)
    return 0


# -- qsm-import -------------------------------------------------------------------------------


def _print_import(plan: ImportPlan, done: bool) -> None:
    from qsm_desktop.core.safety.qsm_import import ACTION_LABELS, CREATE, UNCHANGED, UPDATE

    rows = [
        [
            i.line,
            i.action_label,
            i.registration_id or "",
            i.template_no,
            i.kind_label,
            i.group_label,
            i.destination,
            yn(i.enabled),
            yn(i.standby),
        ]
        for i in plan.items
    ]
    headers = (
        "行",
        "取り込み",
        "登録番号",
        "テンプレート番号",
        "カテゴリ",
        "テンプレートグループ名",
        "送信先",
        "使用(Y/N)",
        "待機(Y/N)",
    )
    if rows:
        print(format_table(headers, rows))
    for item in plan.items:
        for change in item.changes:
            print(f"  {item.line}行目: {change.label}: {change.before} → {change.after}")
        for note in item.notes:
            print(f"  {item.line}行目: {note}")
    for problem in plan.problems:
        print(f"{problem.line}行目は取り込みません: {problem.message}  [{problem.text}]")
    verb = "" if done else "(まだ取り込んでいません)"
    print(
        f"新規 {plan.count(CREATE)}件、更新 {plan.count(UPDATE)}件、"
        f"{ACTION_LABELS[UNCHANGED]} {plan.count(UNCHANGED)}件、"
        f"取り込めない行 {len(plan.problems)}件{verb}"
    )
    if plan.not_in_paste:
        ids = "・".join(str(i) for i in plan.not_in_paste)
        print(f"貼り付けになかった登録(変更していません): 登録番号 {ids}")


def cmd_qsm_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.registrations import RegistrationService
    from qsm_desktop.core.safety import apply_qsm_import, parse_qsm_grid, plan_qsm_import

    grid = parse_qsm_grid(arguments.read_text_file(args.file))
    ctx.open()
    confirmed: tuple[int, ...] = ()
    if args.dry_run:
        plan = plan_qsm_import(grid)
        data = plan.to_json()
    else:
        result = apply_qsm_import(RegistrationService(ctx.operator), grid)
        plan, confirmed = result.plan, result.confirmed
        data = result.to_json()
    if args.json:
        print_json({**data, "dry_run": bool(args.dry_run)})
    else:
        _print_import(plan, done=not args.dry_run)
        if confirmed:
            print(
                f"QSMで反映済みと確認できたチェックリストの項目 {len(confirmed)}件に"
                "チェックを付けました。"
            )
    return EXIT_FINDINGS if plan.problems else 0


# -- changes ----------------------------------------------------------------------------------


def cmd_changes(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.safety import build_checklist, mark_applied, tick, untick

    ctx.open()
    checklist = build_checklist()
    if args.mark_applied:
        count = len(checklist.items)
        mark_applied(checklist)
        print(f"{count}件の変更をQSMに反映済みにしました。")
        return 0
    if args.tick is not None or args.untick is not None:
        key = args.tick if args.tick is not None else args.untick
        item = checklist.item(key)
        (tick if args.tick is not None else untick)(item)
        checklist = build_checklist()
    if args.html:
        from qsm_desktop.core.file_output import write_bytes

        write_bytes(args.html, checklist.to_html().encode("utf-8"))
    if args.json:
        print_json(checklist.to_json())
    else:
        print(checklist.to_text(), end="")
    return 0
