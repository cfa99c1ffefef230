"""ファイル > 一覧をCSVで書き出す… / 一覧を印刷…: the registrations grid as the seller sees it
(the rows the search shows, in the grid's order, the grid's columns) to a CSV for Excel or to
paper."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QTableView, QWidget

from qsm_desktop.core.people_csv import write_people_csv
from qsm_desktop.gui.translation import tr


def visible_table(view: QTableView) -> tuple[list[str], list[list[str]]]:
    """The header titles and the cells' text of the columns shown, in the order shown."""
    model: QAbstractItemModel = view.model()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    rows = [
        [
            str(model.index(r, c, QModelIndex()).data(Qt.ItemDataRole.DisplayRole) or "")
            for c in columns
        ]
        for r in range(model.rowCount())
    ]
    return titles, rows


def table_html(title: str, headers: list[str], rows: list[list[str]]) -> str:
    """A printable page: the title, then the table (every value escaped: it is the seller's)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        f"<h3>{escape(title)}</h3>"
        '<table border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


# -- asked of the seller (module functions, so that tests can answer them) -----------------------


def ask_csv_path(parent: QWidget | None) -> str:
    from qsm_desktop.gui.file_dialogs import save_file_name

    return save_file_name(
        parent, tr("一覧をCSVで書き出す"), tr("お知らせ設定データ.csv"), tr("CSV ファイル (*.csv)")
    )


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)  # the grid is wide
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def export_csv(view: QTableView, parent: QWidget | None) -> str | None:
    """Ask where, then write; the path written, or None when the seller cancelled."""
    path = ask_csv_path(parent)
    if not path:
        return None
    headers, rows = visible_table(view)
    write_people_csv(path, headers, rows)
    return path


def print_table(view: QTableView, parent: QWidget | None, title: str) -> bool:
    printer = ask_printer(parent)
    if printer is None:
        return False
    from qsm_desktop.gui.safe_browser import InertDocument

    headers, rows = visible_table(view)
    document = InertDocument()  # loads nothing, whatever a value looks like
    document.setHtml(table_html(title, headers, rows))
    document.print_(printer)
    return True


def install_grid_export(
    window: QWidget,
    view: QTableView,
    add_actions: Callable[[list[QAction | QMenu]], None],
    status: Callable[[str], None],
) -> tuple[QAction, QAction]:
    """ファイル > 一覧をCSVで書き出す… and 一覧を印刷… for the registrations grid."""
    from qsm_desktop.gui import messages

    export_action = QAction(window)
    export_action.setText(tr("一覧をCSVで書き出す…"))
    export_action.setObjectName("actionExportGrid")
    export_action.setStatusTip(tr("表示中の一覧を Excel で開ける CSV ファイルに書き出します"))
    print_action = QAction(window)
    print_action.setText(tr("一覧を印刷…"))
    print_action.setObjectName("actionPrintGrid")
    print_action.setStatusTip(tr("表示中の一覧を印刷します"))

    def export() -> None:
        try:
            path = export_csv(view, window)
        except OSError as exc:
            from qsm_desktop.core.errors import file_problem

            messages.critical(window, tr("CSVを書き出せませんでした。") + "\n" + file_problem(exc))
            return
        if path:
            status(tr("書き出しました: {path}").format(path=path))

    def print_grid() -> None:
        if print_table(view, window, tr("お知らせ設定データ")):
            status(tr("一覧を印刷しました。"))

    export_action.triggered.connect(lambda _checked=False: export())
    print_action.triggered.connect(lambda _checked=False: print_grid())
    add_actions([export_action, print_action])
    return export_action, print_action
