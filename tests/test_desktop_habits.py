"""Everyday desktop habits: remembered folders, Japanese file dialogs, the grid to CSV and paper,
the 参照 dialog's memory, whole history values, one window title, the CLI in Japanese."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrinter

from qsm_desktop.core.people_csv import neutralise, write_people_csv
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.gui import file_dialogs, grid_export
from qsm_desktop.gui.main_window import MainWindow

# -- the CSV for people ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+81 3", "'+81 3"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("注文情報", "注文情報"),
        ("a=b@example.jp", "a=b@example.jp"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(cell: str, written: str) -> None:
    assert neutralise(cell) == written


def test_people_csv_has_a_bom_and_crlf_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_people_csv(path, ["送信先", "使用"], [["=cmd|' /C calc'!A0", "Y"]]) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows == [["送信先", "使用"], ["'=cmd|' /C calc'!A0", "Y"]]


# -- the registrations grid to CSV and paper -------------------------------------------------------


def _grid_actions(window: MainWindow) -> tuple[Any, Any]:
    messages: list[str] = []
    actions = grid_export.install_grid_export(
        window, window.ui.registrationTable, window.add_file_actions, messages.append
    )
    return actions


def test_grid_exports_what_the_search_shows(
    qtbot: Any,
    main_window: MainWindow,
    service: RegistrationService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.register(RegistrationInput(18, "a@example.jp"))
    service.register(RegistrationInput(1, "b@example.jp", enabled=False))
    # A QSM row read as it is may hold anything, a formula included.
    service.register_many(
        [RegistrationInput(6, '=HYPERLINK("http://x")')], "qsm-import", as_is=True
    )
    main_window.search()
    export_action, _print = _grid_actions(main_window)
    file_menu = [a.objectName() for a in main_window.ui.menuFile.actions()]
    assert "actionExportGrid" in file_menu and "actionPrintGrid" in file_menu
    out = tmp_path / "grid.csv"
    monkeypatch.setattr(grid_export, "ask_csv_path", lambda _parent: str(out))
    export_action.trigger()
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    view = main_window.ui.registrationTable
    model = view.model()
    header = view.horizontalHeader()
    shown = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert rows[0] == [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in shown]
    assert "送信先" in rows[0]
    assert len(rows) == 1 + model.rowCount() == 4
    cells = {cell for row in rows[1:] for cell in row}
    assert "a@example.jp" in cells and '\'=HYPERLINK("http://x")' in cells
    assert not any(cell.startswith("=") for cell in cells)
    # Cancelled: nothing written.
    out.unlink()
    monkeypatch.setattr(grid_export, "ask_csv_path", lambda _parent: "")
    export_action.trigger()
    assert not out.exists()


def test_grid_prints_to_the_chosen_printer(
    qtbot: Any,
    main_window: MainWindow,
    service: RegistrationService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.register(RegistrationInput(18, "a@example.jp"))
    main_window.search()
    _export, print_action = _grid_actions(main_window)
    pdf = tmp_path / "grid.pdf"

    def pdf_printer(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    monkeypatch.setattr(grid_export, "ask_printer", pdf_printer)
    print_action.trigger()
    assert pdf.read_bytes().startswith(b"%PDF")
    headers, rows = grid_export.visible_table(main_window.ui.registrationTable)
    html = grid_export.table_html("お知らせ設定データ", headers, rows)
    assert "a@example.jp" in html and "<td>&lt;" not in html
    assert "&lt;b&gt;" in grid_export.table_html("t", ["<b>"], [])


# -- file dialogs ----------------------------------------------------------------------------------


def test_file_dialogs_start_in_documents_then_the_last_folder(
    view_settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(
        QStandardPaths,
        "writableLocation",
        staticmethod(lambda location: str(documents)),
    )
    assert file_dialogs.start_folder() == str(documents)
    chosen = tmp_path / "csv" / "GoodsList.csv"
    chosen.parent.mkdir()
    chosen.write_text("x", encoding="utf-8")
    seen: list[str] = []

    def fake_open(
        _parent: object, _caption: str, folder: str, _filters: str
    ) -> tuple[list[str], str]:
        seen.append(folder)
        return [str(chosen)], ""

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_open))
    assert file_dialogs.open_file_names(None, "t", "CSV (*.csv)") == [str(chosen)]
    assert seen == [str(documents)]
    # Remembered (through QSettings, so also in the next run) and offered next time.
    assert file_dialogs.start_folder() == str(chosen.parent)

    def fake_save(_parent: object, _caption: str, suggested: str, _filters: str) -> tuple[str, str]:
        seen.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert file_dialogs.save_file_name(None, "t", "一覧.csv", "CSV (*.csv)") == ""
    assert seen[-1] == str(chosen.parent / "一覧.csv")
    # A folder that has gone: back to Documents.
    chosen.unlink()
    chosen.parent.rmdir()
    assert file_dialogs.start_folder() == str(documents)


def test_qt_file_dialog_is_japanese(qapp: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from qsm_desktop.gui.translations import install_translations

    assert "qt_supplement" in install_translations(qapp, "ja")
    dialog = QFileDialog(None, "t", "", "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "場所(&L):"
    assert labels["fileTypeLabel"] == "ファイルの種類(&T):"
    assert labels["fileNameLabel"] == "ファイル名(&N):"
    dialog.deleteLater()


def test_compiled_translations_are_up_to_date() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, str(root / "tools" / "build_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


# -- 参照 remembers, Enter searches ---------------------------------------------------------------


def test_reference_dialog_remembers_kind_and_group_and_enter_searches(
    qtbot: Any, view_settings: Any
) -> None:
    from qsm_desktop.gui.template_dialog import TemplateDialog

    first = TemplateDialog()
    qtbot.addWidget(first)
    assert first.model.rowCount() == 0  # nothing remembered yet: nothing searched
    first.ui.kindCombo.setCurrentIndex(first.ui.kindCombo.findData("order"))
    first.ui.groupCombo.setCurrentIndex(first.ui.groupCombo.findData("CrossMall"))
    first.show()
    first.ui.groupCombo.setFocus()
    qtbot.keyClick(first.ui.groupCombo, Qt.Key.Key_Return)
    found = first.model.rowCount()
    assert found > 0 and first.isVisible()  # Enter searched; it did not confirm or close
    first.reject()
    again = TemplateDialog()  # a new registration: the last search, done already
    qtbot.addWidget(again)
    assert again.ui.kindCombo.currentData() == "order"
    assert again.ui.groupCombo.currentData() == "CrossMall"
    assert again.model.rowCount() == found
    # Opened for a registration's template: that template's kind and group win.
    third = TemplateDialog(kind="cancel_request", group="NextEngine")
    qtbot.addWidget(third)
    assert third.ui.kindCombo.currentData() == "cancel_request"


# -- history, title ------------------------------------------------------------------------------


def test_history_tooltip_is_the_whole_value_as_plain_text(
    qtbot: Any, main_window: MainWindow, service: RegistrationService
) -> None:
    from PySide6.QtGui import QTextDocument

    from qsm_desktop.core.registrations import Patch

    body = "<b>太字にならない</b>\n" + "長い本文。" * 100
    reg = service.register(RegistrationInput(18, "a@example.jp")).registration
    service.modify(reg.id, Patch(body=body))
    main_window.search()
    main_window.open_registration(reg.id)
    tree = main_window.form.ui.historyTree
    newest = tree.topLevelItem(0)
    assert newest is not None
    children = [newest.child(i) for i in range(newest.childCount())]
    change = next(c for c in children if c is not None and c.text(1) == "テンプレートの詳細")
    assert change.text(2).endswith("…")  # the cell is one short line …
    document = QTextDocument()
    document.setHtml(change.toolTip(2))
    shown = document.toPlainText()
    assert shown.endswith(body.replace("\n", "\n"))  # … the tooltip the whole value, as typed
    assert "<b>太字にならない</b>" in shown


def test_window_title_names_the_tab_and_the_database(
    qtbot: Any, main_window: MainWindow, tmp_path: Path
) -> None:
    from qsm_desktop.gui.window_title import follow_tabs, window_title

    assert window_title("商品/在庫(&P)", tmp_path / "shop.db") == "商品/在庫(P) — shop.db".replace(
        "(P)", "(P)"
    )
    follow_tabs(main_window, main_window.ui.mainTabs, tmp_path / "shop.db")
    assert main_window.windowTitle() == "お知らせ設定データ — shop.db"
    assert "QSM Desktop" not in main_window.windowTitle()  # Qt adds the app's name once


# -- the command line in Japanese --------------------------------------------------------------------


def test_cli_help_and_usage_errors_are_japanese(capsys: Any) -> None:
    from qsm_desktop.__main__ import main

    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("使い方: qsm-desktop")
    assert "オプション:" in out and "このヘルプを表示して終了します" in out
    assert "show this help" not in out and "usage:" not in out
    assert main(["modify"]) == 2
    err = capsys.readouterr().err
    assert err == "qsm-desktop modify: エラー: 次の引数が必要です: ID\n"
    assert main(["list", "--bogus"]) == 2
    assert "使えない引数があります: --bogus" in capsys.readouterr().err


def test_every_cli_option_has_japanese_help() -> None:
    import argparse

    from qsm_desktop.cli.main import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    missing = []
    for name, command in sub.choices.items():
        for action in command._actions:
            text = action.help or ""
            if action.help != argparse.SUPPRESS and not any(ord(ch) > 127 for ch in text):
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


def test_every_argparse_text_of_this_python_is_translated() -> None:
    import argparse
    import inspect
    import re

    from qsm_desktop.cli.argparse_ja import MESSAGES, PLURALS

    source = inspect.getsource(argparse)
    texts = set(re.findall(r"\b_\('((?:[^'\\]|\\.)*)'\)", source))
    texts |= set(re.findall(r'\b_\("((?:[^"\\]|\\.)*)"\)', source))
    plurals = set(re.findall(r"ngettext\('((?:[^'\\]|\\.)*)'", source))
    # Programming errors of whoever builds a parser: never shown to a seller.
    internal = {
        ".__call__() not defined",
        "conflicting subparser: %s",
        "conflicting subparser alias: %s",
        "cannot merge actions - two groups are named %r",
        "'required' is an invalid argument for positionals",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "mutually exclusive arguments must be optional",
        "%r is not callable",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    }
    unknown = {t.encode().decode("unicode_escape") for t in texts} - internal - set(MESSAGES)
    assert {t for t in unknown if not t.startswith("invalid option string")} == set()
    assert plurals <= set(PLURALS)


def test_history_shows_y_n(tmp_path: Path, capsys: Any) -> None:
    from qsm_desktop.__main__ import main

    db = str(tmp_path / "h.db")
    assert main(["--db", db, "register", "--template", "18", "--to", "a@example.jp"]) == 0
    assert main(["--db", db, "modify", "1", "--enabled", "N"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "history", "1"]) == 0
    out = capsys.readouterr().out
    assert "使用(Y/N): Y → N" in out
    assert "True" not in out and "False" not in out
