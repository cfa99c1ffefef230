"""What the edit form holds (the nine fields), to compare with what it loaded."""

from __future__ import annotations

from dataclasses import dataclass

from qsm_desktop.core.catalog import TemplateInfo


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
