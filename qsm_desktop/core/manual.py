"""The seller's manual shown by ヘルプ > 使い方: its pages and where each finding is explained.

The pages are HTML files in ``resources/help/<language>/`` (written by hand, with the screenshots
``tools/screenshots.py`` makes in ``resources/help/images/<language>/``). One page is made here:
``findings.html``, the explanation of every finding of the setup check and of the product link
check, from the rules files (name, severity, source) and ``findings.json`` (what it means, how to
fix it). Everything is read from the app's own files; nothing is ever fetched.
"""

from __future__ import annotations

import json
import re
from functools import cache
from html import escape
from pathlib import Path

from qsm_desktop.core.severity import SEVERITY_LABELS
from qsm_desktop.resources import resources_path

DEFAULT_LANGUAGE = "ja"
FINDINGS_PAGE = "findings.html"
SETUP = "setup"  # the setup check's findings (resources/service_rules.json)
PRODUCTS = "products"  # the product link check's findings (resources/product_rules.json)

# Page per screen, for F1 (the names are the HTML files' stems).
PAGES = (
    "index",
    "registrations",
    "setup_check",
    "checklist",
    "tools",
    "backups",
    "products",
    "findings",
)
_PAGE_NAME = re.compile(r"^[a-z_]+\.html$")
_IMAGE_NAME = re.compile(r"^[a-z0-9_]+\.png$")

_TEXTS = {
    "ja": {
        "title": "指摘の意味と直し方",
        "intro": "設定チェックと商品/在庫のリンクチェックが表示する指摘の一覧です。"
        "エラーは、このままでは注文や在庫が連動会社に正しく届かないものです。"
        "警告は、意図したものか確かめてほしいものです。",
        "setup": "設定チェックの指摘",
        "products": "商品/在庫の指摘",
        "severity": "重要度",
        "meaning": "意味",
        "fix": "直し方",
        "source": "根拠",
        "index": "目次",
    },
}


def help_root() -> Path:
    return resources_path() / "help"


def languages() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in help_root().iterdir() if (p / "index.html").is_file()))


def _language(language: str) -> str:
    return language if language in languages() else DEFAULT_LANGUAGE


def finding_anchor(area: str, code: str) -> str:
    """The anchor of one finding's explanation in ``findings.html`` (the two checks share some
    codes, e.g. not-cp932, so the area is part of it)."""
    return f"{area}-{code}"


def finding_page(area: str, code: str) -> str:
    return f"{FINDINGS_PAGE}#{finding_anchor(area, code)}"


@cache
def explanations(language: str = DEFAULT_LANGUAGE) -> dict[str, dict[str, dict[str, str]]]:
    """``{area: {code: {"meaning": …, "fix": …}}}`` from findings.json."""
    path = help_root() / _language(language) / "findings.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, dict[str, str]]] = json.load(handle)
    return data


def finding_rules() -> dict[str, dict[str, tuple[str, str, str]]]:
    """``{area: {code: (name, severity, source)}}`` for every finding either check can report."""
    from qsm_desktop.core.products.rules import load_rules as product_rules
    from qsm_desktop.core.safety.rules import CODES, load_rules

    service = load_rules()
    setup: dict[str, tuple[str, str, str]] = {}
    for code in CODES:
        rule = service.rule(code)
        setup[code] = (rule.label, rule.severity, _service_source(code, rule.source))
    products = {
        code: (rule.title, rule.severity, rule.source)
        for code, rule in product_rules().rules.items()
    }
    return {SETUP: setup, PRODUCTS: products}


# A setup rule that applies a product rule to the rendered mail names it so
# (``product_rules.json paren-in-name``): its 根拠 is that rule's source.
_PRODUCT_RULE = "product_rules.json "


def _service_source(code: str, source: str) -> str:
    """A rule whose source is a section of the rules file (subject_markers, …) or a product rule:
    that section's or rule's sources, as the finding itself shows them."""
    from qsm_desktop.core.products.rules import load_rules as product_rules
    from qsm_desktop.core.safety.rules import load_rules

    rules = load_rules()
    if source.startswith(_PRODUCT_RULE):
        return product_rules().rules[source.removeprefix(_PRODUCT_RULE)].source
    if source == "subject_markers":
        return "、".join(dict.fromkeys(m.source for m in rules.subject_markers))
    if source == "required_kinds":
        return "、".join(dict.fromkeys(r.source for r in rules.required_kinds))
    if source == "one_group_per_destination":
        return rules.one_group_source
    return source


def findings_html(language: str = DEFAULT_LANGUAGE) -> str:
    texts = _TEXTS.get(language, _TEXTS[DEFAULT_LANGUAGE])
    notes = explanations(language)
    parts = [
        f"<html><head><title>{escape(texts['title'])}</title></head><body>",
        f'<p><a href="index.html">{escape(texts["index"])}</a></p>',
        f"<h1>{escape(texts['title'])}</h1>",
        f"<p>{escape(texts['intro'])}</p>",
    ]
    for area, rules in finding_rules().items():
        parts.append(f'<h2><a name="{area}"></a>{escape(texts[area])}</h2>')
        for code, (name, severity, source) in rules.items():
            note = notes.get(area, {}).get(code, {})
            parts += [
                f'<h3><a name="{finding_anchor(area, code)}"></a>{escape(name)}</h3>',
                f"<p><b>{escape(texts['severity'])}:</b> {escape(SEVERITY_LABELS[severity])}</p>",
                f"<p><b>{escape(texts['meaning'])}:</b> {escape(note.get('meaning', ''))}</p>",
                f"<p><b>{escape(texts['fix'])}:</b> {escape(note.get('fix', ''))}</p>",
                f"<p><b>{escape(texts['source'])}:</b> {escape(source)}</p>",
            ]
    parts.append("</body></html>")
    return "\n".join(parts)


def page_html(name: str, language: str = DEFAULT_LANGUAGE) -> str | None:
    """The HTML of page ``name`` (``registrations.html``), or None for anything that is not one
    of the manual's pages (no path is ever built from a name that is not a plain file name)."""
    if not _PAGE_NAME.match(name):
        return None
    if name == FINDINGS_PAGE:
        return findings_html(_language(language))
    path = help_root() / _language(language) / name
    if not path.is_file():
        path = help_root() / DEFAULT_LANGUAGE / name
        if not path.is_file():
            return None
    return path.read_text(encoding="utf-8")


def image_path(name: str, language: str = DEFAULT_LANGUAGE) -> Path | None:
    """A screenshot of the manual (``images/<name>.png``) in the language, else in Japanese."""
    if not _IMAGE_NAME.match(name):
        return None
    for folder in (_language(language), DEFAULT_LANGUAGE):
        path = help_root() / "images" / folder / name
        if path.is_file():
            return path
    return None
