"""resources/placeholders.json and resources/samples.json."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qsm_desktop.core.engine import SampleError, load_placeholders, load_samples, validate_values
from qsm_desktop.core.engine.samples import parse_samples
from qsm_desktop.core.vocabulary import KIND_BY_SLUG
from qsm_desktop.resources import load_json

GUIDE = [
    "SELLER_ID",
    "PACK_NO",
    "DELIVERY_FEE",
    "ORDER_TIME",
    "ORDER_DATE",
    "BUYER_NM",
    "BUYER_NM_JA",
    "BUYER_TEL_NO",
    "PAYMENT_METHOD",
    "DEL_OPTION",
    "DEL_HOPE_DATE_YYYYMMDD",
    "DEL_HOPE_DATE_TIME_ZONE",
    "DEL_MEMO",
]
OURS = {
    "ORDER_NO": "orderNo",
    "ITEM_CODE": "itemCode",
    "SELLER_ITEM_CODE": "sellerItemCode",
    "ITEM_NM": "itemTitle",
    "OPTION_NM": "option",
    "OPTION_CODE": "optionCode",
    "ORDER_QTY": "orderQty",
    "ORDER_PRICE": "orderPrice",
    "DISCOUNT_PRICE": "discount",
    "SETTLE_PRICE": "total",
    "ADD_OPTION": "option",
    "RECEIVER_NM": "receiver",
    "RECEIVER_NM_JA": None,
    "RECEIVER_TEL_NO": None,
    "SHIPPING_REQUEST_DATE": None,
    "DELIVERY_COMPANY": None,
    "INVOICE_NO": None,
    "DELIVERED_DATE": None,
    "CANCEL_REQUEST_DATE": None,
    "CANCEL_DATE": None,
    "CANCEL_REASON": None,
}


def test_dictionary_names_sources_and_fields() -> None:
    placeholders = load_placeholders()
    assert list(placeholders) == GUIDE + list(OURS)
    for name in GUIDE:
        assert placeholders[name].source == "guide"
    for name, field in OURS.items():
        assert placeholders[name].source == "ours"
        if field is not None:
            assert placeholders[name].qoo10_field == field
    assert {n for n, p in placeholders.items() if p.multi} == {"DEL_MEMO", "ADD_OPTION"}
    for p in placeholders.values():
        assert p.label and p.kinds and set(p.kinds) <= set(KIND_BY_SLUG)
        assert isinstance(p.sample, tuple) == p.multi


def test_dictionary_says_it_is_our_data() -> None:
    notice = load_json("placeholders.json")["notice"]
    assert "QSM Desktop" in notice and "Qoo10の公式資料ではありません" in notice


def test_order_mail_does_not_carry_shipping_facts() -> None:
    """docs/rules.md §9: no invoice number, carrier or ship date in the order mail."""
    placeholders = load_placeholders()
    for name in ("INVOICE_NO", "DELIVERY_COMPANY", "SHIPPING_REQUEST_DATE", "DELIVERED_DATE"):
        assert "order" not in placeholders[name].kinds


def test_required_samples_exist_and_show_what_they_promise() -> None:
    samples = load_samples()
    assert {
        "one-item",
        "long-memo",
        "empty-optional",
        "html-chars",
        "cp932-non-jis",
        "half-width-parens",
        "discount",
    } <= set(samples)
    for sample in samples.values():
        assert sample.label
    assert len(samples["long-memo"].values["DEL_MEMO"]) >= 3
    assert samples["empty-optional"].values["DEL_MEMO"] == ()
    html = "".join(str(v) for v in samples["html-chars"].values.values())
    for needle in ("<script>", '"', "&", "' onmouseover="):
        assert needle in html
    cp = "".join(str(v) for v in samples["cp932-non-jis"].values.values())
    for char in "①㈱髙﨑𠮷":
        assert char in cp
    assert any(ord(c) > 0x1F000 for c in cp)  # an emoji
    assert samples["half-width-parens"].values["ITEM_NM"] == "長袖Tシャツ(キッズ用)"
    assert samples["discount"].values["DISCOUNT_PRICE"] not in ("", "0")


def test_load_samples_returns_copies() -> None:
    load_samples()["one-item"].values["PACK_NO"] = "changed"
    assert load_samples()["one-item"].values["PACK_NO"] != "changed"


@pytest.mark.parametrize(
    ("values", "needle"),
    [
        ({"NO_SUCH": "x"}, "NO_SUCH"),
        ({"PACK_NO": ["1"]}, "PACK_NO"),
        ({"DEL_MEMO": "一行"}, "DEL_MEMO"),
        ({"DEL_MEMO": [1]}, "DEL_MEMO"),
        ({"PACK_NO": 1}, "PACK_NO"),
    ],
)
def test_bad_sample_names_the_sample_and_the_field(values: dict[str, object], needle: str) -> None:
    data = {"samples": [{"name": "broken", "label": "壊れた例", "values": values}]}
    with pytest.raises(SampleError) as caught:
        parse_samples(data)
    assert "broken" in str(caught.value) and needle in str(caught.value)


def test_validate_values_normalises_lists() -> None:
    assert validate_values({"DEL_MEMO": ["a"], "PACK_NO": "1"}, "x") == {
        "DEL_MEMO": ("a",),
        "PACK_NO": "1",
    }
    with pytest.raises(SampleError):
        validate_values(["not", "an", "object"], "x")


def test_engine_imports_neither_qt_nor_peewee() -> None:
    code = (
        "import sys\n"
        "import qsm_desktop.core.engine as engine\n"
        "engine.render_mail(engine.MailSource('t', 's', '<p>{$_PACK_NO_$}</p>'), {})\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'peewee')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
