"""A refusal shown under its field: the red message, the field framed in red, the focus on it.

One look for every form of the GUI (the edit form and the safety dialogs): the message is also
the field's accessible description, so a screen reader says it when the field gets the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

INVALID_STYLE = "border: 2px solid #b00020;"
ERROR_LABEL_STYLE = "color: #b00020;"


def error_label(parent: QWidget, name: str) -> QLabel:
    """The red message under a field (hidden until a refusal)."""
    label = QLabel(parent)
    label.setObjectName(name)
    setup_error_label(label)
    return label


def setup_error_label(label: QLabel) -> None:
    """:func:`error_label` for a label that already exists (one from a Designer form)."""
    label.setStyleSheet(ERROR_LABEL_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)


def show_field_error(
    label: QLabel, field: QWidget, message: str, *, focus: QWidget | None = None
) -> None:
    """Say ``message`` under ``field`` and frame it; the focus goes to ``focus`` (default: the
    field itself), where the seller corrects it."""
    label.setText("⚠ " + message)
    label.setVisible(True)
    field.setStyleSheet(INVALID_STYLE)
    field.setAccessibleDescription(message)
    (focus or field).setFocus(Qt.FocusReason.OtherFocusReason)


def hide_field_error(label: QLabel, field: QWidget) -> None:
    """The field is fine again (cheap when it already was: called on every edit)."""
    if label.text():
        label.clear()
    label.setVisible(False)
    if field.styleSheet():
        field.setStyleSheet("")
        field.setAccessibleDescription("")
