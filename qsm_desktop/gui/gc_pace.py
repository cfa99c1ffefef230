"""Python's cyclic garbage collector, paced for a window that holds 100,000 registrations.

A full collection walks every object the collector tracks; with the grid's rows that is over a
million objects, and the walk (150–900 ms at 100,000 registrations) holds the GIL wherever it
was triggered, a worker thread included: the whole window froze in the middle of a check. So the
running app (:func:`start`, called by ``gui/app.py``; tests keep Python's defaults):

- moves what it keeps out of the collector's sight (:func:`keep_what_is_loaded`, i.e.
  ``gc.freeze()``) once the start-up is done and whenever a worker hands over its result: the
  walks then cover only what was made since;
- pauses automatic collection while a worker thread works (:func:`paused`), and freezes what
  the work made when it ends: reference counting still frees at once everything that is not
  part of a cycle, which is nearly everything here.

Cyclic garbage made meanwhile waits for the next collection (or, once frozen, for the end of the
process): the work here makes rows, findings and their texts, none of which refer back.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"on": False, "paused": 0, "was_enabled": True}


def start() -> None:
    """The app is running: pace the collector from now on."""
    _state["on"] = True


def stop() -> None:
    """Back to Python's defaults (the frozen objects are handed back to the collector)."""
    _state["on"] = False
    gc.unfreeze()


def is_on() -> bool:
    return bool(_state["on"])


def keep_what_is_loaded() -> None:
    """Everything alive now stays out of the collector's walks (cheap: a list splice)."""
    if _state["on"]:
        gc.freeze()


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection while this runs (in any thread); nested and concurrent uses count."""
    if not _state["on"]:
        yield
        return
    with _lock:
        if _state["paused"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["paused"] = int(_state["paused"]) + 1
    try:
        yield
    finally:
        with _lock:
            _state["paused"] = int(_state["paused"]) - 1
            if _state["paused"] == 0 and _state["was_enabled"]:
                # What was made meanwhile piled up in the youngest generation, uncollected: the
                # first collection after this would walk all of it (180 ms after a check of
                # 100,000 registrations). It is what the work hands over: kept out of the walks.
                gc.freeze()
                gc.enable()
