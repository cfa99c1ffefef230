"""Severity of a check's findings, shared by the setup check and the product link check."""

from __future__ import annotations

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)
SEVERITY_LABELS = {ERROR: "エラー", WARNING: "警告"}


class HasSeverity:
    """The label and the error test of a finding dataclass that has a ``severity`` field."""

    __slots__ = ()
    severity: str

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR
