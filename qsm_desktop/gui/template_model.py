"""The 参照 dialog's grid (テンプレートの選択): catalog templates as a table model + proxy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from qsm_desktop.core.catalog import TemplateInfo
from qsm_desktop.core.vocabulary import GROUP_ORDER, KIND_ORDER

_CONTEXT = "TemplateTableModel"

COL_NO = 0
COL_GROUP = 1
COL_NAME = 2
COL_KIND = 3
COL_SEND_TYPE = 4

HEADERS = (
    QT_TRANSLATE_NOOP(_CONTEXT, "テンプレート番号"),
    QT_TRANSLATE_NOOP(_CONTEXT, "テンプレートのグループ名"),
    QT_TRANSLATE_NOOP(_CONTEXT, "テンプレート名"),
    QT_TRANSLATE_NOOP(_CONTEXT, "お知らせ種類"),
    QT_TRANSLATE_NOOP(_CONTEXT, "送信方法"),
)

NO_ROLE = Qt.ItemDataRole.UserRole + 1  # the template number (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class TemplateTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._templates: list[TemplateInfo] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate(_CONTEXT, HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        template = self._templates[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(template, column)
        if role == NO_ROLE:
            return template.no
        if role == SORT_ROLE:
            if column == COL_GROUP:
                return GROUP_ORDER[template.group]
            if column == COL_KIND:
                return KIND_ORDER[template.kind]
            return self._display(template, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NO, COL_SEND_TYPE):
            return Qt.AlignmentFlag.AlignCenter
        return None

    @staticmethod
    def _display(template: TemplateInfo, column: int) -> str | int:
        if column == COL_NO:
            return template.no
        if column == COL_GROUP:
            return template.group_label
        if column == COL_NAME:
            return template.name
        if column == COL_KIND:
            return template.kind_label
        return template.send_type

    def set_templates(self, templates: Iterable[TemplateInfo]) -> None:
        self.beginResetModel()
        self._templates = list(templates)
        self.endResetModel()

    def template_at(self, row: int) -> TemplateInfo:
        return self._templates[row]


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
