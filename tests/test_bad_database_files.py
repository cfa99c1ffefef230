"""Every command on a database file the app refuses: one Japanese line saying what to do, exit
2, the file untouched and nothing created beside it (no -wal, -shm, journal, backup)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli

from qsm_desktop.__main__ import main
from qsm_desktop.cli.main import build_parser
from qsm_desktop.core.db import open_database
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService


def _good(path: Path) -> None:
    db = open_database(path)
    service = RegistrationService("tester")
    for n in range(30):
        service.register(RegistrationInput(18 if n % 2 else 47, f"r{n}@example.jp", body="b" * 900))
    db.close()


def _newer(path: Path) -> None:
    _good(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()


def _truncated_mid_page(path: Path) -> None:
    _good(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def _truncated_at_a_page(path: Path) -> None:
    _good(path)
    data = path.read_bytes()
    path.write_bytes(data[: 4096 * 3])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _pages_overwritten(path: Path) -> None:
    """A valid header and schema page, every other page garbage: found only when read."""
    _good(path)
    data = path.read_bytes()
    path.write_bytes(data[:4096] + bytes([0x5A]) * (len(data) - 4096))


def _directory(path: Path) -> None:
    path.mkdir()


BAD_FILES: dict[str, Callable[[Path], None]] = {
    "newer schema": _newer,
    "truncated mid-page": _truncated_mid_page,
    "truncated at a page": _truncated_at_a_page,
    "random bytes": _random_bytes,
    "pages overwritten": _pages_overwritten,
    "directory": _directory,
}

# Every command that opens the database, with arguments it would otherwise run with.
COMMANDS: dict[str, list[str]] = {
    "templates": [],
    "list": [],
    "register": ["--template", "18", "--to", "new@example.jp"],
    "modify": ["1", "--to", "new@example.jp"],
    "operator": [],
    "history": ["1"],
    "render": ["--registration", "1"],
    "check": [],
    "replace-address": ["r1@example.jp", "new@example.jp"],
    "qsm-import": ["{grid}"],
    "changes": [],
    "import": ["{csv}"],
    "products": [],
    "check-products": [],
    "export-sjis": ["goods", "{out}"],
    "capture-template": ["18", "--title", "t", "--body-file", "{grid}"],
    "backup": [],
}
# Commands that never open the database (the catalog of samples, placeholders and companies
# is shipped with the app).
WITHOUT_DATABASE = {"samples", "placeholders", "companies"}
# ``restore`` is how a bad file is repaired: it reads only the backups folder (test_backups.py).
REPAIRS = {"restore"}
# ``migrate-db`` opens the SOURCE and TARGET it is given, never --db (test_db_transfer.py).
OWN_FILES = {"migrate-db"}


def test_every_command_is_listed() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert sub.choices is not None
    assert set(sub.choices) == set(COMMANDS) | WITHOUT_DATABASE | REPAIRS | OWN_FILES


def _state(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in sorted(folder.iterdir())}


@pytest.fixture
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("inputs")
    grid = folder / "grid.tsv"
    grid.write_text("18\t注文情報\tCrossMall Template\tx EMAIL\ta@example.jp\tY\tN\n")
    csv = folder / "GoodsList.csv"
    csv.write_text("not a goods list\n")
    return {"grid": str(grid), "csv": str(csv), "out": str(folder / "out.csv")}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_every_command_refuses_a_bad_file_in_one_line(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], inputs: dict[str, str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "qsm.db"
    BAD_FILES[kind](path)
    before = _state(folder)
    for command, arguments in COMMANDS.items():
        args = [a.format(**inputs) for a in arguments]
        code, out, err = run_cli(path, capsys, command, *args)
        assert code == 2, (command, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("qsm-desktop: "), (command, err)
        assert "Traceback" not in err and "sqlite" not in err.lower(), (command, err)
        assert any("\u3040" <= c <= "\u30ff" for c in lines[0]), (command, err)  # Japanese
        assert _state(folder) == before, command


def test_what_each_bad_file_is_told(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = {}
    for kind, make in BAD_FILES.items():
        folder = tmp_path / kind.replace(" ", "_")
        folder.mkdir()
        make(folder / "qsm.db")
        _code, _out, err = run_cli(folder / "qsm.db", capsys, "list")
        said[kind] = err
    assert "新しいバージョンのQSM Desktop" in said["newer schema"]
    for kind in ("truncated mid-page", "truncated at a page", "random bytes", "pages overwritten"):
        assert "壊れて" in said[kind] and "復元" in said[kind], kind
    assert "途中で切れています" in said["truncated at a page"]
    assert "フォルダです" in said["directory"]


# -- read-only file and folder: as an ordinary user (root may write anyway) --------------------

NOBODY = 65534


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own temporary folder is private)."""
    folder = Path(tempfile.mkdtemp(prefix="qsm-readonly-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o777)
        shutil.rmtree(folder)


def _as_ordinary_user(db: Path, *args: str) -> tuple[int, str]:
    """``qsm-desktop --db DB ARGS`` as a user without root's right to write anything: (exit
    status, stderr). Under root, a forked child drops to ``nobody`` first (the interpreter
    lives where ``nobody`` may not read, so it is not started anew; the parent has run the
    same commands once, so nothing is left to import)."""
    argv = ["--db", str(db), "--user", "u", *args]
    if os.geteuid() != 0:
        done = subprocess.run(
            [sys.executable, "-m", "qsm_desktop", *argv],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONIOENCODING="utf-8"),
            timeout=60,
            check=False,
        )
        return done.returncode, done.stderr
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 99
        try:
            os.close(read_end)
            sys.stderr = os.fdopen(write_end, "w", encoding="utf-8")
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            code = main(argv)
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        err = pipe.read()
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), err


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_read_only_file_or_folder_is_refused_and_left_alone(
    read_only: str, shared_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = shared_folder / "data"
    folder.mkdir()
    path = folder / "qsm.db"
    _good(path)
    commands: tuple[tuple[str, list[str]], ...] = (
        ("list", []),
        ("register", COMMANDS["register"]),
        ("check", []),
    )
    for command, arguments in commands:  # every module these commands import, imported now
        run_cli(shared_folder / "warm.db", capsys, command, *arguments)
    folder.chmod(0o777)
    path.chmod(0o666)
    if read_only == "file":
        path.chmod(0o444)
    else:
        folder.chmod(0o555)
    before = _state(folder)
    for command, arguments in commands:
        code, err = _as_ordinary_user(path, command, *arguments)
        assert code == 2, (command, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert ("読み取り専用" if read_only == "file" else "フォルダに書き込めません") in lines[0]
        assert _state(folder) == before, command
