"""The link check's findings as a table (behind a proxy that sorts and filters by severity)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from qsm_desktop.core.products import Finding
from qsm_desktop.core.products.rules import ERROR, load_rules
from qsm_desktop.gui.products.common import (
    CONTEXT,
    ERROR_TEXT,
    FINDING_ROLE,
    ITEM_NO_ROLE,
    LINE_ROLE,
    SORT_ROLE,
    WARNING_TEXT,
    SortProxy,
    sort_value,
    tr,
)

ModelIndex = QModelIndex | QPersistentModelIndex


def rule_title(code: str) -> str:
    """The rule's short title (コードの重複 …), or the code itself for an unknown rule."""
    rules = load_rules().rules
    return rules[code].title if code in rules else code


@dataclass(frozen=True, slots=True)
class FindingColumn:
    header: str  # untranslated (QT_TRANSLATE_NOOP)
    display: Callable[[Finding], Any]
    sort: Callable[[Finding], Any] | None = None
    numeric: bool = False


COLUMNS: tuple[FindingColumn, ...] = (
    FindingColumn(
        QT_TRANSLATE_NOOP(CONTEXT, "重大度"),
        lambda f: f.severity_label,
        sort=lambda f: 0 if f.severity == ERROR else 1,
    ),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "内容"), lambda f: rule_title(f.code)),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "ファイル"), lambda f: f.file),
    FindingColumn(
        QT_TRANSLATE_NOOP(CONTEXT, "行"),
        lambda f: f"{f.line:,}",
        sort=lambda f: f.line,
        numeric=True,
    ),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "列"), lambda f: f.column or ""),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "商品番号"), lambda f: f.item_no),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "値"), lambda f: _one_line(f.value)),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "コード"), lambda f: f.code),
    FindingColumn(QT_TRANSLATE_NOOP(CONTEXT, "根拠"), lambda f: f.source),
)

COL_SEVERITY = 0
COL_TITLE = 1
COL_FILE = 2
COL_LINE = 3
COL_COLUMN = 4
COL_ITEM_NO = 5
COL_VALUE = 6
COL_CODE = 7
COL_SOURCE = 8
COLUMN_COUNT = len(COLUMNS)


def _one_line(text: str, limit: int = 120) -> str:
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- icons: the shape says it as well as the colour ---------------------------------------------

_icons: dict[str, QIcon] = {}


def severity_icon(severity: str) -> QIcon:
    """A red disc with a cross for an error, an amber triangle with ! for a warning."""
    key = "error" if severity == ERROR else "warning"
    if key in _icons:
        return _icons[key]
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if key == "error":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(190, 25, 25))
        painter.drawEllipse(1, 1, 14, 14)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawLine(5, 5, 11, 11)
        painter.drawLine(11, 5, 5, 11)
    else:
        painter.setPen(QPen(QColor(120, 80, 0), 1))
        painter.setBrush(QColor(245, 180, 20))
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 14.5), QPointF(1, 14.5)]))
        painter.setPen(QPen(QColor(40, 30, 0), 2))
        painter.drawLine(8, 5, 8, 9)
        painter.drawPoint(8, 12)
    painter.end()
    _icons[key] = QIcon(pixmap)
    return _icons[key]


class FindingTableModel(QAbstractTableModel):
    """Read-only rows of :class:`Finding` from ``check_products``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section].header)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(finding)
        if role == SORT_ROLE:
            return sort_value((column.sort or column.display)(finding))
        if role == FINDING_ROLE:
            return finding
        if role == ITEM_NO_ROLE:
            return finding.item_no
        if role == LINE_ROLE:
            return finding.line
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if index.column() == COL_SEVERITY:
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_icon(finding.severity)
            if role == Qt.ItemDataRole.ForegroundRole:
                return ERROR_TEXT if finding.is_error else WARNING_TEXT
        return None

    def set_findings(self, findings: Iterable[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding_at(self, row: int) -> Finding:
        return self._findings[row]

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(1 for f in self._findings if f.is_error)
        return errors, len(self._findings) - errors


class FindingProxyModel(SortProxy):
    """Sorts the findings and keeps only one severity when asked (None = all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: str | None = None

    @property
    def severity(self) -> str | None:
        return self._severity

    def set_severity(self, severity: str | None) -> None:
        if severity == self._severity:
            return
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(SortProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._severity is None:
            return True
        model = self.sourceModel()
        finding = model.index(source_row, 0, source_parent).data(FINDING_ROLE)
        return finding is not None and finding.severity == self._severity

    def finding_at(self, proxy_row: int) -> Finding | None:
        return self.index(proxy_row, 0).data(FINDING_ROLE)
