"""ツール > 連動会社一覧 (also under ヘルプ): what is known of each integration company.

The table (受注 / 在庫 / 商品, how orders arrive, テンプレートのグループ, the source) comes from
``core/companies`` and says 不明 wherever no source does. The selected company's details and its
sources are plain text below it; a source's web page is opened in the seller's browser only
when the seller picks it from 「出典をブラウザーで開く」 — nothing is ever loaded into the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QWidget

from qsm_desktop.core.companies import Company, companies_notice, load_companies
from qsm_desktop.gui.companies_model import (
    COL_ARRIVAL,
    COL_GROUP,
    COL_NAME,
    COL_ORDER,
    COL_PRODUCT,
    COL_STOCK,
    CompanyProxyModel,
    CompanyTableModel,
)
from qsm_desktop.gui.generated.ui_companies_dialog import Ui_CompaniesDialog
from qsm_desktop.gui.help_links import add_help_key
from qsm_desktop.gui.table_look import compact_rows
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow

DIALOG_NAME = "companiesDialog"
HELP_PAGE = "tools.html#companies"


def no_mail_text(companies: tuple[Company, ...]) -> str:
    """The sentence above the table naming every company that does not read order mail."""
    names = [c.name for c in companies if c.reads_order_mail is False]
    if not names:
        return ""
    return tr(
        "{names} は、Qoo10の注文メールを読み取りません(API・CSVなどで受け取ります)。"
        "これらの会社のために受注メール管理へ登録しても、注文は取り込まれません。"
    ).format(names="・".join(names))


def company_details(company: Company) -> str:
    """Everything known of ``company``, with its sources (plain text)."""
    name = f"{company.name}({company.vendor})" if company.vendor else company.name
    lines = [name, ""]
    if company.warning:
        lines += ["⚠ " + company.warning, ""]
    for label, link in (
        (tr("受注"), company.order),
        (tr("在庫"), company.stock),
        (tr("商品"), company.product),
    ):
        lines.append(f"{label}: {link.label}" + (f" — {link.note}" if link.note else ""))
    arrival = company.arrival_label
    lines.append(
        tr("注文の受け取り方")
        + f": {arrival}"
        + (f" — {company.arrival_note}" if company.arrival_note else "")
    )
    note = company.group_note if company.group_note != company.group_label else ""
    lines.append(
        tr("テンプレートのグループ") + f": {company.group_label}" + (f" — {note}" if note else "")
    )
    lines += ["", tr("出典:")]
    for source in company.sources:
        lines.append(f"・{source.title}")
        if source.url:
            lines.append(f"  {source.url}")
    return "\n".join(lines)


class CompaniesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        self.ui = Ui_CompaniesDialog()
        self.ui.setupUi(self)
        add_help_key(self, HELP_PAGE)
        companies = load_companies()
        self.ui.noticeLabel.setText(companies_notice())
        self.ui.noMailLabel.setText(no_mail_text(companies))
        self.model = CompanyTableModel(self)
        self.model.set_rows(companies)
        self.proxy = CompanyProxyModel(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.companyTable
        table.setModel(self.proxy)
        compact_rows(table)
        table.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # the data's order until a header is clicked
        header = table.horizontalHeader()
        for column in (COL_NAME, COL_ORDER, COL_STOCK, COL_PRODUCT, COL_ARRIVAL, COL_GROUP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The twelve rows whole; the rest to the details (their sources are at the end).
        self.ui.companySplitter.setSizes([290, 310])
        self.source_menu = QMenu(self.ui.sourceButton)
        self.source_menu.setObjectName("sourceMenu")
        self.ui.sourceButton.setMenu(self.source_menu)
        self.ui.closeButton.clicked.connect(self.close)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    def selected_company(self) -> Company | None:
        rows = self.ui.companyTable.selectionModel().selectedRows()
        return self.proxy.company_at(rows[0].row()) if rows else None

    def select_company(self, company_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            company = self.proxy.company_at(row)
            if company is not None and company.id == company_id:
                self.ui.companyTable.selectRow(row)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        company = self.selected_company()
        self.ui.detailText.setPlainText("" if company is None else company_details(company))
        self.source_menu.clear()
        for source in company.sources if company is not None else ():
            if not source.url:
                continue
            action = self.source_menu.addAction(f"{source.title}  {source.url}")
            action.setToolTip(source.url)
            action.triggered.connect(lambda _checked=False, url=source.url: open_source(url))
        self.ui.sourceButton.setEnabled(not self.source_menu.isEmpty())


def open_source(url: str) -> bool:
    """A source's page in the seller's browser (only ever on the seller's click)."""
    return QDesktopServices.openUrl(QUrl(url))


def open_companies(near: QWidget) -> CompaniesDialog:
    """連動会社一覧 beside the window ``near`` is in: one per window, not modal (the seller may
    keep it open while editing)."""
    top = near.window()
    dialog = top.findChild(CompaniesDialog, DIALOG_NAME)
    if dialog is None or dialog.parentWidget() is not top:
        dialog = CompaniesDialog(top)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install_companies_action(window: MainWindow, tools_menu: QMenu) -> QAction:
    """ツール > 連動会社一覧, and the same under ヘルプ right after 使い方 (if it is there)."""
    action = QAction(window)
    action.setText(tr("連動会社一覧(&L)"))
    action.setObjectName("actionCompanies")
    tip = tr("連動会社ごとの連動内容(受注・在庫・商品)、テンプレートのグループと出典を表示します")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: open_companies(window))
    tools_menu.addSeparator()
    tools_menu.addAction(action)
    help_menu = window.ui.menuHelp
    actions = help_menu.actions()
    manual = next((a for a in actions if a.objectName() == "actionManual"), None)
    after = actions.index(manual) + 1 if manual is not None else 0
    if after < len(actions):
        help_menu.insertAction(actions[after], action)
    else:
        help_menu.addAction(action)
    return action
