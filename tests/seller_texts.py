"""Every text a seller can see, read from where it is written, and what makes one a developer's.

The sources (each yields ``(where, text)``):

- the rules files: the title, message and 根拠 of every finding (pointers such as
  ``subject_markers`` resolved the way the app resolves them), the notes of the service facts;
- the manual: every page of ``resources/help/ja`` (visible text and ``alt``/``title``), the
  findings page the app generates, ``findings.json``;
- the other resources the seller reads: the placeholder list, the sample orders, the 連動会社 list;
- ``ui/*.ui``: every text property (labels, buttons, titles, tooltips, items, placeholders,
  accessible names) not marked ``notr``;
- ``qsm_desktop/gui``: the string literals passed to ``tr``/``QT_TR_NOOP`` (gui/translation.py) and to
  the Qt calls that put text on screen (``setText``, ``setToolTip``, ``QMessageBox.warning`` …),
  read with ``ast`` (the generated forms are left out: their ``.ui`` is read instead);
- ``qsm_desktop/core`` and ``qsm_desktop/cli``: every string literal with Japanese in it (the
  messages the core raises and the GUI shows), docstrings left out.

Left out on purpose: the catalog's template names and sample mails (Qoo10's own names, such as
「[Email] CrossMall Order - Group」, kept exactly as QSM shows them) and the data files' ``notice``
fields (notes for whoever edits the file; the 連動会社 notice is shown only in its Japanese half,
which is read).
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
HELP = RESOURCES / "help" / "ja"

# Words that belong to the developers' documents, never to a seller's screen.
FORBIDDEN = ("SPEC", "§", "decision:", "パーサー", "docs/", "rules.md", "_rules.json")

# Mixed-case words that may stand in a row without making an English sentence: the names of
# things the seller knows from QSM and the services, in QSM's own spelling — the template groups
# (「External Order Template」), QSM's buttons and fields (【Confirm】, 【Close】, Period), the
# app's name, and the spreadsheet programs a message names. Acronyms (CSV, QSM, HTML, FAQ) and
# names with digits or underscores (Qoo10, CP932, Shift_JIS, UTF-8) are never counted as words.
PROPER_NOUNS = frozenset(
    {
        # template groups, as QSM shows them ("… Template")
        "StockGear",
        "NextEngine",
        "CrossMall",
        "ZaikoRobot",
        "Basic",
        "BookSales",
        "Softel",
        "External",
        "Order",
        "Template",
        # QSM's own words on its screen
        "Confirm",
        "Close",
        "Period",
        # names
        "Desktop",
        "Japan",
        "Excel",
        "LibreOffice",
        "Injection",  # the title of OWASP's page 「CSV Injection」, cited as a source
    }
)

_DROP = re.compile(
    r"https?://\S+"  # a URL
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # a mail address (例: orders@example.jp)
    r"|[{\[]\$_[^$]*_\$[}\]]"  # a placeholder {$_PACK_NO_$} / [$_PACK_NO_$]
    r"|##\w+"  # a directive ##DELETE_BLANK_ROW_##, ##ISLOOP_
    r"|\{[^{}]*\}"  # a format field {count}, {}
    r"|%\d"  # a Qt argument %1
    r"|<[^<>]*>"  # an HTML tag, <qoo10info@qoo10.jp>
    r"|\b(?:Ctrl|Shift|Alt)\+\w+"  # a shortcut
    r"|&(?=\w)"  # a mnemonic marker 使い方(&H)
    r"|--[\w-]+"  # a command-line option --json
    r"|\b\w+(?:/\w+)+"  # alternatives or names joined by a slash: Y/N, list/history
)
_TOKEN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.'’-]*")
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def _is_word(token: str) -> bool:
    """An English word: letters only, not an acronym, not a proper noun of the allow-list."""
    return bool(_WORD.fullmatch(token)) and not token.isupper() and token not in PROPER_NOUNS


def english_sentences(text: str) -> list[str]:
    """The stretches of ``text`` that read as English sentences: between two non-ASCII
    characters, three or more English words, or a word ending with a full stop ("Done.")."""
    found = []
    for run in _NOT_ASCII.split(_DROP.sub(" ", text)):
        tokens = [t.rstrip(".'’-") for t in _TOKEN.findall(run)]
        words = [t for t in tokens if _is_word(t)]
        ends_sentence = bool(tokens) and _is_word(tokens[-1]) and run.rstrip().endswith(".")
        if len(words) >= 3 or ends_sentence:
            found.append(run.strip())
    return found


def problems(text: str) -> list[str]:
    """What makes ``text`` a developer's text (empty when it is written for a seller)."""
    found = [f"「{word}」" for word in FORBIDDEN if word in text]
    found += [f"English: {sentence!r}" for sentence in english_sentences(text)]
    return found


# -- the rules and the other resources ----------------------------------------------------------

# A source that is a pointer to another part of the rules, resolved where it is shown.
_POINTERS = ("subject_markers", "required_kinds", "one_group_per_destination")


def _load(name: str) -> Any:
    with (RESOURCES / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def rules_texts() -> Iterator[tuple[str, str]]:
    from qsm_desktop.core import manual

    products = _load("product_rules.json")
    for rule in products["rules"]:
        for key in ("title", "message", "source"):
            yield f"product_rules.json {rule['code']} {key}", rule[key]
    service = _load("service_rules.json")
    for section in ("subject_markers", "required_kinds"):
        for i, entry in enumerate(service[section]):
            for key in ("source", "note"):
                yield f"service_rules.json {section}[{i}] {key}", entry.get(key, "")
    group = service["one_group_per_destination"]
    for key in ("source", "note"):
        yield f"service_rules.json one_group_per_destination {key}", group[key]
    aliases = service["category_aliases"]
    yield "service_rules.json category_aliases source", aliases["source"]
    for code, check in service["checks"].items():
        for key in ("label", "message", "source"):
            value = check[key]
            if key == "source" and (value in _POINTERS or value.startswith("product_rules.json ")):
                continue  # read below, resolved
            yield f"service_rules.json {code} {key}", value
    for area, found in manual.finding_rules().items():
        for code, (name, _severity, source) in found.items():
            yield f"根拠 {area} {code}", source
            yield f"name {area} {code}", name


def other_resource_texts() -> Iterator[tuple[str, str]]:
    for entry in _load("placeholders.json")["placeholders"]:
        for key in ("label", "note"):
            yield f"placeholders.json {entry['name']} {key}", entry.get(key, "")
    for entry in _load("samples.json")["samples"]:
        for key in ("label", "note"):
            yield f"samples.json {entry['name']} {key}", entry.get(key, "")
    companies = _load("companies.json")
    yield "companies.json notice", str(companies["notice"]).split(" / ")[0]
    for entry in companies["companies"]:
        for path, text in _strings(entry, f"companies.json {entry['id']}"):
            if not path.endswith((" id", " url", " state")):
                yield path, text


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path} {key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")


# -- the manual -------------------------------------------------------------------------------


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        self.texts += [value for name, value in attrs if name in ("alt", "title") and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.texts.append(data.strip())


def html_texts(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.texts


def manual_texts() -> Iterator[tuple[str, str]]:
    from qsm_desktop.core import manual

    for page in sorted(HELP.glob("*.html")):
        for text in html_texts(page.read_text(encoding="utf-8")):
            yield f"help/ja/{page.name}", text
    for text in html_texts(manual.findings_html("ja")):
        yield "help/ja/findings.html (generated)", text
    for area, notes in _load("help/ja/findings.json").items():
        for code, note in notes.items():
            for key, text in note.items():
                yield f"help/ja/findings.json {area} {code} {key}", text


# -- Designer forms ---------------------------------------------------------------------------

UI_PROPERTIES = frozenset(
    {
        "text",
        "title",
        "windowTitle",
        "toolTip",
        "statusTip",
        "whatsThis",
        "placeholderText",
        "accessibleName",
        "accessibleDescription",
        "specialValueText",
        "suffix",
        "prefix",
        "label",
    }
)


def ui_texts(paths: list[Path] | None = None) -> Iterator[tuple[str, str]]:
    for path in paths or sorted((ROOT / "ui").glob("*.ui")):
        for element in ET.parse(path).iter():
            if element.tag not in ("property", "attribute"):
                continue
            if element.get("name") not in UI_PROPERTIES:
                continue
            string = element.find("string")
            if string is not None and string.text and string.get("notr") != "true":
                yield f"{path.name} {element.get('name')}", string.text


# -- Python sources ---------------------------------------------------------------------------

# Calls whose string arguments reach the screen. For Qt's translate functions only the text is
# read (``QT_TRANSLATE_NOOP(context, text)``, ``QCoreApplication.translate(context, text)``).
SCREEN_CALLS = frozenset(
    {
        "tr",
        "QT_TR_NOOP",
        "setText",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setWindowTitle",
        "setPlaceholderText",
        "setTitle",
        "setTabText",
        "setItemText",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setAccessibleName",
        "setHeaderLabels",
        "showMessage",
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "addAction",
        "addMenu",
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getItem",
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
    }
)
_CONTEXT_FIRST = frozenset({"QT_TRANSLATE_NOOP", "translate"})


def _call_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _literals(node: ast.expr) -> Iterator[str]:
    """The text of a literal argument: a string, an f-string's literal parts, the parts joined
    with ``+``, both branches of ``a if c else b``, the template of ``"…".format(…)`` and the
    literals filled into it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        yield from _literals(node.func.value)
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            yield from _literals(argument)  # a literal filled in is shown too


def screen_literals(source: str) -> Iterator[tuple[int, str]]:
    """``(line, text)`` of every literal a screen call in ``source`` receives."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node.func)
        if name in _CONTEXT_FIRST:
            arguments = list(node.args[1:2])
        elif name in SCREEN_CALLS:
            arguments = [*node.args, *(k.value for k in node.keywords)]
        else:
            continue
        for argument in arguments:
            for text in _literals(argument):
                yield node.lineno, text


def gui_texts() -> Iterator[tuple[str, str]]:
    gui = ROOT / "qsm_desktop" / "gui"
    for path in sorted(gui.rglob("*.py")):
        if "generated" in path.relative_to(gui).parts:
            continue
        for line, text in screen_literals(path.read_text(encoding="utf-8")):
            yield f"{path.relative_to(ROOT)}:{line}", text


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(id(value))
    return found


def japanese_literals(source: str) -> Iterator[tuple[int, str]]:
    """``(line, text)`` of every string literal with Japanese in it, docstrings left out."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and _JAPANESE.search(node.value)
        ):
            yield node.lineno, node.value


def core_and_cli_texts() -> Iterator[tuple[str, str]]:
    for folder in ("core", "cli"):
        for path in sorted((ROOT / "qsm_desktop" / folder).rglob("*.py")):
            for line, text in japanese_literals(path.read_text(encoding="utf-8")):
                yield f"{path.relative_to(ROOT)}:{line}", text


def all_texts() -> Iterator[tuple[str, str]]:
    yield from rules_texts()
    yield from other_resource_texts()
    yield from manual_texts()
    yield from ui_texts()
    yield from gui_texts()
    yield from core_and_cli_texts()


# -- the core's errors ------------------------------------------------------------------------


def seller_error_names(sources: list[str]) -> set[str]:
    """``QsmError`` and every class that derives from it in ``sources`` (the core's errors carry
    the message the seller reads: the GUI shows them, the CLI prints them)."""
    classes = [
        (node.name, {_call_name(base) for base in node.bases})
        for source in sources
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ClassDef)
    ]
    names = {"QsmError"}
    while True:
        more = {name for name, bases in classes if bases & names} - names
        if not more:
            return names
        names |= more


def english_only_errors(source: str, names: set[str]) -> Iterator[tuple[int, list[str]]]:
    """``raise SomeQsmError("…")`` whose literal texts have no Japanese in them (a field name
    such as ``"operator"`` may stand beside the message, but the message must be Japanese)."""
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if _call_name(node.exc.func) not in names:
            continue
        texts = [text for argument in node.exc.args for text in _literals(argument)]
        if texts and not any(_JAPANESE.search(text) for text in texts):
            yield node.lineno, texts


def core_sources() -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "qsm_desktop" / "core").rglob("*.py"))
    }
