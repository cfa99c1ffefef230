"""The models of the 設定チェック tab: the coverage matrix and the findings list.

The matrix has one row per (template group, address) and one column per お知らせ種類; a cell says
its state in a symbol and words (「○ 使用」「△ 待機」「× 使用N」「— 未登録」), on a tinted
background, never in colour alone, and lists its registrations in the tooltip. The findings list
shows each finding of the setup check with its severity (icon and word), short label, address,
registrations and source; the full message is the tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from qsm_desktop.core import manual
from qsm_desktop.core.safety import (
    CELL_STATES,
    STATE_LABELS,
    CoverageCell,
    CoverageMatrix,
    CoverageRow,
    Finding,
)
from qsm_desktop.core.safety.coverage import DISABLED, ENABLED, MISSING, STANDBY
from qsm_desktop.core.vocabulary import GROUP_ORDER, KINDS
from qsm_desktop.gui.help_links import HELP_PAGE_ROLE
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.safety.common import (
    DARK_TEXT,
    MUTED_TEXT,
    SORT_ROLE,
    ListTableModel,
    SortProxy,
    finding_message,
    id_list,
)
from qsm_desktop.gui.severity import SeverityFilterProxy, severity_icon, severity_rank
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

IDS_ROLE = Qt.ItemDataRole.UserRole + 10  # a matrix cell's registration ids (tuple)
STATE_ROLE = Qt.ItemDataRole.UserRole + 11  # a matrix cell's state (enabled/standby/…)
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 12  # a finding's (field, line, column)

# -- the coverage matrix -----------------------------------------------------------------------

MATRIX_COL_GROUP = 0
MATRIX_COL_ADDRESS = 1
MATRIX_FIRST_KIND = 2

# The states in the core's order (使用, 待機, 使用N, 未登録: from forwarded to nothing), which is
# also how a kind's column sorts; their words are the core's (the CLI and the printed check say
# the same), passed through tr() like the grid's headers.
STATE_ORDER = {state: position for position, state in enumerate(CELL_STATES)}
STATE_WORDS = {state: STATE_LABELS[state] for state in CELL_STATES}
SYMBOLS = {ENABLED: "○", STANDBY: "△", DISABLED: "×", MISSING: "—"}
STATE_MEANINGS = {
    ENABLED: QT_TR_NOOP("使用(Y/N) = Y: メールは連動システムへ転送されます。"),
    STANDBY: QT_TR_NOOP("使用(Y/N) = Y、待機(Y/N) = Y: 転送されますが、待機の設定があります。"),
    DISABLED: QT_TR_NOOP(
        "登録はありますが 使用(Y/N) が N です。このお知らせは連動システムへ転送されません。",
    ),
    MISSING: QT_TR_NOOP(
        "このテンプレートのグループと送信先では、このお知らせ種類の登録がありません。"
    ),
}
STATE_BACKGROUNDS = {
    ENABLED: QColor(220, 239, 214),
    STANDBY: QColor(252, 241, 196),
    DISABLED: QColor(246, 214, 214),
    MISSING: QColor(236, 236, 236),
}


def state_text(state: str) -> str:
    """「○ 使用」: a state's symbol and words."""
    return f"{SYMBOLS[state]} {tr(STATE_WORDS[state])}"


def cell_text(cell: CoverageCell) -> str:
    """「○ 使用」 … with the number of registrations when a cell has more than one."""
    text = state_text(cell.state)
    if len(cell.registration_ids) > 1:
        text += tr("({count}件)").format(count=len(cell.registration_ids))
    return text


def cell_tooltip(row: CoverageRow, cell: CoverageCell) -> str:
    lines = [
        f"{row.group_label} / {row.address_label}",
        f"{tr(cell.kind_label)}: {state_text(cell.state)}",
        tr(STATE_MEANINGS[cell.state]),
    ]
    if cell.registration_ids:
        lines.append(tr("登録番号 {ids}").format(ids="・".join(map(str, cell.registration_ids))))
        lines.append(tr("ダブルクリック(Enter)でフォームに開きます。"))
    return "\n".join(lines)


def _cell_column(position: int, label: str) -> Column:
    return Column(
        label,
        lambda row: cell_text(row.cells[position]),
        sort=lambda row: STATE_ORDER[row.cells[position].state],
        align=CENTER,
        header_tooltip=QT_TR_NOOP("お知らせ種類"),
    )


class CoverageTableModel(ListTableModel):
    """Rows: :class:`CoverageRow` (template group, address); columns: group, address, 5 kinds."""

    COLUMNS = (
        Column(
            QT_TR_NOOP("テンプレートのグループ"),
            lambda row: row.group_label,
            sort=lambda row: GROUP_ORDER.get(row.group, 99),
        ),
        Column(
            QT_TR_NOOP("送信先"),
            lambda row: row.address_label,
            sort=lambda row: row.address.casefold(),
            tooltip=lambda row: row.address_label,
        ),
        *(_cell_column(i, kind.label) for i, kind in enumerate(KINDS)),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and section >= MATRIX_FIRST_KIND
            and role == Qt.ItemDataRole.DisplayRole
            and section < len(self.COLUMNS)
        ):
            return tr(self.COLUMNS[section].header)  # the kind's label, as QSM writes it
        return super().headerData(section, orientation, role)

    def set_matrix(self, matrix: CoverageMatrix) -> None:
        self.set_rows(matrix.rows)

    def cell_at(self, row: int, column: int) -> CoverageCell | None:
        if column < MATRIX_FIRST_KIND or not 0 <= row < self.rowCount():
            return None
        return self.row_at(row).cells[column - MATRIX_FIRST_KIND]

    def row_id(self, item: CoverageRow) -> int | None:
        for cell in item.cells:
            if cell.registration_ids:
                return cell.registration_ids[0]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and index.column() >= MATRIX_FIRST_KIND:
            cell = self.cell_at(index.row(), index.column())
            if cell is not None:
                answer = self._cell_data(self.row_at(index.row()), cell, role)
                if answer is not None:
                    return answer
        return super().data(index, role)

    def _cell_data(self, row: CoverageRow, cell: CoverageCell, role: int) -> Any:
        if role == IDS_ROLE:
            return cell.registration_ids
        if role == STATE_ROLE:
            return cell.state
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(cell_tooltip(row, cell))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATE_BACKGROUNDS[cell.state])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_TEXT if cell.state == MISSING else DARK_TEXT)
        if role == Qt.ItemDataRole.FontRole and cell.state == DISABLED:
            return self._bold
        return None

    def extra_data(self, item: CoverageRow, column: int, role: int) -> Any:
        if role == IDS_ROLE:
            return ()
        return None


class CoverageProxy(SortProxy):
    """The matrix through a filter on the address (and group) text; keeps the core's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._text:
            return
        self.beginFilterChange()
        self._text = text
        self.endFilterChange(SortProxy.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        if not isinstance(model, CoverageTableModel):  # pragma: no cover
            return True
        row = model.row_at(source_row)
        return self._text in row.address.casefold() or self._text in row.group_label.casefold()


# -- the findings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FindingRow:
    """A finding with the address it is about (its own, or its registration's destination)."""

    finding: Finding
    destination: str

    @property
    def key(self) -> tuple[Any, ...]:
        """Identifies the same finding across re-checks (to keep it selected)."""
        f = self.finding
        return (f.code, f.registration_ids, f.field, f.address, f.line, f.column)


def finding_rows(findings: Iterable[Finding], destinations: Mapping[int, str]) -> list[FindingRow]:
    rows = []
    for finding in findings:
        if finding.address:
            destination = finding.address
        else:
            seen = list(dict.fromkeys(destinations.get(i, "") for i in finding.registration_ids))
            destination = seen[0] if len(seen) == 1 else "、".join(d for d in seen if d)
            if len(seen) == 1 and not destination:
                destination = tr("(空)")
        rows.append(FindingRow(finding, destination))
    return rows


FINDING_COL_SEVERITY = 0
FINDING_COL_LABEL = 1
FINDING_COL_DESTINATION = 2
FINDING_COL_REGISTRATIONS = 3
FINDING_COL_SOURCE = 4


def _where(finding: Finding) -> str:
    if finding.line is None:
        return ""
    return tr("({line}行目 {column}文字目)").format(line=finding.line, column=finding.column)


class FindingTableModel(ListTableModel):
    """Rows: :class:`FindingRow`; the core's order (errors first) until the seller sorts."""

    COLUMNS = (
        Column(
            QT_TR_NOOP("重大度"),
            lambda r: tr(r.finding.severity_label),
            sort=lambda r: severity_rank(r.finding.severity),
            tooltip=lambda r: finding_message(r.finding),
        ),
        Column(
            QT_TR_NOOP("内容"),
            lambda r: (tr(r.finding.label) or r.finding.code) + _where(r.finding),
            sort=lambda r: (r.finding.label or r.finding.code, r.finding.registration_ids),
            tooltip=lambda r: finding_message(r.finding),
        ),
        Column(
            QT_TR_NOOP("送信先"),
            lambda r: r.destination,
            sort=lambda r: r.destination.casefold(),
            tooltip=lambda r: r.destination,
        ),
        Column(
            QT_TR_NOOP("登録番号"),
            lambda r: id_list(r.finding.registration_ids),
            sort=lambda r: r.finding.registration_ids,
            tooltip=lambda r: "・".join(map(str, r.finding.registration_ids)),
        ),
        Column(
            QT_TR_NOOP("根拠"),
            lambda r: tr(r.finding.source),
            tooltip=lambda r: tr(r.finding.source),
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_findings(self, rows: Iterable[FindingRow]) -> None:
        self.set_rows(rows)

    def row_id(self, item: FindingRow) -> int | None:
        ids = item.finding.registration_ids
        return ids[0] if ids else None

    def extra_data(self, item: FindingRow, column: int, role: int) -> Any:
        finding = item.finding
        if role == LOCATION_ROLE:
            return (finding.field, finding.line, finding.column)
        if role == HELP_PAGE_ROLE:
            return manual.finding_page(manual.SETUP, finding.code)
        if column != FINDING_COL_SEVERITY:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.FontRole and finding.is_error:
            return self._bold
        return None

    def row_of_key(self, key: tuple[Any, ...]) -> int | None:
        for position, row in enumerate(self._rows):
            if row.key == key:
                return position
        return None


class FindingFilterProxy(SeverityFilterProxy):
    """The findings, filtered by severity (None = all); sorted by the column's sort key."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE, severity_of=_finding_severity)


def _finding_severity(row: FindingRow) -> str:
    return row.finding.severity
