"""The one home of how dates and times are shown: as QSM's grid shows them
(``2015-04-17 15:36``), and the two shorter forms derived from it."""

from __future__ import annotations

from datetime import datetime

QSM_TIME_FORMAT = "%Y-%m-%d %H:%M"


def qsm_time(value: datetime | None) -> str:
    """``2015-04-17 15:36`` (empty for no date)."""
    return "" if value is None else value.strftime(QSM_TIME_FORMAT)


def qsm_time_text(stored: str) -> str:
    """The same from a time as the store keeps it (``2015-04-17 15:36:02.5`` → ``2015-04-17
    15:36``), without parsing it: the grid shows thousands of these."""
    return stored[:16]


def qsm_date(value: datetime) -> str:
    """``2015-04-17``: a day, where the time of day says nothing (when a text was captured)."""
    return value.strftime("%Y-%m-%d")


def clock_time(value: datetime) -> str:
    """``15:36:02``: a moment of today's session (when the setup check last ran)."""
    return value.strftime("%H:%M:%S")
