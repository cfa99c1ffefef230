"""Parallel writers: N processes each running M ``qsm-desktop register`` commands at once.

    python bench/parallel_writers.py [--processes 4] [--registers 60]

Every register is a separate CLI process (as a seller's script loop would run them), all on one
database. Write transactions start as ``BEGIN IMMEDIATE``, so a writer waits (up to the busy
timeout) for the one holding the lock instead of failing. The script counts the registers that
succeeded, those refused (exit 2: one Japanese line), anything else (a traceback), and checks
the database afterwards: one registration and one history row per success, integrity ok.
Exit status 1 unless every register succeeded.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TEMPLATES = (18, 47, 1, 2)  # a distinct template per loop keeps destinations unique per loop


def _loop(db: Path, loop: int, count: int) -> list[tuple[int, str]]:
    """One seller's script: ``count`` registers one after the other; (exit status, stderr)."""
    results = []
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    for n in range(count):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "qsm_desktop",
                "--db",
                str(db),
                "--user",
                f"loop{loop}",
                "register",
                "--template",
                str(TEMPLATES[loop % len(TEMPLATES)]),
                "--to",
                f"loop{loop}-{n}@example.jp",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        results.append((done.returncode, done.stderr.strip()))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--registers", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "parallel.db"
        first = subprocess.run(
            [sys.executable, "-m", "qsm_desktop", "--db", str(db), "templates"],
            capture_output=True,
            check=False,
        )
        if first.returncode:
            print(first.stderr.decode(), file=sys.stderr)
            return 1
        start = time.perf_counter()
        with ThreadPoolExecutor(args.processes) as pool:
            loops = list(
                pool.map(lambda loop: _loop(db, loop, args.registers), range(args.processes))
            )
        elapsed = time.perf_counter() - start
        results = [r for loop in loops for r in loop]
        ok = sum(1 for code, _ in results if code == 0)
        refused = [err for code, err in results if code == 2]
        other = [err for code, err in results if code not in (0, 2)]
        conn = sqlite3.connect(db)
        try:
            registrations = conn.execute("SELECT COUNT(*) FROM registration").fetchone()[0]
            history = conn.execute("SELECT COUNT(*) FROM history").fetchone()[0]
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    total = args.processes * args.registers
    print(f"{args.processes} processes x {args.registers} register: {ok}/{total} succeeded")
    print(f"refused (exit 2, one line): {len(refused)}; other failures: {len(other)}")
    print(f"stored: {registrations} registrations, {history} history rows; integrity {integrity}")
    print(f"wall time {elapsed:.1f} s ({elapsed / total * 1000:.0f} ms per register)")
    for err in (refused + other)[:5]:
        print("  e.g.:", err.splitlines()[-1] if err else "(no message)")
    good = ok == total == registrations == history and integrity == "ok"
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
