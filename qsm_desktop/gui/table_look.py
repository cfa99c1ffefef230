"""Small shared looks for table views: compact rows sized from the font."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def compact_rows(view: QTableView, padding: int = 6) -> None:
    """One text line per row (Qt's default row height leaves a lot of air)."""
    header = view.verticalHeader()
    header.setMinimumSectionSize(view.fontMetrics().height() + padding)
    header.setDefaultSectionSize(view.fontMetrics().height() + padding)
