"""The translation pipeline: every text the GUI translates is in the catalog, under the one
helper lupdate extracts, and the English catalog is complete and keeps every placeholder."""

from __future__ import annotations

import ast
import re
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


_FIELD = re.compile(r"\{[^{}]*\}")


def test_the_english_catalog_is_complete_and_keeps_every_placeholder() -> None:
    catalog = _catalog(EN_TS)
    assert len(catalog) > 600
    unfinished, broken = [], []
    for (_, source), message in catalog.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            unfinished.append(source)
            continue
        if sorted(_FIELD.findall(source)) != sorted(_FIELD.findall(translation.text or "")):
            broken.append((source, translation.text))
    assert unfinished == []
    assert broken == []


def test_the_core_texts_of_the_rules_are_in_the_catalog() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "tools/build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    texts = tool.core_texts()
    assert "送信先がありません" in texts and "注文情報" in texts  # a finding label, a kind
    sources = {source for _, source in _catalog(EN_TS)}
    assert [text for text in texts if text not in sources] == []
