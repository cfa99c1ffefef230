"""表示 > 言語: 日本語 / English / システムに合わせる, remembered in the settings.

The choice takes effect at the next start (the message says so): every screen sets its texts
once when it is built, and rebuilding them all live is not worth its cost for a choice made
once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from qsm_desktop.gui import messages
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.translations import (
    LANGUAGES,
    SYSTEM,
    installed_language,
    system_language,
)
from qsm_desktop.gui.view_settings import ViewSettings

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow


def install_language_menu(window: MainWindow, settings: ViewSettings | None = None) -> QMenu:
    settings = settings or ViewSettings()
    menu = QMenu(tr("言語(&L)"), window)
    menu.setObjectName("menuLanguage")
    group = QActionGroup(menu)
    group.setExclusive(True)
    choices = [*LANGUAGES.items(), (SYSTEM, tr("システムに合わせる"))]
    current = settings.language if settings.language in LANGUAGES else SYSTEM
    for value, label in choices:
        action = QAction(label, menu)
        action.setObjectName(f"actionLanguage_{value}")
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _chosen(window, settings, str(action.data())))
    window.ui.menuView.addSeparator()
    window.ui.menuView.addMenu(menu)
    return menu


def _chosen(window: MainWindow, settings: ViewSettings, value: str) -> None:
    if value == settings.language:
        return
    settings.set_language(value)
    app = QApplication.instance()
    shown = installed_language(app) if app is not None else None
    effective = value if value in LANGUAGES else system_language()
    if effective != shown:
        messages.information(window, tr("言語の変更は、次にアプリを起動したときに反映されます。"))
