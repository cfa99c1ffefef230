"""GUI start-up (run_gui), remembered layout, and the PySide6-on-Python-3.11 work-around."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.gui.app import EXIT_REFUSED, run_gui
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.registration_columns import (
    COL_CREATED_AT,
    COL_DESTINATION,
    COL_ENABLED,
    COL_NAME,
    COL_TEMPLATE_NO,
    COLUMN_COUNT,
)
from qsm_desktop.gui.table_look import free_width, text_width
from qsm_desktop.gui.view_settings import ViewSettings

ROOT = Path(__file__).resolve().parents[1]


def test_database_too_new_is_a_clear_message(
    qapp: QApplication, tmp_path: Path, dialogs: Any, view_settings: Any
) -> None:
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert run_gui(AppContext(path)) == EXIT_REFUSED
    [message] = dialogs.texts("critical")
    assert "より新しいバージョン" in message and str(path) in message
    with sqlite3.connect(path) as conn:  # untouched
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 999


def test_damaged_database_is_a_clear_message(
    qapp: QApplication, tmp_path: Path, dialogs: Any, view_settings: Any
) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database" * 100)
    assert run_gui(AppContext(path)) == EXIT_REFUSED
    [message] = dialogs.texts("critical")
    assert "データベースを開けませんでした" in message
    # Steps a seller can take from the desktop (no command-line option), the data untouched,
    # and SQLite's English only under 詳細.
    assert "--db" not in message and "データは変更していません" in message
    assert "QSM Desktop があれば、すべて閉じる" in message and str(path) in message
    assert "not a database" not in message and "not a database" in dialogs.details[-1]


def test_run_gui_shows_the_main_window(
    qapp: QApplication,
    tmp_path: Path,
    dialogs: Any,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, Any] = {}

    def fake_exec(_app: QApplication) -> int:
        """Instead of running the event loop (which a test process must not quit): look, close."""
        windows = list(started_windows)
        seen["titles"] = [w.windowTitle() for w in windows if w.isVisible()]
        seen["tab"] = windows[0].ui.mainTabs.tabText(0)
        seen["operator"] = windows[0].service.operator
        for window in windows:
            window.close()
            window.form.preview.wait_for_worker()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(AppContext(tmp_path / "new.db", user="hasegawa")) == 0
    assert seen == {
        "titles": ["お知らせ設定データ — new.db"],  # Qt adds 「 — QSM Desktop」 on screen
        "tab": "お知らせ設定データ",
        "operator": "hasegawa",
    }


def test_column_widths_order_sort_and_splitters_are_remembered(
    qtbot: Any,
    service: RegistrationService,
    app_context: AppContext,
    view_settings: ViewSettings,
    dialogs: Any,
) -> None:
    service.register(RegistrationInput(18, "b@example.jp"))
    service.register(RegistrationInput(1, "a@example.jp"))
    first = MainWindow(app_context, view_settings)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    header = first.ui.registrationTable.horizontalHeader()
    header.resizeSection(COL_DESTINATION, 333)
    header.moveSection(header.visualIndex(COL_DESTINATION), 0)
    first.ui.registrationTable.sortByColumn(COL_TEMPLATE_NO, Qt.SortOrder.AscendingOrder)
    first.ui.mainSplitter.setSizes([111, 500])
    sizes = first.ui.mainSplitter.sizes()
    first.close()
    assert Path(view_settings.file_name).is_file()

    second = MainWindow(app_context, ViewSettings())
    qtbot.addWidget(second)
    second.resize(1200, 800)
    second.show()
    header = second.ui.registrationTable.horizontalHeader()
    assert header.sectionSize(COL_DESTINATION) == 333
    assert header.visualIndex(COL_DESTINATION) == 0
    assert header.sortIndicatorSection() == COL_TEMPLATE_NO
    assert [second.proxy.index(r, COL_TEMPLATE_NO).data() for r in range(2)] == [1, 18]
    assert second.ui.mainSplitter.sizes() == sizes
    second.reset_columns()
    assert header.visualIndex(COL_DESTINATION) == COL_DESTINATION + 1  # after 登録番号
    assert header.sortIndicatorSection() == -1
    second.close()


def test_default_columns_fit_a_1400_px_window(
    qtbot: Any,
    service: RegistrationService,
    app_context: AppContext,
    view_settings: ViewSettings,
    dialogs: Any,
) -> None:
    """Measured columns (dates, 使用 = N drawn bold after its icon) and テンプレート名/送信先
    sharing the rest: no horizontal scroll bar at 1400 px."""
    service.register(RegistrationInput(18, "kamochei@pullback.co.jp"))
    window = MainWindow(app_context, view_settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    table = window.ui.registrationTable
    header = table.horizontalHeader()
    total = lambda: sum(header.sectionSize(c) for c in range(header.count()))  # noqa: E731
    # テンプレート名 and 送信先 take the rest when the grid is first painted
    qtbot.waitUntil(lambda: free_width(table) - COLUMN_COUNT <= total() <= free_width(table))
    # the scroll bar's range follows the resized sections in the view's next layout pass
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(COL_CREATED_AT) >= text_width(table, "2015-04-17 15:36")
    assert header.sectionSize(COL_ENABLED) >= text_width(table, "N (転送なし)", bold=True) + 16
    assert header.sectionSize(COL_NAME) < header.sectionSize(COL_DESTINATION)
    window.form.reset()
    window.close()


def test_the_preview_body_has_room_at_860_px(qtbot: Any, main_window: MainWindow) -> None:
    main_window.resize(1400, 860)
    html = main_window.form.ui.previewHtml
    qtbot.waitUntil(lambda: html.isVisible())
    qtbot.waitUntil(lambda: main_window.height() == 860)
    assert html.viewport().height() >= 12 * html.fontMetrics().lineSpacing()


def test_settings_live_in_the_temp_folder(view_settings: ViewSettings, tmp_path: Path) -> None:
    assert Path(view_settings.file_name).is_relative_to(tmp_path)


def test_tabs_can_be_added(main_window: MainWindow) -> None:
    index = main_window.add_tab(QWidget(), "商品/在庫")
    assert main_window.ui.mainTabs.tabText(index) == "商品/在庫"
    assert main_window.ui.mainTabs.tabText(0) == "お知らせ設定データ"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_many_void_calls_do_not_abort_the_interpreter() -> None:
    """PySide6 6.12.0 aborts here with 'deallocating None' on Python 3.11 (see pyproject)."""
    code = (
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for i in range(200_000):\n"
        "    o.setObjectName('x')\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_product_chosen_in_products_tab_becomes_the_preview_item(
    main_window: MainWindow,
) -> None:
    from qsm_desktop.gui.app import install_products_tab

    view = install_products_tab(main_window, main_window.context)
    titles = [main_window.ui.mainTabs.tabText(i) for i in range(main_window.ui.mainTabs.count())]
    assert "商品/在庫" in titles
    preview = main_window.form.preview
    item = {"ITEM_CODE": "1001234567", "ITEM_NM": "ベーシック半袖Tシャツ", "ORDER_PRICE": "1980"}
    view.sample_item_chosen.emit(item)
    assert main_window.ui.mainTabs.currentIndex() == 0
    values = preview.current_values()
    assert values["ITEM_NM"] == "ベーシック半袖Tシャツ" and values["ORDER_PRICE"] == "1980"
    assert "ベーシック半袖Tシャツ" in main_window.statusBar().currentMessage()
    combo = main_window.form.ui.sampleCombo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert preview.item_values == {}
    assert preview.current_values().get("ITEM_NM") != "ベーシック半袖Tシャツ"


def test_qt_dialog_buttons_are_japanese() -> None:
    from PySide6.QtCore import QCoreApplication

    from qsm_desktop.gui.app import application

    application()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"


def test_operator_name_set_from_the_file_menu(
    main_window: MainWindow, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from qsm_desktop.core.settings import operator_name
    from qsm_desktop.gui.app import install_operator_action

    answers = iter([("  ", True), ("長谷川", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    install_operator_action(main_window, main_window.context).trigger()
    assert dialogs.texts("warning") == ["担当者名を入力してください。"]
    assert main_window.service.operator == "長谷川" == operator_name()
    report = main_window.service.register(RegistrationInput(1, "a@example.jp"))
    assert report.registration.created_by == "長谷川"
