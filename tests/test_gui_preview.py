"""The live preview: follows typing (debounced), drops stale renders, loads nothing; editor help."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.engine import MailSource, RenderResult, render_mail
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.gui.main_window import MainWindow
from qsm_desktop.gui.preview import DEBOUNCE_MS
from qsm_desktop.gui.registration_form import FormValues, RegistrationForm
from qsm_desktop.gui.safe_browser import SafeBrowser, blank_image


@pytest.fixture
def form(qtbot: Any, service: RegistrationService, dialogs: Any) -> Iterator[RegistrationForm]:
    widget = RegistrationForm(service)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    widget.preview.wait_for_worker()


def test_preview_follows_typing(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    qtbot.waitUntil(lambda: "Qoo10の注文のお知らせです。" in form.ui.previewSubject.text())
    assert "312345678" in form.ui.previewSubject.text()  # the sample order's カート番号
    renders_before = form.preview.render_count
    form.ui.titleEdit.setFocus()
    form.ui.titleEdit.end(False)
    qtbot.keyClicks(form.ui.titleEdit, " ASAP")
    qtbot.waitUntil(lambda: form.ui.previewSubject.text().endswith(" ASAP"))
    # Typed faster than the debounce: one render for the five keystrokes, not five.
    assert form.preview.render_count - renders_before == 1
    qtbot.keyClicks(form.ui.destinationEdit, "orders@example.jp")
    qtbot.waitUntil(lambda: form.ui.previewRecipients.text() == "orders@example.jp")
    form.ui.bodyEdit.setPlainText("氏名:{$_BUYER_NM_$}\t様")
    qtbot.waitUntil(lambda: form.ui.previewText.toPlainText() == "氏名:山田 花子\t様")
    assert "山田 花子" in form.ui.previewHtml.toPlainText()


def test_sample_selector_changes_the_values(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    form.ui.bodyEdit.setPlainText("備考:##ISLOOP_{$_DEL_MEMO_$}")
    combo = form.ui.sampleCombo
    assert combo.count() >= 3
    texts = set()
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not form.preview.pending)
        texts.add(form.ui.previewText.toPlainText())
    assert len(texts) > 1


def test_debounce_waits_for_a_pause(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    qtbot.waitUntil(lambda: not form.preview.pending)
    # A longer pause than the app's for this test only: a machine that stalls for longer than
    # the gap between keystrokes below would otherwise render "AB" on its own.
    pause = 1000
    assert form.preview._timer.interval() == DEBOUNCE_MS
    form.preview._timer.setInterval(pause)
    before = form.preview.render_count
    form.ui.titleEdit.setText("A")
    form.ui.titleEdit.setText("AB")
    assert form.preview.render_count == before  # nothing yet: the timer is waiting
    qtbot.wait(pause // 5)
    form.ui.titleEdit.setText("ABC")
    assert form.preview._timer.remainingTime() > pause * 3 // 4  # the keystroke restarted it
    qtbot.waitUntil(lambda: form.ui.previewSubject.text() == "ABC", timeout=5000)
    assert form.preview.render_count == before + 1


def test_stale_render_is_dropped(qtbot: Any, service: RegistrationService, dialogs: Any) -> None:
    """A render that finishes after the text changed again never reaches the pane."""
    gate = threading.Event()
    started = threading.Event()
    seen: list[str] = []

    def slow_render(
        source: MailSource, values: Mapping[str, Any], kind: str | None
    ) -> RenderResult:
        seen.append(source.title)
        if source.title == "first":
            started.set()
            gate.wait(5)
        return render_mail(source, values, kind=kind)

    form = RegistrationForm(service, render=slow_render)
    qtbot.addWidget(form)
    try:
        form.choose_template(get_template(1))
        qtbot.waitUntil(lambda: not form.preview.pending)
        form.ui.titleEdit.setText("first")
        form.preview.render_now()
        assert started.wait(5)  # the worker is busy with "first"
        first_generation = form.preview.generation
        form.ui.titleEdit.setText("second")  # typing goes on while it renders
        assert form.ui.titleEdit.text() == "second"  # the editor did not wait
        with qtbot.waitSignal(form.preview.dropped, timeout=5000) as dropped:
            gate.set()
        assert dropped.args == [first_generation]
        qtbot.waitUntil(lambda: form.ui.previewSubject.text() == "second")
        assert form.preview.shown_generation == form.preview.generation
        assert first_generation in form.preview.dropped_generations
        assert seen[-1] == "second"
    finally:
        gate.set()
        form.preview.wait_for_worker()


def test_a_failed_render_says_what_to_do_and_clears_the_panes(
    qtbot: Any, service: RegistrationService, dialogs: Any
) -> None:
    """No pane keeps an older render's warnings, encoding notes or recipients; the raw error is
    only in the tooltip."""
    failing = threading.Event()

    def render(source: MailSource, values: Mapping[str, Any], kind: str | None) -> RenderResult:
        if failing.is_set():
            raise RuntimeError("no such column: boom")
        return render_mail(source, values, kind=kind)

    form = RegistrationForm(service, render=render)
    qtbot.addWidget(form)
    try:
        form.choose_template(get_template(1))
        form.ui.destinationEdit.setText("orders@example.jp")
        form.ui.bodyEdit.setPlainText("①{$_NO_SUCH_NAME_$}")  # a warning and an encoding note
        qtbot.waitUntil(lambda: form.preview.warning_model.rowCount() > 0)
        qtbot.waitUntil(lambda: form.ui.previewRecipients.text() == "orders@example.jp")
        assert form.preview.encoding_issues > 0
        text_tip = form.ui.previewText.toolTip()
        failing.set()
        with qtbot.waitSignal(form.preview.checked, timeout=5000) as checked:
            form.ui.titleEdit.setText("失敗する件名")
        assert checked.args == [0, 0]
        shown = form.ui.previewText.toPlainText()
        assert "プレビューを作れませんでした" in shown and "もう一度作ります" in shown
        assert "boom" not in shown and "boom" not in form.ui.previewHtml.toPlainText()
        assert "no such column: boom" in form.ui.previewText.toolTip()
        assert "no such column: boom" in form.ui.previewHtml.toolTip()
        for line in (form.ui.previewSubject, form.ui.previewSender, form.ui.previewRecipients):
            assert line.text() == ""
        assert form.preview.warning_model.rowCount() == 0
        assert form.ui.previewEncoding.count() == 0 and form.preview.encoding_issues == 0
        failing.clear()
        form.ui.titleEdit.setText("直った件名")
        qtbot.waitUntil(lambda: form.ui.previewSubject.text() == "直った件名")
        assert form.ui.previewText.toolTip() == text_tip  # the pane's own tooltip again
    finally:
        form.preview.wait_for_worker()


def test_one_keystroke_reads_the_form_once(
    qtbot: Any, form: RegistrationForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    """values() copies the whole body (up to 200,000 characters): once a keystroke."""
    form.choose_template(get_template(1))
    qtbot.waitUntil(lambda: not form.preview.pending)
    reads: list[int] = []
    values = form.values

    def counted_values() -> FormValues:
        reads.append(1)
        return values()

    monkeypatch.setattr(form, "values", counted_values)
    form.ui.bodyEdit.setFocus()
    form.ui.bodyEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.ui.bodyEdit, "x")
    assert len(reads) == 1
    # ... and both of its uses saw it: the mode line and the preview's next render
    assert "(未保存の変更あり)" in form.ui.formModeLabel.text()
    assert form.preview.pending
    qtbot.waitUntil(lambda: form.ui.previewText.toPlainText().rstrip().endswith("x"))


def test_result_of_an_older_generation_is_ignored(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    qtbot.waitUntil(lambda: not form.preview.pending)
    shown = form.ui.previewSubject.text()
    old = form.preview.generation
    form.ui.titleEdit.setText("newer")  # generation moves on
    stale = render_mail(MailSource("stale", "a <a@example.jp>", "x"), {})
    form.preview.runner._on_finished(old, stale)
    assert form.ui.previewSubject.text() == shown
    assert old in form.preview.dropped_generations
    qtbot.waitUntil(lambda: form.ui.previewSubject.text() == "newer")


def test_warning_click_moves_the_cursor(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    form.ui.bodyEdit.setPlainText("1行目\n2行目\n𠮷野 {$_NO_SUCH_NAME_$}\n")
    form.ui.titleEdit.setText("件名 {$_ALSO_UNKNOWN_$}")
    qtbot.waitUntil(lambda: form.preview.warning_model.rowCount() >= 2)
    model = form.preview.warning_model
    tabs = form.ui.helperTabs  # beside 差し込み項目: the warning sign, the count in the tooltip
    index = tabs.indexOf(form.ui.warningsPanel)
    assert not tabs.tabIcon(index).isNull()
    assert tabs.tabToolTip(index) == f"警告: {model.rowCount()}件"
    rows = {model.warning_at(r).field: r for r in range(model.rowCount())}
    table = form.ui.previewWarnings
    rect = table.visualRect(model.index(rows["body"], 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = form.ui.bodyEdit.textCursor()
    assert cursor.blockNumber() == 2
    # Column 5 in code points is after "𠮷野 " (𠮷 takes two UTF-16 units in Qt).
    block_text = cursor.block().text()
    assert block_text[cursor.positionInBlock() - 1 :].startswith("{$_NO_SUCH")
    assert QApplication.focusWidget() is form.ui.bodyEdit
    rect = table.visualRect(model.index(rows["title"], 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.ui.titleEdit.cursorPosition() == 3
    assert QApplication.focusWidget() is form.ui.titleEdit


def test_encoding_report(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    qtbot.waitUntil(lambda: not form.preview.pending)
    assert "どちらでも送れる" in form.ui.previewEncoding.item(0).text()
    tabs = form.ui.helperTabs
    index = tabs.indexOf(form.ui.encodingPanel)
    assert tabs.tabIcon(index).isNull()
    form.ui.bodyEdit.setPlainText("①髙橋様 𠮷")
    qtbot.waitUntil(lambda: form.ui.previewEncoding.count() >= 3)
    assert not tabs.tabIcon(index).isNull()
    assert tabs.tabToolTip(index) == f"文字コード: {form.ui.previewEncoding.count()}件"
    lines = [form.ui.previewEncoding.item(i).text() for i in range(form.ui.previewEncoding.count())]
    assert any(line.startswith("ISO-2022-JP で送れない文字: 「①」") for line in lines)
    assert any(line.startswith("CP932 にない文字: 「𠮷」") for line in lines)


# -- the HTML view loads nothing ----------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[tuple[int, list[str]]]:
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], _Recorder.requests
    server.shutdown()
    server.server_close()


def _local_image(tmp_path: Path) -> Path:
    """A valid PNG: had anything read it, the document would hold a real image for it."""
    path = tmp_path / "secret.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))  # PNG, by the file name
    return path


def _nothing(value: object) -> bool:
    """A resource that holds nothing of the file: no bytes, or the blank 1×1 image."""
    if value is None:
        return True
    if isinstance(value, QByteArray):
        return value.isEmpty()
    if isinstance(value, QImage):
        return value.size() == QSize(1, 1) and value == blank_image()
    return False


def test_safe_browser_loads_nothing(
    qtbot: Any, tmp_path: Path, http_server: tuple[int, list[str]], capfd: Any
) -> None:
    port, requests = http_server
    local = _local_image(tmp_path)
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setSearchPaths([str(tmp_path)])  # even a search path would not be used
    remote = f"http://127.0.0.1:{port}/x.png"
    browser.setHtml(
        f'<img src="{remote}"><img src="{local.as_uri()}"><img src="secret.png">'
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/s.css">'
        f'<a href="{local.as_uri()}">file</a> <a href="{remote}">web</a>'
    )
    browser.show()
    qtbot.waitExposed(browser)
    qtbot.wait(200)
    assert requests == []
    asked = {url.toString() for url in browser.requested_urls}
    assert {remote, local.as_uri()} <= asked
    document = browser.document()
    image = int(QTextDocument.ResourceType.ImageResource)
    for url in (remote, local.as_uri(), "secret.png"):
        assert _nothing(browser.loadResource(image, QUrl(url)))
        assert _nothing(document.resource(image, QUrl(url)))
    assert "png" not in capfd.readouterr().err.lower()  # no image decoder ever saw the file
    assert not browser.openLinks() and not browser.openExternalLinks()
    html_before = browser.toHtml()
    browser.setSource(QUrl(local.as_uri()))  # a link "clicked": nothing happens
    assert browser.toHtml() == html_before and browser.source().isEmpty()


def test_preview_of_a_body_with_remote_and_local_references(
    qtbot: Any, form: RegistrationForm, tmp_path: Path, http_server: tuple[int, list[str]]
) -> None:
    port, requests = http_server
    local = _local_image(tmp_path)
    form.choose_template(get_template(1))
    form.ui.bodyEdit.setPlainText(
        f'<p>注文 {{$_PACK_NO_$}}</p><img src="http://127.0.0.1:{port}/x.png">'
        f'<p><a href="{local.as_uri()}">ファイル</a><img src="{local.as_uri()}"></p>'
    )
    qtbot.waitUntil(lambda: "312345678" in form.ui.previewHtml.toPlainText())
    qtbot.wait(200)
    assert requests == []
    html = form.ui.previewHtml
    assert any(url.port() == port for url in html.requested_urls)  # asked, and refused
    image = int(QTextDocument.ResourceType.ImageResource)
    assert _nothing(html.document().resource(image, QUrl(local.as_uri())))


# -- editor help ----------------------------------------------------------------------------------


def _formats(form: RegistrationForm, line: int) -> list[tuple[int, int, Any]]:
    block = form.ui.bodyEdit.document().findBlockByNumber(line)
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def _format_at(form: RegistrationForm, line: int, position: int) -> QTextCharFormat:
    for start, length, fmt in _formats(form, line):
        if start <= position < start + length:
            return fmt
    return QTextCharFormat()


def test_highlighting_known_unknown_and_directives(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(18))
    form.ui.bodyEdit.setPlainText(
        "{$_PACK_NO_$} [$_NOT_A_NAME_$]\n<p>[備考] ##DELETE_BLANK_ROW_##ISLOOP_{$_DEL_MEMO_$}</p>"
    )
    highlighter = form._highlighter
    assert highlighter is not None
    first = _formats(form, 0)
    known = [f for start, length, f in first if start == 0 and length == len("{$_PACK_NO_$}")]
    unknown = [f for start, _length, f in first if start == len("{$_PACK_NO_$} ")]
    assert known and known[0].foreground() == highlighter.known_format.foreground()
    assert unknown and unknown[0].foreground() == highlighter.unknown_format.foreground()
    assert unknown[0].underlineStyle() != known[0].underlineStyle()  # not colour alone
    line = form.ui.bodyEdit.document().findBlockByNumber(1).text()
    directive = highlighter.directive_format.foreground()
    assert _format_at(form, 1, line.index("##DELETE")).foreground() == directive
    assert _format_at(form, 1, line.index("ISLOOP_")).foreground() == directive
    memo = _format_at(form, 1, line.index("{$_DEL_MEMO") + 3)
    assert memo.foreground() == highlighter.known_format.foreground()
    assert _format_at(form, 1, line.index("[備考]")).foreground() != directive


def test_a_long_body_is_highlighted_in_slices_and_stays_clean(
    qtbot: Any, form: RegistrationForm, service: RegistrationService
) -> None:
    # A body of 4,000 lines goes in unhighlighted; the highlighter then works through it from
    # the event loop, and the restyling is no edit: the form stays clean.
    body = "\n".join(f"<p>{{$_PACK_NO_$}} line {n}</p>" for n in range(4000))
    report = service.register(RegistrationInput(template_no=18, destination="a@example.jp"))
    registration = report.registration
    registration = service.modify(registration.id, Patch(body=body)).registration
    form.load(registration)
    highlighter = form._highlighter
    assert highlighter is not None
    assert highlighter.catching_up  # not all at once inside load()
    assert not _formats(form, 3999)
    qtbot.waitUntil(lambda: not highlighter.catching_up, timeout=20000)
    known = highlighter.known_format.foreground()
    assert _format_at(form, 3999, len("<p>") + 1).foreground() == known
    assert _format_at(form, 0, len("<p>") + 1).foreground() == known
    assert not form.is_dirty()
    assert form.ui.bodyEdit.toPlainText() == body


def test_placeholder_list_filters_by_kind_and_inserts(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))  # 注文情報
    proxy = form.placeholder_proxy
    assert proxy.kind == "order"
    form.ui.placeholderFilter.setText("カート番号")
    assert proxy.rowCount() >= 1
    form.ui.bodyEdit.setPlainText("番号:")
    cursor = form.ui.bodyEdit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    form.ui.bodyEdit.setTextCursor(cursor)
    table = form.ui.placeholderList
    rect = table.visualRect(proxy.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.ui.bodyEdit.toPlainText() == "番号:{$_PACK_NO_$}"


def test_placeholders_follow_the_template_kind(qtbot: Any, form: RegistrationForm) -> None:
    form.choose_template(get_template(1))
    count_order = form.placeholder_proxy.rowCount()
    cancel = next(
        t
        for t in __import__("qsm_desktop.core.catalog", fromlist=["x"]).find_templates(
            kind="cancelled", group="StockGear"
        )
    )
    form.choose_template(cancel)
    assert form.placeholder_proxy.kind == "cancelled"
    assert form.placeholder_proxy.rowCount() != count_order


def test_main_window_loads_the_engine_after_showing(
    qtbot: Any, main_window: MainWindow, service: RegistrationService
) -> None:
    qtbot.waitUntil(lambda: main_window.form.placeholder_model.rowCount() > 0)
    reg = service.register(RegistrationInput(1, "a@example.jp")).registration
    main_window.search()
    assert main_window.open_registration(reg.id)
    qtbot.waitUntil(lambda: "312345678" in main_window.form.ui.previewSubject.text())


# -- findings judged on the rendered mail reach the preview's warnings ------------------------


def _warning_codes(form: RegistrationForm) -> dict[str, list[Any]]:
    model = form.preview.warning_model
    found: dict[str, list[Any]] = {}
    for row in range(model.rowCount()):
        warning = model.warning_at(row)
        found.setdefault(warning.code, []).append(warning)
    return found


def test_nextengine_parentheses_in_the_rendered_mail_are_a_warning(
    qtbot: Any, form: RegistrationForm
) -> None:
    form.choose_template(get_template(6))  # NextEngine, 注文情報
    combo = form.ui.sampleCombo
    combo.setCurrentIndex(combo.findData("half-width-parens"))
    qtbot.waitUntil(lambda: "rendered-paren" in _warning_codes(form))
    [warning] = [w for w in _warning_codes(form)["rendered-paren"] if "(キッズ用)" in w.message]
    assert "NextEngine" in warning.message
    # The same template with the plain sample order: no parenthesis that is not a code.
    combo.setCurrentIndex(combo.findData("one-item"))
    qtbot.waitUntil(lambda: not form.preview.pending)
    qtbot.waitUntil(lambda: "rendered-paren" not in _warning_codes(form))


def test_a_directive_that_breaks_the_html_is_a_warning_on_its_template_line(
    qtbot: Any, form: RegistrationForm
) -> None:
    form.choose_template(get_template(1))
    form.ui.bodyEdit.setPlainText("<p>備考: ##DELETE_BLANK_ROW_##{$_DEL_MEMO_$}<br>\n以上</p>")
    qtbot.waitUntil(lambda: "html-stray-end-tag" in _warning_codes(form))
    [warning] = _warning_codes(form)["html-stray-end-tag"]
    assert (warning.field, warning.line) == ("body", 2)
    form.ui.bodyEdit.setPlainText("<p>備考: ##DELETE_BLANK_ROW_##{$_DEL_MEMO_$}</p>\n<p>以上</p>")
    qtbot.waitUntil(lambda: not form.preview.pending)
    qtbot.waitUntil(lambda: "html-stray-end-tag" not in _warning_codes(form))


def test_a_body_with_a_huge_line_is_laid_out_wrapped_anywhere_from_the_start(
    form: RegistrationForm, service: RegistrationService
) -> None:
    """Loading a body of one 200 KB line without break opportunities: the editor is already in
    WrapAnywhere when the text goes in (word wrapping it first took Qt seconds)."""
    from PySide6.QtGui import QTextOption

    body = "{$_" * 60_000
    report = service.register(RegistrationInput(template_no=18, destination="a@example.jp"))
    registration = service.modify(report.registration.id, Patch(body=body)).registration
    editor = form.ui.bodyEdit
    modes: list[QTextOption.WrapMode] = []
    editor.document().contentsChange.connect(lambda *_: modes.append(editor.wordWrapMode()))
    form.load(registration)
    assert modes and set(modes) == {QTextOption.WrapMode.WrapAnywhere}
    assert editor.toPlainText() == body
    form.reset()
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
