"""Compile the translations (translations/*.ts, Qt Linguist's format) into resources/translations/.

    python tools/build_translations.py            # .ts -> .qm (pyside6-lrelease)
    python tools/build_translations.py --update   # first refresh the app's .ts from the code and
                                                  # the .ui files (pyside6-lupdate), then compile
    python tools/build_translations.py --check    # exit 1 when a committed .ts misses a text of
                                                  # the code or a committed .qm is out of date

The .qm files are committed (like the compiled .ui modules) so that a checkout runs without a
build step; the wheel and the bundle ship them with resources/. Edit the .ts files with
pyside6-linguist.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
# The app's own texts: every tr()/translate() in the package and every .ui file.
APP_SOURCES = [ROOT / "qsm_desktop", ROOT / "ui"]
APP_TS_PREFIX = "qsm_desktop_"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Keys of the rules files that are data, not text for the seller to read in his language: the
# editors' notes, and the subject lines and option markers QSM's files really contain.
_NOT_SELLER_TEXT = frozenset(
    {"notice", "marker", "additional_option_markers", "additional_option_note"}
)


def _json_texts(value: object, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [t for k, v in value.items() if k not in _NOT_SELLER_TEXT for t in _json_texts(v, k)]
    if isinstance(value, list):
        return [t for item in value for t in _json_texts(item, key)]
    return [value] if isinstance(value, str) and _JAPANESE.search(value) else []


def core_texts() -> list[str]:
    """The seller texts that come from the core without Qt: the rules files' findings (label,
    message template, 根拠, notes) and the core's words shown in the GUI (notification types,
    field names, history actions, severities). The GUI passes them through tr() where it shows
    them (message templates before they are filled in)."""
    sys.path.insert(0, str(ROOT))
    from qsm_desktop.core import history_actions, severity, text_sources, vocabulary
    from qsm_desktop.core.safety.coverage import STATE_LABELS
    from qsm_desktop.resources import load_json

    texts = [
        *_json_texts(load_json("service_rules.json")),
        *_json_texts(load_json("product_rules.json")),
        *(kind.label for kind in vocabulary.KINDS),
        *vocabulary.GRID_COLUMN_TITLES,
        *vocabulary.FIELD_LABELS.values(),
        *history_actions.LABELS.values(),
        *severity.SEVERITY_LABELS.values(),
        *text_sources.SHORT_LABELS.values(),
        *STATE_LABELS.values(),
        *(sample["label"] for sample in load_json("samples.json")["samples"]),
        str(load_json("catalog.json").get("guide_text_note", "")),
    ]
    return list(dict.fromkeys(t for t in texts if _JAPANESE.search(t)))


def _sources(generated: Path) -> list[str]:
    # lupdate reads the core's texts from a generated module of QT_TR_NOOP marks (context "").
    generated.write_text(
        "".join(f"QT_TR_NOOP({json.dumps(text, ensure_ascii=False)})\n" for text in core_texts()),
        encoding="utf-8",
    )
    return [
        str(path)
        for folder in APP_SOURCES
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".py", ".ui") and "generated" not in path.parts
    ] + [str(generated)]


def _lupdate(ts_files: list[Path]) -> None:
    """pyside6-lupdate: add new source texts to each .ts, drop the vanished ones."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = _sources(Path(tmp) / "core_texts.py")
        for ts in ts_files:
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *("-locations", "none", "-no-obsolete"),
                    *sources,
                    *("-ts", str(ts)),
                ],
                check=True,
                cwd=ROOT,
                capture_output=True,
            )


def app_ts_files() -> list[Path]:
    return sorted(TS_DIR.glob(f"{APP_TS_PREFIX}*.ts"))


def update() -> None:
    _lupdate(app_ts_files())


def messages(ts: Path) -> set[tuple[str, str]]:
    """``(context, source)`` of every current message of a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def missing_texts() -> dict[str, set[tuple[str, str]]]:
    """Per app .ts: the texts of the code and the .ui files it lacks (lupdate run on a copy)."""
    missing = {}
    with tempfile.TemporaryDirectory() as tmp:
        for ts in app_ts_files():
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            _lupdate([copy])
            lacking = messages(copy) - messages(ts)
            if lacking:
                missing[ts.name] = lacking
    return missing


def compile_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run pyside6-lupdate first")
    parser.add_argument("--check", action="store_true", help="compare with the committed .qm")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if not args.check:
        for path in compile_all(QM_DIR):
            print(path.relative_to(ROOT))
        return 0
    lacking = missing_texts()
    for name, texts in lacking.items():
        shown = ", ".join(repr(source) for _, source in sorted(texts)[:10])
        print(f"{name} lacks {len(texts)} text(s) of the code: {shown}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        stale = [
            path.name
            for path in fresh
            if not (QM_DIR / path.name).is_file()
            or (QM_DIR / path.name).read_bytes() != path.read_bytes()
        ]
        extra = sorted({p.name for p in QM_DIR.glob("*.qm")} - {p.name for p in fresh})
    if stale or extra:
        print(f"out of date: {stale}, without a source: {extra}", file=sys.stderr)
    if stale or extra or lacking:
        print("run: python tools/build_translations.py --update", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
