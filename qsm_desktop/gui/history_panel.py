"""The history panel of the edit form (who changed what, when), and history values in the
seller's words, shared by the form, the conflict dialog and the QSM import dialog."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.history_actions import action_label as core_action_label
from qsm_desktop.core.registrations import FIELD_LABELS, HistoryEntry
from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

# The labels live with the actions (core/history_actions.py); listed here as well so that the
# translation tools find them in this context.
_ACTION_WORDS = (
    QT_TR_NOOP("登録"),
    QT_TR_NOOP("修正"),
    QT_TR_NOOP("カタログの文面に戻す"),
    QT_TR_NOOP("送信先の一括変更"),
    QT_TR_NOOP("QSMから読み込み"),
    QT_TR_NOOP("QSMの文面を取り込み"),
)


def action_label(action: str) -> str:
    """A history action in the seller's words (登録, 修正, …)."""
    return tr(core_action_label(action))


def stamp(at: datetime) -> str:
    return qsm_time(at)


def short(value: str, limit: int = 80) -> str:
    one_line = value.replace("\r\n", "\n").replace("\n", " ⏎ ")
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def history_value(field: str, value: Any) -> str:
    """A history value as the seller reads it (Y/N, the template's name, …)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "Y" if value else "N"
    if field == "template_no":
        try:
            template = get_template(int(value))
        except (QsmError, ValueError, TypeError):
            return str(value)
        return f"{template.no} {template.group_label} / {template.name}"
    if value == "":
        return tr("(空)")
    return str(value)


class HistoryPanel:
    """Fills the form's history tree: newest first, when / what / who, and below each entry
    its fields as 変更前 → 変更後."""

    def __init__(self, tree: QTreeWidget) -> None:
        self.tree = tree

    def clear(self) -> None:
        self.tree.clear()

    def show(self, entries: Sequence[HistoryEntry]) -> None:
        tree = self.tree
        tree.clear()
        for entry in reversed(entries):
            top = QTreeWidgetItem([stamp(entry.at), action_label(entry.action), entry.by])
            for change in entry.changes:
                after = history_value(change.field, change.after)
                if change.before is None and entry.action == HistoryAction.REGISTER:
                    text = after
                else:
                    text = f"{history_value(change.field, change.before)} → {after}"
                child = QTreeWidgetItem(
                    ["", FIELD_LABELS.get(change.field, change.field), short(text)]
                )
                child.setToolTip(2, plain_tooltip(text))
                top.addChild(child)
            tree.addTopLevelItem(top)
        first = tree.topLevelItem(0)
        if first is not None:
            first.setExpanded(True)
