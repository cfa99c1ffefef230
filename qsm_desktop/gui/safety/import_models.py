"""The models of QSMから読み込み: the preview's lines to import and the lines that cannot be.

Each usable pasted line is an :class:`ImportItem` (新規 / 更新 / 変更なし, with what changes and
any remark), each unusable one a :class:`GridProblem` with its line number and reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from qsm_desktop.core.safety import GridProblem, ImportItem, ImportPlan
from qsm_desktop.gui.history_panel import history_value
from qsm_desktop.gui.safety.common import DARK_TEXT, MUTED_TEXT, ListTableModel, yn
from qsm_desktop.gui.severity import warning_icon
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

COL_LINE = 0
COL_ACTION = 1
COL_ID = 2
COL_TEMPLATE_NO = 3
COL_KIND = 4
COL_DESTINATION = 5
COL_ENABLED = 6
COL_DETAIL = 7

ACTION_ORDER = {"create": 0, "update": 1, "unchanged": 2}
ACTION_SYMBOLS = {"create": "＋", "update": "✎", "unchanged": "＝"}
ACTION_BACKGROUNDS = {"create": QColor(220, 239, 214), "update": QColor(252, 241, 196)}


def item_detail(item: ImportItem) -> str:
    """内容/備考: what changes (before → after) and the core's remarks."""
    parts = [
        f"{change.label}: {history_value(change.field, change.before)} → "
        f"{history_value(change.field, change.after)}"
        for change in item.changes
    ]
    if item.action == "create":
        parts.insert(0, tr("新しい登録として取り込みます"))
    parts.extend(item.notes)
    return " / ".join(parts)


class ImportTableModel(ListTableModel):
    """The preview: one :class:`ImportItem` per usable pasted line."""

    COLUMNS = (
        Column(QT_TR_NOOP("行"), lambda i: i.line, align=CENTER),
        Column(
            QT_TR_NOOP("処理"),
            lambda i: f"{ACTION_SYMBOLS[i.action]} {i.action_label}",
            sort=lambda i: ACTION_ORDER[i.action],
        ),
        Column(
            QT_TR_NOOP("登録番号"),
            lambda i: "" if i.registration_id is None else i.registration_id,
            sort=lambda i: i.registration_id or 0,
            align=CENTER,
        ),
        Column(QT_TR_NOOP("テンプレート番号"), lambda i: i.template_no, align=CENTER),
        Column(
            QT_TR_NOOP("カテゴリ"),
            lambda i: i.kind_label,
            tooltip=lambda i: f"{i.kind_label} / {i.group_label}",
        ),
        Column(
            QT_TR_NOOP("送信先"),
            lambda i: i.destination,
            sort=lambda i: i.destination.casefold(),
            tooltip=lambda i: i.destination,
        ),
        Column(QT_TR_NOOP("使用(Y/N)"), lambda i: yn(i.enabled), align=CENTER),
        Column(QT_TR_NOOP("内容/備考"), item_detail, tooltip=item_detail),
    )

    def row_id(self, item: ImportItem) -> int | None:
        return item.registration_id

    def extra_data(self, item: ImportItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DETAIL and item.notes:
            return warning_icon()
        if role == Qt.ItemDataRole.BackgroundRole and item.action in ACTION_BACKGROUNDS:
            return QBrush(ACTION_BACKGROUNDS[item.action])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_TEXT if item.action == "unchanged" else DARK_TEXT)
        return None


class ProblemTableModel(ListTableModel):
    """The lines that are not imported, with their line number and the reason."""

    COLUMNS = (
        Column(QT_TR_NOOP("行"), lambda p: p.line, align=CENTER),
        Column(QT_TR_NOOP("理由"), lambda p: p.message, tooltip=lambda p: p.message),
        Column(
            QT_TR_NOOP("貼り付けた内容"),
            lambda p: p.text.replace("\t", " | "),
            tooltip=lambda p: p.text.replace("\t", " | "),
        ),
    )

    def extra_data(self, item: GridProblem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return warning_icon()
        return None


def plan_summary(plan: ImportPlan) -> str:
    return tr(
        "新規 {created}件、更新 {updated}件、変更なし {unchanged}件、取り込めない行 {problems}件"
    ).format(
        created=plan.count("create"),
        updated=plan.count("update"),
        unchanged=plan.count("unchanged"),
        problems=len(plan.problems),
    )
