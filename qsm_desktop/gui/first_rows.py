"""The registration grid's first rows, read before Qt is imported (no Qt in this module).

The composition root reads them here and hands them to ``gui.app.run_gui`` (step 1 of
gui/start_sequence.py, which says why before Qt). The read itself is ``db.read_if_current``
through the grid's one query (``core/grid_query.py``): rows only when opening the file would
change nothing in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from qsm_desktop.core import grid_query
from qsm_desktop.core.db import read_if_current
from qsm_desktop.core.grid_query import GridRow
from qsm_desktop.core.store_location import StoreLocation


class FirstRows(NamedTuple):
    """The grid's rows for the default criteria; ``rows`` is None when the file has to be
    opened fully first (new, older or newer than the app, unreadable, an older catalog)."""

    rows: list[GridRow] | None
    version: int | None = None  # the store's version they were read at (grid_query.GridRows)


def read_first_rows(where: Path | StoreLocation) -> FirstRows:
    """The rows from a SQLite file before Qt; a PostgreSQL store is read the normal way, after
    the window is up (its connection is the open's own)."""
    if isinstance(where, StoreLocation):
        if where.path is None:
            return FirstRows(None)
        where = where.path
    grid = read_if_current(where, lambda conn: grid_query.read_all(connection=conn))
    return FirstRows(None) if grid is None else FirstRows(grid.rows, grid.version)
