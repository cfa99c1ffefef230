"""Marking the core's seller texts for translation, without Qt.

The core writes its texts in Japanese (the CLI shows them as they are). A text the GUI shows
in the seller's language is written as ``QT_TR_NOOP("…{value}…")`` and kept with its values
(see :func:`filled`), so the GUI can translate the template first and fill it in after
(gui/translation.py ``tr_filled``). pyside6-lupdate recognises the mark by its name and puts
the template in the catalog (tools/build_translations.py).
"""

from __future__ import annotations

from typing import Any


def QT_TR_NOOP(source: str) -> str:
    """``source`` unchanged: a mark for lupdate."""
    return source


def filled(template: str, **values: Any) -> tuple[str, str, tuple[tuple[str, Any], ...]]:
    """The Japanese text, its template and its values."""
    return template.format(**values), template, tuple(values.items())
