"""The coverage matrix: which address receives which お知らせ種類, per template group.

One row per (template group, individual address); one cell per kind, in QSM's order. A cell is
``enabled`` when some registration forwards that kind (使用 = Y, 待機 = N), ``standby`` when the
best one is 使用 = Y with 待機 = Y, ``disabled`` when registrations exist but all have 使用 = N, and
``missing`` when there is none. Registrations with no address get a row with an empty address.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from qsm_desktop.core.safety.rows import SetupRow, address_key, load_rows
from qsm_desktop.core.vocabulary import GROUP_ORDER, KINDS, GroupLabel, KindLabel

ENABLED = "enabled"
STANDBY = "standby"
DISABLED = "disabled"
MISSING = "missing"
CELL_STATES = (ENABLED, STANDBY, DISABLED, MISSING)
STATE_LABELS = {ENABLED: "使用", STANDBY: "待機", DISABLED: "使用N", MISSING: "未登録"}
NO_ADDRESS_LABEL = "(送信先なし)"


@dataclass(frozen=True, slots=True)
class CoverageCell(KindLabel):
    kind: str  # slug
    state: str  # enabled | standby | disabled | missing
    registration_ids: tuple[int, ...] = ()

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind_label,
            "state": self.state,
            "registration_ids": list(self.registration_ids),
        }


@dataclass(frozen=True, slots=True)
class CoverageRow(GroupLabel):
    group: str  # slug
    address: str  # as first typed; "" for registrations without an address
    cells: tuple[CoverageCell, ...]  # one per kind, in KINDS order

    @property
    def address_label(self) -> str:
        return self.address or NO_ADDRESS_LABEL

    def cell(self, kind: str) -> CoverageCell:
        for cell in self.cells:
            if cell.kind == kind:
                return cell
        raise KeyError(kind)

    def to_json(
        self, cell_json: Callable[[CoverageCell], dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        return {
            "group": self.group_label,
            "address": self.address,
            "cells": [(cell_json or CoverageCell.to_json)(c) for c in self.cells],
        }


@dataclass(frozen=True, slots=True)
class CoverageMatrix:
    rows: tuple[CoverageRow, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(k.slug for k in KINDS)

    @property
    def kind_labels(self) -> tuple[str, ...]:
        return tuple(k.label for k in KINDS)

    def row(self, group: str, address: str) -> CoverageRow:
        key = address_key(address)
        for row in self.rows:
            if row.group == group and address_key(row.address) == key:
                return row
        raise KeyError((group, address))

    def to_json(self) -> dict[str, Any]:
        # The empty cells are shared (see coverage_matrix): each one's JSON is made once.
        shared: dict[int, dict[str, Any]] = {}

        def cell_json(cell: CoverageCell) -> dict[str, Any]:
            if cell.registration_ids:
                return cell.to_json()
            made = shared.get(id(cell))
            if made is None:
                made = shared[id(cell)] = cell.to_json()
            return made

        return {"kinds": list(self.kind_labels), "rows": [r.to_json(cell_json) for r in self.rows]}


def _state(rows: Sequence[SetupRow]) -> str:
    if not rows:
        return MISSING
    if any(r.registration.enabled and not r.registration.standby for r in rows):
        return ENABLED
    if any(r.registration.enabled for r in rows):
        return STANDBY
    return DISABLED


def coverage_matrix(rows: Sequence[SetupRow] | None = None) -> CoverageMatrix:
    """The matrix of the store's registrations (or of ``rows``)."""
    rows = load_rows() if rows is None else rows
    spelling: dict[str, str] = {}
    # (group, address key) → kind → rows; plain dicts filled by hand (a nested defaultdict per
    # cell cost a third of the matrix at 100,000 registrations).
    cells: dict[tuple[str, str], dict[str, list[SetupRow]]] = {}
    for row in rows:
        reg = row.registration
        group, slug = reg.group, reg.kind
        addresses = row.addresses
        for address in (dict.fromkeys(addresses) if len(addresses) > 1 else addresses) or ("",):
            key = address_key(address)
            by_kind = cells.get((group, key))
            if by_kind is None:
                by_kind = cells[(group, key)] = {}
                spelling.setdefault(key, address)
            same = by_kind.get(slug)
            if same is None:
                by_kind[slug] = [row]
            else:
                same.append(row)
    # An empty cell is the same value wherever it is (most are, one address per kind being
    # usual): made once per kind, not once per row.
    missing = {kind.slug: CoverageCell(kind.slug, MISSING, ()) for kind in KINDS}
    out = []
    for group, key in sorted(cells, key=lambda gk: (GROUP_ORDER[gk[0]], gk[1] == "", gk[1])):
        by_kind = cells[(group, key)]
        row_cells = []
        for kind in KINDS:
            found = by_kind.get(kind.slug)
            if not found:
                row_cells.append(missing[kind.slug])
            else:
                ids = (found[0].id,) if len(found) == 1 else tuple(sorted({r.id for r in found}))
                row_cells.append(CoverageCell(kind.slug, _state(found), ids))
        out.append(CoverageRow(group, spelling[key], tuple(row_cells)))
    return CoverageMatrix(tuple(out))
