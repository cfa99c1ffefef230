"""One piece of work in a worker thread, tagged with the generation it was started for.

The live preview and the 設定チェック tab run their work (a render, a check) this way: the view
bumps a generation counter for each request and keeps only the result of the latest one, so a
slow result that was overtaken never replaces a newer one on screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal


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
            result = self._work()
        except Exception as exc:  # shown by the view, never raised into Qt
            result = exc
        with contextlib.suppress(RuntimeError):  # the view was closed while working
            self._signals.finished.emit(self._generation, result)
