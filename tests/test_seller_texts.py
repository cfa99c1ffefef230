"""Every text a seller can see is written for a seller: no developer words, no English sentences,
each 根拠 a public source or QSM Desktop's own recommendation with its reason, and no rule codes
in the findings grids (the sources walked are listed in ``tests/seller_texts.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from seller_texts import (
    ROOT,
    all_texts,
    core_sources,
    english_only_errors,
    english_sentences,
    gui_texts,
    manual_texts,
    problems,
    rules_texts,
    screen_literals,
    seller_error_names,
    ui_texts,
)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def test_every_seller_visible_text_is_written_for_a_seller() -> None:
    bad = [
        f"{where}: {', '.join(found)}: {text[:80]!r}"
        for where, text in all_texts()
        if (found := problems(text))
    ]
    assert not bad, "\n".join(bad)


def test_the_walk_reaches_every_kind_of_source() -> None:
    # A walk that silently finds nothing would pass the test above: each source must give texts
    # a seller is known to see.
    texts = {text for _, text in all_texts()}
    assert "数量とオプション数量の合計が違う" in texts  # a product rule's title
    assert "指摘の意味と直し方" in texts  # the generated findings page
    assert "テンプレートの選択" in texts  # a .ui window title
    assert (
        "クリックして【Confirm】、またはダブルクリックでフォームに入れます" in texts
    )  # a .ui tooltip
    assert "この指摘の説明(F1)" in texts  # a tr() text in gui/
    assert "エラーのみ" in texts  # an item added in code
    assert sum(1 for _ in gui_texts()) > 300
    assert sum(1 for _ in ui_texts()) > 100
    assert sum(1 for _ in manual_texts()) > 100


@pytest.mark.parametrize(
    "text",
    [
        "decision: for a product with combination options the stock is the sum",
        "QSM Desktop (SPEC" + " §6)",  # in pieces: test_doc_references forbids the whole
        "本文(テキスト: パーサーが読む形)",
        "LOGILESS ヘルプ「Qoo10 商品対応表を自動作成する」 (LOGILESS maps products by オプションコード)",
        "Files of type:",
        "Look in this folder",
        "Done.",
        "ファイル: product_rules.json paren-in-name",
    ],
)
def test_developer_texts_are_caught(text: str) -> None:
    assert problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "External Order Template",  # a template group, as QSM shows it
        "【参照】→【Confirm】、【Close】で閉じます",
        "GoodsList.csv / InventoryManagement_gridInventory.csv を取り込みます",
        "ISO-2022-JP・CP932 のどちらでも送れる文字だけです。",
        "カート番号:{$_PACK_NO_$} ##DELETE_BLANK_ROW_##",
        "例: Qoo10 <qoo10info@qoo10.jp>",
        "空のフォームで新しい登録を始めます (Ctrl+N)",
        "OWASP「CSV Injection」(https://owasp.org/www-community/attacks/CSV_Injection)",
        "使用(Y/N) が N",
        "{file}: {rows} 行 · {encoding} · {at} 取り込み",
        "QSM Desktop の使い方",
    ],
)
def test_seller_words_pass(text: str) -> None:
    assert not problems(text), english_sentences(text)


def test_a_planted_text_in_a_form_or_in_code_fails(tmp_path: Path) -> None:
    form = tmp_path / "planted.ui"
    form.write_text(
        '<ui version="4.0"><widget class="QLabel" name="l"><property name="toolTip">'
        "<string>Shows the findings of the check.</string></property>"
        '<property name="text"><string notr="true">ignored on purpose by the form</string>'
        "</property></widget></ui>",
        encoding="utf-8",
    )
    assert [(w, t) for w, t in ui_texts([form]) if problems(t)] == [
        ("planted.ui toolTip", "Shows the findings of the check.")
    ]
    code = (
        "box.warning(self, tr('確認'), f'Could not open the file {path}')\n"
        "label.setText(tr('根拠: {s}').format(s='decision: ours'))\n"
        "logger.info('not on screen, not read')\n"
    )
    found = [text for _, text in screen_literals(code) if problems(text)]
    assert found == ["Could not open the file {}", "decision: ours"]


def test_every_source_names_a_public_page_or_gives_our_reason() -> None:
    ours = "QSM Desktop の推奨"
    public = ("マニュアル", "ヘルプ", "FAQ", "ガイド", "サポート")
    for where, source in rules_texts():
        if not (where.startswith("根拠") or where.endswith(" source")):
            continue
        if source.startswith(ours):
            reason = source.removeprefix(ours).lstrip(": ")
            assert reason.endswith("。") and len(reason) > 15, (where, source)
        else:
            assert any(word in source for word in public) and "「" in source, (where, source)
            assert ours in source or "QSM Desktop" not in source, (where, source)


def test_findings_grids_show_no_rule_codes(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from qsm_desktop.core.products.checks import (
        Finding as ProductFinding,
    )
    from qsm_desktop.core.safety.setup_findings import Finding as SetupFinding
    from qsm_desktop.gui.help_links import HELP_PAGE_ROLE
    from qsm_desktop.gui.products.findings_model import FindingTableModel as ProductsModel
    from qsm_desktop.gui.safety.check_models import FindingRow
    from qsm_desktop.gui.safety.check_models import FindingTableModel as SetupModel

    products = ProductsModel()
    products.set_findings(
        [
            ProductFinding(
                "qty-mismatch",
                "warning",
                "goods",
                "GoodsList.csv",
                3,
                None,
                "5",
                "1001",
                "数量が違います",
                "QSM Desktop の推奨: …。",
            )
        ]
    )
    setup = SetupModel()
    setup.set_findings(
        [FindingRow(SetupFinding("standby", "warning", (1,), "待機中です", "待機(Y/N) が Y"), "")]
    )
    for model, code in ((products, "qty-mismatch"), (setup, "standby")):
        columns = range(model.columnCount())
        shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        shown += [str(model.index(0, c).data()) for c in columns]
        assert not [cell for cell in shown if code in cell or cell == "コード"], shown
        assert code in model.index(0, 0).data(HELP_PAGE_ROLE)  # F1 still finds its page


def test_the_core_raises_seller_errors_in_japanese() -> None:
    sources = core_sources()
    names = seller_error_names(list(sources.values()))
    assert {"ValidationError", "DatabaseTooNewError", "StoreBusyError", "SampleError"} <= names
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {texts}"
        for path, source in sources.items()
        for line, texts in english_only_errors(source, names)
    ]
    assert not bad, "\n".join(bad)
    planted = "def f():\n    raise StoreError(f'database {name} is locked')\n"
    assert list(english_only_errors(planted, names)) == [(2, ["database {} is locked"])]
