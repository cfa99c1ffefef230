"""The badge that says where the mail text on screen came from: the catalog's sample (not Qoo10's
text), QSM's text (captured on a date), or edited here. Shown above the body on the edit form and
above the preview, so a seller never mistakes our sample writing for what Qoo10 sends.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from qsm_desktop.core import text_sources
from qsm_desktop.core.text_sources import EDITED, QSM, SAMPLE, TemplateText
from qsm_desktop.core.timefmt import qsm_date
from qsm_desktop.gui.translation import tr

# Colour is never the only signal: the text says it too.
_STYLES = {
    SAMPLE: "background: #fff4d6; border: 1px solid #d9a400; color: #5c4300;",
    QSM: "background: #e3f4e6; border: 1px solid #4c9a5b; color: #1f4d28;",
    EDITED: "background: #eceff3; border: 1px solid #8a94a3; color: #2d3540;",
}


def raw_text(editor: QPlainTextEdit) -> str:
    """An editor's text exactly: toPlainText() turns no-break spaces into spaces, which would
    change pasted HTML (and make QSM's text look edited)."""
    return editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def form_source(
    template_no: int | None,
    template_text: TemplateText | None,
    title: str,
    sender: str,
    body: str,
) -> tuple[str, datetime | None] | None:
    """The source of the text a form holds now, judged against its template's text in this
    database (QSM's capture or the sample); None without a template."""
    if template_no is None or template_text is None:
        return None
    if (title, sender, body) == (template_text.title, template_text.sender, template_text.body):
        return template_text.source, template_text.captured_at
    return EDITED, None


class TextSourceBadge(QLabel):
    """One line: 見本の文面(Qoo10 の実際の文面ではありません) / QSM の文面(日付 取り込み) / 編集済み."""

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "") -> None:
        super().__init__(parent)
        self._prefix = prefix
        self.source: str | None = None
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_source(
        self, source: str | None, captured_at: datetime | None = None, template_no: int = 0
    ) -> None:
        self.source = source
        if source is None:
            self.setVisible(False)
            return
        text = _badge_text(source, captured_at)
        tip = ""
        if source == SAMPLE:
            note = text_sources.sample_note(template_no)
            tip = tr(
                "カタログの文面はQSM Desktopの見本です。J・QSMで【参照】→【Confirm】した文面を"
                "「QSMの文面を貼り付け」で取り込むと、実際に届くメールを確かめられます。"
            )
            if note:
                text += " — " + tr(note)
        elif source == QSM:
            tip = tr("J・QSMのフォームから取り込んだ文面です。")
        else:
            tip = tr(
                "この画面で編集した文面です(カタログの見本ともQSMから取り込んだ文面とも違います)。"
            )
        self.setText(self._prefix + text)
        self.setToolTip(tip)
        self.setAccessibleName(self._prefix + text)
        self.setStyleSheet(f"QLabel {{ {_STYLES[source]} padding: 2px 6px; }}")
        self.setVisible(True)


def _badge_text(source: str, captured_at: datetime | None) -> str:
    """The core's badge words (text_sources.badge_text, which the CLI shows) translated."""
    if source == QSM and captured_at is not None:
        return tr("QSM の文面({date} 取り込み)").format(date=qsm_date(captured_at))
    if source == QSM:
        return tr("QSM の文面")
    if source == EDITED:
        return tr("編集済み")
    return tr("見本の文面(Qoo10 の実際の文面ではありません)")
