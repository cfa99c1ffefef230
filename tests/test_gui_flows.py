"""The guide's flows, end to end through the real widgets (pytest-qt, offscreen).

登録 through 参照, 修正 of an address, 連動会社の変更, 使用 = N instead of delete, every invalid
address refused next to its field, and the unsaved-changes question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from bad_inputs import BAD_ADDRESSES
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from qsm_desktop.core import grid_query
from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.models import History, Registration
from qsm_desktop.core.registrations import (
    Patch,
    RegistrationData,
    RegistrationInput,
    RegistrationService,
)
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.messages import UnsavedChoice
from qsm_desktop.gui.registration_columns import (
    COL_DESTINATION,
    COL_ENABLED,
    COL_ID,
    DISABLED_BACKGROUND,
    ID_ROLE,
)

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.qtbot import QtBot


class ModelSpy:
    """Which kind of refresh the grid's model announced."""

    def __init__(self, window: MainWindow) -> None:
        self.resets = 0
        self.inserted: list[tuple[int, int]] = []
        self.changed: list[tuple[int, int]] = []
        model = window.model
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(lambda _p, first, last: self.inserted.append((first, last)))
        model.dataChanged.connect(
            lambda top, bottom, _roles=(): self.changed.append((top.row(), bottom.row()))
        )

    def _reset(self) -> None:
        self.resets += 1


def _click_cell(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _label_text(window: QWidget, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def _double_click_cell(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    # Qt emits doubleClicked only for the index that was pressed first, as with a real mouse.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_row(qtbot: QtBot, window: MainWindow, reg_id: int) -> None:
    window.search()
    row = window.proxy.proxy_row_of(reg_id)
    assert row is not None
    _double_click_cell(qtbot, window.ui.registrationTable, row, COL_DESTINATION)
    assert window.form.editing_id == reg_id


def _register_and_open(
    qtbot: QtBot, window: MainWindow, service: RegistrationService, template_no: int, to: str
) -> RegistrationData:
    """A registration made through the service, then opened in the form by double-click."""
    reg = service.register(RegistrationInput(template_no, to)).registration
    _open_row(qtbot, window, reg.id)
    return reg


def _choose_in_dialog(qtbot: QtBot, window: MainWindow, kind: str, group: str) -> None:
    """【参照】 → お知らせ種類 / テンプレートのグループ → 【検索】 → click the row → 【Confirm】."""
    form = window.form
    qtbot.mouseClick(form.ui.templateBrowseButton, Qt.MouseButton.LeftButton)
    dialog = form.template_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "テンプレートの選択"
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findText(kind))
    dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findText(group))
    qtbot.mouseClick(dialog.ui.templateSearchButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.templateTable
    assert table.model().rowCount() == 1
    assert not dialog.ui.confirmButton.isEnabled()
    _click_cell(qtbot, table, 0, 2)
    assert dialog.ui.confirmButton.isEnabled()
    qtbot.mouseClick(dialog.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert form.template_dialog is None


def _grid_text(window: MainWindow, reg_id: int, column: int) -> str:
    row = window.proxy.proxy_row_of(reg_id)
    assert row is not None
    return str(window.proxy.index(row, column).data())


def _selected_id(window: MainWindow) -> int | None:
    rows = window.ui.registrationTable.selectionModel().selectedRows()
    return rows[0].data(ID_ROLE) if rows else None


def test_register_template_1_through_reference(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    spy = ModelSpy(main_window)
    form = main_window.form
    qtbot.mouseClick(main_window.ui.newButton, Qt.MouseButton.LeftButton)
    _choose_in_dialog(qtbot, main_window, "注文情報", "StockGear Template")
    assert form.ui.templateDisplay.text() == (
        "注文情報 · EMAIL · StockGear Template · [Email] StockGear Order - 注文情報"
    )
    template = get_template(1)
    assert form.ui.titleEdit.text() == template.title
    assert form.ui.bodyEdit.toPlainText() == template.body
    assert not form.ui.modifyButton.isEnabled()
    qtbot.keyClicks(form.ui.destinationEdit, "orders@example.jp")
    qtbot.mouseClick(form.ui.registerButton, Qt.MouseButton.LeftButton)

    assert dialogs.texts("information") == ["登録が完了しました。"]
    [saved] = service.search()
    assert (saved.template_no, saved.destination, saved.enabled) == (1, "orders@example.jp", True)
    assert main_window.model.rowCount() == 1
    assert spy.inserted == [(0, 0)] and spy.resets == 0  # one inserted row, not a reload
    assert _selected_id(main_window) == saved.id
    assert _grid_text(main_window, saved.id, COL_DESTINATION) == "orders@example.jp"
    assert form.editing_id == saved.id and form.ui.modifyButton.isEnabled()
    assert "登録番号" in _label_text(main_window, "lastSavedLabel")
    assert _label_text(main_window, "rowCountLabel").startswith("1 件")


def test_change_address_by_double_click_and_modify(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    first = service.register(RegistrationInput(18, "kamochei@example.jp")).registration
    other = service.register(RegistrationInput(47, "ship@example.jp")).registration
    _open_row(qtbot, main_window, first.id)
    form = main_window.form
    assert form.ui.destinationEdit.text() == "kamochei@example.jp"
    spy = ModelSpy(main_window)
    form.ui.destinationEdit.clear()
    qtbot.keyClicks(form.ui.destinationEdit, "new@example.jp")
    qtbot.mouseClick(form.ui.modifyButton, Qt.MouseButton.LeftButton)

    assert dialogs.texts("information") == ["修正が完了しました。"]
    assert service.get(first.id).destination == "new@example.jp"
    assert service.get(other.id).destination == "ship@example.jp"
    assert _grid_text(main_window, first.id, COL_DESTINATION) == "new@example.jp"
    assert spy.resets == 0 and spy.inserted == []
    row = main_window.model.row_of(first.id)
    assert spy.changed == [(row, row)]  # only the saved row was refreshed
    assert _selected_id(main_window) == first.id
    history = service.history(first.id)[-1]
    assert [(c.field, c.before, c.after) for c in history.changes] == [
        ("destination", "kamochei@example.jp", "new@example.jp")
    ]


def test_change_integration_company_through_reference(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    _choose_in_dialog(qtbot, main_window, "注文情報", "StockGear Template")
    form = main_window.form
    assert form.template is not None and form.template.no == 1
    assert form.ui.bodyEdit.toPlainText() == get_template(1).body  # untouched text follows
    assert dialogs.texts("question") == []  # nothing edited: no need to ask
    qtbot.mouseClick(form.ui.modifyButton, Qt.MouseButton.LeftButton)

    assert dialogs.texts("information") == ["修正が完了しました。"]
    switched = service.get(reg.id)
    assert switched.id == reg.id and switched.template_no == 1 and switched.group == "StockGear"
    assert Registration.select().count() == 1
    last = service.history(reg.id)[-1]
    assert last.changes[0].field == "template_no"
    assert (last.changes[0].before, last.changes[0].after) == (18, 1)
    assert _grid_text(main_window, reg.id, 2) == "StockGear Template"
    tree = form.ui.historyTree
    newest = tree.topLevelItem(0)
    assert newest is not None
    assert newest.text(1) == "修正"
    assert newest.text(2) == "tester"
    first_change = newest.child(0)
    assert first_change is not None
    assert first_change.text(1) == "テンプレート"
    change = first_change.toolTip(2)
    assert change.startswith("18 CrossMall Template / [Email] CrossMall Order - Group → ")
    assert change.endswith("→ 1 StockGear Template / [Email] StockGear Order - 注文情報")


def test_switching_template_asks_before_replacing_edited_text(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    form = main_window.form
    form.ui.titleEdit.setText("自分で直したタイトル")
    dialogs.yes_no_answers.append(False)  # keep my text
    _choose_in_dialog(qtbot, main_window, "注文情報", "NextEngine Template")
    assert len(dialogs.texts("question")) == 1
    assert form.ui.titleEdit.text() == "自分で直したタイトル"
    assert form.template is not None and form.template.group == "NextEngine"
    qtbot.mouseClick(form.ui.modifyButton, Qt.MouseButton.LeftButton)
    saved = service.get(reg.id)
    assert saved.group == "NextEngine" and saved.title == "自分で直したタイトル"


def test_dialog_close_and_escape_change_nothing(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService
) -> None:
    _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    form = main_window.form
    qtbot.mouseClick(form.ui.templateBrowseButton, Qt.MouseButton.LeftButton)
    dialog = form.template_dialog
    # Opened on the form's template, ready to switch company.
    assert dialog.ui.kindCombo.currentText() == "注文情報"
    assert dialog.ui.groupCombo.currentText() == "CrossMall Template"
    chosen = dialog.selected_template()
    assert chosen is not None and chosen.no == 18
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert form.template_dialog is None and form.template is not None and form.template.no == 18
    qtbot.mouseClick(form.ui.templateBrowseButton, Qt.MouseButton.LeftButton)
    reopened = form.template_dialog
    assert reopened is not None
    qtbot.mouseClick(reopened.ui.closeButton, Qt.MouseButton.LeftButton)
    assert form.template_dialog is None and form.template.no == 18 and not form.is_dirty()


def test_dialog_double_click_chooses(qtbot: QtBot, main_window: MainWindow) -> None:
    form = main_window.form
    qtbot.mouseClick(form.ui.templateBrowseButton, Qt.MouseButton.LeftButton)
    dialog = form.template_dialog
    assert dialog.ui.kindCombo.currentText() == "ALL"
    dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findText("CrossMall Template"))
    qtbot.mouseClick(dialog.ui.templateSearchButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.templateTable
    assert table.model().rowCount() == 5  # one per お知らせ種類
    kinds = [table.model().index(r, 3).data() for r in range(5)]
    assert kinds == ["注文情報", "配送要請", "配送完了", "キャンセル要請", "キャンセル完了"]
    _double_click_cell(qtbot, table, 1, 2)
    assert form.template is not None and form.template.no == 47


def test_use_n_is_unmistakable_in_the_grid(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 47, "ship@example.jp")
    form = main_window.form
    qtbot.mouseClick(form.ui.enabledCheck, Qt.MouseButton.LeftButton)
    assert not form.ui.enabledCheck.isChecked()
    assert "転送しない" in form.ui.enabledStateLabel.text()
    qtbot.mouseClick(form.ui.modifyButton, Qt.MouseButton.LeftButton)
    assert service.get(reg.id).enabled is False

    row = main_window.proxy.proxy_row_of(reg.id)
    assert row is not None
    index = main_window.proxy.index(row, COL_ENABLED)
    assert index.data() == "N (転送なし)"  # words, not colour alone
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # a 停止 icon
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "転送されません" in index.data(Qt.ItemDataRole.ToolTipRole)
    other = index.siblingAtColumn(COL_DESTINATION)
    assert other.data(Qt.ItemDataRole.BackgroundRole).color() == DISABLED_BACKGROUND
    assert "転送されません" in other.data(Qt.ItemDataRole.ToolTipRole)
    assert "使用=N 1 件" in _label_text(main_window, "rowCountLabel")


def test_nothing_deletes_delete_key_offers_use_n(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = service.register(RegistrationInput(1, "sg@example.jp")).registration
    main_window.search()
    texts = [a.text() for a in main_window.findChildren(QAction)]
    assert not any("削除" in t for t in texts)
    assert any("転送を止める(使用=N)" in t for t in texts)
    table = main_window.ui.registrationTable
    _click_cell(qtbot, table, 0, 0)
    dialogs.no_delete_answers.append(False)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialogs.shown[-1] == ("no-delete", "Y")
    assert Registration.select().count() == 1 and service.get(reg.id).enabled
    dialogs.no_delete_answers.append(True)  # 「転送を止める(使用=N)」
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert service.get(reg.id).enabled is False
    assert Registration.select().count() == 1
    assert _grid_text(main_window, reg.id, COL_ENABLED) == "N (転送なし)"
    assert dialogs.texts("information")[-1] == "修正が完了しました。"


def test_delete_key_asks_about_the_selected_registration_only(
    qtbot: QtBot,
    main_window: MainWindow,
    dialogs: DialogRecorder,
    service: RegistrationService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The 使用 the Delete key's message speaks of is the selected row's, never row 0's (the
    view row of the registration was looked up with a fallback to row 0)."""
    service.register(RegistrationInput(1, "first@example.jp"))  # row 0: 使用 = Y
    stopped = service.register(RegistrationInput(18, "n@example.jp", enabled=False)).registration
    main_window.search()
    table = main_window.ui.registrationTable
    row = main_window.proxy.proxy_row_of(stopped.id)
    assert row == 1
    _click_cell(qtbot, table, row, 0)
    monkeypatch.setattr(main_window.proxy, "proxy_row_of", lambda _reg_id: None)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialogs.shown[-1] == ("no-delete", "N")
    main_window.ui.actionStopForwarding.trigger()  # the same answer from the menu
    assert dialogs.texts("information")[-1] == "この登録はすでに 使用 = N(転送なし)です。"


def test_stop_forwarding_action(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 1, "sg@example.jp")
    main_window.ui.actionStopForwarding.trigger()
    assert service.get(reg.id).enabled is False
    assert not main_window.form.ui.enabledCheck.isChecked()  # the open form follows
    assert service.history(reg.id)[-1].changes[0].field == "enabled"


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_invalid_address_is_refused_next_to_the_field(
    qtbot: QtBot,
    main_window: MainWindow,
    dialogs: DialogRecorder,
    service: RegistrationService,
    address: str,
) -> None:
    form = main_window.form
    main_window.activateWindow()
    form.choose_template(get_template(1))
    form.ui.destinationEdit.setText(address)
    before = (Registration.select().count(), History.select().count())
    qtbot.mouseClick(form.ui.registerButton, Qt.MouseButton.LeftButton)
    assert (Registration.select().count(), History.select().count()) == before
    message = form.error_text("destination")
    assert message and not form.ui.destinationError.isHidden()
    assert dialogs.texts("information") == []
    assert QApplication.focusWidget() is form.ui.destinationEdit
    # Typing in the field takes the message away; a good address then saves.
    form.ui.destinationEdit.setText("ok@example.jp")
    assert form.ui.destinationError.isHidden()
    qtbot.mouseClick(form.ui.registerButton, Qt.MouseButton.LeftButton)
    assert Registration.select().count() == before[0] + 1


@pytest.mark.parametrize("address", ["test@", "orders＠example.jp"])
def test_invalid_address_on_modify_saves_nothing(
    qtbot: QtBot,
    main_window: MainWindow,
    dialogs: DialogRecorder,
    service: RegistrationService,
    address: str,
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    form = main_window.form
    form.ui.destinationEdit.setText(address)
    qtbot.mouseClick(form.ui.modifyButton, Qt.MouseButton.LeftButton)
    assert form.error_text("destination")
    assert service.get(reg.id).destination == "cm@example.jp"
    assert len(service.history(reg.id)) == 1
    assert form.is_dirty()  # the seller's text stays to be corrected


@pytest.mark.parametrize(
    ("field", "setup"),
    [
        ("template_no", lambda form: form.ui.destinationEdit.setText("a@example.jp")),
        ("title", lambda form: form.ui.titleEdit.clear()),
        ("sender", lambda form: form.ui.senderEdit.setText("Qoo10 no address")),
        ("body", lambda form: form.ui.bodyEdit.clear()),
    ],
)
def test_other_fields_are_refused_next_to_them(
    qtbot: QtBot,
    main_window: MainWindow,
    dialogs: DialogRecorder,
    field: str,
    setup: Callable[[Any], object],
) -> None:
    form = main_window.form
    if field != "template_no":
        form.choose_template(get_template(1))
        form.ui.destinationEdit.setText("a@example.jp")
    setup(form)
    qtbot.mouseClick(form.ui.registerButton, Qt.MouseButton.LeftButton)
    assert form.error_text(field)
    assert Registration.select().count() == 0


def test_period_only_with_standby(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService
) -> None:
    form = main_window.form
    form.choose_template(get_template(1))
    form.ui.destinationEdit.setText("a@example.jp")
    assert not form.ui.periodSpin.isEnabled()
    qtbot.mouseClick(form.ui.standbyCheck, Qt.MouseButton.LeftButton)
    assert form.ui.periodSpin.isEnabled()
    form.ui.periodSpin.setValue(30)
    qtbot.mouseClick(form.ui.registerButton, Qt.MouseButton.LeftButton)
    [reg] = service.search()
    assert reg.standby and reg.period == 30


def test_reset_clears_the_form(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    form = main_window.form
    qtbot.mouseClick(form.ui.resetButton, Qt.MouseButton.LeftButton)
    assert form.editing_id is None and form.template is None
    assert form.ui.destinationEdit.text() == "" and form.ui.bodyEdit.toPlainText() == ""
    assert not form.ui.modifyButton.isEnabled()
    assert service.get(reg.id).destination == "cm@example.jp"


@pytest.mark.parametrize(
    ("answer", "expected_destination", "opens_other"),
    [
        (UnsavedChoice.CANCEL, "cm@example.jp", False),
        (UnsavedChoice.DISCARD, "cm@example.jp", True),
        (UnsavedChoice.SAVE, "saved@example.jp", True),
    ],
)
def test_unsaved_changes_asked_when_opening_another_row(
    qtbot: QtBot,
    main_window: MainWindow,
    dialogs: DialogRecorder,
    service: RegistrationService,
    answer: UnsavedChoice,
    expected_destination: str,
    opens_other: bool,
) -> None:
    first = service.register(RegistrationInput(18, "cm@example.jp")).registration
    second = service.register(RegistrationInput(47, "ship@example.jp")).registration
    _open_row(qtbot, main_window, first.id)
    form = main_window.form
    form.ui.destinationEdit.setText("saved@example.jp")
    assert "未保存" in form.ui.formModeLabel.text()
    dialogs.unsaved_answers.append(answer)
    row = main_window.proxy.proxy_row_of(second.id)
    assert row is not None
    _double_click_cell(qtbot, main_window.ui.registrationTable, row, COL_DESTINATION)
    assert dialogs.texts("unsaved") == [f"登録番号 {first.id} のフォーム"]
    assert service.get(first.id).destination == expected_destination
    assert form.editing_id == (second.id if opens_other else first.id)
    if not opens_other:
        assert form.ui.destinationEdit.text() == "saved@example.jp"


def test_unsaved_changes_asked_for_new_and_close(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    form = main_window.form
    form.ui.destinationEdit.setText("x@example.jp")
    dialogs.unsaved_answers.append(UnsavedChoice.CANCEL)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 新規
    assert form.editing_id == reg.id
    dialogs.unsaved_answers.append(UnsavedChoice.CANCEL)
    assert not main_window.close()
    assert main_window.isVisible()
    dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)
    qtbot.mouseClick(main_window.ui.newButton, Qt.MouseButton.LeftButton)
    assert form.editing_id is None and not form.is_dirty()
    assert len(dialogs.texts("unsaved")) == 3


def test_restore_catalog_text(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = service.register(
        RegistrationInput(18, "cm@example.jp", title="独自のタイトル {$_PACK_NO_$}")
    ).registration
    _open_row(qtbot, main_window, reg.id)
    form = main_window.form
    assert form.catalog_differs()
    assert "タイトル" in form.ui.catalogNoticeLabel.text()
    qtbot.mouseClick(form.ui.restoreCatalogButton, Qt.MouseButton.LeftButton)
    restored = service.get(reg.id)
    assert restored.title == get_template(18).title
    assert service.history(reg.id)[-1].action == "restore"
    assert not form.catalog_differs()
    assert form.ui.titleEdit.text() == get_template(18).title
    newest = form.ui.historyTree.topLevelItem(0)
    assert newest is not None and newest.text(1) == "カタログの文面に戻す"


def test_keyboard_search_open_and_save(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    service.register(RegistrationInput(18, "cm@example.jp"))
    target = service.register(RegistrationInput(47, "ship@example.jp")).registration
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    address = main_window.ui.addressFilter
    assert QApplication.focusWidget() is address
    qtbot.keyClicks(address, "ship")
    qtbot.keyClick(address, Qt.Key.Key_Return)  # Enter searches
    assert main_window.model.rowCount() == 1
    table = main_window.ui.registrationTable
    table.setFocus()
    table.setCurrentIndex(main_window.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens
    assert main_window.form.editing_id == target.id
    main_window.form.ui.destinationEdit.setText("ship2@example.jp")
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # 修正
    assert service.get(target.id).destination == "ship2@example.jp"
    main_window.form.reset()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)  # F2 opens too
    assert main_window.form.editing_id == target.id


def test_search_criteria(main_window: MainWindow, service: RegistrationService) -> None:
    service.register(RegistrationInput(1, "sg@example.jp"))
    service.register(RegistrationInput(18, "cm@example.jp", enabled=False))
    service.register(RegistrationInput(47, "cm-ship@example.jp"))
    ui = main_window.ui
    assert [ui.kindFilter.itemText(i) for i in range(ui.kindFilter.count())] == [
        "ALL",
        "注文情報",
        "配送要請",
        "配送完了",
        "キャンセル要請",
        "キャンセル完了",
    ]
    assert ui.groupFilter.count() == 10 and ui.groupFilter.itemText(7) == "通販する蔵 Template"

    def found(kind: str = "ALL", group: str = "ALL", enabled: int = 0, address: str = "") -> int:
        ui.kindFilter.setCurrentIndex(ui.kindFilter.findText(kind))
        ui.groupFilter.setCurrentIndex(ui.groupFilter.findText(group))
        ui.enabledFilter.setCurrentIndex(enabled)
        ui.addressFilter.setText(address)
        ui.searchButton.click()
        return main_window.model.rowCount()

    assert found() == 3
    assert found(kind="注文情報") == 2
    assert found(group="CrossMall Template") == 2
    assert found(enabled=2) == 1  # N
    assert found(enabled=1) == 2  # Y
    assert found(address="CM-") == 1
    assert found(address="%") == 0  # literal text, not a LIKE pattern


def test_grid_columns_and_dates(main_window: MainWindow, service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(18, "cm@example.jp")).registration
    main_window.search()
    model = main_window.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "テンプレート番号",
        "カテゴリ",
        "テンプレートグループ名",
        "テンプレート名",
        "送信タイプ",
        "送信先",
        "使用(Y/N)",
        "待機(Y/N)",
        "登録者",
        "登録日",
        "更新日",
        "修正者",
        "文面",  # ours, after QSM's columns: where the mail text came from
        "登録番号",  # the number messages name; shown first (see below)
    ]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    stamp = reg.created_at.strftime("%Y-%m-%d %H:%M")
    assert row == [
        18,
        "注文情報",
        "CrossMall Template",
        "[Email] CrossMall Order - Group",
        "EMAIL",
        "cm@example.jp",
        "Y",
        "N",
        "tester",
        stamp,
        stamp,
        "tester",
        "見本",
        reg.id,
    ]
    header = main_window.ui.registrationTable.horizontalHeader()
    assert header.logicalIndex(0) == COL_ID and header.logicalIndex(1) == 0


def test_double_click_on_empty_area_does_nothing(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window._double_clicked(QModelIndex())
    assert main_window.form.editing_id is None


def test_reopening_the_row_being_edited_keeps_the_edits(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, service: RegistrationService
) -> None:
    reg = _register_and_open(qtbot, main_window, service, 18, "cm@example.jp")
    main_window.form.ui.destinationEdit.setText("typing@example.jp")
    _open_row(qtbot, main_window, reg.id)
    assert main_window.form.ui.destinationEdit.text() == "typing@example.jp"
    assert dialogs.texts("unsaved") == []


def test_search_filters_what_the_grid_holds_until_the_store_changes(
    qtbot: object,
    main_window: MainWindow,
    service: RegistrationService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = service.register(RegistrationInput(1, "one@example.jp")).registration
    service.register(RegistrationInput(18, "two@example.jp"))
    reads: list[object] = []
    real_search_rows = grid_query.search_rows

    def counted(*args: Any, **kwargs: Any) -> list[grid_query.GridRow]:
        reads.append(args or kwargs)
        return real_search_rows(*args, **kwargs)

    monkeypatch.setattr(grid_query, "search_rows", counted)
    main_window.search()  # the store wrote since the window read it: read again, once
    assert len(reads) == 1 and main_window.model.rowCount() == 2
    main_window.ui.addressFilter.setText("TWO")
    main_window.search()
    main_window.ui.addressFilter.clear()
    main_window.ui.kindFilter.setCurrentIndex(1)  # 注文情報
    main_window.search()
    assert len(reads) == 1  # from memory
    assert main_window.model.rowCount() == 2  # templates 1 and 18 are both 注文情報
    main_window.ui.kindFilter.setCurrentIndex(0)
    # A save of this window: its rows are taken from the report, still no read.
    main_window.open_registration(first.id)
    main_window.form.ui.destinationEdit.setText("uno@example.jp")
    assert main_window.form.save() is not None
    main_window.ui.addressFilter.setText("uno")
    main_window.search()
    assert len(reads) == 1
    assert main_window.model.rowCount() == 1
    # A write the window did not make (another window, the command line): read again.
    service.modify(first.id, Patch(destination="eins@example.jp"))
    main_window.ui.addressFilter.setText("eins")
    main_window.search()
    assert len(reads) == 2 and main_window.model.rowCount() == 1
