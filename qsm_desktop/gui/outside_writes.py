"""Writes by another process (the CLI, a second program on the same database, a colleague on a
shared PostgreSQL store): looked for when the window is activated and on a timer, and published
on the change bus as external changes, from which the grid, the form and the other views
refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.store_watch import OutsideWrites as Watch
    from qsm_desktop.gui.change_signal import ChangeSignal


class OutsideWrites(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._watch: Watch | None = None
        self._changes: ChangeSignal | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self, ctx: AppContext, changes: ChangeSignal) -> None:
        """Start looking, once the database is fully open; ``changes`` carries the news."""
        from qsm_desktop.core.store_watch import watch_outside_writes

        self._changes = changes
        # SQLite: PRAGMA data_version, every 5 s (a few microseconds); PostgreSQL: the other
        # clients' notices, every 250 ms (read from the socket, nothing sent): a colleague's
        # change shows within a second (core/store_watch.py).
        self._watch = watch_outside_writes(ctx.open(), ctx.bus.token)
        self.timer.start(self._watch.poll_ms)

    def stop(self) -> None:
        self.timer.stop()
        if self._watch is not None:
            self._watch.close()  # a PostgreSQL listener's own connection
            self._watch = None

    @Slot()
    def check(self) -> bool:
        """Whether another process wrote since the last look; if so, the news goes out."""
        watch, changes = self._watch, self._changes
        if watch is None or changes is None:
            return False
        events = watch.events()
        for event in events:
            changes.bus.publish(event)
        return bool(events)
