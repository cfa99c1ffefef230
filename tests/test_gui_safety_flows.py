"""The safety views in the real main window (pytest-qt, offscreen): the seller's flows.

設定チェック (matrix, findings, opening a registration, re-checking after a save), 送信先の一括変更,
QSMから読み込み and QSMへの反映 (ticks, mark applied, text, print, HTML).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import peewee
import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QTableView

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import store_error
from qsm_desktop.core.models import History
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import build_checklist, check_setup, mark_applied
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.registration_columns import (
    COL_DESTINATION,
)
from qsm_desktop.gui.safety import SafetyViews, install_safety_views
from qsm_desktop.gui.safety import checklist_model as checklist_model_module
from qsm_desktop.gui.safety import checklist_printing as printing_module
from qsm_desktop.gui.safety import checklist_view as checklist_module
from qsm_desktop.gui.safety.check_models import (
    FINDING_COL_LABEL,
    IDS_ROLE,
    MATRIX_COL_GROUP,
    MATRIX_FIRST_KIND,
)
from qsm_desktop.gui.safety.checklist_model import COL_ACTION, COL_DONE, COL_TARGET
from qsm_desktop.gui.safety.common import ROW_ROLE

NE = "orders@ne.example.jp"
NE_NEW = "orders-new@ne.example.jp"
CM = "qoo10@crossmall.example.jp"

# The guide's grid (its company-switch page: addresses filled in) and a number the catalog lacks.
QSM_GRID = (
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t修正者\n"
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - G EMAIL\t\tkamochei@ybb.ne.jp\t"
    "N\tN\ttvhasegawa\t2015-04-17 15:38\ttvhasegawa\n"
    "47\t配送要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\t"
    "kamochei@pullback.co.jp\tY\tN\ttvhasegawa\t2015-08-20 16:51\ttvhasegawa\n"
    "99\t注文情報\tFoo Template\t[Email] Foo Order\tEMAIL\tfoo@example.jp\tY\tN\n"
)

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.qtbot import QtBot


@pytest.fixture
def views(main_window: MainWindow) -> Iterator[SafetyViews]:
    installed = install_safety_views(main_window, main_window.context)
    yield installed
    installed.shutdown()


@pytest.fixture
def ne_setup(service: RegistrationService) -> dict[str, int]:
    """NextEngine at one address: 注文情報 使用, 配送要請 待機, キャンセル要請 使用N."""
    return {
        "order": service.register(RegistrationInput(6, NE)).registration.id,
        "ship": service.register(RegistrationInput(7, NE, standby=True, period=10)).registration.id,
        "cancel": service.register(RegistrationInput(9, NE, enabled=False)).registration.id,
    }


def _text_of(label: QLabel | None) -> str:
    assert label is not None
    return label.text()


def _show_check(qtbot: QtBot, views: SafetyViews) -> None:
    with qtbot.waitSignal(views.check_view.checked, timeout=10000):
        views.action_check.trigger()
    assert views.window.ui.mainTabs.currentWidget() is views.check_view


def _show_checklist(qtbot: QtBot, views: SafetyViews) -> None:
    with qtbot.waitSignal(views.checklist_view.refreshed, timeout=5000):
        views.action_checklist.trigger()


def _double_click(qtbot: QtBot, table: QTableView, index: QModelIndex) -> None:
    rect = table.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _grid_destination(window: MainWindow, reg_id: int) -> str:
    row = window.proxy.proxy_row_of(reg_id)
    assert row is not None
    return str(window.proxy.index(row, COL_DESTINATION).data())


# -- installing ---------------------------------------------------------------------------------


def test_install_adds_two_tabs_and_a_tools_menu(
    main_window: MainWindow, views: SafetyViews
) -> None:
    tabs = main_window.ui.mainTabs
    assert tabs.tabText(0) == "お知らせ設定データ"
    assert tabs.tabText(views.check_tab) == "設定チェック"
    assert tabs.tabText(views.checklist_tab) == "QSMへの反映"
    menus = [a.text() for a in main_window.ui.menuBar.actions()]
    assert menus.index("ツール(&T)") == menus.index("ヘルプ(&H)") - 1
    texts = [a.text() for a in views.menu.actions() if not a.isSeparator()]
    assert texts == [
        "設定チェック(&C)",
        "送信先の一括変更…(&A)",
        "QSMから読み込み…(&I)",
        "QSMへの反映(&R)",
    ]
    # Nothing is checked while the tab is hidden.
    assert views.check_view.check_count == 0 and views.check_view.stale


# -- 設定チェック -----------------------------------------------------------------------------------


def test_check_tab_shows_summary_matrix_and_findings(
    qtbot: QtBot, views: SafetyViews, ne_setup: dict[str, int], service: RegistrationService
) -> None:
    service.modify(ne_setup["order"], Patch(title="注文"))  # no 件名の文言: one error
    _show_check(qtbot, views)
    view = views.check_view
    report = check_setup()
    # 待機, 使用N and キャンセル完了 missing are warnings, and so are the two registrations still
    # on the sample text; the title without its marker is an error
    assert view.summary_label.text() == "エラー 1件 · 警告 5件 · 登録 3件"
    matrix = view.matrix_proxy
    assert matrix.rowCount() == 1
    cells = [matrix.index(0, MATRIX_FIRST_KIND + k).data() for k in range(5)]
    assert cells == ["○ 使用", "△ 待機", "— 未登録", "× 使用N", "— 未登録"]
    assert view.finding_proxy.rowCount() == len(report.findings)
    codes = {view.finding_proxy.item_at(r).finding.code for r in range(len(report.findings))}
    assert {"standby", "disabled"} <= codes
    # The severity filter.
    view.severity_filter.setCurrentIndex(view.severity_filter.findData("error"))
    assert view.finding_proxy.rowCount() == 1
    assert view.finding_proxy.item_at(0).finding.code == "subject-marker"
    view.severity_filter.setCurrentIndex(view.severity_filter.findData("warning"))
    assert view.finding_proxy.rowCount() == 5
    view.severity_filter.setCurrentIndex(0)
    # Selecting a finding shows its whole message below the list.
    view.findings_view.selectRow(0)
    assert view.finding_proxy.item_at(0).finding.message in view.detail_label.text()


def test_matrix_groups_rows_of_one_template_group(
    qtbot: QtBot, views: SafetyViews, service: RegistrationService
) -> None:
    service.register(RegistrationInput(6, NE))
    service.register(RegistrationInput(6, "second@ne.example.jp"))
    service.register(RegistrationInput(18, CM))
    _show_check(qtbot, views)
    view = views.check_view
    assert view.matrix_proxy.rowCount() == 3
    assert view.matrix_view.rowSpan(0, MATRIX_COL_GROUP) == 2  # NextEngine: two addresses
    assert view.matrix_view.rowSpan(2, MATRIX_COL_GROUP) == 1
    qtbot.keyClicks(view.address_filter, "second")
    qtbot.waitUntil(lambda: view.matrix_proxy.rowCount() == 1)
    assert view.matrix_view.rowSpan(0, MATRIX_COL_GROUP) == 1


def test_matrix_cell_double_click_opens_its_registration(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    index = view.matrix_proxy.index(0, MATRIX_FIRST_KIND + 3)  # キャンセル要請: × 使用N
    assert index.data(IDS_ROLE) == (ne_setup["cancel"],)
    _double_click(qtbot, view.matrix_view, index)
    assert main_window.ui.mainTabs.currentIndex() == 0
    assert main_window.form.editing_id == ne_setup["cancel"]


def test_missing_cell_double_click_does_nothing(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    _double_click(qtbot, view.matrix_view, view.matrix_proxy.index(0, MATRIX_FIRST_KIND + 2))
    assert main_window.ui.mainTabs.currentWidget() is view
    assert main_window.form.editing_id is None


def test_matrix_context_menu_opens_and_changes_the_address(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    menu = view.matrix_menu(view.matrix_proxy.index(0, MATRIX_FIRST_KIND))
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [f"登録番号 {ne_setup['order']} を開く", f"送信先「{NE}」を一括変更…"]
    menu.actions()[-1].trigger()
    dialog = views.bulk_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.old_combo.currentText() == NE
    dialog.reject()
    menu.actions()[0].trigger()
    assert main_window.form.editing_id == ne_setup["order"]


def test_finding_double_click_opens_the_registration_at_its_line(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, service: RegistrationService
) -> None:
    body = get_template(6).body + "\n<p>{$_NO_SUCH_NAME_$}</p>"
    reg = service.register(RegistrationInput(6, NE, body=body)).registration
    _show_check(qtbot, views)
    view = views.check_view
    rows = [view.finding_proxy.item_at(r) for r in range(view.finding_proxy.rowCount())]
    row = next(r for r in rows if r.finding.code == "unknown-placeholder")
    assert row.finding.line == body.count("\n") + 1
    index = view.finding_proxy.index(rows.index(row), FINDING_COL_LABEL)
    _double_click(qtbot, view.findings_view, index)
    assert main_window.ui.mainTabs.currentIndex() == 0
    form = main_window.form
    assert form.editing_id == reg.id
    cursor = form.ui.bodyEdit.textCursor()
    assert cursor.blockNumber() == row.finding.line - 1
    assert cursor.positionInBlock() == (row.finding.column or 1) - 1
    assert form.ui.bodyEdit.hasFocus()


def test_enter_on_a_finding_opens_it(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    rows = [view.finding_proxy.item_at(r) for r in range(view.finding_proxy.rowCount())]
    position = next(i for i, r in enumerate(rows) if r.finding.code == "disabled")
    view.findings_view.setFocus()
    view.findings_view.setCurrentIndex(view.finding_proxy.index(position, FINDING_COL_LABEL))
    qtbot.keyClick(view.findings_view, Qt.Key.Key_Return)
    assert main_window.form.editing_id == ne_setup["cancel"]


def test_a_save_in_the_form_rechecks_the_visible_tab(
    qtbot: QtBot,
    main_window: MainWindow,
    views: SafetyViews,
    dialogs: DialogRecorder,
    ne_setup: dict[str, int],
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    assert view.result is not None
    before = view.result.report
    assert "disabled" in before.codes()
    # Save in the form (it stays on its own tab) …
    main_window.ui.mainTabs.setCurrentIndex(0)
    main_window.open_registration(ne_setup["cancel"])
    main_window.form.ui.enabledCheck.setChecked(True)
    main_window.form.modify()
    assert dialogs.texts("information") == ["修正が完了しました。"]
    # … the hidden tab only notes it (the change bus' news comes queued); showing it re-checks
    # once.
    qtbot.waitUntil(lambda: view.stale, timeout=2000)
    assert view.check_count == 1
    with qtbot.waitSignal(view.checked, timeout=10000) as blocker:
        main_window.ui.mainTabs.setCurrentWidget(view)
    assert view.check_count == 2
    assert "disabled" not in blocker.args[0].report.codes()
    cells = [view.matrix_proxy.index(0, MATRIX_FIRST_KIND + k).data() for k in range(5)]
    assert cells[3] == "○ 使用"


def test_changes_while_visible_are_debounced_into_one_check(
    qtbot: QtBot, views: SafetyViews, service: RegistrationService, ne_setup: dict[str, int]
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    # Three writes in a row (three pieces of news on the change bus): one check after the pause.
    for reg_id in ne_setup.values():
        report = service.modify(reg_id, Patch(recognition_key=f"key-{reg_id}"))
        views.apply_report(report)
    qtbot.waitUntil(lambda: view.pending, timeout=2000)
    assert view.check_count == 1
    with qtbot.waitSignal(view.checked, timeout=10000):
        pass
    # and no second or third check follows
    with qtbot.assertNotEmitted(view.checked, wait=800):
        pass
    assert view.check_count == 2 and not view.pending


def test_a_result_overtaken_by_a_newer_check_is_dropped(
    qtbot: QtBot, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_check(qtbot, views)
    view = views.check_view
    first = view.run_check()
    with qtbot.waitSignal(view.checked, timeout=10000):
        second = view.run_check()
    assert first in view.dropped_generations and second not in view.dropped_generations
    assert not view.pending


# -- 送信先の一括変更 -----------------------------------------------------------------------------


def test_bulk_address_change_preview_then_apply(
    qtbot: QtBot,
    main_window: MainWindow,
    views: SafetyViews,
    dialogs: DialogRecorder,
    ne_setup: dict[str, int],
    service: RegistrationService,
) -> None:
    other = service.register(RegistrationInput(1, "sg@example.jp")).registration.id
    main_window.search()
    views.action_bulk_address.trigger()
    dialog = views.bulk_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "送信先の一括変更"
    choices = [dialog.old_combo.itemText(i) for i in range(dialog.old_combo.count())]
    assert choices == [NE, "sg@example.jp"]
    assert not dialog.apply_button.isEnabled()
    dialog.old_combo.setCurrentIndex(0)
    qtbot.keyClicks(dialog.new_edit, NE_NEW)
    assert not dialog.apply_button.isEnabled()  # not before a preview
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    table = dialog.table.model()
    assert table.rowCount() == 3
    assert {table.index(r, 0).data() for r in range(3)} == set(ne_setup.values())
    assert {table.index(r, 6).data() for r in range(3)} == {f"→ {NE_NEW}"}
    assert "3件の登録" in dialog.summary_label.text()
    assert dialog.apply_button.isEnabled()
    # Changing an input asks for a new preview first.
    dialog.new_edit.setText(NE_NEW + "x")
    assert not dialog.apply_button.isEnabled()
    dialog.new_edit.setText(NE_NEW)
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.applied) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("question") == ["3件の送信先を変更します。よろしいですか?"]
    assert dialogs.texts("information") == ["修正が完了しました(3件)。"]
    assert not dialog.isVisible()
    report = blocker.args[0]
    assert {r.id for r in report.registrations} == set(ne_setup.values())
    # The grid rows changed, and only those; history written.
    for reg_id in ne_setup.values():
        assert _grid_destination(main_window, reg_id) == NE_NEW
    assert _grid_destination(main_window, other) == "sg@example.jp"
    actions = [h.action for h in History.select().where(History.action == "replace-address")]
    assert len(actions) == 3
    assert main_window.last_report is report
    assert views.check_view.stale and views.checklist_view.stale
    qtbot.waitUntil(lambda: views.bulk_dialog is None)


def test_bulk_address_bad_new_address_is_shown_next_to_the_field(
    qtbot: QtBot, views: SafetyViews, dialogs: DialogRecorder, ne_setup: dict[str, int]
) -> None:
    history = History.select().count()
    dialog = views.open_bulk_address(NE)
    dialog.new_edit.setText("test@")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("new").startswith("⚠ ")
    assert dialog.new_error.isVisible() and not dialog.old_error.isVisible()
    assert dialog.focusWidget() is dialog.new_edit
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()
    dialog.apply()  # does nothing without a valid preview
    # Typing in the field clears its message.
    qtbot.keyClicks(dialog.new_edit, "x")
    assert dialog.error_text("new") == ""
    # An address no registration uses: the message is next to 変更前のアドレス.
    dialog.old_combo.setEditText("nobody@example.jp")
    dialog.new_edit.setText(NE_NEW)
    dialog.preview()
    assert "nobody@example.jp" in dialog.error_text("old")
    assert History.select().count() == history
    assert dialogs.texts("question") == [] and dialogs.texts("information") == []
    dialog.reject()


def test_bulk_address_cancelled_confirmation_changes_nothing(
    qtbot: QtBot,
    main_window: MainWindow,
    views: SafetyViews,
    dialogs: DialogRecorder,
    ne_setup: dict[str, int],
) -> None:
    main_window.search()
    dialog = views.open_bulk_address(NE)
    dialog.new_edit.setText(NE_NEW)
    assert dialog.preview() is not None
    dialogs.yes_no_answers.append(False)
    assert dialog.apply() is None
    assert dialog.isVisible()
    assert _grid_destination(main_window, ne_setup["order"]) == NE
    assert History.select().where(History.action == "replace-address").count() == 0
    dialog.reject()


def test_bulk_address_conflict_blocks_the_change(
    views: SafetyViews, service: RegistrationService
) -> None:
    service.register(RegistrationInput(6, "a@example.jp"))
    service.register(RegistrationInput(6, "b@example.jp"))
    dialog = views.open_bulk_address("a@example.jp")
    dialog.new_edit.setText("b@example.jp")
    plan = dialog.preview()
    assert plan is not None and plan.conflicts
    assert dialog.conflicts_label.isVisibleTo(dialog)
    assert "テンプレート番号 6" in dialog.conflicts_label.text()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()


# -- QSMから読み込み -----------------------------------------------------------------------------


def test_qsm_paste_preview_then_import(
    qtbot: QtBot,
    main_window: MainWindow,
    views: SafetyViews,
    dialogs: DialogRecorder,
    service: RegistrationService,
) -> None:
    existing = service.register(RegistrationInput(6, NE)).registration.id
    main_window.search()
    rows_before = main_window.model.rowCount()
    views.action_qsm_import.trigger()
    dialog = views.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert "QSM の お知らせ設定データ を選択してコピーし、ここに貼り付けてください" in (
        _text_of(dialog.findChild(type(dialog.summary_label), "importInstructions"))
    )
    assert not dialog.import_button.isEnabled()
    QGuiApplication.clipboard().setText(QSM_GRID)
    qtbot.mouseClick(dialog.paste_button, Qt.MouseButton.LeftButton)
    assert dialog.text() == QSM_GRID
    # The preview (run by the paste): two new rows, line 4 not importable.
    items = dialog.item_model
    assert [items.index(r, 0).data() for r in range(items.rowCount())] == [2, 3]
    assert [items.index(r, 1).data() for r in range(2)] == ["＋ 新規", "＋ 新規"]
    assert [items.index(r, 3).data() for r in range(2)] == [18, 47]
    assert [items.index(r, 6).data() for r in range(2)] == ["N", "Y"]
    problems = dialog.problem_model
    assert problems.rowCount() == 1 and problems.index(0, 0).data() == 4
    assert "テンプレート番号 99 はカタログにありません" in problems.index(0, 1).data()
    assert dialog.problems_box.title() == "取り込めない行(1行)"
    assert dialog.summary_label.text().startswith(
        "新規 2件、更新 0件、変更なし 0件、取り込めない行 1件"
    )
    assert f"登録番号 {existing}" in dialog.not_in_paste_label.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.applied) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [message] = dialogs.texts("information")
    assert "読み込みが完了しました。" in message and "新規 2件、更新 0件、変更なし 0件" in message
    assert "4行目" in message
    result = blocker.args[0]
    new_ids = [r.id for r in result.report.registrations]
    assert len(new_ids) == 2
    assert main_window.model.rowCount() == rows_before + 2
    assert _grid_destination(main_window, new_ids[0]) == "kamochei@ybb.ne.jp"
    assert History.select().where(History.action == "qsm-import").count() == 2
    assert not dialog.isVisible()
    # Pasting the same grid again changes nothing.
    again = views.open_qsm_import() if views.import_dialog is None else views.import_dialog
    again.text_edit.setPlainText(QSM_GRID)
    plan = again.preview()
    assert plan is not None and plan.count("unchanged") == 2 and plan.count("create") == 0
    again.reject()


def test_qsm_paste_edited_after_preview_needs_a_new_preview(
    qtbot: QtBot, views: SafetyViews, dialogs: DialogRecorder, db: object
) -> None:
    dialog = views.open_qsm_import()
    dialog.text_edit.setPlainText(QSM_GRID)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "x")
    assert not dialog.import_button.isEnabled()
    assert "もう一度【プレビュー】" in dialog.summary_label.text()
    assert dialog.apply() is None
    assert History.select().count() == 0
    dialog.reject()


def test_qsm_paste_nothing_usable_is_explained_next_to_the_text(
    qtbot: QtBot, views: SafetyViews, dialogs: DialogRecorder, db: object
) -> None:
    dialog = views.open_qsm_import()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.text_error.isVisibleTo(dialog)
    assert "貼り付けてから【プレビュー】" in dialog.text_error.text()
    dialog.text_edit.setPlainText("hello\tworld\n")
    plan = dialog.preview()
    assert plan is not None and not plan.items and plan.problems
    assert not dialog.import_button.isEnabled()
    assert "取り込める行がありません" in dialog.text_error.text()
    dialog.reject()


# -- QSMへの反映 -----------------------------------------------------------------------------------


def test_checklist_tick_in_the_view_is_stored(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_checklist(qtbot, views)
    view = views.checklist_view
    assert main_window.ui.mainTabs.currentWidget() is view
    assert view.model.rowCount() == 3
    assert view.summary_label.text() == "QSMに反映する変更: 3件(未完了 3件)"
    # The first pending item is selected and its steps are shown, numbered.
    item = view.current_item()
    assert item is not None and item.key == view.model.row_at(0).key
    assert view.steps_view.toPlainText().count("【登録】をクリック") == 1
    # Space on the 済 cell ticks it, in the store.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, COL_DONE))
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert build_checklist().item(item.key).ticked
    assert view.model.index(0, COL_DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert view.summary_label.text() == "QSMに反映する変更: 3件(未完了 2件)"
    # … and a click on its box unticks it.
    table = view.table
    rect = table.visualRect(view.model.index(0, COL_DONE))
    indicator = table.style().pixelMetric(table.style().PixelMetric.PM_IndicatorWidth)
    box = QPoint(rect.left() + indicator // 2 + 4, rect.center().y())  # the check box
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert not build_checklist().item(item.key).ticked


def test_checklist_mark_all_applied_empties_it(
    qtbot: QtBot, views: SafetyViews, dialogs: DialogRecorder, ne_setup: dict[str, int]
) -> None:
    _show_checklist(qtbot, views)
    view = views.checklist_view
    dialogs.yes_no_answers.append(False)
    qtbot.mouseClick(view.applied_button, Qt.MouseButton.LeftButton)
    assert len(build_checklist().items) == 3
    qtbot.mouseClick(view.applied_button, Qt.MouseButton.LeftButton)
    questions = dialogs.texts("question")
    assert len(questions) == 2 and "3件の変更" in questions[1]
    assert build_checklist().items == ()
    assert view.model.rowCount() == 0
    assert view.summary_label.text() == "QSMに反映する変更はありません"
    assert not view.applied_button.isEnabled() and not view.print_button.isEnabled()
    assert "QSMに反映する変更はありません。" in view.steps_view.toPlainText()


def test_checklist_follows_reports_while_visible(
    qtbot: QtBot,
    main_window: MainWindow,
    views: SafetyViews,
    service: RegistrationService,
    ne_setup: dict[str, int],
) -> None:
    mark_applied()
    _show_checklist(qtbot, views)
    view = views.checklist_view
    assert view.model.rowCount() == 0
    report = service.modify(ne_setup["cancel"], Patch(enabled=True))
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        main_window.apply_report(report)  # e.g. 使用 = N from the grid's menu
    assert view.model.rowCount() == 1
    assert "使用(Y/N) N → Y" in view.model.index(0, COL_ACTION).data()
    # Double-clicking the item opens the registration.
    _double_click(qtbot, view.table, view.model.index(0, COL_TARGET))
    assert main_window.ui.mainTabs.currentIndex() == 0
    assert main_window.form.editing_id == ne_setup["cancel"]


def test_checklist_copy_print_and_save(
    qtbot: QtBot,
    views: SafetyViews,
    ne_setup: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _show_checklist(qtbot, views)
    view = views.checklist_view
    assert view.checklist is not None
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == view.checklist.to_text()
    # Printing: the print dialog answered with a PDF printer; cancelled prints nothing.
    pdf = tmp_path / "checklist.pdf"

    def pdf_printer(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    monkeypatch.setattr(printing_module, "ask_printer", lambda _parent: None)
    assert not view.print_checklist() and not pdf.exists()
    monkeypatch.setattr(printing_module, "ask_printer", pdf_printer)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    # Saving as HTML.
    target = tmp_path / "checklist.html"
    monkeypatch.setattr(printing_module, "ask_html_path", lambda _parent: str(target))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert text == view.checklist.to_html() and "QSMに反映する変更" in text
    assert str(target) in view.status_label.text()
    monkeypatch.setattr(printing_module, "ask_html_path", lambda _parent: "")
    assert view.save_html() is None


def test_checklist_save_writes_like_the_cli(
    qtbot: QtBot,
    views: SafetyViews,
    dialogs: DialogRecorder,
    ne_setup: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Saving as HTML goes through core/file_output: a pipe or a folder is refused with a
    message and left as it was; a new file gets the umask's permissions, not a temp file's."""
    _show_checklist(qtbot, views)
    view = views.checklist_view
    folder = tmp_path / "out"
    folder.mkdir()
    fifo = folder / "pipe.html"
    os.mkfifo(fifo)
    for target in (fifo, folder):
        monkeypatch.setattr(printing_module, "ask_html_path", lambda _parent, t=target: str(t))
        assert view.save_html() is None
    assert stat.S_ISFIFO(fifo.stat().st_mode) and folder.is_dir()
    refusals = dialogs.texts("critical")
    assert len(refusals) == 2 and all("通常のファイルではありません" in t for t in refusals)
    assert [p.name for p in folder.iterdir()] == ["pipe.html"]  # no temporary file left
    target = folder / "new.html"
    monkeypatch.setattr(printing_module, "ask_html_path", lambda _parent: str(target))
    old = os.umask(0o002)
    try:
        assert view.save_html() == target
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert view.checklist is not None
    assert target.read_text(encoding="utf-8") == view.checklist.to_html()


def test_checklist_row_holds_its_item(
    qtbot: QtBot, views: SafetyViews, ne_setup: dict[str, int]
) -> None:
    _show_checklist(qtbot, views)
    model = views.checklist_view.model
    item = model.index(0, COL_TARGET).data(ROW_ROLE)
    assert item.registration_id == ne_setup["order"] and item.action == "register"


# -- failures: what to do in the seller's words, the raw error only as detail -----------------------


def test_a_failed_check_says_to_check_again(
    qtbot: QtBot, views: SafetyViews, ne_setup: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from qsm_desktop.gui.safety import check_run as check_module

    view = views.check_view
    with monkeypatch.context() as patch:
        failure = store_error(peewee.OperationalError("no such table"))
        patch.setattr(check_module, "load_rows", _raise(failure))
        view.run_check()  # the rows are read in the worker: the failure arrives from there
        qtbot.waitUntil(
            lambda: view.summary_label.text() == "設定チェックができませんでした", timeout=10000
        )
    assert view.summary_label.text() == "設定チェックができませんでした"
    assert "【再チェック】でもう一度" in view.status_label.text()
    assert "no such table" not in view.status_label.text()
    assert "no such table" in view.status_label.toolTip()
    with qtbot.waitSignal(view.checked, timeout=10000):
        qtbot.mouseClick(view.recheck_button, Qt.MouseButton.LeftButton)
    assert view.status_label.toolTip() == ""
    assert view.summary_label.text().startswith("エラー")


def test_a_failed_checklist_says_how_to_try_again(
    qtbot: QtBot,
    views: SafetyViews,
    dialogs: DialogRecorder,
    ne_setup: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _show_checklist(qtbot, views)
    view = views.checklist_view
    locked = store_error(peewee.OperationalError("database is locked"))
    with monkeypatch.context() as patch:
        patch.setattr(checklist_module, "build_checklist", _raise(locked))
        assert view.refresh() is None
        assert "もう一度作ります" in view.status_label.text()
        assert "locked" not in view.status_label.text()
        assert "database is locked" in view.status_label.toolTip()
        assert view.stale  # showing the tab again tries again
        patch.setattr(checklist_model_module, "tick", _raise(locked))
        assert not view.model.set_ticked(0, True)
        patch.setattr(checklist_module, "mark_applied", _raise(locked))
        assert not view.mark_all_applied()
    ticked, applied = dialogs.texts("critical")
    assert "「済」の変更を保存できませんでした(元のままです)" in ticked
    assert "何も変更していません" in applied and "もう一度「すべて反映済みにする」" in applied
    assert all("locked" not in text for text in (ticked, applied))
    details = dialogs.details
    assert len(details) == 2
    assert all(d.startswith("StoreBusyError: ") and "(database is locked)" in d for d in details)
    assert view.model.index(0, COL_DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert view.refresh() is not None and view.status_label.toolTip() == ""


def _raise(error: Exception) -> object:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise error

    return fail


def test_bulk_address_reads_in_the_worker_for_many_registrations(
    qtbot: QtBot,
    views: SafetyViews,
    dialogs: DialogRecorder,
    ne_setup: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As with 100,000 registrations: the addresses and the preview come from the worker thread,
    # the window's event loop runs meanwhile.
    from qsm_desktop.gui.safety import address_dialog

    monkeypatch.setattr(address_dialog, "WORKER_ROWS", 1)
    dialog = views.open_bulk_address()
    assert dialog.busy and dialog.old_combo.count() == 0
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert [dialog.old_combo.itemText(i) for i in range(dialog.old_combo.count())] == [NE]
    tip = dialog.old_combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
    assert tip == "3件の登録で使用"
    dialog.old_combo.setCurrentIndex(0)
    dialog.new_edit.setText(NE_NEW)
    with qtbot.waitSignal(dialog.previewed, timeout=10000) as shown:
        assert dialog.preview() is None  # on its way
        assert "探しています" in dialog.summary_label.text()
    assert {item.registration_id for item in shown.args[0].items} == set(ne_setup.values())
    assert dialog.apply_button.isEnabled()
    # An input edited while the preview was on its way: that preview is not the inputs' one.
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.preview()
        dialog.new_edit.setText(NE_NEW + "x")
    assert not dialog.apply_button.isEnabled()
    # A refused input is said at once, without the worker.
    dialog.new_edit.setText("test@")
    dialog.preview()
    assert dialog.error_text("new").startswith("⚠ ") and not dialog.busy
    dialog.reject()


def test_checklist_is_built_in_the_worker_for_many_registrations(
    qtbot: QtBot,
    views: SafetyViews,
    ne_setup: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from qsm_desktop.gui.safety import checklist_view

    monkeypatch.setattr(checklist_view, "WORKER_ROWS", 1)
    view = views.checklist_view
    with qtbot.waitSignal(view.refreshed, timeout=10000) as shown:
        assert view.refresh() is None  # on its way from the worker
        assert view.building
    assert not view.building and view.checklist is shown.args[0]
    assert view.model.rowCount() == len(shown.args[0].items) > 0


def test_bulk_address_lists_the_most_used_and_completes_every_address(
    qtbot: QtBot,
    views: SafetyViews,
    ne_setup: dict[str, int],
    service: RegistrationService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 100,000 addresses would make a list nobody scrolls (and 400 ms to free): the list holds the
    # most used ones, the completer every one.
    from qsm_desktop.gui.safety import address_models

    service.register(RegistrationInput(1, "sg@example.jp"))
    monkeypatch.setattr(address_models, "MAX_LISTED", 1)
    dialog = views.open_bulk_address()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert [dialog.old_combo.itemText(i) for i in range(dialog.old_combo.count())] == [NE]
    completer = dialog.old_combo.completer()
    assert completer is not None
    every = completer.model()
    assert sorted(every.data(every.index(i, 0)) for i in range(every.rowCount())) == sorted(
        [NE, "sg@example.jp"]
    )
    completer.setCompletionPrefix("SG@")
    assert completer.currentCompletion() == "sg@example.jp"
    dialog.reject()
