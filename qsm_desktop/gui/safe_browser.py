"""An HTML view that loads nothing: no network, no local files, inert links.

The preview shows a seller's template, which may contain ``<img src="http://…">``,
``<img src="file:///…">``, relative paths or anything else pasted from elsewhere.

Returning "nothing" (an invalid QVariant or empty bytes) from ``loadResource`` is not enough in
Qt 6: ``QTextDocument::loadResource`` then reads local files itself, and for images Qt's image
handler tries ``QImage::load`` on the ``src`` when the resource holds no image (both seen in
tests/test_gui_preview.py, where a PNG next to the test ended up in the document). So the browser
and its document answer every request themselves: an image request gets a 1×1 transparent image
(nothing to show, and nothing left for Qt to load), anything else gets empty bytes. Links are
inert: nothing is opened or navigated to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_MAX_RECORDED = 100
_IMAGE = int(QTextDocument.ResourceType.ImageResource)
_blank: QImage | None = None


def blank_image() -> QImage:
    """What every <img> gets: one transparent pixel."""
    global _blank
    if _blank is None:
        _blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        _blank.fill(0)
    return _blank


def nothing_for(resource_type: int) -> Any:
    return blank_image() if int(resource_type) == _IMAGE else QByteArray()


class InertDocument(QTextDocument):
    """A document whose resources are always empty (it never reads a file or a URL)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requested_urls: list[QUrl] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        if len(self.requested_urls) < _MAX_RECORDED:
            self.requested_urls.append(QUrl(name))
        return nothing_for(type)


class SafeBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(InertDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])

    @property
    def requested_urls(self) -> list[QUrl]:
        """What the shown HTML asked for (and did not get)."""
        document = self.document()
        return document.requested_urls if isinstance(document, InertDocument) else []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Every image, stylesheet or linked document: nothing, never read or fetched."""
        return nothing_for(type)

    def doSetSource(self, name: QUrl | str, type: Any = None) -> None:
        """Navigation to a link or file is refused (links are inert)."""
        return

    def setSource(self, name: QUrl | str, type: Any = None) -> None:
        return
