"""What the edit form's parts share: its signals, and (for the type checker) the state and
methods that RegistrationForm (gui/registration_form.py) and its mixins use of each other.

The form is one widget built from one ``.ui`` file; its behaviour is split by purpose into
mixins (form_save_flow, form_template_choice, form_text_source, form_field_feedback,
form_editor_aids), each a subclass of this base so that it can reach the others' parts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from qsm_desktop.core import text_sources
    from qsm_desktop.core.catalog import TemplateInfo
    from qsm_desktop.core.registrations import ChangeReport, RegistrationData, RegistrationService
    from qsm_desktop.gui.form_values import FormValues
    from qsm_desktop.gui.generated.ui_registration_form import Ui_RegistrationForm
    from qsm_desktop.gui.highlighter import TemplateHighlighter
    from qsm_desktop.gui.history_panel import HistoryPanel
    from qsm_desktop.gui.placeholder_list import PlaceholderFilterProxy, PlaceholderTableModel
    from qsm_desktop.gui.preview import PreviewController
    from qsm_desktop.gui.text_source_badge import TextSourceBadge


class FormBase(QWidget):
    saved = Signal(object)  # ChangeReport of a 登録 / 修正 / catalog restore / capture
    editingChanged = Signal(object)  # the id being edited, or None for a new form

    if TYPE_CHECKING:
        # Set in RegistrationForm.__init__ and its mixins' set-up.
        ui: Ui_RegistrationForm
        service: RegistrationService
        preview: PreviewController
        history: HistoryPanel
        placeholder_model: PlaceholderTableModel
        placeholder_proxy: PlaceholderFilterProxy
        text_badge: TextSourceBadge
        preview_badge: TextSourceBadge
        paste_qsm_button: QPushButton
        template_dialog: Any
        paste_dialog: Any
        _editing: RegistrationData | None
        _template: TemplateInfo | None
        _template_text: text_sources.TemplateText | None
        _snapshot: FormValues
        _stored: RegistrationData | None
        _loading: bool
        _helpers_ready: bool
        _highlighter: TemplateHighlighter | None
        _error_labels: dict[str, QLabel]
        _field_widgets: dict[str, QWidget]
        _check_tab_titles: dict[QWidget, str]

        # RegistrationForm's own (reading and filling the form)
        @property
        def editing_id(self) -> int | None: ...
        def values(self) -> FormValues: ...
        def is_dirty(self) -> bool: ...
        def load(self, registration: RegistrationData) -> None: ...
        def reset(self) -> None: ...
        def _set_template(self, template: TemplateInfo | None) -> None: ...
        def _set_body(self, text: str) -> None: ...
        def _show_mode(self, values: FormValues | None = None) -> None: ...
        def _schedule_preview(self, values: FormValues, immediately: bool = False) -> None: ...

        # the mixins'
        def save(self) -> ChangeReport | None: ...
        def modify(self) -> ChangeReport | None: ...
        def ensure_helpers(self) -> None: ...
        def show_error(self, field: str, message: str) -> None: ...
        def clear_errors(self) -> None: ...
        def _hide_error(self, field: str) -> None: ...
        def _enabled_toggled(self, checked: bool) -> None: ...
        def _show_text_source(self, values: FormValues) -> None: ...
        def _show_destination_hint(self, values: FormValues) -> None: ...
        def _show_catalog_notice(self) -> None: ...
        def move_to(self, field: str, line: int, column: int) -> None: ...
