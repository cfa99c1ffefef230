"""Marking seller-visible text for translation where it is defined (column titles, labels).

Qt's own ``QT_TRANSLATE_NOOP`` returns its text unchanged, but PySide's stub types the result as
``object``, so every title passed on as ``str`` would need a cast. This one says ``str``; lupdate
recognises the mark by its name, so it keeps Qt's name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source``, marked for translation in ``context`` (translated later, where it is shown)."""
    return source
