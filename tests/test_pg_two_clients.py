"""Several staff on one PostgreSQL store: two clients in two processes edit the same
registration; the one whose form is stale gets the conflict (who changed what), and the other's
change bus — and window — sees the colleague's write within a second, without a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from backends import BackendStore

from qsm_desktop.core import grid_query
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.changes import ChangeBus
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.store_watch import PgListener

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def backend() -> str:
    """These tests are about a shared server: PostgreSQL only."""
    return "postgresql"


@pytest.fixture
def app_context(backend_store: BackendStore) -> AppContext:
    return backend_store.context()


def _colleague(url: str, reg_id: int) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    return subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "pg_colleague.py"), url, str(reg_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_processes_one_gets_the_conflict_the_other_sees_the_write_within_a_second(
    backend_store: BackendStore, service: RegistrationService
) -> None:
    assert backend_store.location.url is not None
    reg = service.register(RegistrationInput(18, "old@example.jp")).registration
    colleague = _colleague(backend_store.location.url, reg.id)
    try:
        assert colleague.stdout is not None
        ready = json.loads(colleague.stdout.readline() or "{}")
        assert ready == {"ready": reg.revision}, colleague.stderr.read() if colleague.stderr else ""
        written_at = time.time()
        service.modify(reg.id, Patch(destination="new@example.jp"), base_revision=reg.revision)
        out, err = colleague.communicate(timeout=60)
    finally:
        if colleague.poll() is None:
            colleague.kill()
            colleague.communicate()
    assert colleague.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    # The colleague's window heard of the write: one external event naming the registration.
    assert report["events"] == [["registrations", "modify", [reg.id], True]]
    delay = report["arrived"] - written_at
    assert delay < 1.0, f"the colleague saw the write after {delay:.3f} s"
    # …and its stale edit was refused, naming the field, the value stored and who wrote it.
    assert report["conflict"] == [["destination", "new@example.jp", "tester"]]
    assert report["current"] == reg.revision + 1
    stored = service.get(reg.id)
    assert (stored.destination, stored.title, stored.updated_by) == (
        "new@example.jp",
        reg.title,
        "tester",
    )
    assert [h.by for h in service.history(reg.id)] == ["tester", "tester"]


def test_every_committed_write_is_heard_once_by_the_others_and_never_by_its_own_bus(
    backend_store: BackendStore, service: RegistrationService
) -> None:
    db = backend_store.database
    bus = service.bus
    assert bus is not None
    other = ChangeBus()
    theirs = PgListener.for_database(db, other.token)
    mine = PgListener.for_database(db, bus.token)
    try:
        reg = service.register(RegistrationInput(18, "a@example.jp")).registration
        # A write rolled back sends nothing.
        with pytest.raises(RuntimeError, match="abandoned"), db.atomic():
            service.modify(reg.id, Patch(title="rolled back"))
            raise RuntimeError("abandoned")
        service.modify(reg.id, Patch(title="kept"), origin=object())
        time.sleep(0.2)
        heard = theirs.events()
        assert [(e.topic, e.action, e.registration_ids, e.external, e.origin) for e in heard] == [
            ("registrations", "register", frozenset({reg.id}), True, None),
            ("registrations", "modify", frozenset({reg.id}), True, None),
        ]
        assert mine.events() == []  # its own bus published them already
        assert theirs.events() == []  # heard once
    finally:
        theirs.close()
        mine.close()


def test_the_window_shows_a_colleagues_change_within_a_second(
    qtbot: Any, main_window: Any, backend_store: BackendStore, service: RegistrationService
) -> None:
    reg = service.register(RegistrationInput(18, "old@example.jp")).registration
    main_window.search()
    assert main_window.open_registration(reg.id)
    assert backend_store.location.url is not None
    # The colleague: the command line in a process of its own, on the same server.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [
            *(sys.executable, "-m", "qsm_desktop", "--db", backend_store.location.url),
            *("--user", "colleague", "modify", str(reg.id), "--to", "new@example.jp"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    committed = time.monotonic()

    def shown() -> bool:
        row = main_window.model.row_of(reg.id)
        return row is not None and (
            main_window.model.grid_row(row)[grid_query.DESTINATION] == "new@example.jp"
        )

    qtbot.waitUntil(shown, timeout=1000)
    qtbot.waitUntil(
        lambda: main_window.form.ui.destinationEdit.text() == "new@example.jp", timeout=1000
    )
    assert time.monotonic() - committed < 1.0
    assert service.get(reg.id).updated_by == "colleague"
