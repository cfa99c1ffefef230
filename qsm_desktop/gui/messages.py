"""Every message box the GUI shows, in one place, with the seller's words on the buttons.

Kept as small functions so the flows read plainly (``if ask_unsaved(...) is Choice.SAVE``) and so
tests can answer them without a person (they replace these functions with monkeypatch).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from qsm_desktop.gui.plain_text import plain_label
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

TITLE = "QSM Desktop"


def _box() -> type[QMessageBox]:
    """QMessageBox, imported when a box is first shown: none is shown before the main
    window's first paint (start-up path: gui/start_sequence.py)."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def information(parent: QWidget | None, text: str) -> None:
    """A completion message (登録が完了しました。 / 修正が完了しました。)."""
    QMessageBox = _box()
    box = QMessageBox(
        QMessageBox.Icon.Information, TITLE, text, QMessageBox.StandardButton.Ok, parent
    )
    plain_label(box)  # the text may quote the seller's own (a title, a file's line)
    box.exec()


def critical(parent: QWidget | None, text: str, detail: str = "") -> None:
    """A refusal or a failure: ``text`` says what happened and what to do, in the seller's
    words; ``detail`` (the raw error, for whoever helps the seller) is behind 「詳細を表示」."""
    QMessageBox = _box()
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, text, QMessageBox.StandardButton.Ok, parent)
    plain_label(box)  # a refusal quotes what the seller typed or a file holds
    if detail:
        box.setDetailedText(detail)
    box.exec()


def error_detail(error: BaseException) -> str:
    """The raw error (often English, from SQLite or the system): never the message a seller
    reads, only its 詳細 or tooltip, for whoever helps them."""
    detail = getattr(error, "detail", "")  # the database library's words (core StoreError)
    return f"{type(error).__name__}: {error}" + (f" ({detail})" if detail else "")


def ask_yes_no(parent: QWidget | None, text: str, yes: str, no: str) -> bool:
    QMessageBox = _box()
    box = QMessageBox(
        QMessageBox.Icon.Question, TITLE, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    plain_label(box)
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_unsaved(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Leaving a form with unsaved changes: 保存 / 破棄 / キャンセル."""
    QMessageBox = _box()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        TITLE,
        tr("{what}に保存していない変更があります。保存しますか?").format(what=what),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        tr("保存: 【修正】または【登録】します。破棄: 変更を捨てます。キャンセル: 編集を続けます。")
    )
    save = box.addButton(tr("保存"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("破棄"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("キャンセル"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def already_stopped() -> str:
    return tr("この登録はすでに 使用 = N(転送なし)です。")


def ask_stop_forwarding(parent: QWidget | None, question: str) -> bool:
    """「転送を止める(使用=N)」 or キャンセル: True = set 使用 = N."""
    return ask_yes_no(parent, question, tr("転送を止める(使用=N)"), tr("キャンセル"))


def explain_no_delete(parent: QWidget | None, enabled: bool) -> bool:
    """The Delete key: registrations cannot be deleted (FAQ); offer 使用 = N. True = set N."""
    text = tr(
        "登録したテンプレートは削除できません。\n"
        "「使用」の項目を「N」に修正すると、メールが転送されないようになります。"
    )
    if not enabled:
        information(parent, text + "\n\n" + already_stopped())
        return False
    return ask_stop_forwarding(
        parent, text + "\n\n" + tr("この登録の転送を止めますか(使用 = N にして修正)?")
    )
