"""Compile the translations (translations/*.ts, Qt Linguist's format) into resources/translations/.

    python tools/build_translations.py            # .ts -> .qm (pyside6-lrelease)
    python tools/build_translations.py --update   # first refresh the app's .ts from the code and
                                                  # the .ui files (pyside6-lupdate), then compile
    python tools/build_translations.py --check    # exit 1 when a committed .qm is out of date

The .qm files are committed (like the compiled .ui modules) so that a checkout runs without a
build step; the wheel and the bundle ship them with resources/. Edit the .ts files with
pyside6-linguist.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
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


def update() -> None:
    """pyside6-lupdate: add new source texts to each app .ts, mark vanished ones obsolete."""
    sources = [
        str(path)
        for folder in APP_SOURCES
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".py", ".ui") and "generated" not in path.parts
    ]
    for ts in sorted(TS_DIR.glob(f"{APP_TS_PREFIX}*.ts")):
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )


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
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
