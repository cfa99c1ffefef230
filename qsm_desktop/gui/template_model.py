"""The 参照 dialog's grid (テンプレートの選択): catalog templates as a table model + proxy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from qsm_desktop.core.catalog import TemplateInfo
from qsm_desktop.core.vocabulary import GROUP_ORDER, KIND_ORDER
from qsm_desktop.gui.table_model import CENTER, Column, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP

COL_NO = 0
COL_GROUP = 1
COL_NAME = 2
COL_KIND = 3
COL_SEND_TYPE = 4

NO_ROLE = Qt.ItemDataRole.UserRole + 1  # the template number (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class TemplateTableModel(RowTableModel):
    COLUMNS = (
        Column(QT_TR_NOOP("テンプレート番号"), lambda t: t.no, align=CENTER),
        Column(
            QT_TR_NOOP("テンプレートのグループ名"),
            lambda t: t.group_label,
            sort=lambda t: GROUP_ORDER[t.group],
        ),
        Column(QT_TR_NOOP("テンプレート名"), lambda t: t.name),
        Column(
            QT_TR_NOOP("お知らせ種類"),
            lambda t: t.kind_label,
            sort=lambda t: KIND_ORDER[t.kind],
        ),
        Column(QT_TR_NOOP("送信方法"), lambda t: t.send_type, align=CENTER),
    )
    SORT_ROLE = SORT_ROLE
    ID_ROLE = NO_ROLE

    def row_id(self, item: TemplateInfo) -> int:
        return item.no

    def extra_data(self, item: TemplateInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.COLUMNS[column].display(item)  # the whole text of a cut-off cell
        return None

    def set_templates(self, templates: Iterable[TemplateInfo]) -> None:
        self.set_rows(templates)

    def template_at(self, row: int) -> TemplateInfo:
        return self.row_at(row)


class TemplateProxyModel(QSortFilterProxyModel):
    """Sorting by header click (a few dozen rows: Qt's own proxy sort is instant here)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def template_at(self, proxy_row: int) -> TemplateInfo | None:
        source = self.sourceModel()
        if not isinstance(source, TemplateTableModel) or not 0 <= proxy_row < self.rowCount():
            return None
        return source.template_at(self.mapToSource(self.index(proxy_row, 0)).row())
