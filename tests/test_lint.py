"""ruff and mypy are part of the test run, so a clean checkout proves the code is lint- and
type-clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "qsm_desktop", "tests", "bench", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    """mypy with the settings in pyproject.toml (strict on core/, every ignore still needed)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_does_not_import_qt() -> None:
    """The core runs without Qt (docs/architecture.md §1): import it with Qt blocked."""
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt imported by the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import qsm_desktop.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'qsm_desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import qsm_desktop.cli.main\n"
        "qsm_desktop.cli.main.build_parser()\n"
        # the GUI start's first read happens before Qt is imported (gui/first_rows.py)
        "import qsm_desktop.gui.first_rows\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
