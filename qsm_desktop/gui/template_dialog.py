"""The 参照 dialog (テンプレートの選択), as in the guide.

お知らせ種類 (ALL + the five kinds) and テンプレートのグループ drop-downs, 【検索】, the catalog grid;
a click plus 【Confirm】, or a double-click, chooses; 【Close】 or Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from qsm_desktop.core.catalog import TemplateInfo, find_templates
from qsm_desktop.core.vocabulary import GROUPS, KINDS
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
        self.ui.kindCombo.addItem(QCoreApplication.translate("TemplateDialog", "ALL"), None)
        for k in KINDS:
            self.ui.kindCombo.addItem(k.label, k.slug)
        for g in GROUPS:
            self.ui.groupCombo.addItem(g.label, g.slug)
        self.ui.groupCombo.setMinimumContentsLength(22)
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
        if kind is not None:
            self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        if group is not None:
            self.ui.groupCombo.setCurrentIndex(max(0, self.ui.groupCombo.findData(group)))
        if kind is not None or group is not None:
            self.search()  # show where the form's template is, ready to switch company

    # -- API --------------------------------------------------------------------------------
    @Slot()
    def search(self) -> None:
        """【検索】: the catalog templates of the chosen kind (None = ALL) and group."""
        self.model.set_templates(
            find_templates(self.ui.kindCombo.currentData(), self.ui.groupCombo.currentData())
        )
        self.ui.confirmButton.setEnabled(False)

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

    def accept(self) -> None:
        chosen = self.selected_template()
        if chosen is None:
            return  # 【Confirm】 needs a row; the button is disabled until one is clicked
        self.chosen = chosen
        super().accept()

    # -- internals -----------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.ui.confirmButton.setEnabled(self.selected_template() is not None)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ui.templateTable.selectRow(index.row())
            self.accept()
