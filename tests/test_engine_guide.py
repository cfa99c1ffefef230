"""The guide's own examples (tests/data/guide_excerpt.txt) render as the guide means them."""

from __future__ import annotations

import re
from pathlib import Path

from qsm_desktop.core.engine import MailSource, load_samples, render_mail, scan_template

GUIDE_EXCERPT = Path(__file__).resolve().parent / "data" / "guide_excerpt.txt"


def _guide() -> str:
    # The guide's text escapes "$" as "\$" (a Markdown artefact of the copy).
    return GUIDE_EXCERPT.read_text(encoding="utf-8").replace("\\$", "$")


def _stockgear_body() -> str:
    text = _guide()
    start = text.index("いつもQoo10をご利用いただきまして誠にありがとうございます。")
    end = text.index("電話番号:[$_BUYER_TEL_NO_$]") + len("電話番号:[$_BUYER_TEL_NO_$]")
    return text[start:end]


def _crossmall(marker: str) -> tuple[str, str, str]:
    """Title, sender and body of the CrossMall form in the guide (the copy containing *marker*)."""
    text = _guide()
    body_line = next(
        line
        for line in text.splitlines()
        if line.startswith("テンプレートの詳細") and marker in line
    )
    body = body_line.split("\t")[1].strip()
    title = re.search(r"タイトル\t(.+?)\t", text)
    sender = re.search(r"送信者\t(.+?)\t", text)
    assert title and sender
    return title.group(1), sender.group(1), body


def test_stockgear_text_body_renders_line_by_line() -> None:
    values = load_samples()["one-item"].values
    result = render_mail(MailSource("", "", _stockgear_body()), values)
    assert not result.body_is_html
    assert result.warnings == ()
    lines = result.text.splitlines()
    assert lines == [
        "いつもQoo10をご利用いただきまして誠にありがとうございます。",
        "お客様から下記の注文が入りましたのでお知らせいたします。",
        "",
        f"販売者ID:{values['SELLER_ID']}",
        f"カート番号:{values['PACK_NO']}",
        f"送料:{values['DELIVERY_FEE']}",
        f"注文日時:{values['ORDER_TIME']}",
        "",
        "■注文者の情報",
        f"氏名:{values['BUYER_NM']}",
        f"氏名(フリガナ):{values['BUYER_NM_JA']}",
        f"電話番号:{values['BUYER_TEL_NO']}",
    ]


def test_crossmall_html_body_renders_with_memo_rows() -> None:
    title, sender, body = _crossmall("##ISLOOP_")
    assert title == "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$})"
    assert sender == "Qoo10 <qoo10info@qoo10.jp>"
    values = dict(load_samples()["one-item"].values)
    values["DEL_MEMO"] = ("午前中希望", "置き配可")
    result = render_mail(MailSource(title, sender, body), values)
    assert result.warnings == ()
    assert result.subject == f"Qoo10の注文のお知らせです。(注文番号:{values['PACK_NO']})"
    assert result.sender == sender
    assert result.body_is_html
    assert result.html == (
        "<p>この度はQoo10をご利用いただきまして、誠にありがとうございます。 "
        "以下の注文内容が届いておりますので、内容をご確認ください。</p> "
        f"<p>[注文番号] {values['PACK_NO']} [注文日時] {values['ORDER_DATE']} "
        f"[支払方法] {values['PAYMENT_METHOD']} [配送方法] {values['DEL_OPTION']} "
        f"[配送希望日] {values['DEL_HOPE_DATE_YYYYMMDD']} "
        f"[配送時間帯] {values['DEL_HOPE_DATE_TIME_ZONE']}</p>"
        " <p>[備考] 午前中希望</p> <p>[備考] 置き配可</p>"
    )
    assert result.text.splitlines()[-2:] == ["[備考] 午前中希望", "[備考] 置き配可"]

    values["DEL_MEMO"] = ()
    result = render_mail(MailSource(title, sender, body), values)
    assert result.html.endswith(f"[配送時間帯] {values['DEL_HOPE_DATE_TIME_ZONE']}</p>")
    assert "備考" not in result.text
    assert "##" not in result.html


def test_the_guides_sloop_typo_is_reported() -> None:
    _, _, body = _crossmall("##SLOOP_")
    warnings = scan_template(MailSource("", "", body))
    assert [w.code for w in warnings] == ["unknown-directive"]
    assert "##SLOOP_" in warnings[0].message
