"""「ほかの画面での変更」: what to do when the registration in the form changed elsewhere.

Shown when 【修正】 is refused because the registration moved on since the form loaded it (a
:class:`~qsm_desktop.core.errors.ConflictError`), and by the form's 「比較」 button: each field
changed meanwhile with the value the form started from, the value stored now (who changed it,
when) and the seller's own input. Three ways out, in the seller's words:

- 「相手の変更を読み込む」: the stored registration into the form (the form's edits are dropped);
- 「自分の変更で上書き」: save the fields the seller changed over the stored ones (fields the
  seller did not touch keep the other change);
- 「キャンセル」: nothing is saved, the form keeps its edits.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from qsm_desktop.core.errors import FieldConflict
from qsm_desktop.gui.generated.ui_conflict_dialog import Ui_ConflictDialog
from qsm_desktop.gui.history_panel import history_value, short, stamp
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.table_model import Column, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

CELL_LIMIT = 200  # characters in a cell (a body is long): the whole value is in the tooltip


class ConflictChoice(enum.Enum):
    LOAD_THEIRS = "load-theirs"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def _cell(value: str) -> str:
    return short(value, CELL_LIMIT)


def _value(which: str) -> Callable[[FieldConflict], str]:
    return lambda c: history_value(c.field, getattr(c, which))


class ConflictTableModel(RowTableModel):
    """One row per field changed elsewhere: before / theirs (who, when) / mine."""

    COLUMNS = (
        Column(QT_TR_NOOP("項目"), lambda c: c.label),
        Column(
            QT_TR_NOOP("開いたときの内容"),
            lambda c: _cell(_value("base")(c)),
            tooltip=_value("base"),
        ),
        Column(
            QT_TR_NOOP("相手の変更"),
            lambda c: _cell(_value("theirs")(c)),
            tooltip=_value("theirs"),
        ),
        Column(QT_TR_NOOP("変更した人・日時"), lambda c: f"{c.by} {stamp(c.at)}"),
        Column(
            QT_TR_NOOP("あなたの入力"),
            lambda c: _cell(_value("mine")(c)),
            tooltip=_value("mine"),
        ),
    )

    def tooltip_text(self, text: Any) -> Any:
        return plain_tooltip(str(text)[:4000])


COL_FIELD, COL_BASE, COL_THEIRS, COL_BY, COL_MINE = range(len(ConflictTableModel.COLUMNS))


class ConflictDialog(QDialog):
    """The fields changed elsewhere and the seller's choice (:attr:`choice` once closed)."""

    def __init__(
        self,
        registration_id: int,
        conflicts: Sequence[FieldConflict],
        parent: QWidget | None = None,
        *,
        refused: bool = True,
    ) -> None:
        """``refused``: 【修正】 was refused (else the seller asked to compare)."""
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.choice = ConflictChoice.CANCEL
        if refused:
            intro = tr(
                "登録番号 {id} は、このフォームで開いた後に、ほかの画面で変更されています。"
                "そのため、まだ保存していません。\n"
                "下の項目を見比べて、どちらを残すか選んでください。"
            )
        else:
            intro = tr(
                "登録番号 {id} は、このフォームで開いた後に、ほかの画面で変更されています。\n"
                "下の項目を見比べて、どちらを残すか選んでください。"
            )
        self.ui.introLabel.setText(intro.format(id=registration_id))
        self.model = ConflictTableModel(self)
        self.model.set_rows(conflicts)
        table = self.ui.fieldsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BY, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_BASE, COL_THEIRS, COL_MINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # a long value (an address, a title) wraps onto more lines instead of being cut off
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.loadTheirsButton.clicked.connect(lambda: self._choose(ConflictChoice.LOAD_THEIRS))
        self.ui.overwriteButton.clicked.connect(lambda: self._choose(ConflictChoice.OVERWRITE))
        self.ui.cancelButton.clicked.connect(self.reject)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = ConflictChoice.CANCEL
        super().reject()


def ask_conflict(
    parent: QWidget | None,
    registration_id: int,
    conflicts: Sequence[FieldConflict],
    *,
    refused: bool = True,
) -> ConflictChoice:
    """Show the dialog modally; the seller's choice (キャンセル when closed otherwise)."""
    dialog = ConflictDialog(registration_id, conflicts, parent, refused=refused)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
