"""Crash safety: kill the writer with SIGKILL at random moments, then check nothing is lost.

    python bench/crash_safety.py [--operations 1000] [--seed N]

A writer process (this script with ``--writer``) opens the database through the app's own
``open_database`` and makes changes through the registration service without pause: single
修正 of one registration (a new タイトル) and bulk changes (one transaction changing
:data:`BULK` registrations, as 送信先の一括変更 does). After each call returns — the transaction
has committed — it prints an acknowledgement line. The parent kills it with SIGKILL after a
random time (while it writes, commits, or starts), starts a new one, and so on until at least
``--operations`` changes were acknowledged. Then it checks:

- ``PRAGMA integrity_check`` is ok;
- every acknowledged edit is in the history (its row, its new title) and each registration's
  stored title is its last history row's;
- every bulk change, acknowledged or cut off, is all or nothing (:data:`BULK` rows or none).

It prints kills / acknowledged / lost and exits 1 if anything was lost or half-written.
The tests run a short version (a few kills) through :func:`run`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REGISTRATIONS = 24
BULK = 6
TEMPLATES = (18, 47, 1, 2)


def _writer(db: Path, start: int, seed: int) -> int:
    """The child: change the database until killed, acknowledging each committed change."""
    from qsm_desktop.core.db import open_database
    from qsm_desktop.core.registrations import Patch, RegistrationService

    open_database(db)
    service = RegistrationService("crash-bench")
    rng = random.Random(seed)
    ids = [r.id for r in service.search()]
    print("READY", flush=True)
    seq = start
    while True:
        seq += 1
        if rng.random() < 0.8:
            reg_id = rng.choice(ids)
            service.modify(reg_id, Patch(title=f"e{seq}"))
            print(f"E {seq} {reg_id}", flush=True)
        else:
            chosen = rng.sample(ids, BULK)
            service.modify_many([(i, Patch(title=f"b{seq}")) for i in chosen], "bulk")
            print(f"B {seq}", flush=True)


def _setup(db: Path) -> None:
    from qsm_desktop.core.db import open_database
    from qsm_desktop.core.registrations import RegistrationInput, RegistrationService

    database = open_database(db)
    service = RegistrationService("crash-bench")
    for n in range(REGISTRATIONS):
        service.register(
            RegistrationInput(TEMPLATES[n % len(TEMPLATES)], f"r{n}@example.jp", body="b" * 2000)
        )
    database.close()


@dataclass
class Outcome:
    kills: int = 0
    edits: list[tuple[int, int]] = field(default_factory=list)  # (seq, registration)
    bulks: list[int] = field(default_factory=list)
    integrity: str = ""
    lost: list[str] = field(default_factory=list)
    partial_bulks: list[int] = field(default_factory=list)
    inconsistent: list[int] = field(default_factory=list)

    @property
    def acknowledged(self) -> int:
        return len(self.edits) + len(self.bulks)

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and not self.lost
            and not self.partial_bulks
            and not self.inconsistent
        )


def _one_life(db: Path, start: int, seed: int, delay: float, outcome: Outcome) -> int:
    """Start a writer, kill it ``delay`` seconds after it is ready; returns the last seq seen."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--writer", str(db), "--start", str(start), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    ready = threading.Event()
    last = start

    def read() -> None:
        nonlocal last
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if parts == ["READY"]:
                ready.set()
            elif parts and parts[0] == "E":
                outcome.edits.append((int(parts[1]), int(parts[2])))
                last = int(parts[1])
            elif parts and parts[0] == "B":
                outcome.bulks.append(int(parts[1]))
                last = int(parts[1])

    reader = threading.Thread(target=read)
    reader.start()
    if not ready.wait(60):
        child.kill()
        raise RuntimeError(
            f"the writer did not start: {child.stderr.read() if child.stderr else ''}"
        )
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join()
    child.stdout.close()
    if child.stderr is not None:
        errors = child.stderr.read()
        child.stderr.close()
        if errors.strip():
            raise RuntimeError(f"the writer failed before the kill:\n{errors}")
    outcome.kills += 1
    # The kill may land after the commit and before the acknowledgement: the next life starts
    # well past any number the last one may have used.
    return last + 1000


def _verify(db: Path, outcome: Outcome) -> None:
    conn = sqlite3.connect(db)
    try:
        outcome.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        written: Counter[str] = Counter()  # title -> history rows that set it
        edited: set[tuple[str, int]] = set()
        last_title: dict[int, str] = {}
        for reg_id, changes in conn.execute(
            "SELECT registration_id, changes FROM history ORDER BY id"
        ):
            for change in json.loads(changes):
                if change["field"] == "title":
                    written[change["after"]] += 1
                    edited.add((change["after"], reg_id))
                    last_title[reg_id] = change["after"]
        for reg_id, title in conn.execute("SELECT id, title FROM registration"):
            if last_title.get(reg_id, title) != title:
                outcome.inconsistent.append(reg_id)
    finally:
        conn.close()
    for seq, reg_id in outcome.edits:
        if (f"e{seq}", reg_id) not in edited:
            outcome.lost.append(f"edit e{seq} of registration {reg_id}")
    for seq in outcome.bulks:
        if written[f"b{seq}"] != BULK:
            outcome.lost.append(f"bulk b{seq} ({written[f'b{seq}']} of {BULK} rows)")
    outcome.partial_bulks = sorted(
        int(title[1:]) for title, n in written.items() if title.startswith("b") and n != BULK
    )


def run(
    operations: int, seed: int, folder: Path, max_delay: float = 0.6, min_kills: int = 1
) -> Outcome:
    """Kill writers until ``operations`` changes were acknowledged and at least ``min_kills``
    writers were killed, then verify."""
    db = folder / "crash.db"
    _setup(db)
    rng = random.Random(seed)
    outcome = Outcome()
    start = 0
    while outcome.acknowledged < operations or outcome.kills < min_kills:
        start = _one_life(db, start, rng.randrange(1 << 30), rng.uniform(0.0, max_delay), outcome)
    _verify(db, outcome)
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--max-delay", type=float, default=0.6)
    parser.add_argument("--writer", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        return _writer(Path(args.writer), args.start, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        outcome = run(args.operations, args.seed, Path(folder), args.max_delay)
        elapsed = time.perf_counter() - started
    print(f"seed {args.seed}: {outcome.kills} kills in {elapsed:.0f} s")
    print(
        f"acknowledged: {outcome.acknowledged} "
        f"({len(outcome.edits)} edits, {len(outcome.bulks)} bulk changes of {BULK})"
    )
    print(f"integrity: {outcome.integrity}")
    print(f"lost: {len(outcome.lost)}; half-written bulk changes: {len(outcome.partial_bulks)}")
    print(f"registrations whose title is not their last history row's: {len(outcome.inconsistent)}")
    for item in outcome.lost[:10]:
        print("  lost:", item)
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
