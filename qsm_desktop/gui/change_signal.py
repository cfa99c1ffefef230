"""The change bus as a Qt signal: every :class:`ChangeEvent` delivered on the GUI thread.

The core's :class:`~qsm_desktop.core.changes.ChangeBus` calls its subscribers in the writer's
thread, in the middle of the writer's call. Views want neither: :class:`ChangeSignal` subscribes
once and re-sends each event as :attr:`ChangeSignal.changed` through a queued connection, so a
view hears of a change on the GUI thread, after the call that wrote (and its transaction) has
returned — the same way whether the write came from the form, a dialog, a worker thread or
(through :meth:`ChangeSignal.publish_external`) another process. Queued also when the writer is
the GUI thread itself: a writer's larger transaction (the QSM import registers, then modifies)
has committed or rolled back by the time a view reads what the news names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from qsm_desktop.core.changes import ChangeBus, ChangeEvent


class ChangeSignal(QObject):
    """Subscribes to ``bus`` for as long as it lives; ``changed(ChangeEvent)`` on the GUI thread."""

    changed = Signal(object)
    _arrived = Signal(object)  # emitted in the writer's thread, delivered queued

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeSignal")
        self.bus = bus
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = bus.subscribe(self._arrived.emit)
        self.destroyed.connect(self._unsubscribe)

    def publish_external(self) -> None:
        """Announce a write made by another process (what changed is unknown: everything)."""
        self.bus.publish(ChangeEvent("store", external=True))

    def close(self) -> None:
        """Hear nothing more (the window is closing)."""
        self._unsubscribe()

    @Slot(object)
    def _deliver(self, event: ChangeEvent) -> None:
        self.changed.emit(event)
