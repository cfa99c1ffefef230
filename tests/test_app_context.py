"""The composition root: one application context, handed to the GUI or to the command line."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

import qsm_desktop
from qsm_desktop import __main__ as root
from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.changes import ChangeEvent
from qsm_desktop.core.registrations import Patch, RegistrationInput

PACKAGE = Path(qsm_desktop.__file__).parent


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any level (TYPE_CHECKING and function bodies too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize(("room", "forbidden"), [("cli", "gui"), ("gui", "cli")])
def test_cli_and_gui_never_import_each_other(room: str, forbidden: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path)
            if name == f"qsm_desktop.{forbidden}" or name.startswith(f"qsm_desktop.{forbidden}.")
        )
        for path in (PACKAGE / room).rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_root_hands_its_context_to_the_gui(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from qsm_desktop.gui import app

    handed: list[Any] = []

    def run_gui(ctx: Any, first: Any) -> int:
        handed.append((ctx, first))
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    assert root.main(["--db", str(tmp_path / "x.db"), "--user", "長谷川"]) == 0
    [(ctx, first)] = handed
    assert isinstance(ctx, AppContext)
    assert (ctx.db_path, ctx.user, first.rows) == (tmp_path / "x.db", "長谷川", None)
    assert not ctx.is_open  # the GUI decides when to open (after its first paint)


def test_the_root_hands_its_context_to_a_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from qsm_desktop.cli import main as cli_main

    handed: list[AppContext] = []
    real_run = cli_main.run

    def run(ctx: AppContext, args: Any) -> int:
        handed.append(ctx)
        return real_run(ctx, args)

    monkeypatch.setattr(cli_main, "run", run)
    path = tmp_path / "x.db"
    argv = ["--db", str(path), "--user", "yamada", "register", "--template", "1", "--to", "a@x.jp"]
    assert root.main(argv) == 0
    [ctx] = handed
    assert (ctx.db_path, ctx.user, ctx.is_open) == (path, "yamada", False)  # closed after
    assert "1" in capsys.readouterr().out


def test_the_context_service_announces_each_write_once(app_context: AppContext) -> None:
    heard: list[ChangeEvent] = []
    app_context.bus.subscribe(heard.append)
    service = app_context.service
    assert service is app_context.service  # one service per context
    origin = object()
    first = service.register(RegistrationInput(1, "a@example.jp"), origin=origin)
    reg_id = first.registration.id
    service.modify(reg_id, Patch(destination="b@example.jp"))
    service.modify(reg_id, Patch(destination="b@example.jp"))  # nothing changes: no news
    assert [(e.topic, e.action, e.registration_ids, e.origin is origin) for e in heard] == [
        ("registrations", "register", frozenset({reg_id}), True),
        ("registrations", "modify", frozenset({reg_id}), False),
    ]


def test_the_operator_follows_the_service(app_context: AppContext) -> None:
    assert app_context.operator == "tester"
    app_context.service.operator = "長谷川"  # 担当者名の設定 while the GUI runs
    assert app_context.operator == "長谷川"
