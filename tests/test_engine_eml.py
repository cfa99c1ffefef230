"""The .eml writer against hostile titles, senders and values, read back by two parsers.

The stdlib's ``email`` with ``policy.default`` and mail-parser (another author's parser) read
every file; no header a value brings can appear, and no line is longer than RFC 5322 allows.
"""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

import mailparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qsm_desktop.core.engine import MailSource, RenderResult, load_samples, render_mail
from qsm_desktop.core.engine.eml import (
    MAX_HEADER_CHARS,
    MAX_LINE_OCTETS,
    EncodingRefused,
    build_mail,
    iso2022jp_substitute,
)
from qsm_desktop.core.errors import QsmError, ValidationError

HEADER_NAMES = {"subject", "from", "to", "date", "message-id", "mime-version", "content-type"}
ENCODED_WORD_TITLE = "=?utf-8?q?=0D=0ABcc:_evil@evil.example?="


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _names(message: EmailMessage) -> set[str]:
    return {name.lower() for name in message}


def _longest_line(data: bytes) -> int:
    return max(len(line) for line in data.split(b"\r\n"))


def _mail(
    title: str, sender: str, values: dict[str, str], to: str = "c@example.jp"
) -> RenderResult:
    return render_mail(MailSource(title, sender, "<p>{$_ITEM_NM_$}</p>", to), values)


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
def test_an_encoded_word_in_the_title_stays_text(charset: str) -> None:
    data = build_mail(_mail(ENCODED_WORD_TITLE, "a@example.jp", {}), charset).data
    assert b"\nBcc" not in data
    message = _parse(data)
    assert _names(message) == HEADER_NAMES
    assert message["Subject"] == ENCODED_WORD_TITLE  # read back as typed, not decoded
    assert mailparser.parse_from_bytes(data).subject == ENCODED_WORD_TITLE


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
def test_a_value_in_the_sender_name_cannot_add_an_address(charset: str) -> None:
    result = _mail(
        "件名", "{$_BUYER_NM_$} <shop@example.jp>", {"BUYER_NM": "x <evil@evil.example>, y"}
    )
    message = _parse(build_mail(result, charset).data)
    (address,) = message["From"].addresses
    assert address.addr_spec == "shop@example.jp"
    assert address.display_name == "x <evil@evil.example>, y"


@pytest.mark.parametrize(
    "sender",
    ["=?utf-8?q?=E5=B1=B1?= <shop@example.jp>", '"=?utf-8?b?5bGx?=" <shop@example.jp>'],
)
def test_an_encoded_word_in_the_sender_is_a_name_not_a_crash(sender: str) -> None:
    message = _parse(build_mail(_mail("件名", sender, {})).data)
    (address,) = message["From"].addresses
    assert address.display_name.startswith(("=?utf-8?q?", "=?utf-8?b?"))
    assert address.addr_spec == "shop@example.jp"


def test_an_encoded_word_in_the_destination_is_refused_in_one_sentence() -> None:
    with pytest.raises(QsmError) as caught:
        build_mail(_mail("件名", "a@example.jp", {}, to="=?utf-8?q?=0D=0A?=x@example.jp"))
    assert "送信先" in str(caught.value) and "\n" not in str(caught.value)


def test_a_megabyte_value_is_refused_with_the_limit_named() -> None:
    result = _mail("{$_ITEM_NM_$}", "a@example.jp", {"ITEM_NM": "x" * 1_000_000})
    with pytest.raises(QsmError) as caught:
        build_mail(result)
    assert f"{MAX_HEADER_CHARS}文字" in str(caught.value) and "タイトル" in str(caught.value)


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
@pytest.mark.parametrize("word", ["x" * MAX_HEADER_CHARS, "注" * MAX_HEADER_CHARS, "a b " * 500])
def test_long_headers_fold_within_998_octets(charset: str, word: str) -> None:
    result = _mail("{$_ITEM_NM_$}", "{$_ITEM_NM_$} <a@example.jp>", {"ITEM_NM": word[:1900]})
    data = build_mail(result, charset).data
    assert _longest_line(data) <= MAX_LINE_OCTETS
    message = _parse(data)
    assert message["Subject"] == result.subject == word[:1900]
    # A long name goes as several encoded words; the stdlib's phrase parser keeps the folding
    # white space between them (RFC 2047 6.2 says to drop it), so compare without it.
    shown = message["From"].addresses[0].display_name
    assert shown.replace(" ", "") == word[:1900].replace(" ", "")


def test_register_refuses_a_sender_with_two_addresses() -> None:
    from qsm_desktop.core.addresses import check_sender

    for sender in ("a@example.jp, b@example.jp", "x <a@example.jp>, y <b@example.jp>"):
        with pytest.raises(ValidationError) as caught:
            check_sender(sender)
        assert "1つだけ" in str(caught.value)
    check_sender('"Qoo10, Inc." <qoo10info@qoo10.jp>')
    check_sender("=?utf-8?q?x?= <qoo10info@qoo10.jp>")  # text, kept as the seller typed it


# ----------------------------------------------------------------------------- policy


def test_transfer_encoding_policy_and_identity_headers() -> None:
    result = render_mail(
        MailSource("件名 {$_PACK_NO_$}", "Qoo10 <qoo10info@qoo10.jp>", "<p>注文 {$_PACK_NO_$}</p>"),
        load_samples()["one-item"].values,
    )
    date = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    jis = _parse(build_mail(result, "iso-2022-jp", date=date).data)
    utf8_file = build_mail(result, "utf-8", date=date)
    utf8 = _parse(utf8_file.data)
    for message, cte in ((jis, "7bit"), (utf8, "base64")):
        assert [part["Content-Transfer-Encoding"] for part in message.iter_parts()] == [cte, cte]
        assert message["Date"] == "Wed, 01 May 2024 10:00:00 +0000"
        assert message["Message-ID"].endswith("@qsm-desktop.invalid>")
        assert all(part["MIME-Version"] is None for part in message.iter_parts())
    assert utf8["Message-ID"] == utf8_file.message_id
    assert jis["Message-ID"] != utf8["Message-ID"]


def test_an_iso_2022_jp_line_over_998_octets_goes_base64() -> None:
    result = render_mail(MailSource("件名", "a@example.jp", "<p>" + "注文" * 400 + "</p>"), {})
    data = build_mail(result, "iso-2022-jp").data
    assert _longest_line(data) <= MAX_LINE_OCTETS
    html = _parse(data).get_body(("html",))
    assert html is not None and html["Content-Transfer-Encoding"] == "base64"
    assert "注文" * 400 in html.get_content()


def test_iso_2022_jp_substitution_lists_what_it_replaced() -> None:
    result = render_mail(MailSource("①のお知らせ", "㈱キュー <a@example.jp>", "<p>②～😀ｱ</p>"), {})
    with pytest.raises(EncodingRefused):
        build_mail(result, "iso-2022-jp")
    mail = build_mail(result, "iso-2022-jp", substitute=True)
    assert mail.data.isascii()
    message = _parse(mail.data)
    assert message["Subject"] == "(1)のお知らせ"
    assert message["From"].addresses[0].display_name == "(株)キュー"
    text = message.get_body(("plain",))
    assert text is not None and text.get_content().strip() == "(2)〜〓ア"
    assert [(s.char, s.replacement, s.first.field) for s in mail.substitutions] == [
        ("①", "(1)", "title"),
        ("㈱", "(株)", "sender"),
        ("②", "(2)", "body"),
        ("～", "〜", "body"),
        ("😀", "〓", "body"),
        ("ｱ", "ア", "body"),
    ]
    assert str(mail.substitutions[0]) == "タイトル 1行1列「①」(U+2460) → 「(1)」"
    parsed = mailparser.parse_from_bytes(mail.data)
    assert parsed.subject == "(1)のお知らせ"
    # mail-parser hands a 7bit part back as its raw text, here ISO-2022-JP's escape sequences
    # (RFC 1468's form): it decodes the headers, the charset decode of the body is left to us.
    assert parsed.text_plain[0].encode("ascii").decode("iso2022_jp").strip() == "(2)〜〓ア"


def test_substitutes_always_fit_iso_2022_jp() -> None:
    for char in "①⑳㈱㈲№℡Ⅳⅸ㍉㎏～－∥￠￡￢ｱﾞ髙﨑𠮷😀\u200b":
        iso2022jp_substitute(char).encode("iso2022_jp")


# ----------------------------------------------------------------------------- property

# Any text, with the pieces an injection is made of mixed in more often than chance would.
_TEXT = st.lists(
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=20)
    | st.sampled_from(
        ["\r\n", "\n", "=?utf-8?q?=0D=0ABcc:_x@y?=", "?=", "<a@b.jp>", ",", '"', "\\"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_TEXT,
    name=_TEXT,
    value=_TEXT,
    charset=st.sampled_from(["utf-8", "iso-2022-jp"]),
)
def test_any_title_name_and_value_keep_the_header_set(
    title: str, name: str, value: str, charset: str
) -> None:
    title = title.replace("{", "(")  # the value goes in through the placeholder, not the text
    result = render_mail(
        MailSource(
            title + "{$_ITEM_NM_$}",
            '"' + name.replace("\\", "").replace('"', "") + '{$_BUYER_NM_$}" <shop@example.jp>',
            "<p>{$_ITEM_NM_$}</p>",
            "c@example.jp",
        ),
        {"ITEM_NM": value, "BUYER_NM": value},
    )
    data = build_mail(result, charset, substitute=True).data
    assert _longest_line(data) <= MAX_LINE_OCTETS
    message = _parse(data)
    assert _names(message) == HEADER_NAMES
    assert len(message["From"].addresses) == 1
    assert message["From"].addresses[0].addr_spec == "shop@example.jp"
    assert len(message.get_all("Subject") or []) == 1


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("admin@ex\u0430mple.jp", "半角英字に見えて別の文字「а」(U+0430)が混ざっています"),
        ("a@例え.jp", "日本語ドメイン名(国際化ドメイン名)は QSM の送信先には使えません"),
        ("注文@example.jp", "半角の英数字と記号だけで入力してください"),
    ],
)
def test_addresses_beyond_ascii_are_refused_with_the_reason(address: str, reason: str) -> None:
    from qsm_desktop.core.addresses import check_sender, parse_destination

    with pytest.raises(ValidationError) as caught:
        parse_destination(address, required=True)
    assert reason in str(caught.value)
    with pytest.raises(ValidationError):
        check_sender(f"Qoo10 <{address}>")
