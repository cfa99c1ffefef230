"""The placeholder dictionary shipped as ``resources/placeholders.json``.

Which names exist, their Japanese labels, which お知らせ種類 fill them, whether they carry several
values (memo lines) and which Qoo10 order-data field they come from. The engine only needs the
names and the multi-valued flag; the rest is for the seller (lists, hints) and for checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from qsm_desktop.core.vocabulary import KIND_BY_SLUG
from qsm_desktop.resources import load_json

PLACEHOLDERS_FILE = "placeholders.json"


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    label: str
    kinds: tuple[str, ...]  # slugs of the お知らせ種類 whose mails carry a value
    multi: bool  # several values (one per row with ##ISLOOP_)
    sample: str | tuple[str, ...]
    source: str  # "guide" (named in Qoo10's guide) or "ours"
    qoo10_field: str | None  # Qoo10 order-data field; None when unknown
    note: str = ""

    @property
    def token(self) -> str:
        return "{$_" + self.name + "_$}"


def load_placeholders() -> dict[str, Placeholder]:
    """Every placeholder by name, in the file's order (a fresh dict the caller may change)."""
    return dict(_placeholders())


@cache
def _placeholders() -> dict[str, Placeholder]:
    data = load_json(PLACEHOLDERS_FILE)
    return parse_placeholders(data)


def parse_placeholders(data: Any) -> dict[str, Placeholder]:
    """Validate the dictionary's JSON; a broken shipped file must fail loudly, not half-work."""
    result: dict[str, Placeholder] = {}
    for entry in data["placeholders"]:
        name = entry["name"]
        if name in result:
            raise ValueError(f"{PLACEHOLDERS_FILE}: {name} is listed twice")
        kinds = tuple(entry["kinds"])
        unknown = [k for k in kinds if k not in KIND_BY_SLUG]
        if unknown:
            raise ValueError(f"{PLACEHOLDERS_FILE}: {name} has unknown kinds {unknown}")
        if entry["source"] not in ("guide", "ours"):
            raise ValueError(f"{PLACEHOLDERS_FILE}: {name} has source {entry['source']!r}")
        multi = bool(entry["multi"])
        sample = entry["sample"]
        if multi != isinstance(sample, list):
            raise ValueError(f"{PLACEHOLDERS_FILE}: {name} sample must be a list iff multi")
        result[name] = Placeholder(
            name=name,
            label=entry["label"],
            kinds=kinds,
            multi=multi,
            sample=tuple(sample) if multi else str(sample),
            source=entry["source"],
            qoo10_field=entry.get("qoo10_field"),
            note=entry.get("note", ""),
        )
    return result


def placeholder_index() -> dict[str, Placeholder]:
    """The shared, cached dictionary for the engine's hot path (do not modify)."""
    return _placeholders()
