"""The main window's one title: the tab in front and the database file, e.g.
「設定チェック — qsm.db」; Qt adds the app's name (「 — QSM Desktop」) where the platform shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QTabWidget


def window_title(tab: str, db_path: str | Path) -> str:
    # the tab's text without its mnemonic (&) and the file's name (the folder is in 詳細 of
    # このアプリについて and in the settings; a title is too short for it)
    return f"{tab.replace('&', '')} — {Path(db_path).name}"


def follow_tabs(window: QMainWindow, tabs: QTabWidget, db_path: str | Path) -> None:
    """Keep ``window``'s title on the current tab."""

    def update(_index: int = -1) -> None:
        window.setWindowTitle(window_title(tabs.tabText(tabs.currentIndex()), db_path))

    tabs.currentChanged.connect(update)
    update()
