"""One version (pyproject.toml), the icon on the window, the Linux desktop entry."""

from __future__ import annotations

import configparser
import struct
import tomllib
from pathlib import Path
from typing import Any

from qsm_desktop.core.appinfo import version

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def test_the_version_comes_from_pyproject_only() -> None:
    assert version() == _pyproject_version()
    import qsm_desktop

    assert not hasattr(qsm_desktop, "__version__")  # no second home to forget


def test_cli_version_and_about_show_it(main_window: Any, dialogs: Any, capsys: Any) -> None:
    from qsm_desktop.__main__ import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.split() == ["qsm-desktop", _pyproject_version()]
    main_window.ui.actionAbout.trigger()
    (text,) = dialogs.texts("about")
    assert f"QSM Desktop {_pyproject_version()}" in text


def test_icon_sizes_are_rendered_from_the_svg() -> None:
    from PySide6.QtGui import QImage

    assert (ICONS / "qsm-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    from qsm_desktop.gui.app_icon import SIZES

    for size in SIZES:
        image = QImage(str(ICONS / f"qsm-desktop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    ico = (ICONS / "qsm-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    assert (ICONS / "qsm-desktop.icns").read_bytes()[:4] == b"icns"


def test_window_and_dialogs_get_the_icon(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from qsm_desktop.gui.app_icon import app_icon, install_app_icon

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_app_icon(app)
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    assert not app_icon().isNull()


def test_linux_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    # keys keep their case (configparser's documented way; its stub calls optionxform a method)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "qsm-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "qsm-desktop"  # the console script / bundle program
    assert section["Icon"] == "qsm-desktop"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")
    from qsm_desktop.gui.app_icon import DESKTOP_FILE_NAME

    assert DESKTOP_FILE_NAME == "qsm-desktop"


def test_windows_version_resource_is_made_from_pyproject() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "app_metadata", ROOT / "tools" / "app_metadata.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    meta = module.project_metadata()
    assert meta["version"] == _pyproject_version()
    assert module.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert module.version_tuple("2.0") == (2, 0, 0, 0)
    text = module.windows_version_text(meta)
    assert f"StringStruct('ProductVersion', '{meta['version']}')" in text
    assert "StringStruct('ProductName', 'QSM Desktop')" in text
    # The form PyInstaller reads: a Python expression of its version-info classes.
    names = {
        name: (lambda *a, _n=name, **k: (_n, a, k))
        for name in (
            "VSVersionInfo",
            "FixedFileInfo",
            "StringFileInfo",
            "StringTable",
            "StringStruct",
            "VarFileInfo",
            "VarStruct",
        )
    }
    tree = eval(text, {"__builtins__": {}}, names)
    assert tree[0] == "VSVersionInfo"
    assert tree[2]["ffi"][2]["filevers"] == module.version_tuple(meta["version"])
