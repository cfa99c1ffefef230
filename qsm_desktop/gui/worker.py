"""One piece of work in a worker thread, tagged with the generation it was started for.

The live preview and the 設定チェック tab run their work (a render, a check) this way: the view
bumps a generation counter for each request and keeps only the result of the latest one, so a
slow result that was overtaken never replaces a newer one on screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from qsm_desktop.gui import gc_pace


class TaskSignals(QObject):
    """Lives in the GUI thread (a QRunnable is no QObject): the result arrives there, queued."""

    finished = Signal(int, object)  # generation, the result | the Exception


class GenerationTask(QRunnable):
    def __init__(self, generation: int, work: Callable[[], object], signals: TaskSignals) -> None:
        super().__init__()
        self._generation = generation
        self._work = work
        self._signals = signals

    def run(self) -> None:
        result: object
        try:
            with gc_pace.paused():  # a full collection here would freeze the window (gc_pace)
                result = self._work()
        except Exception as exc:  # shown by the view, never raised into Qt
            result = exc
        with contextlib.suppress(RuntimeError):  # the view was closed while working
            self._signals.finished.emit(self._generation, result)


class LatestOnly(QObject):
    """Runs one piece of work at a time in a worker thread and delivers only the newest result.

    The view calls :meth:`bump` whenever its input changes (typing, a save), :meth:`start` when
    it wants the work done, and shows what :attr:`delivered` brings; a result whose generation was
    overtaken is reported on :attr:`dropped` instead, so the screen never goes back in time.
    """

    delivered = Signal(int, object)  # generation, the result | the Exception
    dropped = Signal(int)  # a generation whose result came too late

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A child of this object: destroyed with it, and QThreadPool's destructor waits for the
        # worker, so no result is ever sent to a deleted view.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = TaskSignals(self)
        self._signals.finished.connect(self._on_finished)
        self.generation = 0
        self.shown_generation = 0
        self.dropped_generations: list[int] = []

    @property
    def outstanding(self) -> bool:
        """The newest generation has not been shown yet."""
        return self.shown_generation != self.generation

    def bump(self) -> int:
        self.generation += 1
        return self.generation

    def settle(self) -> None:
        """The view shows the newest state without running anything (cleared, failed early)."""
        self.shown_generation = self.generation

    def start(self, work: Callable[[], object]) -> None:
        self._pool.start(GenerationTask(self.generation, work, self._signals))

    def wait(self, msecs: int) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_finished(self, generation: int, result: object) -> None:
        if generation != self.generation:
            self.dropped_generations.append(generation)
            self.dropped.emit(generation)
            return
        self.shown_generation = generation
        gc_pace.keep_what_is_loaded()  # the result stays on screen: out of the collector's walks
        self.delivered.emit(generation, result)
