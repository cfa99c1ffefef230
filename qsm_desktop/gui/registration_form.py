"""The edit form (登録内容) with its live preview, placeholder list and history.

【登録】 creates a registration from the form; 【修正】 saves the one being edited (enabled only
then); 【初期化】 clears the form. A refusal from the service is shown under its field, which gets
the focus, and nothing is saved. Every save goes through the service and is announced with
``saved(ChangeReport)`` so the grid refreshes exactly the rows that changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from qsm_desktop.core import text_sources
from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.registrations import RegistrationData, RegistrationService
from qsm_desktop.gui import messages
from qsm_desktop.gui.form_editor_aids import FormEditorAids
from qsm_desktop.gui.form_field_feedback import FormFieldFeedback
from qsm_desktop.gui.form_save_flow import FormSaveFlow
from qsm_desktop.gui.form_template_choice import FormTemplateChoice
from qsm_desktop.gui.form_text_source import FormTextSource
from qsm_desktop.gui.form_values import EMPTY_VALUES, FORM_FIELDS, FormValues, template_summary
from qsm_desktop.gui.generated.ui_registration_form import Ui_RegistrationForm
from qsm_desktop.gui.history_panel import HistoryPanel
from qsm_desktop.gui.placeholder_list import PlaceholderFilterProxy, PlaceholderTableModel
from qsm_desktop.gui.preview import PreviewController, PreviewWidgets, RenderFunction
from qsm_desktop.gui.table_look import compact_rows
from qsm_desktop.gui.text_source_badge import raw_text
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.gui.highlighter import TemplateHighlighter

__all__ = ["EMPTY_VALUES", "FORM_FIELDS", "FormValues", "RegistrationForm", "template_summary"]


class RegistrationForm(
    FormSaveFlow, FormTemplateChoice, FormTextSource, FormFieldFeedback, FormEditorAids
):
    """The form: its widgets and state, reading and filling the fields, 新規 / 編集中. What it
    does beyond that lives in its mixins, one module each: saving and conflicts
    (form_save_flow), 【参照】 (form_template_choice), the text's source and
    「QSMの文面を貼り付け」 (form_text_source), what is said next to the fields
    (form_field_feedback), the helpers beside the body (form_editor_aids)."""

    def __init__(
        self,
        service: RegistrationService,
        parent: QWidget | None = None,
        *,
        render: RenderFunction | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)
        self.service = service
        self._editing: RegistrationData | None = None
        self._template: TemplateInfo | None = None
        self._snapshot = EMPTY_VALUES
        self._stored: RegistrationData | None = None  # changed elsewhere (the bar is up)
        self._loading = False
        self._helpers_ready = False
        self._highlighter: TemplateHighlighter | None = None  # the body's (ensure_helpers)
        self.template_dialog: Any = None  # the open 参照 dialog (tests reach it here)
        self.paste_dialog: Any = None  # the open 「QSMの文面を貼り付け」 dialog
        # The template's text in this database (QSM's capture, else the sample): what the
        # form's text is compared with for its badge.
        self._template_text: text_sources.TemplateText | None = None
        ui = self.ui
        self._add_text_source_widgets()
        self._error_labels: dict[str, QLabel] = {
            "template_no": ui.templateError,
            "destination": ui.destinationError,
            "period": ui.periodError,
            "enabled": ui.periodError,
            "standby": ui.periodError,
            "recognition_key": ui.recognitionKeyError,
            "title": ui.titleError,
            "sender": ui.senderError,
            "body": ui.bodyError,
        }
        self._field_widgets: dict[str, QWidget] = {
            "template_no": ui.templateBrowseButton,
            "destination": ui.destinationEdit,
            "period": ui.periodSpin,
            "enabled": ui.enabledCheck,
            "standby": ui.standbyCheck,
            "recognition_key": ui.recognitionKeyEdit,
            "title": ui.titleEdit,
            "sender": ui.senderEdit,
            "body": ui.bodyEdit,
        }
        preview_kwargs: dict[str, Any] = {} if render is None else {"render": render}
        self.preview = PreviewController(
            PreviewWidgets(
                sample_combo=ui.sampleCombo,
                subject=ui.previewSubject,
                sender=ui.previewSender,
                recipients=ui.previewRecipients,
                html=ui.previewHtml,
                text=ui.previewText,
                warnings=ui.previewWarnings,
                encoding=ui.previewEncoding,
            ),
            self,
            **preview_kwargs,
        )
        self.preview.warningActivated.connect(self.move_to)
        # 警告 and 文字コード are tabs beside 差し込み項目 (the preview's height is the body's);
        # their warning sign says when there is something to see.
        self._check_tab_titles = {
            ui.warningsPanel: ui.helperTabs.tabText(ui.helperTabs.indexOf(ui.warningsPanel)),
            ui.encodingPanel: ui.helperTabs.tabText(ui.helperTabs.indexOf(ui.encodingPanel)),
        }
        self.preview.checked.connect(self._show_check_counts)
        self.placeholder_model = PlaceholderTableModel(self)
        self.placeholder_proxy = PlaceholderFilterProxy(self)
        self.placeholder_proxy.setSourceModel(self.placeholder_model)
        ui.placeholderList.setModel(self.placeholder_proxy)
        compact_rows(ui.placeholderList)
        compact_rows(ui.previewWarnings)
        # a warning's whole message, wrapped (the tab has the room)
        ui.previewWarnings.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.placeholderList.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.history = HistoryPanel(ui.historyTree)
        history_header = ui.historyTree.header()
        history_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)
        ui.formSplitter.setStretchFactor(0, 3)
        ui.formSplitter.setStretchFactor(1, 2)
        ui.bodySplitter.setStretchFactor(0, 3)
        ui.bodySplitter.setStretchFactor(1, 2)

        ui.templateBrowseButton.clicked.connect(self.browse_template)
        ui.resetButton.clicked.connect(self.reset_asking)
        ui.registerButton.clicked.connect(self.register)
        ui.modifyButton.clicked.connect(self.modify)
        ui.restoreCatalogButton.clicked.connect(self.restore_catalog_text)
        ui.reloadButton.clicked.connect(self.reload_stored)
        ui.compareButton.clicked.connect(self.compare_stored)
        ui.bodyEdit.textChanged.connect(self._wrap_long_lines)
        ui.standbyCheck.toggled.connect(self._standby_toggled)
        ui.enabledCheck.toggled.connect(self._enabled_toggled)
        ui.placeholderList.doubleClicked.connect(self._placeholder_chosen)
        ui.placeholderList.installEventFilter(self)  # Enter inserts too
        ui.placeholderFilter.textChanged.connect(self.placeholder_proxy.set_text)
        for edit in (ui.destinationEdit, ui.recognitionKeyEdit, ui.titleEdit, ui.senderEdit):
            edit.textChanged.connect(self._edited)
        ui.bodyEdit.textChanged.connect(self._edited)
        ui.enabledCheck.toggled.connect(self._edited)
        ui.standbyCheck.toggled.connect(self._edited)
        ui.periodSpin.valueChanged.connect(self._edited)
        self._show_mode()

    # -- reading the form ----------------------------------------------------------------------
    @property
    def editing_id(self) -> int | None:
        return self._editing.id if self._editing else None

    @property
    def template(self) -> TemplateInfo | None:
        return self._template

    def values(self) -> FormValues:
        ui = self.ui
        standby = ui.standbyCheck.isChecked()
        period = ui.periodSpin.value()
        return FormValues(
            template_no=self._template.no if self._template else None,
            destination=ui.destinationEdit.text(),
            enabled=ui.enabledCheck.isChecked(),
            standby=standby,
            period=period if standby and period >= 0 else None,
            recognition_key=ui.recognitionKeyEdit.text(),
            title=ui.titleEdit.text(),
            sender=ui.senderEdit.text(),
            # Exactly as typed or pasted: toPlainText() would turn no-break spaces into spaces.
            body=raw_text(ui.bodyEdit),
        )

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    # -- filling the form ----------------------------------------------------------------------
    def load(self, registration: RegistrationData) -> None:
        """Show a saved registration for 修正 (after the caller settled unsaved changes)."""
        self.ensure_helpers()
        self._editing = registration
        self._hide_changed_bar()
        try:
            template: TemplateInfo | None = get_template(registration.template_no)
        except QsmError:
            template = None
        self._fill(
            template,
            FormValues(
                registration.template_no,
                registration.destination,
                registration.enabled,
                registration.standby,
                registration.period,
                registration.recognition_key,
                registration.title,
                registration.sender,
                registration.body,
            ),
        )
        self.history.show(self.service.history(registration.id))
        self._show_catalog_notice()
        self.editingChanged.emit(registration.id)

    @Slot()
    def reset_asking(self) -> bool:
        """【初期化】: an empty form, after 保存 / 破棄 / キャンセル when it holds unsaved edits
        (as closing and switching rows ask). True when the form was emptied."""
        if self.is_dirty():
            what = (
                tr("登録番号 {id} のフォーム").format(id=self._editing.id)
                if self._editing is not None
                else tr("新規のフォーム")
            )
            choice = messages.ask_unsaved(self, what)
            if choice is messages.UnsavedChoice.CANCEL:
                return False
            if choice is messages.UnsavedChoice.SAVE and self.save() is None:
                return False
        self.reset()
        return True

    def reset(self) -> None:
        """An empty form for a new registration (新規, and 【初期化】 once settled)."""
        self._editing = None
        self._hide_changed_bar()
        self._fill(None, EMPTY_VALUES)
        self.history.clear()
        self.ui.catalogNotice.setVisible(False)
        self.editingChanged.emit(None)

    def _hide_changed_bar(self) -> None:
        self._stored = None
        self.ui.changedBar.setVisible(False)

    def _set_body(self, text: str) -> None:
        """A whole new body: highlighted in slices after it is shown (see gui/highlighter)."""
        editor = self.ui.bodyEdit
        # The wrap mode goes first: laid out with word wrapping, one 200 KB line without break
        # opportunities ("{$_{$_…") took Qt 3 s before _wrap_long_lines could switch it.
        self._wrap_long_lines(text)
        if self._highlighter is None:
            editor.setPlainText(text)
        else:
            self._highlighter.set_text(lambda: editor.setPlainText(text))

    def _fill(self, template: TemplateInfo | None, values: FormValues) -> None:
        ui = self.ui
        self._loading = True
        try:
            self._set_template(template)
            ui.destinationEdit.setText(values.destination)
            ui.enabledCheck.setChecked(values.enabled)
            ui.standbyCheck.setChecked(values.standby)
            ui.periodSpin.setValue(values.period if values.period is not None else -1)
            ui.periodSpin.setEnabled(values.standby)
            ui.recognitionKeyEdit.setText(values.recognition_key)
            ui.titleEdit.setText(values.title)
            ui.titleEdit.setCursorPosition(0)
            ui.senderEdit.setText(values.sender)
            ui.senderEdit.setCursorPosition(0)
            self._set_body(values.body)
        finally:
            self._loading = False
        self._snapshot = self.values()
        self.clear_errors()
        self._enabled_toggled(values.enabled)
        self._show_mode(self._snapshot)
        self._schedule_preview(self._snapshot, immediately=True)

    def _set_template(self, template: TemplateInfo | None) -> None:
        self._template = template
        self._template_text = None if template is None else text_sources.template_text(template.no)
        display = self.ui.templateDisplay
        if template is None:
            display.clear()
            display.setToolTip(tr("【参照】でテンプレートを選んでください"))
        else:
            display.setText(template_summary(template))
            display.setCursorPosition(0)
            display.setToolTip(
                tr("テンプレート番号 {no}: {summary}").format(
                    no=template.no, summary=template_summary(template)
                )
            )
        self.placeholder_proxy.set_kind(template.kind if template else None)
        self.preview.group = template.group if template else None

    # -- reacting to edits ----------------------------------------------------------------------------
    @Slot()
    def _edited(self) -> None:
        if self._loading or (self._highlighter is not None and self._highlighter.restyling):
            return
        sender = self.sender()
        for field, widget in self._field_widgets.items():
            if widget is sender and not self._error_labels[field].isHidden():
                self._hide_error(field)
        # Read once a keystroke: values() copies the whole body (up to 200,000 characters).
        values = self.values()
        self._show_mode(values)
        self._schedule_preview(values)

    def _schedule_preview(self, values: FormValues, immediately: bool = False) -> None:
        """Render ``values`` (what the form holds now) in the preview, after a pause in typing."""
        if values == EMPTY_VALUES:
            self.preview.clear()
            return
        self.ensure_helpers()
        from qsm_desktop.core.engine import MailSource

        source = MailSource(values.title, values.sender, values.body, values.destination)
        self.preview.request(source, self._template.kind if self._template else None)
        if immediately:
            self.preview.render_now()

    @Slot(bool)
    def _standby_toggled(self, checked: bool) -> None:
        self.ui.periodSpin.setEnabled(checked)

    def _show_mode(self, values: FormValues | None = None) -> None:
        """編集中 / 新規, and whether ``values`` (default: the form's now) are unsaved."""
        editing = self._editing is not None
        self.ui.modifyButton.setEnabled(editing)
        dirty = (self.values() if values is None else values) != self._snapshot
        if editing:
            assert self._editing is not None
            text = tr("登録番号 {id} を編集中 — 【修正】で保存").format(id=self._editing.id)
        else:
            text = tr("新規 — 【登録】で新しい登録を作成")
        if dirty:
            text += tr("(未保存の変更あり)")
        self.ui.formModeLabel.setText(text)
        self._show_text_source(self.values() if values is None else values)
        self._show_destination_hint(self.values() if values is None else values)
