"""The link check's findings as a table (behind a proxy that sorts and filters by severity).

The rule's code (``qty-mismatch`` …) is no column: the seller reads the rule's title, and the code
only leads to its explanation in the manual (the help-page role, F1); ``--json`` and the logs keep
it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt

from qsm_desktop.core import manual
from qsm_desktop.core.products.checks import (
    Finding,
)
from qsm_desktop.core.products.rules import load_rules
from qsm_desktop.gui.help_links import HELP_PAGE_ROLE
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.products.common import (
    ERROR_TEXT,
    FINDING_ROLE,
    ITEM_NO_ROLE,
    LINE_ROLE,
    SORT_ROLE,
    WARNING_TEXT,
    sort_value,
)
from qsm_desktop.gui.severity import SeverityFilterProxy, severity_icon, severity_rank
from qsm_desktop.gui.table_model import RIGHT, Column, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP, tr, tr_filled


def finding_message(finding: Finding) -> str:
    """A product finding's reason in the seller's language."""
    return tr_filled(finding.template, finding.params, finding.message)


def rule_title(code: str) -> str:
    """The rule's short title (コードの重複 …); an unknown rule (none ships) shows its code."""
    rules = load_rules().rules
    return tr(rules[code].title) if code in rules else code


COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TR_NOOP("重大度"),
        lambda f: tr(f.severity_label),
        sort=lambda f: severity_rank(f.severity),
    ),
    Column(QT_TR_NOOP("内容"), lambda f: rule_title(f.code)),
    Column(QT_TR_NOOP("ファイル"), lambda f: f.file),
    Column(
        QT_TR_NOOP("行"),
        lambda f: f"{f.line:,}",
        sort=lambda f: f.line,
        align=RIGHT,
    ),
    Column(QT_TR_NOOP("列"), lambda f: f.column or ""),
    Column(QT_TR_NOOP("商品番号"), lambda f: f.item_no),
    Column(QT_TR_NOOP("値"), lambda f: _one_line(f.value)),
    Column(QT_TR_NOOP("根拠"), lambda f: tr(f.source)),
)

COL_SEVERITY = 0
COL_TITLE = 1
COL_FILE = 2
COL_LINE = 3
COL_COLUMN = 4
COL_ITEM_NO = 5
COL_VALUE = 6
COL_SOURCE = 7
COLUMN_COUNT = len(COLUMNS)


def _one_line(text: str, limit: int = 120) -> str:
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FindingTableModel(RowTableModel):
    """Read-only rows of :class:`Finding` from ``check_products``."""

    COLUMNS = COLUMNS
    ROW_ROLE = FINDING_ROLE
    SORT_ROLE = SORT_ROLE

    def item_sort_key(self, item: Finding, column: Column) -> Any:
        # As in the product tree: empty cells last, numbers compared as numbers.
        return sort_value(super().item_sort_key(item, column))

    def extra_data(self, item: Finding, column: int, role: int) -> Any:
        if role == ITEM_NO_ROLE:
            return item.item_no
        if role == HELP_PAGE_ROLE:
            return manual.finding_page(manual.PRODUCTS, item.code)
        if role == LINE_ROLE:
            return item.line
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FILE:  # the whole file name (the cell may cut it), then the reason
                return plain_tooltip(f"{item.file}\n{finding_message(item)}")
            return plain_tooltip(
                finding_message(item)
            )  # the whole reason, whichever cell the pointer is on
        if column == COL_SEVERITY:
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_icon(item.severity)
            if role == Qt.ItemDataRole.ForegroundRole:
                return ERROR_TEXT if item.is_error else WARNING_TEXT
        return None

    def set_findings(self, findings: Iterable[Finding]) -> None:
        self.set_rows(findings)

    def findings(self) -> list[Finding]:
        return self.rows()

    def finding_at(self, row: int) -> Finding:
        return self.row_at(row)

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(1 for f in self._rows if f.is_error)
        return errors, len(self._rows) - errors


class FindingProxyModel(SeverityFilterProxy):
    """Sorts the findings and keeps only one severity when asked (None = all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)

    def finding_at(self, proxy_row: int) -> Finding | None:
        return self.item_at(proxy_row)
