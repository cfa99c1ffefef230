"""Benchmark: pathological bodies the store accepts are analysed in linear time.

    python bench/hostile_bodies.py [--repeat N]

For each pathological body — ``<!--``×n, ``{$_``×n, ``<``×n, ``<a "``×n, deeply nested tokens
(``{$_[$_##ISLOOP_``×n), unknown placeholders on one line, and many loop rows — from 10 KB up to
the body limit (registrations.MAX_TEXT["body"] characters), prints the time per KB of

* ``check``: what the setup check and the syntax highlighter run (``scan_template``: tokeniser,
  compiler analysis, HTML sniffing), on a fresh text each time (the analysis cache is cleared);
* ``render``: the live preview's whole cycle (``render_mail``: the above, render, plain-text view,
  encoding report).

Time per KB is flat when the pass is linear: the last column is the time per KB at the limit
divided by the time per KB at 10 KB, both measured in this run (min of N repeats). A quadratic
pass shows a ratio near the size ratio (20 at 200 KB).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qsm_desktop.core.engine import MailSource, load_samples, render_mail, scan_template  # noqa: E402
from qsm_desktop.core.engine.compiler import analyze, compile_template  # noqa: E402
from qsm_desktop.core.registrations import MAX_TEXT  # noqa: E402

LIMIT = MAX_TEXT["body"]
SIZES = (10_000, 25_000, 50_000, 100_000, LIMIT)
BODIES: dict[str, str] = {
    "<!--": "<!--",
    "{$_": "{$_",
    "<": "<",
    '<a "': '<a "',
    "nested tokens": "{$_[$_##ISLOOP_",
    "unknown tokens": "{$_NOPE_$}",
    "loop rows": "<p>##ISLOOP_{$_DEL_MEMO_$}</p>\n",
}


def _body(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        analyze.cache_clear()
        compile_template.cache_clear()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    values = load_samples()["long-memo"].values
    header = f"{'body':<16}{'pass':<8}" + "".join(f"{s // 1000:>7} KB" for s in SIZES)
    print("time per KB (µs); last column: per-KB time at the limit / at 10 KB")
    print(header + "   ratio")
    worst = 0.0
    for name, unit in BODIES.items():
        for stage in ("check", "render"):
            per_kb = []
            for size in SIZES:
                source = MailSource("件名", "Qoo10 <qoo10info@qoo10.jp>", _body(unit, size))
                if stage == "check":
                    seconds = _best(partial(scan_template, source), args.repeat)
                else:
                    seconds = _best(partial(render_mail, source, values), args.repeat)
                per_kb.append(seconds * 1e6 / (size / 1000))
            ratio = per_kb[-1] / per_kb[0]
            worst = max(worst, ratio)
            cells = "".join(f"{t:>10.1f}" for t in per_kb)
            print(f"{name:<16}{stage:<8}{cells}   {ratio:5.2f}")
    print(f"worst ratio {worst:.2f} (linear: about 1; quadratic: about {SIZES[-1] / SIZES[0]:.0f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
