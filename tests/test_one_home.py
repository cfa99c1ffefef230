"""Facts with one home: the history actions (core/history_actions.py), how times are shown
(core/timefmt.py), and the nine editable fields (core/registrations.py's EDITABLE_FIELDS, which
the form's values, the labels and the patch builder agree with)."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.registrations import EDITABLE_FIELDS, Patch, build_patch
from qsm_desktop.core.vocabulary import FIELD_LABELS
from qsm_desktop.gui.form_values import FORM_FIELDS

PACKAGE = Path(__file__).resolve().parents[1] / "qsm_desktop"
SOURCES = [p for p in sorted(PACKAGE.rglob("*.py")) if "generated" not in p.parts]


def test_the_nine_fields_agree_everywhere() -> None:
    assert len(EDITABLE_FIELDS) == 9
    assert set(FORM_FIELDS) == set(EDITABLE_FIELDS)
    assert set(FIELD_LABELS) == set(EDITABLE_FIELDS)
    patch_fields = {f.name for f in dataclasses.fields(Patch)} - {"clear_period"}
    assert patch_fields == set(EDITABLE_FIELDS)
    assert build_patch({"destination": "a@example.jp"}) == Patch(destination="a@example.jp")


def test_times_are_formatted_in_core_timefmt_only() -> None:
    display = re.compile(r"%Y-%m-%d|%H:%M")
    elsewhere = [
        str(path.relative_to(PACKAGE))
        for path in SOURCES
        if path.name != "timefmt.py" and display.search(path.read_text(encoding="utf-8"))
    ]
    assert elsewhere == []


def test_no_history_action_is_compared_as_a_bare_string() -> None:
    actions = {action.value for action in HistoryAction}
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            names_action = any(
                isinstance(side, ast.Attribute) and side.attr == "action" for side in sides
            )
            literal = any(
                isinstance(side, ast.Constant) and side.value in actions for side in sides
            )
            if names_action and literal:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


def test_the_action_check_sees_a_bare_string() -> None:
    """The check above reads comparisons of the shape it looks for (else it proves nothing)."""
    tree = ast.parse('entry.action == "register"')
    [compare] = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert isinstance(compare.left, ast.Attribute) and compare.left.attr == "action"
