"""The 連動会社 table in the GUI (pytest-qt, offscreen): ツール / ヘルプ > 連動会社一覧, the 参照
dialog's 連動会社 choice, and the form's word beside 送信先 after a switch of company."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QTableView

from qsm_desktop.core import companies as company_data
from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.companies import load_companies
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.gui.companies_dialog import CompaniesDialog, install_companies_action
from qsm_desktop.gui.companies_model import (
    COL_ARRIVAL,
    COL_GROUP,
    COL_NAME,
    COL_ORDER,
    COL_SOURCE,
    CompanyProxyModel,
    CompanyTableModel,
)
from qsm_desktop.gui.help_links import install_help_action
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.registration_columns import (
    COL_DESTINATION,
)
from qsm_desktop.gui.template_dialog import TemplateDialog

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.modeltest import ModelTester
    from pytestqt.qtbot import QtBot

NO_MAIL = {"TEMPOSTAR", "LOGILESS", "速販"}


def _row_of(table: QTableView, name: str) -> int:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, COL_NAME).data() == name:
            return row
    raise AssertionError(name)


def _click_cell(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the table --------------------------------------------------------------------------------


def test_company_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = CompanyTableModel()
    model.set_rows(load_companies())
    proxy = CompanyProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == len(load_companies()) == 12
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "連動会社", "受注", "在庫", "商品", "注文の受け取り方", "テンプレートのグループ", "出典"
    ]  # fmt: skip


def test_company_table_states_what_is_known_and_what_is_not(qtbot: QtBot) -> None:
    model = CompanyTableModel()
    model.set_rows(load_companies())
    rows = {model.index(r, COL_NAME).data(): r for r in range(model.rowCount())}

    def cell(name: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(rows[name], column).data(role)

    assert cell("ネクストエンジン", COL_ORDER) == "○"
    assert cell("ネクストエンジン", COL_GROUP) == "NextEngine Template"
    assert cell("ネクストエンジン", COL_ARRIVAL) == "注文メール"
    assert "ID:4630" in str(cell("ネクストエンジン", COL_SOURCE))
    assert "https://manual.next-engine.net/?p=4630" in str(
        cell("ネクストエンジン", COL_SOURCE, Qt.ItemDataRole.ToolTipRole)
    )
    assert cell("StockGear", COL_ORDER) == "不明" and cell("StockGear", COL_ARRIVAL) == "不明"
    assert cell("TEMPOSTAR", COL_ORDER) == "×"
    for name in NO_MAIL:
        assert cell(name, COL_GROUP) == "なし(メールを使わない)"
        assert cell(name, COL_NAME, Qt.ItemDataRole.DecorationRole) is not None
        assert cell(name, COL_NAME, Qt.ItemDataRole.BackgroundRole) is not None
        assert "読み取りません" in str(cell(name, COL_NAME, Qt.ItemDataRole.ToolTipRole))
    assert cell("ネクストエンジン", COL_NAME, Qt.ItemDataRole.DecorationRole) is None
    # Sorted by group: the guide's group order, companies without one last.
    proxy = CompanyProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_GROUP)
    groups = [proxy.index(r, COL_GROUP).data() for r in range(proxy.rowCount())]
    assert groups[0] == "StockGear Template" and groups[-1] == "なし(メールを使わない)"


@pytest.fixture
def tools_menu(main_window: MainWindow) -> Iterator[QMenu]:
    install_help_action(main_window)
    menu = QMenu("ツール(&T)", main_window)
    main_window.add_menu(menu)
    install_companies_action(main_window, menu)
    yield menu
    for dialog in main_window.findChildren(CompaniesDialog):
        dialog.close()


def test_tools_and_help_open_the_company_list(
    qtbot: QtBot,
    main_window: MainWindow,
    tools_menu: QMenu,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    action = main_window.findChild(QAction, "actionCompanies")
    assert action is not None and action.text() == "連動会社一覧(&L)"
    assert action in tools_menu.actions()
    help_actions = main_window.ui.menuHelp.actions()
    manual = main_window.findChild(QAction, "actionManual")
    assert manual is not None
    assert help_actions.index(action) == help_actions.index(manual) + 1
    action.trigger()
    [dialog] = [d for d in main_window.findChildren(CompaniesDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "連動会社一覧" and not dialog.isModal()
    action.trigger()  # one list per window
    assert len(main_window.findChildren(CompaniesDialog)) == 1
    no_mail = dialog.ui.noMailLabel.text()
    assert all(name in no_mail for name in NO_MAIL) and "読み取りません" in no_mail
    assert "不明" in dialog.ui.noticeLabel.text()

    table = dialog.ui.companyTable
    detail = dialog.ui.detailText
    assert not dialog.ui.sourceButton.isEnabled()  # nothing selected
    _click_cell(qtbot, table, _row_of(table, "TEMPOSTAR"), COL_NAME)
    text = detail.toPlainText()
    assert "TEMPOSTARはQoo10の注文メールを読み取りません" in text
    assert "https://manual.tempostar.net/order-mail-transfer-settings/" in text  # as text

    # A source's page opens in the browser only when the seller picks it.
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    _click_cell(qtbot, table, _row_of(table, "ネクストエンジン"), COL_NAME)
    assert opened == []
    assert "ガイドの例: 受注と在庫の連動が可能" in detail.toPlainText()
    menu = dialog.ui.sourceButton.menu()
    assert menu is not None and dialog.ui.sourceButton.isEnabled()
    # The guide's own entry has no address: only the three manuals are offered.
    assert len(menu.actions()) == 3
    menu.actions()[0].trigger()
    assert [u.toString() for u in opened] == ["https://manual.next-engine.net/?p=4630"]
    # A company whose only source has no address: nothing to open.
    _click_cell(qtbot, table, _row_of(table, "StockGear"), COL_NAME)
    assert not dialog.ui.sourceButton.isEnabled() and menu.isEmpty()
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


# -- 参照: the 連動会社 choice --------------------------------------------------------------------


def _open_row(qtbot: QtBot, window: MainWindow, reg_id: int) -> None:
    window.search()
    row = window.proxy.proxy_row_of(reg_id)
    assert row is not None
    table = window.ui.registrationTable
    rect = table.visualRect(table.model().index(row, COL_DESTINATION))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.form.editing_id == reg_id


def _open_reference(qtbot: QtBot, window: MainWindow) -> TemplateDialog:
    form = window.form
    qtbot.mouseClick(form.ui.templateBrowseButton, Qt.MouseButton.LeftButton)
    dialog = form.template_dialog
    assert isinstance(dialog, TemplateDialog) and dialog.isVisible()
    return dialog


def _choose_company(qtbot: QtBot, dialog: TemplateDialog, name: str) -> None:
    """The seller picks ``name`` from 連動会社's list (one choice, as a click in the popup)."""
    combo = dialog.ui.companyCombo
    combo.setFocus()
    target = combo.findText(name)
    assert target > 0, name
    combo.setCurrentIndex(target)


def test_switch_company_in_reference_then_the_form_points_at_the_address(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = service.register(RegistrationInput(18, "cm@example.jp")).registration  # CrossMall
    _open_row(qtbot, main_window, reg.id)
    form = main_window.form
    assert form.destination_hint == ""
    dialog = _open_reference(qtbot, main_window)
    assert dialog.ui.companyCombo.currentText() == "(選ばない)"
    assert dialog.ui.companyInfoLabel.isHidden()

    _choose_company(qtbot, dialog, "ネクストエンジン")
    # The company's group chosen and searched, the kind kept: one template, not yet chosen.
    assert dialog.ui.groupCombo.currentData() == "NextEngine"
    assert dialog.ui.kindCombo.currentData() == "order"
    table = dialog.ui.templateTable
    assert table.model().rowCount() == 1 and not dialog.ui.confirmButton.isEnabled()
    info = dialog.ui.companyInfoLabel
    assert not info.isHidden()
    assert "テンプレートのグループ「NextEngine Template」を選びました" in info.text()
    assert "出典: " in info.text() and "https://manual.next-engine.net/?p=4630" in info.text()
    _click_cell(qtbot, table, 0, 2)
    qtbot.mouseClick(dialog.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert form.template_dialog is None
    assert form.template is not None and form.template.no == get_template(6).no == 6

    # 送信先 is still CROSS MALL's address: the form says so beside it, in Japanese.
    hint = form.ui.destinationHint
    assert not hint.isHidden() and form.destination_hint == hint.text()
    assert "送信先は、前の連動会社「CrossMall Template(CROSS MALL)」のアドレスのまま" in hint.text()
    assert "「NextEngine Template(ネクストエンジン)」の受信アドレスに変えてください" in hint.text()
    # The seller edits 送信先: the hint goes; back to the old address: it comes back.
    edit = form.ui.destinationEdit
    edit.selectAll()
    qtbot.keyClicks(edit, "qoo10@ne-mail.example.jp")
    assert hint.isHidden() and form.destination_hint == ""
    edit.setText("cm@example.jp")
    assert form.destination_hint != ""
    edit.setText("qoo10@ne-mail.example.jp")
    qtbot.mouseClick(form.ui.modifyButton, Qt.MouseButton.LeftButton)
    saved = service.get(reg.id)
    assert (saved.group, saved.destination) == ("NextEngine", "qoo10@ne-mail.example.jp")
    assert form.destination_hint == ""


def test_hint_only_for_a_switch_of_group_on_a_saved_registration(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    form = main_window.form
    # A new registration: nothing was sent anywhere yet.
    dialog = _open_reference(qtbot, main_window)
    _choose_company(qtbot, dialog, "らくらく在庫")
    assert dialog.ui.groupCombo.currentData() == "Basic"
    first = dialog.proxy.template_at(0)
    assert first is not None and dialog.select_template(first.no)
    dialog.accept()
    assert form.template is not None and form.template.group == "Basic"
    assert form.destination_hint == ""
    # Another template of the same company (a kind): no hint.
    reg = service.register(RegistrationInput(6, "ne@example.jp")).registration
    _open_row(qtbot, main_window, reg.id)
    dialog = _open_reference(qtbot, main_window)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("shipping_request"))
    dialog.search()
    assert dialog.select_template(7)
    dialog.accept()
    assert form.template is not None and form.template.no == 7
    assert form.destination_hint == ""
    # Back to the registration as saved (読み込む): nothing to point out.
    form.reload_stored()
    assert form.destination_hint == ""


def test_companies_without_order_mail_or_group_choose_no_group(
    qtbot: QtBot, view_settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A company whose group no source states (none in the data today, the code must not guess).
    unknown = dataclasses.replace(
        load_companies()[-1], id="unknown", name="ミライ連動", group=None, reads_order_mail=None
    )
    monkeypatch.setattr(company_data, "load_companies", lambda: (*load_companies(), unknown))
    dialog = TemplateDialog(kind="order", group="CrossMall")
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.model.rowCount()
    info = dialog.ui.companyInfoLabel

    _choose_company(qtbot, dialog, "TEMPOSTAR")
    assert dialog.ui.groupCombo.currentData() == "CrossMall"  # nothing preselected
    assert "TEMPOSTARはQoo10の注文メールを読み取りません" in info.text()
    assert "登録しても注文は取り込まれません" in info.text()
    assert "https://manual.tempostar.net/order-mail-transfer-settings/" in info.text()
    assert dialog.model.rowCount() == before

    _choose_company(qtbot, dialog, "ミライ連動")
    assert dialog.ui.groupCombo.currentData() == "CrossMall"
    assert "ミライ連動のテンプレートのグループは不明です" in info.text()
    assert "グループは選んでいません" in info.text()

    # A group chosen by hand after a company: the company's line goes with it.
    _choose_company(qtbot, dialog, "まとまるEC店長")
    assert dialog.ui.groupCombo.currentData() == "Basic"
    dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findData("Softel"))
    assert dialog.company is None and info.isHidden()
    # Enter in 連動会社 searches (as in the other drop-downs), it does not confirm.
    dialog.ui.companyCombo.setFocus()
    qtbot.keyClick(dialog.ui.companyCombo, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.model.rowCount() == 1


def test_the_app_installs_the_list_under_tools_and_help(main_window: MainWindow) -> None:
    from qsm_desktop.gui.app import install_after_first_paint

    install_after_first_paint(main_window, main_window.context)
    action = main_window.findChild(QAction, "actionCompanies")
    tools = main_window.findChild(QMenu, "menuTools")
    assert action is not None and tools is not None
    assert tools.actions()[-1] is action  # after the safety tools, a group of its own
    help_actions = main_window.ui.menuHelp.actions()
    assert [a.objectName() for a in help_actions[:2]] == ["actionManual", "actionCompanies"]
