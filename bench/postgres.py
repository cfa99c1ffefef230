"""Benchmark: the same store on PostgreSQL (local Unix socket) beside SQLite, as ratios in one run.

    python bench/postgres.py [--rows 100000] [--writes 100] [--runs 5] [--notices 10]
                             [--cache DIR]

The SQLite database is the stall probe's (bench/stalls.py: ``--rows`` registrations made through
``qsm-import``, each with its history, cached); it is copied and opened through the app (so it
is at the latest schema), then moved into a throw-away PostgreSQL cluster with ``migrate-db``'s
own copy (tests/postgres_server.py starts the cluster; fsync is off there, as on a server with a
battery-backed cache, so the figures are the database's work, not the disk's). Then, paired —
SQLite, PostgreSQL, SQLite, PostgreSQL … in one process:

- registration write: ``RegistrationService.register`` (one transaction, one history row, the
  change announced), ``--writes`` per run, the median per write;
- grid read: the お知らせ設定データ grid's read of every registration
  (``grid_query.search_rows()``, what the window's first paint and 【検索】 read);
- notification delay between two clients: a second process writes one registration and prints
  the time it committed; this process, watching as a window does (``watch_outside_writes``:
  PRAGMA data_version on SQLite, LISTEN/NOTIFY on PostgreSQL) but asking every millisecond,
  notes when the change arrives. A window asks every ``poll_ms`` (the watch says how often), so
  a seller sees a colleague's change after this delay plus half that interval on average.

Printed: each figure on both (min / median) and PostgreSQL / SQLite. No goal makes the run fail:
the figures describe what a shop can expect (README, "A shared database").
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from postgres_server import PostgresServer  # noqa: E402  (the tests' throw-away cluster)
from stalls import database_for  # noqa: E402

# A second client: write one registration on the store, print when it committed.
_WRITER = """
import sys, time
from qsm_desktop.core.db import open_store
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
db = open_store(sys.argv[1])
service = RegistrationService("colleague")
template = int(sys.argv[2])
print("ready", flush=True)
number = 0
while sys.stdin.readline():  # one line: one write (read line by line, not read ahead)
    number += 1
    service.register(RegistrationInput(template, destination=f"colleague{number}@example.jp"))
    print(repr(time.time()), flush=True)
db.close()
"""


def _median_min(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def _row(label: str, sqlite: list[float], pg: list[float], unit: str, scale: float) -> None:
    s_min, s_med = _median_min(sqlite)
    p_min, p_med = _median_min(pg)
    print(
        f"  {label:<28} {s_min * scale:8.2f} / {s_med * scale:8.2f} {unit:<3}"
        f"  {p_min * scale:8.2f} / {p_med * scale:8.2f} {unit:<3}"
        f"  {p_med / s_med:6.2f}x"
    )


def _opened(location: str) -> Callable[[], object]:
    from qsm_desktop.core.db import open_store

    db = open_store(location)
    return db.close


_written = 0  # destinations stay distinct across runs (a duplicate is refused)


def measure_writes(location: str, template: int, count: int) -> float:
    """The median seconds of one registration written through the service."""
    from qsm_desktop.core.registrations import RegistrationInput, RegistrationService

    global _written
    close = _opened(location)
    try:
        service = RegistrationService("bench")
        times = []
        for _ in range(count):
            _written += 1
            address = f"bench{_written}@example.jp"
            start = time.perf_counter()
            service.register(RegistrationInput(template, destination=address))
            times.append(time.perf_counter() - start)
    finally:
        close()
    return statistics.median(times)


def measure_grid_read(location: str, expected: int) -> float:
    from qsm_desktop.core.grid_query import search_rows

    close = _opened(location)
    try:
        start = time.perf_counter()
        rows = search_rows()
        elapsed = time.perf_counter() - start
    finally:
        close()
    if len(rows) < expected:
        raise SystemExit(f"grid read {len(rows)} rows, expected at least {expected}")
    return elapsed


def measure_notices(location: str, template: int, count: int) -> tuple[list[float], int]:
    """Seconds from another process' commit to this one noticing it; the app's poll interval."""
    from qsm_desktop.core.db import open_store
    from qsm_desktop.core.store_watch import watch_outside_writes

    db = open_store(location)
    watch = watch_outside_writes(db, "bench")  # a token of its own: skip nobody's notices
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, location, str(template)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert writer.stdin is not None and writer.stdout is not None
    delays = []
    try:
        assert writer.stdout.readline().strip() == "ready"
        watch.events()  # whatever came before
        for _ in range(count):
            writer.stdin.write("write\n")
            writer.stdin.flush()
            deadline = time.time() + 30
            while not watch.events():
                if time.time() > deadline:
                    raise SystemExit("no notice of the other client's write within 30 s")
                time.sleep(0.001)
            seen = time.time()
            committed = float(writer.stdout.readline())
            delays.append(max(0.0, seen - committed))
    finally:
        writer.stdin.close()
        writer.wait(timeout=30)
        watch.close()
        db.close()
    return delays, int(watch.poll_ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--writes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notices", type=int, default=10)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "qsm-stalls")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)

    from qsm_desktop.core.db import open_database
    from qsm_desktop.core.db_transfer import transfer

    work = Path(tempfile.mkdtemp(prefix="qsm-bench-pg-"))
    server = PostgresServer.start_new()
    try:
        sqlite = work / "qsm.db"
        shutil.copyfile(database_for(args.rows, args.cache), sqlite)
        open_database(sqlite).close()  # at the latest schema, as the app opens it
        pg = server.url(server.create_database("bench"))
        start = time.perf_counter()
        checks = transfer(sqlite, pg)
        moved = time.perf_counter() - start
        rows = sum(c.rows for c in checks)
        from qsm_desktop.core.models import Template

        template = int(Template.select(Template.no).order_by(Template.no).first().no)
        print(
            f"PostgreSQL {server.version} (local socket) beside SQLite; {args.rows:,} "
            f"registrations; {args.runs} paired runs (min / median)"
        )
        print(f"  migrate-db SQLite -> PostgreSQL: {rows:,} rows in {moved:.1f} s")
        print(f"  {'':<28} {'SQLite':>23}  {'PostgreSQL':>23}  PG/SQLite")
        writes: dict[str, list[float]] = {"s": [], "p": []}
        reads: dict[str, list[float]] = {"s": [], "p": []}
        for _ in range(args.runs):
            writes["s"].append(measure_writes(str(sqlite), template, args.writes))
            writes["p"].append(measure_writes(pg, template, args.writes))
            reads["s"].append(measure_grid_read(str(sqlite), args.rows))
            reads["p"].append(measure_grid_read(pg, args.rows))
        _row("registration write", writes["s"], writes["p"], "ms", 1000)
        _row(f"grid read ({args.rows:,} rows)", reads["s"], reads["p"], "ms", 1000)
        s_delays, s_poll = measure_notices(str(sqlite), template, args.notices)
        p_delays, p_poll = measure_notices(pg, template, args.notices)
        _row("notice, other client", s_delays, p_delays, "ms", 1000)
        print(
            f"  a window asks every {s_poll} ms (SQLite) / {p_poll} ms (PostgreSQL): a "
            "colleague's change shows after the notice delay plus half of that on average"
        )
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
