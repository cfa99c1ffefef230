"""What the setup check reports: each :class:`Finding` (a stable code, a severity, the
registrations concerned, a Japanese message and the rule's source), how a finding is made from
its rule (:class:`FindingCollector`), and the :class:`SetupReport` that holds them, as the GUI
lists them and the CLI prints them (``--json``). The checks themselves are in
core/safety/setup_check.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qsm_desktop.core.addresses import parse_destination
from qsm_desktop.core.errors import ValidationError
from qsm_desktop.core.safety.rows import SetupRow
from qsm_desktop.core.safety.rules import ServiceRules
from qsm_desktop.core.severity import WARNING, HasSeverity


@dataclass(frozen=True, slots=True)
class Finding(HasSeverity):
    code: str
    severity: str  # 'error' | 'warning'
    registration_ids: tuple[int, ...]
    message: str  # Japanese: what is wrong and what to do
    label: str = ""  # short Japanese name of the code (e.g. 送信先がありません)
    source: str = ""  # where the rule comes from
    address: str = ""  # the address concerned (mixed-groups, missing-kind, duplicate)
    field: str = ""  # title / sender / body / destination, when one field is concerned
    line: int | None = None  # 1-based, in that field (engine and encoding findings)
    column: int | None = None
    # The rule's Japanese template and the values filled into ``message``: the GUI translates
    # the template, then fills it in (the CLI shows ``message``).
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "registration_ids": list(self.registration_ids),
            "message": self.message,
            "label": self.label,
            "source": self.source,
            "address": self.address,
            "field": self.field,
            "line": self.line,
            "column": self.column,
        }


@dataclass(frozen=True, slots=True)
class SetupReport:
    findings: tuple[Finding, ...]
    checked: int  # number of registrations looked at
    by_registration: dict[int, tuple[Finding, ...]] = field(default_factory=dict)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == WARNING)

    @property
    def has_errors(self) -> bool:
        return any(f.is_error for f in self.findings)

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def for_registration(self, reg_id: int) -> tuple[Finding, ...]:
        """The findings that concern one registration (for a row's marker in the grid)."""
        return self.by_registration.get(reg_id, ())

    def to_json(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [f.to_json() for f in self.findings],
        }


class FindingCollector:
    """The findings of one run of the check, each made from its rule (message, severity,
    source) and the registrations it concerns."""

    def __init__(self, rules: ServiceRules) -> None:
        self.rules = rules
        self.findings: list[Finding] = []
        # What parse_destination said of each destination text (None: valid): every distinct
        # text is validated once however many registrations use it.
        self.destination_problems: dict[str, str | None] = {}

    def destination_problem(self, destination: str) -> str | None:
        known = self.destination_problems
        if destination not in known:
            try:
                parse_destination(destination, required=False)
                known[destination] = None
            except ValidationError as exc:
                known[destination] = exc.message
        return known[destination]

    def add(
        self,
        code: str,
        rows: Sequence[SetupRow],
        values: dict[str, Any],
        *,
        source: str | None = None,
        address: str = "",
        field: str = "",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        rule = self.rules.rule(code)
        source = source or rule.source
        params = {"source": source, **values}
        message = rule.message.format_map(params)
        severity = rule.severity_for(all(not r.forwards for r in rows))
        ids = tuple(sorted({r.id for r in rows}))
        self.findings.append(
            Finding(
                code,
                severity,
                ids,
                message,
                rule.label,
                source,
                address,
                field,
                line,
                column,
                template=rule.message,
                params=tuple(params.items()),
            )
        )
