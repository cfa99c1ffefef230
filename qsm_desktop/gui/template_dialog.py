"""The 参照 dialog (テンプレートの選択), as in the guide.

お知らせ種類 (ALL + the five kinds) and テンプレートのグループ drop-downs, 【検索】, the catalog grid;
a click plus 【Confirm】, or a double-click, chooses; 【Close】 or Esc cancels. Enter in a
drop-down searches (not 【Confirm】). Opened without a template (a new registration), it shows the
kind and group last searched, remembered between runs.

Above them, 連動会社 (an aid QSM does not have): choosing a company selects the テンプレートのグループ
it reads and searches, and says so with the source (core/companies). A company whose group no
source states selects nothing and says 不明; one that does not read order mail says that.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from qsm_desktop.core import companies as company_data
from qsm_desktop.core.catalog import TemplateInfo, find_templates
from qsm_desktop.core.vocabulary import GROUPS, KINDS
from qsm_desktop.gui.company_texts import company_choice_text
from qsm_desktop.gui.generated.ui_template_dialog import Ui_TemplateDialog
from qsm_desktop.gui.help_links import add_help_key
from qsm_desktop.gui.table_look import compact_rows
from qsm_desktop.gui.template_model import (
    COL_GROUP,
    COL_KIND,
    COL_NAME,
    COL_NO,
    COL_SEND_TYPE,
    TemplateProxyModel,
    TemplateTableModel,
)
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.view_settings import APPLICATION, ORGANIZATION

LAST_KIND_KEY = "templateDialog/kind"
LAST_GROUP_KEY = "templateDialog/group"
NO_MAIL_STYLE = "color: #8a1c1c; font-weight: bold;"


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _last_search() -> tuple[str | None, str | None]:
    settings = _settings()
    kind, group = settings.value(LAST_KIND_KEY), settings.value(LAST_GROUP_KEY)
    return (
        kind if isinstance(kind, str) and kind else None,
        group if isinstance(group, str) and group else None,
    )


def _remember_search(kind: str | None, group: str | None) -> None:
    settings = _settings()
    settings.setValue(LAST_KIND_KEY, kind or "")  # "" = ALL
    settings.setValue(LAST_GROUP_KEY, group or "")


class _EnterSearches(QObject):
    """Enter in a drop-down is 【検索】 (the dialog would take it for 【Confirm】)."""

    def __init__(self, dialog: TemplateDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._dialog.search()
            return True
        return False


class TemplateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        kind: str | None = None,
        group: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateDialog()
        self.ui.setupUi(self)
        add_help_key(self, "registrations.html#register")
        self.chosen: TemplateInfo | None = None
        self.ui.kindCombo.addItem(tr("ALL"), None)
        for k in KINDS:
            self.ui.kindCombo.addItem(k.label, k.slug)
        for g in GROUPS:
            self.ui.groupCombo.addItem(g.label, g.slug)
        self.ui.groupCombo.setMinimumContentsLength(22)
        self._companies = {c.id: c for c in company_data.load_companies()}
        self.ui.companyCombo.addItem(tr("(選ばない)"))
        for company in self._companies.values():
            self.ui.companyCombo.addItem(company.name, company.id)
        self._choosing_group = False  # the group is being set for the chosen company
        self.model = TemplateTableModel(self)
        self.proxy = TemplateProxyModel(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.templateTable
        table.setModel(self.proxy)
        compact_rows(table)
        # Catalog order (group, kind, number as in QSM) until the seller clicks a header.
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_GROUP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SEND_TYPE, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.templateSearchButton.clicked.connect(self.search)
        self.ui.confirmButton.clicked.connect(self.accept)
        self.ui.closeButton.clicked.connect(self.reject)
        table.doubleClicked.connect(self._double_clicked)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._enter_searches = _EnterSearches(self)
        for combo in (self.ui.companyCombo, self.ui.kindCombo, self.ui.groupCombo):
            combo.installEventFilter(self._enter_searches)
        self.ui.companyCombo.currentIndexChanged.connect(self._company_changed)
        self.ui.groupCombo.currentIndexChanged.connect(self._group_changed)
        remembered = kind is None and group is None
        if remembered:
            kind, group = _last_search()
        if kind is not None:
            self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        if group is not None:
            self.ui.groupCombo.setCurrentIndex(max(0, self.ui.groupCombo.findData(group)))
        if kind is not None or group is not None:
            # where the form's template is (ready to switch company), or the last search
            self.search()

    # -- API --------------------------------------------------------------------------------
    @Slot()
    def search(self) -> None:
        """【検索】: the catalog templates of the chosen kind (None = ALL) and group."""
        kind, group = self.ui.kindCombo.currentData(), self.ui.groupCombo.currentData()
        self.model.set_templates(find_templates(kind, group))
        self.ui.confirmButton.setEnabled(False)
        _remember_search(kind, group)

    def selected_template(self) -> TemplateInfo | None:
        rows = self.ui.templateTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.template_at(rows[0].row())

    def select_template(self, no: int) -> bool:
        for row in range(self.proxy.rowCount()):
            template = self.proxy.template_at(row)
            if template is not None and template.no == no:
                self.ui.templateTable.selectRow(row)
                return True
        return False

    @property
    def company(self) -> company_data.Company | None:
        """The 連動会社 chosen (None: none)."""
        return self._companies.get(self.ui.companyCombo.currentData())

    def choose_company(self, company_id: str | None) -> None:
        """As if the seller chose ``company_id`` in 連動会社 (None: 「(選ばない)」)."""
        self.ui.companyCombo.setCurrentIndex(max(0, self.ui.companyCombo.findData(company_id)))

    def accept(self) -> None:
        chosen = self.selected_template()
        if chosen is None:
            return  # 【Confirm】 needs a row; the button is disabled until one is clicked
        self.chosen = chosen
        super().accept()

    # -- internals -----------------------------------------------------------------------------
    @Slot(int)
    def _company_changed(self, _index: int) -> None:
        company = self.company
        label = self.ui.companyInfoLabel
        label.setVisible(company is not None)
        if company is None:
            label.clear()
            return
        label.setText(company_choice_text(company))
        label.setStyleSheet(NO_MAIL_STYLE if company.reads_order_mail is False else "")
        if company.group is None:
            return  # 不明, or no mail: no group is chosen for it (the text says why)
        self._choosing_group = True
        try:
            self.ui.groupCombo.setCurrentIndex(self.ui.groupCombo.findData(company.group))
        finally:
            self._choosing_group = False
        self.search()

    @Slot(int)
    def _group_changed(self, _index: int) -> None:
        # Another group chosen by hand: the company's line no longer describes the search.
        company = self.company
        if (
            not self._choosing_group
            and company is not None
            and company.group is not None
            and company.group != self.ui.groupCombo.currentData()
        ):
            self.ui.companyCombo.setCurrentIndex(0)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.ui.confirmButton.setEnabled(self.selected_template() is not None)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ui.templateTable.selectRow(index.row())
            self.accept()
