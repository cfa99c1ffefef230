"""One window per database: a second start brings the running window forward; a crashed run's
lock is taken over. Each with a real second process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.gui import single_instance
from qsm_desktop.gui.app import run_gui
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.single_instance import SingleInstance, instance_key

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


@contextmanager
def _hold_lock(path: Path, then: str) -> Iterator[subprocess.Popen[str]]:
    """A second process that takes the database's lock, says so, then ``then`` (python); it
    is killed (if still running) when the block ends."""
    code = textwrap.dedent(
        f"""
        import os, signal, sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from qsm_desktop.gui.single_instance import SingleInstance
        instance = SingleInstance(Path({str(path)!r}))
        assert instance.acquire()
        print("locked", flush=True)
        {then}
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "locked"
        yield process
    finally:
        process.kill()
        process.wait()
        process.stdout.close()


def test_the_key_is_per_file(tmp_path: Path) -> None:
    assert instance_key(tmp_path / "a.db") == instance_key(tmp_path / "x" / ".." / "a.db")
    assert instance_key(tmp_path / "a.db") != instance_key(tmp_path / "b.db")


def test_a_lock_held_by_a_running_app_is_not_taken(qapp: QApplication, tmp_path: Path) -> None:
    with _hold_lock(tmp_path / "a.db", "time.sleep(60)"):
        assert not SingleInstance(tmp_path / "a.db").acquire()
        other = SingleInstance(tmp_path / "b.db")  # another database: its own lock
        assert other.acquire()
        other.release()


def test_a_crashed_runs_lock_is_taken_over(qapp: QApplication, tmp_path: Path) -> None:
    with _hold_lock(tmp_path / "a.db", "os.kill(os.getpid(), signal.SIGKILL)") as crashed:
        assert crashed.wait(timeout=10) == -signal.SIGKILL
    assert Path(SingleInstance(tmp_path / "a.db").lock_path).exists()  # left behind
    instance = SingleInstance(tmp_path / "a.db")
    assert instance.acquire()
    instance.release()


def test_a_second_start_brings_the_running_window_forward(
    qapp: QApplication,
    tmp_path: Path,
    dialogs: Any,
    view_settings: Any,
    started_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    path = tmp_path / "qsm.db"
    fronted: list[object] = []
    monkeypatch.setattr(single_instance, "bring_to_front", fronted.append)
    seen: dict[str, Any] = {}

    def fake_exec(_app: QApplication) -> int:
        [window] = started_windows
        qtbot.waitUntil(lambda: window._form is not None, timeout=5000)  # listening by then
        modified = path.stat().st_mtime_ns
        second = subprocess.Popen(
            [sys.executable, "-m", "qsm_desktop", "--db", str(path)],
            cwd=ROOT,
            env=_env(),
            stderr=subprocess.PIPE,
            text=True,
        )
        started = time.monotonic()
        qtbot.waitUntil(lambda: bool(fronted), timeout=20000)
        seen["stderr"] = second.communicate(timeout=20)[1]
        seen["exit"] = second.returncode
        seen["seconds"] = time.monotonic() - started
        seen["untouched"] = path.stat().st_mtime_ns == modified
        seen["windows"] = len(started_windows)
        window.close()
        window.form.preview.wait_for_worker()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(AppContext(path, user="tester")) == 0
    assert fronted == started_windows
    assert (seen["exit"], seen["stderr"], seen["untouched"], seen["windows"]) == (0, "", True, 1)
    # The lock is free again once the window is gone.
    instance = SingleInstance(path)
    assert instance.acquire()
    instance.release()


def test_a_second_start_that_gets_no_answer_says_so(
    qapp: QApplication, tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "CONNECT_TRIES", 2)
    with _hold_lock(tmp_path / "a.db", "time.sleep(60)"):  # holds, never listens
        assert run_gui(AppContext(tmp_path / "a.db")) == 0
    [text] = dialogs.texts("information")
    assert "すでに起動しています" in text and str(tmp_path / "a.db") in text
    assert not (tmp_path / "a.db").exists()  # the second start wrote nothing
