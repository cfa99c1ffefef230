"""The お知らせ設定データ grid's columns: their numbers, what each shows and sorts by, and how a
row with 使用 = N looks (tinted, the 停止 sign). The table model (gui/registration_model.py)
serves these; gui/grid_columns.py sizes them."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap

from qsm_desktop.core import grid_query as g
from qsm_desktop.core.grid_query import GridRow
from qsm_desktop.core.timefmt import qsm_time_text
from qsm_desktop.core.vocabulary import (
    GRID_COLUMN_TITLES,
    GROUP_BY_SLUG,
    GROUP_ORDER,
    KIND_BY_SLUG,
    KIND_ORDER,
)
from qsm_desktop.gui.table_model import CENTER, Column
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

# Column constants, in docs/rules.md §5's order.
COL_TEMPLATE_NO = 0
COL_KIND = 1
COL_GROUP = 2
COL_NAME = 3
COL_SEND_TYPE = 4
COL_DESTINATION = 5
COL_ENABLED = 6
COL_STANDBY = 7
COL_CREATED_BY = 8
COL_CREATED_AT = 9
COL_UPDATED_AT = 10
COL_UPDATED_BY = 11
COL_TEXT_SOURCE = 12  # not one of QSM's columns: where the mail text came from
# 登録番号, the number every message names: added after the other columns (so that their numbers
# and a remembered layout stay as they were) and shown first by default (see main_window).
COL_ID = 13

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the registration id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value the column sorts by
ENABLED_ROLE = Qt.ItemDataRole.UserRole + 3  # 使用 as bool, whatever the column

DISABLED_BACKGROUND = QColor(238, 232, 232)
DISABLED_FOREGROUND = QColor(100, 100, 100)


def _kind_label(slug: str) -> str:
    kind = KIND_BY_SLUG.get(slug)
    return tr(kind.label) if kind else slug


def _group_label(slug: str) -> str:
    group = GROUP_BY_SLUG.get(slug)
    return group.label if group else slug


def _casefolded(field: int) -> Callable[[GridRow], str]:
    text_at: Callable[[GridRow], str] = itemgetter(field)  # one of the text columns
    return lambda row: text_at(row).casefold()


# Not one of QSM's columns: where the mail text came from (the core's text_sources.py says the
# same; that module is not imported here, the grid paints before the store is opened).
TEXT_SOURCE_TITLE = QT_TR_NOOP("文面")
_TEXT_SOURCE_LABELS = {
    "sample": QT_TR_NOOP("見本"),
    "qsm": QT_TR_NOOP("QSM"),
    "edited": QT_TR_NOOP("編集"),
}
_TEXT_SOURCE_ORDER = {"sample": 0, "edited": 1, "qsm": 2}


def _text_source_label(source: str) -> str:
    label = _TEXT_SOURCE_LABELS.get(source)
    return tr(label) if label else source


# The headers are the seller's words from the core (the CLI's `list` shows the same); headerData
# still passes them through tr().
_TITLES = GRID_COLUMN_TITLES

# In the COL_ constants' order. Kinds and groups sort in the guide's order, text
# case-insensitively. data() and sort() call these functions through the tuples below, indexed by
# column: one lookup instead of a chain of comparisons, for every painted cell and every sorted row.
COLUMNS = (
    Column(_TITLES[COL_TEMPLATE_NO], itemgetter(g.TEMPLATE_NO), align=CENTER),
    Column(
        _TITLES[COL_KIND],
        lambda row: _kind_label(row[g.KIND]),
        sort=lambda row: KIND_ORDER.get(row[g.KIND], 99),
    ),
    Column(
        _TITLES[COL_GROUP],
        lambda row: _group_label(row[g.GROUP]),
        sort=lambda row: GROUP_ORDER.get(row[g.GROUP], 99),
    ),
    Column(_TITLES[COL_NAME], itemgetter(g.NAME), sort=_casefolded(g.NAME)),
    Column(_TITLES[COL_SEND_TYPE], itemgetter(g.SEND_TYPE), align=CENTER),
    Column(
        _TITLES[COL_DESTINATION],
        itemgetter(g.DESTINATION),
        sort=_casefolded(g.DESTINATION),
    ),
    Column(
        _TITLES[COL_ENABLED],
        lambda row: "Y" if row[g.ENABLED] else tr("N (転送なし)"),
        sort=itemgetter(g.ENABLED),
        align=CENTER,
        header_tooltip=QT_TR_NOOP(
            "N になっている場合は使用がOFFとなっているため、メールが転送されません。"
        ),
    ),
    Column(
        _TITLES[COL_STANDBY],
        lambda row: "Y" if row[g.STANDBY] else "N",
        sort=itemgetter(g.STANDBY),
        align=CENTER,
    ),
    Column(
        _TITLES[COL_CREATED_BY],
        itemgetter(g.CREATED_BY),
        sort=_casefolded(g.CREATED_BY),
    ),
    Column(
        _TITLES[COL_CREATED_AT],
        lambda row: qsm_time_text(row[g.CREATED_AT]),
        sort=itemgetter(g.CREATED_AT),
    ),
    Column(
        _TITLES[COL_UPDATED_AT],
        lambda row: qsm_time_text(row[g.UPDATED_AT]),
        sort=itemgetter(g.UPDATED_AT),
    ),
    Column(
        _TITLES[COL_UPDATED_BY],
        itemgetter(g.UPDATED_BY),
        sort=_casefolded(g.UPDATED_BY),
    ),
    Column(
        TEXT_SOURCE_TITLE,
        lambda row: _text_source_label(row[g.TEXT_SOURCE]),
        sort=lambda row: _TEXT_SOURCE_ORDER.get(row[g.TEXT_SOURCE], 9),
        align=CENTER,
        header_tooltip=QT_TR_NOOP(
            "タイトル・送信者・テンプレートの詳細の出どころ: 見本 = QSM Desktopの見本の文面"
            "(Qoo10の実際の文面ではありません)、QSM = J・QSMから取り込んだ文面、編集済み = "
            "この画面で編集した文面",
        ),
    ),
    Column(QT_TR_NOOP("登録番号"), itemgetter(g.ID), align=CENTER),
)
COLUMN_COUNT = len(COLUMNS)
DISPLAY = tuple(column.display for column in COLUMNS)
SORT_KEYS = tuple(column.sort or column.display for column in COLUMNS)
ALIGN = tuple(column.align for column in COLUMNS)
by_id = itemgetter(g.ID)


def sort_function(column: int) -> Callable[[GridRow], Any]:
    """What a column sorts by (any other column, e.g. -1: registration order, by id)."""
    return SORT_KEYS[column] if 0 <= column < COLUMN_COUNT else by_id


_stop_sign: QPixmap | None = None
STOP_ICON_SIZE = 16


def stop_sign() -> QPixmap:
    """A 停止 sign (red disc, white bar) drawn once: shape and colour both say "stopped".

    A pixmap, which a view draws as it draws an icon: the grid never needs QIcon's Python type,
    and QPainter's is made only when a 使用 = N row is first drawn (start-up path:
    gui/start_sequence.py)."""
    global _stop_sign
    if _stop_sign is None:
        from PySide6.QtGui import QPainter, QPen

        pixmap = QPixmap(STOP_ICON_SIZE, STOP_ICON_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(200, 30, 30))
        painter.drawEllipse(1, 1, 14, 14)
        painter.setPen(QPen(QColor(255, 255, 255), 3))
        painter.drawLine(4, 8, 12, 8)
        painter.end()
        _stop_sign = pixmap
    return _stop_sign
