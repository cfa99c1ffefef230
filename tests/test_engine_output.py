"""Plain-text view, encoding report and .eml export."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

import pytest

from qsm_desktop.core.charsets import cp932_can_carry
from qsm_desktop.core.engine import (
    EncodingRefused,
    EncodingReport,
    MailSource,
    RenderResult,
    build_eml,
    encoding_issues,
    html_to_text,
    load_samples,
    render_mail,
)
from qsm_desktop.core.errors import QsmError

HTML_TEMPLATE = (
    "<p>注文 {$_PACK_NO_$}<br>\n商品: {$_ITEM_NM_$}</p>\n"
    "<p>備考: ##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}</p>\n"
)


# ----------------------------------------------------------------------------- text view


def test_text_view_of_html() -> None:
    html = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<div>a &amp; b&nbsp;c &lt;d&gt; &#9312;</div><script>alert(1)</script>"
        "<p>  line\n   one<br>two<BR/>three</p><ul><li>x</li><li>y</li></ul>"
        "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>"
        "<pre>  keep\n  this</pre>tail</body></html>"
    )
    assert html_to_text(html) == (
        "a & b\xa0c <d> ①\nline one\ntwo\nthree\nx\ny\n1\t2\n3\n  keep\n  this\ntail"
    )


# ----------------------------------------------------------------------------- encoding report


def test_encoding_report_positions() -> None:
    report = encoding_issues("注文\nA①髙𠮷ｱ😀", "body")
    assert [(i.line, i.column, i.char) for i in report.not_iso2022jp] == [
        (2, 2, "①"),
        (2, 3, "髙"),
        (2, 4, "𠮷"),
        (2, 5, "ｱ"),
        (2, 6, "😀"),
    ]
    assert [(i.line, i.column, i.char) for i in report.not_cp932] == [(2, 4, "𠮷"), (2, 6, "😀")]
    assert encoding_issues("ascii only", "title") == EncodingReport()
    assert encoding_issues("日本語だけ", "title") == EncodingReport()


def test_the_preview_reports_what_cp932_would_change() -> None:
    """cp932 encodes 〜 (U+301C) as ～ (U+FF5E): the preview flags it, as the product check does."""
    result = render_mail(MailSource("", "", "10時〜12時 ー"), {})
    assert [(i.field, i.line, i.column, i.char) for i in result.encoding.not_cp932] == [
        ("body", 1, 4, "〜")
    ]
    assert result.encoding.not_iso2022jp == ()  # JIS X 0208 has the wave dash itself
    assert not cp932_can_carry("〜") and cp932_can_carry("～")


def test_render_result_reports_subject_and_body_chars() -> None:
    values = load_samples()["cp932-non-jis"].values
    result = render_mail(
        MailSource(
            "件名 {$_BUYER_NM_$}", "Qoo10 <qoo10info@qoo10.jp>", "<p>x</p>\n" + HTML_TEMPLATE
        ),
        values,
    )
    title = [(i.field, i.line, i.column, i.char) for i in result.encoding.not_iso2022jp][:3]
    assert title == [("title", 1, 4, "髙"), ("title", 1, 5, "﨑"), ("title", 1, 7, "𠮷")]
    body_chars = {i.char for i in result.encoding.not_cp932 if i.field == "body"}
    assert body_chars == {"🎁", "😀"}
    line_of_item = next(i for i in result.encoding.not_iso2022jp if i.char == "㈱")
    assert (line_of_item.field, line_of_item.line) == ("body", 3)  # text view: x / 注文 / 商品


def test_html_only_characters_are_reported_as_html() -> None:
    result = render_mail(MailSource("", "", '<p title="①">x</p><script>"髙"</script>'), {})
    assert [(i.field, i.char) for i in result.encoding.not_iso2022jp] == [
        ("html", "①"),
        ("html", "髙"),
    ]


# ----------------------------------------------------------------------------- eml


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").rstrip("\n").split("\n")


def _render(sample: str = "one-item") -> RenderResult:
    return render_mail(
        MailSource(
            "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$}) {$_ITEM_NM_$}",
            "Qoo10 <qoo10info@qoo10.jp>",
            HTML_TEMPLATE,
            "a@example.com; b@example.com",
        ),
        load_samples()[sample].values,
    )


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
@pytest.mark.parametrize("sample", ["one-item", "long-memo", "html-chars"])
def test_eml_round_trip(charset: str, sample: str) -> None:
    result = _render(sample)
    data = build_eml(result, charset, date=datetime(2024, 5, 1, 10, 0, tzinfo=UTC))
    assert data.split(b"\r\n\r\n")[0].isascii()  # headers are always 7-bit
    if charset == "iso-2022-jp":  # UTF-8 bodies may go as 8bit; ISO-2022-JP is 7-bit
        assert data.isascii()
    message = _parse(data)
    assert message["Subject"] == result.subject
    assert message["To"] == "a@example.com, b@example.com"
    assert message["From"].addresses[0].addr_spec == "qoo10info@qoo10.jp"
    assert message["Date"] == "Wed, 01 May 2024 10:00:00 +0000"
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content_charset() == charset
    # the parser keeps the CRLF line ends of the wire format in the decoded text
    assert _lines(plain.get_content()) == _lines(result.text)
    assert _lines(html.get_content()) == _lines(result.html)
    if charset == "iso-2022-jp":
        assert b"=?iso-2022-jp?b?" in data
        assert plain["Content-Transfer-Encoding"] == "7bit"


def test_eml_non_ascii_sender_name() -> None:
    result = render_mail(MailSource("件名", "キューテン <info@example.jp>", "x"), {})
    for charset in ("utf-8", "iso-2022-jp"):
        message = _parse(build_eml(result, charset))
        assert message["From"].addresses[0].display_name == "キューテン"
        assert message["From"].addresses[0].addr_spec == "info@example.jp"


def test_iso_2022_jp_is_refused_with_positions() -> None:
    result = _render("cp932-non-jis")
    build_eml(result, "utf-8")  # UTF-8 carries everything
    with pytest.raises(EncodingRefused) as caught:
        build_eml(result, "iso-2022-jp")
    refused = caught.value
    assert {i.char for i in refused.issues} == {"①", "㈱", "🎁", "😀"}
    subject_issue = next(i for i in refused.issues if i.field == "title")
    assert (
        f"タイトル {subject_issue.line}行{subject_issue.column}列「{subject_issue.char}」"
        in str(refused)
    )


def test_iso_2022_jp_refusal_lists_each_character_once() -> None:
    """The HTML part repeats the body's characters: listed once, where the seller reads them."""
    result = render_mail(MailSource("", "", "<p>①</p>"), {})
    with pytest.raises(EncodingRefused) as caught:
        build_eml(result, "iso-2022-jp")
    assert [(i.field, i.char) for i in caught.value.issues] == [("body", "①")]
    assert str(caught.value).count("①") == 1


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
def test_header_injection_is_impossible(charset: str) -> None:
    evil = "1\r\nBcc: evil@example.com\nX-Evil: 1"
    result = render_mail(
        MailSource("注文 {$_PACK_NO_$}", "{$_BUYER_NM_$} <a@example.com>", "x", "c@example.com"),
        {"PACK_NO": evil, "BUYER_NM": "山田\r\nBcc: evil@example.com"},
    )
    # and a RenderResult built by hand, bypassing render_mail's own flattening
    forged = RenderResult(
        subject=f"件名{evil}",
        sender="x\r\nBcc: evil@example.com <a@example.com>",
        recipients=("c@example.com",),
        html="<p>x</p>",
        text="x",
        warnings=(),
        encoding=EncodingReport(),
    )
    for mail in (result, forged):
        data = build_eml(mail, charset)
        message = _parse(data)
        assert message["Bcc"] is None and message["X-Evil"] is None
        assert b"\nBcc:" not in data and b"\nX-Evil:" not in data
        assert "Bcc: evil@example.com" in message["Subject"]
    with pytest.raises(QsmError):  # a line break in an address part: refused, never written
        build_eml(replace(forged, recipients=("c@example.com\r\nBcc: evil@example.com",)))
    with pytest.raises(QsmError):
        build_eml(replace(forged, sender="x <a@example.com>\r\nBcc: evil@example.com"))
