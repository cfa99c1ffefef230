"""A colleague's QSM Desktop on the same PostgreSQL store, as a process of its own (run by
tests/test_pg_two_clients.py): it opens registration REG_ID as a form would (its revision),
waits for another client's write the way the window does (the change watch, polled at the
window's interval), reports when it arrived, then tries its own edit on the revision it opened.
"""

from __future__ import annotations

import json
import sys
import time

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.changes import ChangeEvent
from qsm_desktop.core.errors import ConflictError
from qsm_desktop.core.registrations import Patch
from qsm_desktop.core.store_location import StoreLocation
from qsm_desktop.core.store_watch import watch_outside_writes


def main(url: str, reg_id: int) -> None:
    ctx = AppContext(StoreLocation(url=url), user="colleague")
    seen: list[ChangeEvent] = []
    ctx.bus.subscribe(seen.append)
    opened = ctx.service.get(reg_id).revision  # the form shows this revision
    watch = watch_outside_writes(ctx.open(), ctx.bus.token)
    print(json.dumps({"ready": opened}), flush=True)
    deadline = time.time() + 20
    while not seen and time.time() < deadline:
        for event in watch.events():
            ctx.bus.publish(event)
        if not seen:
            time.sleep(watch.poll_ms / 1000)
    arrived = time.time()
    report: dict[str, object] = {
        "arrived": arrived,
        "events": [[e.topic, e.action, sorted(e.registration_ids), e.external] for e in seen],
    }
    try:
        ctx.service.modify(reg_id, Patch(title="colleague's title"), base_revision=opened)
        report["written"] = True
    except ConflictError as error:
        report["conflict"] = [[c.field, c.theirs, c.by] for c in error.conflicts]
        report["current"] = error.current_revision
    watch.close()
    ctx.close()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
