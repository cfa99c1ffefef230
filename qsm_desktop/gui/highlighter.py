"""Highlighting of the template language in the editors, using the engine's own tokenizer.

Known placeholders, unknown placeholders, ``##DELETE_BLANK_ROW_##`` / ``##ISLOOP_`` and token-like
text the engine will print literally each get their own look (colour plus weight or underline, so
the difference is not carried by colour alone). The highlighter asks the engine's parser, so what
is highlighted is exactly what the preview will treat as a token.

A whole new text (a registration opened, a template chosen) is highlighted in pieces: Qt would
highlight every line of it at once (250 ms for a 200 KB body, the window frozen meanwhile), so
:meth:`TemplateHighlighter.set_text` puts the text in unhighlighted and a timer highlights it a
few milliseconds at a time, letting the event loop run in between. Lines the seller edits meanwhile
are highlighted as they change, as always.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from qsm_desktop.core.engine import TokenKind, parse
from qsm_desktop.gui.utf16 import utf16_length


def _format(
    color: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: QTextCharFormat.UnderlineStyle | None = None,
    background: str | None = None,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if underline is not None:
        fmt.setUnderlineStyle(underline)
        fmt.setUnderlineColor(QColor("#c00000"))
    if background:
        fmt.setBackground(QColor(background))
    return fmt


SLICE_SECONDS = 0.012  # highlighting done per turn of the event loop for a new text
_TAG = re.compile(r"<[^<>\n]*>")
MAX_HIGHLIGHTED_LINE = 4000  # characters; see highlightBlock
_LIKE_TOKEN = re.compile(r"\S+")


class TemplateHighlighter(QSyntaxHighlighter):
    """Highlights one editor's document; ``known`` is the placeholder dictionary's names."""

    def __init__(self, document: QTextDocument, known: Collection[str] = ()) -> None:
        super().__init__(document)
        self._known = frozenset(known)
        self.known_format = _format("#0b4f9c", bold=True, background="#e8f0fb")
        self.unknown_format = _format(
            "#b00020",
            bold=True,
            underline=QTextCharFormat.UnderlineStyle.WaveUnderline,
            background="#fde8ea",
        )
        self.directive_format = _format("#6a1b9a", bold=True, italic=True, background="#f3e8f8")
        self.malformed_format = _format(
            "#b00020", underline=QTextCharFormat.UnderlineStyle.WaveUnderline
        )
        self.tag_format = _format("#7a7a7a")
        self._deferring = False
        self.restyling = False  # True while a slice runs: the document's text does not change
        self._next_block = -1  # the first line a new text still has to highlight (-1: none)
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.timeout.connect(self._highlight_slice)

    def set_text(self, put_text: Callable[[], None]) -> None:
        """Run ``put_text()`` (which replaces the document's text) without highlighting it
        there and then: the new text is highlighted in slices from the event loop."""
        self._deferring = True
        try:
            put_text()
        finally:
            self._deferring = False
        self._next_block = 0
        self._catch_up.start(0)

    @property
    def catching_up(self) -> bool:
        """A new text is still being highlighted in slices."""
        return self._next_block >= 0

    def _highlight_slice(self) -> None:
        document = self.document()
        if document is None or self._next_block < 0:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        block = document.findBlockByNumber(self._next_block)
        # Qt reports each restyled line as a change of the document (textChanged): listeners
        # that read the text on every change check ``restyling``.
        self.restyling = True
        try:
            while block.isValid():
                self.rehighlightBlock(block)
                block = block.next()
                if time.perf_counter() >= deadline:
                    break
        finally:
            self.restyling = False
        if block.isValid():
            self._next_block = block.blockNumber()
            self._catch_up.start(0)
        else:
            self._next_block = -1

    def highlightBlock(self, text: str) -> None:
        # A line this long is no hand-written template line (a pasted file, 200 KB of "{$_"):
        # it is left plain, so highlighting stays bounded per keystroke (its tokens and
        # warnings are still reported by the preview); highlighting it took seconds.
        if not text or self._deferring or len(text) > MAX_HIGHLIGHTED_LINE:
            return
        for match in _TAG.finditer(text):
            self._apply(text, match.start(), match.end(), self.tag_format)
        if "$" not in text and "##" not in text:
            return
        tokens, warnings = parse(text)
        for token in tokens:
            start = token.offset
            end = start + len(token.text)
            if token.kind is TokenKind.DELETE_BLANK_ROW:
                # The guide shares the "##" with a following directive; show the whole marker.
                if text.startswith("##", end):
                    end += 2
                self._apply(text, start, end, self.directive_format)
            elif token.kind is TokenKind.PLACEHOLDER:
                if token.loop:
                    prefix = token.text.find("{") if "{" in token.text else token.text.find("[")
                    self._apply(text, start, start + prefix, self.directive_format)
                    start += prefix
                fmt = self.known_format if token.name in self._known else self.unknown_format
                self._apply(text, start, end, fmt)
        for warning in warnings:
            start = warning.column - 1
            like = _LIKE_TOKEN.match(text, start)
            end = like.end() if like else start + 1
            self._apply(text, start, end, self.malformed_format)

    def _apply(self, text: str, start: int, end: int, fmt: QTextCharFormat) -> None:
        """setFormat with code-point offsets converted to Qt's UTF-16 positions."""
        begin = utf16_length(text[:start])
        length = utf16_length(text[start:end])
        if length > 0:
            self.setFormat(begin, length, fmt)
