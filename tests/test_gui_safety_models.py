"""The safety views' models: Qt's model tester on each, and what the cells say for a known setup."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import (
    CELL_STATES,
    STATE_LABELS,
    build_checklist,
    check_setup,
    coverage_matrix,
    load_rows,
    mark_applied,
    plan_address_replacement,
    plan_qsm_import,
)
from qsm_desktop.gui.safety.address_models import ReplacementTableModel, addresses_in_use
from qsm_desktop.gui.safety.check_models import (
    FINDING_COL_DESTINATION,
    FINDING_COL_REGISTRATIONS,
    FINDING_COL_SEVERITY,
    IDS_ROLE,
    LOCATION_ROLE,
    MATRIX_COL_ADDRESS,
    MATRIX_COL_GROUP,
    MATRIX_FIRST_KIND,
    STATE_BACKGROUNDS,
    STATE_ROLE,
    STATE_WORDS,
    CoverageProxy,
    CoverageTableModel,
    FindingFilterProxy,
    FindingTableModel,
    finding_rows,
)
from qsm_desktop.gui.safety.checklist_model import (
    COL_ACTION as CHECKLIST_COL_ACTION,
)
from qsm_desktop.gui.safety.checklist_model import (
    COL_DONE,
    ChecklistTableModel,
)
from qsm_desktop.gui.safety.checklist_steps import change_summary, steps_html
from qsm_desktop.gui.safety.common import ID_ROLE, ROW_ROLE, SortProxy
from qsm_desktop.gui.safety.import_models import (
    COL_ACTION,
    COL_DETAIL,
    ImportTableModel,
    ProblemTableModel,
)

NE = "orders@ne.example.jp"
CM = "qoo10@crossmall.example.jp"
UNKNOWN_ROW = "99\t注文情報\tFoo Template\t[Email] Foo Order\tEMAIL\tfoo@example.jp\tY\tN\n"
# Icons are pixmaps: they need the application object even where no widget is shown.
pytestmark = pytest.mark.usefixtures("qapp")

GUIDE_ROWS = (
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - C EMAIL\t\t\tN\tN\t\t"
    "2015-04-17 15:36\t20\n"
    "47\t配送要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\t\tY\tN\t\t"
    "2015-08-20 16:51\t20\n"
)

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester


@pytest.fixture
def setup(service: RegistrationService) -> dict[str, int]:
    """NextEngine: 注文情報 使用, 配送要請 待機, キャンセル要請 使用N; CrossMall: two 注文情報."""
    ids = {
        "order": service.register(RegistrationInput(6, NE)).registration.id,
        "ship": service.register(RegistrationInput(7, NE, standby=True, period=10)).registration.id,
        "cancel": service.register(RegistrationInput(9, NE, enabled=False)).registration.id,
        "cm1": service.register(RegistrationInput(18, CM)).registration.id,
        "cm2": service.register(RegistrationInput(18, f"{CM}; backup@example.jp")).registration.id,
    }
    return ids


def _headers(model: QAbstractItemModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _matrix_model() -> tuple[CoverageTableModel, CoverageProxy]:
    model = CoverageTableModel()
    model.set_matrix(coverage_matrix())
    proxy = CoverageProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _find_row(model: CoverageTableModel, group: str, address: str) -> int:
    for row in range(model.rowCount()):
        if (
            model.index(row, MATRIX_COL_GROUP).data() == group
            and model.index(row, MATRIX_COL_ADDRESS).data() == address
        ):
            return row
    raise AssertionError((group, address))


# -- the coverage matrix ---------------------------------------------------------------------------


def test_matrix_models_pass_modeltester(qtmodeltester: ModelTester, setup: dict[str, int]) -> None:
    model, proxy = _matrix_model()
    qtmodeltester.check(model)
    proxy.set_text("crossmall")
    qtmodeltester.check(proxy)


def test_matrix_headers_are_group_address_and_the_five_kinds(db: object) -> None:
    model = CoverageTableModel()
    assert _headers(model) == [
        "テンプレートのグループ",
        "送信先",
        "注文情報",
        "配送要請",
        "配送完了",
        "キャンセル要請",
        "キャンセル完了",
    ]


def test_matrix_cells_say_their_state_in_symbol_and_words(setup: dict[str, int]) -> None:
    model, _proxy = _matrix_model()
    row = _find_row(model, "NextEngine Template", NE)
    texts = [model.index(row, MATRIX_FIRST_KIND + k).data() for k in range(5)]
    assert texts == ["○ 使用", "△ 待機", "— 未登録", "× 使用N", "— 未登録"]
    states = [model.index(row, MATRIX_FIRST_KIND + k).data(STATE_ROLE) for k in range(5)]
    assert states == ["enabled", "standby", "missing", "disabled", "missing"]
    order = model.index(row, MATRIX_FIRST_KIND)
    assert order.data(IDS_ROLE) == (setup["order"],)
    assert model.index(row, MATRIX_FIRST_KIND + 2).data(IDS_ROLE) == ()
    # Tinted, with dark text, and the registration numbers in the tooltip.
    background = order.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color() == STATE_BACKGROUNDS["enabled"]
    cancel = model.index(row, MATRIX_FIRST_KIND + 3)
    assert cancel.data(Qt.ItemDataRole.BackgroundRole).color() == STATE_BACKGROUNDS["disabled"]
    tooltip = cancel.data(Qt.ItemDataRole.ToolTipRole)
    assert f"登録番号 {setup['cancel']}" in tooltip and "使用(Y/N) が N" in tooltip
    assert "未登録" in model.index(row, MATRIX_FIRST_KIND + 2).data(Qt.ItemDataRole.ToolTipRole)


def test_matrix_kind_columns_sort_in_the_states_order(service: RegistrationService) -> None:
    """使用, 待機, 使用N, 未登録 (the core's CELL_STATES), not the alphabet of the state names."""
    addresses = {
        "enabled": "a@example.jp",
        "standby": "b@example.jp",
        "disabled": "c@example.jp",
        "missing": "d@example.jp",
    }
    service.register(RegistrationInput(6, addresses["enabled"]))
    service.register(RegistrationInput(6, addresses["standby"], standby=True, period=10))
    service.register(RegistrationInput(6, addresses["disabled"], enabled=False))
    service.register(RegistrationInput(7, addresses["missing"]))  # 注文情報 not registered
    _model, proxy = _matrix_model()
    for order, expected in (
        (Qt.SortOrder.AscendingOrder, ["○ 使用", "△ 待機", "× 使用N", "— 未登録"]),
        (Qt.SortOrder.DescendingOrder, ["— 未登録", "× 使用N", "△ 待機", "○ 使用"]),
    ):
        proxy.sort(MATRIX_FIRST_KIND, order)  # 注文情報
        assert [proxy.index(r, MATRIX_FIRST_KIND).data() for r in range(4)] == expected
    assert list(STATE_WORDS.values()) == [STATE_LABELS[s] for s in CELL_STATES]


def test_matrix_cell_with_two_registrations_counts_them(setup: dict[str, int]) -> None:
    model, _proxy = _matrix_model()
    row = _find_row(model, "CrossMall Template", CM)
    cell = model.index(row, MATRIX_FIRST_KIND)
    assert cell.data() == "○ 使用(2件)"
    assert cell.data(IDS_ROLE) == (setup["cm1"], setup["cm2"])
    assert cell.data(ID_ROLE) == setup["cm1"]
    # The second address of registration cm2 has its own row.
    backup = _find_row(model, "CrossMall Template", "backup@example.jp")
    assert model.index(backup, MATRIX_FIRST_KIND).data(IDS_ROLE) == (setup["cm2"],)


def test_matrix_filter_by_address_or_group(setup: dict[str, int]) -> None:
    _model, proxy = _matrix_model()
    assert proxy.rowCount() == 3
    proxy.set_text("BACKUP@")
    assert [proxy.item_at(r).address for r in range(proxy.rowCount())] == ["backup@example.jp"]
    proxy.set_text("nextengine")
    assert [proxy.item_at(r).address for r in range(proxy.rowCount())] == [NE]
    proxy.set_text("")
    assert proxy.rowCount() == 3


def test_registration_without_address_has_its_own_row(service: RegistrationService) -> None:
    service.register(RegistrationInput(1, "", enabled=False))
    model, _proxy = _matrix_model()
    assert model.index(0, MATRIX_COL_ADDRESS).data() == "(送信先なし)"
    assert model.index(0, MATRIX_FIRST_KIND).data() == "× 使用N"


# -- the findings ------------------------------------------------------------------------------


def _findings(rows: list) -> tuple[FindingTableModel, FindingFilterProxy]:
    report = check_setup(rows)
    model = FindingTableModel()
    model.set_findings(
        finding_rows(report.findings, {r.id: r.registration.destination for r in rows})
    )
    proxy = FindingFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_finding_models_pass_modeltester(qtmodeltester: ModelTester, setup: dict[str, int]) -> None:
    model, proxy = _findings(load_rows())
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    proxy.set_severity("warning")
    qtmodeltester.check(proxy)


def test_findings_show_severity_in_icon_and_words(setup: dict[str, int]) -> None:
    model, proxy = _findings(load_rows())
    assert _headers(model) == ["重大度", "内容", "送信先", "登録番号", "根拠"]
    severities = {model.index(r, FINDING_COL_SEVERITY).data() for r in range(model.rowCount())}
    assert severities <= {"エラー", "警告"} and "警告" in severities
    first = model.index(0, FINDING_COL_SEVERITY)
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    finding = first.data(ROW_ROLE).finding
    assert finding.message in first.data(Qt.ItemDataRole.ToolTipRole).replace("&quot;", '"')
    assert first.data(ID_ROLE) == finding.registration_ids[0]
    # The filter keeps one severity at a time.
    errors = sum(1 for r in range(model.rowCount()) if model.row_at(r).finding.is_error)
    proxy.set_severity("error")
    assert proxy.rowCount() == errors
    proxy.set_severity("warning")
    assert proxy.rowCount() == model.rowCount() - errors
    proxy.set_severity(None)
    assert proxy.rowCount() == model.rowCount()


def test_finding_about_one_registration_shows_its_destination(
    service: RegistrationService,
) -> None:
    reg = service.register(RegistrationInput(9, NE, enabled=False)).registration
    model, _proxy = _findings(load_rows())
    rows = [model.row_at(r) for r in range(model.rowCount())]
    disabled = next(r for r in rows if r.finding.code == "disabled")
    position = rows.index(disabled)
    assert model.index(position, FINDING_COL_DESTINATION).data() == NE
    assert model.index(position, FINDING_COL_REGISTRATIONS).data() == str(reg.id)


def test_finding_location_role_for_a_body_finding(service: RegistrationService) -> None:
    from qsm_desktop.core.catalog import get_template

    body = get_template(6).body + "\n{$_NO_SUCH_NAME_$}"
    service.register(RegistrationInput(6, NE, body=body))
    model, _proxy = _findings(load_rows())
    rows = [model.row_at(r) for r in range(model.rowCount())]
    unknown = next(r for r in rows if r.finding.code == "unknown-placeholder")
    index = model.index(rows.index(unknown), 1)
    field, line, column = index.data(LOCATION_ROLE)
    assert field == "body" and line == body.count("\n") + 1 and column == 1
    assert f"({line}行目 1文字目)" in index.data()


def test_findings_sort_by_severity_and_registration(setup: dict[str, int]) -> None:
    _model, proxy = _findings(load_rows())
    proxy.sort(FINDING_COL_REGISTRATIONS, Qt.SortOrder.AscendingOrder)
    firsts = [proxy.item_at(r).finding.registration_ids for r in range(proxy.rowCount())]
    assert firsts == sorted(firsts)
    proxy.sort(FINDING_COL_SEVERITY, Qt.SortOrder.DescendingOrder)
    assert not proxy.item_at(0).finding.is_error


# -- the dialogs' models ---------------------------------------------------------------------------


def test_replacement_model(qtmodeltester: ModelTester, setup: dict[str, int]) -> None:
    plan = plan_address_replacement(NE, "orders-new@ne.example.jp")
    model = ReplacementTableModel()
    model.set_rows(plan.items)
    qtmodeltester.check(model)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 3
    assert _headers(model) == [
        "登録番号",
        "テンプレート番号",
        "カテゴリ",
        "テンプレートグループ名",
        "使用(Y/N)",
        "変更前の送信先",
        "変更後の送信先",
        "備考",
    ]
    cancel = next(r for r in range(3) if model.row_at(r).registration_id == setup["cancel"])
    assert model.index(cancel, 4).data() == "N"
    assert not model.index(cancel, 4).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(cancel, 6).data() == "→ orders-new@ne.example.jp"


def test_addresses_in_use_lists_each_address_once(
    service: RegistrationService, setup: dict[str, int]
) -> None:
    service.register(RegistrationInput(1, "Orders@NE.example.jp"))
    assert addresses_in_use(r.destination for r in service.search()) == [
        ("backup@example.jp", 1),
        (NE, 4),
        (CM, 2),
    ]


def test_import_models(qtmodeltester: ModelTester, service: RegistrationService) -> None:
    service.register(RegistrationInput(6, NE))
    plan = plan_qsm_import(GUIDE_ROWS + UNKNOWN_ROW)
    items = ImportTableModel()
    items.set_rows(plan.items)
    problems = ProblemTableModel()
    problems.set_rows(plan.problems)
    for model in (items, problems):
        qtmodeltester.check(model)
    assert [items.index(r, 0).data() for r in range(items.rowCount())] == [1, 2]
    assert [items.index(r, COL_ACTION).data() for r in range(2)] == ["＋ 新規", "＋ 新規"]
    assert "新しい登録" in items.index(0, COL_DETAIL).data()
    assert problems.rowCount() == 1
    assert problems.index(0, 0).data() == 3
    assert (
        "99" in problems.index(0, 1).data()
        and "カタログにありません" in problems.index(0, 1).data()
    )


# -- the checklist -------------------------------------------------------------------------------


def test_checklist_model_ticks_through_the_core(
    qtmodeltester: ModelTester, service: RegistrationService, setup: dict[str, int]
) -> None:
    mark_applied()  # the five registrations are in QSM; now one change is not
    service.modify(setup["order"], Patch(destination="orders-new@ne.example.jp"))
    service.register(RegistrationInput(8, NE))
    model = ChecklistTableModel()
    model.set_rows(build_checklist().items)
    qtmodeltester.check(model)
    assert [model.row_at(r).action for r in range(model.rowCount())] == ["modify", "register"]
    modify = 0
    index = model.index(modify, COL_DONE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert index.data() == "未"
    assert (
        "送信先 orders@ne.example.jp → orders-new@ne.example.jp"
        in model.index(modify, CHECKLIST_COL_ACTION).data()
    )
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.data() == "済"
    assert build_checklist().item(model.row_at(modify).key).ticked
    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not build_checklist().item(model.row_at(modify).key).ticked
    assert not model.setData(model.index(modify, 1), "x", Qt.ItemDataRole.EditRole)
    assert not model.flags(QModelIndex())


def test_steps_are_escaped_and_numbered(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(6, NE)).registration
    mark_applied()
    service.modify(reg.id, Patch(title="<b>Qoo10の注文のお知らせです。</b>"))
    checklist = build_checklist()
    [item] = checklist.items
    text = steps_html(item, checklist)
    assert "<b>Qoo10" not in text and "&lt;b&gt;Qoo10" in text
    assert text.count("<li>") == len(item.steps)
    assert change_summary(item).startswith("修正: タイトル")
    # The tab words a change as the printed and copied checklist does.
    action, changes = change_summary(item).split(": ", 1)
    assert action == item.action_label
    assert f"変更: {changes}\n" in checklist.to_text()
    mark_applied()
    assert "QSMに反映する変更はありません。" in steps_html(None, build_checklist())
    assert "一覧から項目を選ぶ" in steps_html(None, checklist)
