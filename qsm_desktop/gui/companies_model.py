"""連動会社一覧's grid: the known facts of each integration company (core/companies) as a table
model + proxy. A company known not to read Qoo10's order mail is marked in every cell (a warning
icon on its name, a tinted row, the reason in the tooltip): a registration for it is a mistake.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from qsm_desktop.core.companies import Company, Link
from qsm_desktop.core.vocabulary import GROUP_ORDER
from qsm_desktop.gui.severity import warning_icon
from qsm_desktop.gui.table_model import CENTER, Column, RowSortProxy, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP

COL_NAME = 0
COL_ORDER = 1
COL_STOCK = 2
COL_PRODUCT = 3
COL_ARRIVAL = 4
COL_GROUP = 5
COL_SOURCE = 6

COMPANY_ROLE = Qt.ItemDataRole.UserRole + 1  # the Company
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # Company.id
NO_MAIL_BACKGROUND = QColor("#fdf0e0")  # the rows of companies that do not read order mail


def _link_tip(link: Link) -> str:
    return link.note or link.label


def _sources(company: Company) -> str:
    return " / ".join(s.title for s in company.sources)


def _group_sort(company: Company) -> tuple[int, str]:
    if company.group is None:
        return (len(GROUP_ORDER), company.group_label)
    return (GROUP_ORDER[company.group], "")


class CompanyTableModel(RowTableModel):
    COLUMNS = (
        Column(
            QT_TR_NOOP("連動会社"),
            lambda c: c.name,
            tooltip=lambda c: c.warning or c.vendor or c.name,
        ),
        Column(
            QT_TR_NOOP("受注"),
            lambda c: c.order.label,
            tooltip=lambda c: _link_tip(c.order),
            align=CENTER,
        ),
        Column(
            QT_TR_NOOP("在庫"),
            lambda c: c.stock.label,
            tooltip=lambda c: _link_tip(c.stock),
            align=CENTER,
        ),
        Column(
            QT_TR_NOOP("商品"),
            lambda c: c.product.label,
            tooltip=lambda c: _link_tip(c.product),
            align=CENTER,
        ),
        Column(
            QT_TR_NOOP("注文の受け取り方"),
            lambda c: c.arrival_label,
            tooltip=lambda c: c.arrival_note or c.arrival_label,
        ),
        Column(
            QT_TR_NOOP("テンプレートのグループ"),
            lambda c: c.group_label,
            sort=_group_sort,
            tooltip=lambda c: c.group_note or c.group_label,
        ),
        Column(
            QT_TR_NOOP("出典"),
            _sources,
            tooltip=lambda c: "\n".join(str(s) for s in c.sources),
        ),
    )
    ROW_ROLE = COMPANY_ROLE
    SORT_ROLE = SORT_ROLE
    ID_ROLE = ID_ROLE

    def row_id(self, item: Company) -> str:
        return item.id

    def extra_data(self, item: Company, column: int, role: int) -> Any:
        if item.reads_order_mail is not False:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(NO_MAIL_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return warning_icon()
        return None

    def company_at(self, row: int) -> Company:
        return self.row_at(row)


class CompanyProxyModel(RowSortProxy):
    """Sorting by header click; the data's order (the guide's example first) until then."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)

    def company_at(self, proxy_row: int) -> Company | None:
        item = self.item_at(proxy_row)
        return item if isinstance(item, Company) else None
