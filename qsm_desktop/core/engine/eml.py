"""Write a rendered mail as an .eml file (stdlib ``email``): text and HTML as alternatives.

Headers are *built*, never concatenated from input. The sender and the recipients become
``email.headerregistry.Address`` objects (the sender is exactly one address, its display name
quoted or encoded); every text that is not plain, short ASCII goes out as RFC 2047 encoded words
made here, in the mail's charset. That includes ASCII text holding ``=?``: a title such as
``=?utf-8?q?=0D=0ABcc:_x@y?=`` is text, and a reader must get it back as that text, not decode it
into a new header line (Python's own serialiser, before 3.13, writes such a decoded value raw).
Values are flattened to one line (controls become spaces) even when the caller already did,
because a RenderResult can be built by anyone; a value longer than MAX_HEADER_CHARS is refused.

The transfer encoding is fixed:

* ISO-2022-JP: headers in ``=?iso-2022-jp?b?…?=`` words, each part ``7bit`` as RFC 1468 expects —
  unless a line would be longer than the 998 octets RFC 5322 allows (an HTML body written on one
  line), then that part goes ``base64``;
* UTF-8: both parts ``base64`` (quoted-printable is not read by every parser).

ISO-2022-JP has no ①, ㈱, emoji, …: the mail is refused with each such character and its place
(:class:`EncodingRefused`), or, with ``substitute=True``, those characters are replaced by what an
ISO-2022-JP mail conventionally carries (① → (1), ㈱ → (株), ～ → 〜, the rest → 〓) and every
replacement is listed in :attr:`MailFile.substitutions`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy as email_policy
from email.charset import BASE64, Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, make_msgid
from functools import lru_cache

from qsm_desktop.core.addresses import parse_sender
from qsm_desktop.core.charsets import iso2022jp_can_carry
from qsm_desktop.core.engine.diagnostics import FIELD_LABELS, place
from qsm_desktop.core.engine.encoding_report import CharIssue, encoding_issues
from qsm_desktop.core.engine.render import RenderResult, mail_encoding_report, sanitize_header
from qsm_desktop.core.errors import QsmError, ValidationError

CHARSETS = ("utf-8", "iso-2022-jp")
_MAX_LISTED = 20
# A header value after the sample is filled in. The stored title (500) and sender (300) are far
# below it; a value read from an order file can be anything, and a header of megabytes makes
# readers (Python's own parser among them) take gigabytes.
MAX_HEADER_CHARS = 2000
# RFC 5322 2.1.1: a line is at most 998 octets without its CRLF.
MAX_LINE_OCTETS = 998
# The right side of every Message-ID: .invalid is reserved (RFC 2606), so an id made here can
# never collide with one a real mail system made.
MESSAGE_ID_DOMAIN = "qsm-desktop.invalid"
GETA = "〓"  # what Japanese mail has long used for a character the charset lacks

# Plain ASCII a reader cannot mistake for anything else: printable, no encoded-word opener.
_PLAIN = re.compile(r"[\x20-\x7e]*")
_LONG_WORD = 60  # a longer run without white space could not be folded within the line limit


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


@dataclass(frozen=True, slots=True)
class Substitution:
    """One character ISO-2022-JP lacks, what was written instead, and where it first was."""

    char: str
    replacement: str
    first: CharIssue
    count: int

    def __str__(self) -> str:
        times = f"(ほか{self.count - 1}か所)" if self.count > 1 else ""
        return (
            f"{place(self.first.field, self.first.line, self.first.column)}"
            f"「{self.char}」(U+{ord(self.char):04X}) → 「{self.replacement}」{times}"
        )


@dataclass(frozen=True, slots=True)
class MailFile:
    data: bytes  # the .eml, CRLF line ends
    message_id: str
    substitutions: tuple[Substitution, ...] = ()


# ----------------------------------------------------------------------------- substitution

# Where NFKC's answer is not what Japanese mail writes (① is "(1)", not "1"), or where CP932 and
# JIS map a character to different code points (CP932's ～ is JIS's 〜).
_SUBSTITUTES = {
    **{chr(0x2460 + n): f"({n + 1})" for n in range(20)},  # ①..⑳
    "～": "〜",
    "－": "−",
    "∥": "‖",
    "￠": "¢",
    "￡": "£",
    "￢": "¬",
}


@lru_cache(maxsize=4096)
def iso2022jp_substitute(char: str) -> str:
    """What an ISO-2022-JP mail carries instead of *char*: a listed one, NFKC's, or 〓."""
    if char in _SUBSTITUTES:
        return _SUBSTITUTES[char]
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and folded.strip() and iso2022jp_can_carry(folded):
        return folded  # ㈱ → (株), ｱ → ア, ㍉ → ミリ, Ⅳ → IV
    return GETA


def _substituted(text: str) -> str:
    if iso2022jp_can_carry(text):
        return text
    return "".join(c if iso2022jp_can_carry(c) else iso2022jp_substitute(c) for c in text)


def _substitutions(issues: tuple[CharIssue, ...]) -> tuple[Substitution, ...]:
    first: dict[str, CharIssue] = {}
    counts: dict[str, int] = {}
    for issue in issues:
        first.setdefault(issue.char, issue)
        counts[issue.char] = counts.get(issue.char, 0) + 1
    return tuple(
        Substitution(c, iso2022jp_substitute(c), issue, counts[c]) for c, issue in first.items()
    )


# ----------------------------------------------------------------------------- headers


class _BuiltHeader:
    """A header whose value this module encoded and folded (ASCII, "\\n " continuations).

    EmailPolicy keeps a value that has a ``name`` and writes it by calling ``fold(policy=…)``
    (documented for ``header_store_parse`` and ``fold``); its own header classes would encode in
    UTF-8 whatever the mail's charset, and would write a decoded ``=?…?=`` raw.
    """

    def __init__(self, name: str, folded: str, text: str) -> None:
        self.name = name
        self._folded = folded
        self._text = text

    def fold(self, *, policy: Policy) -> str:
        linesep = policy.linesep
        return f"{self.name}: {self._folded.replace(chr(10), linesep)}{linesep}"

    def __str__(self) -> str:
        return self._text


def _is_plain(text: str) -> bool:
    """Text that may go out as it is: printable ASCII, no ``=?``, every word foldable."""
    return (
        _PLAIN.fullmatch(text) is not None
        and "=?" not in text
        and all(len(word) <= _LONG_WORD for word in text.split(" "))
    )


@lru_cache(maxsize=4)
def _base64_charset(charset: str) -> Charset:
    # base64 words for either charset ("utf-8" alone would choose Q for ASCII text): they hold
    # no character that means anything in a header, in a phrase or in unstructured text
    header_charset = Charset(charset)
    header_charset.header_encoding = BASE64
    return header_charset


def _encoded_words(text: str, charset: str, name: str) -> str:
    return Header(text, _base64_charset(charset), header_name=name).encode(
        linesep="\n", maxlinelen=76
    )


def _text_value(text: str, charset: str, name: str) -> str:
    if _is_plain(text):
        return Header(text, "us-ascii", header_name=name).encode(linesep="\n", maxlinelen=78)
    return _encoded_words(text, charset, name)


def _address_value(address: Address, charset: str, name: str) -> str:
    if not address.display_name:
        return address.addr_spec
    if _is_plain(address.display_name) and len(address.display_name) <= _LONG_WORD:
        # headerregistry quotes a name holding specials (",", "<", …); a quoted string is not
        # folded, hence short names only
        return str(address)
    return f"{_encoded_words(address.display_name, charset, name)} <{address.addr_spec}>"


def _checked(value: str, field: str) -> str:
    value = sanitize_header(value).replace("\t", " ")  # a tab is white space, one space here
    if len(value) > MAX_HEADER_CHARS:
        raise QsmError(
            f"{FIELD_LABELS[field]}が長すぎます({len(value)}文字)。"
            f"メールの見出しに入れられるのは{MAX_HEADER_CHARS}文字までです。"
        )
    return value


def _address(display_name: str, addr_spec: str, field: str) -> Address:
    try:
        return Address(display_name=display_name, addr_spec=addr_spec)
    except (ValueError, IndexError):  # headerregistry refuses what is not one addr-spec
        raise QsmError(
            f"{FIELD_LABELS[field]}「{addr_spec[:80]}」はメールアドレスとして正しくありません。"
        ) from None


def _sender(text: str) -> Address:
    try:
        display_name, addr_spec = parse_sender(text, strict_name=False)
    except ValidationError as exc:
        raise QsmError(str(exc)) from None
    return _address(display_name, addr_spec, "sender")


def _recipient(text: str) -> Address:
    if not text.isascii() or any(c.isspace() for c in text):
        raise QsmError(f"送信先「{text[:80]}」はメールアドレスとして正しくありません。")
    return _address("", text, "to")


# ----------------------------------------------------------------------------- body


def _transfer_encoding(text: str, charset: str) -> str:
    if charset != "iso-2022-jp":
        return "base64"
    data = text.encode("iso2022_jp")
    # 7bit: short lines, no NUL, no lone CR (RFC 2045 2.7)
    if b"\0" in data or b"\r" in data.replace(b"\r\n", b""):
        return "base64"
    if any(len(line) > MAX_LINE_OCTETS for line in data.splitlines()):
        return "base64"
    return "7bit"


# ----------------------------------------------------------------------------- the file


def build_mail(
    result: RenderResult,
    charset: str = "utf-8",
    *,
    substitute: bool = False,
    date: datetime | None = None,
    message_id: str | None = None,
) -> MailFile:
    """The mail as a multipart/alternative .eml (plain text, then HTML), CRLF line ends.

    Raises QsmError (EncodingRefused for characters ISO-2022-JP lacks without *substitute*).
    """
    charset = charset.lower()
    if charset not in CHARSETS:
        raise QsmError(f"文字コード「{charset}」には対応していません: {' / '.join(CHARSETS)}")
    subject = _checked(result.subject, "title")
    sender = _checked(result.sender, "sender")
    recipients = [_checked(r, "to").strip() for r in result.recipients]
    text, html = result.text, result.html
    substitutions: tuple[Substitution, ...] = ()
    if charset == "iso-2022-jp":
        # The preview's report (each character once, where the seller reads it: the HTML part
        # adds only what the text view lacks), plus the recipients the preview does not check.
        report = mail_encoding_report(subject, sender, text, html)
        report += encoding_issues(", ".join(recipients), "to")
        lacking = report.not_iso2022jp
        if lacking and (not substitute or any(i.field == "to" for i in lacking)):
            raise EncodingRefused(charset, lacking)
        if lacking:
            substitutions = _substitutions(lacking)
            swap: Callable[[str], str] = _substituted
            subject, sender, text, html = map(swap, (subject, sender, text, html))

    from_address = _sender(sender)
    to_addresses = [_recipient(r) for r in recipients]
    msg = EmailMessage(policy=email_policy.SMTP)
    msg["Subject"] = _BuiltHeader("Subject", _text_value(subject, charset, "Subject"), subject)
    msg["From"] = _BuiltHeader(
        "From", _address_value(from_address, charset, "From"), str(from_address)
    )
    if to_addresses:
        msg["To"] = _BuiltHeader(
            "To",
            ",\n ".join(a.addr_spec for a in to_addresses),
            ", ".join(a.addr_spec for a in to_addresses),
        )
    msg["Date"] = format_datetime(date or datetime.now(UTC).astimezone())
    msg_id = message_id or make_msgid(domain=MESSAGE_ID_DOMAIN)
    msg["Message-ID"] = msg_id
    msg.set_content(text, subtype="plain", charset=charset, cte=_transfer_encoding(text, charset))
    msg.add_alternative(
        html, subtype="html", charset=charset, cte=_transfer_encoding(html, charset)
    )
    for part in msg.iter_parts():
        del part["MIME-Version"]  # add_alternative repeats it in a part; it belongs at the top
    return MailFile(msg.as_bytes(), msg_id, substitutions)


def build_eml(
    result: RenderResult,
    charset: str = "utf-8",
    *,
    date: datetime | None = None,
    substitute: bool = False,
) -> bytes:
    """The mail as .eml bytes: :func:`build_mail`'s data."""
    return build_mail(result, charset, substitute=substitute, date=date).data
