"""The catalog's corrections: one 注文番号 per mail, Qoo10's voice, the guide's texts marked,
no empty 「()」 left by an empty code, and an upgrade that keeps the seller's registrations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import peewee
import pytest

from qsm_desktop.core.catalog import shipped_catalog, sync_catalog
from qsm_desktop.core.engine import MailSource, load_samples, render_mail
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService

CATALOG = json.loads(
    (Path(__file__).resolve().parents[1] / "resources" / "catalog.json").read_text("utf-8")
)
TEMPLATES = CATALOG["templates"]
# A label and the placeholder right after it: 「注文番号:{$_X_$}」, 「[注文番号] {$_X_$}」,
# 「【注文番号】{$_X_$}」, 「注文番号　　：{$_X_$}」.
LABELLED = re.compile(
    r"[【\[]?(注文番号|カート番号)[】\]]?[ \t　]*[:：]?[ \t　]*[{\[]\$_([A-Z_]+)_\$[}\]]"
)
GUIDE_VOICE = "お客様から下記の注文が入りましたのでお知らせいたします。"


def _ids(template: dict) -> str:
    return f"{template['no']}-{template['group']}-{template['kind']}"


each_template = pytest.mark.parametrize("template", TEMPLATES, ids=_ids)


@each_template
def test_one_meaning_of_each_number_label_per_mail(template: dict) -> None:
    meanings: dict[str, set[str]] = {}
    for field in ("title", "body"):
        for label, name in LABELLED.findall(template[field]):
            meanings.setdefault(label, set()).add(name)
    assert all(len(names) == 1 for names in meanings.values()), meanings
    # 注文番号 and カート番号 never name the same value in one mail either.
    assert len({frozenset(n) for n in meanings.values()}) == len(meanings), meanings


@pytest.mark.parametrize("no", [14, 20, 25, 30, 35, 40])
def test_the_six_mixed_titles_now_name_the_cart_number(no: int) -> None:
    [template] = [t for t in TEMPLATES if t["no"] == no]
    assert "(カート番号:{$_PACK_NO_$})" in template["title"]
    assert ("注文番号", "ORDER_NO") in LABELLED.findall(template["body"])


@each_template
def test_qoo10_speaks_not_the_seller(template: dict) -> None:
    for phrase in ("承りました", "ご注文をいただきました", "ご注文いただき"):
        assert phrase not in template["body"], phrase


@pytest.mark.parametrize("no", [1, 6, 25])
def test_order_mails_open_with_the_guides_sentence(no: int) -> None:
    [template] = [t for t in TEMPLATES if t["no"] == no]
    assert GUIDE_VOICE in template["body"]


def test_only_templates_1_and_18_are_marked_as_the_guides_text() -> None:
    assert {t["no"] for t in TEMPLATES if t.get("guide_text")} == {1, 18}
    assert "切れている" in CATALOG["guide_text_note"]


@each_template
def test_an_empty_code_leaves_no_empty_parentheses(template: dict) -> None:
    empty = load_samples()["empty-optional"]
    assert empty.values["SELLER_ITEM_CODE"] == "" and empty.values["OPTION_CODE"] == ""
    mail = render_mail(
        MailSource(template["title"], template["sender"], template["body"]), empty.values
    )
    assert "()" not in mail.text and "()" not in mail.subject
    full = load_samples()["one-item"]
    text = render_mail(
        MailSource(template["title"], template["sender"], template["body"]), full.values
    ).text
    if template["group"] == "NextEngine":  # NextEngine reads the codes between ( and )
        assert f"({full.values['SELLER_ITEM_CODE']})" in text
        assert f"({full.values['OPTION_CODE']})" in text


def test_the_corrected_catalog_reaches_an_old_store_and_keeps_its_registrations(
    db: peewee.SqliteDatabase,
) -> None:
    shipped = shipped_catalog()
    assert int(shipped["version"]) >= 2
    old = json.loads(json.dumps(shipped))
    old["version"] = 1
    [old14] = [t for t in old["templates"] if t["no"] == 14]
    old14["title"] = "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$})"
    from qsm_desktop.core.catalog import get_template
    from qsm_desktop.core.models import Meta, Template

    with db.atomic():
        Template.update(title=old14["title"]).where(Template.no == 14).execute()
        Meta.update(value="1").where(Meta.key == "catalog_version").execute()
    from qsm_desktop.core.catalog import forget_cache

    forget_cache()
    service = RegistrationService("tester")
    reg = service.register(RegistrationInput(14, "a@example.jp")).registration
    assert reg.title == old14["title"]
    assert sync_catalog()
    assert get_template(14).title == "Qoo10の注文のお知らせです。(カート番号:{$_PACK_NO_$})"
    assert service.get(reg.id) == reg  # the seller's copy is theirs
