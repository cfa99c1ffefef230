"""The kinds of change a history row records, with their names in the seller's words.

The value is what the history table stores (and the JSON of ``history --json`` shows); the
label is what the history panel, the CLI and the messages say. A ``StrEnum``: it compares
equal to the stored text, so rows read back need no conversion.
"""

from __future__ import annotations

from enum import StrEnum


class HistoryAction(StrEnum):
    REGISTER = "register"
    MODIFY = "modify"
    RESTORE = "restore"  # カタログの文面に戻す
    REPLACE_ADDRESS = "replace-address"
    QSM_IMPORT = "qsm-import"
    CAPTURE = "capture"  # QSM's own text of a template captured into a registration

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    HistoryAction.REGISTER: "登録",
    HistoryAction.MODIFY: "修正",
    HistoryAction.RESTORE: "カタログの文面に戻す",
    HistoryAction.REPLACE_ADDRESS: "送信先の一括変更",
    HistoryAction.QSM_IMPORT: "QSMから読み込み",
    HistoryAction.CAPTURE: "QSMの文面を取り込み",
}


def action_label(action: str) -> str:
    """A stored action in the seller's words (the stored text itself when unknown)."""
    try:
        return HistoryAction(action).label
    except ValueError:
        return action
