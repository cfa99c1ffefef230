"""The change bus: every write to the store is announced once, with what changed.

Like Anki's ``operation_did_execute``: the writer (the registration service, the catalog
restore, the checklist, the product import …) publishes one :class:`ChangeEvent` after its
transaction has committed; every view that shows stored data subscribes and refreshes what the
event names, instead of watching other views' models. Writes made by another process are
published too, as ``external`` events without ids (the GUI notices them through
``PRAGMA data_version``), so subscribers handle one kind of news whatever its origin.

No Qt here: the GUI wraps the bus in a Qt signal (queued onto the GUI thread); the CLI has no
subscribers and the bus costs nothing there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ChangeEvent:
    """One committed write.

    ``topic`` says which part of the store changed: ``registrations``, ``catalog``,
    ``checklist``, ``products``, ``settings``, or ``store`` (anything: a restore, another
    process). ``registration_ids`` are the registrations it touched (empty: unknown or none;
    with ``topic == "registrations"`` an empty set means "reload all"). ``action`` is the
    history action when there is one. ``origin`` is the object that asked for the write (a
    form, a dialog), so that it can tell its own echo from someone else's change.
    """

    topic: str
    action: str = ""
    registration_ids: frozenset[int] = field(default_factory=frozenset)
    origin: object | None = None
    external: bool = False

    def touches(self, reg_id: int) -> bool:
        """Whether registration ``reg_id`` may have changed."""
        if self.topic not in ("registrations", "store"):
            return False
        return not self.registration_ids or reg_id in self.registration_ids


Subscriber = Callable[[ChangeEvent], None]


class ChangeBus:
    """Publish/subscribe for :class:`ChangeEvent`; thread-safe, synchronous delivery.

    Subscribers are called in the publishing thread, in subscription order; one that raises
    does not stop the others (the error is re-raised after all were called).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Add ``callback``; returns a function that removes it again."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, event: ChangeEvent) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        first_error: BaseException | None = None
        for callback in subscribers:
            try:
                callback(event)
            except Exception as exc:  # deliver to everyone, then report the first failure
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error

    def registrations_changed(
        self, ids: Iterable[int], action: str, origin: object | None = None
    ) -> None:
        self.publish(ChangeEvent("registrations", action, frozenset(ids), origin))


def announce(bus: ChangeBus | None, event: ChangeEvent) -> None:
    """Publish ``event`` on ``bus`` once the current write transaction has committed.

    Called inside the writer's transaction: the event goes out after the outermost commit
    (a writer called inside another writer's transaction waits for that one), and never when
    the transaction rolls back. Outside a transaction it is published at once.
    """
    if bus is None:
        return
    from qsm_desktop.core.db import database_proxy  # the store: only writers call this

    database_proxy.after_commit(lambda: bus.publish(event))
