"""The coverage matrix: (template group, address) × the five kinds, with registration ids."""

from __future__ import annotations

from qsm_desktop.core.registrations import (
    AsIsRegistration,
    Patch,
    RegistrationInput,
    RegistrationService,
)
from qsm_desktop.core.safety import coverage_matrix
from qsm_desktop.core.safety.coverage import CoverageRow

NE = "orders@ne.example.jp"
CM = "qoo10@crossmall.example.jp"


def states(row: CoverageRow) -> list[str]:
    return [c.state for c in row.cells]


def test_empty_store(db: object) -> None:
    matrix = coverage_matrix()
    assert matrix.rows == ()
    assert matrix.kind_labels == (
        "注文情報",
        "配送要請",
        "配送完了",
        "キャンセル要請",
        "キャンセル完了",
    )
    assert matrix.to_json() == {"kinds": list(matrix.kind_labels), "rows": []}


def test_cells_enabled_standby_disabled_missing(service: RegistrationService) -> None:
    order = service.register(RegistrationInput(6, NE)).registration
    ship = service.register(RegistrationInput(7, NE, standby=True, period=10)).registration
    cancel = service.register(RegistrationInput(9, NE, enabled=False)).registration
    matrix = coverage_matrix()
    [row] = matrix.rows
    assert (row.group, row.group_label, row.address) == ("NextEngine", "NextEngine Template", NE)
    assert states(row) == ["enabled", "standby", "missing", "disabled", "missing"]
    assert row.cell("order").registration_ids == (order.id,)
    assert row.cell("shipping_request").registration_ids == (ship.id,)
    assert row.cell("cancel_request").registration_ids == (cancel.id,)
    assert row.cell("delivered").registration_ids == ()
    assert row.cell("order").state_label == "使用"
    assert row.cell("cancelled").state_label == "未登録"


def test_best_state_wins_and_all_ids_are_listed(service: RegistrationService) -> None:
    off = service.register(RegistrationInput(6, NE, enabled=False)).registration
    on = service.register(RegistrationInput(6, f"{NE}; backup@example.jp")).registration
    cell = coverage_matrix().row("NextEngine", NE).cell("order")
    assert cell.state == "enabled" and cell.registration_ids == (off.id, on.id)


def test_rows_per_group_and_individual_address(service: RegistrationService) -> None:
    service.register(RegistrationInput(18, f"{CM}, Orders@NE.example.jp"))
    service.register(RegistrationInput(6, NE))
    service.register(RegistrationInput(1, "sg@example.jp"))
    matrix = coverage_matrix()
    # One address is shown one way everywhere: as it was first typed.
    assert [(r.group_label, r.address) for r in matrix.rows] == [
        ("StockGear Template", "sg@example.jp"),
        ("NextEngine Template", "Orders@NE.example.jp"),
        ("CrossMall Template", "Orders@NE.example.jp"),
        ("CrossMall Template", CM),
    ]
    # The NextEngine address also receives a CrossMall order: two rows, one per group.
    assert matrix.row("CrossMall", NE).cell("order").state == "enabled"
    assert matrix.row("NextEngine", NE.upper()).cell("order").state == "enabled"


def test_registrations_without_address(service: RegistrationService) -> None:
    [reg] = service.register_many(
        [AsIsRegistration(47, "", enabled=True)], "qsm-import", as_is=True
    ).registrations
    [row] = coverage_matrix().rows
    assert row.address == "" and row.address_label == "(送信先なし)"
    assert row.cell("shipping_request").registration_ids == (reg.id,)


def test_matrix_follows_changes(service: RegistrationService) -> None:
    reg = service.register(RegistrationInput(6, NE)).registration
    service.modify(reg.id, Patch(standby=True))
    assert coverage_matrix().row("NextEngine", NE).cell("order").state == "standby"
    service.modify(reg.id, Patch(enabled=False))
    assert coverage_matrix().row("NextEngine", NE).cell("order").state == "disabled"
    data = coverage_matrix().to_json()
    assert data["rows"][0]["cells"][0] == {
        "kind": "注文情報",
        "state": "disabled",
        "registration_ids": [reg.id],
    }
