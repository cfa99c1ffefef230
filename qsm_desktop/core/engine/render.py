"""Render a mail the way the integration service receives it (docs/rules.md §5 live preview)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qsm_desktop.core.addresses import split_addresses
from qsm_desktop.core.engine.compiler import analyze, compile_template
from qsm_desktop.core.engine.diagnostics import NOT_PROVIDED_BY_KIND, EngineWarning
from qsm_desktop.core.engine.encoding_report import EncodingReport, encoding_issues
from qsm_desktop.core.engine.placeholders import placeholder_index
from qsm_desktop.core.engine.plaintext import html_to_text, text_to_html
from qsm_desktop.core.vocabulary import KIND_BY_SLUG

FIELDS = ("title", "sender", "body")

# Anything str.splitlines() splits on, and the other C0 controls: in a header any of them could
# start a new header line (Bcc: injection through a value) or be refused by the email package.
_HEADER_BREAKS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]+")


def sanitize_header(value: str) -> str:
    """A header value on one line: every line break or control character becomes one space."""
    return _HEADER_BREAKS.sub(" ", value)


@dataclass(frozen=True, slots=True)
class MailSource:
    title: str
    sender: str
    body: str
    destination: str = ""


@dataclass(frozen=True, slots=True)
class RenderResult:
    subject: str
    sender: str
    recipients: tuple[str, ...]
    html: str
    text: str
    warnings: tuple[EngineWarning, ...]
    encoding: EncodingReport
    body_is_html: bool = False  # False: the body is plain text and `html` is derived from it


def render_mail(
    source: MailSource,
    values: Mapping[str, str | Sequence[str]],
    *,
    kind: str | None = None,
) -> RenderResult:
    """Render title, sender and body with *values* (plain strings; lists for multi-valued fields).

    Template problems never raise: they are warnings, and the text shows as typed. With *kind*
    (an お知らせ種類 slug) placeholders that kind's mails do not carry are warned about too.
    """
    title = compile_template(source.title, "title")
    sender_template = compile_template(source.sender, "sender")
    body = compile_template(source.body, "body")

    subject = sanitize_header(title.render(values))
    sender = sanitize_header(sender_template.render(values))
    if body.html:
        html = body.render(values)
        text = html_to_text(html)
    else:
        text = body.render(values)
        html = text_to_html(text)

    warnings = title.warnings + sender_template.warnings + body.warnings
    if kind is not None:
        warnings += _kind_warnings(source, kind)
    return RenderResult(
        subject=subject,
        sender=sender,
        recipients=tuple(split_addresses(source.destination)),
        html=html,
        text=text,
        warnings=warnings,
        encoding=mail_encoding_report(subject, sender, text, html if body.html else None),
        body_is_html=body.html,
    )


def mail_encoding_report(
    subject: str, sender: str, text: str, html: str | None = None
) -> EncodingReport:
    """Issues of the rendered mail: body positions are those of the plain-text view.

    For an HTML body the characters that only the HTML source has (inside `<script>`, attribute
    values, …) are added as field 'html', so each problem character is listed once where the
    seller can read it, and none is missed.
    """
    report = (
        encoding_issues(subject, "title")
        + encoding_issues(sender, "sender")
        + encoding_issues(text, "body")
    )
    if html is not None:
        extra = encoding_issues(html, "html")
        if extra:
            seen_iso = {i.char for i in report.not_iso2022jp}
            seen_cp = {i.char for i in report.not_cp932}
            report += EncodingReport(
                tuple(i for i in extra.not_iso2022jp if i.char not in seen_iso),
                tuple(i for i in extra.not_cp932 if i.char not in seen_cp),
            )
    return report


def scan_template(source: MailSource, *, kind: str | None = None) -> tuple[EngineWarning, ...]:
    """Token warnings (unknown, malformed, …) of title, sender and body, without rendering."""
    warnings: tuple[EngineWarning, ...] = ()
    for field in FIELDS:
        warnings += analyze(getattr(source, field), field).warnings
    if kind is not None:
        warnings += _kind_warnings(source, kind)
    return warnings


def _kind_warnings(source: MailSource, kind: str) -> tuple[EngineWarning, ...]:
    kind_label = KIND_BY_SLUG[kind].label
    index = placeholder_index()
    found: list[EngineWarning] = []
    for field in FIELDS:
        for token in analyze(getattr(source, field), field).placeholders:
            placeholder = index[token.name]
            if kind not in placeholder.kinds:
                found.append(
                    EngineWarning(
                        field,
                        token.line,
                        token.column,
                        NOT_PROVIDED_BY_KIND,
                        f"「{placeholder.token}」({placeholder.label})は「{kind_label}」の"
                        "メールには値が入らない項目のため、空で届きます。"
                        "テンプレートのお知らせ種類が合っているか確認してください。",
                    )
                )
    return tuple(found)
