"""Locate the data shipped with the app (``resources/``).

The folder sits at the top of a checkout, is force-included as ``qsm_desktop/resources`` in a wheel
and is copied to the same place inside a PyInstaller bundle (see ``build_app.spec``). One function
answers for all three, so no caller ever builds a path by hand.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_path() -> Path:
    candidates = [_PACKAGE_DIR / "resources"]  # wheel install
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller bundle
        candidates.insert(0, Path(frozen_root) / "qsm_desktop" / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")  # checkout / editable install
    for candidate in candidates:
        if (candidate / "catalog.json").is_file():
            return candidate
    raise FileNotFoundError(
        "resources/ was not found next to the package; the installation is incomplete: "
        + ", ".join(str(c) for c in candidates)
    )


def load_json(name: str) -> Any:
    """Read one shipped JSON data file by its file name."""
    import json  # not on the start-up path (gui/start_sequence.py)

    with (resources_path() / name).open(encoding="utf-8") as handle:
        return json.load(handle)
