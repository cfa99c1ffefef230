"""Every core writer announces its committed write on the change bus, once, after the commit."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest
from backends import on_both_backends
from products_fixtures import goods_file, goods_row
from test_safety_qsm_import import GUIDE_ROWS, GUIDE_SWITCH

from qsm_desktop.core.catalog import shipped_catalog, sync_catalog
from qsm_desktop.core.changes import ChangeBus, ChangeEvent
from qsm_desktop.core.products.importer import (
    import_file,
)
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety import apply_qsm_import
from qsm_desktop.core.safety.checklist import build_checklist, mark_applied, tick, untick
from qsm_desktop.core.settings import save_operator_name

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()


class Recorder:
    def __init__(self, db: peewee.SqliteDatabase) -> None:
        self.db = db
        self.bus = ChangeBus()
        self.events: list[ChangeEvent] = []
        self.bus.subscribe(self._seen)

    def _seen(self, event: ChangeEvent) -> None:
        assert not self.db.in_transaction(), "published before the commit"
        self.events.append(event)

    def topics(self) -> list[tuple[str, str]]:
        return [(e.topic, e.action) for e in self.events]


@pytest.fixture
def recorder(db: peewee.SqliteDatabase) -> Recorder:
    return Recorder(db)


def test_qsm_import_is_one_registrations_event(recorder: Recorder) -> None:
    service = RegistrationService("tester", recorder.bus)
    dialog = object()
    apply_qsm_import(service, GUIDE_ROWS, origin=dialog)
    [event] = recorder.events
    assert (event.topic, event.action, event.registration_ids, event.origin) == (
        "registrations",
        "qsm-import",
        frozenset({1, 2}),
        dialog,
    )
    recorder.events.clear()
    apply_qsm_import(service, GUIDE_ROWS)  # the same paste: nothing written, nothing announced
    assert recorder.events == []
    apply_qsm_import(service, GUIDE_SWITCH)
    assert ("registrations", "qsm-import") in recorder.topics()


def test_checklist_ticks_and_watermark_are_announced(recorder: Recorder) -> None:
    RegistrationService("tester").register(RegistrationInput(18, "a@example.jp"))
    [item] = build_checklist().pending
    tick(item, bus=recorder.bus)
    untick(item, bus=recorder.bus)
    mark_applied(bus=recorder.bus)
    assert recorder.topics() == [
        ("checklist", "tick"),
        ("checklist", "untick"),
        ("checklist", "mark-applied"),
    ]
    assert recorder.events[0].registration_ids == frozenset({item.registration_id})


def test_catalog_upgrade_is_announced_only_when_it_writes(recorder: Recorder) -> None:
    assert not sync_catalog(shipped_catalog(), bus=recorder.bus)
    assert recorder.events == []
    newer = shipped_catalog()
    newer["version"] = int(newer["version"]) + 1
    assert sync_catalog(newer, bus=recorder.bus)
    assert recorder.topics() == [("catalog", "catalog-upgrade")]


def test_product_import_and_operator_are_announced(recorder: Recorder, tmp_path: Path) -> None:
    import_file(goods_file(tmp_path / "g.csv", goods_row()), bus=recorder.bus)
    save_operator_name("長谷川", bus=recorder.bus)
    assert recorder.topics() == [("products", "import"), ("settings", "operator")]


def test_catalog_text_restore_is_announced(recorder: Recorder) -> None:
    service = RegistrationService("tester", recorder.bus)
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    service.modify(reg.id, Patch(title="mine"))
    recorder.events.clear()
    service.restore_catalog_text(reg.id, base_revision=2)
    assert [(e.action, e.registration_ids) for e in recorder.events] == [
        ("restore", frozenset({reg.id}))
    ]
