"""The setup check's rules, kept as data with their sources (resources/service_rules.json).

Facts about integration services (the subject marker each kind is recognised by, the kinds a
service wants registered together) and, per finding code, its severity and the Japanese message
the seller reads. The loader checks the file against the vocabulary so a typo in the data fails
loudly at the first check rather than silently checking nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from qsm_desktop.core.severity import (  # noqa: F401 (re-exported)
    ERROR,
    SEVERITIES,
    SEVERITY_LABELS,
    WARNING,
)
from qsm_desktop.core.vocabulary import KIND_BY_SLUG, find_kind
from qsm_desktop.resources import load_json

RULES_FILE = "service_rules.json"


# Every code the setup check can report, in the order findings are listed.
CODES = (
    "no-destination",
    "invalid-destination",
    "kind-mismatch",
    "subject-marker",
    "mixed-groups",
    "duplicate",
    "missing-kind",
    "disabled",
    "standby",
    "malformed-token",
    "unknown-placeholder",
    "not-cp932",
    "not-iso2022jp",
    "sample-text",
    "rendered-paren",
    "rendered-syntax",
    "html-structure",
)


@dataclass(frozen=True, slots=True)
class SubjectMarker:
    kind: str  # slug
    marker: str
    source: str
    note: str


@dataclass(frozen=True, slots=True)
class RequiredKinds:
    when_kind: str  # slug: a destination receiving this kind …
    kinds: tuple[str, ...]  # … should receive these too (slugs)
    source: str
    note: str


@dataclass(frozen=True, slots=True)
class CheckRule:
    code: str
    severity: str
    severity_when_disabled: str  # when every registration concerned has 使用 = N
    label: str  # short Japanese name of the code
    source: str
    message: str  # str.format template

    def severity_for(self, all_disabled: bool) -> str:
        return self.severity_when_disabled if all_disabled else self.severity


@dataclass(frozen=True, slots=True)
class ServiceRules:
    version: int
    subject_markers: tuple[SubjectMarker, ...]
    required_kinds: tuple[RequiredKinds, ...]
    one_group_source: str
    category_aliases: dict[str, str]  # QSM カテゴリ spelling → kind slug
    checks: dict[str, CheckRule]

    def marker_for(self, kind: str) -> SubjectMarker | None:
        for marker in self.subject_markers:
            if marker.kind == kind:
                return marker
        return None

    def rule(self, code: str) -> CheckRule:
        return self.checks[code]

    def kind_of_category(self, category: str) -> str | None:
        """The kind slug a QSM カテゴリ text names (label, slug or known variant), else None."""
        text = "".join(category.split())
        if text in self.category_aliases:
            return self.category_aliases[text]
        try:
            return find_kind(text).slug
        except ValueError:
            return None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServiceRules:
        def kind(slug: str) -> str:
            if slug not in KIND_BY_SLUG:
                raise ValueError(f"{RULES_FILE}: unknown kind {slug!r}")
            return slug

        markers = tuple(
            SubjectMarker(kind(m["kind"]), m["marker"], m["source"], m.get("note", ""))
            for m in data["subject_markers"]
        )
        required = tuple(
            RequiredKinds(
                kind(r["when_kind"]),
                tuple(kind(k) for k in r["kinds"]),
                r["source"],
                r.get("note", ""),
            )
            for r in data["required_kinds"]
        )
        aliases = {
            "".join(text.split()): kind(slug)
            for text, slug in data["category_aliases"]["aliases"].items()
        }
        checks: dict[str, CheckRule] = {}
        for code in CODES:
            raw = data["checks"].get(code)
            if raw is None:
                raise ValueError(f"{RULES_FILE}: no rule for check {code!r}")
            severity = raw["severity"]
            when_disabled = raw.get("severity_when_disabled", severity)
            if severity not in SEVERITIES or when_disabled not in SEVERITIES:
                raise ValueError(f"{RULES_FILE}: bad severity for {code!r}")
            checks[code] = CheckRule(
                code, severity, when_disabled, raw["label"], raw["source"], raw["message"]
            )
        unknown = set(data["checks"]) - set(CODES)
        if unknown:
            raise ValueError(f"{RULES_FILE}: unknown checks {sorted(unknown)}")
        return cls(
            version=int(data["version"]),
            subject_markers=markers,
            required_kinds=required,
            one_group_source=data["one_group_per_destination"]["source"],
            category_aliases=aliases,
            checks=checks,
        )


@cache
def load_rules() -> ServiceRules:
    """The shipped rules (read once per process)."""
    return ServiceRules.from_dict(load_json(RULES_FILE))
