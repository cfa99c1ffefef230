"""Build the one-folder PyInstaller bundle from build_app.spec.

    pip install -e '.[build]'
    python tools/build_bundle.py                 # -> dist/qsm-desktop/
    python tools/build_bundle.py --dist DIR      # somewhere else (the bundle test does)

PyInstaller builds for the system it runs on: run it on Windows for the Windows bundle, on macOS
for the macOS one (see the README). The compiled translations are made first, so the bundle
always carries the current ones. Prints the bundle's size at the end.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_app.spec"


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under a second name)."""
    return sum(
        entry.lstat().st_size for entry in path.rglob("*") if entry.is_file() and not entry.is_symlink()
    )


def build(dist: Path, work: Path) -> Path:
    translations = ROOT / "tools" / "build_translations.py"
    if translations.is_file():
        subprocess.run([sys.executable, str(translations)], check=True, cwd=ROOT)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / "qsm-desktop"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder"
    )
    args = parser.parse_args(argv)
    bundle = build(args.dist.resolve(), args.work.resolve())
    if not bundle.is_dir():
        print(f"no bundle at {bundle}", file=sys.stderr)
        return 1
    shutil.rmtree(args.work, ignore_errors=True)
    print(f"{bundle}: {folder_size(bundle) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
