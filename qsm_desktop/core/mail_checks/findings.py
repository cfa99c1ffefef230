"""A finding about a rendered mail: where (in the rendered mail or in the template), what, why."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from qsm_desktop.core.engine import EngineWarning

# Where a finding points: the rendered subject / plain text the service reads, or the template's
# body (structure findings point at the template line whose directive caused them).
FIELD_LABELS = {
    "subject": "届くメールの件名",
    "text": "届くメールの本文",
    "body": "テンプレートの詳細",
}


@dataclass(frozen=True, slots=True)
class MailFinding:
    code: str  # rendered-paren | rendered-subject-marker | rendered-syntax | html-unclosed | …
    severity: str  # error | warning
    field: str  # subject | text | body (see FIELD_LABELS)
    line: int  # 1-based
    column: int  # 1-based, in code points
    message: str  # Japanese
    source: str  # where the rule comes from
    sample: str = ""  # the sample order (label) the mail was rendered with

    @property
    def place(self) -> str:
        return f"{FIELD_LABELS.get(self.field, self.field)} {self.line}行{self.column}列"

    def __str__(self) -> str:
        return f"{self.place}: 警告: {self.message}(出典: {self.source})"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def as_engine_warning(finding: MailFinding) -> EngineWarning:
    """For the preview's list of warnings (a click on a ``body`` one goes to the template line)."""
    return EngineWarning(
        finding.field,
        finding.line,
        finding.column,
        finding.code,
        f"{finding.message}(出典: {finding.source})",
    )
