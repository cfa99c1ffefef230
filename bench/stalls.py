"""Stall probe: the longest event-loop stall of each seller action, at 1k / 10k / 100k registrations.

    python bench/stalls.py [--sizes 1000,10000,100000] [--cache DIR] [--limit-ms 100]

For each size a database is made through the product's own import path (``qsm-import`` of a
pasted QSM grid, so every row has its history), cached in ``--cache`` (made once per size), and
copied for the run. The app then starts in a child process (offscreen Qt) through its real entry
point, and once its event loop runs a heartbeat timer (every 5 ms) measures the time between
beats while a driver performs each action in turn: the longest gap while the action runs and
until the app is idle again is that action's stall. An action that runs synchronously for 300 ms
shows as a 300 ms gap; work done in pieces that let the loop breathe does not.

Actions: start until idle (first paint, the deferred start-up after it); 【検索】 with each
criterion; sorting each column; opening a row; saving; the 設定チェック tab (first show, then
【再チェック】); the QSMへの反映 tab; 送信先の一括変更 (opening it, its preview); opening a
registration with a 200 KB body and typing in it.

It prints a table (ms, one column per size) and exits 1 when any stall is over ``--limit-ms``.
Message boxes are answered by the driver (a modal box would run its own loop, not the app's).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEARTBEAT_MS = 5
BODY_KB = 200
SETTLE_MS = 300  # quiet time after an action is done before its window closes
TIMEOUT_S = 300


# -- the databases -----------------------------------------------------------------------------


def grid_text(count: int) -> str:
    """A pasted QSM grid of ``count`` rows over the catalog's templates (1 in 10 with 使用 = N)."""
    sys.path.insert(0, str(ROOT))
    from qsm_desktop.core.vocabulary import GROUP_BY_SLUG, KIND_BY_SLUG
    from qsm_desktop.resources import load_json

    templates = load_json("catalog.json")["templates"]
    lines = [
        "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
        "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t更新日\t修正者"
    ]
    for i in range(count):
        t = templates[i % len(templates)]
        cells = [
            str(t["no"]),
            KIND_BY_SLUG[t["kind"]].label,
            GROUP_BY_SLUG[t["group"]].label,
            t["name"],
            "EMAIL",
            f"shop{i}@example.jp",
            "N" if i % 10 == 0 else "Y",
            "N",
            "tvhasegawa",
            "2015-04-17 15:36",
            "2015-04-17 15:38",
            "tvhasegawa",
        ]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def make_database(path: Path, count: int) -> None:
    """``qsm-desktop qsm-import`` of the grid into a new database, then one registration given a
    200 KB body through the service (the form's load-and-type actions open it)."""
    grid = path.with_suffix(".tsv")
    grid.write_text(grid_text(count), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "qsm_desktop", "--db", str(path), "qsm-import", str(grid), "--json"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    grid.unlink()
    code = f"""
import sys
from qsm_desktop.core.db import open_database
from qsm_desktop.core.registrations import Patch, RegistrationService
db = open_database({str(path)!r})
service = RegistrationService("bench")
current = service.get(2)
body = current.body
while len(body.encode()) < {BODY_KB} * 1024:
    body += "\\n" + current.body
service.modify(2, Patch(body=body))
db.close()
"""
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def database_for(count: int, cache: Path) -> Path:
    cached = cache / f"registrations-{count}.db"
    if not cached.exists():
        started = time.perf_counter()
        partial = cache / f"registrations-{count}.partial.db"
        for leftover in cache.glob(partial.name + "*"):
            leftover.unlink()
        make_database(partial, count)
        partial.rename(cached)
        print(
            f"  made {count:,} registrations by qsm-import in {time.perf_counter() - started:.0f} s"
        )
    return cached


# -- the child: the app, the heartbeat, the driver -----------------------------------------------

_CHILD = r"""
import json, os, sys, time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

HEARTBEAT_MS, SETTLE_MS, TIMEOUT_S = (int(v) for v in os.environ["BENCH_TIMING"].split(","))
results = {}


class Probe(QObject):
    def __init__(self, steps):
        super().__init__()
        self.steps = iter(steps)
        self.beat = QTimer(self)
        self.beat.setTimerType(Qt.TimerType.PreciseTimer)
        self.beat.setInterval(HEARTBEAT_MS)
        self.beat.timeout.connect(self.on_beat)
        self.poll = QTimer(self)
        self.poll.setInterval(10)
        self.poll.timeout.connect(self.on_poll)
        self.name = None
        self.last = self.worst = 0.0

    def begin(self, name):
        self.name = name
        self.last = time.perf_counter()
        self.worst = 0.0
        self.done_at = None
        self.started = self.last

    def on_beat(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self):
        self.begin("start until idle")
        # The deferred start-up (the form, the template engine, the tabs) runs after the paint.
        self.step = ("start until idle", None, STARTED, 2000)
        self.beat.start()
        self.poll.start()

    def on_poll(self):
        name, _action, done = self.step[:3]
        settle = self.step[3] if len(self.step) > 3 else SETTLE_MS
        now = time.perf_counter()
        if now - self.started > TIMEOUT_S:
            results[name] = None
            print("TIMEOUT", name, file=sys.stderr, flush=True)
            return self.next_step()
        if self.done_at is None:
            if done():
                self.done_at = now
            return
        if now - self.done_at >= settle / 1000:
            self.on_beat()
            results[name] = round(self.worst * 1000, 1)
            self.next_step()

    def next_step(self):
        step = next(self.steps, None)
        if step is None:
            self.poll.stop()
            self.beat.stop()
            print("RESULTS " + json.dumps(results), flush=True)
            os._exit(0)
        self.step = step
        name, action = step[:2]
        self.poll.stop()

        def run():
            self.begin(name)
            action()
            self.poll.start()

        QTimer.singleShot(HEARTBEAT_MS, run)


state = {}


def STARTED():
    window = state.get("window")
    return window is not None and state.get("painted", False)


def find_window():
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ in ("MainWindow",) or widget.objectName() == "MainWindow":
            return widget
    return None


def answer_boxes():
    from qsm_desktop.gui import messages

    messages.information = lambda *a, **k: None
    messages.critical = lambda *a, **k: print("CRITICAL", a[1:], file=sys.stderr, flush=True)
    messages.ask_yes_no = lambda *a, **k: True
    messages.ask_stop_forwarding = lambda *a, **k: True


def steps():
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QKeyEvent

    window = state["window"]
    ui = window.ui
    always = lambda: True

    def safety():
        return window.findChild(QObject, "safetyViews")

    def search(kind=0, group=0, enabled=0, address=""):
        def act():
            ui.kindFilter.setCurrentIndex(kind)
            ui.groupFilter.setCurrentIndex(group)
            ui.enabledFilter.setCurrentIndex(enabled)
            ui.addressFilter.setText(address)
            ui.searchButton.click()
        return act

    def idle_search():
        return not getattr(window.model, "sorting", False)

    yield ("検索 ALL", search(), idle_search)
    yield ("検索 お知らせ種類", search(kind=1), idle_search)
    yield ("検索 グループ", search(group=2), idle_search)
    yield ("検索 使用=N", search(enabled=2), idle_search)
    yield ("検索 送信先", search(address="shop42"), idle_search)
    yield ("検索 すべての条件", search(kind=1, group=1, enabled=1, address="shop1"), idle_search)
    yield ("検索 ALL (戻す)", search(), idle_search)
    table = ui.registrationTable
    model = table.model()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        yield (
            f"並べ替え {title}",
            lambda c=column: table.sortByColumn(c, Qt.SortOrder.AscendingOrder),
            idle_search,
        )
    yield (
        "並べ替え 更新日 (降順)",
        lambda: table.sortByColumn(10, Qt.SortOrder.DescendingOrder),
        idle_search,
    )
    yield ("並べ替えを戻す", lambda: table.sortByColumn(-1, Qt.SortOrder.AscendingOrder), idle_search)
    middle = state["middle_id"]
    yield (
        "登録を開く",
        lambda: window.open_registration(middle),
        lambda: window.form.editing_id == middle,
    )

    def save():
        window.form.ui.destinationEdit.setText(f"changed{middle}@example.jp")
        window.form.save()

    yield ("保存 (修正)", save, lambda: not window.form.is_dirty())
    yield (
        "設定チェック (初回)",
        lambda: safety().show_check(),
        lambda: safety().check_view.result is not None and not safety().check_view.pending,
    )
    yield (
        "設定チェック (再チェック)",
        lambda: state.update(checks=safety().check_view.check_count) or safety().check_view.run_check(),
        lambda: safety().check_view.check_count > state["checks"]
        and not safety().check_view.pending,
    )
    yield (
        "QSMへの反映",
        lambda: safety().show_checklist(),
        lambda: safety().checklist_view.checklist is not None
        and not safety().checklist_view.stale,
    )
    yield ("タブを戻す", lambda: ui.mainTabs.setCurrentIndex(0), always)

    def open_bulk():
        state["bulk"] = safety().open_bulk_address()

    def bulk_ready():
        dialog = state.get("bulk")
        return dialog is not None and not getattr(dialog, "busy", False)

    yield ("送信先の一括変更 (開く)", open_bulk, bulk_ready)

    def preview():
        dialog = state["bulk"]
        dialog.old_combo.setEditText("shop5@example.jp")
        dialog.new_edit.setText("shop5-new@example.jp")
        dialog.preview()

    yield (
        "送信先の一括変更 (プレビュー)",
        preview,
        lambda: state["bulk"].plan is not None and not getattr(state["bulk"], "busy", False),
    )
    yield ("一括変更を閉じる", lambda: state["bulk"].reject(), always)
    yield (
        f"{os.environ['BENCH_BODY_KB']} KB の本文を開く",
        lambda: window.open_registration(2),
        lambda: window.form.editing_id == 2,
    )

    def type_text():
        body = window.form.ui.bodyEdit
        body.setFocus()
        cursor = body.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        body.setTextCursor(cursor)
        keys = iter("こんにちは {{ order.no }} abc")
        state["typed"] = False

        def next_key():
            key = next(keys, None)
            if key is None:
                state["typed"] = True
                return
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    body, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, key)
                )
            QTimer.singleShot(40, next_key)  # a fast typist: 25 keys a second

        next_key()

    yield (f"{os.environ['BENCH_BODY_KB']} KB の本文に入力", type_text, lambda: state["typed"])
    yield ("入力を捨てる", lambda: window.form.reset(), always)


def on_loop_start():
    window = find_window()
    state["window"] = window
    window.first_painted.connect(lambda: state.update(painted=True))
    answer_boxes()
    probe.start()


class Deferred:
    # The step list needs the window, which exists only once the loop runs.
    def __iter__(self):
        yield from steps()


probe = Probe(Deferred())
_exec = QApplication.exec


def exec_(*_args):
    QTimer.singleShot(0, on_loop_start)
    return _exec()


QApplication.exec = exec_
state["middle_id"] = int(os.environ["BENCH_MIDDLE_ID"])
sys.argv = ["qsm-desktop", "--db", os.environ["BENCH_DB"]]
from qsm_desktop.__main__ import main

sys.exit(main())
"""


def run_size(count: int, cache: Path, work: Path) -> dict[str, float | None]:
    source = database_for(count, cache)
    db = work / f"run-{count}.db"
    for leftover in work.glob(db.name + "*"):
        leftover.unlink()
    shutil.copyfile(source, db)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BENCH_DB=str(db),
        BENCH_MIDDLE_ID=str(max(1, count // 2)),
        BENCH_BODY_KB=str(BODY_KB),
        BENCH_TIMING=f"{HEARTBEAT_MS},{SETTLE_MS},{TIMEOUT_S}",
        XDG_CONFIG_HOME=str(work / "xdg"),  # the child's QSettings, not the user's
        PYTHONPATH=str(ROOT),
    )
    env.pop("QSM_DESKTOP_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", _CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S * 10,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith("RESULTS "):
            if result.stderr.strip():
                print(result.stderr.strip(), file=sys.stderr)
            return json.loads(line[len("RESULTS ") :])
    raise RuntimeError(f"the probe at {count:,} did not finish:\n{result.stdout}\n{result.stderr}")


def _pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal cells (East Asian wide characters take two)."""
    cells = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "qsm-stalls")
    parser.add_argument("--limit-ms", type=float, default=100.0)
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    args.cache.mkdir(parents=True, exist_ok=True)
    columns: dict[int, dict[str, float | None]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in sizes:
            columns[count] = run_size(count, args.cache, Path(tmp))
    names: list[str] = []
    for found in columns.values():
        names.extend(name for name in found if name not in names)
    width = max(len(_pad(name, 0)) for name in names) + 2
    print(
        f"Longest event-loop stall (ms; heartbeat every {HEARTBEAT_MS} ms, limit {args.limit_ms:g})"
    )
    print(" " * width + "".join(f"{count:>10,}" for count in sizes))
    failed = []
    for name in names:
        cells = []
        for count in sizes:
            value = columns[count].get(name)
            if value is None or value > args.limit_ms:
                failed.append((name, count, value))
            cells.append(f"{'timeout' if value is None else f'{value:.0f}':>10}")
        print(_pad(name, width) + "".join(cells))
    if failed:
        print(f"\nOver {args.limit_ms:g} ms: " + ", ".join(f"{n} at {c:,}" for n, c, _ in failed))
        return 1
    print(f"\nNo stall over {args.limit_ms:g} ms.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
