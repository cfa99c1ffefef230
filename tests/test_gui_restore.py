"""ファイル >「バックアップから復元…」 and the start-up offer of the newest good backup.

The dialog lists the core's backups (newest first, the app's time format, the trigger in the
seller's words); 【復元】 asks first, settles an open form's unsaved edits, restores, and every
view refreshes from the change bus. A damaged database at start offers its newest good backup;
restoring it keeps the damaged file aside and opens the window.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.backups import BackupInfo, list_backups, take_backup
from qsm_desktop.core.db import open_database
from qsm_desktop.core.errors import NotFoundError
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import apply_address_replacement
from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.gui.app import EXIT_REFUSED, run_gui
from qsm_desktop.gui.first_rows import read_first_rows
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.messages import UnsavedChoice
from qsm_desktop.gui.registration_columns import (
    COL_DESTINATION,
)
from qsm_desktop.gui.restore_dialog import (
    COL_HISTORY,
    COL_REGISTRATIONS,
    COL_TAKEN_AT,
    COL_TRIGGER,
    RestoreDialog,
    install_restore_action,
)
from qsm_desktop.gui.safety import SafetyViews, install_safety_views

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.qtbot import QtBot


@pytest.fixture
def views(main_window: MainWindow) -> Iterator[SafetyViews]:
    installed = install_safety_views(main_window, main_window.context)
    yield installed
    installed.shutdown()


def _open_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    """ファイル >「バックアップから復元…」 as the seller opens it."""
    action = install_restore_action(window, window.context)
    assert action.text() == "バックアップから復元…"
    assert action in window.ui.menuFile.actions()
    action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _cell(dialog: RestoreDialog, row: int, column: int) -> str:
    return str(dialog.proxy.index(row, column).data())


def _grid(window: MainWindow) -> dict[int, str]:
    """登録番号 → 送信先, as the grid shows them."""
    proxy = window.proxy
    shown: dict[int, str] = {}
    for row in range(proxy.rowCount()):
        reg_id = proxy.id_at(row)
        assert reg_id is not None
        shown[reg_id] = str(proxy.index(row, COL_DESTINATION).data())
    return shown


def _history(service: RegistrationService, reg_id: int) -> list[object]:
    return [entry.to_json() for entry in service.history(reg_id)]


def test_the_dialog_lists_the_backups_newest_first(
    qtbot: QtBot, qtmodeltester: Any, main_window: MainWindow, service: RegistrationService
) -> None:
    service.register(RegistrationInput(18, "old@ne.example"))
    first = take_backup("manual")
    apply_address_replacement(service, "old@ne.example", "new@ne.example")  # one more backup
    service.register(RegistrationInput(47, "b@example.jp"))
    last = take_backup("manual")
    dialog = _open_dialog(qtbot, main_window)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    listed = [dialog.proxy.item_at(row) for row in range(dialog.proxy.rowCount())]
    assert [b.name for b in listed] == [b.name for b in list_backups(main_window.context.db_path)]
    assert listed[0] == last and listed[-1] == first and len(listed) == 3
    assert [_cell(dialog, row, COL_TRIGGER) for row in range(3)] == [
        "手動",
        "送信先の一括変更の前",
        "手動",
    ]
    assert _cell(dialog, 0, COL_TAKEN_AT) == qsm_time(last.taken_at)
    assert [_cell(dialog, row, COL_REGISTRATIONS) for row in range(3)] == ["2", "1", "1"]
    assert [_cell(dialog, row, COL_HISTORY) for row in range(3)] == ["3", "1", "1"]
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["日時", "きっかけ", "登録数", "履歴数"]
    assert dialog.selected_backup() == last  # the newest is selected
    assert dialog.ui.restoreButton.isEnabled() and not dialog.ui.emptyLabel.isVisible()
    dialog.reject()


def test_no_backups_yet_says_so(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = _open_dialog(qtbot, main_window)
    assert dialog.model.rowCount() == 0
    assert dialog.ui.emptyLabel.isVisible() and not dialog.ui.restoreButton.isEnabled()
    assert "自動でとられます" in dialog.ui.emptyLabel.text()
    dialog.reject()


def test_restore_round_trip_through_the_gui(
    qtbot: QtBot,
    main_window: MainWindow,
    views: SafetyViews,
    service: RegistrationService,
    dialogs: DialogRecorder,
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    service.modify(reg.id, Patch(title="kept"))
    kept_history = _history(service, reg.id)
    backup = take_backup("manual")
    main_window.search()
    assert main_window.open_registration(reg.id)
    # Changes after the backup: 送信先 changed (the form follows it), another registration.
    service.modify(reg.id, Patch(destination="later@example.jp"))
    later = service.register(RegistrationInput(47, "new@example.jp")).registration
    qtbot.waitUntil(
        lambda: _grid(main_window) == {reg.id: "later@example.jp", later.id: "new@example.jp"}
    )
    qtbot.waitUntil(lambda: main_window.form.ui.destinationEdit.text() == "later@example.jp")
    # Both safety tabs up to date with that (設定チェック shown, QSMへの反映 built and hidden).
    views.show_checklist()
    qtbot.waitUntil(lambda: not views.checklist_view.stale)
    views.show_check()
    qtbot.waitUntil(lambda: not views.check_view.pending and not views.check_view.stale)
    checks_before = views.check_view.check_count

    dialog = _open_dialog(qtbot, main_window)
    assert dialog.select_backup(backup.name)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    [question] = dialogs.texts("question")
    assert question.startswith(
        f"{qsm_time(backup.taken_at)} のバックアップ(手動、登録 1件)から復元"
    )
    assert "今の内容は、復元の前にバックアップとして残します" in question
    assert "このバックアップの後に行った変更" in question and "なくなります" in question
    assert "履歴は、このバックアップの時点までのものが残ります" in question
    [done] = dialogs.texts("information")
    assert "から復元しました" in done and "「復元の前」のバックアップに残しています" in done
    assert not dialog.isVisible()

    # The database: the change is gone, the later registration too, history up to the backup.
    assert service.get(reg.id).destination == "a@example.jp"
    assert service.get(reg.id).title == "kept"
    with pytest.raises(NotFoundError):
        service.get(later.id)
    assert _history(service, reg.id) == kept_history
    # What the restore replaced was kept first (and can be restored in turn).
    saved = list_backups(main_window.context.db_path)[0]
    assert (saved.trigger_label, saved.registrations) == ("復元の前", 2)
    # Every view, through the change bus: the grid, the open form, 設定チェック.
    qtbot.waitUntil(lambda: _grid(main_window) == {reg.id: "a@example.jp"})
    qtbot.waitUntil(lambda: main_window.form.ui.destinationEdit.text() == "a@example.jp")
    assert main_window.form.editing_id == reg.id and not main_window.form.is_dirty()
    qtbot.waitUntil(lambda: views.check_view.check_count > checks_before)  # checked again
    assert views.checklist_view.stale  # QSMへの反映: rebuilt when shown again
    assert "から復元しました" in main_window.statusBar().currentMessage()


def test_a_form_on_a_registration_the_backup_does_not_hold_is_emptied(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService, dialogs: DialogRecorder
) -> None:
    service.register(RegistrationInput(18, "a@example.jp"))
    take_backup("manual")
    later = service.register(RegistrationInput(47, "new@example.jp")).registration
    main_window.search()
    assert main_window.open_registration(later.id)
    dialog = _open_dialog(qtbot, main_window)
    dialog.select_backup(list_backups(main_window.context.db_path)[0].name)
    assert dialog.restore_selected() is not None
    qtbot.waitUntil(lambda: main_window.form.editing_id is None)
    assert later.id not in _grid(main_window)


def test_unsaved_edits_are_asked_about_first(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService, dialogs: DialogRecorder
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    backup = take_backup("manual")
    service.modify(reg.id, Patch(destination="later@example.jp"))
    main_window.search()
    assert main_window.open_registration(reg.id)
    main_window.form.ui.titleEdit.setText("typed, not saved")
    dialog = _open_dialog(qtbot, main_window)
    dialog.select_backup(backup.name)
    # キャンセル on the unsaved form: nothing restored, the edits stay.
    dialogs.unsaved_answers.append(UnsavedChoice.CANCEL)
    assert dialog.restore_selected() is None
    assert [kind for kind, _text in dialogs.shown] == ["question", "unsaved"]
    assert service.get(reg.id).destination == "later@example.jp"
    assert [b.trigger for b in list_backups(main_window.context.db_path)] == ["manual"]
    assert main_window.form.ui.titleEdit.text() == "typed, not saved" and dialog.isVisible()
    # 破棄: restored, the form shows the backup's registration.
    dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)
    assert dialog.restore_selected() is not None
    qtbot.waitUntil(lambda: main_window.form.ui.destinationEdit.text() == "a@example.jp")
    assert not main_window.form.is_dirty() and service.get(reg.id).destination == "a@example.jp"


def test_cancel_changes_nothing(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService, dialogs: DialogRecorder
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    backup = take_backup("manual")
    service.modify(reg.id, Patch(destination="later@example.jp"))
    before = main_window.context.db_path.read_bytes()
    dialog = _open_dialog(qtbot, main_window)
    dialog.select_backup(backup.name)
    dialogs.yes_no_answers.append(False)  # キャンセル
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert len(dialogs.texts("question")) == 1 and not dialogs.texts("information")
    assert dialog.isVisible() and dialog.restored is None
    assert service.get(reg.id).destination == "later@example.jp"
    assert list_backups(main_window.context.db_path) == [backup]  # no 「復元の前」 either
    assert main_window.context.db_path.read_bytes() == before
    dialog.reject()


def test_a_refused_restore_is_said_next_to_the_list(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService, dialogs: DialogRecorder
) -> None:
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    backup = take_backup("manual")
    service.modify(reg.id, Patch(destination="later@example.jp"))
    dialog = _open_dialog(qtbot, main_window)
    dialog.select_backup(backup.name)
    data = backup.path.read_bytes()  # the backup file damaged after it was listed
    backup.path.write_bytes(data[:4096] + bytes([0x5A]) * (len(data) - 4096))
    assert dialog.restore_selected() is None
    label = dialog.ui.errorLabel
    assert label.isVisible()
    assert backup.name in label.text() and "データは変更していません" in label.text()
    assert label.toolTip()  # SQLite's own words, for whoever helps
    assert service.get(reg.id).destination == "later@example.jp"
    assert not dialogs.texts("information") and dialog.isVisible()
    dialog.reject()


# -- at start: a damaged database offers its newest good backup ---------------------------------


def _seeded(path: Path, *, before: int, after: int) -> BackupInfo:
    """A database with ``before`` registrations backed up, then ``after`` more; closed."""
    db = open_database(path)
    service = RegistrationService("tester")
    for n in range(before):
        service.register(RegistrationInput(18, f"r{n}@example.jp"))
    backup = take_backup("manual", db)
    for n in range(after):
        service.register(RegistrationInput(47, f"later{n}@example.jp"))
    db.close()
    return backup


def _overwrite_pages(path: Path, start: int, end: int | None = None) -> bytes:
    data = path.read_bytes()
    end = len(data) if end is None else end
    damaged = data[:start] + bytes([0x5A]) * (end - start) + data[end:]
    path.write_bytes(damaged)
    return damaged


def _run(monkeypatch: pytest.MonkeyPatch, started: list[MainWindow], path: Path, look: Any) -> int:
    """run_gui on ``path``; ``look(window)`` instead of the event loop, then the window closes."""

    def fake_exec(_app: QApplication) -> int:
        [window] = started
        look(window)
        window.close()
        window.form.preview.wait_for_worker()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return run_gui(AppContext(path, user="tester"))


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: DialogRecorder,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "qsm.db"
    backup = _seeded(path, before=5, after=3)
    damaged = _overwrite_pages(path, 4096)  # every page after the first
    seen: dict[str, Any] = {}

    def look(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: window.model.rowCount() == 5)
        seen["grid"] = sorted(_grid(window).values())
        # The app's own start installs ファイル >「バックアップから復元…」 after the first paint.
        qtbot.waitUntil(lambda: window.findChild(QAction, "actionRestoreBackup") is not None)

    assert _run(monkeypatch, started_windows, path, look) == 0
    [offer] = dialogs.texts("question")
    assert "壊れている" in offer and "正常なバックアップがあります" in offer
    assert f"{qsm_time(backup.taken_at)}(手動、登録 5件)" in offer and str(path) in offer
    assert not dialogs.texts("critical")
    [done] = dialogs.texts("information")
    assert "から復元しました" in done and "削除せずに" in done
    assert seen["grid"] == sorted(f"r{n}@example.jp" for n in range(5))
    # The damaged file is kept aside, byte for byte; the database is the backup's, whole.
    [aside] = tmp_path.glob("qsm.db.damaged-*")
    assert aside.read_bytes() == damaged and aside.name in done
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM registration").fetchone()[0] == 5
    conn.close()


def test_closing_the_offer_changes_nothing(
    qapp: QApplication,
    tmp_path: Path,
    dialogs: DialogRecorder,
    view_settings: Any,
    started_windows: list[MainWindow],
) -> None:
    path = tmp_path / "qsm.db"
    _seeded(path, before=2, after=1)
    damaged = _overwrite_pages(path, 4096)
    dialogs.yes_no_answers.append(False)  # 閉じる
    assert run_gui(AppContext(path, user="tester")) == EXIT_REFUSED
    assert len(dialogs.texts("question")) == 1 and not dialogs.texts("critical")
    assert path.read_bytes() == damaged and not list(tmp_path.glob("*.damaged-*"))
    assert not started_windows


def test_no_good_backup_is_the_plain_refusal(
    qapp: QApplication, tmp_path: Path, dialogs: DialogRecorder, view_settings: Any
) -> None:
    path = tmp_path / "qsm.db"
    backup = _seeded(path, before=2, after=0)
    _overwrite_pages(backup.path, 4096)  # the only backup is damaged too
    damaged = _overwrite_pages(path, 4096)
    assert run_gui(AppContext(path, user="tester")) == EXIT_REFUSED
    assert not dialogs.texts("question")
    [message] = dialogs.texts("critical")
    assert "データベースを開けませんでした" in message
    assert path.read_bytes() == damaged


def test_a_failed_integrity_check_after_the_fast_start_offers_the_backup(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: DialogRecorder,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The grid's rows read fine (the window paints them), but the day's first backup finds
    the file failing its integrity check: the offer comes after the first paint, and the grid
    then shows the backup's rows."""
    path = tmp_path / "qsm.db"
    backup = _seeded(path, before=4, after=2)
    # Taken yesterday: today's first open backs the file up and checks it.
    meta_path = backup.path.with_suffix(".json")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["taken_at"] = (datetime.now() - timedelta(days=1)).isoformat(sep=" ")
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    # An index the grid does not read, overwritten.
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        [root] = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'history_registration_id'"
        ).fetchone()
    conn.close()
    _overwrite_pages(path, (root - 1) * page_size, root * page_size)
    first = read_first_rows(path)
    assert first.rows is not None and len(first.rows) == 6  # what the first paint shows
    seen: dict[str, Any] = {}

    def look(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: window.model.rowCount() == 4)
        seen["grid"] = sorted(_grid(window).values())

    assert _run(monkeypatch, started_windows, path, look) == 0
    [offer] = dialogs.texts("question")
    assert "正常なバックアップがあります" in offer and "登録 4件" in offer
    assert seen["grid"] == sorted(f"r{n}@example.jp" for n in range(4))
    assert len(list(tmp_path.glob("qsm.db.damaged-*"))) == 1


def test_the_products_tab_follows_a_restore(
    qtbot: QtBot, main_window: MainWindow, dialogs: DialogRecorder, tmp_path: Path
) -> None:
    """Imported product files live in the same database: the 商品/在庫 tab lists them again."""
    from products_fixtures import goods_file, goods_row

    from qsm_desktop.core.products.importer import (
        import_files,
    )
    from qsm_desktop.gui.products import install_products_view

    backup = take_backup("manual")  # before any product file
    import_files(
        [goods_file(tmp_path / "GoodsList.csv", goods_row("100", "SC-100", "マグカップ", "980"))],
        operator="tester",
    )
    view = install_products_view(main_window, main_window.context)
    main_window.ui.mainTabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.tree_proxy.rowCount() == 1, timeout=15000)
    dialog = _open_dialog(qtbot, main_window)
    dialog.select_backup(backup.name)
    assert dialog.restore_selected() is not None
    qtbot.waitUntil(lambda: view.tree_proxy.rowCount() == 0, timeout=15000)
    assert view.wait_for_workers(15000)
