"""Shared fixtures: offscreen Qt, a temporary database per test through the real initialisation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QSM_DESKTOP_DB", None)

import peewee
import pytest

from qsm_desktop.core.db import open_database
from qsm_desktop.core.registrations import RegistrationService


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "qsm.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[peewee.SqliteDatabase]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def service(db: peewee.SqliteDatabase) -> RegistrationService:
    return RegistrationService("tester")
