"""The edit form (登録内容) with its live preview, placeholder list and history.

【登録】 creates a registration from the form; 【修正】 saves the one being edited (enabled only
then); 【初期化】 clears the form. A refusal from the service is shown under its field, which gets
the focus, and nothing is saved. Every save goes through the service and is announced with
``saved(ChangeReport)`` so the grid refreshes exactly the rows that changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from qsm_desktop.core import text_sources
from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.errors import (
    ConflictError,
    FieldConflict,
    NotFoundError,
    QsmError,
    ValidationError,
)
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.registrations import (
    FIELD_LABELS,
    ChangeReport,
    Patch,
    RegistrationData,
    RegistrationInput,
    RegistrationService,
    build_patch,
)
from qsm_desktop.gui import messages
from qsm_desktop.gui.field_errors import hide_field_error, show_field_error
from qsm_desktop.gui.generated.ui_registration_form import Ui_RegistrationForm
from qsm_desktop.gui.history_panel import HistoryPanel
from qsm_desktop.gui.placeholder_list import PlaceholderFilterProxy, PlaceholderTableModel
from qsm_desktop.gui.preview import (
    LONG_LINE,
    PreviewController,
    PreviewWidgets,
    RenderFunction,
    longest_line,
)
from qsm_desktop.gui.severity import warning_icon
from qsm_desktop.gui.table_look import compact_rows
from qsm_desktop.gui.text_source_badge import TextSourceBadge, form_source, raw_text
from qsm_desktop.gui.utf16 import utf16_length

if TYPE_CHECKING:
    from qsm_desktop.core.changes import ChangeEvent
    from qsm_desktop.gui.highlighter import TemplateHighlighter

_CONTEXT = "RegistrationForm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True, slots=True)
class FormValues:
    """What the form holds, to compare with what was loaded (unsaved changes)."""

    template_no: int | None
    destination: str
    enabled: bool
    standby: bool
    period: int | None
    recognition_key: str
    title: str
    sender: str
    body: str


EMPTY_VALUES = FormValues(None, "", True, False, None, "", "", "", "")
FORM_FIELDS = tuple(FormValues.__dataclass_fields__)  # the nine fields, in the form's order


def template_summary(template: TemplateInfo) -> str:
    """テンプレート as QSM shows it: お知らせ種類 · EMAIL · group · name."""
    return " · ".join(
        (template.kind_label, template.send_type, template.group_label, template.name)
    )


class RegistrationForm(QWidget):
    saved = Signal(object)  # ChangeReport of a 登録 / 修正 / catalog restore
    editingChanged = Signal(object)  # the id being edited, or None for a new form

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

    def _add_text_source_widgets(self) -> None:
        """The badge above the body and above the preview, and 「QSMの文面を貼り付け」."""
        ui = self.ui
        self.text_badge = TextSourceBadge(ui.editorPanel)
        self.text_badge.setObjectName("textSourceBadge")
        self.paste_qsm_button = QPushButton(_tr("QSMの文面を貼り付け"), ui.editorPanel)
        self.paste_qsm_button.setObjectName("pasteQsmButton")
        self.paste_qsm_button.setToolTip(
            _tr("J・QSMの【参照】→【Confirm】で表示されたQoo10の文面を取り込みます")
        )
        self.paste_qsm_button.setEnabled(False)
        self.paste_qsm_button.clicked.connect(self.paste_qsm_text)
        row = QHBoxLayout()
        row.addWidget(self.text_badge, 1)
        row.addWidget(self.paste_qsm_button, 0, Qt.AlignmentFlag.AlignTop)
        ui.bodyBox.insertLayout(0, row)
        self.preview_badge = TextSourceBadge(ui.previewBox, prefix=_tr("文面: "))
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
            self.show_error("template_no", _tr("【参照】でテンプレートを選んでください。"))
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
        message = _tr(
            "QSMの文面を取り込みました。テンプレート番号 {no} の文面として、新しい登録と"
            "「カタログの文面に戻す」に使われます。"
        ).format(no=capture.template_no)
        if others:
            message += "\n" + _tr(
                "見本の文面のままだった登録番号 {ids} もQSMの文面にしました(変更履歴に残ります)。"
            ).format(ids="・".join(str(i) for i in others))
        messages.information(self, message)

    @Slot(int, int)
    def _show_check_counts(self, warnings: int, encoding_issues: int) -> None:
        """The warning sign on 警告 and 文字コード when they list something (the count in the
        tab's tooltip: four titles with counts would not fit beside the body)."""
        tabs = self.ui.helperTabs
        for page, count in (
            (self.ui.warningsPanel, warnings),
            (self.ui.encodingPanel, encoding_issues),
        ):
            index = tabs.indexOf(page)
            title = self._check_tab_titles[page]
            tabs.setTabIcon(index, warning_icon() if count else QIcon())
            tabs.setTabToolTip(index, _tr("{title}: {count}件").format(title=title, count=count))

    # -- the helpers that need the template engine (imported after the window is painted) --
    def ensure_helpers(self) -> None:
        """Highlighters, placeholder list and samples: on first need, not at startup."""
        if self._helpers_ready:
            return
        self._helpers_ready = True
        from qsm_desktop.core.engine import load_placeholders
        from qsm_desktop.gui.highlighter import TemplateHighlighter

        placeholders = load_placeholders()
        self.placeholder_model.set_placeholders(placeholders.values())
        self._highlighter = TemplateHighlighter(self.ui.bodyEdit.document(), placeholders.keys())
        self.preview.ensure_samples()

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

    # -- news from elsewhere (the change bus, through the main window) ------------------------
    @Slot(object)
    def store_changed(self, event: ChangeEvent) -> None:
        """A write somewhere: the registration in the form is read again if it changed. Without
        unsaved edits the form shows it at once; with them, the bar above the form says so and
        offers 読み込む / 比較 (nothing the seller typed is dropped unasked)."""
        editing = self._editing
        if editing is None or event.origin is self or not event.touches(editing.id):
            return
        try:
            stored = self.service.get(editing.id)
        except NotFoundError:
            # Gone: a restore went back to before it was registered. An empty form, unless
            # the seller is typing (then 【修正】 says the registration is not there).
            if not self.is_dirty():
                self.reset()
            return
        except QsmError:
            return
        if stored == editing:
            # Not this registration (an external change), or the form's own save. Compared
            # whole, not by revision: after a restore, a revision number can come back with
            # other contents.
            return
        if self.is_dirty():
            self._stored = stored
            self.ui.changedBar.setVisible(True)
        else:
            self.load(stored)

    @property
    def changed_elsewhere(self) -> bool:
        """The bar is up: the registration changed elsewhere while the form held edits."""
        return self._stored is not None

    @Slot()
    def reload_stored(self) -> None:
        """The bar's 読み込む: the stored registration into the form (its edits dropped)."""
        reg = self._editing
        if reg is None:
            return
        try:
            self.load(self.service.get(reg.id))
        except QsmError as exc:
            messages.critical(self, str(exc))

    @Slot()
    def compare_stored(self) -> None:
        """The bar's 比較: the fields that differ, and what to keep."""
        reg = self._editing
        if reg is None:
            return
        try:
            stored = self.service.get(reg.id)
        except QsmError as exc:
            messages.critical(self, str(exc))
            return
        conflicts = self._conflicts_with(stored)
        if not conflicts:
            self.load_keeping_edits(stored)
            return
        self._settle_conflict(reg.id, conflicts, refused=False)

    def _conflicts_with(self, stored: RegistrationData) -> tuple[FieldConflict, ...]:
        """Each field stored differently from what the form loaded: loaded / stored / form."""
        assert self._editing is not None
        loaded, mine = self._snapshot, self.values()
        return tuple(
            FieldConflict(
                name,
                FIELD_LABELS[name],
                getattr(loaded, name),
                getattr(stored, name),
                getattr(mine, name),
                stored.updated_by,
                stored.updated_at,
            )
            for name in FORM_FIELDS
            if getattr(stored, name) != getattr(loaded, name)
        )

    def _settle_conflict(
        self,
        reg_id: int,
        conflicts: tuple[FieldConflict, ...],
        *,
        refused: bool,
        retry: Callable[[], ChangeReport | None] | None = None,
    ) -> ChangeReport | None:
        """The conflict dialog, and what the seller chose: read theirs, save mine over them
        (only the fields changed here), or nothing."""
        from qsm_desktop.gui import conflict_dialog

        choice = conflict_dialog.ask_conflict(self, reg_id, conflicts, refused=refused)
        if choice is conflict_dialog.ConflictChoice.LOAD_THEIRS:
            self.reload_stored()
            return None
        if choice is conflict_dialog.ConflictChoice.OVERWRITE:
            try:
                stored = self.service.get(reg_id)
            except QsmError as exc:
                messages.critical(self, str(exc))
                return None
            self.load_keeping_edits(stored)
            return (retry or self.modify)()
        return None

    def load_keeping_edits(self, stored: RegistrationData) -> None:
        """Base the form on ``stored`` (what a 修正 is checked against) and keep the seller's
        edits on top: the fields the seller changed keep the form's value, the others show
        the stored one. The bar goes away."""
        mine = self.changed_patch()
        values = self.values()
        self.load(stored)
        self._loading = True
        try:
            self._apply_values(mine, values)
        finally:
            self._loading = False
        self._edited_programmatically()

    def _apply_values(self, patch: Patch, values: FormValues) -> None:
        ui = self.ui
        if patch.template_no is not None:
            with contextlib.suppress(QsmError):  # a template the catalog lost: the stored one
                self._set_template(get_template(patch.template_no))
        if patch.destination is not None:
            ui.destinationEdit.setText(values.destination)
        if patch.enabled is not None:
            ui.enabledCheck.setChecked(values.enabled)
            self._enabled_toggled(values.enabled)
        if patch.standby is not None:
            ui.standbyCheck.setChecked(values.standby)
            ui.periodSpin.setEnabled(values.standby)
        if patch.period is not None or patch.clear_period:
            ui.periodSpin.setValue(values.period if values.period is not None else -1)
        if patch.recognition_key is not None:
            ui.recognitionKeyEdit.setText(values.recognition_key)
        if patch.title is not None:
            ui.titleEdit.setText(values.title)
        if patch.sender is not None:
            ui.senderEdit.setText(values.sender)
        if patch.body is not None:
            self._set_body(values.body)

    def _edited_programmatically(self) -> None:
        values = self.values()
        self._show_mode(values)
        self._schedule_preview(values, immediately=True)

    @Slot()
    def reset_asking(self) -> bool:
        """【初期化】: an empty form, after 保存 / 破棄 / キャンセル when it holds unsaved edits
        (as closing and switching rows ask). True when the form was emptied."""
        if self.is_dirty():
            what = (
                _tr("登録番号 {id} のフォーム").format(id=self._editing.id)
                if self._editing is not None
                else _tr("新規のフォーム")
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
            display.setToolTip(_tr("【参照】でテンプレートを選んでください"))
        else:
            display.setText(template_summary(template))
            display.setCursorPosition(0)
            display.setToolTip(
                _tr("テンプレート番号 {no}: {summary}").format(
                    no=template.no, summary=template_summary(template)
                )
            )
        self.placeholder_proxy.set_kind(template.kind if template else None)
        self.preview.group = template.group if template else None

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
                _tr(
                    "タイトル・送信者・テンプレートの詳細が編集されています。\n"
                    "選んだテンプレート({name})の文面に置き換えますか?"
                ).format(name=template.name),
                _tr("置き換える"),
                _tr("今の文面を残す"),
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

    # -- saving ----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> ChangeReport | None:
        """Ctrl+S: 【修正】 when editing a registration, else 【登録】."""
        return self.modify() if self._editing else self.register()

    @Slot()
    def register(self) -> ChangeReport | None:
        """【登録】: a new registration from the form."""
        self.clear_errors()
        v = self.values()
        if v.template_no is None:
            self.show_error("template_no", _tr("【参照】でテンプレートを選んでください。"))
            return None
        if not self._text_errors_accepted(v):
            return None
        data = RegistrationInput(
            template_no=v.template_no,
            destination=v.destination,
            enabled=v.enabled,
            standby=v.standby,
            period=v.period,
            recognition_key=v.recognition_key,
            title=v.title,
            sender=v.sender,
            body=v.body,
        )
        return self._run(
            lambda: self.service.register(data, origin=self), _tr("登録が完了しました。")
        )

    @Slot()
    def modify(self) -> ChangeReport | None:
        """【修正】: save the registration being edited (same number, history kept).

        Only the fields the seller changed are sent: a field changed meanwhile elsewhere (the
        bulk address change, another window) and not touched here keeps that change."""
        if self._editing is None:
            return None
        self.clear_errors()
        reg_id, base = self._editing.id, self._editing.revision
        patch = self.changed_patch()
        if {patch.title, patch.sender, patch.body} != {None} and not self._text_errors_accepted(
            self.values()
        ):
            return None
        # Stated: the revision the form loaded. If the registration moved on since (a bulk
        # change, another window or process), the service refuses and writes nothing, and the
        # seller decides in the conflict dialog (_run).
        return self._run(
            lambda: self.service.modify(reg_id, patch, base_revision=base, origin=self),
            _tr("修正が完了しました。"),
        )

    def _text_errors_accepted(self, values: FormValues) -> bool:
        """Texts with error-level findings (a broken {$_…_$}: the integration service cannot
        read that mail) are saved only when the seller says so."""
        from qsm_desktop.core.engine.diagnostics import place
        from qsm_desktop.core.safety.setup_check import text_errors

        errors = text_errors(values.title, values.sender, values.body, enabled=values.enabled)
        if not errors:
            return True
        listed = "\n".join(f"・{place(e.field, e.line, e.column)}: {e.message}" for e in errors[:5])
        if len(errors) > 5:
            listed += "\n" + _tr("ほか {count} 件").format(count=len(errors) - 5)
        return messages.ask_yes_no(
            self,
            _tr("テンプレートの詳細にエラーがあります。このまま保存しますか?") + "\n\n" + listed,
            _tr("このまま保存する"),
            _tr("キャンセル"),
        )

    def changed_patch(self) -> Patch:
        """The fields the form holds different from what it loaded, as a 修正's patch."""
        v, loaded = self.values(), self._snapshot
        changed = {name for name in FORM_FIELDS if getattr(v, name) != getattr(loaded, name)}
        if "template_no" in changed:
            # A new template brings its own text unless given: the form's text is what the
            # seller chose to keep or take (see choose_template), so it is always given then.
            changed |= {"title", "sender", "body"}
        if "standby" in changed:
            changed.add("period")
        return build_patch({name: getattr(v, name) for name in changed})

    @Slot()
    def restore_catalog_text(self) -> ChangeReport | None:
        """Put the catalog's title, sender and body back (a change with history)."""
        if self._editing is None:
            return None
        question = _tr(
            "タイトル・送信者・テンプレートの詳細を、カタログのテンプレートの文面に戻しますか?\n"
            "変更は履歴に残ります。"
        )
        if self.is_dirty():
            question += "\n\n" + _tr("保存していないフォームの変更は破棄されます。")
        if not messages.ask_yes_no(self, question, _tr("カタログの文面に戻す"), _tr("キャンセル")):
            return None
        return self._restore_now()

    def _restore_now(self) -> ChangeReport | None:
        assert self._editing is not None
        reg_id, base = self._editing.id, self._editing.revision
        return self._run(
            lambda: self.service.restore_catalog_text(reg_id, base_revision=base, origin=self),
            _tr("カタログの文面に戻しました。"),
            retry=self._restore_now,
        )

    def _run(
        self,
        call: Any,
        done_message: str,
        retry: Callable[[], ChangeReport | None] | None = None,
    ) -> ChangeReport | None:
        """``call()`` (a write), then the form shows what was saved. ``retry``: the same write
        again, when the seller chooses to overwrite another change (default: 【修正】)."""
        try:
            report: ChangeReport = call()
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return None
        except ConflictError as exc:
            return self._settle_conflict(
                exc.registration_id, exc.conflicts, refused=True, retry=retry
            )
        except QsmError as exc:
            messages.critical(self, str(exc))
            return None
        self.load(report.registration)
        self.saved.emit(report)
        if report.action == HistoryAction.MODIFY and not report.changed:
            done_message += "\n" + _tr("(変更された項目はありませんでした。)")
        messages.information(self, done_message)
        return report

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

    @Slot()
    def _wrap_long_lines(self) -> None:
        """A body with a line of thousands of characters (a pasted file) is wrapped anywhere:
        Qt's layout of a long line without break opportunities ("{$_{$_…") froze the window
        for seconds. Ordinary templates keep word wrapping (see preview.LONG_LINE)."""
        long = longest_line(self.ui.bodyEdit.toPlainText()) > LONG_LINE
        mode = (
            QTextOption.WrapMode.WrapAnywhere
            if long
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        if self.ui.bodyEdit.wordWrapMode() != mode:
            self.ui.bodyEdit.setWordWrapMode(mode)

    @Slot(bool)
    def _standby_toggled(self, checked: bool) -> None:
        self.ui.periodSpin.setEnabled(checked)

    @Slot(bool)
    def _enabled_toggled(self, checked: bool) -> None:
        label = self.ui.enabledStateLabel
        if checked:
            label.setText(_tr("Y: 転送する"))
            label.setStyleSheet("")
        else:
            label.setText(_tr("N: 転送しない(メールが転送されません)"))
            label.setStyleSheet("color: #8a1c1c; font-weight: bold;")

    def _show_mode(self, values: FormValues | None = None) -> None:
        """編集中 / 新規, and whether ``values`` (default: the form's now) are unsaved."""
        editing = self._editing is not None
        self.ui.modifyButton.setEnabled(editing)
        dirty = (self.values() if values is None else values) != self._snapshot
        if editing:
            assert self._editing is not None
            text = _tr("登録番号 {id} を編集中 — 【修正】で保存").format(id=self._editing.id)
        else:
            text = _tr("新規 — 【登録】で新しい登録を作成")
        if dirty:
            text += _tr("(未保存の変更あり)")
        self.ui.formModeLabel.setText(text)
        self._show_text_source(self.values() if values is None else values)
        self._show_destination_hint(self.values() if values is None else values)

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

    # -- placeholders and warnings --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.placeholderList
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._placeholder_chosen(self.ui.placeholderList.currentIndex())
            return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _placeholder_chosen(self, index: QModelIndex) -> None:
        token = self.placeholder_proxy.token_at(index.row()) if index.isValid() else None
        if token:
            self.insert_placeholder(token)

    def insert_placeholder(self, token: str) -> None:
        """Insert ``{$_NAME_$}`` at the body editor's cursor."""
        editor = self.ui.bodyEdit
        editor.textCursor().insertText(token)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str, int, int)
    def move_to(self, field: str, line: int, column: int) -> None:
        """Put the cursor at a warning's place (1-based line and column, in code points)."""
        if field in ("title", "sender"):
            edit = self.ui.titleEdit if field == "title" else self.ui.senderEdit
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.setCursorPosition(utf16_length(edit.text()[: max(0, column - 1)]))
            return
        if field != "body":
            return
        editor = self.ui.bodyEdit
        block = editor.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        offset = utf16_length(block.text()[: max(0, column - 1)])
        cursor = editor.textCursor()
        cursor.setPosition(block.position() + min(offset, block.length() - 1))
        cursor.movePosition(QTextCursor.MoveOperation.NoMove)
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

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
            FIELD_LABELS[name]
            for name in ("title", "sender", "body")
            if getattr(reg, name) != getattr(text, name)
        ]
        notice.setVisible(bool(differing))
        if differing:
            self.ui.catalogNoticeLabel.setText(
                _tr(
                    "この登録の{fields}は、カタログのテンプレート(番号 {no})の文面と違います。"
                ).format(fields="・".join(differing), no=template.no)
            )

    def catalog_differs(self) -> bool:
        return not self.ui.catalogNotice.isHidden()
