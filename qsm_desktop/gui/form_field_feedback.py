"""What the edit form says next to its fields: a refusal under its field (which gets the
focus), the 転送 state beside Y/N and the hint beside 送信先 after a group change. A mixin of
RegistrationForm (gui/registration_form.py)."""

from __future__ import annotations

from PySide6.QtCore import Slot

from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import hide_field_error, show_field_error
from qsm_desktop.gui.form_base import FormBase
from qsm_desktop.gui.form_values import FormValues
from qsm_desktop.gui.translation import tr


class FormFieldFeedback(FormBase):
    # -- errors next to their field --------------------------------------------------------------
    def show_error(self, field: str, message: str) -> None:
        label = self._error_labels.get(field)
        if label is None:
            messages.critical(self, message)
            return
        widget = self._field_widgets[field]
        focus = widget
        if field in ("period", "enabled", "standby") and not self.ui.periodSpin.isEnabled():
            focus = self.ui.standbyCheck  # the disabled 期間 is reached through 待機
        show_field_error(label, widget, message, focus=focus)
        if field == "destination":
            self.ui.destinationEdit.selectAll()

    def error_text(self, field: str) -> str:
        label = self._error_labels[field]
        return "" if label.isHidden() else label.text()

    def clear_errors(self) -> None:
        for field in self._error_labels:
            self._hide_error(field)

    def _hide_error(self, field: str) -> None:
        hide_field_error(self._error_labels[field], self._field_widgets[field])

    @Slot(bool)
    def _enabled_toggled(self, checked: bool) -> None:
        label = self.ui.enabledStateLabel
        if checked:
            label.setText(tr("Y: 転送する"))
            label.setStyleSheet("")
        else:
            label.setText(tr("N: 転送しない(メールが転送されません)"))
            label.setStyleSheet("color: #8a1c1c; font-weight: bold;")

    def _show_destination_hint(self, values: FormValues) -> None:
        """Beside 送信先: the registration was moved to another company's group and 送信先 is
        still the address it had (the previous company's) — until the seller edits it."""
        reg, template = self._editing, self._template
        hint = self.ui.destinationHint
        if (
            reg is not None
            and template is not None
            and template.group != reg.group
            and values.destination == reg.destination
        ):
            from qsm_desktop.gui.company_texts import switch_hint

            text = switch_hint(reg.group, template.group)
            if hint.text() != text:
                hint.setText(text)
            hint.setVisible(True)
        elif not hint.isHidden():
            hint.clear()
            hint.setVisible(False)

    @property
    def destination_hint(self) -> str:
        """What the form says beside 送信先 now ("" when nothing)."""
        hint = self.ui.destinationHint
        return "" if hint.isHidden() else hint.text()
