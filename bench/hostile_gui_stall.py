"""Stall probe for pathological bodies in the edit form: the GUI never freezes over 100 ms.

    python bench/hostile_gui_stall.py [--size CHARS] [--limit-ms 100]

Offscreen Qt, the real main window on a fresh database. For each pathological body of the
body limit's size (``<!--``×n, ``{$_``×n, ``<``×n, ``<a "``×n, nested tokens, unknown tokens,
many loop rows) a heartbeat timer (every 5 ms) measures the longest gap in the event loop while

* ``paste``: the body is put in the editor the way a paste arrives (``insertPlainText``), with the
  syntax highlighter running on the GUI thread;
* ``preview``: the live preview re-renders it in its worker thread (tokeniser, compiler, render,
  text view, encoding report) until the result is shown;
* ``keystroke``: one character typed at the end, until the preview shows it again.

Prints the longest gap per phase (ms) and exits 1 when one is over ``--limit-ms``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from qsm_desktop.core.limits import MAX_BODY_CHARS  # noqa: E402

BODIES = {
    "<!--": "<!--",
    "{$_": "{$_",
    "<": "<",
    '<a "': '<a "',
    "nested tokens": "{$_[$_##ISLOOP_",
    "unknown tokens": "{$_NOPE_$}",
    "loop rows": "<p>##ISLOOP_{$_DEL_MEMO_$}</p>\n",
}


class Heartbeat:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0


def wait(app: QApplication, until: Callable[[], object], timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=MAX_BODY_CHARS)
    parser.add_argument("--limit-ms", type=float, default=100.0)
    args = parser.parse_args()
    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="qsm-stall-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.view_settings import ViewSettings

    context = AppContext.from_options(str(folder / "stall.sqlite"), "bench")
    context.open()
    window = MainWindow(context, ViewSettings())
    window.resize(1400, 900)
    window.show()
    form = window.form
    preview = form.preview
    editor = form.ui.bodyEdit
    beat = Heartbeat()
    wait(app, lambda: False, 0.5)
    worst = 0.0
    print(f"longest event-loop gap (ms), body of {args.size:,} characters")
    print(f"{'body':<16}{'paste':>8}{'preview':>9}{'keystroke':>11}")
    for name, unit in BODIES.items():
        body = (unit * (args.size // len(unit) + 1))[: args.size]
        editor.clear()
        wait(app, lambda: not preview.pending, 30)
        row = []
        beat.reset()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.insertPlainText(body)
        app.processEvents()
        row.append(beat.worst)
        beat.reset()
        wait(app, lambda: not preview.pending)
        wait(app, lambda: False, 0.2)
        row.append(beat.worst)
        beat.reset()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.insertPlainText("x")
        wait(app, lambda: not preview.pending)
        wait(app, lambda: False, 0.2)
        row.append(beat.worst)
        worst = max(worst, *row)
        print(f"{name:<16}" + "".join(f"{ms * 1000:>9.0f}" for ms in row))
    form.reset()
    print(f"worst {worst * 1000:.0f} ms (limit {args.limit_ms:.0f} ms)")
    return 0 if worst * 1000 <= args.limit_ms else 1


if __name__ == "__main__":
    raise SystemExit(main())
