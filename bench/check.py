"""Benchmark: ``check --json`` against ``list --json`` on the same database, paired.

    python bench/check.py [--rows 100000] [--runs 5] [--cache DIR]

The database is the stall probe's (bench/stalls.py): ``--rows`` registrations made through
``qsm-import``, cached. Each run starts both commands as fresh processes, one after the other,
and reads the wall clock around each; the ratio of medians (and of minimums) is the figure.
Goal: ``check`` within 1.5x of ``list``: checking the setup scales like reading the rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stalls import ROOT, database_for

GOAL = 1.5


def timed(db: Path, *command: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QSM_DESKTOP_DB", None)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "qsm_desktop", "--db", str(db), *command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        check=False,  # check exits 1 when it finds errors
    )
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "qsm-stalls")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    db = database_for(args.rows, args.cache)
    timed(db, "list", "--json")  # warm the file cache
    lists: list[float] = []
    checks: list[float] = []
    for _ in range(args.runs):
        lists.append(timed(db, "list", "--json"))
        checks.append(timed(db, "check", "--json"))
    ratio = statistics.median(checks) / statistics.median(lists)
    print(f"{args.rows:,} registrations, {args.runs} paired runs (min / median):")
    print(f"  list --json   {min(lists):6.2f} / {statistics.median(lists):6.2f} s")
    print(f"  check --json  {min(checks):6.2f} / {statistics.median(checks):6.2f} s")
    print(
        f"  check / list: {ratio:.2f}x (median), {min(checks) / min(lists):.2f}x (min)"
        f"   goal <= {GOAL}x"
    )
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
