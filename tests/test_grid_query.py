"""The grid's read path: 【検索】 in memory means exactly what the SQL means."""

from __future__ import annotations

import itertools

import peewee
import pytest
from backends import on_both_backends

from qsm_desktop.core import grid_query
from qsm_desktop.core.registrations import AsIsRegistration, Patch, RegistrationService

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

# Destinations as QSM may hold them (read as they are): case, LIKE's special characters, a
# backslash, text beyond ASCII (whose case SQLite's LIKE does not fold), empty.
DESTINATIONS = (
    "Orders@Example.jp",
    "orders@example.jp",
    "50%off_shop@example.jp",
    "a\\b@example.jp",
    "ＳＨＯＰ@example.jp",
    "ÄBC@example.jp",
    "",
    "ne-1@ne.example, cm@cm.example",
)
NEEDLES = (
    None,
    "",
    "  ",
    "orders",
    "ORDERS",
    "%",
    "_",
    "\\",
    "50%",
    "ｓｈｏｐ",
    "ＳＨＯＰ",
    "äbc",
    "ÄBC",
    " cm@ ",
)


@pytest.fixture
def rows(service: RegistrationService) -> list[grid_query.GridRow]:
    items = [
        AsIsRegistration(template_no, destination, enabled=enabled)
        for (template_no, enabled), destination in zip(
            itertools.cycle([(1, True), (18, False), (6, True), (47, True)]),
            DESTINATIONS,
            strict=False,
        )
    ]
    service.register_many(items, "qsm-import", as_is=True)
    return grid_query.search_rows()


def test_filtering_in_memory_finds_what_the_sql_finds(
    db: peewee.SqliteDatabase, rows: list[grid_query.GridRow]
) -> None:
    assert len(rows) == len(DESTINATIONS)
    for kind, group, enabled, address in itertools.product(
        (None, "order", "shipping_request"),
        (None, "CrossMall"),
        (None, True, False),
        NEEDLES,
    ):
        expected = grid_query.search_rows(kind, group, enabled, address)
        assert grid_query.filter_rows(rows, kind, group, enabled, address) == expected, (
            kind,
            group,
            enabled,
            address,
        )


def test_rows_stay_current_until_the_store_writes(
    service: RegistrationService, rows: list[grid_query.GridRow]
) -> None:
    every = grid_query.read_all()
    assert every.rows == rows and every.is_current()
    report = service.modify(rows[0][grid_query.ID], Patch(destination="new@example.jp"))
    assert not every.is_current()  # a write anywhere: read again
    every.update([grid_query.grid_row(report.registration)], max(report.history_ids))
    assert every.is_current()
    assert every.rows == grid_query.search_rows()


def test_the_criteria_select_rows(rows: list[grid_query.GridRow]) -> None:
    # The comparison above is not between two empty lists.
    assert len(grid_query.filter_rows(rows, address="orders")) == 2
    assert len(grid_query.filter_rows(rows, address="ＳＨＯＰ")) == 1
    assert not grid_query.filter_rows(rows, address="ｓｈｏｐ")  # only A-Z fold, as in SQLite
    assert len(grid_query.filter_rows(rows, enabled=False)) == 2
    assert 0 < len(grid_query.filter_rows(rows, kind="order")) < len(rows)
    assert 0 < len(grid_query.filter_rows(rows, group="CrossMall")) < len(rows)
