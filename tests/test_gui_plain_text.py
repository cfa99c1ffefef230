"""No seller text or file content reaches a widget as rich text (issue: tooltips read files).

A body holding ``<img src="file:…">`` in a token, a title with markup and a hostile QSM paste are
typed in; then every widget's tooltip, every label shown as rich text and every view's tooltip
role is inspected: whatever Qt would render as HTML must not carry the seller's markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QMessageBox

from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.safety import SafetyViews, install_safety_views

if TYPE_CHECKING:
    from conftest import DialogRecorder
    from pytestqt.qtbot import QtBot

IMG = '<img src="file:///tmp/qsm-secret.png">'
BODY = f"<p>注文 {{$_PACK_NO_$}}</p>\n<p>{{$_{IMG}_$}} ##{IMG}</p>\n"
TITLE = f"注文 {IMG} {{$_NOPE{IMG}_$}}"
QSM_PASTE = (
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t修正者\n"
    f"18\t注文情報\t{IMG}\t{IMG}\t\t{IMG}@example.jp\tY\tN\t{IMG}\t2015-04-17 15:38\tx\n"
    f"{IMG}\t注文情報\tCrossMall Template\tx\t\ta@example.jp\tY\tN\n"
)


@pytest.fixture
def views(main_window: MainWindow) -> Iterator[SafetyViews]:
    installed = install_safety_views(main_window, main_window.context)
    yield installed
    installed.shutdown()


def _model_tooltips(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    found: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (its columnCount is not public in PySide): one column
        columns = 1
    for row in range(min(model.rowCount(parent), 300)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                found.append(tip)
            if depth < 2 and column == 0 and model.rowCount(index) > 0:
                found += _model_tooltips(model, index, depth + 1)
    return found


def _rich_texts() -> list[str]:
    """Every text on screen that Qt would render as rich text."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts.append(widget.toolTip())
        if (
            isinstance(widget, (QLabel, QMessageBox))
            and widget.textFormat() != Qt.TextFormat.PlainText
        ):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_tooltips(widget.model(), QModelIndex())
        if isinstance(widget, QComboBox):
            texts += _model_tooltips(widget.model(), QModelIndex())
    return [t for t in texts if t and GuiQt.mightBeRichText(t)]


def test_hostile_text_never_reaches_a_widget_as_rich_text(
    qtbot: QtBot, main_window: MainWindow, views: SafetyViews, service: RegistrationService
) -> None:
    service.register(RegistrationInput(6, "orders@example.jp", title=TITLE, body=BODY))
    main_window.search()
    form = main_window.form
    with qtbot.waitSignal(form.preview.rendered, timeout=10000):
        form.ui.bodyEdit.setPlainText(BODY + "\n")
        form.preview.render_now()
    assert form.preview.warning_model.rowCount() > 0  # the hostile tokens are reported
    with qtbot.waitSignal(views.check_view.checked, timeout=10000):
        views.action_check.trigger()
    views.action_qsm_import.trigger()
    dialog = views.import_dialog
    assert dialog is not None
    dialog.text_edit.setPlainText(QSM_PASTE)
    dialog.preview()
    shown = _rich_texts()
    leaking = [t for t in shown if "<img" in t]
    assert leaking == []
    # the hostile text is on screen, shown literally (escaped in the rich tooltips)
    assert any("&lt;img" in t for t in shown)
    dialog.reject()
    form.reset()


@pytest.mark.parametrize("charset", ["iso-2022-jp", "utf-8"])
def test_save_the_previewed_mail_as_eml(
    qtbot: QtBot,
    main_window: MainWindow,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: object,
    charset: str,
) -> None:
    """「メールとして保存…」: the charset chosen in the save dialog; ISO-2022-JP substitutes and
    lists what it replaced; the file reads back with the stdlib parser."""
    import email
    from email import policy
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from qsm_desktop.gui import eml_export as preview_module

    form = main_window.form
    preview = form.preview
    assert not preview.save_button.isEnabled()  # nothing rendered yet
    with qtbot.waitSignal(preview.rendered, timeout=10000):
        form.ui.titleEdit.setText("① のお知らせ")
        form.ui.senderEdit.setText("Qoo10 <qoo10info@qoo10.jp>")
        form.ui.bodyEdit.setPlainText("<p>㈱ {$_PACK_NO_$}</p>")
        preview.render_now()
    assert preview.save_button.isEnabled() and preview.save_button.isVisibleTo(main_window)
    target = Path(str(tmp_path)) / "mail.eml"
    wanted = preview_module._UTF8_FILTER if charset == "utf-8" else preview_module._ISO_FILTER
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), wanted))
    )
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    [done] = dialogs.texts("information")
    plain = message.get_body(("plain",))
    assert plain is not None and plain.get_content_charset() == charset
    if charset == "iso-2022-jp":
        assert message["Subject"] == "(1) のお知らせ"
        assert "「①」(U+2460) → 「(1)」" in done and "「㈱」(U+3231) → 「(株)」" in done
    else:
        assert message["Subject"] == "① のお知らせ" and "置き換え" not in done
    assert message["Message-ID"] and message["Date"]
    form.reset()
