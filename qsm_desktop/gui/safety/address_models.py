"""The models of 送信先の一括変更: the preview's table and the 変更前のアドレス choices.

Nothing here touches a widget: :func:`address_choices` runs in the dialog's worker thread when
there are many registrations, and hands its model to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from qsm_desktop.core import grid_query
from qsm_desktop.core.addresses import split_addresses
from qsm_desktop.core.safety import AddressReplacement
from qsm_desktop.core.safety.rows import address_key
from qsm_desktop.gui.registration_columns import (
    DISABLED_BACKGROUND,
    stop_sign,
)
from qsm_desktop.gui.safety.common import DARK_TEXT, ListTableModel, yn
from qsm_desktop.gui.table_look import ColumnSamples, Sample
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

COL_ID = 0
COL_TEMPLATE_NO = 1
COL_KIND = 2
COL_GROUP = 3
COL_ENABLED = 4
COL_BEFORE = 5
COL_AFTER = 6
COL_NOTE = 7

# Default column widths: the header and this content whole (see table_look.fit_columns).
COLUMN_SAMPLES: dict[int, ColumnSamples] = {
    COL_ID: "999",
    COL_TEMPLATE_NO: "99",
    COL_KIND: "キャンセル完了",
    COL_GROUP: "NextEngine Template",
    COL_ENABLED: Sample("N", icon=True),
    COL_BEFORE: "kamochei@pullback.co.jp",
    COL_AFTER: "→ kamochei@pullback.co.jp",
}
NOTE_SAMPLE = "すでに送信先"  # the start of a note (most are empty), all in its tooltip


class ReplacementTableModel(ListTableModel):
    """The preview's rows: one :class:`AddressReplacement` per affected registration."""

    COLUMNS = (
        Column(QT_TR_NOOP("登録番号"), lambda i: i.registration_id, align=CENTER),
        Column(QT_TR_NOOP("テンプレート番号"), lambda i: i.template_no, align=CENTER),
        Column(QT_TR_NOOP("カテゴリ"), lambda i: i.kind_label),
        Column(QT_TR_NOOP("テンプレートグループ名"), lambda i: i.group_label),
        Column(QT_TR_NOOP("使用(Y/N)"), lambda i: yn(i.enabled), align=CENTER),
        Column(
            QT_TR_NOOP("変更前の送信先"),
            lambda i: i.before,
            sort=lambda i: i.before.casefold(),
            tooltip=lambda i: i.before,
        ),
        Column(
            QT_TR_NOOP("変更後の送信先"),
            lambda i: "→ " + i.after,
            sort=lambda i: i.after.casefold(),
            tooltip=lambda i: i.after,
        ),
        Column(QT_TR_NOOP("備考"), lambda i: i.note, tooltip=lambda i: i.note),
    )

    def row_id(self, item: AddressReplacement) -> int:
        return item.registration_id

    def extra_data(self, item: AddressReplacement, column: int, role: int) -> Any:
        if item.enabled:
            return None
        # 使用 = N rows look as they do in the grid: the 停止 icon, a tint, dark text.
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ENABLED:
            return stop_sign()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DISABLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DARK_TEXT)
        return None


def addresses_in_use(destinations: Iterable[str]) -> list[tuple[str, int]]:
    """Every individual address of every destination (as first typed) with its number of uses."""
    spelling: dict[str, str] = {}
    uses: dict[str, int] = {}
    for destination in destinations:
        for address in dict.fromkeys(split_addresses(destination)):
            key = address_key(address)
            spelling.setdefault(key, address)
            uses[key] = uses.get(key, 0) + 1
    return sorted(((spelling[k], uses[k]) for k in spelling), key=lambda a: a[0].casefold())


def address_choices() -> QStandardItemModel:
    """The 変更前のアドレス choices: every address in use, its number of uses in the tooltip.

    A model of C++ items (the combo box's completer filters them without calling Python), built
    wherever this runs and handed to the GUI thread."""
    model = QStandardItemModel()
    for address, uses in addresses_in_use(grid_query.all_destinations()):
        item = QStandardItem(address)
        item.setToolTip(tr("{count}件の登録で使用").format(count=uses))
        model.appendRow(item)
    app = QCoreApplication.instance()
    if app is not None:
        model.moveToThread(app.thread())
    return model
