"""The layers of the package, read from the source with ``ast`` (docs/architecture.md).

    root (qsm_desktop/__main__.py and the other top-level modules)
      → cli | gui         (cli never imports gui, gui never imports cli)
        → core            (no Qt, checked in test_lint.py)
          → resources     (qsm_desktop/resources.py, the package's __init__)

Every import counts — at module level, inside a function, under ``TYPE_CHECKING`` — because each
one is a dependency a reader has to know about. An import may stay in its own layer or go down,
never up or sideways; and no module imports itself back through others at module level.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "qsm_desktop"

# Which layers each layer may import (besides its own).
ALLOWED: dict[str, frozenset[str]] = {
    "root": frozenset({"cli", "gui", "core", "resources"}),
    "cli": frozenset({"core", "resources"}),
    "gui": frozenset({"core", "resources"}),
    "core": frozenset({"resources"}),
    "resources": frozenset(),
}

# Known edges against the rule, each with the reason it is still here (none since the application
# context moved to the root). An entry that no longer exists in the code fails the test, so that
# it is removed with the edge.
KNOWN_UPWARD: dict[tuple[str, str], str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> str:
    parts = module.split(".")
    if module in ("qsm_desktop", "qsm_desktop.resources"):
        return "resources"
    if len(parts) > 1 and parts[1] in ("cli", "gui", "core"):
        return parts[1]
    return "root"


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports(module: str, path: Path, known: set[str]) -> Iterator[tuple[str, bool]]:
    """``(imported module, at module level)`` for every project import of ``module``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"

    def targets(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
            return
        base = _resolve(module, is_package, node)
        for alias in node.names:
            # ``from pkg import sub`` names the submodule when there is one
            candidate = f"{base}.{alias.name}"
            yield candidate if candidate in known else base

    def project(node: ast.Import | ast.ImportFrom, top: bool) -> Iterator[tuple[str, bool]]:
        for name in targets(node):
            if name == "qsm_desktop" or name.startswith("qsm_desktop."):
                yield name, top

    def walk(nodes: list[ast.stmt]) -> Iterator[tuple[str, bool]]:
        """The module's own statements; anything nested in a def or class runs later."""
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                yield from project(node, True)
            elif isinstance(node, ast.If) and _is_type_checking(node):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        yield from project(sub, False)
            elif isinstance(node, ast.If | ast.Try):
                blocks = [node.body, node.orelse]
                if isinstance(node, ast.Try):
                    blocks += [node.finalbody, *(h.body for h in node.handlers)]
                for block in blocks:
                    yield from walk(block)
            else:
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        yield from project(sub, False)

    yield from walk(tree.body)


def edges() -> list[tuple[str, str, bool]]:
    found = modules()
    known = set(found)
    out = []
    for module, path in found.items():
        for target, top in imports(module, path, known):
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]  # ``import a.b.c`` of a name inside a module
            if target != module:
                out.append((module, target, top))
    return out


def test_the_layers_are_read_from_real_modules() -> None:
    found = modules()
    by_layer = {layer(m) for m in found}
    assert by_layer == {"root", "cli", "gui", "core", "resources"}
    assert layer("qsm_desktop.__main__") == "root"
    assert layer("qsm_desktop.core.registrations") == "core"
    # the reader sees the kinds of import the code uses
    graph = {(a, b) for a, b, _ in edges()}
    assert ("qsm_desktop.core.registrations", "qsm_desktop.core.models") in graph
    assert ("qsm_desktop.core.catalog", "qsm_desktop.resources") in graph


def test_no_import_runs_back_up_or_sideways() -> None:
    wrong = []
    used = set()
    for source, target, _top in edges():
        a, b = layer(source), layer(target)
        if a == b or b in ALLOWED[a]:
            continue
        if (source, target) in KNOWN_UPWARD:
            used.add((source, target))
            continue
        wrong.append(f"{source} ({a}) imports {target} ({b})")
    assert not wrong, "\n".join(sorted(set(wrong)))
    stale = set(KNOWN_UPWARD) - used
    assert not stale, f"these edges are gone: remove them from KNOWN_UPWARD: {sorted(stale)}"


def test_no_import_cycle_at_module_level() -> None:
    graph: dict[str, set[str]] = {}
    for source, target, top in edges():
        if top:
            graph.setdefault(source, set()).add(target)
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert not cycles, "\n".join(cycles)
