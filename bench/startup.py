"""Benchmark: process start → main window painted, against a bare PySide6 window, in one run.

    python bench/startup.py [--runs 21] [--rows 1000] [--big 100000] [--skip-big]

Each measurement is a fresh subprocess with ``QT_QPA_PLATFORM=offscreen``. The parent reads the
monotonic clock (system-wide on Linux) just before starting the child; the child prints the
clock when the registration grid has drawn its rows for the first time (its header is painted
right after its cells, in the same pass). So a number covers interpreter start, imports, opening
the database, the search and the first paint of the grid's rows. Three programs are timed, interleaved, ``--runs`` times each:

* ``bare``   the floor: a bare PySide6 script that reads the same rows with ``sqlite3`` (the grid's
  statement) and shows them with the same Japanese texts (labels, headers, dates) in a
  QMainWindow + QTableView;
* ``app``    ``python -m qsm_desktop --db DB`` — the real entry point (the root, then the GUI);
* ``gui``    the GUI's start called directly (the first rows read before Qt, then ``run_gui``),
  as ``app`` does it without the command line: the GUI's own share of ``app``.

Each child also reads the clock when it is idle after that paint (no event-loop turn over 20 ms
for 600 ms; the time is the end of the last busy turn): the app builds its edit form, opens the
store and loads the template engine after the paint, the floor has nothing left to do. Both
ratios are printed. The goal is ``app`` within 1.3x ``bare`` (ratio of medians). Then, with ``--big`` registrations
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
    # Then wait until the app is idle: a heartbeat every 5 ms; idle is the end of the last beat
    # that came late (> 20 ms: the loop was busy, e.g. the deferred start-up after the paint),
    # once 600 ms passed without one (or 10 s after the paint at most).
    from PySide6.QtCore import QTimer

    state = {"last": time.monotonic(), "busy_until": painted}
    beat = QTimer()
    beat.setInterval(5)

    def on_beat():
        now = time.monotonic()
        if now - state["last"] > 0.020:
            state["busy_until"] = now
        state["last"] = now
        if now - state["busy_until"] > 0.6 or now - painted > 10:
            beat.stop()
            _report(table, painted, state["busy_until"])

    beat.timeout.connect(on_beat)
    beat.start()
    _keep.append(beat)


_keep = []


def _report(table, painted, idle):
    import json

    extra = {}
    follow_up = globals().get("follow_up")
    try:
        if follow_up is not None:
            extra = follow_up(table)
    except BaseException as exc:  # report, never hang the benchmark
        print("FAILED", repr(exc), flush=True)
        os._exit(1)
    print("PAINTED", painted, idle, json.dumps(extra), flush=True)
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
import sqlite3

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

# The floor does what the app's first paint needs, by hand: the same rows read with sqlite3 (the
# same statement as the grid's), the same Japanese texts (labels, dates, 使用), the same headers.
KINDS = {"order": "注文情報", "shipping_request": "配送要請", "delivered": "配送完了",
         "cancel_request": "キャンセル要請", "cancelled": "キャンセル完了"}
GROUPS = {"StockGear": "StockGear Template", "NextEngine": "NextEngine Template",
          "CrossMall": "CrossMall Template", "ZaikoRobot": "ZaikoRobot Template",
          "Basic": "Basic Template", "External": "External Order Template"}
HEADERS = ["テンプレート番号", "カテゴリ", "テンプレートグループ名", "テンプレート名", "送信タイプ",
           "送信先", "使用(Y/N)", "待機(Y/N)", "登録者", "登録日", "更新日", "修正者"]

conn = sqlite3.connect(f"file:{os.environ['BENCH_DB']}?mode=ro", uri=True)
ROWS = conn.execute(
    'SELECT r."id", r."template_no", t."kind", t."group", t."name", t."send_type", '
    'r."destination", r."enabled", r."standby", r."created_by", r."created_at", '
    'r."updated_at", r."updated_by" '
    'FROM "registration" AS r JOIN "template" AS t ON t."no" = r."template_no" ORDER BY r."id"'
).fetchall()
conn.close()
CELLS = (
    lambda r: r[1], lambda r: KINDS.get(r[2], r[2]), lambda r: GROUPS.get(r[3], r[3]),
    lambda r: r[4], lambda r: r[5], lambda r: r[6], lambda r: "Y" if r[7] else "N (転送なし)",
    lambda r: "Y" if r[8] else "N", lambda r: r[9], lambda r: r[10][:16], lambda r: r[11][:16],
    lambda r: r[12],
)

app = QApplication(sys.argv[:1])


class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 12

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return CELLS[index.column()](ROWS[index.row()])
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
            _, painted, idle, extra = line.split(" ", 3)
            timings = json.loads(extra)
            timings["idle"] = float(idle) - start
            return float(painted) - start, timings
    raise RuntimeError(f"{program[:40]!r} did not paint:\n{result.stdout}\n{result.stderr}")


def summary(values: list[float]) -> str:
    return f"min {min(values) * 1000:7.1f} ms   median {statistics.median(values) * 1000:7.1f} ms"


def _compare(programs: dict[str, str], env: dict[str, str], runs: int, what: str) -> None:
    """Each program ``runs`` times, interleaved; the clock read at the grid's first paint and
    when the app is idle after it (see the hook); ratios against ``bare``, the floor."""
    paint: dict[str, list[float]] = {name: [] for name in programs}
    idle: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, program in programs.items():
            painted, timings = run_child(program, env)
            paint[name].append(painted)
            idle[name].append(timings["idle"])
    print(f"Startup with {what} ({runs} runs each, interleaved):")
    for name in programs:
        print(f"  {name:5} paint: {summary(paint[name])}   idle: {summary(idle[name])}")
    for name in programs:
        if name == "bare":
            continue
        for label, values in (("paint", paint), ("idle", idle)):
            ratio = statistics.median(values[name]) / statistics.median(values["bare"])
            best = min(values[name]) / min(values["bare"])
            print(
                f"  {name} / bare at {label}: {ratio:.2f}x (median), {best:.2f}x (min)"
                "   goal <= 1.3x"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)  # the VM is noisy
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--big-runs", type=int, default=5)
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
        for program in programs.values():  # warm the file cache and .pyc files once
            run_child(program, base_env)
        _compare(programs, base_env, args.runs, f"{args.rows:,} registrations")

        if not args.skip_big:
            big = Path(tmp) / "big.db"
            started = time.perf_counter()
            seed(big, args.big)
            print(f"\nSeeded {args.big:,} registrations in {time.perf_counter() - started:.1f} s")
            env = dict(base_env, BENCH_DB=str(big), BENCH_MIN_ROWS=str(args.big))
            _compare(
                {"bare": _BARE, "app": _APP}, env, args.big_runs, f"{args.big:,} registrations"
            )
            opened, timings = run_child(_APP, env, follow_up=True)
            timings.pop("idle", None)
            print(f"  window painted with {timings.pop('rows_at_start'):,} rows: {opened:.2f} s")
            for key, value in timings.items():
                unit = "s" if not key.startswith("rows") else "rows"
                print(f"  {key:22} {value} {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
