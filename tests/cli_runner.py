"""The command line run in-process on a test database: shared by every CLI test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qsm_desktop.__main__ import main


def run_cli(
    db: Path | str, capsys: pytest.CaptureFixture[str], *args: str, user: str = "tester"
) -> tuple[int, str, str]:
    """``qsm-desktop --db DB --user USER ARGS``: (exit status, stdout, stderr)."""
    capsys.readouterr()
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


class Cli:
    """run_cli bound to one database; ``json`` adds --json and expects success."""

    def __init__(self, db: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, user: str = "tester") -> tuple[int, str, str]:
        return run_cli(self.db, self.capsys, *args, user=user)

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)
