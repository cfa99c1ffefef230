"""Compile the Designer files ui/*.ui into qsm_desktop/gui/generated/ui_*.py with pyside6-uic.

    python tools/build_ui.py                  # regenerate the committed files
    python tools/build_ui.py --output-dir D   # write them somewhere else (the test compares)
    python tools/build_ui.py --check          # exit 1 when a committed file is out of date

The .ui files are the sources (edit them with pyside6-designer); the generated modules are
committed so that the app runs from a checkout without a build step, and
tests/test_gui_ui_files.py proves they match their .ui.

One change is made to uic's output: its ``from PySide6.X import (...)`` lines list every class
a form might use (QDate, QConicalGradient, …); PySide6 creates each class on first import, which
costs startup time, so the names a module does not use are dropped.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "qsm_desktop" / "gui" / "generated"


def uic_command() -> list[str]:
    """pyside6-uic next to the running Python (the venv), else on PATH."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = scripts / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic was not found; install PySide6-Essentials in this environment")


def output_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(code: str) -> str:
    """Keep only the imported Qt names the module uses (see the module docstring)."""

    def keep_used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        rest = code[: match.start()] + code[match.end() :]
        used = [n for n in names if re.search(rf"\b{n}\b", rest)]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _QT_IMPORT.sub(keep_used, code)


def compile_ui(ui_file: Path, out_file: Path) -> None:
    # Run from ui/ with the bare file name: the generated header names the file, so the output
    # does not depend on where the checkout lives.
    subprocess.run(
        [*uic_command(), ui_file.name, "-o", str(out_file.resolve())],
        cwd=ui_file.parent,
        check=True,
    )
    code = out_file.read_text(encoding="utf-8")
    out_file.write_text(prune_imports(code), encoding="utf-8")


def build(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        out_file = out_dir / output_name(ui_file)
        compile_ui(ui_file, out_file)
        written.append(out_file)
    return written


def comparable(text: str) -> str:
    """Generated text without the line naming the uic version (a newer PySide6 may differ)."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("## Created by:"))


def stale_files() -> list[str]:
    """Committed modules that differ from a fresh compile of their .ui (or are missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        stale = []
        for fresh in build(Path(tmp)):
            committed = OUT_DIR / fresh.name
            if not committed.exists() or comparable(
                committed.read_text(encoding="utf-8")
            ) != comparable(fresh.read_text(encoding="utf-8")):
                stale.append(fresh.name)
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--check", action="store_true", help="only report out-of-date files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"out of date: {name} (run python tools/build_ui.py)")
        return 1 if stale else 0
    for path in build(args.output_dir):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
