"""Every reference to a document from code, tests and data points at a file in this repository.

Code cites ``docs/rules.md §4.5`` or ``docs/architecture.md §3``: the file must exist, with a
``## 4.`` heading and, for ``§4.5``, an item ``5.`` in that section. Documents that are not in the
repository (the product brief and its style notes) must not be cited at all.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("qsm_desktop", "tests", "resources", "ui", "tools", "bench")
SUFFIXES = {".py", ".json", ".ui", ".txt", ".md"}
REFERENCE = re.compile(r"docs/([a-z_]+\.md) §(\d+)(?:\.(\d+))?")
# Spelled in pieces so that this file does not cite them itself.
FORBIDDEN = ("SPEC" + " §", "STYLE" + ".md", "../" + "shared", "shared/" + "seed")


def scanned_files() -> list[Path]:
    return [
        path
        for top in SCANNED
        for path in sorted((ROOT / top).rglob("*"))
        if path.is_file() and path.suffix in SUFFIXES and "generated" not in path.parts
    ]


def sections(doc: Path) -> dict[str, list[str]]:
    """Section number → its lines."""
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for line in doc.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\d+)\. ", line)
        if heading:
            current = out.setdefault(heading.group(1), [])
        else:
            current.append(line)
    return out


def test_references_resolve() -> None:
    broken = []
    count = 0
    for path in scanned_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in REFERENCE.finditer(text):
            count += 1
            doc = ROOT / "docs" / match.group(1)
            where = f"{path.relative_to(ROOT)}: {match.group(0)}"
            if not doc.is_file():
                broken.append(f"{where}: no such file")
                continue
            body = sections(doc).get(match.group(2))
            if body is None:
                broken.append(f"{where}: no section {match.group(2)}")
            elif match.group(3) and not any(
                line.startswith(f"{match.group(3)}. ") for line in body
            ):
                broken.append(f"{where}: no item {match.group(3)} in that section")
    assert not broken, "\n".join(broken)
    assert count > 20  # the code does cite the documents


def test_no_reference_to_documents_outside_the_repository() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {bad}"
        for path in scanned_files()
        for bad in FORBIDDEN
        if bad in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert not found, "\n".join(found)
