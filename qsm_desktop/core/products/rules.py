"""The link check's rules as data (resources/product_rules.json), each with its source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from qsm_desktop.core.severity import SEVERITY_LABELS
from qsm_desktop.resources import load_json

RULES_FILE = "product_rules.json"


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: str  # error | warning
    title: str
    message: str  # str.format template, filled per finding
    source: str  # where the fact comes from (manual, docs/rules.md section, or "decision: …")


@dataclass(frozen=True, slots=True)
class Rules:
    rules: dict[str, Rule]
    end_date_limit: datetime
    additional_option_markers: tuple[str, ...]
    cp932_suggestions: dict[str, str]

    def __getitem__(self, code: str) -> Rule:
        return self.rules[code]


@cache
def load_rules() -> Rules:
    data = load_json(RULES_FILE)
    rules = {}
    for item in data["rules"]:
        rule = Rule(
            code=item["code"],
            severity=item["severity"],
            title=item["title"],
            message=item["message"],
            source=item["source"],
        )
        if rule.severity not in SEVERITY_LABELS:
            raise ValueError(f"{RULES_FILE}: {rule.code}: unknown severity {rule.severity!r}")
        rules[rule.code] = rule
    return Rules(
        rules=rules,
        end_date_limit=datetime.fromisoformat(data["end_date_limit"]),
        additional_option_markers=tuple(data["additional_option_markers"]),
        cp932_suggestions=dict(data["cp932_suggestions"]),
    )
