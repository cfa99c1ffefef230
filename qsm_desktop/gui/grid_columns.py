"""The registration grid's default columns: their order, widths measured from typical content,
and the two columns that share the rest of the grid's width (new layouts and 列をリセット)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from qsm_desktop.gui.registration_columns import (
    COL_CREATED_AT,
    COL_CREATED_BY,
    COL_DESTINATION,
    COL_ENABLED,
    COL_GROUP,
    COL_ID,
    COL_KIND,
    COL_NAME,
    COL_SEND_TYPE,
    COL_STANDBY,
    COL_TEMPLATE_NO,
    COL_TEXT_SOURCE,
    COL_UPDATED_AT,
    COL_UPDATED_BY,
    COLUMN_COUNT,
)
from qsm_desktop.gui.table_look import Sample, fit_columns, share_width_when_shown

# Default column widths: each column shows its header and this content whole (measured in the
# grid's font: 使用 = N is drawn bold after the 停止 icon) ...
TYPICAL_CONTENT: dict[int, str | Sample] = {
    COL_ID: "99999",
    COL_TEMPLATE_NO: "999",
    COL_KIND: "キャンセル完了",
    COL_GROUP: "NextEngine Template",
    COL_NAME: "[Email] NextEngine Order - 注文情報",
    COL_SEND_TYPE: "EMAIL",
    COL_DESTINATION: "kamochei@pullback.co.jp",
    COL_ENABLED: Sample("N (転送なし)", bold=True, icon=True),
    COL_STANDBY: "N",
    COL_CREATED_BY: "tvhasegawa",
    COL_CREATED_AT: "2015-04-17 15:36",
    COL_UPDATED_AT: "2015-04-17 15:36",
    COL_UPDATED_BY: "tvhasegawa",
    COL_TEXT_SOURCE: "見本",
}
# ... and テンプレート名 and 送信先 share the rest of the grid's width, so that the grid fits the
# window without a horizontal scroll bar: 送信先 the larger part (the name mostly repeats the
# group and the カテゴリ beside it; both cells give their whole text in the tooltip).
SHARED_COLUMNS = {COL_NAME: 2, COL_DESTINATION: 3}


def apply_default_columns(table: QTableView) -> None:
    """The default layout on ``table`` (the grid): order, widths, no sort."""
    header = table.horizontalHeader()
    # 登録番号 first, then QSM's columns in QSM's order.
    for visual, logical in enumerate((COL_ID, *(c for c in range(COLUMN_COUNT) if c != COL_ID))):
        header.moveSection(header.visualIndex(logical), visual)
    fit_columns(table, TYPICAL_CONTENT)
    share_width_when_shown(table, SHARED_COLUMNS)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
