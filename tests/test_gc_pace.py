"""The running app's pace for Python's garbage collector (gui/gc_pace.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from qsm_desktop.gui import gc_pace


@pytest.fixture
def paced() -> Iterator[None]:
    gc_pace.start()
    try:
        yield
    finally:
        gc_pace.stop()
        gc.enable()


def test_off_by_default_changes_nothing() -> None:
    assert not gc_pace.is_on()
    before = gc.get_freeze_count()
    with gc_pace.paused():
        assert gc.isenabled()
    gc_pace.keep_what_is_loaded()
    assert gc.get_freeze_count() == before and gc.isenabled()


def test_work_runs_without_collections_and_its_result_is_kept_out_of_the_walks(
    paced: None,
) -> None:
    with gc_pace.paused():
        assert not gc.isenabled()
        with gc_pace.paused():  # nested (two workers at once): the outer one re-enables
            assert not gc.isenabled()
        assert not gc.isenabled()
        result = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(result)
    gc_pace.stop()
    assert gc.get_freeze_count() == 0  # handed back to the collector


def test_a_failing_work_still_resumes_collection(paced: None) -> None:
    with pytest.raises(ValueError), gc_pace.paused():
        raise ValueError("boom")
    assert gc.isenabled()
