"""The app's file dialogs: they open in the folder the seller last used (remembered between
runs), else in Documents (else Downloads, else home), and remember the folder chosen.

Qt's file dialog is translated by Qt's own translations (loaded with the app's, see
gui/translations.py); on Windows and macOS the system's dialog is used, in the system's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from qsm_desktop.gui.view_settings import APPLICATION, ORGANIZATION

LAST_FOLDER_KEY = "dialogs/lastFolder"


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def default_folder() -> str:
    """Documents, else Downloads, else the home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DownloadLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def start_folder() -> str:
    """The folder the last file dialog ended in, if it still exists, else the default."""
    last = _settings().value(LAST_FOLDER_KEY)
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return default_folder()


def remember_folder(path: str) -> None:
    """Remember the folder of ``path`` (a file chosen or typed) for the next dialog."""
    if not path:
        return
    folder = Path(path).parent if not Path(path).is_dir() else Path(path)
    if folder.is_dir():
        settings = _settings()
        settings.setValue(LAST_FOLDER_KEY, str(folder))
        settings.sync()


def open_file_names(
    parent: QWidget | None, caption: str, filters: str, folder: str | None = None
) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, caption, folder or start_folder(), filters
    )
    if paths:
        remember_folder(paths[0])
    return list(paths)


def save_file_name(parent: QWidget | None, caption: str, file_name: str, filters: str) -> str:
    """A path to save to; ``file_name`` is suggested in the remembered folder (a full path in
    another folder is kept as it is)."""
    suggested = Path(file_name)
    if not suggested.is_absolute():
        suggested = Path(start_folder()) / suggested
    path, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    remember_folder(path)
    return path
