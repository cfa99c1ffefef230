"""Named sample orders (``resources/samples.json``, docs/rules.md §10) and the order value check.

Values are keyed by placeholder name; multi-valued fields are lists. The same check serves the
shipped samples, a seller's ``--data`` file and, later, samples the seller edits, so every error
names the sample and the field in Japanese.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from qsm_desktop.core.engine.placeholders import Placeholder, placeholder_index
from qsm_desktop.core.errors import QsmError
from qsm_desktop.resources import load_json

SAMPLES_FILE = "samples.json"

Values = dict[str, str | tuple[str, ...]]


class SampleError(QsmError, ValueError):
    """Order values that do not fit the placeholder dictionary."""


@dataclass(frozen=True, slots=True)
class SampleOrder:
    name: str  # slug, e.g. "one-item"
    label: str  # Japanese label for the seller
    values: Values = field(default_factory=dict)
    note: str = ""


def validate_values(
    raw: Any, where: str, placeholders: Mapping[str, Placeholder] | None = None
) -> Values:
    """Check order values against the dictionary and return them normalised (lists → tuples).

    *where* names the data in messages (「サンプル one-item」, a file name …). Unknown names, a list
    for a single-valued field, a string for a multi-valued one and non-text values are refused.
    """
    index = placeholder_index() if placeholders is None else placeholders
    if not isinstance(raw, Mapping):
        raise SampleError(
            f"{where}: 注文データは「項目名: 値」のJSONオブジェクトで書いてください。"
        )
    result: Values = {}
    for name, value in raw.items():
        placeholder = index.get(name)
        if placeholder is None:
            raise SampleError(
                f"{where}: 項目「{name}」は差し込み項目の一覧にありません。"
                "項目名を確認してください(qsm-desktop placeholders で一覧を表示できます)。"
            )
        if placeholder.multi:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise SampleError(
                    f"{where}: 項目「{name}」は複数の値を持つ項目です。"
                    '["1行目", "2行目"] のように文字列のリストで書いてください。'
                )
            result[name] = tuple(value)
        else:
            if not isinstance(value, str):
                raise SampleError(
                    f"{where}: 項目「{name}」は値が1つの項目です。"
                    'リストや数値ではなく "値" のように文字列で書いてください。'
                )
            result[name] = value
    return result


def parse_samples(data: Any) -> dict[str, SampleOrder]:
    result: dict[str, SampleOrder] = {}
    for entry in data["samples"]:
        name = entry["name"]
        if name in result:
            raise SampleError(f"{SAMPLES_FILE}: サンプル「{name}」が2回定義されています。")
        values = validate_values(entry["values"], f"サンプル「{name}」")
        result[name] = SampleOrder(name, entry["label"], values, entry.get("note", ""))
    return result


def load_samples() -> dict[str, SampleOrder]:
    """Every shipped sample by name, in the file's order (fresh objects the caller may change)."""
    return {
        name: SampleOrder(s.name, s.label, dict(s.values), s.note) for name, s in _samples().items()
    }


@cache
def _samples() -> dict[str, SampleOrder]:
    return parse_samples(load_json(SAMPLES_FILE))
