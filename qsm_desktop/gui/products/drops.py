"""Dropping product CSVs anywhere on the main window imports them.

Qt sends a drag to the widget under the cursor that accepts drops, else up its parents to the
window. The handler filters the window and every widget in it that accepts drops itself (line
edits, text editors), so a CSV dropped on the search field is imported rather than pasted as a
path; drags that carry no ``.csv`` file pass through untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def is_csv(path: str) -> bool:
    return path.lower().endswith(".csv")


def dropped_files(mime: QMimeData | None) -> tuple[list[str], list[str]]:
    """The local files a drag carries: (``.csv`` files, other files)."""
    if mime is None or not mime.hasUrls():
        return [], []
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if is_csv(f)], [f for f in files if not is_csv(f)]


def csv_paths(mime: QMimeData | None) -> list[str]:
    """The local ``.csv`` files a drag carries (other URLs and files are left out)."""
    return dropped_files(mime)[0]


class CsvDropHandler(QObject):
    """Accepts drags of .csv files on ``window``; ``on_drop(csv files, other files)``."""

    def __init__(self, window: QWidget, on_drop: Callable[[list[str], list[str]], object]) -> None:
        super().__init__(window)
        self.setObjectName("csvDropHandler")
        self.window = window
        self._on_drop = on_drop
        window.setAcceptDrops(True)
        self.watch(window)

    def watch(self, widget: QWidget) -> None:
        """Filter ``widget`` and its descendants that accept drops (again after tabs were added).

        Installing the filter on a widget twice keeps one (Qt moves it to the front).
        """
        widget.installEventFilter(self)
        for target in widget.findChildren(QWidget):
            if target.acceptDrops():
                target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if csv_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths, others = dropped_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                # Not from inside the drop: on some platforms the source application waits
                # until the drop handler returns, and the import opens a dialog.
                QTimer.singleShot(0, self, lambda: self._on_drop(paths, others))
                return True
        return super().eventFilter(watched, event)
