"""HTML ↔ plain text for the preview: what a text-only mail parser sees, and plain bodies as HTML.

Integration services parse the mail text. For an HTML body that is the text a tag-stripping parser
gets: block boundaries (`<p>`, `<div>`, `<li>`, `<tr>` …) and `<br>` become line breaks, entities are
decoded, tags and the contents of `<script>`/`<style>` disappear, and source white space collapses
the way a browser collapses it. One pass of our own scanner, linear in the body's length: the stdlib's
``html.parser`` is quadratic on unclosed constructs, and html2text is GPL.
"""

from __future__ import annotations

import re
from html import unescape

from markupsafe import escape

# A body counts as HTML only when it holds something a browser treats as markup; "a < b" or a
# "<注意>" heading in a plain-text mail must not turn the mail into HTML. Every pattern here is
# linear: no nested quantifier, and a tag cannot contain "<", so a failed attempt stops at the next
# "<" (a body of 200 KB of "<!--" or "<a " took minutes with backtracking patterns).
_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?/?>|<![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^<>]*+>"
)
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"
# What the text view takes apart: a tag (quoted attribute values may hold ">"), a comment opener,
# a declaration or processing instruction. Possessive quantifiers: an attempt never backtracks.
_MARKUP = re.compile(
    r"""<(?P<end>/?)(?P<name>[A-Za-z][^\s/<>]*+)(?P<attrs>(?:[^<>"']++|"[^"]*+"|'[^']*+')*+)>"""
    r"|(?P<comment><!--)"
    r"|<[!?][^<>]*+>"
)
_RAW_END = {  # where the content of an element the browser does not parse as HTML ends
    "script": re.compile(r"</script", re.IGNORECASE),
    "style": re.compile(r"</style", re.IGNORECASE),
}
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
    if _TAG.search(text) is not None:
        return True
    start = text.find(_COMMENT_OPEN)
    return start >= 0 and text.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN)) >= 0


def text_to_html(text: str) -> str:
    """A plain body's HTML view: the escaped text, each line break shown as `<br>`."""
    return str(escape(text)).replace("\n", "<br>\n")


def html_to_text(html: str) -> str:
    """The text a tag-stripping parser gets from *html*, in one pass (linear in its length).

    Our own scanner, not ``html.parser``: the stdlib parser rescans an unclosed construct from its
    start on every later one, which takes minutes on a body of many ``<a `` or ``<!--``.
    """
    view = _TextView()
    pos, size = 0, len(html)
    while pos < size:
        match = _MARKUP.search(html, pos)
        if match is None:
            view.data(unescape(html[pos:]))
            break
        if match.start() > pos:
            view.data(unescape(html[pos : match.start()]))
        if match.group("comment"):
            close = html.find(_COMMENT_CLOSE, match.end())
            if close < 0:
                break  # an unclosed comment runs to the end, as in a browser
            pos = close + len(_COMMENT_CLOSE)
            continue
        pos = match.end()
        name = match.group("name")
        if name is None:  # <!doctype …>, <?…?>: not text
            continue
        tag = name.lower()
        if match.group("end"):
            view.end_tag(tag)
        elif match.group("attrs").rstrip().endswith("/"):
            view.empty_tag(tag)
        else:
            view.start_tag(tag)
            raw_end = _RAW_END.get(tag)
            if raw_end is not None:  # script/style: its content is hidden, never parsed
                found = raw_end.search(html, pos)
                if found is None:
                    break
                pos = found.start()
    return view.result()


class _TextView:
    def __init__(self) -> None:
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

    # -- what the scanner found
    def start_tag(self, tag: str) -> None:
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

    def empty_tag(self, tag: str) -> None:
        if tag == "br":
            self._newline()
        elif tag in _BLOCK:
            self._block_boundary()

    def end_tag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK:
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            self._block_boundary()

    def data(self, data: str) -> None:
        if self._hidden or not data:
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
