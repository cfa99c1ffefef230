"""The short version of bench/crash_safety.py: a few SIGKILLs of a writer in the middle of
edits and bulk changes, then nothing acknowledged lost and no bulk change half-written."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "crash_safety.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_safety", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writers_lose_nothing_acknowledged(tmp_path: Path) -> None:
    bench = _bench()
    outcome = bench.run(operations=40, seed=7, folder=tmp_path, max_delay=0.15, min_kills=4)
    assert outcome.kills >= 4
    assert outcome.acknowledged >= 40
    assert outcome.integrity == "ok"
    assert outcome.lost == [] and outcome.partial_bulks == [] and outcome.inconsistent == []
