"""The table of the QSMへの反映 tab: one row per checklist item, column 済 ticks it in the store.

A tick is written at once through the core (:func:`tick` / :func:`untick`); the model says so
with :attr:`ChecklistTableModel.ticksChanged` (the view then rebuilds the checklist: a tick can
split or join items) or :attr:`ChecklistTableModel.tickFailed` (nothing changed).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.safety import ChecklistItem, tick, untick
from qsm_desktop.gui.safety.checklist_steps import change_summary, target_text
from qsm_desktop.gui.safety.common import MUTED_TEXT, ListTableModel
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

COL_DONE = 0
COL_ID = 1
COL_TARGET = 2
COL_ACTION = 3


class ChecklistTableModel(ListTableModel):
    """Rows: :class:`ChecklistItem`; column 済 is checkable and ticks the item in the store."""

    COLUMNS = (
        Column(
            QT_TR_NOOP("済"),
            lambda i: tr("済") if i.ticked else tr("未"),
            sort=lambda i: i.ticked,
            header_tooltip=QT_TR_NOOP("QSMで作業が終わった項目にチェックを付けます"),
        ),
        Column(QT_TR_NOOP("登録番号"), lambda i: i.registration_id, align=CENTER),
        Column(
            QT_TR_NOOP("対象"),
            target_text,
            tooltip=target_text,
        ),
        Column(
            QT_TR_NOOP("処理"),
            change_summary,
            tooltip=change_summary,
        ),
    )

    ticksChanged = Signal()  # a tick was written: the checklist should be rebuilt
    tickFailed = Signal(object)  # the exception: a tick could not be written

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def row_id(self, item: ChecklistItem) -> int:
        return item.registration_id

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra_data(self, item: ChecklistItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_DONE:
            return Qt.CheckState.Checked if item.ticked else Qt.CheckState.Unchecked
        if item.ticked and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_TEXT)
        if item.ticked and role == Qt.ItemDataRole.FontRole and column in (COL_TARGET, COL_ACTION):
            return self._struck
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != COL_DONE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        return self.set_ticked(index.row(), checked)

    def set_ticked(self, row: int, ticked: bool) -> bool:
        """Tick (or untick) an item in the store; the row shows it at once."""
        item: ChecklistItem = self._rows[row]
        if item.ticked == ticked:
            return True
        try:
            (tick if ticked else untick)(item)
        except QsmError as exc:  # StoreError included: the core's own
            self.tickFailed.emit(exc)
            return False
        self._rows[row] = replace(item, ticked=ticked)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.ticksChanged.emit()
        return True

    def row_of_key(self, key: int) -> int | None:
        for position, item in enumerate(self._rows):
            if item.key == key:
                return position
        return None
