"""The 商品/在庫 tab in the real main window (pytest-qt, offscreen).

Import by menu and by drop (in a worker, with progress), a cancelled import that keeps nothing,
search, a finding's double-click selecting its product, the Shift_JIS export's refusal and
replacement, and the sample item for the preview.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from products_fixtures import (
    goods_file,
    goods_row,
    inventory_file,
    option_row,
    stored_cells,
    stored_counts,
    write_csv,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QTreeView,
)

from qsm_desktop.core.products.checks import (
    Finding,
)
from qsm_desktop.core.products.columns import (
    GOODS,
)
from qsm_desktop.core.products.errors import (
    ImportCancelled,
    ProductImportError,
)
from qsm_desktop.core.products.importer import (
    ImportReport,
)
from qsm_desktop.core.products.records import (
    current_import,
)
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.messages import UnsavedChoice
from qsm_desktop.gui.products import (
    ProductsTab,
    install_products_tab,
    install_products_view,
)
from qsm_desktop.gui.products import browse as browse_module
from qsm_desktop.gui.products import findings as findings_module
from qsm_desktop.gui.products import jobs as jobs_module
from qsm_desktop.gui.products.common import ITEM_NO_ROLE, OPTION_ROLE
from qsm_desktop.gui.products.view import CHECK, SEARCH, ProductsView

WAIT_MS = 15000


@pytest.fixture
def view(main_window: MainWindow, qtbot: Any) -> Iterator[ProductsView]:
    products = install_products_view(main_window, main_window.context)
    main_window.ui.mainTabs.setCurrentWidget(products)
    _settle(qtbot, products)  # the first list is read when the tab is shown
    yield products
    assert products.wait_for_workers(WAIT_MS)
    assert products.runner._pool.activeThreadCount() == 0  # no job left running


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """GoodsList.csv (CP932) and gridInventory (UTF-8 with BOM) of three products."""
    return {
        "goods": goods_file(
            tmp_path / "GoodsList.csv",
            goods_row("100", "SC-100", "ベーシックTシャツ", "1,980", quantity="9"),
            goods_row("200", "SC-200", "長袖Tシャツ(キッズ用)", "2,480", quantity="3"),
            goods_row("300", "SC-300", "マグカップ", "980", quantity="5"),
        ),
        "inventory": inventory_file(
            tmp_path / "InventoryManagement_gridInventory.csv",
            option_row("100", detail1="赤", detail2="M", quantity="4", option_code="A-1"),
            option_row(
                "100", detail1="青", detail2="L", price="300", quantity="5", option_code="A-2"
            ),
            option_row("300", "SC-300", option1="柄", detail1="ねこ(白)", option2="", detail2=""),
            encoding="utf-8-sig",
        ),
    }


def _settle(qtbot: Any, view: ProductsView) -> None:
    """Until the search and the link check the view started have been shown."""
    qtbot.waitUntil(
        lambda: not view.runner.is_busy(SEARCH) and not view.runner.is_busy(CHECK),
        timeout=WAIT_MS,
    )


def _import(qtbot: Any, view: ProductsView, *paths: Path) -> object:
    with qtbot.waitSignal(view.import_finished, timeout=WAIT_MS) as blocker:
        view.import_paths(list(paths))
    _settle(qtbot, view)
    return blocker.args[0]


def _status(view: ProductsView) -> str:
    window = view.window()
    assert isinstance(window, QMainWindow)
    return window.statusBar().currentMessage()


def _listed(view: ProductsView) -> list[str]:
    proxy = view.tree_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _menu_action(window: MainWindow, name: str) -> QAction:
    for action in window.ui.menuFile.actions():
        menu = action.menu()
        candidates = [action, *(menu.actions() if isinstance(menu, QMenu) else [])]
        for candidate in candidates:
            if candidate.objectName() == name:
                return candidate
    raise AssertionError(f"no {name} in the ファイル menu")


def _double_click_row(qtbot: Any, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the tab and the menu -----------------------------------------------------------------------


def test_installed_tab_menu_and_empty_state(main_window: MainWindow, view: ProductsView) -> None:
    tabs = main_window.ui.mainTabs
    assert tabs.tabText(view.tab_index) == "商品/在庫"
    assert tabs.widget(view.tab_index) is view
    texts = [a.text() for a in main_window.ui.menuFile.actions()]
    assert "商品CSVを取り込む…(&P)" in texts
    assert "Shift_JIS で書き出す(&J)" in texts
    assert texts.index("商品CSVを取り込む…(&P)") < texts.index(main_window.ui.actionQuit.text())
    assert "まだ取り込まれていません" in view.result_label.text()
    assert "GoodsList.csv: 未取り込み" in view.imports_label.text()
    assert not view.action_sample.isEnabled()
    assert not any(a.isEnabled() for a in view.kind_actions())  # nothing to export yet


def test_import_by_menu_shows_a_summary_and_lists_products(
    main_window: MainWindow,
    view: ProductsView,
    files: dict[str, Path],
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = [str(files["goods"]), str(files["inventory"])]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: (chosen, ""))
    )
    with qtbot.waitSignal(view.import_finished, timeout=WAIT_MS) as blocker:
        _menu_action(main_window, "actionImportProducts").trigger()
    _settle(qtbot, view)
    reports = blocker.args[0]
    assert [type(r) for r in reports] == [ImportReport, ImportReport]
    [summary] = dialogs.texts("information")
    assert "GoodsList.csv: 販売商品の情報 3 件 [Shift_JIS (CP932)]" in summary
    assert "組合型オプション情報照会 3 件 [UTF-8 (BOM付き)]" in summary
    assert _listed(view) == ["100", "200", "300"]
    assert "3 件の商品 (オプション 3 件)" in view.result_label.text()
    assert "GoodsList.csv: 3 行 · Shift_JIS (CP932)" in view.imports_label.text()
    assert "tester" in view.imports_label.toolTip()
    # the link check ran after the import
    assert view.findings is not None and view.finding_model.rowCount() > 0
    assert "エラー" in view.findings_summary.text()
    assert all(a.isEnabled() for a in view.kind_actions())


def test_import_error_is_one_line_and_keeps_nothing(
    view: ProductsView, tmp_path: Path, dialogs: Any, qtbot: Any
) -> None:
    bad = goods_file(tmp_path / "GoodsList.csv", goods_row(), goods_row("101", price="千円"))
    result = _import(qtbot, view, bad)
    assert isinstance(result, ProductImportError)
    [message] = dialogs.texts("critical")
    assert message == str(result)
    assert "GoodsList.csv 3行目「販売価格」列" in message and "何も取り込んでいません" in message
    assert "\n" not in message
    assert stored_counts() == (0, 0, 0)


def _big_goods(path: Path, rows: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_csv(
        path,
        [goods_row(str(10_000 + i), f"SC-{i}", f"商品{i}") for i in range(rows)],
        encoding="cp932",
    )


def test_cancelled_import_keeps_nothing(
    view: ProductsView, files: dict[str, Path], tmp_path: Path, dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"])
    before = stored_cells("goods")
    big = _big_goods(tmp_path / "big" / "GoodsList.csv", 12_000)  # several progress reports

    # The worker waits in its first progress report (after a chunk of rows is stored) until
    # the test has pressed キャンセル: the cancel lands mid-import, every time.
    reached, release = threading.Event(), threading.Event()

    def hold(done: object, _total: object) -> None:  # runs in the worker thread
        if isinstance(done, int) and done > 0 and not reached.is_set():
            reached.set()
            release.wait(WAIT_MS / 1000)

    def started(job: Any) -> None:
        job.progressed.connect(hold, Qt.ConnectionType.DirectConnection)

    view.import_started.connect(started)
    with qtbot.waitSignal(view.import_finished, timeout=WAIT_MS) as blocker:
        job = view.import_paths([big])
        assert job is not None
        qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
        dialog = view.progress_dialog
        assert dialog is not None
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "キャンセル"
        cancel.click()
        assert job.cancelled
        release.set()
    assert isinstance(blocker.args[0], ImportCancelled)
    assert dialogs.texts("critical") == []
    assert "何も取り込んでいません" in view.result_label.text()
    assert "何も取り込んでいません" in _status(view)
    assert stored_cells("goods") == before  # the earlier import is untouched
    entry = current_import(GOODS)
    assert entry is not None and entry.row_count == 3
    assert view.progress_dialog is None and view.import_job is None
    assert view.action_import.isEnabled()


def test_progress_dialog_follows_the_import(
    view: ProductsView, tmp_path: Path, dialogs: Any, qtbot: Any
) -> None:
    big = _big_goods(tmp_path / "GoodsList.csv", 6000)
    seen: list[tuple[int, int]] = []
    view.import_started.connect(
        lambda job: job.progressed.connect(lambda d, t: seen.append((d, t)))
    )
    result = _import(qtbot, view, big)
    assert isinstance(result, list) and result[0].rows == 6000
    size = big.stat().st_size
    assert seen[0] == (0, size) and seen[-1] == (size, size)
    assert view.tree_model.rowCount() == 1000 and view.truncated
    assert "先頭 1,000 件を表示しています" in view.result_label.text()


# -- drops ----------------------------------------------------------------------------------------


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag_enter(target: Any, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event


def _drop(target: Any, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event


def test_dropping_csv_files_on_the_window_imports_them(
    main_window: MainWindow, view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    main_window.ui.mainTabs.setCurrentIndex(0)
    mime = _mime(files["goods"], files["inventory"])
    assert main_window.acceptDrops()
    assert _drag_enter(main_window, mime).isAccepted()
    with qtbot.waitSignal(view.import_finished, timeout=WAIT_MS) as blocker:
        assert _drop(main_window, mime).isAccepted()
    _settle(qtbot, view)
    assert [r.kind for r in blocker.args[0]] == ["goods", "inventory"]
    assert main_window.ui.mainTabs.currentWidget() is view
    assert stored_counts() == (3, 3, 2)
    assert _listed(view) == ["100", "200", "300"]


def test_drop_on_a_line_edit_imports_instead_of_pasting(
    main_window: MainWindow, view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    mime = _mime(files["goods"])
    edit = view.search_edit
    assert _drag_enter(edit, mime).isAccepted()
    with qtbot.waitSignal(view.import_finished, timeout=WAIT_MS):
        _drop(edit, mime)
    _settle(qtbot, view)
    assert edit.text() == ""
    assert stored_counts()[0] == 3


def test_a_mixed_drop_imports_the_csv_and_says_what_was_left(
    main_window: MainWindow,
    view: ProductsView,
    files: dict[str, Path],
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
) -> None:
    other = tmp_path / "memo.txt"
    other.write_text("メモ", encoding="utf-8")
    mime = _mime(files["goods"], other)
    assert _drag_enter(main_window, mime).isAccepted()
    with qtbot.waitSignal(view.import_finished, timeout=WAIT_MS):
        _drop(main_window, mime)
    _settle(qtbot, view)
    assert stored_counts() == (3, 0, 1)
    assert "CSV 以外のファイルは取り込みません: memo.txt" in (
        main_window.statusBar().currentMessage()
    )


def test_other_drags_are_left_alone(
    main_window: MainWindow, view: ProductsView, tmp_path: Path
) -> None:
    other = tmp_path / "GoodsList.xlsx"
    other.write_bytes(b"PK\x03\x04")
    assert not _drag_enter(main_window, _mime(other)).isAccepted()
    text = QMimeData()
    text.setText("商品")
    assert not _drag_enter(main_window, text).isAccepted()


# -- search ------------------------------------------------------------------------------------------


def test_search_by_item_no_seller_code_or_name(
    view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"], files["inventory"])
    edit = view.search_edit
    for text, expected in (
        ("マグ", ["300"]),
        ("sc-200", ["200"]),  # case- and width-insensitive
        ("２００", ["200"]),
        ("Tシャツ", ["100", "200"]),
        ("ねこ", ["300"]),  # an option's text finds its product
        ("該当なし", []),
        ("", ["100", "200", "300"]),
    ):
        edit.setText(text)
        with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert _listed(view) == expected, text
    edit.setText("該当なし")
    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert "一致する商品はありません" in view.result_label.text()


def test_a_newer_search_drops_the_older_result(
    view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"])
    dropped: list[int] = []
    view.runner.dropped.connect(lambda _name, generation: dropped.append(generation))
    view.search_edit.setText("マグ")
    first = view.search()
    view.search_edit.setText("長袖")
    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        view.search()
    _settle(qtbot, view)
    assert _listed(view) == ["200"]
    assert dropped == [first]


def test_display_limit_note(
    view: ProductsView,
    files: dict[str, Path],
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(browse_module, "DISPLAY_LIMIT", 2)
    _import(qtbot, view, files["goods"])
    assert _listed(view) == ["100", "200"]
    assert "先頭 2 件を表示しています" in view.result_label.text()


# -- findings → the product ----------------------------------------------------------------------------


def _finding_row(view: ProductsView, code: str, kind: str) -> int:
    proxy = view.finding_proxy
    for row in range(proxy.rowCount()):
        finding = proxy.finding_at(row)
        if finding is not None and finding.code == code and finding.kind == kind:
            return row
    raise AssertionError(f"no {code} finding in {kind}")


def test_double_click_on_a_finding_selects_the_product(
    view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"], files["inventory"])
    table, tree = view.findings_view, view.tree
    row = _finding_row(view, "paren-in-name", "goods")
    with qtbot.waitSignal(view.product_shown, timeout=WAIT_MS) as blocker:
        _double_click_row(qtbot, table, row)
    assert blocker.args == ["200"]
    current = tree.currentIndex()
    assert current.data(ITEM_NO_ROLE) == "200" and current.data(OPTION_ROLE) is None
    assert tree.selectionModel().isRowSelected(current.row(), current.parent())
    assert "長袖Tシャツ(キッズ用)" in view.detail_label.text()


def test_a_finding_on_an_option_line_selects_the_option(
    view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"], files["inventory"])
    tree: QTreeView = view.tree
    tree.collapseAll()
    row = _finding_row(view, "paren-in-name", "inventory")
    finding = view.finding_proxy.finding_at(row)
    assert isinstance(finding, Finding) and finding.line == 4
    _double_click_row(qtbot, view.findings_view, row)
    current = tree.currentIndex()
    option = current.data(OPTION_ROLE)
    assert option is not None and option.line == 4 and option.item_no == "300"
    assert tree.isExpanded(current.parent())
    assert tree.selectionModel().isRowSelected(current.row(), current.parent())


def test_a_finding_outside_the_list_searches_for_its_product(
    view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"], files["inventory"])
    view.search_edit.setText("マグ")
    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        view.search()
    assert _listed(view) == ["300"]
    row = _finding_row(view, "paren-in-name", "goods")
    with qtbot.waitSignal(view.product_shown, timeout=WAIT_MS):
        _double_click_row(qtbot, view.findings_view, row)
    assert view.search_edit.text() == "200"
    assert view.tree.currentIndex().data(ITEM_NO_ROLE) == "200"


def test_severity_filter(
    view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"], files["inventory"])
    errors, warnings = view.finding_model.counts()
    view.severity_filter.setCurrentIndex(view.severity_filter.findData("warning"))
    assert view.finding_proxy.rowCount() == warnings
    assert f"{warnings} 件を表示" in view.findings_summary.text()
    view.severity_filter.setCurrentIndex(0)
    assert view.finding_proxy.rowCount() == errors + warnings


# -- Shift_JIS export ---------------------------------------------------------------------------------


def test_export_refused_then_replaced(
    main_window: MainWindow,
    view: ProductsView,
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = goods_file(
        tmp_path / "GoodsList.csv",
        goods_row("100", name="限定🎁セット"),
        goods_row("101", name="髙橋さんの〜ギフト"),
        encoding="utf-8",
    )
    _import(qtbot, view, source)
    out = tmp_path / "out" / "GoodsList_sjis.csv"
    out.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    asked: list[str] = []
    answers = [("🎁", True), ("〓", True)]  # first a character Shift_JIS cannot carry either

    def get_item(_parent: Any, _title: str, label: str, items: list[str], *_a: Any) -> Any:
        asked.append(label)
        assert items[0] == "〓"
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS) as blocker:
        _menu_action(main_window, "actionExportSjis_goods").trigger()
    label = asked[0]
    assert len(asked) == 2 and asked[1] == label
    assert "Shift_JIS (CP932) で書けない文字が 2 個" in label
    assert "2行目「商品名」「🎁」(U+1F381)" in label
    assert "3行目「商品名」「〜」(U+301C)" in label
    assert "置き換えの" not in label  # the dialog offers one character, not a rule list
    [refusal] = dialogs.texts("critical")
    assert "置き換え文字" in refusal
    report = blocker.args[0]
    assert report.replaced == 2
    text = out.read_bytes().decode("cp932")
    assert "限定〓セット" in text and "髙橋さんの〓ギフト" in text
    [done] = dialogs.texts("information")[-1:]
    assert "2 文字を「〓」に置き換え" in done


def test_export_refusal_cancelled_writes_nothing(
    view: ProductsView,
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _import(
        qtbot, view, goods_file(tmp_path / "GoodsList.csv", goods_row(name="🎁"), encoding="utf-8")
    )
    out = tmp_path / "GoodsList_sjis.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: ("", False)))
    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as blocker:
        assert view.export_kind(GOODS)
    assert "ファイルは作成していません" in blocker.args[0]
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_clean_export_needs_no_question(
    view: ProductsView,
    files: dict[str, Path],
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _import(qtbot, view, files["inventory"])
    out = tmp_path / "inv_sjis.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *_a, **_k: pytest.fail("asked"))
    )
    from qsm_desktop.core.products.columns import (
        INVENTORY,
    )

    with qtbot.waitSignal(view.exported, timeout=WAIT_MS):
        view.export_kind(INVENTORY)
    assert out.read_bytes().decode("cp932").startswith("商品番号,販売者コード")
    assert not view.export_kind(GOODS)  # not imported: said, not attempted
    assert "まだ取り込まれていません" in dialogs.texts("critical")[-1]


# -- the sample item ----------------------------------------------------------------------------------


def test_product_or_option_as_the_preview_sample(
    main_window: MainWindow, view: ProductsView, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    _import(qtbot, view, files["goods"], files["inventory"])
    tree, proxy = view.tree, view.tree_proxy
    product = proxy.index(0, 0)
    option = proxy.index(1, 0, product)  # 青 / L, +300
    tree.setCurrentIndex(option)
    assert view.action_sample.isEnabled()
    with qtbot.waitSignal(view.sample_item_chosen, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == {
        "ITEM_CODE": "100",
        "SELLER_ITEM_CODE": "SC-100",
        "ITEM_NM": "ベーシックTシャツ",
        "OPTION_NM": "カラー:青 / サイズ:L",
        "OPTION_CODE": "A-2",
        "ORDER_PRICE": "2280",
    }
    main_window.ui.mainTabs.setCurrentWidget(view)
    tree.setCurrentIndex(proxy.index(2, 0))
    # One note in the status bar, from whoever puts the item into the preview: the view itself
    # says nothing that would be overwritten at once.
    with (
        qtbot.waitSignal(view.sample_item_chosen, timeout=WAIT_MS) as blocker,
        qtbot.assertNotEmitted(view.message),
    ):
        view.action_sample.trigger()
    assert blocker.args[0] == {
        "ITEM_CODE": "300",
        "SELLER_ITEM_CODE": "SC-300",
        "ITEM_NM": "マグカップ",
        "OPTION_NM": "",
        "OPTION_CODE": "",
        "ORDER_PRICE": "980",
    }
    assert "プレビューの見本の商品: 300" in _status(view)
    assert "サンプル注文を選び直すと元に戻ります" in _status(view)
    assert main_window.ui.mainTabs.currentIndex() == 0  # the preview is on the first tab
    assert main_window.form.preview.item_values["ITEM_CODE"] == "300"


def test_closing_during_an_import_asks_and_rolls_back(
    main_window: MainWindow,
    view: ProductsView,
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
) -> None:
    big = _big_goods(tmp_path / "GoodsList.csv", 12_000)
    reached, release = threading.Event(), threading.Event()

    def hold(done: object, _total: object) -> None:
        if isinstance(done, int) and done > 0 and not reached.is_set():
            reached.set()
            release.wait(WAIT_MS / 1000)

    view.import_started.connect(
        lambda job: job.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    )
    dialogs.yes_no_answers = [False, True]  # 取り込みを続ける, then 中止して閉じる
    assert view.import_paths([big]) is not None
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    assert not main_window.close()
    assert main_window.isVisible()
    release_timer = threading.Timer(0.2, release.set)
    release_timer.start()
    try:
        assert main_window.close()
    finally:
        release_timer.cancel()
        release.set()
    assert len(dialogs.texts("question")) == 2
    assert not view.runner.is_busy("import") or view.runner._pool.activeThreadCount() == 0
    assert stored_counts() == (0, 0, 0)


def test_closing_asks_every_question_before_anything_stops(
    main_window: MainWindow,
    view: ProductsView,
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """キャンセル to the unsaved form (or 取り込みを続ける) leaves the import and the safety
    views running: they stop only once every question was answered yes."""
    from qsm_desktop.gui.safety import install_safety_views

    safety = install_safety_views(main_window, main_window.context)
    stopped: list[str] = []
    monkeypatch.setattr(safety, "shutdown", lambda: stopped.append("safety"))
    monkeypatch.setattr(view, "save_layout", lambda: stopped.append("products layout"))
    big = _big_goods(tmp_path / "GoodsList.csv", 12_000)
    reached, release = threading.Event(), threading.Event()

    def hold(done: object, _total: object) -> None:
        if isinstance(done, int) and done > 0 and not reached.is_set():
            reached.set()
            release.wait(WAIT_MS / 1000)

    view.import_started.connect(
        lambda job: job.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    )
    job = view.import_paths([big])
    assert job is not None
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    main_window.form.ui.destinationEdit.setText("unsaved@example.jp")  # a dirty form
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    dialogs.yes_no_answers = [False]  # 取り込みを続ける
    try:
        assert not main_window.close()  # キャンセル: nothing else asked, nothing stopped
        assert dialogs.texts("question") == []
        assert not job.cancelled and view.import_job is job
        assert stopped == []
        assert not main_window.close()  # 破棄, then 取り込みを続ける: still nothing stopped
        assert len(dialogs.texts("unsaved")) == 2 and len(dialogs.texts("question")) == 1
        assert not job.cancelled and view.import_job is job
        assert stopped == []
        assert main_window.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: view.import_job is None, timeout=WAIT_MS)
    assert main_window.close()  # nothing to ask now: every part stops
    assert stopped == ["products layout", "safety"]


def test_the_tab_is_built_when_first_needed(
    main_window: MainWindow, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    """Installing adds the tab, the ファイル menu entries and drops; the view (its imports and
    queries) waits until the tab is shown or a menu action or a drop needs it."""
    tabs = main_window.ui.mainTabs
    installed = install_products_tab(main_window, main_window.context)
    assert isinstance(installed, ProductsTab) and not installed.built
    assert tabs.tabText(installed.tab_index) == "商品/在庫"
    stand_in = tabs.widget(installed.tab_index)
    assert stand_in is not None and stand_in.objectName() == "deferredTabStandIn"
    assert main_window.findChild(ProductsView) is None
    texts = [a.text() for a in main_window.ui.menuFile.actions()]
    assert "商品CSVを取り込む…(&P)" in texts and "Shift_JIS で書き出す(&J)" in texts
    # Opening the export menu builds the view: its actions know which files are imported.
    installed.export_menu.aboutToShow.emit()
    assert installed.built
    view = installed.view
    assert tabs.widget(installed.tab_index) is view
    assert _menu_action(main_window, "actionExportSjis_goods") in view.kind_actions()
    # The menu's 取り込む follows the view's own action (off while an import runs).
    menu_import = _menu_action(main_window, "actionImportProducts")
    assert menu_import.isEnabled()
    view.action_import.setEnabled(False)
    assert not menu_import.isEnabled()
    view.action_import.setEnabled(True)
    assert menu_import.isEnabled()


def test_a_drop_builds_the_tab_and_imports(
    main_window: MainWindow, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    installed = install_products_tab(main_window, main_window.context)
    assert not installed.built
    mime = _mime(files["goods"])
    assert _drag_enter(main_window, mime).isAccepted()
    assert _drop(main_window, mime).isAccepted()
    qtbot.waitUntil(lambda: installed.built, timeout=WAIT_MS)
    view = installed.view
    qtbot.waitUntil(lambda: view.import_job is None and view.findings is not None, timeout=WAIT_MS)
    _settle(qtbot, view)
    assert main_window.ui.mainTabs.currentWidget() is view
    assert _listed(view) == ["100", "200", "300"]
    assert view.wait_for_workers(WAIT_MS)


def test_imports_are_recorded_under_the_current_operator_name(
    main_window: MainWindow, files: dict[str, Path], dialogs: Any, qtbot: Any
) -> None:
    """The 担当者名 changed after the tab was built still reaches the import's record."""
    view = install_products_view(main_window, main_window.context)
    main_window.service.operator = "長谷川"
    _import(qtbot, view, files["goods"])
    entry = current_import(GOODS)
    assert entry is not None and entry.imported_by == "長谷川"
    assert view.wait_for_workers(WAIT_MS)


# -- failures: what to do in the seller's words, the raw error only as detail -----------------------


def _raise(error: Exception) -> Any:
    def fail(*_args: object, **_kwargs: object) -> Any:
        raise error

    return fail


def test_a_failed_search_or_check_says_to_try_again(
    view: ProductsView, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        locked = sqlite3.OperationalError("database is locked")
        patch.setattr(browse_module, "search_products", _raise(locked))
        view.search()
        _settle(qtbot, view)
        assert (
            view.result_label.text() == "検索できませんでした。もう一度【検索】を押してください。"
        )
        assert "database is locked" in view.result_label.toolTip()
        broken = sqlite3.OperationalError("disk I/O error")
        patch.setattr(findings_module, "check_products", _raise(broken))
        view.run_check()
        _settle(qtbot, view)
        assert "もう一度【リンクチェック】" in view.findings_summary.text()
        assert "disk I/O error" not in view.findings_summary.text()
        assert "disk I/O error" in view.findings_summary.toolTip()
    with qtbot.waitSignal(view.searched, timeout=WAIT_MS):
        view.search()
    assert view.result_label.toolTip() == ""  # the detail went with the failure


def test_a_failed_import_or_export_says_what_to_do(
    view: ProductsView,
    files: dict[str, Path],
    tmp_path: Path,
    dialogs: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as patch:
        broken = sqlite3.OperationalError("disk I/O error")
        patch.setattr(jobs_module, "import_files", _raise(broken))
        result = _import(qtbot, view, files["goods"])
    assert result is broken
    [message] = dialogs.texts("critical")
    assert "何も取り込んでいません" in message and "もう一度取り込んでください" in message
    assert "disk I/O error" not in message and "disk I/O error" in dialogs.details[-1]
    _import(qtbot, view, files["goods"])
    denied = PermissionError(13, "Permission denied")
    monkeypatch.setattr(jobs_module, "export_sjis", _raise(denied))
    view.start_export(GOODS, str(tmp_path / "out.csv"))
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    message = dialogs.texts("critical")[-1]
    assert message.startswith("書き出せませんでした。") and "もう一度書き出して" in message
    assert "Permission" not in message and "Permission denied" in dialogs.details[-1]
