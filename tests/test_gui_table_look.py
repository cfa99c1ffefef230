"""Column widths come from measured text (header, samples, bold, icons), never from a char count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTreeView

from qsm_desktop.gui.severity import error_icon, warning_icon
from qsm_desktop.gui.table_look import (
    CELL_PADDING,
    HEADER_PADDING,
    Sample,
    column_width,
    fit_columns,
    free_width,
    share_width,
    text_width,
)


def _view(qtbot: Any, headers: list[str], view_class: type = QTableView) -> Any:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = view_class()
    qtbot.addWidget(view)
    view.setModel(model)
    view._model = model  # kept alive with the view
    return view


def test_a_column_fits_its_longest_sample_or_its_header(qtbot: Any) -> None:
    view = _view(qtbot, ["終了日", "テンプレートグループ名"])
    date = "2030-12-31 23:59"
    fit_columns(view, {0: ("2030-1-1", date), 1: "99"})
    header = view.horizontalHeader()
    assert header.sectionSize(0) == view.fontMetrics().horizontalAdvance(date) + CELL_PADDING
    title = header.fontMetrics().horizontalAdvance("テンプレートグループ名")
    assert header.sectionSize(1) == title + HEADER_PADDING


def test_japanese_is_measured_not_counted(qtbot: Any) -> None:
    """Two samples of the same length in characters: the double-width one is wider."""
    view = _view(qtbot, ["", ""])
    fit_columns(view, {0: "数量とオプション数量の合計", 1: "end-date-too-late"})
    japanese, latin = (view.horizontalHeader().sectionSize(c) for c in (0, 1))
    assert japanese == text_width(view, "数量とオプション数量の合計") + CELL_PADDING
    assert latin == text_width(view, "end-date-too-late") + CELL_PADDING


def test_bold_text_and_an_icon_take_more_room(qtbot: Any) -> None:
    view = _view(qtbot, [""])
    plain = column_width(view, 0, "N (転送なし)")
    drawn = column_width(view, 0, Sample("N (転送なし)", bold=True, icon=True))
    bold = QFont(view.font())
    bold.setBold(True)
    icon = view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize, None, view)
    assert drawn >= QFontMetrics(bold).horizontalAdvance("N (転送なし)") + icon + CELL_PADDING
    assert drawn > plain + icon


def test_the_tree_column_has_room_for_the_branches(qtbot: Any) -> None:
    tree = _view(qtbot, ["商品番号", "販売者コード"], QTreeView)
    assert column_width(tree, 0, "1001234567") == (
        text_width(tree, "1001234567") + CELL_PADDING + tree.indentation()
    )
    assert column_width(tree, 1, "TS-BASIC") == max(
        text_width(tree, "TS-BASIC") + CELL_PADDING,
        tree.header().fontMetrics().horizontalAdvance("販売者コード") + HEADER_PADDING,
    )


def test_shared_columns_take_what_the_others_leave(qtbot: Any) -> None:
    view = _view(qtbot, ["番号", "名前", "送信先", "備考"])
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    fit_columns(view, {0: "99", 3: "メモ"})
    share_width(view, {1: 1, 2: 2}, width=600)
    others = header.sectionSize(0) + header.sectionSize(3)
    assert abs(header.sectionSize(2) - 2 * header.sectionSize(1)) <= 2
    assert 597 <= others + header.sectionSize(1) + header.sectionSize(2) <= 600
    # never narrower than the header: the view scrolls instead
    share_width(view, {1: 1, 2: 1}, width=10)
    assert (
        header.sectionSize(2) == header.fontMetrics().horizontalAdvance("送信先") + HEADER_PADDING
    )


def test_free_width_keeps_room_for_the_vertical_scroll_bar(qtbot: Any) -> None:
    view = _view(qtbot, ["a"])
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    assert not bar.isVisible()
    assert free_width(view) == view.viewport().width() - bar.sizeHint().width()
    for _ in range(40):  # now the bar shows: the viewport has already given it its room
        view.model().appendRow([QStandardItem("a")])
    qtbot.waitUntil(bar.isVisible)
    assert free_width(view) == view.viewport().width()
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    qtbot.waitUntil(lambda: free_width(view) == view.viewport().width())
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert free_width(view) == view.viewport().width()


def test_severity_icons_keep_their_colour_on_a_selected_row(qtbot: Any) -> None:
    for icon in (error_icon(), warning_icon()):
        normal = icon.pixmap(16, 16, QIcon.Mode.Normal).toImage()
        assert icon.pixmap(16, 16, QIcon.Mode.Selected).toImage() == normal
        assert icon.pixmap(16, 16, QIcon.Mode.Disabled).toImage() != normal  # greyed
