"""The translation pipeline: every text the GUI translates is in the catalog, under the one
helper lupdate extracts, and the English catalog is complete and keeps every placeholder."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from seller_texts import ui_texts

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "qsm_desktop" / "gui"
EN_TS = ROOT / "translations" / "qsm_desktop_en.ts"


def _gui_modules() -> list[Path]:
    return [p for p in sorted(GUI.rglob("*.py")) if "generated" not in p.relative_to(GUI).parts]


def _catalog(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _tr_literals() -> list[tuple[str, str]]:
    texts = []
    for path in _gui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "QT_TR_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                texts.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.args[0].value))
    return texts


def test_every_tr_text_of_the_gui_is_in_the_catalog() -> None:
    catalog = _catalog(EN_TS)
    literals = _tr_literals()
    assert len(literals) > 300  # the walk found the GUI's texts
    missing = [(where, text) for where, text in literals if ("", text) not in catalog]
    assert missing == [], "run: python tools/build_translations.py --update"


def test_every_ui_text_is_in_the_catalog() -> None:
    sources = {source for _, source in _catalog(EN_TS)}
    texts = list(ui_texts())
    assert texts
    assert [(where, text) for where, text in texts if text not in sources] == []


def test_the_gui_translates_through_the_one_helper() -> None:
    """A module-level wrapper (``_tr``) or a context held in a variable is not extracted by
    lupdate: only gui/translation.py may call QCoreApplication.translate."""
    offenders = []
    for path in _gui_modules():
        if path.name == "translation.py" and path.parent == GUI:
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Attribute) and node.attr == "translate":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} def {node.name}")
            if isinstance(node, ast.Name) and node.id == "QT_TRANSLATE_NOOP":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} QT_TRANSLATE_NOOP")
    assert offenders == []
