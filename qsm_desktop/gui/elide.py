"""Where a column cuts text that does not fit (file names: in the middle, keeping the end).

Apart from table_look: the delegate's Qt types are not needed on the start-up path
(gui/start_sequence.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem


class _ElideDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject, mode: Qt.TextElideMode) -> None:
        super().__init__(parent)
        self._mode = mode

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self._mode


def elide_column(view: QAbstractItemView, column: int, mode: Qt.TextElideMode) -> None:
    """Cut one column's text where ``mode`` says (file names: in the middle, keeping the end)."""
    view.setItemDelegateForColumn(column, _ElideDelegate(view, mode))
