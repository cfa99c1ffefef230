"""The edit form's saving: 登録 / 修正 / カタログの文面に戻す through the service, and the
conflict flow when the registration changed elsewhere (the bar's 読み込む / 比較, the conflict
dialog, keeping the seller's edits on top). A mixin of RegistrationForm
(gui/registration_form.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import (
    ConflictError,
    FieldConflict,
    NotFoundError,
    QsmError,
    ValidationError,
)
from qsm_desktop.core.history_actions import HistoryAction
from qsm_desktop.core.registrations import (
    FIELD_LABELS,
    ChangeReport,
    Patch,
    RegistrationData,
    RegistrationInput,
    build_patch,
)
from qsm_desktop.gui import messages
from qsm_desktop.gui.form_base import FormBase
from qsm_desktop.gui.form_values import FORM_FIELDS, FormValues
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.core.changes import ChangeEvent


class FormSaveFlow(FormBase):
    # -- news from elsewhere (the change bus, through the main window) ------------------------
    @Slot(object)
    def store_changed(self, event: ChangeEvent) -> None:
        """A write somewhere: the registration in the form is read again if it changed. Without
        unsaved edits the form shows it at once; with them, the bar above the form says so and
        offers 読み込む / 比較 (nothing the seller typed is dropped unasked)."""
        editing = self._editing
        if editing is None or event.origin is self or not event.touches(editing.id):
            return
        try:
            stored = self.service.get(editing.id)
        except NotFoundError:
            # Gone: a restore went back to before it was registered. An empty form, unless
            # the seller is typing (then 【修正】 says the registration is not there).
            if not self.is_dirty():
                self.reset()
            return
        except QsmError:
            return
        if stored == editing:
            # Not this registration (an external change), or the form's own save. Compared
            # whole, not by revision: after a restore, a revision number can come back with
            # other contents.
            return
        if self.is_dirty():
            self._stored = stored
            self.ui.changedBar.setVisible(True)
        else:
            self.load(stored)

    @property
    def changed_elsewhere(self) -> bool:
        """The bar is up: the registration changed elsewhere while the form held edits."""
        return self._stored is not None

    @Slot()
    def reload_stored(self) -> None:
        """The bar's 読み込む: the stored registration into the form (its edits dropped)."""
        reg = self._editing
        if reg is None:
            return
        try:
            self.load(self.service.get(reg.id))
        except QsmError as exc:
            messages.critical(self, str(exc))

    @Slot()
    def compare_stored(self) -> None:
        """The bar's 比較: the fields that differ, and what to keep."""
        reg = self._editing
        if reg is None:
            return
        try:
            stored = self.service.get(reg.id)
        except QsmError as exc:
            messages.critical(self, str(exc))
            return
        conflicts = self._conflicts_with(stored)
        if not conflicts:
            self.load_keeping_edits(stored)
            return
        self._settle_conflict(reg.id, conflicts, refused=False)

    def _conflicts_with(self, stored: RegistrationData) -> tuple[FieldConflict, ...]:
        """Each field stored differently from what the form loaded: loaded / stored / form."""
        assert self._editing is not None
        loaded, mine = self._snapshot, self.values()
        return tuple(
            FieldConflict(
                name,
                FIELD_LABELS[name],
                getattr(loaded, name),
                getattr(stored, name),
                getattr(mine, name),
                stored.updated_by,
                stored.updated_at,
            )
            for name in FORM_FIELDS
            if getattr(stored, name) != getattr(loaded, name)
        )

    def _settle_conflict(
        self,
        reg_id: int,
        conflicts: tuple[FieldConflict, ...],
        *,
        refused: bool,
        retry: Callable[[], ChangeReport | None] | None = None,
    ) -> ChangeReport | None:
        """The conflict dialog, and what the seller chose: read theirs, save mine over them
        (only the fields changed here), or nothing."""
        from qsm_desktop.gui import conflict_dialog

        choice = conflict_dialog.ask_conflict(self, reg_id, conflicts, refused=refused)
        if choice is conflict_dialog.ConflictChoice.LOAD_THEIRS:
            self.reload_stored()
            return None
        if choice is conflict_dialog.ConflictChoice.OVERWRITE:
            try:
                stored = self.service.get(reg_id)
            except QsmError as exc:
                messages.critical(self, str(exc))
                return None
            self.load_keeping_edits(stored)
            return (retry or self.modify)()
        return None

    def load_keeping_edits(self, stored: RegistrationData) -> None:
        """Base the form on ``stored`` (what a 修正 is checked against) and keep the seller's
        edits on top: the fields the seller changed keep the form's value, the others show
        the stored one. The bar goes away."""
        mine = self.changed_patch()
        values = self.values()
        self.load(stored)
        self._loading = True
        try:
            self._apply_values(mine, values)
        finally:
            self._loading = False
        self._edited_programmatically()

    def _apply_values(self, patch: Patch, values: FormValues) -> None:
        ui = self.ui
        if patch.template_no is not None:
            with contextlib.suppress(QsmError):  # a template the catalog lost: the stored one
                self._set_template(get_template(patch.template_no))
        if patch.destination is not None:
            ui.destinationEdit.setText(values.destination)
        if patch.enabled is not None:
            ui.enabledCheck.setChecked(values.enabled)
            self._enabled_toggled(values.enabled)
        if patch.standby is not None:
            ui.standbyCheck.setChecked(values.standby)
            ui.periodSpin.setEnabled(values.standby)
        if patch.period is not None or patch.clear_period:
            ui.periodSpin.setValue(values.period if values.period is not None else -1)
        if patch.recognition_key is not None:
            ui.recognitionKeyEdit.setText(values.recognition_key)
        if patch.title is not None:
            ui.titleEdit.setText(values.title)
        if patch.sender is not None:
            ui.senderEdit.setText(values.sender)
        if patch.body is not None:
            self._set_body(values.body)

    def _edited_programmatically(self) -> None:
        values = self.values()
        self._show_mode(values)
        self._schedule_preview(values, immediately=True)

    # -- saving ----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> ChangeReport | None:
        """Ctrl+S: 【修正】 when editing a registration, else 【登録】."""
        return self.modify() if self._editing else self.register()

    @Slot()
    def register(self) -> ChangeReport | None:
        """【登録】: a new registration from the form."""
        self.clear_errors()
        v = self.values()
        if v.template_no is None:
            self.show_error("template_no", tr("【参照】でテンプレートを選んでください。"))
            return None
        if not self._text_errors_accepted(v):
            return None
        data = RegistrationInput(
            template_no=v.template_no,
            destination=v.destination,
            enabled=v.enabled,
            standby=v.standby,
            period=v.period,
            recognition_key=v.recognition_key,
            title=v.title,
            sender=v.sender,
            body=v.body,
        )
        return self._run(
            lambda: self.service.register(data, origin=self), tr("登録が完了しました。")
        )

    @Slot()
    def modify(self) -> ChangeReport | None:
        """【修正】: save the registration being edited (same number, history kept).

        Only the fields the seller changed are sent: a field changed meanwhile elsewhere (the
        bulk address change, another window) and not touched here keeps that change."""
        if self._editing is None:
            return None
        self.clear_errors()
        reg_id, base = self._editing.id, self._editing.revision
        patch = self.changed_patch()
        if {patch.title, patch.sender, patch.body} != {None} and not self._text_errors_accepted(
            self.values()
        ):
            return None
        # Stated: the revision the form loaded. If the registration moved on since (a bulk
        # change, another window or process), the service refuses and writes nothing, and the
        # seller decides in the conflict dialog (_run).
        return self._run(
            lambda: self.service.modify(reg_id, patch, base_revision=base, origin=self),
            tr("修正が完了しました。"),
        )

    def _text_errors_accepted(self, values: FormValues) -> bool:
        """Texts with error-level findings (a broken {$_…_$}: the integration service cannot
        read that mail) are saved only when the seller says so."""
        from qsm_desktop.core.engine.diagnostics import place
        from qsm_desktop.core.safety.setup_check import text_errors

        errors = text_errors(values.title, values.sender, values.body, enabled=values.enabled)
        if not errors:
            return True
        listed = "\n".join(f"・{place(e.field, e.line, e.column)}: {e.message}" for e in errors[:5])
        if len(errors) > 5:
            listed += "\n" + tr("ほか {count} 件").format(count=len(errors) - 5)
        return messages.ask_yes_no(
            self,
            tr("テンプレートの詳細にエラーがあります。このまま保存しますか?") + "\n\n" + listed,
            tr("このまま保存する"),
            tr("キャンセル"),
        )

    def changed_patch(self) -> Patch:
        """The fields the form holds different from what it loaded, as a 修正's patch."""
        v, loaded = self.values(), self._snapshot
        changed = {name for name in FORM_FIELDS if getattr(v, name) != getattr(loaded, name)}
        if "template_no" in changed:
            # A new template brings its own text unless given: the form's text is what the
            # seller chose to keep or take (see choose_template), so it is always given then.
            changed |= {"title", "sender", "body"}
        if "standby" in changed:
            changed.add("period")
        return build_patch({name: getattr(v, name) for name in changed})

    @Slot()
    def restore_catalog_text(self) -> ChangeReport | None:
        """Put the catalog's title, sender and body back (a change with history)."""
        if self._editing is None:
            return None
        question = tr(
            "タイトル・送信者・テンプレートの詳細を、カタログのテンプレートの文面に戻しますか?\n"
            "変更は履歴に残ります。"
        )
        if self.is_dirty():
            question += "\n\n" + tr("保存していないフォームの変更は破棄されます。")
        if not messages.ask_yes_no(self, question, tr("カタログの文面に戻す"), tr("キャンセル")):
            return None
        return self._restore_now()

    def _restore_now(self) -> ChangeReport | None:
        assert self._editing is not None
        reg_id, base = self._editing.id, self._editing.revision
        return self._run(
            lambda: self.service.restore_catalog_text(reg_id, base_revision=base, origin=self),
            tr("カタログの文面に戻しました。"),
            retry=self._restore_now,
        )

    def _run(
        self,
        call: Any,
        done_message: str,
        retry: Callable[[], ChangeReport | None] | None = None,
    ) -> ChangeReport | None:
        """``call()`` (a write), then the form shows what was saved. ``retry``: the same write
        again, when the seller chooses to overwrite another change (default: 【修正】)."""
        try:
            report: ChangeReport = call()
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return None
        except ConflictError as exc:
            return self._settle_conflict(
                exc.registration_id, exc.conflicts, refused=True, retry=retry
            )
        except QsmError as exc:
            messages.critical(self, str(exc))
            return None
        self.load(report.registration)
        self.saved.emit(report)
        if report.action == HistoryAction.MODIFY and not report.changed:
            done_message += "\n" + tr("(変更された項目はありませんでした。)")
        messages.information(self, done_message)
        return report
