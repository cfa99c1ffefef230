"""The app's icon on every window and dialog (rendered from resources/icons/qsm-desktop.svg by
tools/make_icons.py; PNG sizes, so no SVG renderer is needed to show it)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from qsm_desktop.resources import resources_path

SIZES = (16, 24, 32, 48, 64, 128, 256)
# The Linux desktop entry (packaging/linux/qsm-desktop.desktop): Wayland matches windows to it.
DESKTOP_FILE_NAME = "qsm-desktop"


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_path() / "icons"
    for size in SIZES:
        icon.addFile(str(folder / f"qsm-desktop-{size}.png"), QSize(size, size))
    return icon


def install_app_icon(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
