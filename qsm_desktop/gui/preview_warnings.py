"""The preview's 警告 tab: the template's and the rendered mail's warnings as a table model,
each with the place it points at (a click there goes to it in the editor)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from qsm_desktop.gui.table_model import Column, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from qsm_desktop.core.engine import EngineWarning

FIELD_NAMES = {
    "title": QT_TR_NOOP("タイトル"),
    "sender": QT_TR_NOOP("送信者"),
    "body": QT_TR_NOOP("本文"),
    "html": QT_TR_NOOP("本文(HTML)"),
    "to": QT_TR_NOOP("送信先"),
    # the rendered mail (the integration services' rules are judged there)
    "subject": QT_TR_NOOP("届く件名"),
    "text": QT_TR_NOOP("届く本文"),
}


def field_name(field: str) -> str:
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


WARNING_COL_FIELD = 0
WARNING_COL_POSITION = 1
WARNING_COL_MESSAGE = 2
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1  # (field, line, column) of the warning


class WarningTableModel(RowTableModel):
    COLUMNS = (
        Column(QT_TR_NOOP("項目"), lambda w: field_name(w.field)),
        Column(
            QT_TR_NOOP("位置"),
            lambda w: tr("{line}行 {column}列").format(line=w.line, column=w.column),
        ),
        Column(QT_TR_NOOP("内容"), lambda w: w.message, tooltip=lambda w: w.message),
    )

    def extra_data(self, item: EngineWarning, column: int, role: int) -> Any:
        if role == LOCATION_ROLE:
            return (item.field, item.line, item.column)
        return None

    def set_warnings(self, warnings: Iterable[EngineWarning]) -> None:
        self.set_rows(warnings)

    def warning_at(self, row: int) -> EngineWarning:
        return self.row_at(row)
