"""The app's version, from its one home: ``pyproject.toml`` (through the installed package's
metadata; a PyInstaller bundle carries that metadata too, see ``build_app.spec``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DISTRIBUTION = "qsm-desktop"
DISPLAY_NAME = "QSM Desktop"


@cache
def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:  # a checkout on sys.path, not installed: read the source
        import tomllib

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        with pyproject.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
