"""The edit form's text source: the badge saying whose text the form holds (QSM's capture,
the sample, edited), 「QSMの文面を貼り付け」 and the notice that the text differs from the
catalog's. A mixin of RegistrationForm (gui/registration_form.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from qsm_desktop.core import text_sources
from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.registrations import FIELD_LABELS
from qsm_desktop.gui import messages
from qsm_desktop.gui.form_base import FormBase
from qsm_desktop.gui.form_values import FormValues
from qsm_desktop.gui.text_source_badge import TextSourceBadge, form_source
from qsm_desktop.gui.translation import tr


class FormTextSource(FormBase):
    def _add_text_source_widgets(self) -> None:
        """The badge above the body and above the preview, and 「QSMの文面を貼り付け」."""
        ui = self.ui
        self.text_badge = TextSourceBadge(ui.editorPanel)
        self.text_badge.setObjectName("textSourceBadge")
        self.paste_qsm_button = QPushButton(tr("QSMの文面を貼り付け"), ui.editorPanel)
        self.paste_qsm_button.setObjectName("pasteQsmButton")
        self.paste_qsm_button.setToolTip(
            tr("J・QSMの【参照】→【Confirm】で表示されたQoo10の文面を取り込みます")
        )
        self.paste_qsm_button.setEnabled(False)
        self.paste_qsm_button.clicked.connect(self.paste_qsm_text)
        row = QHBoxLayout()
        row.addWidget(self.text_badge, 1)
        row.addWidget(self.paste_qsm_button, 0, Qt.AlignmentFlag.AlignTop)
        ui.bodyBox.insertLayout(0, row)
        self.preview_badge = TextSourceBadge(ui.previewBox, prefix=tr("文面: "))
        self.preview_badge.setObjectName("previewTextSourceBadge")
        ui.previewLayout.insertWidget(0, self.preview_badge)

    def _show_text_source(self, values: FormValues) -> None:
        found = form_source(
            values.template_no, self._template_text, values.title, values.sender, values.body
        )
        reg = self._editing
        if (
            found is not None
            and reg is not None
            and (values.template_no, values.title, values.sender, values.body)
            == (reg.template_no, reg.title, reg.sender, reg.body)
        ):
            # Unchanged since it was saved: what the store knows (e.g. an older sample).
            found = (reg.text_source, reg.text_captured_at)
        self.paste_qsm_button.setEnabled(values.template_no is not None)
        for badge in (self.text_badge, self.preview_badge):
            if found is None:
                badge.show_source(None)
            else:
                badge.show_source(found[0], found[1], values.template_no or 0)

    @property
    def text_source(self) -> str | None:
        """The source the form's badge shows now (None without a template)."""
        return self.text_badge.source

    @Slot()
    def paste_qsm_text(self) -> None:
        """「QSMの文面を貼り付け」: QSM's text for the form's template, kept for this database."""
        from qsm_desktop.gui.qsm_paste_dialog import QsmPasteDialog

        template = self._template
        if template is None:
            self.show_error("template_no", tr("【参照】でテンプレートを選んでください。"))
            return
        reg_id = self.editing_id

        def capture(title: str, sender: str, body: str) -> object:
            return self.service.capture_template(
                template.no, title, sender, body, registration_id=reg_id, origin=self
            )

        dialog = QsmPasteDialog(template, capture, self)
        dialog.accepted.connect(lambda: self._qsm_text_captured(dialog))
        dialog.finished.connect(self._paste_dialog_finished)
        self.paste_dialog = dialog
        dialog.open()

    @Slot(int)
    def _paste_dialog_finished(self, _result: int) -> None:
        dialog = self.paste_dialog
        self.paste_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    def _qsm_text_captured(self, dialog: Any) -> None:
        capture, report = dialog.result_value
        if self._editing is not None:
            self.load(self.service.get(self._editing.id))
            self.saved.emit(report)
        else:
            self._template_text = text_sources.template_text(capture.template_no)
            self.ui.titleEdit.setText(capture.title)
            self.ui.senderEdit.setText(capture.sender)
            self._set_body(capture.body)
            values = self.values()
            self._show_mode(values)
            self._schedule_preview(values, immediately=True)
        others = [r.id for r in report.registrations if r.id != self.editing_id]
        message = tr(
            "QSMの文面を取り込みました。テンプレート番号 {no} の文面として、新しい登録と"
            "「カタログの文面に戻す」に使われます。"
        ).format(no=capture.template_no)
        if others:
            message += "\n" + tr(
                "見本の文面のままだった登録番号 {ids} もQSMの文面にしました(変更履歴に残ります)。"
            ).format(ids="・".join(str(i) for i in others))
        messages.information(self, message)

    # -- history and catalog text ------------------------------------------------------------------------
    def _show_catalog_notice(self) -> None:
        reg = self._editing
        notice = self.ui.catalogNotice
        if reg is None:
            notice.setVisible(False)
            return
        try:
            template = get_template(reg.template_no)
        except QsmError:
            notice.setVisible(False)
            return
        text = text_sources.template_text(template.no)  # QSM's capture, else the sample
        differing = [
            tr(FIELD_LABELS[name])
            for name in ("title", "sender", "body")
            if getattr(reg, name) != getattr(text, name)
        ]
        notice.setVisible(bool(differing))
        if differing:
            self.ui.catalogNoticeLabel.setText(
                tr(
                    "この登録の{fields}は、カタログのテンプレート(番号 {no})の文面と違います。"
                ).format(fields="・".join(differing), no=template.no)
            )

    def catalog_differs(self) -> bool:
        return not self.ui.catalogNotice.isHidden()
