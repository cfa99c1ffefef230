"""Printing the change checklist and choosing where to save it as HTML.

Module functions (not methods of the view) so that tests can answer the dialogs: the view calls
them through this module.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from qsm_desktop.gui.safe_browser import InertDocument
from qsm_desktop.gui.translation import tr


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("チェックリストの印刷"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_html(text: str, printer: QPrinter) -> None:
    document = InertDocument()  # loads nothing, whatever the HTML names
    document.setHtml(text)
    document.print_(printer)


def ask_html_path(parent: QWidget | None) -> str:
    from qsm_desktop.gui.file_dialogs import save_file_name

    return save_file_name(
        parent,
        tr("チェックリストをHTMLで保存"),
        tr("QSMに反映する変更.html"),
        tr("HTML (*.html *.htm)"),
    )
