"""The seller's flow for the truth of the text: a registration read from a QSM paste is on the
sample text, 「QSMの文面を貼り付け」 brings QSM's real text in, and the form, the preview, the grid,
the CLI JSON and the setup check all say the same."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cli_runner import run_cli

from qsm_desktop.core.registrations import RegistrationService
from qsm_desktop.core.safety import apply_qsm_import, check_setup
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.registration_columns import (
    COL_DESTINATION,
    COL_TEXT_SOURCE,
)

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.qtbot import QtBot

# One row of QSM's お知らせ設定データ as a seller copies it from the browser.
QSM_GRID = (
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - Group\tEMAIL\t"
    "orders@crossmall.example.jp\tY\tN\ttvhasegawa\t2015-04-17 15:36\t2015-04-17 15:36\t"
    "tvhasegawa\n"
)
QSM_TITLE = "Qoo10の注文のお知らせです。(注文番号:{$_PACK_NO_$})"
QSM_SENDER = "Qoo10 <qoo10info@qoo10.jp>"
# Qoo10's real body as QSM's form shows it: HTML, an entity and a no-break space kept as pasted.
QSM_BODY = (
    "<p>QSMから貼り付けた本文&nbsp;です。\u00a0<br>\n"
    "[注文番号] {$_PACK_NO_$}</p>\n"
    "<p>[備考] ##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}</p>"
)
SAMPLE_BADGE = "見本の文面(Qoo10 の実際の文面ではありません)"


def _open(qtbot: QtBot, window: MainWindow, reg_id: int) -> None:
    window.search()
    row = window.proxy.proxy_row_of(reg_id)
    assert row is not None
    table = window.ui.registrationTable
    rect = table.visualRect(table.model().index(row, COL_DESTINATION))
    from PySide6.QtCore import Qt

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.form.editing_id == reg_id


def _grid_source(window: MainWindow, reg_id: int) -> str:
    row = window.proxy.proxy_row_of(reg_id)
    assert row is not None
    return str(window.proxy.index(row, COL_TEXT_SOURCE).data())


def test_qsm_paste_then_qsm_text_everywhere_agrees(
    qtbot: QtBot,
    main_window: MainWindow,
    service: RegistrationService,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    dialogs: DialogRecorder,
) -> None:
    report = apply_qsm_import(service, QSM_GRID)
    [reg_id] = [r.id for r in report.report.registrations]
    form = main_window.form
    _open(qtbot, main_window, reg_id)

    # On the sample text: the badge above the body and above the preview, the grid, the check.
    assert form.text_badge.isVisible() and form.text_badge.text().startswith(SAMPLE_BADGE)
    assert "切れている" in form.text_badge.text()  # 18 is the guide's possibly cut copy
    assert form.preview_badge.isVisible() and SAMPLE_BADGE in form.preview_badge.text()
    assert _grid_source(main_window, reg_id) == "見本"
    assert [f.registration_ids for f in check_setup().findings if f.code == "sample-text"] == [
        (reg_id,)
    ]

    # 「QSMの文面を貼り付け」: a refused paste stays open and says why under the field.
    qtbot.mouseClick(form.paste_qsm_button, _left())
    dialog = form.paste_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.sender_edit.setText(QSM_SENDER)
    dialog.body_edit.setPlainText(QSM_BODY)
    dialog.ok_button.click()
    assert dialog.isVisible() and "タイトル" in dialog.error_text("title")
    assert form.text_source == "sample"
    dialog.title_edit.setText(QSM_TITLE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: form.paste_dialog is None)

    # The form, its badges, the preview.
    saved = service.get(reg_id)
    assert (saved.title, saved.sender, saved.body) == (QSM_TITLE, QSM_SENDER, QSM_BODY)
    assert form.values().body == QSM_BODY  # the no-break space too
    badge = f"QSM の文面({saved.text_captured_at:%Y-%m-%d} 取り込み)"
    assert form.text_source == "qsm" and form.text_badge.text() == badge
    assert form.preview_badge.text().endswith(badge)
    qtbot.waitUntil(lambda: "QSMから貼り付けた本文" in form.ui.previewText.toPlainText())
    assert [e.action for e in service.history(reg_id)][-1] == "capture"

    # The grid, the CLI JSON and the setup check agree.
    qtbot.waitUntil(lambda: _grid_source(main_window, reg_id) == "QSM")
    code, out, err = run_cli(db_path, capsys, "list", "--json")
    assert code == 0, err
    [listed] = json.loads(out)
    assert (listed["text_source"], listed["text_source_label"]) == ("qsm", badge)
    assert "sample-text" not in {f.code for f in check_setup().findings}

    # Typing in the body turns the badge to 編集済み until it is saved or put back.
    form.ui.bodyEdit.setPlainText(QSM_BODY + "<p>追記</p>")
    assert form.text_badge.text() == "編集済み"
    form.ui.bodyEdit.setPlainText(saved.body)
    assert form.text_source == "qsm"


def test_a_new_registration_takes_the_captured_text(
    qtbot: QtBot, main_window: MainWindow, service: RegistrationService, dialogs: DialogRecorder
) -> None:
    from qsm_desktop.core.catalog import get_template

    service.capture_template(18, QSM_TITLE, QSM_SENDER, QSM_BODY)
    form = main_window.form
    form.reset()
    assert not form.text_badge.isVisible() and not form.paste_qsm_button.isEnabled()
    form.choose_template(get_template(18))
    assert form.values().body == QSM_BODY
    assert form.text_source == "qsm"
    form.choose_template(get_template(6))  # not captured: NextEngine's sample
    assert form.text_source == "sample"


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
