"""The Designer files are the sources: the committed Python matches them, object names are stable."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
GENERATED = ROOT / "qsm_desktop" / "gui" / "generated"
UI_FILES = tuple(sorted(path.name for path in UI_DIR.glob("*.ui")))

OBJECT_NAMES = {
    "companies_dialog.ui": [
        "noticeLabel", "noMailLabel", "companyTable", "detailText", "sourceButton", "closeButton",
    ],
    "conflict_dialog.ui": ["fieldsTable", "loadTheirsButton", "overwriteButton", "cancelButton"],
    "restore_dialog.ui": [
        "backupsTable", "emptyLabel", "errorLabel", "folderLabel", "restoreButton", "closeButton",
    ],
    "server_dialog.ui": [
        "introLabel", "hostEdit", "hostError", "portEdit", "portError", "databaseEdit",
        "databaseError", "userEdit", "userError", "passwordEdit", "passwordError", "progressBar",
        "statusLabel", "buttonBox",
    ],
    "main_window.ui": [
        "registrationTable", "kindFilter", "groupFilter", "enabledFilter", "addressFilter",
        "searchButton", "newButton", "mainTabs", "mainSplitter",
    ],
    "registration_form.ui": [
        "templateBrowseButton", "destinationEdit", "enabledCheck", "standbyCheck", "periodSpin",
        "recognitionKeyEdit", "titleEdit", "senderEdit", "bodyEdit", "resetButton",
        "registerButton", "modifyButton", "previewSubject", "previewHtml", "previewText",
        "previewWarnings", "sampleCombo", "placeholderList", "historyTree", "changedBar",
        "reloadButton", "compareButton", "destinationHint",
    ],
    "template_dialog.ui": [
        "kindCombo", "groupCombo", "templateSearchButton", "templateTable", "confirmButton",
        "closeButton", "companyCombo", "companyInfoLabel",
    ],
    "products_view.ui": [
        "productSearchEdit", "productSearchButton", "productImportButton", "productExportButton",
        "productResultLabel", "useAsSampleButton", "productTree", "findingsSummaryLabel",
        "findingSeverityFilter", "productCheckButton", "productFindingsTable",
        "findingDetailLabel", "productImportsLabel", "productsSplitter",
    ],
    "setup_check_view.ui": [
        "checkSummaryLabel", "checkStatusLabel", "recheckButton", "matrixAddressFilter",
        "coverageMatrix", "severityFilter", "findingsTable", "findingDetail", "findingHelpLink",
        "safetyCheckSplitter",
    ],
    "address_dialog.ui": [
        "oldAddressCombo", "oldAddressError", "newAddressEdit", "newAddressError",
        "previewButton", "replaceSummaryLabel", "replacementTable", "conflictsLabel",
        "applyButton", "closeButton",
    ],
    "import_dialog.ui": [
        "pasteEdit", "pasteError", "pasteButton", "previewButton", "importSummaryLabel",
        "importTable", "notInPasteLabel", "problemsBox", "problemTable", "importButton",
        "closeButton",
    ],
    "checklist_view.ui": [
        "checklistSummaryLabel", "copyTextButton", "printButton", "saveHtmlButton",
        "markAppliedButton", "checklistTable", "checklistSteps", "safetyChecklistSplitter",
        "checklistStatusLabel",
    ],
}  # fmt: skip


def _comparable(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("## Created by:"))


def test_generated_modules_match_their_ui_files(tmp_path: Path) -> None:
    """Re-run pyside6-uic (through tools/build_ui.py) into a temp folder and compare."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_ui.py"), "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fresh = sorted(p.name for p in tmp_path.glob("ui_*.py"))
    assert fresh == sorted(f"ui_{Path(name).stem}.py" for name in UI_FILES)
    for name in fresh:
        committed = GENERATED / name
        assert committed.exists(), f"{name} is not committed: run python tools/build_ui.py"
        assert _comparable(committed.read_text(encoding="utf-8")) == _comparable(
            (tmp_path / name).read_text(encoding="utf-8")
        ), f"{name} is out of date: run python tools/build_ui.py"


def test_the_screens_are_designer_files() -> None:
    assert set(OBJECT_NAMES) <= set(UI_FILES), "a screen's .ui file is missing"


@pytest.mark.parametrize("ui_file", UI_FILES)
def test_stable_object_names(ui_file: str) -> None:
    assert ui_file in OBJECT_NAMES, "list the object names code and tests rely on"
    tree = ET.parse(UI_DIR / ui_file)
    names = {w.get("name") for w in tree.iter("widget")}
    missing = [n for n in OBJECT_NAMES.get(ui_file, []) if n not in names]
    assert not missing


@pytest.mark.parametrize("ui_file", UI_FILES)
def test_every_field_has_a_tab_stop(ui_file: str) -> None:
    tree = ET.parse(UI_DIR / ui_file)
    stops = [t.text for t in tree.iter("tabstop")]
    focusable = {"QLineEdit", "QComboBox", "QPushButton", "QCheckBox", "QSpinBox", "QTableView",
                 "QPlainTextEdit", "QTreeWidget", "QListWidget", "SafeBrowser"}  # fmt: skip
    fields = [w.get("name") for w in tree.iter("widget") if w.get("class") in focusable]
    assert set(fields) <= set(stops), set(fields) - set(stops)


def test_labels_use_the_guides_words() -> None:
    text = "".join((UI_DIR / name).read_text(encoding="utf-8") for name in UI_FILES)
    for word in (
        "お知らせ設定データ", "テンプレートの選択", "参照", "検索", "初期化", "登録", "修正",
        "Confirm", "Close", "送信先", "使用(Y/N)", "待機(Y/N)", "Period", "認識キー", "タイトル",
        "送信者", "テンプレートの詳細", "お知らせ種類", "テンプレートのグループ",
    ):  # fmt: skip
        assert f">{word}<" in text, word  # a label's whole text, not part of a tooltip


def test_views_in_designer_build_no_layout_in_code() -> None:
    """Every screen is made in Designer and keeps its layout there: no ``_build`` method in
    the GUI (gui/products and gui/safety included)."""
    gui = ROOT / "qsm_desktop" / "gui"
    paths = sorted(gui.rglob("*.py"))
    assert {"products", "safety"} <= {path.parent.name for path in paths}
    for path in paths:
        assert "def _build" not in path.read_text(encoding="utf-8"), path.relative_to(gui)


def test_uses_composition_not_load_ui_type() -> None:
    for path in (ROOT / "qsm_desktop" / "gui").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "loadUiType" not in source and "QUiLoader" not in source, path.name
