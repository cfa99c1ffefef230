"""The change bus: every write to the store is announced once, with what changed.

Like Anki's ``operation_did_execute``: the writer (the registration service, the catalog
restore, the checklist, the product import …) publishes one :class:`ChangeEvent` after its
transaction has committed; every view that shows stored data subscribes and refreshes what the
event names, instead of watching other views' models. Writes made by another process are
published too, as ``external`` events without ids (the GUI notices them through
``PRAGMA data_version``, or the PostgreSQL notices every write sends), so subscribers handle one
kind of news whatever its origin.

No Qt here: the GUI wraps the bus in a Qt signal (queued onto the GUI thread); the CLI has no
subscribers and the bus costs nothing there.
"""

from __future__ import annotations

import json
import threading
import uuid
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
        # Names this bus in the PostgreSQL notices its writes send (see notice_payload): a
        # listener feeding this bus skips them, since they were published here already.
        self.token = uuid.uuid4().hex

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
    from qsm_desktop.core.db import database_proxy, is_postgres  # the store: writers call this

    if is_postgres():
        # In the writer's transaction: PostgreSQL delivers the notice to every listening client
        # when (and only if) the transaction commits.
        database_proxy.execute_sql(
            "SELECT pg_notify(%s, %s)", (NOTICE_CHANNEL, notice_payload(event, bus))
        )
    if bus is None:
        return
    database_proxy.after_commit(lambda: bus.publish(event))


# The PostgreSQL channel every write is announced on (store_watch.PgListener listens to it).
NOTICE_CHANNEL = "qsm_desktop_changes"
# PostgreSQL's limit for a notice is 8000 bytes: a write touching more registrations than fit
# says "reload all" (no ids) instead.
_MAX_NOTICE_IDS = 500


def notice_payload(event: ChangeEvent, bus: ChangeBus | None) -> str:
    """The JSON text announcing ``event`` to the other clients of a PostgreSQL store."""
    ids = sorted(event.registration_ids)
    return json.dumps(
        {
            "bus": bus.token if bus is not None else "",
            "topic": event.topic,
            "action": str(getattr(event.action, "value", event.action)),
            "ids": ids if len(ids) <= _MAX_NOTICE_IDS else [],
        },
        separators=(",", ":"),
    )


def event_from_notice(payload: str) -> tuple[str, ChangeEvent] | None:
    """(the sending bus' token, the external event) of a notice; None for a foreign one."""
    try:
        data = json.loads(payload)
        return str(data["bus"]), ChangeEvent(
            str(data["topic"]),
            str(data["action"]),
            frozenset(int(i) for i in data["ids"]),
            external=True,
        )
    except (ValueError, KeyError, TypeError):
        return None
