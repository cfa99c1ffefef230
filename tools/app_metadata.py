"""The app's name, version and description, read from pyproject.toml (their one home), for the
PyInstaller spec: the Windows version resource and the macOS bundle take them from here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRODUCT_NAME = "QSM Desktop"
COPYRIGHT = "MIT License"


def project_metadata(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    with pyproject.open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return {
        "name": project["name"],
        "version": project["version"],
        "description": project["description"],
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 1.2.3rc1 -> (1, 2, 3, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    padded = [*numbers, 0, 0, 0, 0]
    return (padded[0], padded[1], padded[2], padded[3])


def windows_version_text(meta: dict[str, str]) -> str:
    """The version resource Windows shows in the .exe's properties (詳細 tab), in the text form
    PyInstaller's `version=` option reads (its own structures need pefile, Windows only)."""
    numbers = version_tuple(meta["version"])
    strings = {
        "CompanyName": PRODUCT_NAME,
        "FileDescription": PRODUCT_NAME,
        "FileVersion": meta["version"],
        "InternalName": meta["name"],
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{meta['name']}.exe",
        "ProductName": PRODUCT_NAME,
        "ProductVersion": meta["version"],
        "Comments": meta["description"],
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0411: Japanese; 1200 (0x04B0): Unicode.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041104B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0411, 1200])])
  ]
)
"""


def write_windows_version_file(meta: dict[str, str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "version_info.txt"
    path.write_text(windows_version_text(meta), encoding="utf-8")
    return path
