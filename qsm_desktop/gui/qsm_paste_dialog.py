"""「QSMの文面を貼り付け」: bring Qoo10's real text in from J・QSM's form.

In J・QSM, 【参照】→【Confirm】 fills タイトル, 送信者 and テンプレートの詳細 with Qoo10's text for the
template. The seller copies each into this dialog; the body's HTML is kept exactly as pasted.
The text becomes the template's text for this database (RegistrationService.capture_template);
a refused field is said under it and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from qsm_desktop.core.catalog import TemplateInfo
from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.gui.field_errors import error_label, hide_field_error, show_field_error
from qsm_desktop.gui.text_source_badge import raw_text
from qsm_desktop.gui.translation import tr


class QsmPasteDialog(QDialog):
    """Title, sender and body pasted from QSM's form for one template."""

    def __init__(
        self,
        template: TemplateInfo,
        capture: Callable[[str, str, str], Any],
        parent: QWidget | None = None,
    ) -> None:
        """``capture(title, sender, body)`` saves the text; a ValidationError it raises is
        said under its field and the dialog stays open."""
        super().__init__(parent)
        self.setObjectName("qsmPasteDialog")
        self.template = template
        self._capture = capture
        self.result_value: Any = None
        self.setWindowTitle(tr("QSMの文面を貼り付け"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "J・QSMの お問い合わせ > 受注メール管理 で、テンプレートの【参照】から"
                "「{name}」(テンプレート番号 {no})を選んで【Confirm】すると、フォームに"
                "Qoo10の実際の文面が入ります。そのタイトル・送信者・テンプレートの詳細を"
                "それぞれコピーして、下に貼り付けてください。テンプレートの詳細はHTMLのまま"
                "取り込みます。取り込んだ文面は、このデータベースでのテンプレート番号 {no} の"
                "文面になります(新しい登録と「カタログの文面に戻す」に使われ、変更履歴に残ります)。"
            ).format(name=template.name, no=template.no),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("qsmTitleEdit")
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("qsmSenderEdit")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("qsmBodyEdit")
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.errors = {
            "title": error_label(self, "qsmTitleError"),
            "sender": error_label(self, "qsmSenderError"),
            "body": error_label(self, "qsmBodyError"),
        }
        self.fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "sender": self.sender_edit,
            "body": self.body_edit,
        }
        for name, label in (
            ("title", tr("タイトル")),
            ("sender", tr("送信者")),
            ("body", tr("テンプレートの詳細")),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(self.fields[name])
            box.addWidget(self.errors[name])
            form.addRow(label, box)
        layout.addLayout(form, 1)
        self.general_error = error_label(self, "qsmGeneralError")
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(tr("取り込む"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title_edit.textChanged.connect(lambda: self._hide("title"))
        self.sender_edit.textChanged.connect(lambda: self._hide("sender"))
        self.body_edit.textChanged.connect(lambda: self._hide("body"))
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        for field in self.errors:
            self._hide(field)
        self.general_error.setVisible(False)
        try:
            self.result_value = self._capture(*self.texts())
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        except QsmError as exc:
            self.show_error("", str(exc))
            return
        super().accept()

    def texts(self) -> tuple[str, str, str]:
        return self.title_edit.text(), self.sender_edit.text(), raw_text(self.body_edit)

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.general_error.setText("⚠ " + message)
            self.general_error.setVisible(True)
            return
        show_field_error(label, self.fields[field], message)

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return "" if label.isHidden() else label.text()

    def _hide(self, field: str) -> None:
        hide_field_error(self.errors[field], self.fields[field])
