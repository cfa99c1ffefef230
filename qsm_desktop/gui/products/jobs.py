"""The 商品/在庫 tab's file jobs: importing the product CSVs and exporting them as Shift_JIS.

- 取り込み (menu, button or dropping files on the window) runs ``import_files`` in a worker with
  a progress dialog whose キャンセル rolls the import back (nothing is kept); the line under the
  tab shows the current file of each kind, with the import history as its tooltip.
- 「… を Shift_JIS で書き出す…」 runs ``export_sjis`` in a worker; a refusal lists the characters
  at fault and offers a replacement character.

One job at a time: while one runs, the import and export actions are disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QProgressDialog, QWidget

from qsm_desktop.core.errors import QsmError, ValidationError
from qsm_desktop.core.products.columns import (
    KINDS,
    FileKind,
)
from qsm_desktop.core.products.encoding import ENCODING_LABELS
from qsm_desktop.core.products.errors import (
    Cp932ExportError,
    ImportCancelled,
)
from qsm_desktop.core.products.export import (
    ExportReport,
    check_replacement,
    export_sjis,
)
from qsm_desktop.core.products.importer import (
    import_files,
)
from qsm_desktop.core.products.records import (
    current_import,
    import_log,
)
from qsm_desktop.gui import messages
from qsm_desktop.gui.file_dialogs import open_file_names, save_file_name, start_folder
from qsm_desktop.gui.generated.ui_products_view import Ui_ProductsView
from qsm_desktop.gui.messages import error_detail
from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.products.common import (
    EXPORT,
    EXPORT_MENU_TEXT,
    IMPORT,
    IMPORT_ACTION_TEXT,
    IMPORT_ACTION_TIP,
    date_time,
    number,
    size_text,
)
from qsm_desktop.gui.products.job_texts import import_line, import_summary, offenders_text
from qsm_desktop.gui.products.workers import ImportJob, TaskRunner
from qsm_desktop.gui.translation import tr

PROGRESS_STEPS = 1000
PROGRESS_DELAY_MS = 400  # the progress dialog appears only for jobs that take longer
REPLACEMENT_CHOICES = ("〓", "？", "?", "_")
HISTORY_SHOWN = 10


def _close(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()


class ProductJobs(QObject):
    """Import and export over the form's widgets (``ui``), in workers of ``runner``."""

    import_started = Signal(object)  # the ImportJob (before its worker starts)
    imported = Signal(object)  # list[ImportReport] | ImportCancelled, before the dialogs
    import_finished = Signal(object)  # list[ImportReport] | Exception (ImportCancelled …)
    exported = Signal(object)  # ExportReport
    message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self,
        ui: Ui_ProductsView,
        runner: TaskRunner,
        operator: Callable[[], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.runner = runner
        self._operator = operator
        self._widget = parent
        self.import_job: ImportJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._export_request: tuple[FileKind, str, str | None] | None = None

        action = ui.actionImportProducts
        action.setText(tr(IMPORT_ACTION_TEXT))
        action.setStatusTip(tr(IMPORT_ACTION_TIP))
        action.setIconText(tr("商品CSVを取り込む…"))
        action.triggered.connect(self.choose_and_import)
        ui.productImportButton.setDefaultAction(action)

        self.export_menu = QMenu(tr(EXPORT_MENU_TEXT), parent)
        self.export_menu.setObjectName("menuExportSjis")
        self.export_actions: dict[str, QAction] = {}
        for kind in KINDS:
            export = QAction(
                tr("{file} を Shift_JIS で書き出す…").format(file=kind.file_name), self
            )
            export.setObjectName(f"actionExportSjis_{kind.slug}")
            export.setStatusTip(
                tr("取り込んだ {file} を Shift_JIS (CP932) で書き出します").format(
                    file=kind.file_name
                )
            )
            export.triggered.connect(lambda _checked=False, k=kind: self.export_kind(k))
            self.export_menu.addAction(export)
            self.export_actions[kind.slug] = export
        ui.productExportButton.setMenu(self.export_menu)
        self.refresh_imports()

    def _window(self) -> QWidget:
        return self._widget.window()

    @property
    def busy(self) -> bool:
        """An import or export is running (only one at a time)."""
        return self.runner.is_busy(IMPORT) or self.runner.is_busy(EXPORT)

    def kind_actions(self) -> list[QAction]:
        return [self.export_actions[kind.slug] for kind in KINDS]

    def _set_busy(self, busy: bool) -> None:
        self.ui.actionImportProducts.setEnabled(not busy)
        self.ui.productExportButton.setEnabled(not busy)
        for kind in KINDS:
            self.export_actions[kind.slug].setEnabled(not busy)
        if not busy:
            self.refresh_imports()

    def _refuse_when_busy(self) -> bool:
        if self.busy:
            messages.information(
                self._window(), tr("取り込みまたは書き出しの途中です。終わってからもう一度どうぞ。")
            )
        return self.busy

    def _progress(
        self, name: str, label: str, title: str, cancel: str, steps: int
    ) -> QProgressDialog:
        dialog = QProgressDialog(label, cancel, 0, steps, self._window())
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    # -- import -------------------------------------------------------------------------------
    def _start_dir(self) -> str:
        """The folder of the last imported file, else the file dialogs' remembered folder."""
        for entry in import_log(limit=1):
            folder = Path(entry.source_path).parent
            if folder.is_dir():
                return str(folder)
        return start_folder()

    @Slot()
    def choose_and_import(self) -> ImportJob | None:
        """ファイル > 商品CSVを取り込む…: choose one or more files, then import them."""
        paths = open_file_names(
            self._window(),
            tr("商品CSVを取り込む"),
            tr("CSV ファイル (*.csv *.CSV);;すべてのファイル (*)"),
            self._start_dir(),
        )
        if not paths:
            return None
        return self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | Path]) -> ImportJob | None:
        """Import the files (all or nothing) in a worker, with a cancellable progress dialog."""
        files = [str(p) for p in paths]
        if not files or self._refuse_when_busy():
            return None
        job = ImportJob(files, self)
        self.import_job = job
        names = "、".join(Path(f).name for f in files)
        dialog = self._progress(
            "productImportProgress",
            tr("{names} を取り込んでいます…").format(names=names),
            tr("商品CSVの取り込み"),
            tr("キャンセル"),
            PROGRESS_STEPS,
        )
        dialog.canceled.connect(self.cancel_import)
        job.progressed.connect(self._import_progressed)
        self.progress_dialog = dialog
        self._set_busy(True)
        self.import_started.emit(job)
        operator = self._operator()
        self.runner.start(
            IMPORT, lambda: import_files(files, operator=operator, progress=job.progress)
        )
        return job

    @Slot()
    def cancel_import(self) -> None:
        """キャンセル: the import stops at its next progress report and rolls back."""
        job = self.import_job
        if job is None:
            return
        job.cancel()
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setLabelText(tr("取り込みを中止しています…"))

    @Slot(object, object)
    def _import_progressed(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or self.import_job is None or self.import_job.cancelled:
            return
        dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total) if total else 0)
        names = "、".join(Path(f).name for f in self.import_job.paths)
        dialog.setLabelText(
            tr("{names} を取り込んでいます… {done} / {total}").format(
                names=names, done=size_text(done), total=size_text(total)
            )
        )

    def import_finished_in_worker(self, result: object) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel_import)
        _close(dialog)
        job, self.import_job = self.import_job, None
        if job is not None:
            job.deleteLater()
        self._set_busy(False)
        if isinstance(result, ImportCancelled):
            self.imported.emit(result)
            self.message.emit(str(result))
        elif isinstance(result, QsmError):  # ProductImportError: file, line, column, value
            messages.critical(self._window(), str(result))
        elif isinstance(result, Exception):
            messages.critical(
                self._window(),
                tr(
                    "取り込みできませんでした(何も取り込んでいません)。"
                    "ファイルをほかのアプリ(Excel など)で開いていれば閉じて、もう一度取り込んでください。"
                ),
                error_detail(result),
            )
        else:
            assert isinstance(result, list)
            self.imported.emit(result)
            messages.information(self._window(), import_summary(result))
        self.import_finished.emit(result)

    def refresh_imports(self) -> None:
        """The status line: the current file of each kind, and the import history as tooltip."""
        label = self.ui.productImportsLabel
        currents = {kind.slug: current_import(kind) for kind in KINDS}
        label.setText("   |   ".join(import_line(kind, currents[kind.slug]) for kind in KINDS))
        history = import_log(limit=HISTORY_SHOWN)
        if history:
            lines = [tr("取り込みの履歴 (新しい順):")]
            lines += [
                tr("{at} {file} {rows} 行 [{encoding}] {by}{replaced}").format(
                    at=date_time(e.imported_at),
                    file=e.file_name,
                    rows=number(e.row_count),
                    encoding=ENCODING_LABELS.get(e.encoding, e.encoding),
                    by=e.imported_by,
                    replaced="" if e.is_current else tr(" (置き換え済み)"),
                )
                for e in history
            ]
            label.setToolTip(plain_tooltip("\n".join(lines)))
        else:
            label.setToolTip("")
        for kind in KINDS:
            action = self.export_actions[kind.slug]
            action.setEnabled(currents[kind.slug] is not None and not self.busy)

    # -- Shift_JIS export ---------------------------------------------------------------------
    def export_kind(self, kind: FileKind) -> bool:
        """「… を Shift_JIS で書き出す…」: choose where, then export (in a worker)."""
        entry = current_import(kind)
        if entry is None:
            messages.critical(
                self._window(),
                tr(
                    "{file} はまだ取り込まれていません。先に取り込んでから書き出してください。"
                ).format(file=kind.file_name),
            )
            return False
        source = Path(entry.source_path)
        suggested = source.with_name(f"{source.stem}_sjis.csv")
        path = save_file_name(
            self._window(),
            tr("{file} を Shift_JIS で書き出す").format(file=kind.file_name),
            str(suggested),
            tr("CSV ファイル (*.csv)"),
        )
        if not path:
            return False
        return self.start_export(kind, path)

    def start_export(self, kind: FileKind, path: str, replace: str | None = None) -> bool:
        if self._refuse_when_busy():
            return False
        self._export_request = (kind, path, replace)
        dialog = self._progress(
            "productExportProgress",
            tr("{file} を Shift_JIS で書き出しています…").format(file=kind.file_name),
            tr("Shift_JIS で書き出す"),
            "",
            0,
        )
        dialog.setCancelButton(None)
        self.progress_dialog = dialog
        self._set_busy(True)
        self.runner.start(EXPORT, lambda: export_sjis(kind, path, replace))
        return True

    def export_finished_in_worker(self, result: object) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        _close(dialog)
        request, self._export_request = self._export_request, None
        self._set_busy(False)
        if isinstance(result, ExportReport):
            replaced = (
                tr("、{count} 文字を「{char}」に置き換え").format(
                    count=number(result.replaced), char=request[2] if request else ""
                )
                if result.replaced
                else ""
            )
            messages.information(
                self._window(),
                tr("Shift_JIS (CP932) で書き出しました:\n{path}\n({rows} 行{replaced})").format(
                    path=result.path, rows=number(result.rows), replaced=replaced
                ),
            )
            self.exported.emit(result)
        elif isinstance(result, Cp932ExportError) and request is not None:
            self._offer_replacement(result, request[0], request[1])
        elif isinstance(result, QsmError):
            messages.critical(self._window(), str(result))
        elif isinstance(result, Exception):
            messages.critical(
                self._window(),
                tr(
                    "書き出せませんでした。保存先のフォルダーに書き込めるか、同じ名前のファイルを"
                    "ほかのアプリ(Excel など)で開いていないか確かめて、もう一度書き出してください。"
                ),
                error_detail(result),
            )

    def _offer_replacement(self, error: Cp932ExportError, kind: FileKind, path: str) -> bool:
        """Show the characters at fault and ask for a replacement character; retry with it."""
        text = offenders_text(error)
        while True:
            char, ok = QInputDialog.getItem(
                self._window(),
                tr("Shift_JIS で書けない文字"),
                text,
                list(REPLACEMENT_CHOICES),
                0,
                True,
            )
            if not ok:
                self.message.emit(tr("書き出しを中止しました(ファイルは作成していません)。"))
                return False
            try:
                check_replacement(char)
            except ValidationError as exc:
                messages.critical(self._window(), str(exc))
                continue
            return self.start_export(kind, path, char)
