"""Window layout in QSettings, behind one small typed helper (docs/architecture.md §7).

Only layout and the language chosen in 表示 > 言語 live here (window geometry, splitter
positions, column widths and order); domain data stays in the database. Tests point QSettings at a temporary folder (see tests/conftest.py).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "QSM Desktop"
APPLICATION = "QSM Desktop"


class ViewSettings:
    """Typed get/set of the few layout values the GUI remembers."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def _set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    # the language chosen in 表示 > 言語 ("ja", "en" or "system") ----------------------------
    @property
    def language(self) -> str:
        value = self._settings.value("general/language", "system")
        return value if isinstance(value, str) else "system"

    def set_language(self, value: str) -> None:
        self._settings.setValue("general/language", value)

    # window geometry and state -----------------------------------------------------------
    def window_geometry(self, name: str) -> QByteArray | None:
        return self._bytes(f"{name}/geometry")

    def set_window_geometry(self, name: str, value: QByteArray) -> None:
        self._set_bytes(f"{name}/geometry", value)

    # splitters ------------------------------------------------------------------------------
    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._set_bytes(f"splitters/{name}", value)

    # table headers (column widths, order, sort) ------------------------------------------------
    def header_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"headers/{name}")

    def set_header_state(self, name: str, value: QByteArray) -> None:
        self._set_bytes(f"headers/{name}", value)

    def forget_header_state(self, name: str) -> None:
        self._settings.remove(f"headers/{name}")

    def sync(self) -> None:
        self._settings.sync()
