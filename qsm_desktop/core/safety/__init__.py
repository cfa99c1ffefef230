"""Safety: the setup check, the coverage matrix, the bulk address change and the QSM round trip.

Core code (no Qt). Everything returns plain frozen dataclasses with ``to_json()``; every write goes
through the registration service's transactions and history.

- :func:`check_setup` → :class:`SetupReport` of :class:`Finding` (code, severity, registrations,
  Japanese message); rules and their sources in resources/service_rules.json.
- :func:`coverage_matrix` → :class:`CoverageMatrix`: (group, address) × the five kinds.
- :func:`plan_address_replacement` / :func:`apply_address_replacement`: one address → another.
- :func:`parse_qsm_grid`, :func:`plan_qsm_import` / :func:`apply_qsm_import`: the pasted
  お知らせ設定データ grid into the store.
- :func:`build_checklist`, :func:`tick`, :func:`untick`, :func:`mark_applied`: what to do in QSM.
"""

from __future__ import annotations

from qsm_desktop.core.safety.bulk_address import (
    AddressReplacement,
    AddressReplacementPlan,
    apply_address_replacement,
    plan_address_replacement,
    replace_in_destination,
)
from qsm_desktop.core.safety.checklist import (
    Checklist,
    ChecklistItem,
    build_checklist,
    mark_applied,
    tick,
    untick,
)
from qsm_desktop.core.safety.checklist_render import checklist_html, checklist_text
from qsm_desktop.core.safety.checklist_steps import ChecklistStep
from qsm_desktop.core.safety.coverage import (
    CELL_STATES,
    STATE_LABELS,
    CoverageCell,
    CoverageMatrix,
    CoverageRow,
    coverage_matrix,
)
from qsm_desktop.core.safety.qsm_grid import (
    GridProblem,
    ParsedGrid,
    QsmGridRow,
    parse_qsm_date,
    parse_qsm_grid,
)
from qsm_desktop.core.safety.qsm_import import (
    ImportItem,
    ImportPlan,
    ImportResult,
    apply_qsm_import,
    plan_qsm_import,
)
from qsm_desktop.core.safety.rows import SetupRow, load_rows, watermark
from qsm_desktop.core.safety.rules import CODES, ServiceRules, load_rules
from qsm_desktop.core.safety.setup_check import check_setup
from qsm_desktop.core.safety.setup_findings import Finding, SetupReport

__all__ = [
    "CELL_STATES",
    "CODES",
    "STATE_LABELS",
    "AddressReplacement",
    "AddressReplacementPlan",
    "Checklist",
    "ChecklistItem",
    "ChecklistStep",
    "CoverageCell",
    "CoverageMatrix",
    "CoverageRow",
    "Finding",
    "GridProblem",
    "ImportItem",
    "ImportPlan",
    "ImportResult",
    "ParsedGrid",
    "QsmGridRow",
    "ServiceRules",
    "SetupReport",
    "SetupRow",
    "apply_address_replacement",
    "apply_qsm_import",
    "build_checklist",
    "check_setup",
    "checklist_html",
    "checklist_text",
    "coverage_matrix",
    "load_rows",
    "load_rules",
    "mark_applied",
    "parse_qsm_date",
    "parse_qsm_grid",
    "plan_address_replacement",
    "plan_qsm_import",
    "replace_in_destination",
    "tick",
    "untick",
    "watermark",
]
