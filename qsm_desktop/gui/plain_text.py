"""Seller text and file content shown as text, never as rich text.

Qt shows a tooltip, a label or a message box as HTML when its text *might be* rich text
(``Qt.mightBeRichText``): a template body holding ``<img src="file:///C:/…">`` would then make
the tooltip open that file (or, with a UNC path on Windows, reach the network). Tooltips take no
format flag, so text that Qt would take for HTML is converted here to HTML that shows it as
typed; labels and message boxes are set to ``Qt.PlainText``.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import Qt  # QtGui's Qt adds mightBeRichText and convertFromPlainText


class _HasTextFormat(Protocol):
    def setTextFormat(self, format: Qt.TextFormat) -> None: ...


def plain_tooltip(text: Any) -> Any:
    """*text* as a tooltip that shows it literally (anything else is returned as it is)."""
    if isinstance(text, str) and text and Qt.mightBeRichText(text):
        return Qt.convertFromPlainText(text)
    return text


def plain_label(label: _HasTextFormat) -> None:
    """A label or message box that shows its text as typed."""
    label.setTextFormat(Qt.TextFormat.PlainText)
