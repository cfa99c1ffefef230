"""Checks of the shipped template catalog, resources/catalog.json, read with the stdlib only.

These guard the data itself (docs/rules.md §3, §6, §9), independent of the code that loads it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from guide_words import GROUPS, KINDS

CATALOG_PATH = Path(__file__).resolve().parents[1] / "resources" / "catalog.json"
KIND_LABEL = {
    "order": "注文情報",
    "shipping_request": "配送要請",
    "delivered": "配送完了",
    "cancel_request": "キャンセル要請",
    "cancelled": "キャンセル完了",
}
KIND_WORD = {
    "order": "Order",
    "shipping_request": "Transport",
    "delivered": "Delivered",
    "cancel_request": "CancelRequest",
    "cancelled": "Cancel",
}

# Numbers and names shown in the Qoo10 guide.
PINNED = {
    1: ("StockGear", "order", "[Email] StockGear Order - 注文情報"),
    18: ("CrossMall", "order", "[Email] CrossMall Order - Group"),
    47: ("CrossMall", "shipping_request", "[Email] CrossMall Transport - Group"),
}
SKIPPED = {18, 47}

SENDER = "Qoo10 <qoo10info@qoo10.jp>"
ORDER_MARKER = "Qoo10の注文のお知らせです。"
SHIPPING_REQUEST_MARKER = "Qoo10の発注のお知らせです。"

COMMON = {
    "SELLER_ID",
    "PACK_NO",
    "ORDER_NO",
    "ITEM_CODE",
    "SELLER_ITEM_CODE",
    "ITEM_NM",
    "OPTION_NM",
    "OPTION_CODE",
    "ORDER_QTY",
    "BUYER_NM",
    "BUYER_NM_JA",
}
ALLOWED = {
    "order": COMMON
    | {
        "DELIVERY_FEE",
        "ORDER_TIME",
        "ORDER_DATE",
        "BUYER_TEL_NO",
        "PAYMENT_METHOD",
        "DEL_OPTION",
        "DEL_HOPE_DATE_YYYYMMDD",
        "DEL_HOPE_DATE_TIME_ZONE",
        "DEL_MEMO",
        "ORDER_PRICE",
        "DISCOUNT_PRICE",
        "SETTLE_PRICE",
        "ADD_OPTION",
    },
    "shipping_request": COMMON
    | {
        "ORDER_DATE",
        "SHIPPING_REQUEST_DATE",
        "RECEIVER_NM",
        "RECEIVER_NM_JA",
        "RECEIVER_TEL_NO",
        "DEL_OPTION",
        "DEL_HOPE_DATE_YYYYMMDD",
        "DEL_HOPE_DATE_TIME_ZONE",
        "DEL_MEMO",
        "ORDER_PRICE",
        "DELIVERY_FEE",
        "ADD_OPTION",
    },
    "delivered": COMMON | {"DELIVERY_COMPANY", "INVOICE_NO", "DELIVERED_DATE", "RECEIVER_NM"},
    "cancel_request": COMMON | {"CANCEL_REQUEST_DATE", "CANCEL_REASON", "SETTLE_PRICE"},
    "cancelled": COMMON | {"CANCEL_DATE", "CANCEL_REASON", "SETTLE_PRICE"},
}
MULTI_VALUED = {"DEL_MEMO", "ADD_OPTION"}

PLACEHOLDER = re.compile(r"[{\[]\$_([A-Z0-9_]+)_\$[}\]]")
DIRECTIVE = re.compile(
    r"##DELETE_BLANK_ROW_##ISLOOP_(?P<a>[{\[]\$_[A-Z0-9_]+_\$[}\]])"
    r"|##ISLOOP_(?P<b>[{\[]\$_[A-Z0-9_]+_\$[}\]])"
    r"|##DELETE_BLANK_ROW_##"
)
# docs/rules.md §6: a row is a line; in HTML it also ends at these closing tags.
ROW_SPLIT = re.compile(r"\n|(?<=<br>)|(?<=</p>)|(?<=</div>)|(?<=</li>)|(?<=</tr>)")

# The guide's bodies for templates 1 and 18 (line breaks the guide's copy lost are restored).
GUIDE_BODY_1 = (
    "いつもQoo10をご利用いただきまして誠にありがとうございます。\n"
    "お客様から下記の注文が入りましたのでお知らせいたします。\n"
    "\n"
    "販売者ID:[$_SELLER_ID_$]\n"
    "カート番号:[$_PACK_NO_$]\n"
    "送料:[$_DELIVERY_FEE_$]\n"
    "注文日時:[$_ORDER_TIME_$]\n"
    "\n"
    "■注文者の情報\n"
    "氏名:[$_BUYER_NM_$]\n"
    "氏名(フリガナ):[$_BUYER_NM_JA_$]\n"
    "電話番号:[$_BUYER_TEL_NO_$]\n"
)
GUIDE_BODY_18 = (
    "<p>この度はQoo10をご利用いただきまして、誠にありがとうございます。<br>\n"
    "以下の注文内容が届いておりますので、内容をご確認ください。</p>\n"
    "<p>[注文番号] {$_PACK_NO_$}<br>\n"
    "[注文日時] {$_ORDER_DATE_$}<br>\n"
    "[支払方法] {$_PAYMENT_METHOD_$}<br>\n"
    "[配送方法] {$_DEL_OPTION_$}<br>\n"
    "[配達希望日] {$_DEL_HOPE_DATE_YYYYMMDD_$}<br>\n"
    "[配達時間帯] {$_DEL_HOPE_DATE_TIME_ZONE_$}</p>\n"
    "<p>[備考] ##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}</p>\n"
)
GUIDE_TITLE_18 = "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$})"


def _load() -> dict:
    with CATALOG_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


CATALOG = _load()
TEMPLATES = CATALOG["templates"]
BY_NO = {t["no"]: t for t in TEMPLATES}


def _ids(template: dict) -> str:
    return f"{template['no']}-{template['group']}-{template['kind']}"


each_template = pytest.mark.parametrize("template", TEMPLATES, ids=_ids)


def _rows(body: str) -> list[str]:
    return [row for row in ROW_SPLIT.split(body) if row.strip()]


def _expected_numbers() -> dict[tuple[str, str], int]:
    pinned = {(g, k): no for no, (g, k, _name) in PINNED.items()}
    taken = set(pinned.values())
    numbers = dict(pinned)
    candidate = 1
    for group in GROUPS:
        for kind in KINDS:
            if (group, kind) in numbers:
                continue
            while candidate in taken or candidate in SKIPPED:
                candidate += 1
            numbers[(group, kind)] = candidate
            taken.add(candidate)
    return numbers


# ------------------------------------------------------------------ the file as a whole


def test_file_is_utf8_two_space_indent_without_ascii_escapes() -> None:
    text = CATALOG_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(CATALOG, ensure_ascii=False, indent=2) + "\n"


def test_top_level_fields() -> None:
    assert set(CATALOG) >= {"version", "notice", "numbering", "templates"}
    assert isinstance(CATALOG["version"], int)
    assert CATALOG["version"] >= 1
    notice = CATALOG["notice"]
    # The data must say it is sample content, not Qoo10's (docs/rules.md §3.1), in both languages.
    assert "サンプル" in notice
    assert "sample" in notice
    assert "NOT Qoo10" in notice
    for number in ("1", "18", "47"):
        assert number in notice
    numbering = CATALOG["numbering"]
    assert "18" in numbering
    assert "47" in numbering
    assert "skipping" in numbering


def test_45_templates_with_unique_numbers_sorted() -> None:
    assert len(TEMPLATES) == 45
    numbers = [t["no"] for t in TEMPLATES]
    assert all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in numbers)
    assert len(set(numbers)) == 45
    assert numbers == sorted(numbers)


def test_every_group_and_kind_exactly_once() -> None:
    pairs = Counter((t["group"], t["kind"]) for t in TEMPLATES)
    assert set(pairs) == {(g, k) for g in GROUPS for k in KINDS}
    assert set(pairs.values()) == {1}


def test_numbers_from_the_guide() -> None:
    for number, (group, kind, name) in PINNED.items():
        template = BY_NO[number]
        assert (template["group"], template["kind"], template["name"]) == (group, kind, name)
    # The guide shows 47's name cut off as "[Email] CrossMall Transpor…".
    assert BY_NO[47]["name"].startswith("[Email] CrossMall Transpor")


def test_numbering_rule() -> None:
    expected = _expected_numbers()
    actual = {(t["group"], t["kind"]): t["no"] for t in TEMPLATES}
    assert actual == expected
    # Spot checks of the rule as written in the brief.
    assert [actual[("StockGear", k)] for k in KINDS] == [1, 2, 3, 4, 5]
    assert [actual[("NextEngine", k)] for k in KINDS] == [6, 7, 8, 9, 10]
    assert [actual[("CrossMall", k)] for k in KINDS] == [18, 47, 11, 12, 13]
    assert [actual[("ZaikoRobot", k)] for k in KINDS] == [14, 15, 16, 17, 19]
    assert [actual[("ExternalOrder", k)] for k in KINDS] == [40, 41, 42, 43, 44]


# ------------------------------------------------------------------ names


@each_template
def test_name_pattern(template: dict[str, Any]) -> None:
    match = re.fullmatch(r"\[Email\] (\S+) (\S+) - (.+)", template["name"])
    assert match, template["name"]
    company, kind_word, suffix = match.groups()
    assert company == template["group"]
    assert kind_word == KIND_WORD[template["kind"]]
    assert suffix in (KIND_LABEL[template["kind"]], "Group")


def test_one_name_suffix_style_per_group() -> None:
    for group in GROUPS:
        styles = {
            "group" if t["name"].endswith(" - Group") else "label"
            for t in TEMPLATES
            if t["group"] == group
        }
        assert len(styles) == 1, group
    assert BY_NO[1]["name"].endswith(" - 注文情報")
    assert BY_NO[18]["name"].endswith(" - Group")


# ------------------------------------------------------------------ fixed fields and titles


@each_template
def test_send_type_and_sender(template: dict[str, Any]) -> None:
    assert template["send_type"] == "EMAIL"
    assert template["sender"] == SENDER


@each_template
def test_title_markers(template: dict[str, Any]) -> None:
    """Integration services recognise mails by these subjects (docs/rules.md §9)."""
    title = template["title"]
    assert title.strip()
    if template["kind"] == "order":
        assert ORDER_MARKER in title
    else:
        assert ORDER_MARKER not in title
    if template["kind"] == "shipping_request":
        assert SHIPPING_REQUEST_MARKER in title
    else:
        assert SHIPPING_REQUEST_MARKER not in title


def test_guide_title_and_bodies() -> None:
    assert BY_NO[18]["title"] == GUIDE_TITLE_18
    assert BY_NO[1]["body"] == GUIDE_BODY_1
    assert BY_NO[18]["body"] == GUIDE_BODY_18


# ------------------------------------------------------------------ template language


@each_template
def test_only_allowed_placeholders(template: dict[str, Any]) -> None:
    allowed = ALLOWED[template["kind"]]
    for field in ("title", "body"):
        names = set(PLACEHOLDER.findall(template[field]))
        assert names <= allowed, (field, sorted(names - allowed))
    assert PLACEHOLDER.findall(template["body"]), "body without placeholders"


@each_template
def test_no_malformed_placeholders(template: dict[str, Any]) -> None:
    for field in ("title", "body"):
        text = template[field]
        leftover = PLACEHOLDER.sub("", text)
        assert "$_" not in leftover, field
        assert "_$" not in leftover, field


@each_template
def test_directives_well_formed(template: dict[str, Any]) -> None:
    body = template["body"]
    for match in DIRECTIVE.finditer(body):
        token = match.group("a") or match.group("b")
        if token:
            name = PLACEHOLDER.fullmatch(token)
            assert name is not None and name.group(1) in MULTI_VALUED, token
    leftover = DIRECTIVE.sub("", body)
    assert "##" not in leftover
    assert "ISLOOP" not in leftover
    assert "DELETE_BLANK_ROW" not in leftover
    assert "{{" not in body
    assert "{%" not in body


@each_template
def test_multi_valued_fields_loop(template: dict[str, Any]) -> None:
    for row in _rows(template["body"]):
        for name in set(PLACEHOLDER.findall(row)) & MULTI_VALUED:
            assert re.search(r"##ISLOOP_[{\[]\$_" + name + r"_\$[}\]]", row), row


@each_template
def test_html_rows_keep_tags_balanced(template: dict[str, Any]) -> None:
    """A row that may be dropped or repeated must not open or close a paragraph by itself."""
    body = template["body"]
    if "<p>" not in body:
        assert "</p>" not in body
        assert "<br>" not in body
        return
    assert body.count("<p>") == body.count("</p>")
    for row in _rows(body):
        if "##" in row:
            assert row.count("<p>") == row.count("</p>"), row


@each_template
def test_body_shape(template: dict[str, Any]) -> None:
    rows = _rows(template["body"])
    assert 8 <= len(rows) <= 40
    if template["no"] not in (1, 18):  # the guide's bodies are shown cut off
        assert "今後ともQoo10をよろしくお願いいたします。" in template["body"]


def test_both_body_styles_present() -> None:
    html_groups = {t["group"] for t in TEMPLATES if "<p>" in t["body"]}
    plain_groups = {t["group"] for t in TEMPLATES if "<p>" not in t["body"]}
    assert html_groups
    assert plain_groups
    assert not html_groups & plain_groups
    assert "CrossMall" in html_groups
    assert "StockGear" in plain_groups


@each_template
def test_nextengine_half_width_parentheses_hold_only_codes(template: dict[str, Any]) -> None:
    """NextEngine reads 販売者コード / オプションコード from half-width parentheses (docs/rules.md §9.3)."""
    if template["group"] != "NextEngine":
        return
    for field in ("title", "body"):
        text = template[field]
        rest = re.sub(r"\([{\[]\$_(?:SELLER_ITEM_CODE|OPTION_CODE)_\$[}\]]\)", "", text)
        assert "(" not in rest, field
        assert ")" not in rest, field
        assert "SELLER_ITEM_CODE" not in rest, field
        assert "OPTION_CODE" not in rest, field
    body = template["body"]
    # Each code on a row of its own that ##DELETE_BLANK_ROW_## drops when the code is empty, so
    # an empty code leaves no 「()」 behind.
    assert re.search(r"\n[^\n]*##DELETE_BLANK_ROW_##\(\{\$_SELLER_ITEM_CODE_\$\}\)\n", body)
    assert re.search(r"\n[^\n]*##DELETE_BLANK_ROW_##\(\{\$_OPTION_CODE_\$\}\)\n", body)


@each_template
def test_text_fits_iso_2022_jp(template: dict[str, Any]) -> None:
    """Japanese mail is often sent as ISO-2022-JP; the shipped text must survive it."""
    for field in ("name", "title", "sender", "body"):
        template[field].encode("iso2022_jp")
