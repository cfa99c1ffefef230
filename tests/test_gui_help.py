"""ヘルプ > 使い方: the manual offline in the app, F1 for the screen in front, every finding
explained and linked from 設定チェック and 商品/在庫."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QShortcut, QTextDocument
from PySide6.QtWidgets import QApplication, QTableView

from qsm_desktop.core import manual
from qsm_desktop.core.products.rules import load_rules as product_rules
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.core.safety.rules import CODES
from qsm_desktop.gui.help_links import (
    HELP_PAGE_ROLE,
    finding_help_link,
    install_help_action,
    page_for_window,
)
from qsm_desktop.gui.help_window import HelpWindow, page_url
from qsm_desktop.gui.main_window import MainWindow

NE = "qoo10@ne-mail.example.jp"


def _help_windows(near: Any) -> list[HelpWindow]:
    return [w for w in near.window().findChildren(HelpWindow) if w.isVisible()]


@pytest.fixture
def helped(main_window: MainWindow) -> Iterator[MainWindow]:
    install_help_action(main_window)
    yield main_window
    for window in main_window.findChildren(HelpWindow):
        window.close()


def _action(window: MainWindow) -> Any:
    from PySide6.QtGui import QAction

    return window.findChild(QAction, "actionManual")


def test_help_menu_opens_the_manual_offscreen(qtbot: Any, helped: MainWindow) -> None:
    action = _action(helped)
    assert action.text() == "使い方(&H)" and action.shortcut().toString() == "F1"
    menu_actions = helped.ui.menuHelp.actions()
    assert menu_actions.index(action) < menu_actions.index(helped.ui.actionAbout)
    action.trigger()
    (window,) = _help_windows(helped)
    qtbot.waitExposed(window)
    browser = window.browser
    assert window.windowTitle() == "QSM Desktop の使い方"
    assert browser.page == "registrations.html"  # the registrations tab is in front
    text = browser.toPlainText()
    for flow in ("登録", "送信先の変更", "連動会社の変更", "転送を止める"):
        assert flow in text
    # The screenshots are the manual's own files, all found; nothing else was asked for.
    images = re.findall(
        r'src="images/([a-z_]+\.png)"', manual.page_html("registrations.html") or ""
    )
    assert images and all(manual.image_path(name) for name in images)
    assert browser.refused == []
    # The table of contents, then a link to another page of the manual, then back.
    window.contents_button.click()
    assert browser.page == "index.html"
    browser.setSource(browser.source().resolved(QUrl("setup_check.html")))
    assert browser.page == "setup_check.html" and "設定チェック" in browser.toPlainText()
    window.back_button.click()
    assert browser.page == "index.html"


def test_every_page_loads_with_its_screenshots(qtbot: Any, helped: MainWindow) -> None:
    _action(helped).trigger()
    (window,) = _help_windows(helped)
    index = manual.page_html("index.html") or ""
    linked = set(re.findall(r'href="([a-z_]+\.html)', index))
    assert linked == {f"{page}.html" for page in manual.PAGES} - {"index.html"}
    for page in sorted(linked):
        window.show_page(page)
        assert window.browser.page == page
        assert window.browser.toPlainText().strip()
    # Every image the pages name is one of the screenshots tools/screenshots.py makes.
    shots = {p.name for p in (manual.help_root() / "images" / "ja").glob("*.png")}
    for page in linked | {"index.html"}:
        for name in re.findall(r'src="images/([^"]+)"', manual.page_html(page) or ""):
            assert name in shots, (page, name)
    assert window.browser.refused == []


def test_nothing_is_loaded_from_outside_the_apps_files(
    qtbot: Any, helped: MainWindow, tmp_path: Any
) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not really")
    _action(helped).trigger()
    (window,) = _help_windows(helped)
    browser = window.browser
    html_type = int(QTextDocument.ResourceType.HtmlResource)
    image_type = int(QTextDocument.ResourceType.ImageResource)
    for url in (
        QUrl("http://127.0.0.1:9/x.html"),
        QUrl.fromLocalFile(str(secret)),
        QUrl("qsm-help:/../../pyproject.toml"),
        QUrl("qsm-help:/images/../../catalog.json"),
    ):
        assert not browser.resource(html_type, url)
        image = browser.resource(image_type, url)
        assert image.width() <= 1  # the one blank pixel, never the file
    # A link out of the manual is inert: the page stays.
    browser.setSource(page_url("index.html"))
    browser.setSource(QUrl("https://example.com/"))
    browser.setSource(QUrl.fromLocalFile(str(secret)))
    assert browser.page == "index.html"
    assert QUrl("https://example.com/") in browser.refused


def test_f1_opens_the_page_of_the_tab_in_front(qtbot: Any, helped: MainWindow) -> None:
    from qsm_desktop.gui.products import install_products_tab
    from qsm_desktop.gui.safety import install_safety_views

    views = install_safety_views(helped, helped.context)
    products = install_products_tab(helped, helped.context)
    try:
        tabs = helped.ui.mainTabs
        for index, page in (
            (0, "registrations.html"),
            (views.check_tab, "setup_check.html"),
            (views.checklist_tab, "checklist.html"),
            (products.tab_index, "products.html"),
        ):
            tabs.setCurrentIndex(index)
            assert page_for_window(helped) == page
            helped.activateWindow()
            qtbot.keyClick(helped, Qt.Key.Key_F1)
            (window,) = _help_windows(helped)
            assert window.browser.page == page
            window.close()
    finally:
        views.shutdown()


def test_f1_in_the_reference_dialog_opens_its_page(qtbot: Any, helped: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from qsm_desktop.gui.template_dialog import TemplateDialog

    dialog = TemplateDialog(helped)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The offscreen platform does not move activation to the dialog reliably, so the dialog's
    # own F1 is checked, then activated as the key would.
    shortcut = dialog.findChild(QShortcut, "helpShortcut")
    assert shortcut is not None
    assert shortcut.key().toString() == "F1"
    assert shortcut.context() == Qt.ShortcutContext.WindowShortcut
    shortcut.activated.emit()
    (window,) = _help_windows(dialog)
    assert window.parentWidget() is dialog  # a modal dialog does not block its own help
    assert window.browser.page == "registrations.html#register"
    window.close()


def test_every_finding_code_has_its_explanation() -> None:
    codes = {
        manual.SETUP: set(CODES),
        manual.PRODUCTS: set(product_rules().rules),
    }
    rules = manual.finding_rules()
    notes = manual.explanations()
    html = manual.findings_html()
    for area, area_codes in codes.items():
        assert set(rules[area]) == area_codes
        assert set(notes[area]) == area_codes, f"{area}: explanations must match the rules"
        for code in area_codes:
            assert f'<a name="{manual.finding_anchor(area, code)}">' in html, code
            assert len(notes[area][code]["meaning"]) > 20 and len(notes[area][code]["fix"]) > 10
            page, _, anchor = manual.finding_page(area, code).partition("#")
            assert page == manual.FINDINGS_PAGE and anchor == manual.finding_anchor(area, code)


def test_a_setup_finding_links_to_its_explanation(
    qtbot: Any, helped: MainWindow, service: RegistrationService
) -> None:
    from qsm_desktop.gui.safety import install_safety_views

    service.register(RegistrationInput(6, NE, enabled=False))
    views = install_safety_views(helped, helped.context)
    try:
        with qtbot.waitSignal(views.check_view.checked, timeout=10000):
            views.action_check.trigger()
        view = views.check_view
        proxy = view.finding_proxy
        row = next(
            r for r in range(proxy.rowCount()) if proxy.item_at(r).finding.code == "disabled"
        )
        view.findings_view.selectRow(row)
        assert view.help_link.isVisible() and "この指摘の説明" in view.help_link.text()
        view.help_link.linkActivated.emit("help")
        (window,) = _help_windows(helped)
        assert window.browser.page == "findings.html#setup-disabled"
        assert "使用(Y/N) が N" in window.browser.toPlainText()
        window.close()
        # F1 with the finding selected opens the same explanation.
        view.findings_view.setFocus()
        QApplication.processEvents()
        assert page_for_window(helped) == "findings.html#setup-disabled"
    finally:
        views.shutdown()


def test_a_product_finding_links_to_its_explanation(qtbot: Any, helped: MainWindow) -> None:
    from qsm_desktop.core.products.checks import (
        Finding,
    )
    from qsm_desktop.gui.products.findings_model import FindingTableModel

    model = FindingTableModel()
    model.set_findings(
        [
            Finding(
                code="paren-in-name",
                severity="error",
                kind="goods",
                file="GoodsList.csv",
                line=2,
                column="商品名",
                value="Tシャツ(白)",
                item_no="100",
                message="…",
                source="…",
            )
        ]
    )
    assert model.index(0, 0).data(HELP_PAGE_ROLE) == "findings.html#products-paren-in-name"
    table = QTableView(helped)
    table.setModel(model)
    link = finding_help_link(helped, table, "findingHelpLink")
    table.selectRow(0)
    link.linkActivated.emit("help")
    (window,) = _help_windows(helped)
    assert window.browser.page == "findings.html#products-paren-in-name"
    window.close()
    # Nothing selected: the list of every finding's explanation.
    table.clearSelection()
    link.linkActivated.emit("help")
    (window,) = _help_windows(helped)
    assert window.browser.page == "findings.html"


def test_products_view_has_the_findings_link(qtbot: Any, main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from qsm_desktop.gui.products import install_products_view

    view = install_products_view(main_window, main_window.context)
    link = view.findChild(QLabel, "findingHelpLink")
    assert link is not None and "この指摘の説明" in link.text()
    assert view.wait_for_workers(15000)
