"""render / samples / placeholders: the live preview from the command line.

The template engine (jinja, the email package) is imported by the handlers, not here: every
command's parser is built on each start, and only these three commands render.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from qsm_desktop.cli import arguments
from qsm_desktop.cli.output import format_table, print_json
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.vocabulary import KIND_BY_SLUG

if TYPE_CHECKING:
    from qsm_desktop.core.engine import CharIssue, EngineWarning, MailSource, RenderResult

DEFAULT_SAMPLE = "one-item"
DEFAULT_SENDER = "Qoo10 <qoo10info@qoo10.jp>"
FORMATS = ("text", "html", "eml")
# The engine's eml.CHARSETS, written out so that building the parser does not import the engine
# (a test checks that they agree).
CHARSETS = ("utf-8", "iso-2022-jp")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("render", help="メールのプレビュー (サンプル注文で差し込み)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--template", type=arguments.positive_int, metavar="NO", help="カタログのテンプレート番号"
    )
    source.add_argument(
        "--registration", type=arguments.positive_int, metavar="ID", help="登録番号"
    )
    source.add_argument(
        "--body-file", metavar="F", help="テンプレートの詳細 (テキストファイル、- で標準入力)"
    )
    p.add_argument("--title", metavar="T", help="タイトル (--body-file のとき)")
    p.add_argument(
        "--sender", metavar="S", help=f"送信者 (--body-file のとき、既定: {DEFAULT_SENDER})"
    )
    data = p.add_mutually_exclusive_group()
    data.add_argument(
        "--sample", metavar="NAME", help=f"サンプル注文の名前 (既定: {DEFAULT_SAMPLE})"
    )
    data.add_argument(
        "--data", metavar="ORDER.json", help="注文データ (項目名をキーとするJSON、- で標準入力)"
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="出力形式 (既定: text)")
    p.add_argument("--charset", choices=CHARSETS, default="utf-8", help="eml の文字コード")
    p.add_argument(
        "--substitute",
        action="store_true",
        help="ISO-2022-JP にない文字を置き換える (① → (1)、㈱ → (株)、ほかは 〓。置き換えた文字を表示)",
    )
    p.add_argument("--out", metavar="FILE", help="出力先ファイル (既定: 標準出力)")
    p.add_argument("--json", action="store_true", help="結果全体をJSONで出力")
    p.set_defaults(handler=cmd_render)

    p = sub.add_parser("samples", help="サンプル注文の一覧")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_samples)

    p = sub.add_parser("placeholders", help="差し込み項目の一覧")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_placeholders)


# ----------------------------------------------------------------------------- render


def _source(ctx: AppContext, args: argparse.Namespace) -> tuple[MailSource, str | None]:
    """The template to render and its お知らせ種類 (None for a body file)."""
    from qsm_desktop.core.engine import MailSource

    if args.body_file is None and (args.title is not None or args.sender is not None):
        raise QsmError("--title と --sender は --body-file と一緒に指定してください。")
    if args.template is not None:
        from qsm_desktop.core.catalog import get_template  # the store only when needed

        ctx.open()
        t = get_template(args.template)
        return MailSource(t.title, t.sender, t.body), t.kind
    if args.registration is not None:
        from qsm_desktop.core.registrations import RegistrationService

        ctx.open()
        r = RegistrationService(ctx.operator).get(args.registration)
        return MailSource(r.title, r.sender, r.body, r.destination), r.kind
    body = arguments.read_body_file(args.body_file)
    sender = DEFAULT_SENDER if args.sender is None else args.sender
    return MailSource(args.title or "", sender, body), None


def _group(ctx: AppContext, args: argparse.Namespace) -> str | None:
    """The テンプレートのグループ of the template or registration rendered (None for a file)."""
    if args.template is not None:
        from qsm_desktop.core.catalog import get_template

        return get_template(args.template).group
    if args.registration is not None:
        return ctx.service.get(args.registration).group
    return None


def _values(args: argparse.Namespace) -> dict[str, Any]:
    from qsm_desktop.core.engine import load_samples, validate_values

    if args.data is not None:
        name = "標準入力" if args.data == arguments.STDIN else args.data
        try:
            raw = json.loads(arguments.read_text_file(args.data))
        except json.JSONDecodeError as exc:
            raise QsmError(
                f"{name} はJSONとして読めません({exc.lineno}行{exc.colno}列: {exc.msg})。"
            ) from None
        return dict(validate_values(raw, name))
    samples = load_samples()
    name = args.sample or DEFAULT_SAMPLE
    if name not in samples:
        raise QsmError(
            f"サンプル「{name}」はありません。次のいずれかを指定してください: {' / '.join(samples)}"
        )
    return dict(samples[name].values)


def _issue_json(issue: CharIssue) -> dict[str, Any]:
    return {
        "field": issue.field,
        "line": issue.line,
        "column": issue.column,
        "char": issue.char,
        "codepoint": f"U+{ord(issue.char):04X}",
    }


def _warning_json(w: EngineWarning) -> dict[str, Any]:
    return {
        "field": w.field,
        "line": w.line,
        "column": w.column,
        "code": w.code,
        "message": w.message,
    }


def result_json(result: RenderResult) -> dict[str, Any]:
    return {
        "subject": result.subject,
        "sender": result.sender,
        "to": list(result.recipients),
        "body_is_html": result.body_is_html,
        "html": result.html,
        "text": result.text,
        "warnings": [_warning_json(w) for w in result.warnings],
        "encoding": {
            "not_iso2022jp": [_issue_json(i) for i in result.encoding.not_iso2022jp],
            "not_cp932": [_issue_json(i) for i in result.encoding.not_cp932],
        },
    }


def _print_diagnostics(result: RenderResult) -> None:
    """Template warnings and the characters a charset cannot carry, one line each on stderr."""
    for w in result.warnings:
        print(w, file=sys.stderr)  # 本文 2行4列: 警告: …
    for charset, issues in (
        ("ISO-2022-JP", result.encoding.not_iso2022jp),
        ("CP932", result.encoding.not_cp932),
    ):
        for i in issues:
            print(f"{i}: 注意: {charset} では送れません。", file=sys.stderr)


def _write(data: str | bytes, out: str | None) -> None:
    if out is not None:
        from qsm_desktop.core.file_output import write_bytes

        write_bytes(out, data.encode("utf-8") if isinstance(data, str) else data)
    elif isinstance(data, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(data)


def cmd_render(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.engine import EncodingRefused, build_mail, render_mail

    if args.body_file == args.data == arguments.STDIN:
        raise QsmError("標準入力 (-) は --body-file と --data のどちらか一方にだけ指定できます。")
    from qsm_desktop.core.mail_checks import check_mail

    source, kind = _source(ctx, args)
    values = _values(args)
    result = render_mail(source, values, kind=kind)
    findings = check_mail(
        source, result, values, kind=kind, group=_group(ctx, args), sample=args.sample or ""
    )
    output: str | bytes
    substituted: tuple[str, ...] = ()
    if args.json:
        data = result_json(result)
        data["mail_findings"] = [f.to_json() for f in findings]
        output = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "eml":
        # Built before anything is printed: a refusal (a character ISO-2022-JP lacks) is then
        # the only line on stderr.
        try:
            mail = build_mail(result, args.charset, substitute=args.substitute)
        except EncodingRefused as exc:
            raise QsmError(f"{exc}(--substitute で置き換えて書き出せます)") from None
        output = mail.data
        substituted = tuple(f"{s}: 置き換えました。" for s in mail.substitutions)
    elif args.format == "html":
        output = result.html
    else:
        head = f"タイトル: {result.subject}\n送信者: {result.sender}\n"
        if result.recipients:
            head += f"送信先: {', '.join(result.recipients)}\n"
        output = f"{head}\n{result.text}"
    if substituted:  # what the file carries instead: its own list, not the preview's notes
        print("\n".join(substituted), file=sys.stderr)
    else:
        _print_diagnostics(result)
        for finding in findings:  # the services' rules and the HTML structure, on the mail
            print(finding, file=sys.stderr)
    _write(output, args.out)
    return 0


# ----------------------------------------------------------------------------- lists


def cmd_samples(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.engine import load_samples

    samples = load_samples()
    if args.json:
        print_json(
            [
                {"name": s.name, "label": s.label, "note": s.note, "values": s.values}
                for s in samples.values()
            ]
        )
        return 0
    print(
        format_table(
            ("名前", "内容", "説明"), [[s.name, s.label, s.note] for s in samples.values()]
        )
    )
    return 0


def cmd_placeholders(ctx: AppContext, args: argparse.Namespace) -> int:
    from qsm_desktop.core.engine import load_placeholders

    placeholders = load_placeholders()
    if args.json:
        print_json(
            [
                {
                    "name": p.name,
                    "token": p.token,
                    "label": p.label,
                    "kinds": list(p.kinds),
                    "multi": p.multi,
                    "sample": p.sample,
                    "source": p.source,
                    "qoo10_field": p.qoo10_field,
                    "note": p.note,
                }
                for p in placeholders.values()
            ]
        )
        return 0
    rows = [
        [
            p.token,
            p.label,
            "複数" if p.multi else "",
            "・".join(KIND_BY_SLUG[k].label for k in p.kinds),
            "ガイド" if p.source == "guide" else "QSM Desktop",
            p.qoo10_field or "不明",
        ]
        for p in placeholders.values()
    ]
    headers = ("差し込み項目", "内容", "値", "お知らせ種類", "出典", "Qoo10の注文データ")
    print(format_table(headers, rows))
    return 0
