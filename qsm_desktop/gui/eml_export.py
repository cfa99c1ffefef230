"""「メールとして保存…」: the mail the preview shows, written as an .eml in the charset the seller
picks. ISO-2022-JP lacks ①, ㈱, emoji, …: they are replaced (① → (1), ㈱ → (株), the rest →
〓) and every replacement is listed after saving."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from qsm_desktop.core.engine import build_mail
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.file_output import write_bytes
from qsm_desktop.gui import messages
from qsm_desktop.gui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from qsm_desktop.core.engine import RenderResult

_ISO_FILTER = QT_TR_NOOP("ISO-2022-JP(送れない文字は置き換え) (*.eml)")
_UTF8_FILTER = QT_TR_NOOP("UTF-8 (*.eml)")


def save_eml(parent: QWidget, result: RenderResult) -> None:
    """Ask where and in which charset, then write the mail of ``result``."""
    iso, utf8 = tr(_ISO_FILTER), tr(_UTF8_FILTER)
    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("メールとして保存"), "mail.eml", f"{iso};;{utf8}", iso
    )
    if not path:
        return
    charset = "utf-8" if chosen == utf8 else "iso-2022-jp"
    try:
        mail = build_mail(result, charset, substitute=True)
        write_bytes(path, mail.data)
    except (QsmError, OSError) as exc:
        messages.critical(
            parent,
            tr("メールを保存できませんでした: {reason}").format(reason=exc),
            messages.error_detail(exc),
        )
        return
    done = tr("{path} に保存しました({charset})。").format(path=path, charset=charset.upper())
    if mail.substitutions:
        listed = "\n".join(str(s) for s in mail.substitutions)
        done += "\n" + tr("ISO-2022-JP にない文字を置き換えました:") + "\n" + listed
    messages.information(parent, done)
