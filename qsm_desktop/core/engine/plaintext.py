"""HTML ↔ plain text for the preview: what a text-only mail parser sees, and plain bodies as HTML.

Integration services parse the mail text. For an HTML body that is the text a tag-stripping parser
gets: block boundaries (`<p>`, `<div>`, `<li>`, `<tr>` …) and `<br>` become line breaks, entities are
decoded, tags and the contents of `<script>`/`<style>` disappear, and source white space collapses
the way a browser collapses it. Uses the stdlib parser only (html2text is GPL).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markupsafe import escape

# A body counts as HTML only when it holds something a browser treats as markup; "a < b" or a
# "<注意>" heading in a plain-text mail must not turn the mail into HTML.
_TAG = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--|![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^<>]*)>",
    re.DOTALL,
)
# Elements whose boundaries start a new line in the text view.
_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "tr",
        "ul",
        "ol",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "address",
        "article",
        "aside",
        "footer",
        "header",
        "main",
        "nav",
        "section",
        "form",
        "fieldset",
        "figure",
        "figcaption",
        "caption",
        "center",
    ]
)
_HIDDEN = frozenset({"script", "style", "title", "template"})
_CELL = frozenset({"td", "th"})
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")  # ASCII white space only: U+3000 and nbsp are text


def looks_like_html(text: str) -> bool:
    return _TAG.search(text) is not None


def text_to_html(text: str) -> str:
    """A plain body's HTML view: the escaped text, each line break shown as `<br>`."""
    return str(escape(text)).replace("\n", "<br>\n")


def html_to_text(html: str) -> str:
    parser = _TextView()
    parser.feed(html)
    parser.close()
    return parser.result()


class _TextView(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden = 0  # depth inside script/style/…
        self._pre = 0  # depth inside <pre>: white space is kept there
        self._at_line_start = True

    # -- output helpers
    def _write(self, text: str) -> None:
        if text:
            self._parts.append(text)
            self._at_line_start = text.endswith("\n")

    def _newline(self) -> None:
        if self._parts and self._pre == 0:
            # trailing spaces left by collapsed source white space are not part of the text
            self._parts[-1] = self._parts[-1].rstrip(" ")
        self._parts.append("\n")
        self._at_line_start = True

    def _block_boundary(self) -> None:
        if not self._at_line_start:
            self._newline()

    # -- HTMLParser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self._newline()
        elif tag in _BLOCK:
            self._block_boundary()
            if tag == "pre":
                self._pre += 1
        elif tag in _CELL and not self._at_line_start:
            self._write("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._newline()
        elif tag in _BLOCK:
            self._block_boundary()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK:
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            self._block_boundary()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._pre:
            self._write(data)
            return
        text = _COLLAPSE.sub(" ", data)
        if self._at_line_start or (self._parts and self._parts[-1].endswith(" ")):
            text = text.lstrip(" ")
        self._write(text)

    def result(self) -> str:
        text = "".join(self._parts)
        return text.rstrip(" ")
