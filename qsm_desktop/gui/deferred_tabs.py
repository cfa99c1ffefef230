"""The main window's tabs, some of whose views are built only when first shown.

A view nobody opens costs nothing at start-up, its imports included: its tab holds an empty
stand-in page until the tab is first shown (or :meth:`DeferredTabs.page` is asked for it), and
the view then takes the stand-in's place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget


class DeferredTabs(QObject):
    # A tab became the current one (its view built by then, if it was deferred).
    page_shown = Signal(int)

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._builds: dict[QWidget, Callable[[], QWidget]] = {}  # stand-in → build
        # Connected before anyone else: every other listener already sees the real view.
        tabs.currentChanged.connect(self._tab_shown)

    def add(self, widget: QWidget, title: str) -> int:
        return self._tabs.addTab(widget, title)

    def add_deferred(self, title: str, build: Callable[[], QWidget]) -> int:
        """A tab whose view ``build()`` makes when the tab is first shown or :meth:`page` asks."""
        stand_in = QWidget()
        stand_in.setObjectName("deferredTabStandIn")
        self._builds[stand_in] = build
        return self.add(stand_in, title)

    def page(self, index: int) -> QWidget | None:
        """The view of tab ``index``; a deferred tab's view is built now if it is not yet."""
        page = self._tabs.widget(index)
        if page is None:
            return None
        build = self._builds.pop(page, None)
        if build is None:
            return page
        view = build()
        self._replace_page(page, view)
        return view

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if self._tabs.widget(index) in self._builds:
            self.page(index)
        self.page_shown.emit(index)

    def _replace_page(self, stand_in: QWidget, view: QWidget) -> None:
        """Put ``view`` where ``stand_in`` is: same position, title and tip; current if it was.

        QTabWidget has no "replace page", so the view goes in right after the stand-in, becomes
        current if the stand-in was, and the stand-in is removed. The tab widget's signals are
        blocked meanwhile: to everyone watching, the tab at that index never changed.
        """
        tabs = self._tabs
        index = tabs.indexOf(stand_in)
        was_current = tabs.currentIndex() == index
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index + 1, view, tabs.tabText(index))
            tabs.setTabToolTip(index + 1, tabs.tabToolTip(index))
            if was_current:
                tabs.setCurrentIndex(index + 1)
            tabs.removeTab(index)
        finally:
            tabs.blockSignals(blocked)
        stand_in.deleteLater()
