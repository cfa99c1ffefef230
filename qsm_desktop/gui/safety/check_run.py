"""The setup check as the 設定チェック tab runs it: in a worker thread, on plain data.

Nothing here touches a widget (the findings' rows are plain objects, their texts translated
by QCoreApplication.translate, which any thread may call): :func:`load_and_check` is what the
tab's worker runs, and its :class:`CheckResult` is what the tab shows when it arrives.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from qsm_desktop.core.db import close_thread_connection
from qsm_desktop.core.safety import (
    CoverageMatrix,
    SetupReport,
    SetupRow,
    check_setup,
    coverage_matrix,
    load_rows,
)
from qsm_desktop.gui.safety.check_models import FindingRow, finding_rows


@dataclass(frozen=True, slots=True)
class CheckResult:
    report: SetupReport
    matrix: CoverageMatrix
    destinations: dict[int, str]
    seconds: float
    at: datetime
    # The findings table's rows, made in the worker too (128,000 at 100,000 registrations): the
    # GUI thread only hands them to the model.
    finding_rows: list[FindingRow]
    error_count: int  # counted in the worker as well
    warning_count: int


def run_check(rows: list[SetupRow]) -> CheckResult:
    """The setup check and the matrix of the same rows (plain data: safe in a worker thread)."""
    started = time.perf_counter()
    report = check_setup(rows)
    matrix = coverage_matrix(rows)
    destinations = {row.id: row.registration.destination for row in rows}
    shown = finding_rows(report.findings, destinations)
    errors, warnings = len(report.errors), len(report.warnings)
    return CheckResult(
        report,
        matrix,
        destinations,
        time.perf_counter() - started,
        datetime.now(),
        shown,
        errors,
        warnings,
    )


def load_and_check() -> CheckResult:
    """Read the registrations and check them, in the worker thread: reading 100,000 rows takes
    seconds, the window stays live meanwhile. The store's connection is per thread (peewee): the
    worker's own is closed when done."""
    try:
        return run_check(load_rows())
    finally:
        close_thread_connection()
