"""What the 商品/在庫 tab's file jobs tell the seller: the import summary, the characters
Shift_JIS cannot carry, and the current file of each kind."""

from __future__ import annotations

from collections.abc import Sequence

from qsm_desktop.core.products.columns import (
    FileKind,
)
from qsm_desktop.core.products.errors import (
    Cp932ExportError,
)
from qsm_desktop.core.products.importer import (
    ImportReport,
)
from qsm_desktop.core.products.records import (
    ImportLogEntry,
)
from qsm_desktop.gui.products.common import date_time, number
from qsm_desktop.gui.translation import tr

OFFENDERS_SHOWN = 20


def import_summary(reports: Sequence[ImportReport]) -> str:
    """The completion message: 種類, 件数 and 文字コード of each file."""
    lines = [tr("取り込みが完了しました。")]
    for r in reports:
        replaced = (
            tr("(以前の {rows} 件を置き換え)").format(rows=number(r.replaced_rows))
            if r.replaced_rows
            else ""
        )
        lines.append(
            tr("・{file}: {kind} {rows} 件 [{encoding}]{replaced}").format(
                file=r.file_name,
                kind=r.kind_label,
                rows=number(r.rows),
                encoding=r.encoding_label,
                replaced=replaced,
            )
        )
        if r.extra_columns:
            lines.append(
                tr("  その他の列 (書き出し用に保持): {columns}").format(
                    columns="、".join(r.extra_columns)
                )
            )
        if r.lost_zeros:
            lines.append(
                tr(
                    "  前回の取り込みから先頭の0が消えたコード: {count} 件"
                    "(表計算ソフトで保存した可能性があります。リンクチェックで確認してください)"
                ).format(count=number(r.lost_zeros))
            )
    return "\n".join(lines)


def offenders_text(error: Cp932ExportError) -> str:
    """The characters Shift_JIS cannot carry: the first 20 with line and column."""
    lines = [
        tr("{file} には Shift_JIS (CP932) で書けない文字が {count} 個あります。").format(
            file=error.file, count=number(len(error.offenders))
        ),
        tr("ファイルはまだ作成していません。"),
        "",
    ]
    lines += [f"  {o.describe()}" for o in error.offenders[:OFFENDERS_SHOWN]]
    rest = len(error.offenders) - OFFENDERS_SHOWN
    if rest > 0:
        lines.append(tr("  ほか {count} 個").format(count=number(rest)))
    lines += ["", tr("これらの文字を次の1文字に置き換えて書き出しますか?")]
    return "\n".join(lines)


def import_line(kind: FileKind, entry: ImportLogEntry | None) -> str:
    if entry is None:
        return tr("{file}: 未取り込み").format(file=kind.file_name)
    return tr("{file}: {rows} 行 · {encoding} · {at} 取り込み").format(
        file=entry.file_name,
        rows=number(entry.row_count),
        encoding=entry.encoding_label,
        at=date_time(entry.imported_at),
    )
