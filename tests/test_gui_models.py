"""Every item model of the GUI passes Qt's model tester; the grid sorts and updates row by row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from qsm_desktop.core import grid_query as g
from qsm_desktop.core.catalog import find_templates
from qsm_desktop.core.engine import EngineWarning, load_placeholders
from qsm_desktop.core.grid_query import GridRow
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.gui.placeholder_list import (
    TOKEN_ROLE,
    PlaceholderFilterProxy,
    PlaceholderTableModel,
)
from qsm_desktop.gui.preview_warnings import LOCATION_ROLE, WarningTableModel
from qsm_desktop.gui.registration_columns import (
    COL_DESTINATION,
    COL_ENABLED,
    COL_GROUP,
    COL_KIND,
    COL_TEMPLATE_NO,
    COL_UPDATED_AT,
    ID_ROLE,
    SORT_ROLE,
)
from qsm_desktop.gui.registration_model import (
    RegistrationProxyModel,
    RegistrationTableModel,
)
from qsm_desktop.gui.table_model import RIGHT, Column, RowSortProxy, RowTableModel
from qsm_desktop.gui.template_model import NO_ROLE, TemplateProxyModel, TemplateTableModel

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester


def _row(reg_id: int, template_no: int = 1, kind: str = "order", group: str = "StockGear",
         destination: str = "a@example.jp", enabled: int = 1,
         updated_at: str = "2015-04-17 15:36:00") -> GridRow:  # fmt: skip
    return (
        reg_id, template_no, kind, group, f"[Email] {group} {kind}", "EMAIL", destination,
        enabled, 0, "tvhasegawa", "2015-04-17 15:36:00", updated_at, "tvhasegawa", "sample",
    )  # fmt: skip


@pytest.fixture
def grid() -> tuple[RegistrationTableModel, RegistrationProxyModel]:
    model = RegistrationTableModel()
    model.set_rows(
        [
            _row(1, 18, "order", "CrossMall", "kamochei@example.jp", enabled=0),
            _row(2, 47, "shipping_request", "CrossMall", "b@example.jp"),
            _row(3, 1, "order", "StockGear", "C@example.jp", updated_at="2016-01-01 00:00:00"),
        ]
    )
    proxy = RegistrationProxyModel()
    proxy.setSourceModel(model)
    return model, proxy


def test_registration_model_passes_modeltester(qtmodeltester: ModelTester, grid: tuple) -> None:
    model, proxy = grid
    assert proxy.sourceModel() is model
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_registration_model_empty_passes_modeltester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(RegistrationTableModel())


def test_roles(grid: tuple) -> None:
    _model, proxy = grid
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == [1, 2, 3]
    assert proxy.index(0, COL_UPDATED_AT).data() == "2015-04-17 15:36"
    assert proxy.index(0, COL_ENABLED).data() == "N (転送なし)"
    assert proxy.index(1, COL_ENABLED).data() == "Y"
    assert proxy.index(1, COL_ENABLED).data(Qt.ItemDataRole.DecorationRole) is None
    assert proxy.index(0, COL_KIND).data(SORT_ROLE) == 0
    assert proxy.index(1, COL_KIND).data(SORT_ROLE) == 1
    assert proxy.index(0, COL_GROUP).data(SORT_ROLE) == 2  # CrossMall is third in the guide
    assert proxy.id_at(2) == 3 and proxy.proxy_row_of(2) == 1 and proxy.proxy_row_of(99) is None


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        (COL_TEMPLATE_NO, Qt.SortOrder.AscendingOrder, [3, 1, 2]),
        (COL_TEMPLATE_NO, Qt.SortOrder.DescendingOrder, [2, 1, 3]),
        (COL_GROUP, Qt.SortOrder.AscendingOrder, [3, 1, 2]),  # StockGear before CrossMall
        (COL_KIND, Qt.SortOrder.AscendingOrder, [1, 3, 2]),  # 注文情報 before 配送要請
        (COL_DESTINATION, Qt.SortOrder.AscendingOrder, [2, 3, 1]),  # case-insensitive
        (COL_ENABLED, Qt.SortOrder.AscendingOrder, [1, 2, 3]),  # N first
        (COL_UPDATED_AT, Qt.SortOrder.DescendingOrder, [3, 2, 1]),
        (-1, Qt.SortOrder.AscendingOrder, [1, 2, 3]),
    ],
)
def test_sorting_through_the_proxy(
    grid: tuple, column: int, order: Qt.SortOrder, expected: list
) -> None:
    _model, proxy = grid
    proxy.sort(column, order)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == expected


def test_sort_keeps_persistent_indexes(grid: tuple) -> None:
    model, proxy = grid
    persistent = QPersistentModelIndex(model.index(model.row_of(2), COL_DESTINATION))
    proxy.sort(COL_TEMPLATE_NO, Qt.SortOrder.DescendingOrder)
    assert persistent.row() == 0 and persistent.data(ID_ROLE) == 2


def test_upsert_changes_only_the_rows_given(grid: tuple, qtmodeltester: ModelTester) -> None:
    model, proxy = grid
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}-{last}"))
    model.dataChanged.connect(lambda top, bottom, _r=(): events.append(f"changed {top.row()}"))
    model.rowsMoved.connect(lambda *_a: events.append("moved"))
    changed = list(model.grid_row(1))
    changed[g.DESTINATION] = "new@example.jp"
    assert model.upsert([tuple(changed), _row(9, 2)]) == [1, 3]
    assert events == ["changed 1", "insert 3-3"]
    assert proxy.index(1, COL_DESTINATION).data() == "new@example.jp"
    assert proxy.rowCount() == 4
    qtmodeltester.check(model)


def test_upsert_moves_a_row_when_its_sorted_column_changed(grid: tuple) -> None:
    model, proxy = grid
    proxy.sort(COL_TEMPLATE_NO, Qt.SortOrder.AscendingOrder)  # 3 (no 1), 1 (no 18), 2 (no 47)
    moved = list(model.grid_row(model.row_of(3)))
    moved[g.TEMPLATE_NO] = 50
    model.upsert([tuple(moved)])
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == [1, 2, 3]
    model.upsert([_row(4, 20)])  # a new row lands in its sorted place
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(4)] == [1, 4, 2, 3]
    proxy.sort(COL_TEMPLATE_NO, Qt.SortOrder.DescendingOrder)
    model.upsert([_row(5, 19)])
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(5)] == [3, 2, 4, 5, 1]


def test_upsert_takes_a_whole_report_with_one_re_sort(
    grid: tuple, qtmodeltester: ModelTester
) -> None:
    """A report of many rows is one batch: rows replaced in place, new ones inserted at once,
    one re-sort (a layout change) when something left its place; the selection follows."""
    model, proxy = grid
    proxy.sort(COL_TEMPLATE_NO, Qt.SortOrder.AscendingOrder)  # 3 (no 1), 1 (no 18), 2 (no 47)
    selected = QPersistentModelIndex(model.index(model.row_of(1), COL_DESTINATION))
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.layoutChanged.connect(lambda *_a: events.append("layout"))
    model.rowsMoved.connect(lambda *_a: events.append("moved"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}-{last}"))
    model.dataChanged.connect(
        lambda top, bottom, _r=(): events.append(f"changed {top.row()}-{bottom.row()}")
    )
    moved = list(model.grid_row(model.row_of(3)))
    moved[g.TEMPLATE_NO] = 50
    stays = list(model.grid_row(model.row_of(2)))
    stays[g.DESTINATION] = "stays@example.jp"
    placed = model.upsert([tuple(moved), tuple(stays), _row(4, 20), _row(5, 2)])
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(5)] == [5, 1, 4, 2, 3]
    assert placed == [4, 3, 2, 0]
    # one signal per run of adjacent replaced rows (rows 0 and 2 before the sort), one insert,
    # one re-sort; never a reset or a row-by-row move
    assert events == ["changed 0-0", "changed 2-2", "insert 3-4", "layout"]
    assert selected.row() == 1 and selected.data(ID_ROLE) == 1
    assert proxy.index(3, COL_DESTINATION).data() == "stays@example.jp"
    qtmodeltester.check(model)

    events.clear()
    stays[g.DESTINATION] = "again@example.jp"  # the sorted column (番号) did not change
    assert model.upsert([tuple(stays)]) == [3]
    assert events == ["changed 3-3"]  # in place: no re-sort


def _sorted_now(qtbot: Any, model: RegistrationTableModel) -> None:
    """Wait for a sort done in slices (many rows) to be shown."""
    if model.sorting:
        with qtbot.waitSignal(model.sortFinished, timeout=20000):
            pass


def test_upsert_of_thousands_of_rows_is_one_pass(qtbot: Any) -> None:
    """What ROW_BY_ROW_LIMIT worked around: a report of 5,000 rows into 20,000, sorted."""
    model = RegistrationTableModel()
    proxy = RegistrationProxyModel()
    proxy.setSourceModel(model)
    model.set_rows(
        [_row(i, i % 120 + 1, destination=f"u{i:05d}@example.jp") for i in range(20_000)]
    )
    proxy.sort(COL_DESTINATION, Qt.SortOrder.AscendingOrder)
    assert model.sorting  # 20,000 rows: sorted in slices, the event loop running in between
    _sorted_now(qtbot, model)
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_a: layouts.append(1))
    report = [_row(i, destination=f"z{i:05d}@example.jp") for i in range(0, 20_000, 4)]
    report += [_row(20_000 + i, destination=f"n{i:05d}@example.jp") for i in range(100)]
    model.upsert(report)
    _sorted_now(qtbot, model)
    assert len(layouts) == 1 and model.rowCount() == 20_100
    placed = [model.row_of(row[g.ID]) for row in report]
    assert placed[0] == 15_100 and placed[-1] == 99  # n… before u… before z…
    column = [model.grid_row(r)[g.DESTINATION].casefold() for r in range(model.rowCount())]
    assert column == sorted(column)


def test_many_rows_sort_in_slices_and_a_save_moves_only_its_row(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qsm_desktop.gui import registration_model

    monkeypatch.setattr(registration_model, "SORT_SLICE_SECONDS", 0.0)  # a step a slice
    model = RegistrationTableModel()
    proxy = RegistrationProxyModel()
    proxy.setSourceModel(model)
    rows = [_row(i, destination=f"{(i * 7919) % 25_000:05d}@example.jp") for i in range(1, 25_001)]
    model.set_rows(rows)
    selected = QPersistentModelIndex(model.index(model.row_of(12_345) or 0, 0))
    slices: list[int] = []
    model._sort_timer.timeout.connect(lambda: slices.append(1))
    proxy.sort(COL_DESTINATION, Qt.SortOrder.DescendingOrder)
    assert model.sorting and model.grid_row(0)[g.ID] == 1  # not sorted inside sort()
    _sorted_now(qtbot, model)
    assert len(slices) > 1  # the event loop ran between the slices
    shown = [model.grid_row(r) for r in range(model.rowCount())]
    assert shown == sorted(rows, key=lambda r: (r[g.DESTINATION], r[g.ID]), reverse=True)
    assert model.grid_row(selected.row())[g.ID] == 12_345  # the selection followed its row
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_a: layouts.append(1))
    saved = _row(12_345, destination="12345x@example.jp")
    model.upsert([saved, _row(25_001, destination="00000a@example.jp")])
    assert not model.sorting and len(layouts) == 1  # placed at once, not sorted again
    expected = sorted(
        [r for r in rows if r[g.ID] != 12_345]
        + [saved, _row(25_001, destination="00000a@example.jp")],
        key=lambda r: (r[g.DESTINATION], r[g.ID]),
        reverse=True,
    )
    assert [model.grid_row(r) for r in range(model.rowCount())] == expected
    assert model.grid_row(selected.row())[g.ID] == 12_345
    # A search while sorting: the new rows are shown sorted, once, by a reset.
    proxy.sort(COL_DESTINATION, Qt.SortOrder.AscendingOrder)
    model.set_rows(rows[:21_000])
    _sorted_now(qtbot, model)
    assert [model.grid_row(r) for r in range(model.rowCount())] == sorted(
        rows[:21_000], key=lambda r: (r[g.DESTINATION], r[g.ID])
    )


def test_grid_rows_match_the_service(service: RegistrationService) -> None:
    a = service.register(RegistrationInput(18, "Kamochei@Example.jp")).registration
    b = service.register(RegistrationInput(47, "ship@example.jp", enabled=False)).registration
    b = service.modify(b.id, Patch(destination="ship2@example.jp")).registration
    rows = g.search_rows()
    assert rows == [g.grid_row(a), g.grid_row(b)]
    for kwargs in (
        {"kind": "order"},
        {"group": "CrossMall"},
        {"enabled": False},
        {"enabled": True},
        {"address": "kamochei"},
        {"address": "EXAMPLE"},
        {"address": "_"},
    ):
        expected = [g.grid_row(r) for r in service.search(**kwargs)]
        assert g.search_rows(**kwargs) == expected, kwargs


def test_template_model_passes_modeltester(qtmodeltester: ModelTester, db: object) -> None:
    model = TemplateTableModel()
    model.set_templates(find_templates(group="CrossMall"))
    proxy = TemplateProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.index(0, 0).data(NO_ROLE) == 18
    assert [model.index(0, c).data() for c in range(5)] == [
        18, "CrossMall Template", "[Email] CrossMall Order - Group", "注文情報", "EMAIL",
    ]  # fmt: skip
    proxy.sort(3, Qt.SortOrder.DescendingOrder)  # お知らせ種類 in the guide's order, reversed
    first = proxy.template_at(0)
    assert first is not None and first.kind == "cancelled"
    assert proxy.template_at(99) is None


def test_placeholder_model_and_filter(qtmodeltester: ModelTester) -> None:
    placeholders = load_placeholders()
    model = PlaceholderTableModel()
    model.set_placeholders(placeholders.values())
    proxy = PlaceholderFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == len(placeholders)
    proxy.set_kind("order")
    names = {
        model.placeholder_at(proxy.mapToSource(proxy.index(r, 0)).row()).name
        for r in range(proxy.rowCount())
    }
    assert names == {p.name for p in placeholders.values() if "order" in p.kinds}
    assert "PACK_NO" in names
    proxy.set_text("カート")
    assert proxy.rowCount() >= 1
    assert proxy.token_at(0) == "{$_PACK_NO_$}" == proxy.index(0, 1).data(TOKEN_ROLE)
    proxy.set_text("pack_no")  # by name too
    assert proxy.token_at(0) == "{$_PACK_NO_$}"
    proxy.set_text("")
    proxy.set_kind(None)
    assert proxy.rowCount() == len(placeholders)
    qtmodeltester.check(proxy)


def test_warning_model(qtmodeltester: ModelTester) -> None:
    model = WarningTableModel()
    model.set_warnings(
        [
            EngineWarning("body", 3, 5, "unknown-placeholder", "「{$_NOPE_$}」は…"),
            EngineWarning("title", 1, 2, "malformed-token", "閉じられていません"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "本文"
    assert model.index(0, 1).data() == "3行 5列"
    assert model.index(1, 2).data() == "閉じられていません"
    assert model.index(0, 0).data(LOCATION_ROLE) == ("body", 3, 5)
    assert model.data(QModelIndex()) is None


class _PairModel(RowTableModel):
    COLUMNS = (
        Column(
            "名前", lambda r: r[0], sort=lambda r: r[0].casefold(), tooltip=lambda r: f"<{r[0]}>"
        ),
        Column("数", lambda r: r[1], align=RIGHT, header_tooltip="件数"),
    )
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def test_row_table_model_serves_its_declared_columns(qtmodeltester: ModelTester) -> None:
    model = _PairModel()
    model.set_rows([("b", 2), ("A", ""), ("c", 1)])
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "名前"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "件数"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    # a tooltip Qt would read as HTML shows as typed (escaped), never as markup
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "<p>&lt;b&gt;</p>"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(1, 0).data(_PairModel.ROW_ROLE) == ("A", "")
    assert model.index(1, 0).data(_PairModel.SORT_ROLE) == "a"
    assert model.index(1, 1).data(_PairModel.SORT_ROLE) == ""  # the display value by default
    proxy = RowSortProxy(sort_role=_PairModel.SORT_ROLE)
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # by the sort key: case-insensitive
    assert [proxy.item_at(r)[0] for r in range(3)] == ["A", "b", "c"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # "" beside numbers: compared as text
    assert [proxy.item_at(r)[0] for r in range(3)] == ["A", "c", "b"]
    assert proxy.item_at(3) is None
