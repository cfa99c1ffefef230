"""The HTML structure of the rendered body, after ##DELETE_BLANK_ROW_## and ##ISLOOP_.

A directive drops or repeats a whole row, and a row ends at ``<br>``, ``</p>``, ``</div>``,
``</li>``, ``</tr>`` or a line break: an opening tag on a dropped row leaves its closing tag
alone, a repeated row repeats its opening tags. Mail programs and the services' parsers then see
a different structure than the seller wrote. This renders the body with each sample order,
parses the result with the standard library's HTML parser and a tag stack (no regular
expressions), and reports stray closing tags, tags left open and repeated opening tags — each
pointing at the TEMPLATE line it came from: every template line is rendered with an HTML comment
naming its number in front, which the directives drop or repeat together with the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html.parser import HTMLParser
from typing import Any

from qsm_desktop.core.engine import MailSource, looks_like_html, render_mail
from qsm_desktop.core.mail_checks.findings import MailFinding
from qsm_desktop.core.mail_checks.service_rules import check_source

_MARK = "qsm-line:"
VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def _marked(body: str) -> str:
    return "\n".join(f"<!--{_MARK}{n}-->{line}" for n, line in enumerate(body.split("\n"), 1))


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.line = 0  # the template line of what is being read
        self.stack: list[tuple[str, int]] = []
        self.stray: list[tuple[str, int]] = []
        self.marks: dict[int, int] = {}  # template line → times it appears in the output

    def handle_comment(self, data: str) -> None:
        if data.startswith(_MARK):
            self.line = int(data[len(_MARK) :])
            self.marks[self.line] = self.marks.get(self.line, 0) + 1

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in VOID:
            self.stack.append((tag, self.line))

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        pass  # <br/>: nothing to close

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]  # the ones above it stay unclosed: reported at the end
                return
        self.stray.append((tag, self.line))


def _problems(html: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]], dict[int, int]]:
    parser = _Structure()
    unclosed: list[tuple[str, int]] = []
    original_endtag = parser.handle_endtag

    def endtag(tag: str) -> None:
        for depth in range(len(parser.stack) - 1, -1, -1):
            if parser.stack[depth][0] == tag:
                unclosed.extend(parser.stack[depth + 1 :])
                break
        original_endtag(tag)

    # One parser's end-tag handler wrapped (it records what an end tag closes unclosed); mypy
    # refuses any assignment to a method.
    parser.handle_endtag = endtag  # type: ignore[method-assign]
    parser.feed(html)
    parser.close()
    return parser.stray, unclosed + parser.stack, parser.marks


def check_structure(
    body: str, samples: Iterable[tuple[str, Mapping[str, Any]]]
) -> tuple[MailFinding, ...]:
    """Structure findings of an HTML ``body`` rendered with each ``(label, values)`` sample.

    One finding per problem and template line (the first sample that shows it is named)."""
    if not looks_like_html(body):
        return ()
    marked = MailSource("", "", _marked(body))
    template_lines = body.split("\n")
    found: dict[tuple[str, str, int], MailFinding] = {}
    for label, values in samples:
        html = render_mail(marked, values).html
        stray, unclosed, marks = _problems(html)
        for tag, line in stray:
            key = ("html-stray-end-tag", tag, line)
            if key not in found:
                found[key] = _finding(
                    key, label, template_lines,
                    f"</{tag}> に対応する <{tag}> がありません。開始タグのある行が "
                    "##DELETE_BLANK_ROW_## や値のない ##ISLOOP_ で消えると開始タグも一緒に消え、"
                    f"</{tag}> だけが残ります。開始タグと終了タグを"
                    "同じ行(行の区切りは改行・<br>・</p>・</div>・</li>・</tr>)に置いてください。",
                )  # fmt: skip
        for tag, line in unclosed:
            repeated = marks.get(line, 0) > 1
            code = "html-repeated-start-tag" if repeated else "html-unclosed-tag"
            key = (code, tag, line)
            if key in found:
                continue
            if repeated:
                message = (
                    f"<{tag}> が ##ISLOOP_ で値の数だけ繰り返され、閉じられていません"
                    f"(この行が{marks[line]}回出力されます)。繰り返す行に開始タグを置かないか、"
                    "同じ行で閉じてください。"
                )
            else:
                message = (
                    f"<{tag}> が閉じられていません。閉じる行が ##DELETE_BLANK_ROW_## で"
                    "消えたか、終了タグがありません。開始タグと終了タグを同じ行に置いてください。"
                )
            found[key] = _finding(key, label, template_lines, message)
    return tuple(sorted(found.values(), key=lambda f: (f.line, f.code)))


def _finding(
    key: tuple[str, str, int], label: str, lines: Sequence[str], message: str
) -> MailFinding:
    code, tag, line = key
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    column = text.find(f"<{tag}") + 1 if code != "html-stray-end-tag" else text.find(f"</{tag}") + 1
    return MailFinding(
        code,
        "warning",
        "body",
        max(line, 1),
        max(column, 1),
        f"{message}(見本「{label}」で確認)",
        check_source("html-structure"),
        label,
    )
