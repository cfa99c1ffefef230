"""Back to QSM: the change checklist after a mix of changes, ticks and the applied watermark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from backends import on_both_backends
from cli_runner import run_cli as _cli

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import NotFoundError
from qsm_desktop.core.models import ChecklistTick
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import (
    ChecklistItem,
    apply_address_replacement,
    apply_qsm_import,
    build_checklist,
    mark_applied,
    plan_qsm_import,
    tick,
    untick,
    watermark,
)

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

# The guide's grid on its company-switch page (QSM as the seller has it today).
QSM_GRID = (
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t修正者\n"
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - G EMAIL\t\tkamochei@ybb.ne.jp\t"
    "Y\tN\ttvhasegawa\t2015-04-17 15:38\ttvhasegawa\n"
    "47\t配送要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\t"
    "kamochei@pullback.co.jp\tY\tN\ttvhasegawa\t2015-08-20 16:51\ttvhasegawa\n"
)
NE_OLD = "orders@ne.example.jp"
NE_NEW = "orders-new@ne.example.jp"


def texts(item: ChecklistItem) -> list[str]:
    return [s.text for s in item.steps]


@pytest.fixture
def imported(service: RegistrationService) -> RegistrationService:
    apply_qsm_import(service, QSM_GRID)
    return service


def test_an_import_is_not_a_change_to_make_in_qsm(imported: RegistrationService) -> None:
    checklist = build_checklist()
    assert checklist.items == () and checklist.upto > 0
    assert checklist.to_text() == "QSMに反映する変更はありません。"


def test_company_switch_in_qsm_words(imported: RegistrationService) -> None:
    imported.modify(1, Patch(template_no=1, destination="sg@stockgear.example.jp"))
    [item] = build_checklist().items
    assert item.action == "modify" and item.registration_id == 1
    assert item.target == (
        "テンプレート番号 18 (注文情報 / CrossMall Template)、送信先 kamochei@ybb.ne.jp の行"
    )
    assert texts(item) == [
        "お問い合わせ > 受注メール管理 で【検索】",
        "テンプレート番号 18 (注文情報 / CrossMall Template)、送信先 kamochei@ybb.ne.jp の行"
        "をダブルクリック",
        "テンプレートの【参照】で お知らせ種類=注文情報、テンプレートのグループ=StockGear Template"
        " を選んで【検索】、テンプレート番号 1 を選んで【Confirm】",
        "送信先を kamochei@ybb.ne.jp から sg@stockgear.example.jp に変更",
        # The catalog text is sample text: never typed into QSM.
        "タイトル・送信者・テンプレートの詳細は【Confirm】で入った文面のまま",
        "【修正】をクリック",
        "【検索】をクリックし、テンプレート番号 1、送信先 sg@stockgear.example.jp の行が "
        "使用(Y/N)=Y、待機(Y/N)=N で表示されることを確認",
    ]


def test_several_modifications_collapse_first_before_to_last_after(
    imported: RegistrationService,
) -> None:
    imported.modify(2, Patch(destination="a@x.jp"))
    imported.modify(2, Patch(enabled=False))
    imported.modify(2, Patch(destination="b@x.jp", enabled=True))  # 使用 back to Y
    imported.modify(2, Patch(standby=True, period=15))
    [item] = build_checklist().items
    assert len(item.history_ids) == 4
    assert [(c.field, c.before, c.after) for c in item.changes] == [
        ("destination", "kamochei@pullback.co.jp", "b@x.jp"),
        ("standby", False, True),
        ("period", None, 15),
    ]
    assert texts(item)[1:6] == [
        "テンプレート番号 47 (配送要請 / CrossMall Template)、送信先 kamochei@pullback.co.jp "
        "の行をダブルクリック",
        "送信先を kamochei@pullback.co.jp から b@x.jp に変更",
        "待機(Y/N) にチェックを入れる(N → Y)",
        "Period に 15 を入力",
        "【修正】をクリック",
    ]


def test_changes_that_cancel_out_are_no_item(imported: RegistrationService) -> None:
    imported.modify(1, Patch(enabled=False))
    imported.modify(1, Patch(enabled=True))
    assert build_checklist().items == ()


def test_enabled_as_checkbox_words(imported: RegistrationService) -> None:
    imported.modify(1, Patch(enabled=False))
    [item] = build_checklist().items
    assert "使用(Y/N) のチェックを外す(Y → N)" in texts(item)


def test_new_registration_and_its_later_changes(imported: RegistrationService) -> None:
    reg = imported.register(RegistrationInput(12, "kamochei@ybb.ne.jp")).registration
    imported.modify(reg.id, Patch(title="Qoo10のキャンセル要請のお知らせです。[店舗A]"))
    [item] = build_checklist().items
    assert item.action == "register" and len(item.history_ids) == 2
    assert item.target == (
        "テンプレート番号 12 (キャンセル要請 / CrossMall Template)、送信先 kamochei@ybb.ne.jp"
    )
    assert texts(item) == [
        "お問い合わせ > 受注メール管理 で【初期化】をクリック",
        "テンプレートの【参照】で お知らせ種類=キャンセル要請、テンプレートのグループ="
        "CrossMall Template を選んで【検索】、テンプレート番号 12 を選んで【Confirm】",
        "送信先に kamochei@ybb.ne.jp を入力",
        "使用(Y/N) にチェックを入れる(Y)",
        "待機(Y/N) のチェックは外しておく(N)",
        "タイトルを「Qoo10のキャンセル要請のお知らせです。[店舗A]」にする",
        "送信者は【Confirm】で入った文面のまま",
        "テンプレートの詳細は【Confirm】で入った文面のまま",
        "【登録】をクリック",
        "【検索】をクリックし、テンプレート番号 12、送信先 kamochei@ybb.ne.jp の行が "
        "使用(Y/N)=Y、待機(Y/N)=N で表示されることを確認",
    ]


def test_text_changes_and_restore(imported: RegistrationService) -> None:
    imported.modify(1, Patch(title="Qoo10の注文のお知らせです。", body="本文\n2行目"))
    [item] = build_checklist().items
    title_step, body_step = texts(item)[2:4]
    assert title_step.startswith("タイトルを「Qoo10の注文のお知らせです。(注文番号:")
    assert body_step == "テンプレートの詳細を次の内容に書き換える(全文を置き換え)"
    assert item.steps[3].detail == "本文\n2行目"
    mark_applied()
    imported.restore_catalog_text(1)
    [item] = build_checklist().items
    assert "タイトルをテンプレート番号 18 の元の文面に戻す" in texts(item)[2]


def test_bulk_address_change_goes_out_as_items(service: RegistrationService) -> None:
    for no in (6, 7):
        service.register(RegistrationInput(no, NE_OLD))
    mark_applied()
    apply_address_replacement(service, NE_OLD, NE_NEW)
    items = build_checklist().items
    assert [i.target for i in items] == [
        f"テンプレート番号 6 (注文情報 / NextEngine Template)、送信先 {NE_OLD} の行",
        f"テンプレート番号 7 (配送要請 / NextEngine Template)、送信先 {NE_OLD} の行",
    ]
    assert all(f"送信先を {NE_OLD} から {NE_NEW} に変更" in texts(i) for i in items)


def test_tick_untick_and_a_change_after_the_tick(imported: RegistrationService) -> None:
    imported.modify(2, Patch(destination="a@x.jp"))
    imported.modify(1, Patch(enabled=False))
    first, second = build_checklist().items
    tick(first)
    checklist = build_checklist()
    assert [i.ticked for i in checklist.items] == [True, False]
    assert checklist.items[0].ticked_at is not None
    assert checklist.pending == (checklist.items[1],)
    tick(first)  # twice is harmless
    # A further change of a ticked registration is a new item, found by its ticked state.
    imported.modify(2, Patch(destination="b@x.jp"))
    items = build_checklist().items
    assert [(i.registration_id, i.ticked) for i in items] == [(2, True), (1, False), (2, False)]
    assert items[2].target.endswith("送信先 a@x.jp の行")
    untick(first)
    items = build_checklist().items
    # Unticked, both changes of registration 2 are one item again.
    assert [(i.registration_id, i.ticked) for i in items] == [(2, False), (1, False)]
    assert items[0].target.endswith("送信先 kamochei@pullback.co.jp の行")
    assert ChecklistTick.select().count() == 0
    assert build_checklist().item(second.key) == items[1]
    with pytest.raises(NotFoundError):
        build_checklist().item(10_000)


def test_mark_applied_moves_the_watermark(imported: RegistrationService) -> None:
    imported.modify(1, Patch(enabled=False))
    checklist = build_checklist()
    imported.modify(2, Patch(enabled=False))  # after the list was shown: not applied by it
    assert mark_applied(checklist) == checklist.upto == watermark()
    [item] = build_checklist().items
    assert item.registration_id == 2
    mark_applied()
    assert build_checklist().items == ()
    assert mark_applied(checklist) == watermark()  # never moves back


def test_import_ticks_what_qsm_shows_as_done(imported: RegistrationService) -> None:
    imported.modify(1, Patch(destination="new@x.jp"))
    imported.modify(2, Patch(destination="b@x.jp", title="Qoo10の発注のお知らせです。B"))
    keys = [i.key for i in build_checklist().items]
    # The seller made both address changes in QSM by hand and pasted the grid again.
    pasted = QSM_GRID.replace("kamochei@ybb.ne.jp", "new@x.jp").replace(
        "kamochei@pullback.co.jp", "b@x.jp"
    )
    result = apply_qsm_import(imported, pasted)
    assert [i.action for i in result.plan.items] == ["unchanged", "unchanged"]
    assert result.confirmed == (keys[0],)  # the title is not in the grid: not confirmed
    first, second = build_checklist().items
    assert first.ticked and not second.ticked
    assert [c.field for c in second.changes] == ["destination", "title"]


def test_reimport_keeps_changes_not_yet_made_in_qsm(imported: RegistrationService) -> None:
    imported.modify(1, Patch(destination="new@x.jp", enabled=False))
    [pending] = build_checklist().items
    plan = plan_qsm_import(QSM_GRID)  # QSM still shows the old address and 使用 = Y
    first = plan.items[0]
    assert (first.action, first.registration_id) == ("unchanged", 1)
    assert any("まだQSMに反映していない" in n for n in first.notes)
    result = apply_qsm_import(imported, QSM_GRID)
    assert result.report.history_ids == () and result.confirmed == ()
    assert imported.get(1).destination == "new@x.jp"
    assert build_checklist().items == (pending,)


def test_reimport_during_a_company_switch_never_duplicates(
    imported: RegistrationService,
) -> None:
    imported.modify(1, Patch(template_no=6, destination=NE_OLD))  # 18 → NextEngine, pending
    result = apply_qsm_import(imported, QSM_GRID)  # QSM still shows row 18
    assert [(i.action, i.registration_id) for i in result.plan.items] == [
        ("unchanged", 1),
        ("unchanged", 2),
    ]
    assert len(imported.search()) == 2
    [item] = build_checklist().items
    assert item.qsm_template_no == 18 and item.qsm_destination == "kamochei@ybb.ne.jp"
    # Once the seller did it in QSM, the paste shows row 6 and the item is ticked.
    done = QSM_GRID.replace("18\t注文情報\tCrossMall Template", "6\t注文情報\tNextEngine Template")
    result = apply_qsm_import(imported, done.replace("kamochei@ybb.ne.jp", NE_OLD))
    first = result.plan.items[0]
    assert (first.action, first.registration_id) == ("unchanged", 1)
    assert result.confirmed == (item.key,) and build_checklist().pending == ()
    assert len(imported.search()) == 2


def test_qsm_contradicting_a_pending_change_wins_and_says_so(
    imported: RegistrationService,
) -> None:
    imported.modify(1, Patch(destination="new@x.jp"))
    # Someone put a third address in QSM meanwhile.
    pasted = QSM_GRID.replace("kamochei@ybb.ne.jp", "third@x.jp")
    first = plan_qsm_import(pasted).items[0]
    assert (first.action, first.matched_by) == ("update", "template_no")
    assert any("QSMの値で上書き" in n for n in first.notes)
    apply_qsm_import(imported, pasted)
    assert imported.get(1).destination == "third@x.jp"
    assert build_checklist().items == ()


def test_printable_forms_escape_everything(imported: RegistrationService) -> None:
    imported.modify(1, Patch(title="Qoo10の注文のお知らせです。<b>{{ 7*7 }}</b>"))
    checklist = build_checklist()
    text = checklist.to_text()
    assert "[ ] 1. 修正: テンプレート番号 18" in text and "{{ 7*7 }}" in text
    page = checklist.to_html()
    assert "&lt;b&gt;{{ 7*7 }}&lt;/b&gt;" in page and "<b>{{" not in page and "49" not in page
    data = checklist.to_json()
    assert data["pending"] == 1 and data["items"][0]["changes"][0]["label"] == "タイトル"
    json.dumps(data, ensure_ascii=False)


def test_catalog_text_check_uses_the_new_template(imported: RegistrationService) -> None:
    template = get_template(6)
    imported.modify(1, Patch(template_no=6, title=template.title + "X"))
    [item] = build_checklist().items
    assert f"タイトルを「{template.title}X」にする" in texts(item)


# -- the CLI ------------------------------------------------------------------------------------


def test_cli_changes(
    imported: RegistrationService,
    store_arg: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imported.modify(1, Patch(template_no=6, destination=NE_OLD))
    imported.modify(2, Patch(enabled=False))
    code, out, _err = _cli(store_arg, capsys, "changes", "--json")
    data = json.loads(out)
    assert code == 0 and data["count"] == 2 and data["pending"] == 2
    first_key = data["items"][0]["key"]
    page = tmp_path / "changes.html"
    code, out, _err = _cli(
        store_arg, capsys, "changes", "--tick", str(first_key), "--html", str(page)
    )
    assert code == 0 and "[x] 1. 修正" in out and "[ ] 2. 修正" in out
    assert "☑" in page.read_text(encoding="utf-8")
    code, out, _err = _cli(store_arg, capsys, "changes", "--untick", str(first_key))
    assert "[ ] 1. 修正" in out
    code, _out, err = _cli(store_arg, capsys, "changes", "--tick", "99999")
    assert code == 2 and "99999" in err
    code, out, _err = _cli(store_arg, capsys, "changes", "--mark-applied")
    assert code == 0 and "2件の変更をQSMに反映済み" in out
    code, out, _err = _cli(store_arg, capsys, "changes")
    assert code == 0 and out.strip() == "QSMに反映する変更はありません。"
