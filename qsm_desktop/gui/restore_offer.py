"""At start: a damaged database offers its newest good backup instead of only an error.

When the store cannot be opened because the file is damaged (not a database any more, pages
overwritten, or the day's first backup found it failing ``PRAGMA integrity_check``) and a backup
that passes its own check exists, the seller is asked 「バックアップから復元」 / 「閉じる」 with
that backup's date, trigger and registration count. Restoring is the core's ``restore_backup``:
the damaged file is set aside beside it (``<name>.damaged-<time>``), never deleted, and the
backup copied in its place; the app then starts normally. Other refusals (a newer schema, a
read-only file, a busy or missing folder) are not damage: the file is fine and is left alone,
so no backup is offered for them.
"""

from __future__ import annotations

import enum
import sqlite3
from typing import TYPE_CHECKING

from qsm_desktop.core.errors import QsmError, StoreDamagedError, store_error
from qsm_desktop.core.timefmt import qsm_time
from qsm_desktop.gui import messages
from qsm_desktop.gui.translation import tr

if TYPE_CHECKING:
    from qsm_desktop.core.app_context import AppContext
    from qsm_desktop.core.backups import BackupInfo, RestoreResult


class Offer(enum.Enum):
    """Why nothing was restored."""

    NOT_OFFERED = "not-offered"  # not damage, or no good backup
    DECLINED = "declined"  # 閉じる


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` says the file itself is damaged (a backup is the way out)."""
    if isinstance(error, sqlite3.DatabaseError):
        error = store_error(error)
    return isinstance(error, StoreDamagedError)


def offer_text(error: BaseException, backup: BackupInfo, db_path: object) -> str:
    said = f"{error}\n\n" if isinstance(error, QsmError) else ""  # the core's own words
    return tr(
        "データベースファイルが壊れているため、開けませんでした。\n\n"
        "{said}"
        "正常なバックアップがあります: {at}({why}、登録 {count}件)\n\n"
        "「バックアップから復元」: このバックアップの内容で起動します。"
        "バックアップの後に行った変更はなくなります。"
        "壊れたファイルは削除せず、名前を変えて同じフォルダーに残します。\n"
        "「閉じる」: 何も変更せずに終了します。\n\n"
        "ファイル: {path}"
    ).format(
        said=said,
        at=qsm_time(backup.taken_at),
        why=backup.trigger_label,
        count=backup.registrations,
        path=db_path,
    )


def restored_text(result: RestoreResult) -> str:
    backup = result.restored
    text = tr("{at} のバックアップ({why}、登録 {count}件)から復元しました。").format(
        at=qsm_time(backup.taken_at), why=backup.trigger_label, count=backup.registrations
    )
    if result.set_aside is not None:
        text += "\n" + tr(
            "壊れたファイルは、削除せずに {path} に残しています"
            "(サポートに相談するときのために保管してください)。"
        ).format(path=result.set_aside)
    return text


def offer_newest_backup(ctx: AppContext, error: BaseException) -> RestoreResult | Offer:
    """Offer the newest good backup for a damaged database; what the restore did, or why
    nothing was restored. A failing restore raises the core's error."""
    if not is_damage(error):
        return Offer.NOT_OFFERED
    from qsm_desktop.core.backups import newest_good_backup, restore_backup

    try:
        backup = newest_good_backup(ctx.db_path)
    except (QsmError, OSError):
        backup = None
    if backup is None:
        return Offer.NOT_OFFERED
    if not messages.ask_yes_no(
        None, offer_text(error, backup, ctx.db_path), tr("バックアップから復元"), tr("閉じる")
    ):
        return Offer.DECLINED
    # No bus yet: the views that listen are built after this (app.open_service). A failure
    # goes up to the caller, which says it as it says any failure to open.
    result = restore_backup(ctx.db_path, backup)
    messages.information(None, restored_text(result))
    return result
