"""The live preview: the mail the integration service will receive, re-rendered while typing.

Every edit calls :meth:`PreviewController.request`, which bumps a generation counter and restarts
a single-shot timer (150 ms). When the seller pauses, the timer starts one render in a worker
thread, tagged with the generation it was started for. A result whose generation is no longer the
latest is dropped (the text moved on while it rendered), so the pane never shows an older text
than the editor, and the editor never waits for a render (git-cola's diff view does the same).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from qsm_desktop.gui.plain_text import plain_tooltip
from qsm_desktop.gui.preview_warnings import (
    LOCATION_ROLE,
    WARNING_COL_FIELD,
    WARNING_COL_POSITION,
    WarningTableModel,
    field_name,
)
from qsm_desktop.gui.safe_browser import SafeBrowser
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.worker import LatestOnly

if TYPE_CHECKING:  # the engine is imported on first use, after the window is painted
    from qsm_desktop.core.engine import (
        CharIssue,
        MailSource,
        RenderResult,
        SampleOrder,
    )

DEBOUNCE_MS = 150

LONG_LINE = 2000  # characters; see _show


def longest_line(text: str) -> int:
    return max(map(len, text.split("\n")), default=0)


RenderFunction = Callable[["MailSource", Mapping[str, Any], str | None], "RenderResult"]


def engine_render(
    source: MailSource, values: Mapping[str, Any], kind: str | None, group: str | None = None
) -> RenderResult:
    """The mail, with the findings on the rendered mail (the services' rules with these values,
    the HTML structure across the samples) added to its warnings."""
    from dataclasses import replace

    from qsm_desktop.core.engine import render_mail
    from qsm_desktop.core.mail_checks import as_engine_warning, check_mail

    result = render_mail(source, values, kind=kind)
    findings = check_mail(source, result, values, kind=kind, group=group)
    return replace(result, warnings=result.warnings + tuple(map(as_engine_warning, findings)))


# -- rendering in a worker ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RenderRequest:
    source: MailSource
    kind: str | None


@dataclass(frozen=True, slots=True)
class PreviewWidgets:
    """The preview's widgets (they live in registration_form.ui)."""

    sample_combo: QComboBox
    subject: QLineEdit
    sender: QLineEdit
    recipients: QLineEdit
    html: SafeBrowser
    text: QPlainTextEdit
    warnings: QTableView
    encoding: QListWidget


class PreviewController(QObject):
    """Debounced, stale-dropping rendering of the form's text into the preview widgets."""

    warningActivated = Signal(str, int, int)  # field, line, column (1-based, code points)
    rendered = Signal(int)  # the generation now shown
    checked = Signal(int, int)  # the warnings and encoding issues now shown (after each render)
    dropped = Signal(int)  # a generation whose result came too late

    def __init__(
        self,
        widgets: PreviewWidgets,
        parent: QObject | None = None,
        *,
        render: RenderFunction = engine_render,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.runner = LatestOnly(self)  # created first: destroyed first, waiting for the worker
        self.runner.delivered.connect(self._on_delivered)
        self.runner.dropped.connect(self.dropped)
        self.w = widgets
        self._render = render
        self.group: str | None = None  # the template's テンプレートのグループ (set by the form)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_render)
        self._request: RenderRequest | None = None
        self._samples: dict[str, SampleOrder] | None = None
        # A product/option chosen in 商品/在庫 replaces the sample order's item fields.
        self._item_values: dict[str, Any] = {}
        self.render_count = 0
        self.encoding_issues = 0  # characters the encoding report lists as not sendable
        self.warning_model = WarningTableModel(self)
        self.w.warnings.setModel(self.warning_model)
        header = self.w.warnings.horizontalHeader()
        header.setSectionResizeMode(WARNING_COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WARNING_COL_POSITION, QHeaderView.ResizeMode.ResizeToContents)
        self.w.warnings.clicked.connect(self._warning_clicked)
        self.w.warnings.activated.connect(self._warning_clicked)
        self.w.sample_combo.currentIndexChanged.connect(self._sample_changed)
        # The panes' own tooltips (from the .ui), shown again after a failure's detail.
        self._pane_tooltips = {pane: pane.toolTip() for pane in (self.w.html, self.w.text)}
        option = self.w.text.document().defaultTextOption()
        option.setFlags(option.flags() | QTextOption.Flag.ShowTabsAndSpaces)
        self.w.text.document().setDefaultTextOption(option)
        self.last_result: RenderResult | None = None  # what 「メールとして保存…」 writes
        self.save_button = QPushButton(tr("メールとして保存…"))
        self.save_button.setObjectName("saveEmlButton")
        self.save_button.setToolTip(
            tr(
                "プレビューのメールを .eml ファイルに保存します(メールソフトで開けます)。"
                "文字コードは保存の画面で ISO-2022-JP か UTF-8 を選びます。"
            )
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_eml)
        # under サンプル注文, where the preview's data is chosen
        box = self.w.sample_combo.parentWidget()
        form = None if box is None else box.findChild(QFormLayout, "previewFields")
        if form is not None:
            form.insertRow(1, "", self.save_button)

    # -- public ------------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self.runner.generation

    @property
    def shown_generation(self) -> int:
        return self.runner.shown_generation

    @property
    def dropped_generations(self) -> list[int]:
        return self.runner.dropped_generations

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self.runner.outstanding

    def request(self, source: MailSource, kind: str | None) -> int:
        """The text changed: render it after the seller pauses. Returns the new generation."""
        self._request = RenderRequest(source, kind)
        self._timer.start()
        return self.runner.bump()

    def render_now(self) -> None:
        """Skip the debounce (a template was loaded, not typed)."""
        self._timer.stop()
        self._start_render()

    def clear(self) -> None:
        self._request = None
        self.last_result = None
        self.save_button.setEnabled(False)
        self.runner.bump()
        self._timer.stop()
        for line in (self.w.subject, self.w.sender, self.w.recipients):
            line.clear()
        self.w.html.clear()
        self.w.text.clear()
        self._restore_tooltips()
        self.warning_model.set_warnings(())
        self.w.encoding.clear()
        self.encoding_issues = 0
        self.checked.emit(0, 0)
        self.runner.settle()

    def ensure_samples(self) -> None:
        """Fill the sample selector (on first use, so startup does not read the samples)."""
        if self._samples is not None:
            return
        from qsm_desktop.core.engine import load_samples

        self._samples = load_samples()
        combo = self.w.sample_combo
        combo.blockSignals(True)
        combo.clear()
        for sample in self._samples.values():
            combo.addItem(tr(sample.label), sample.name)
            combo.setItemData(combo.count() - 1, sample.note, Qt.ItemDataRole.ToolTipRole)
        combo.blockSignals(False)

    def current_values(self) -> Mapping[str, Any]:
        self.ensure_samples()
        assert self._samples is not None
        name = self.w.sample_combo.currentData()
        sample = self._samples.get(name) if name else None
        if sample is None and self._samples:
            sample = next(iter(self._samples.values()))
        base = sample.values if sample else {}
        return {**base, **self._item_values} if self._item_values else base

    def set_item_values(self, values: Mapping[str, Any] | None) -> None:
        """Use a product/option as the sample order's item (None: the sample's own item)."""
        self._item_values = dict(values or {})
        if self._request is not None:
            self.runner.bump()
            self.render_now()

    @property
    def item_values(self) -> Mapping[str, Any]:
        return self._item_values

    def wait_for_worker(self, msecs: int = 5000) -> bool:
        return self.runner.wait(msecs)

    # -- internals ------------------------------------------------------------------------------
    @Slot()
    def _start_render(self) -> None:
        if self._request is None:
            return
        values = self.current_values()
        self.render_count += 1
        request = self._request
        if self._render is engine_render:  # the template's group: NextEngine's rule
            work = partial(engine_render, request.source, values, request.kind, self.group)
        else:
            work = partial(self._render, request.source, values, request.kind)
        self.runner.start(work)

    @Slot(int, object)
    def _on_delivered(self, generation: int, result: object) -> None:
        if isinstance(result, Exception):
            self._show_failure(result)
        else:
            # what the render function returned (RenderResult is imported for typing only)
            self._show(cast("RenderResult", result))
        self.rendered.emit(generation)

    @Slot()
    def save_eml(self) -> None:
        """「メールとして保存…」: the mail shown, as an .eml (gui/eml_export.py)."""
        from qsm_desktop.gui.eml_export import save_eml

        if self.last_result is not None:
            save_eml(self.w.sample_combo.window(), self.last_result)

    def _show(self, result: RenderResult) -> None:
        self.last_result = result
        self.save_button.setEnabled(True)
        self.w.subject.setText(result.subject)
        self.w.subject.setCursorPosition(0)
        self.w.sender.setText(result.sender)
        self.w.sender.setCursorPosition(0)
        self.w.recipients.setText(", ".join(result.recipients) or tr("(送信先なし)"))
        self.w.recipients.setCursorPosition(0)
        # Qt lays out a line with no break opportunity ("<<<<…", "{$_{$_…") in time that grows
        # much faster than its length (seconds at 200 KB, the window frozen); such a line is
        # broken anywhere instead. Ordinary mail keeps word wrapping.
        wrap = (
            QTextOption.WrapMode.WrapAnywhere
            if longest_line(result.text) > LONG_LINE or longest_line(result.html) > LONG_LINE
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        self.w.html.setWordWrapMode(wrap)
        self.w.text.setWordWrapMode(wrap)
        html_scroll = self.w.html.verticalScrollBar().value()
        self.w.html.setHtml(result.html)
        self.w.html.verticalScrollBar().setValue(html_scroll)
        text_scroll = self.w.text.verticalScrollBar().value()
        self.w.text.setPlainText(result.text)
        self.w.text.verticalScrollBar().setValue(text_scroll)
        self._restore_tooltips()  # instead of an earlier failure's detail
        self.warning_model.set_warnings(result.warnings)
        self._show_encoding(result.encoding.not_iso2022jp, result.encoding.not_cp932)
        self.checked.emit(self.warning_model.rowCount(), self.encoding_issues)

    def _show_failure(self, error: Exception) -> None:
        """Nothing of an older render stays on screen: the panes say what to do instead, and the
        raw error (for whoever helps the seller) is their tooltip."""
        self.last_result = None
        self.save_button.setEnabled(False)
        from qsm_desktop.gui.messages import error_detail

        message = tr(
            "プレビューを作れませんでした。文面を編集するか、サンプル注文を選び直すと、"
            "もう一度作ります。"
        )
        detail = error_detail(error)
        for line in (self.w.subject, self.w.sender, self.w.recipients):
            line.clear()
        self.w.html.setPlainText(message)
        self.w.text.setPlainText(message)
        for pane in self._pane_tooltips:
            pane.setToolTip(plain_tooltip(detail))
        self.warning_model.set_warnings(())
        self.w.encoding.clear()
        self.encoding_issues = 0
        self.checked.emit(0, 0)

    def _restore_tooltips(self) -> None:
        for pane, tooltip in self._pane_tooltips.items():
            pane.setToolTip(tooltip)

    def _show_encoding(self, not_iso: Sequence[CharIssue], not_cp932: Sequence[CharIssue]) -> None:
        self.w.encoding.clear()
        self.encoding_issues = len(not_iso) + len(not_cp932)
        if not not_iso and not not_cp932:
            self.w.encoding.addItem(tr("ISO-2022-JP・CP932 のどちらでも送れる文字だけです。"))
            return
        for title, issues in (
            (tr("ISO-2022-JP で送れない文字"), not_iso),
            (tr("CP932 にない文字"), not_cp932),
        ):
            for issue in issues:
                text = tr("{title}: 「{char}」(U+{code:04X}) {field} {line}行 {column}列").format(
                    title=title,
                    char=issue.char,
                    code=ord(issue.char),
                    field=field_name(issue.field),
                    line=issue.line,
                    column=issue.column,
                )
                item = QListWidgetItem(text)
                item.setToolTip(
                    tr("位置はプレビュー({field})の中の行と列です。").format(
                        field=field_name(issue.field)
                    )
                )
                self.w.encoding.addItem(item)

    @Slot(QModelIndex)
    def _warning_clicked(self, index: QModelIndex) -> None:
        location = index.data(LOCATION_ROLE)
        if location:
            field, line, column = location
            self.warningActivated.emit(field, int(line), int(column))

    @Slot(int)
    def _sample_changed(self, _index: int) -> None:
        self._item_values = {}  # choosing a sample again means its own item
        if self._request is not None:
            self.runner.bump()
            self.render_now()
