"""ヘルプ > 使い方: the seller's manual in a window of the app, offline.

The pages come from the app's own files only (``core/manual.py``): the browser answers every
request itself — a page of the manual, a screenshot of the manual — and gives nothing for
anything else (another scheme, a file path, a web address): nothing is read from outside the
app's files and nothing is fetched. Links between the manual's pages work; any other link is
inert.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from qsm_desktop.core import manual
from qsm_desktop.gui.safe_browser import nothing_for
from qsm_desktop.gui.translation import tr

SCHEME = "qsm-help"
_HTML = int(QTextDocument.ResourceType.HtmlResource)
_IMAGE = int(QTextDocument.ResourceType.ImageResource)


def page_url(page: str) -> QUrl:
    """``registrations.html#company`` → ``qsm-help:/registrations.html#company``."""
    return QUrl(f"{SCHEME}:/{page}")


class HelpDocument(QTextDocument):
    """Asks its browser for every resource (Qt's own fallback would read local files)."""

    def __init__(self, browser: HelpBrowser) -> None:
        super().__init__(browser)
        self._browser = browser

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return self._browser.resource(type, QUrl(name))


class HelpBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None, language: str = manual.DEFAULT_LANGUAGE):
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.language = language
        self.refused: list[QUrl] = []  # what a page asked for and did not get (for tests)
        self.setDocument(HelpDocument(self))
        self.setOpenLinks(True)  # between the manual's pages (see doSetSource)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])

    def resource(self, type: int, url: QUrl) -> Any:
        if url.isRelative():
            url = self.source().resolved(url)
        if url.scheme() == SCHEME:
            name = url.path().lstrip("/")
            if int(type) == _HTML:
                html = manual.page_html(name, self.language)
                if html is not None:
                    return html
            elif int(type) == _IMAGE and name.startswith("images/"):
                path = manual.image_path(name.removeprefix("images/"), self.language)
                if path is not None:
                    image = QImage(str(path))
                    if not image.isNull():
                        return image
        if len(self.refused) < 100:
            self.refused.append(url)
        return nothing_for(type)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return self.resource(type, QUrl(name))

    def doSetSource(
        self, name: QUrl | str, type: Any = QTextDocument.ResourceType.UnknownResource
    ) -> None:
        url = QUrl(name)
        if url.scheme() != SCHEME:  # a web address or a file: inert
            if len(self.refused) < 100:
                self.refused.append(url)
            return
        super().doSetSource(url, QTextDocument.ResourceType.HtmlResource)

    @property
    def page(self) -> str:
        """The page shown, as ``core.manual`` names it (``findings.html#setup-duplicate``)."""
        url = self.source()
        fragment = url.fragment()
        return url.path().lstrip("/") + (f"#{fragment}" if fragment else "")


class HelpWindow(QWidget):
    """The manual: 戻る / 進む / 目次 above the page. One per window it helps (its parent)."""

    def __init__(self, parent: QWidget, language: str = manual.DEFAULT_LANGUAGE) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr("QSM Desktop の使い方"))
        self.resize(900, 760)
        self.browser = HelpBrowser(self, language)
        self.back_button = QPushButton(tr("戻る"), self)
        self.back_button.setObjectName("helpBackButton")
        self.forward_button = QPushButton(tr("進む"), self)
        self.forward_button.setObjectName("helpForwardButton")
        self.contents_button = QPushButton(tr("目次"), self)
        self.contents_button.setObjectName("helpContentsButton")
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_page("index.html"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)

    @Slot(str)
    def show_page(self, page: str) -> None:
        self.browser.setSource(page_url(page))


def show_help(near: QWidget, page: str = "index.html") -> HelpWindow:
    """Open the manual at ``page`` beside the window ``near`` is in (a modal dialog included:
    the manual is its child, so the dialog does not block it)."""
    top = near.window()
    window = top.findChild(HelpWindow, "helpWindow")
    if window is None or window.parentWidget() is not top:
        window = HelpWindow(top)
    window.show_page(page)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
