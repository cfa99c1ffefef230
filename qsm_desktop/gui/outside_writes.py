"""Writes by another process (the CLI, a second program on the same database): looked for when
the window is activated and on a timer, and published on the change bus as an external change,
from which the grid, the form and the other views refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.store_watch import DataVersionWatch
    from qsm_desktop.gui.change_signal import ChangeSignal

# How often to look besides each activation: PRAGMA data_version costs a few microseconds.
INTERVAL_MS = 5000


class OutsideWrites(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watch: DataVersionWatch | None = None
        self._changes: ChangeSignal | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self, ctx: AppContext, changes: ChangeSignal) -> None:
        """Start looking, once the database is fully open; ``changes`` carries the news."""
        from qsm_desktop.core.store_watch import DataVersionWatch

        self._changes = changes
        self._watch = DataVersionWatch(ctx.open())
        self.timer.start(INTERVAL_MS)

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def check(self) -> bool:
        """Whether another process wrote since the last look; if so, the news goes out."""
        watch, changes = self._watch, self._changes
        if watch is None or changes is None or not watch.changed():
            return False
        changes.publish_external()
        return True
