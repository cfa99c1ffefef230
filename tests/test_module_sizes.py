"""Modules past 400 lines are split along their seams unless docs/architecture.md §11 says why
they are one thing; that list names exactly the modules over the limit, no more, no fewer."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "qsm_desktop"
LIMIT = 400
SECTION = "## 11. Modules over 400 lines"


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _big_modules() -> dict[str, int]:
    return {
        path.relative_to(ROOT).as_posix(): count
        for path in sorted(PACKAGE.rglob("*.py"))
        if "generated" not in path.parts and (count := _lines(path)) > LIMIT
    }


def _listed(text: str, heading: str) -> dict[str, str]:
    """The table rows (module -> reason) of the section that starts with ``heading``."""
    start = text.index(heading)
    end = text.find("\n## ", start + 1)
    section = text[start : end if end >= 0 else len(text)]
    return {
        match["module"]: match["reason"].strip()
        for match in re.finditer(
            r"^\| `(?P<module>[^`]+\.py)` \|(?P<reason>[^|]+)\|$", section, re.M
        )
    }


def test_every_module_over_the_limit_says_why_and_the_list_is_current() -> None:
    listed = _listed((ROOT / "docs" / "architecture.md").read_text(encoding="utf-8"), SECTION)
    big = _big_modules()
    unlisted = sorted(set(big) - set(listed))
    assert not unlisted, (
        f"over {LIMIT} lines: split along their seams, or say in docs/architecture.md §11 why "
        f"each is one thing: {[(m, big[m]) for m in unlisted]}"
    )
    shrunk = sorted(set(listed) - set(big))
    assert not shrunk, f"no longer over {LIMIT} lines (or gone): drop from §11: {shrunk}"
    assert all(len(reason) > 40 for reason in listed.values()), "each entry needs its reason"


def test_the_readme_names_the_same_modules() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("### Modules over 400 lines")
    end = readme.index("\n### ", start + 1)
    named = set(re.findall(r"`(qsm_desktop/[^`]+\.py)`", readme[start:end]))
    assert named == set(_big_modules()), "README's list of big modules differs from the code"


def test_the_table_is_read() -> None:
    """The parser finds rows of the shape the section uses (else the first test proves nothing)."""
    text = f"{SECTION}\n\n| module | why |\n|---|---|\n| `qsm_desktop/x.py` | a reason |\n"
    assert _listed(text, SECTION) == {"qsm_desktop/x.py": "a reason"}
