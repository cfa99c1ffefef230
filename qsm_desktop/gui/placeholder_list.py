"""The placeholder list beside the body editor: the dictionary, filtered for the お知らせ種類.

A table model of the engine's placeholders (label, token) behind a filter proxy that keeps the
ones the template's kind carries and those matching the typed text (label, name or Qoo10 field).
Double-click or Enter inserts ``{$_NAME_$}`` at the editor's cursor.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from qsm_desktop.core.vocabulary import KIND_BY_SLUG
from qsm_desktop.gui.table_model import Column, RowTableModel
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from qsm_desktop.core.engine import Placeholder


COL_LABEL = 0
COL_TOKEN = 1

TOKEN_ROLE = Qt.ItemDataRole.UserRole + 2  # what is inserted, e.g. {$_PACK_NO_$}


def _tooltip(placeholder: Placeholder) -> str:
    kinds = "、".join(KIND_BY_SLUG[k].label for k in placeholder.kinds if k in KIND_BY_SLUG)
    sample = placeholder.sample
    sample_text = " / ".join(sample) if isinstance(sample, tuple) else sample
    lines = [
        f"{placeholder.label}  {placeholder.token}",
        tr("値が入るお知らせ種類: ") + (kinds or "—"),
        tr("例: ") + sample_text,
    ]
    if placeholder.multi:
        lines.append(
            tr("複数の値(行)を持つ項目です。##ISLOOP_ を前に付けると1行ずつ繰り返します。")
        )
    if placeholder.qoo10_field:
        lines.append(tr("Qoo10の注文データ: ") + placeholder.qoo10_field)
    lines.append(
        tr("出典: Qoo10のガイド")
        if placeholder.source == "guide"
        else tr("出典: QSM Desktop の命名(ガイドにない項目)")
    )
    if placeholder.note:
        lines.append(placeholder.note)
    return "\n".join(lines)


class PlaceholderTableModel(RowTableModel):
    COLUMNS = (
        Column(
            QT_TR_NOOP("項目名"),
            lambda item: item.label + (tr(" (複数行)") if item.multi else ""),
            tooltip=_tooltip,
        ),
        Column(QT_TR_NOOP("差し込み"), lambda item: item.token, tooltip=_tooltip),
    )

    def extra_data(self, item: Placeholder, column: int, role: int) -> Any:
        if role == TOKEN_ROLE:
            return item.token
        return None

    def set_placeholders(self, items: Iterable[Placeholder]) -> None:
        self.set_rows(items)

    def placeholder_at(self, row: int) -> Placeholder:
        return self.row_at(row)


class PlaceholderFilterProxy(QSortFilterProxyModel):
    """Keeps the placeholders of one お知らせ種類 (None = all) that contain the typed text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._text = ""

    @property
    def kind(self) -> str | None:
        return self._kind

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        source = self.sourceModel()
        if not isinstance(source, PlaceholderTableModel):
            return True
        item = source.placeholder_at(source_row)
        if self._kind is not None and self._kind not in item.kinds:
            return False
        if not self._text:
            return True
        haystack = f"{item.label} {item.name} {item.qoo10_field or ''}".casefold()
        return self._text in haystack

    def token_at(self, proxy_row: int) -> str | None:
        value = self.index(proxy_row, 0).data(TOKEN_ROLE)
        return str(value) if value is not None else None
