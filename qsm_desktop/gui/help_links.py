"""Where the manual explains what is in front of the seller: F1 and the findings' links.

- ヘルプ > 使い方 (F1) on the main window opens the page of the tab in front; in a findings
  table with a row selected, that finding's explanation.
- A dialog calls :func:`add_help_key` with its page: F1 there opens it (the main window's
  shortcut does not reach into a modal dialog).
- A findings model answers :data:`HELP_PAGE_ROLE` with its finding's page; the link under the
  table (:func:`finding_help_link`) opens it.

The manual's window itself is imported on first use (``gui/help_window.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.gui.main_window import MainWindow

# A findings model's role: the page explaining the row's finding (core.manual.finding_page).
HELP_PAGE_ROLE = Qt.ItemDataRole.UserRole + 40

REGISTRATIONS_PAGE = "registrations.html"
SETUP_CHECK_PAGE = "setup_check.html"
CHECKLIST_PAGE = "checklist.html"
PRODUCTS_PAGE = "products.html"


def open_help(near: QWidget, page: str) -> None:
    from qsm_desktop.gui.help_window import show_help

    show_help(near, page)


def finding_page(view: QAbstractItemView) -> str | None:
    """The explanation of the finding selected in ``view``, if there is one."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
        return None
    page = index.siblingAtColumn(0).data(HELP_PAGE_ROLE)
    return page if isinstance(page, str) else None


def _focused_finding_page(window: QWidget) -> str | None:
    widget: QWidget | None = window.focusWidget()  # the window's, active or not
    while widget is not None and widget is not window:
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            page = finding_page(widget)
            if page is not None:
                return page
        widget = widget.parentWidget()
    return None


def page_for_window(window: MainWindow) -> str:
    """The page for what is in front of the main window: a selected finding, else its tab."""
    finding = _focused_finding_page(window)
    if finding is not None:
        return finding
    index = window.ui.mainTabs.currentIndex()
    safety = window.findChild(QObject, "safetyViews")
    products = window.findChild(QObject, "productsTab")
    if safety is not None and index == getattr(safety, "check_tab", None):
        return SETUP_CHECK_PAGE
    if safety is not None and index == getattr(safety, "checklist_tab", None):
        return CHECKLIST_PAGE
    if products is not None and index == getattr(products, "tab_index", None):
        return PRODUCTS_PAGE
    return REGISTRATIONS_PAGE


def install_help_action(window: MainWindow) -> QAction:
    """ヘルプ > 使い方 (F1), above このアプリについて."""
    action = QAction(window)
    action.setText(tr("使い方(&H)"))
    action.setObjectName("actionManual")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(tr("この画面の使い方を表示します"))
    window.ui.menuHelp.insertAction(window.ui.actionAbout, action)
    window.ui.menuHelp.insertSeparator(window.ui.actionAbout)
    action.triggered.connect(lambda _checked=False: open_help(window, page_for_window(window)))
    return action


def add_help_key(dialog: QWidget, page: str) -> QShortcut:
    """F1 in ``dialog`` opens ``page`` (a finding selected in the dialog wins)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.setObjectName("helpShortcut")
    shortcut.activated.connect(lambda: open_help(dialog, _focused_finding_page(dialog) or page))
    return shortcut


def finding_help_link(parent: QWidget, view: QAbstractItemView, name: str) -> QLabel:
    """「この指摘の説明(F1)」 under a findings table: opens the selected finding's page (or
    the list of all findings' explanations when none is selected)."""
    link = QLabel(parent)
    link.setObjectName(name)
    setup_finding_help_link(link, view)
    return link


def setup_finding_help_link(link: QLabel, view: QAbstractItemView) -> None:
    """:func:`finding_help_link` for a label that already exists (one from a Designer form)."""
    link.setTextFormat(Qt.TextFormat.RichText)
    link.setText('<a href="help">' + tr("この指摘の説明(F1)") + "</a>")
    link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    link.setToolTip(tr("選んだ指摘の意味と直し方を、使い方のページで表示します"))

    def activated(_href: str) -> None:
        open_help(view, finding_page(view) or "findings.html")

    link.linkActivated.connect(activated)


def add_finding_help_link_below(label: QLabel, view: QAbstractItemView, name: str) -> QLabel:
    """:func:`finding_help_link`, put right under ``label`` (a Designer form's detail pane)."""
    parent = label.parentWidget()
    assert parent is not None
    link = finding_help_link(parent, view, name)
    layout = parent.layout()
    if layout is not None:
        index = layout.indexOf(label)
        box = layout if hasattr(layout, "insertWidget") else None
        if box is not None and index >= 0:
            box.insertWidget(index + 1, link)
        else:
            layout.addWidget(link)
    return link
