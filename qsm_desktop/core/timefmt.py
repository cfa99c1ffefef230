"""The one way dates and times are shown: as QSM's grid shows them (``2015-04-17 15:36``)."""

from __future__ import annotations

from datetime import datetime

QSM_TIME_FORMAT = "%Y-%m-%d %H:%M"


def qsm_time(value: datetime | None) -> str:
    """``2015-04-17 15:36`` (empty for no date)."""
    return "" if value is None else value.strftime(QSM_TIME_FORMAT)
