"""The app in English: the language follows the system or the choice in 表示 > 言語, and no
Japanese is left on the main screens' labels, buttons, menus, tabs and column headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from qsm_desktop.core.registrations import RegistrationInput
from qsm_desktop.gui.translation import tr, tr_filled
from qsm_desktop.gui.translations import (
    LANGUAGE_ENV,
    chosen_language,
    install_translations,
    system_language,
)

if TYPE_CHECKING:
    from conftest import DialogRecorder

    from qsm_desktop.gui.main_window import MainWindow
    from qsm_desktop.gui.view_settings import ViewSettings

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    loaded = install_translations(qapp, "en")
    assert "qsm_desktop" in loaded and "qtbase" in loaded
    yield
    install_translations(qapp, "ja")


def test_japanese_for_a_japanese_system_english_for_any_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV)
    assert system_language(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "ja"
    assert system_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    japanese = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    assert chosen_language("system", japanese) == "ja"
    assert chosen_language("en", japanese) == "en"  # the seller's choice wins
    assert chosen_language("ja", QLocale(QLocale.Language.French)) == "ja"
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert chosen_language("ja", japanese) == "en"  # the override (tests, screenshots)


def test_a_rules_text_is_translated_then_filled_in(english: None) -> None:
    template = "{registration}: 送信先が空です。使用(Y/N) が Y なので、この{kind}のお知らせはどこにも転送されません。連動サービスの受信アドレスを送信先に入力して【修正】してください。転送しない場合は 使用(Y/N) を N にしてください。"
    text = tr_filled(template, (("registration", "#3"), ("kind", "注文情報")), "fallback")
    assert text.startswith("#3: the destination is empty.")
    assert "Order information" in text and not _JAPANESE.search(text)
    # A template the catalog does not know keeps the core's Japanese message.
    assert tr_filled("未知の{x}", (("x", 1),), "未知の1") == "未知の1"


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """The texts of labels, buttons, group boxes, placeholders, tabs, menus and headers."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
        elif isinstance(widget, QMenu):
            yield name, widget.title()
            for action in widget.actions():
                yield f"{name} > {action.objectName()}", action.text()
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield (
                    f"{name} header {column}",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
        elif isinstance(widget, QComboBox) and name in ("kindCombo", "groupCombo", "enabledCombo"):
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.itemText(i)
        yield f"{name} tooltip", widget.toolTip()
    yield "window title", root.windowTitle()


def test_no_japanese_on_the_main_screens_in_english(
    english: None, main_window: MainWindow, qtbot: Any
) -> None:
    from qsm_desktop.gui.app import install_after_first_paint

    main_window.service.register(RegistrationInput(1, "orders@example.jp"))
    install_after_first_paint(main_window, main_window.context)
    tabs = main_window.ui.mainTabs
    seen: list[tuple[str, str]] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        seen += _visible_texts(main_window)
    assert len(seen) > 200
    # Left in Japanese on purpose: the language's own name in 表示 > 言語, a placeholder's
    # written form ({$_項目名_$}) and the subject words QSM's mails really carry.
    kept = re.compile(r"日本語|\{\$_[^$]*_\$\}|Qoo10の注文のお知らせです。")
    japanese = [(where, text) for where, text in seen if _JAPANESE.search(kept.sub("", text))]
    assert japanese == []
    assert tr("設定チェック") == "Setup check"


def test_the_language_menu_remembers_the_choice_for_the_next_start(
    qapp: QApplication,
    main_window: MainWindow,
    view_settings: ViewSettings,
    dialogs: DialogRecorder,
) -> None:
    from qsm_desktop.gui.language_menu import install_language_menu

    install_translations(qapp, "ja")  # as application() does at the start

    menu = install_language_menu(main_window, view_settings)
    labels = [a.text() for a in menu.actions()]
    assert labels == ["日本語", "English", "システムに合わせる"]
    assert menu.menuAction() in main_window.ui.menuView.actions()
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == ["system"]
    english = next(a for a in menu.actions() if a.data() == "en")
    english.trigger()
    assert view_settings.language == "en"
    assert dialogs.texts("information") == [
        "言語の変更は、次にアプリを起動したときに反映されます。"
    ]
    japanese = next(a for a in menu.actions() if a.data() == "ja")
    japanese.trigger()  # the app runs in Japanese already: nothing to restart for
    assert view_settings.language == "ja"
    assert len(dialogs.texts("information")) == 1
