"""Qt counts text positions in UTF-16 code units; Python and the engine count code points.

A character outside the Basic Multilingual Plane (an emoji, some rare kanji such as 𠮷) is one
code point but two UTF-16 units, so every position handed from the engine to a Qt editor (a
warning's column, a highlighted token) goes through :func:`utf16_length`.
"""

from __future__ import annotations


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (its length as Qt counts it)."""
    return len(text.encode("utf-16-le")) // 2
