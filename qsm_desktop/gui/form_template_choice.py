"""The edit form's 【参照】: the テンプレートの選択 dialog, and putting the chosen template into
the form (its text replaces the form's unless the seller edited it). A mixin of
RegistrationForm (gui/registration_form.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot

from qsm_desktop.core import text_sources
from qsm_desktop.core.catalog import TemplateInfo
from qsm_desktop.gui import messages
from qsm_desktop.gui.form_base import FormBase
from qsm_desktop.gui.text_source_badge import raw_text
from qsm_desktop.gui.translation import tr


class FormTemplateChoice(FormBase):
    # -- 参照 ----------------------------------------------------------------------------------
    @Slot()
    def browse_template(self) -> None:
        """【参照】: the テンプレートの選択 dialog; Confirm puts the template into the form."""
        from qsm_desktop.gui.template_dialog import TemplateDialog

        current = self._template
        dialog = TemplateDialog(
            self,
            kind=current.kind if current else None,
            group=current.group if current else None,
        )
        if current is not None:
            dialog.select_template(current.no)
        dialog.accepted.connect(lambda: self._template_chosen(dialog))
        dialog.finished.connect(self._dialog_finished)
        self.template_dialog = dialog
        dialog.open()

    @Slot(int)
    def _dialog_finished(self, _result: int) -> None:
        dialog = self.template_dialog
        self.template_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        self.ui.templateBrowseButton.setFocus()

    def _template_chosen(self, dialog: Any) -> None:
        if dialog.chosen is not None:
            self.choose_template(dialog.chosen)

    def choose_template(self, template: TemplateInfo) -> None:
        """Put a template into the form; its text replaces the form's unless the seller edited it."""
        self.ensure_helpers()
        old = self._template
        current = (self.ui.titleEdit.text(), self.ui.senderEdit.text(), raw_text(self.ui.bodyEdit))
        # The template's text in this database: QSM's capture when there is one, else the sample.
        text = text_sources.template_text(template.no)
        new = (text.title, text.sender, text.body)
        untouched = {("", "", "")}
        if old is not None and self._template_text is not None:
            old_text = self._template_text
            untouched.add((old_text.title, old_text.sender, old_text.body))
        replace = True
        if current != new and current not in untouched:
            replace = messages.ask_yes_no(
                self,
                tr(
                    "タイトル・送信者・テンプレートの詳細が編集されています。\n"
                    "選んだテンプレート({name})の文面に置き換えますか?"
                ).format(name=template.name),
                tr("置き換える"),
                tr("今の文面を残す"),
            )
        self._set_template(template)
        if replace:
            self.ui.titleEdit.setText(text.title)
            self.ui.titleEdit.setCursorPosition(0)
            self.ui.senderEdit.setText(text.sender)
            self.ui.senderEdit.setCursorPosition(0)
            self._set_body(text.body)
        self._hide_error("template_no")
        values = self.values()
        self._show_mode(values)
        self._schedule_preview(values, immediately=True)
