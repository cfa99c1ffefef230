"""Benchmark: import of GoodsList.csv / gridInventory against a floor, and its peak memory.

    python bench/import.py [--goods N] [--inventory M] [--keep]

Generates a GoodsList.csv (default 100,000 rows) and an InventoryManagement_gridInventory.csv
(default 300,000 rows) in CP932 in a temporary folder, then times in one run:

* the app's import (``import_file`` into a fresh database opened by ``open_database``);
* the floor: the standard ``csv`` module reading the same file and ``sqlite3.executemany`` of the
  raw rows into one all-TEXT table, in one transaction, with the app's pragmas;
* ``pandas.read_csv`` + ``to_sql`` when pandas happens to be installed (it is not a dependency).

The goal is an import within 1.5x the floor. A re-import of GoodsList.csv over the previous
snapshot is timed too (it deletes the old rows and compares their zero-led codes with the new
file's): the same file again, every code zero-led and kept, every code's zeros lost. Then the process's peak memory (peak RSS, from
``resource.getrusage``, Python and SQLite and everything else) is measured for the inventory
import at 50,000, 100,000, 300,000 and 1,000,000 rows (``--rss-sizes``), each import alone in a
fresh process, paired with the floor's at the same size: an import that streams stays flat as
the file grows, like the floor.
"""

from __future__ import annotations

import argparse
import csv
import gc
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qsm_desktop.core.db import PRAGMAS, open_database  # noqa: E402
from qsm_desktop.core.products.columns import GOODS, INVENTORY  # noqa: E402
from qsm_desktop.core.products.importer import import_file  # noqa: E402

GOAL = 1.5

_NAMES = (
    "Tシャツ",
    "マグカップ",
    "髙橋製作所の包丁",
    "㈱山﨑ソープ",
    "ﾊﾝｶｸｶﾅ商品",
    "①番人気セット",
)
_COLOURS = ("赤", "青", "白", "黒", "ネイビー")
_SIZES = ("S", "M", "L", "XL")


def goods_rows(n: int, seed: int = 1) -> Iterator[list[str]]:
    rnd = random.Random(seed)
    for i in range(n):
        price = rnd.randrange(100, 50_000)
        yield [
            str(1_000_000_000 + i),
            f"SC-{i:07d}" if i % 50 else "",
            f"{rnd.choice(_NAMES)} {i}号, 「限定」",
            f"{price:,}" if i % 3 else str(price),
            str(price * 8 // 10),
            str(price // 10),
            str(rnd.randrange(0, 1000)),
            rnd.choice(("0", "500", "1,200")),
            rnd.choice(("無料", "有料", "条件付無料")),
            f"2029/{rnd.randrange(1, 13):02d}/{rnd.randrange(1, 29):02d} 23:59"
            if i % 2
            else f"2030-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
        ]


def inventory_rows(m: int, seed: int = 2) -> Iterator[list[str]]:
    rnd = random.Random(seed)
    for j in range(m):
        i = j // 3
        yield [
            str(1_000_000_000 + i),
            f"SC-{i:07d}",
            "組合型",
            "カラー",
            rnd.choice(_COLOURS),
            "サイズ",
            rnd.choice(_SIZES),
            "",
            "",
            rnd.choice(("0", "100", "1,000")),
            str(rnd.randrange(0, 300)),
            f"OPT-{j:08d}",
            str(rnd.randrange(0, 10)),
        ]


def write_csv(path: Path, header: tuple[str, ...], rows: Iterator[list[str]]) -> Path:
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="cp932", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def app_import(path: Path, db_file: Path) -> float:
    db = open_database(db_file)
    try:
        start = time.perf_counter()
        import_file(path, operator="bench")
        return time.perf_counter() - start
    finally:
        db.close()


def app_reimport(first: Path, path: Path, db_file: Path) -> float:
    """The import of ``path`` over a snapshot of ``first``: the previous rows are deleted, and
    their zero-led codes compared with the new file's (lost leading zeros, damage.py)."""
    db = open_database(db_file)
    try:
        import_file(first, operator="bench")
        start = time.perf_counter()
        import_file(path, operator="bench")
        return time.perf_counter() - start
    finally:
        db.close()


def zero_led_goods(n: int, lost: bool) -> Iterator[list[str]]:
    """The goods rows with every 販売者コード zero-led (0001234), or with its zeros lost (1234)."""
    for i, row in enumerate(goods_rows(n)):
        row[1] = str(i + 1) if lost else f"{i + 1:07d}"
        yield row


def floor_import(path: Path, db_file: Path, width: int) -> float:
    conn = sqlite3.connect(db_file, isolation_level=None)
    for key, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {key} = {value}")
    columns = ", ".join(f"c{i} TEXT" for i in range(width))
    conn.execute(f"CREATE TABLE floor ({columns})")
    start = time.perf_counter()
    with path.open(encoding="cp932", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO floor VALUES ({', '.join('?' * width)})", reader)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def has_pandas() -> bool:
    try:
        import pandas  # noqa: F401  # optional, never a dependency
    except ImportError:
        return False
    return True


def pandas_import(path: Path, db_file: Path) -> float:
    """pandas.read_csv + to_sql into a database with the app's pragmas (as the floor has)."""
    import pandas

    conn = sqlite3.connect(db_file)
    for key, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {key} = {value}")
    start = time.perf_counter()
    frame = pandas.read_csv(path, encoding="cp932", dtype=str, keep_default_na=False)
    frame.to_sql("pandas", conn, index=False)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def best_times(
    runs: int, contenders: dict[str, Callable[[Path], float]], work: Path
) -> dict[str, float]:
    """Best of ``runs`` for each contender, interleaved so background load hits all alike."""
    best = dict.fromkeys(contenders, float("inf"))
    for r in range(runs):
        for name, fn in contenders.items():
            best[name] = min(best[name], fn(work / f"{name}-{r}.db"))
            gc.collect()
    return best


def child_peak_rss(which: str, path: Path, db_file: Path, width: int) -> tuple[int, int]:
    """(resident memory just before the import, peak RSS after it) in bytes, of a fresh process
    doing only that import ("app" or "floor"). Resident before, not the peak before: starting up
    (imports, the catalog) peaks higher than it stays, and would hide the import's own growth."""
    code = (
        "import resource, sys; sys.path.insert(0, sys.argv[5]); "
        "from pathlib import Path; import importlib.util; "
        "spec = importlib.util.spec_from_file_location('bench_import', sys.argv[4]); "
        "bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench); "
        "status = Path('/proc/self/status'); "
        "before = (int(next(l.split()[1] for l in status.read_text().splitlines() "
        "if l.startswith('VmRSS:'))) if status.exists() "
        "else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); "
        "f = Path(sys.argv[2]); db = Path(sys.argv[3]); "
        "bench.app_import(f, db) if sys.argv[1] == 'app' else "
        "bench.floor_import(f, db, int(sys.argv[6])); "
        "print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            which,
            str(path),
            str(db_file),
            __file__,
            str(ROOT),
            str(width),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[0]) * 1024, int(out[1]) * 1024  # Linux reports KiB


def rss_series(sizes: list[int], work: Path) -> None:
    print("\nprocess memory (MB; resident before the import -> peak RSS), inventory file, paired:")
    width = len(INVENTORY.headers)
    for rows in sizes:
        path = write_csv(work / f"rss-{rows}.csv", INVENTORY.headers, inventory_rows(rows))
        app = child_peak_rss("app", path, work / f"rss-app-{rows}.db", width)
        floor = child_peak_rss("floor", path, work / f"rss-floor-{rows}.db", width)
        print(
            f"  {rows:>9,} rows  app {app[0] / 1e6:6.1f} -> {app[1] / 1e6:6.1f}   "
            f"floor {floor[0] / 1e6:6.1f} -> {floor[1] / 1e6:6.1f}   "
            f"growth app {(app[1] - app[0]) / 1e6:6.1f}  floor {(floor[1] - floor[0]) / 1e6:6.1f}"
        )
        path.unlink()


def reimports(goods: Path, rows: int, runs: int, work: Path) -> None:
    """A second import over the first (same file; zero-led codes kept; all their zeros lost),
    each paired with the floor in the same run."""
    zeros = write_csv(work / "zeros" / "GoodsList.csv", GOODS.headers, zero_led_goods(rows, False))
    lost = write_csv(work / "lost" / "GoodsList.csv", GOODS.headers, zero_led_goods(rows, True))
    width = len(GOODS.headers)
    times = best_times(
        runs,
        {
            "again": partial(app_reimport, goods, goods),
            "zeros-kept": partial(app_reimport, zeros, zeros),
            "zeros-lost": partial(app_reimport, zeros, lost),
            "floor": partial(floor_import, goods, width=width),
        },
        work,
    )
    floor = times.pop("floor")
    print(
        f"re-import of {goods.name} over the previous snapshot ({rows:,} rows), floor {floor:.2f}s:"
    )
    for name, seconds in times.items():
        print(f"  {name:<11} {seconds:.2f}s  ratio {seconds / floor:.2f}x")
    for path in (zeros, lost):
        path.unlink()
        path.parent.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--goods", type=int, default=100_000, metavar="N")
    parser.add_argument("--inventory", type=int, default=300_000, metavar="M")
    parser.add_argument("--runs", type=int, default=3, help="best of R timings (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--rss-sizes", default="50000,100000,300000,1000000")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="qsm-bench-"))
    files = {
        "goods": (
            write_csv(work / "GoodsList.csv", GOODS.headers, goods_rows(args.goods)),
            len(GOODS.headers),
            args.goods,
        ),
        "inventory": (
            write_csv(
                work / "InventoryManagement_gridInventory.csv",
                INVENTORY.headers,
                inventory_rows(args.inventory),
            ),
            len(INVENTORY.headers),
            args.inventory,
        ),
    }
    print(f"files in {work} (CP932, CRLF)")
    worst = 0.0
    with_pandas = has_pandas()
    for kind, (full, width, rows) in files.items():
        size_mb = full.stat().st_size / 1e6
        contenders: dict[str, Callable[[Path], float]] = {
            f"app-{kind}": partial(app_import, full),
            f"floor-{kind}": partial(floor_import, full, width=width),
        }
        if with_pandas:  # timed like the others: interleaved, best of the runs
            contenders[f"pandas-{kind}"] = partial(pandas_import, full)
        times = best_times(args.runs, contenders, work)
        app, floor = times[f"app-{kind}"], times[f"floor-{kind}"]
        ratio = app / floor
        worst = max(worst, ratio)
        print(
            f"{full.name}: {rows:,} rows, {size_mb:.1f} MB  "
            f"import {app:.2f}s ({rows / app:,.0f} rows/s)  floor {floor:.2f}s  "
            f"ratio {ratio:.2f}x (goal <= {GOAL}x)"
        )
        if not with_pandas:
            print("  pandas: not installed (skipped)")
        else:
            pandas_time = times[f"pandas-{kind}"]
            print(f"  pandas read_csv + to_sql {pandas_time:.2f}s  ratio {app / pandas_time:.2f}x")
    print(f"worst ratio {worst:.2f}x: {'OK' if worst <= GOAL else 'ABOVE GOAL'}")
    reimports(files["goods"][0], args.goods, args.runs, work)
    rss_series([int(n) for n in args.rss_sizes.split(",") if n], work)
    if not args.keep:
        for path in work.iterdir():
            path.unlink()
        work.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
