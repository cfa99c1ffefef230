"""Benchmark: process start → main window painted, against a bare PySide6 window, in one run.

    python bench/startup.py [--runs 21] [--rows 1000] [--big 100000] [--skip-big]

Each measurement is a fresh subprocess with ``QT_QPA_PLATFORM=offscreen``. The parent reads the
monotonic clock (system-wide on Linux) just before starting the child; the child prints the
clock when the registration grid has drawn its rows for the first time (its header is painted
right after its cells, in the same pass). So a number covers interpreter start, imports, opening
the database, the search and the first paint of the grid's rows. Three programs are timed, interleaved, ``--runs`` times each:

* ``bare``   a bare PySide6 script: QMainWindow + QTableView over a 1,000-row, 12-column model;
* ``app``    ``python -m qsm_desktop --db DB`` — the real entry point (the root, then the GUI);
* ``gui``    the GUI's start called directly (the first rows read before Qt, then ``run_gui``),
  as ``app`` does it without the command line: the GUI's own share of ``app``.

The goal is ``app`` within 1.3x ``bare`` (ratio of medians). Then, with ``--big`` registrations
(default 100,000), the window is opened once more and the child times a few interactions after
the first paint: what start-up left for after the first paint (building the edit form and
loading the template engine), 【検索】 with ALL, with one お知らせ種類, with an address, a sort by
送信先, and the refresh after one 修正 (one row, not a reload).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Installed in every child before the program runs: report the first paint of the grid.
#
# It imports nothing of Qt itself: the program imports Qt when it does (the app reads its first
# rows before it imports Qt, and PySide's import hook reads the source of every module imported
# after Qt, so importing Qt first would charge the app for modules it loads before Qt). When the
# program imports PySide6.QtWidgets, QTableView.setModel is wrapped, and the grid's viewport is
# watched from the moment the grid gets its model.
#
# Only that viewport is watched. An event filter on the whole application (how this hook first
# worked) is not neutral: PySide converts every event of every widget for it, and makes a Python
# type for each Qt-internal widget it meets (a combo box's popup, a line edit's clear button, a
# tab bar ...). Measured on the main window: its setupUi took 15 ms without that filter and
# 37-59 ms with it, an overhead that grows with the window's widget count and that no seller's
# start-up pays.
_PAINT_HOOK = """
import os, sys, time

_MIN_ROWS = int(os.environ["BENCH_MIN_ROWS"])
_TABLE = os.environ.get("BENCH_TABLE", "")
_hooks = []


def _after_paint(table, painted):
    import json

    extra = {}
    follow_up = globals().get("follow_up")
    try:
        if follow_up is not None:
            extra = follow_up(table)
    except BaseException as exc:  # report, never hang the benchmark
        print("FAILED", repr(exc), flush=True)
        os._exit(1)
    print("PAINTED", painted, json.dumps(extra), flush=True)
    os._exit(0)


def _watch_tables(widgets):
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    def viewport(view):
        # findChild, not viewport(): the first viewport() from Python costs ~10 ms (PySide
        # makes the Python type of every QWidget subclass to find the viewport's).
        return view.findChild(
            QObject, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
        )

    class FirstPaint(QObject):
        # The grid's viewport paints its rows, then (same pass) the header paints: the time is
        # read then, when the rows have been drawn, not when their drawing starts.
        def __init__(self, table):
            super().__init__(table)
            self.table = table
            self.cells = viewport(table)
            self.header = viewport(table.horizontalHeader())
            self.rows_drawn = False
            self.cells.installEventFilter(self)
            self.header.installEventFilter(self)

        def eventFilter(self, watched, event):
            if event.type() != QEvent.Type.Paint:
                return False
            if watched is self.cells:
                model = self.table.model()
                self.rows_drawn = model is not None and model.rowCount() >= _MIN_ROWS
            elif self.rows_drawn:
                painted = time.monotonic()
                self.cells.removeEventFilter(self)
                self.header.removeEventFilter(self)
                QTimer.singleShot(0, lambda: _after_paint(self.table, painted))
            return False

    set_model = widgets.QTableView.setModel

    def watching_set_model(table, model):
        if not _hooks and (not _TABLE or table.objectName() == _TABLE):
            _hooks.append(FirstPaint(table))
        return set_model(table, model)

    widgets.QTableView.setModel = watching_set_model


class _WhenQtWidgetsLoads:  # lets PySide6.QtWidgets load as usual, then wraps setModel

    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _watch_tables(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _WhenQtWidgetsLoads())
"""

_BARE = """
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])

ROWS = int(os.environ["BENCH_MIN_ROWS"])


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 12

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None


window = QMainWindow()
table = QTableView()
table.setObjectName("registrationTable")
table.setModel(Model(table))
window.setCentralWidget(table)
window.resize(1480, 960)
window.show()
sys.exit(app.exec())
"""

_APP = """
sys.argv = ["qsm-desktop", "--db", os.environ["BENCH_DB"]]
from qsm_desktop.__main__ import main
sys.exit(main())
"""

_GUI = """
from pathlib import Path
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.gui.first_rows import read_first_rows
ctx = AppContext(Path(os.environ["BENCH_DB"]))
first = read_first_rows(ctx.db_path)  # before Qt, as the composition root does
from qsm_desktop.gui.app import run_gui
sys.exit(run_gui(ctx, first))
"""

_FOLLOW_UP = """
def follow_up(table):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qsm_desktop.core.registrations import Patch
    from qsm_desktop.gui.registration_model import COL_DESTINATION

    window = table.window()
    ui = window.ui
    app = QApplication.instance()
    timings = {"rows_at_start": window.model.rowCount()}

    def timed(name, action):
        start = time.perf_counter()
        action()
        app.processEvents()
        timings[name] = round(time.perf_counter() - start, 4)

    # What start-up leaves for after the first paint (the edit form, the template engine of its
    # preview) is timed on its own, so that the first interaction below is not charged for it.
    timed("deferred_startup", lambda: window.form.ensure_helpers())
    timed("search_all", ui.searchButton.click)
    ui.kindFilter.setCurrentIndex(1)
    timed("search_kind", ui.searchButton.click)
    timings["rows_kind"] = window.model.rowCount()
    ui.kindFilter.setCurrentIndex(0)
    ui.addressFilter.setText("shop4242")
    timed("search_address", ui.searchButton.click)
    timings["rows_address"] = window.model.rowCount()
    ui.addressFilter.clear()
    ui.searchButton.click()
    ascending = Qt.SortOrder.AscendingOrder
    timed("sort_destination", lambda: table.sortByColumn(COL_DESTINATION, ascending))
    report = window.service.modify(1, Patch(destination="changed@example.jp"))
    timed("refresh_after_modify", lambda: window.apply_report(report))
    timed("open_registration", lambda: window.open_registration(2))
    window.form.reset()
    return timings
"""


def seed(path: Path, count: int) -> None:
    """A database made by open_database, filled with raw executemany (fast)."""
    sys.path.insert(0, str(ROOT))
    from qsm_desktop.core.catalog import all_templates
    from qsm_desktop.core.db import database_proxy, open_database

    db = open_database(path)
    templates = sorted(all_templates(), key=lambda t: t.no)
    stamp = str(datetime(2015, 4, 17, 15, 36))
    rows = []
    for i in range(count):
        t = templates[i % len(templates)]
        rows.append(
            (
                t.no,
                f"shop{i}@example.jp",
                0 if i % 10 == 0 else 1,
                0,
                None,
                "",
                t.title,
                t.sender,
                t.body,
                "tvhasegawa",
                stamp,
                "tvhasegawa",
                stamp,
                "app",
                None,
            )
        )
    with database_proxy.atomic():
        cursor = db.connection().cursor()
        cursor.executemany(
            'INSERT INTO "registration" ("template_no", "destination", "enabled", "standby", '
            '"period", "recognition_key", "title", "sender", "body", "created_by", '
            '"created_at", "updated_by", "updated_at", "origin", "qsm_category") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.close()


def run_child(
    program: str, env_extra: dict[str, str], follow_up: bool = False
) -> tuple[float, dict]:
    code = _PAINT_HOOK + (_FOLLOW_UP if follow_up else "") + program
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    env.pop("QSM_DESKTOP_DB", None)
    # Any non-empty value (even "0") stops Python writing .pyc files; the warm-up run must write
    # them, as an installed app has them, or every child compiles the app's modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith("PAINTED "):
            _, painted, extra = line.split(" ", 2)
            return float(painted) - start, json.loads(extra)
    raise RuntimeError(f"{program[:40]!r} did not paint:\n{result.stdout}\n{result.stderr}")


def summary(values: list[float]) -> str:
    return f"min {min(values) * 1000:7.1f} ms   median {statistics.median(values) * 1000:7.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)  # the VM is noisy
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.db"
        seed(small, args.rows)
        settings_dir = Path(tmp) / "xdg"  # the children's QSettings, not the user's
        base_env = {
            "BENCH_MIN_ROWS": str(args.rows),
            "BENCH_TABLE": "registrationTable",  # the bare script's table has the same name
            "BENCH_DB": str(small),
            "XDG_CONFIG_HOME": str(settings_dir),
        }
        programs = {"bare": _BARE, "app": _APP, "gui": _GUI}
        times: dict[str, list[float]] = {name: [] for name in programs}
        for program in programs.values():  # warm the file cache and .pyc files once
            run_child(program, base_env)
        for _ in range(args.runs):
            for name, program in programs.items():
                times[name].append(run_child(program, base_env)[0])
        print(f"Startup to first paint with {args.rows:,} registrations ({args.runs} runs each):")
        for name in programs:
            print(f"  {name:5} {summary(times[name])}")
        bare = statistics.median(times["bare"])
        for name in ("app", "gui"):
            ratio = statistics.median(times[name]) / bare
            best = min(times[name]) / min(times["bare"])
            print(f"  {name} / bare: {ratio:.2f}x (median), {best:.2f}x (min)   goal <= 1.3x")

        if not args.skip_big:
            big = Path(tmp) / "big.db"
            started = time.perf_counter()
            seed(big, args.big)
            print(f"\nSeeded {args.big:,} registrations in {time.perf_counter() - started:.1f} s")
            env = dict(base_env, BENCH_DB=str(big), BENCH_MIN_ROWS=str(args.big))
            opened, timings = run_child(_APP, env, follow_up=True)
            print(f"  window painted with {timings.pop('rows_at_start'):,} rows: {opened:.2f} s")
            for key, value in timings.items():
                unit = "s" if not key.startswith("rows") else "rows"
                print(f"  {key:22} {value} {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
