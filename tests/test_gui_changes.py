"""Never lose a seller's change (GUI): the change bus through the window, the open form's
reload or 「このデータはほかの画面で変更されました」 bar, the conflict dialog, writes of another
process noticed through PRAGMA data_version."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from qsm_desktop.core import grid_query
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.models import History
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.gui import conflict_dialog
from qsm_desktop.gui.conflict_dialog import ConflictChoice, ConflictDialog
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.safety import SafetyViews, install_safety_views

ROOT = Path(__file__).resolve().parents[1]
OLD, NEW = "orders@ne.example.jp", "orders-new@ne.example.jp"


@pytest.fixture
def views(main_window: MainWindow) -> Iterator[SafetyViews]:
    installed = install_safety_views(main_window, main_window.context)
    yield installed
    installed.shutdown()


@pytest.fixture
def reg_id(service: RegistrationService, main_window: MainWindow) -> int:
    reg = service.register(RegistrationInput(18, OLD)).registration
    main_window.search()
    return reg.id


def _grid_destination(window: MainWindow, reg_id: int) -> str:
    row = window.model.row_of(reg_id)
    assert row is not None
    return str(window.model.grid_row(row)[grid_query.DESTINATION])


def _stored(service: RegistrationService, reg_id: int) -> tuple[str, str, int]:
    reg = service.get(reg_id)
    history = History.select().where(History.registration == reg_id).count()
    return reg.destination, reg.title, history


def _bulk_change(qtbot: Any, views: SafetyViews, old: str, new: str) -> None:
    """送信先の一括変更 through its dialog, as the seller does it."""
    dialog = views.open_bulk_address(old)
    dialog.new_edit.setText(new)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)


def _cli(db_path: Path, *args: str) -> None:
    """A real second process writing to the same database file (the command line)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-m", "qsm_desktop", "--db", str(db_path), "--user", "yamada", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


class ConflictSeen:
    """Answers the real conflict dialog when it shows (clicking the chosen button) and
    remembers what it showed."""

    def __init__(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.rows: list[list[str]] = []
        self.intro = ""
        self.shown = 0

    def arm(self) -> None:
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(10, self._answer)
            return
        self.shown += 1
        model = dialog.model
        self.rows = [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        self.intro = dialog.ui.introLabel.text()
        button = {
            ConflictChoice.LOAD_THEIRS: dialog.ui.loadTheirsButton,
            ConflictChoice.OVERWRITE: dialog.ui.overwriteButton,
            ConflictChoice.CANCEL: dialog.ui.cancelButton,
        }[self.choice]
        button.click()


def _modify_with_dialog(window: MainWindow, seen: ConflictSeen) -> object:
    seen.arm()
    return window.form.modify()


# -- the grid and the views follow the bus ---------------------------------------------------------


def test_the_grid_follows_a_write_made_elsewhere_in_the_app(
    qtbot: Any, main_window: MainWindow, reg_id: int, service: RegistrationService
) -> None:
    service.modify(reg_id, Patch(destination=NEW))  # not through the window
    qtbot.waitUntil(lambda: _grid_destination(main_window, reg_id) == NEW, timeout=2000)


def test_an_open_form_without_edits_reloads_what_changed_elsewhere(
    qtbot: Any, main_window: MainWindow, views: SafetyViews, reg_id: int, dialogs: Any
) -> None:
    assert main_window.open_registration(reg_id)
    _bulk_change(qtbot, views, OLD, NEW)
    form = main_window.form
    qtbot.waitUntil(lambda: form.ui.destinationEdit.text() == NEW, timeout=2000)
    assert not form.is_dirty() and not form.ui.changedBar.isVisible()
    newest = form.history.tree.topLevelItem(0)
    assert newest is not None and newest.text(1) == "送信先の一括変更"


def test_an_open_form_with_edits_shows_the_bar_and_keeps_them(
    qtbot: Any, main_window: MainWindow, views: SafetyViews, reg_id: int, dialogs: Any
) -> None:
    assert main_window.open_registration(reg_id)
    form = main_window.form
    form.ui.titleEdit.setText("至急: 注文")
    _bulk_change(qtbot, views, OLD, NEW)
    qtbot.waitUntil(lambda: form.ui.changedBar.isVisible(), timeout=2000)
    assert form.ui.changedBarLabel.text() == "このデータはほかの画面で変更されました"
    assert form.ui.reloadButton.text() == "読み込む" and form.ui.compareButton.text() == "比較"
    # the seller's edit is still there, the old address too (nothing dropped unasked)
    assert form.ui.titleEdit.text() == "至急: 注文" and form.ui.destinationEdit.text() == OLD
    qtbot.mouseClick(form.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert form.ui.destinationEdit.text() == NEW and not form.is_dirty()
    assert not form.ui.changedBar.isVisible()


# -- the two lost-update stories end in the conflict dialog, the database unchanged -------------------


def test_bulk_change_while_the_form_holds_edits_ends_in_the_conflict_dialog(
    qtbot: Any,
    main_window: MainWindow,
    views: SafetyViews,
    reg_id: int,
    service: RegistrationService,
    dialogs: Any,
) -> None:
    assert main_window.open_registration(reg_id)
    form = main_window.form
    form.ui.titleEdit.setText("至急: 注文")
    _bulk_change(qtbot, views, OLD, NEW)
    before = _stored(service, reg_id)
    assert before[0] == NEW
    seen = ConflictSeen(ConflictChoice.CANCEL)
    assert _modify_with_dialog(main_window, seen) is None
    assert seen.shown == 1
    assert "登録番号" in seen.intro and "ほかの画面で変更されています" in seen.intro
    [row] = seen.rows
    assert row[0] == "送信先" and row[1] == OLD and row[2] == NEW and row[4] == OLD
    assert row[3].startswith("tester ")
    assert _stored(service, reg_id) == before  # nothing written
    assert form.is_dirty() and form.ui.titleEdit.text() == "至急: 注文"  # edits kept


def test_a_second_process_changing_the_address_ends_in_the_conflict_dialog(
    qtbot: Any,
    main_window: MainWindow,
    reg_id: int,
    service: RegistrationService,
    app_context: AppContext,
    dialogs: Any,
) -> None:
    assert main_window.open_registration(reg_id)
    form = main_window.form
    form.ui.titleEdit.setText("至急: 注文")
    _cli(app_context.db_path, "modify", str(reg_id), "--to", NEW)  # before any look outside
    before = _stored(service, reg_id)
    assert before[0] == NEW
    seen = ConflictSeen(ConflictChoice.CANCEL)
    assert _modify_with_dialog(main_window, seen) is None
    [row] = seen.rows
    assert row[:3] == ["送信先", OLD, NEW] and row[3].startswith("yamada ")
    assert _stored(service, reg_id) == before


def test_overwrite_saves_only_the_sellers_fields(
    qtbot: Any,
    main_window: MainWindow,
    reg_id: int,
    service: RegistrationService,
    app_context: AppContext,
    dialogs: Any,
) -> None:
    assert main_window.open_registration(reg_id)
    main_window.form.ui.titleEdit.setText("至急: 注文")
    _cli(app_context.db_path, "modify", str(reg_id), "--to", NEW)
    seen = ConflictSeen(ConflictChoice.OVERWRITE)
    report = _modify_with_dialog(main_window, seen)
    assert report is not None and seen.shown == 1
    destination, title, _history = _stored(service, reg_id)
    assert (destination, title) == (NEW, "至急: 注文")  # their address kept, my title saved
    last = service.history(reg_id)[-1]
    assert [c.field for c in last.changes] == ["title"]


def test_load_theirs_drops_the_form_edits(
    qtbot: Any,
    main_window: MainWindow,
    reg_id: int,
    service: RegistrationService,
    app_context: AppContext,
    dialogs: Any,
) -> None:
    assert main_window.open_registration(reg_id)
    form = main_window.form
    title = form.ui.titleEdit.text()
    form.ui.titleEdit.setText("至急: 注文")
    form.ui.destinationEdit.setText("mine@example.jp")
    _cli(app_context.db_path, "modify", str(reg_id), "--to", NEW)
    before = _stored(service, reg_id)
    seen = ConflictSeen(ConflictChoice.LOAD_THEIRS)
    assert _modify_with_dialog(main_window, seen) is None
    [row] = seen.rows
    assert row[4] == "mine@example.jp"
    assert _stored(service, reg_id) == before
    assert form.ui.destinationEdit.text() == NEW and form.ui.titleEdit.text() == title
    assert not form.is_dirty()


def test_the_form_sends_only_the_fields_the_seller_changed(
    main_window: MainWindow, reg_id: int
) -> None:
    assert main_window.open_registration(reg_id)
    form = main_window.form
    assert form.changed_patch() == Patch()
    form.ui.titleEdit.setText("至急")
    form.ui.standbyCheck.setChecked(True)
    form.ui.periodSpin.setValue(3)
    assert form.changed_patch() == Patch(title="至急", standby=True, period=3)
    form.ui.standbyCheck.setChecked(False)
    assert form.changed_patch() == Patch(title="至急")


# -- writes of another process ------------------------------------------------------------------------


def test_a_write_of_another_process_is_noticed_and_shown(
    qtbot: Any, main_window: MainWindow, reg_id: int, app_context: AppContext, dialogs: Any
) -> None:
    assert main_window.open_registration(reg_id)
    assert not main_window.outside_writes.check()  # nothing yet (our own writes do not count)
    _cli(app_context.db_path, "modify", str(reg_id), "--to", NEW)
    assert main_window.outside_writes.check()
    qtbot.waitUntil(lambda: _grid_destination(main_window, reg_id) == NEW, timeout=2000)
    qtbot.waitUntil(lambda: main_window.form.ui.destinationEdit.text() == NEW, timeout=2000)
    assert not main_window.outside_writes.check()  # seen once


def test_the_window_looks_outside_on_a_timer(
    qtbot: Any, main_window: MainWindow, reg_id: int, app_context: AppContext, dialogs: Any
) -> None:
    assert main_window.outside_writes.timer.isActive()
    main_window.outside_writes.timer.setInterval(50)
    _cli(app_context.db_path, "modify", str(reg_id), "--to", NEW)
    qtbot.waitUntil(lambda: _grid_destination(main_window, reg_id) == NEW, timeout=3000)


def test_the_conflict_dialog_in_the_sellers_words(qtbot: Any) -> None:
    from datetime import datetime

    from qsm_desktop.core.errors import FieldConflict

    conflict = FieldConflict(
        "enabled", "使用", True, False, True, "yamada", datetime(2026, 1, 2, 3, 4)
    )
    dialog = ConflictDialog(4, [conflict])
    qtbot.addWidget(dialog)
    texts = [dialog.model.index(0, c).data() for c in range(5)]
    assert texts == ["使用", "Y", "N", "yamada 2026-01-02 03:04", "Y"]
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["項目", "開いたときの内容", "相手の変更", "変更した人・日時", "あなたの入力"]
    buttons = (dialog.ui.loadTheirsButton, dialog.ui.overwriteButton, dialog.ui.cancelButton)
    assert [b.text() for b in buttons] == [
        "相手の変更を読み込む",
        "自分の変更で上書き",
        "キャンセル",
    ]
    dialog.reject()
    assert dialog.choice is ConflictChoice.CANCEL


def test_ask_conflict_is_modal_and_returns_the_choice(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[Callable[[ConflictDialog], None]] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: self.ui.overwriteButton.click())
    assert conflict_dialog.ask_conflict(None, 1, []) is ConflictChoice.OVERWRITE
    assert not chosen


def test_catalog_restore_on_a_stale_form_asks_and_overwrite_restores(
    qtbot: Any,
    main_window: MainWindow,
    reg_id: int,
    service: RegistrationService,
    app_context: AppContext,
    dialogs: Any,
) -> None:
    catalog_title = service.get(reg_id).title
    assert main_window.open_registration(reg_id)
    _cli(app_context.db_path, "modify", str(reg_id), "--title", "相手のタイトル")
    seen = ConflictSeen(ConflictChoice.OVERWRITE)
    seen.arm()
    report = main_window.form.restore_catalog_text()
    assert seen.shown == 1 and seen.rows[0][:3] == ["タイトル", catalog_title, "相手のタイトル"]
    assert report is not None and report.action == "restore"
    assert service.get(reg_id).title == catalog_title
