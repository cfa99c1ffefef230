"""Work off the UI thread: searches, the link check, imports and exports of the product CSVs.

Each job is a plain function of the core run by a :class:`QRunnable` in the tab's own
:class:`QThreadPool`. peewee gives every thread its own SQLite connection (same pragmas, WAL:
readers never wait for the import's transaction); the worker closes its connection when the job
ends, so no connection outlives its job. The result (or the exception, never raised into Qt)
comes back through a queued signal; a result overtaken by a newer job of the same name is dropped
(a search typed after another one), as the live preview does.

An import reports progress through :class:`ImportJob`, whose ``cancel()`` may be called from any
thread: the next progress callback of the core then answers False and the import rolls back.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from qsm_desktop.core.db import close_connection

# search + link check + import/export may overlap; more threads would only compete for the disk.
MAX_THREADS = 3


def close_thread_connection() -> None:
    """Close this worker thread's own SQLite connection (never the UI thread's)."""
    if threading.current_thread() is threading.main_thread():
        return
    close_connection()


class _TaskSignals(QObject):
    finished = Signal(str, int, object)  # name, generation, result | Exception


class _Task(QRunnable):
    def __init__(
        self, name: str, generation: int, work: Callable[[], Any], signals: _TaskSignals
    ) -> None:
        super().__init__()
        self._name = name
        self._generation = generation
        self._work = work
        self._signals = signals

    def run(self) -> None:
        result: Any
        try:
            result = self._work()
        except Exception as exc:  # shown to the seller by the view, never raised into Qt
            result = exc
        finally:
            close_thread_connection()
        with contextlib.suppress(RuntimeError):  # the view was deleted meanwhile
            self._signals.finished.emit(self._name, self._generation, result)


class TaskRunner(QObject):
    """Runs named jobs in a thread pool; ``finished`` carries only the newest job of a name."""

    finished = Signal(str, object)  # name, result | Exception
    dropped = Signal(str, int)  # name, generation of a result that came too late

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # created first: destroyed first, waiting for the jobs
        self._pool.setMaxThreadCount(MAX_THREADS)
        self._signals = _TaskSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._generations: dict[str, int] = {}
        self._running: dict[str, int] = {}  # name → jobs started and not yet reported

    def start(self, name: str, work: Callable[[], Any]) -> int:
        generation = self._generations.get(name, 0) + 1
        self._generations[name] = generation
        self._running[name] = self._running.get(name, 0) + 1
        self._pool.start(_Task(name, generation, work, self._signals))
        return generation

    def is_busy(self, name: str) -> bool:
        """A job of this name is running or its result is not delivered yet."""
        return self._running.get(name, 0) > 0

    def generation(self, name: str) -> int:
        return self._generations.get(name, 0)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every job (closing the window, the end of a test)."""
        return self._pool.waitForDone(msecs)

    @Slot(str, int, object)
    def _on_finished(self, name: str, generation: int, result: object) -> None:
        self._running[name] = max(0, self._running.get(name, 0) - 1)
        if generation != self._generations.get(name):
            self.dropped.emit(name, generation)
            return
        self.finished.emit(name, result)


class ImportJob(QObject):
    """One import of one or more files: its progress, and a cancel usable from any thread."""

    progressed = Signal(object, object)  # done bytes, total bytes (may exceed 32 bits)

    def __init__(self, paths: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> bool:
        """The core's progress callback (runs in the worker): report, and go on unless cancelled."""
        if self._cancel.is_set():
            return False
        with contextlib.suppress(RuntimeError):  # the job object was deleted meanwhile
            self.progressed.emit(done, total)
        return not self._cancel.is_set()
