"""The edit form's helpers beside the body: the placeholder list (double-click or Enter
inserts), the highlighter, the 警告 / 文字コード tabs' signs, going to a warning's place, and
wrapping of pathological long lines. A mixin of RegistrationForm (gui/registration_form.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QIcon, QKeyEvent, QTextCursor, QTextOption

from qsm_desktop.gui.form_base import FormBase
from qsm_desktop.gui.preview import LONG_LINE, longest_line
from qsm_desktop.gui.severity import warning_icon
from qsm_desktop.gui.translation import tr
from qsm_desktop.gui.utf16 import utf16_length


class FormEditorAids(FormBase):
    @Slot(int, int)
    def _show_check_counts(self, warnings: int, encoding_issues: int) -> None:
        """The warning sign on 警告 and 文字コード when they list something (the count in the
        tab's tooltip: four titles with counts would not fit beside the body)."""
        tabs = self.ui.helperTabs
        for page, count in (
            (self.ui.warningsPanel, warnings),
            (self.ui.encodingPanel, encoding_issues),
        ):
            index = tabs.indexOf(page)
            title = self._check_tab_titles[page]
            tabs.setTabIcon(index, warning_icon() if count else QIcon())
            tabs.setTabToolTip(index, tr("{title}: {count}件").format(title=title, count=count))

    # -- the helpers that need the template engine (imported after the window is painted) --
    def ensure_helpers(self) -> None:
        """Highlighters, placeholder list and samples: on first need, not at startup."""
        if self._helpers_ready:
            return
        self._helpers_ready = True
        from qsm_desktop.core.engine import load_placeholders
        from qsm_desktop.gui.highlighter import TemplateHighlighter

        placeholders = load_placeholders()
        self.placeholder_model.set_placeholders(placeholders.values())
        self._highlighter = TemplateHighlighter(self.ui.bodyEdit.document(), placeholders.keys())
        self.preview.ensure_samples()

    @Slot()
    def _wrap_long_lines(self, text: str | None = None) -> None:
        """A body with a line of thousands of characters (a pasted file) is wrapped anywhere:
        Qt's layout of a long line without break opportunities ("{$_{$_…") froze the window
        for seconds. Ordinary templates keep word wrapping (see preview.LONG_LINE)."""
        if text is None:
            text = self.ui.bodyEdit.toPlainText()
        long = longest_line(text) > LONG_LINE
        mode = (
            QTextOption.WrapMode.WrapAnywhere
            if long
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        if self.ui.bodyEdit.wordWrapMode() != mode:
            self.ui.bodyEdit.setWordWrapMode(mode)

    # -- placeholders and warnings --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.placeholderList
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._placeholder_chosen(self.ui.placeholderList.currentIndex())
            return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _placeholder_chosen(self, index: QModelIndex) -> None:
        token = self.placeholder_proxy.token_at(index.row()) if index.isValid() else None
        if token:
            self.insert_placeholder(token)

    def insert_placeholder(self, token: str) -> None:
        """Insert ``{$_NAME_$}`` at the body editor's cursor."""
        editor = self.ui.bodyEdit
        editor.textCursor().insertText(token)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str, int, int)
    def move_to(self, field: str, line: int, column: int) -> None:
        """Put the cursor at a warning's place (1-based line and column, in code points)."""
        if field in ("title", "sender"):
            edit = self.ui.titleEdit if field == "title" else self.ui.senderEdit
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.setCursorPosition(utf16_length(edit.text()[: max(0, column - 1)]))
            return
        if field != "body":
            return
        editor = self.ui.bodyEdit
        block = editor.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        offset = utf16_length(block.text()[: max(0, column - 1)])
        cursor = editor.textCursor()
        cursor.setPosition(block.position() + min(offset, block.length() - 1))
        cursor.movePosition(QTextCursor.MoveOperation.NoMove)
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
