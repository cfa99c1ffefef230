"""Write a rendered mail as an .eml file (stdlib ``email``): text and HTML as alternatives.

UTF-8 carries every character. ISO-2022-JP — still common for Japanese mail — is written only
when every character fits; otherwise :class:`EncodingRefused` lists them with their place, rather
than writing "?" the way a lenient encoder would.

Header values never contain a line break: a value such as ``"x\\r\\nBcc: someone"`` (from a sample,
an imported order or the title) would otherwise add a header. They are flattened to one line here
even if the caller already did, because a RenderResult can be built by anyone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy as email_policy
from email.header import Header
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, formataddr, getaddresses

from qsm_desktop.core.engine.encoding_report import CharIssue, encoding_issues
from qsm_desktop.core.engine.render import RenderResult, mail_encoding_report, sanitize_header
from qsm_desktop.core.errors import QsmError

CHARSETS = ("utf-8", "iso-2022-jp")
_MAX_LISTED = 20


class EncodingRefused(QsmError):
    """The mail has characters the requested charset cannot carry."""

    def __init__(self, charset: str, issues: tuple[CharIssue, ...]) -> None:
        self.charset = charset
        self.issues = issues
        listed = "、".join(str(i) for i in issues[:_MAX_LISTED])
        more = f" ほか{len(issues) - _MAX_LISTED}文字" if len(issues) > _MAX_LISTED else ""
        super().__init__(
            f"{charset.upper()} では送れない文字があります: {listed}{more}。"
            "これらの文字を置き換えるか、UTF-8 で書き出してください。"
        )


class _EncodedHeader:
    """A header value already RFC 2047-encoded in the wanted charset.

    EmailPolicy keeps a value that has a ``name`` and folds it by calling ``fold(policy=…)``
    (documented for ``header_store_parse`` and ``fold``); its own header classes would always
    encode in UTF-8, which is wrong for an ISO-2022-JP mail.
    """

    def __init__(self, name: str, encoded: str, text: str) -> None:
        self.name = name
        self._encoded = encoded  # ASCII, folded with "\n " continuation lines
        self._text = text

    def fold(self, *, policy: Policy) -> str:
        linesep = policy.linesep
        return f"{self.name}: {self._encoded.replace(chr(10), linesep)}{linesep}"

    def __str__(self) -> str:
        return self._text


def _header(msg: EmailMessage, name: str, value: str, charset: str, address: bool) -> None:
    value = sanitize_header(value)
    if value.isascii():
        msg[name] = value
        return
    encoded: str | None = None
    if address:
        pairs = getaddresses([value])
        if pairs and all(addr and "@" in addr and addr.isascii() for _, addr in pairs):
            encoded = ", ".join(formataddr(pair, charset=charset) for pair in pairs)
    if encoded is None:  # not an address list: show the text as it is, encoded
        encoded = Header(value, charset, header_name=name).encode(linesep="\n")
    msg[name] = _EncodedHeader(name, encoded, value)


def build_eml(
    result: RenderResult, charset: str = "utf-8", *, date: datetime | None = None
) -> bytes:
    """The mail as .eml bytes (CRLF line ends), multipart/alternative: plain text, then HTML."""
    charset = charset.lower()
    if charset not in CHARSETS:
        raise QsmError(f"文字コード「{charset}」には対応していません: {' / '.join(CHARSETS)}")
    subject = sanitize_header(result.subject)
    sender = sanitize_header(result.sender)
    recipients = [sanitize_header(r) for r in result.recipients]
    if charset == "iso-2022-jp":
        # The preview's report (each character once, where the seller reads it: the HTML part
        # adds only what the text view lacks), plus the recipients the preview does not check.
        report = mail_encoding_report(subject, sender, result.text, result.html)
        report += encoding_issues(", ".join(recipients), "to")
        if report.not_iso2022jp:
            raise EncodingRefused(charset, report.not_iso2022jp)

    msg = EmailMessage(policy=email_policy.SMTP)
    _header(msg, "Subject", subject, charset, address=False)
    _header(msg, "From", sender, charset, address=True)
    if recipients:
        _header(msg, "To", ", ".join(recipients), charset, address=True)
    msg["Date"] = format_datetime(date or datetime.now(UTC).astimezone())
    msg.set_content(result.text, subtype="plain", charset=charset)
    msg.add_alternative(result.html, subtype="html", charset=charset)
    return msg.as_bytes()
