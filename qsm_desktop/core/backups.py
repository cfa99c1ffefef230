"""Backups of the store and restoring one: the API the GUI's 「バックアップから復元…」 and the
CLI's ``backup`` / ``restore`` call.

A backup is a copy made with SQLite's backup API (consistent while the app writes, WAL
included), checked with ``PRAGMA integrity_check`` before it is kept, in a ``backups`` folder
beside the database: ``<name>-<YYYYmmdd-HHMMSS-micro>-<trigger>.db`` with a small JSON file beside it
holding what the list shows (when, how many registrations and history rows, why it was taken).
Backups are taken

- before a schema migration (core/migrations.py);
- on the first open of each day (``open_database(..., daily_backup=True)``, as the app does);
- before every bulk operation: 送信先の一括変更, QSMから読み込み, a catalog upgrade, and a restore
  (what the restore replaces is kept first);
- when asked (:func:`take_backup` with ``trigger="manual"``; CLI ``backup``).

Only the newest :data:`KEEP` backups of a database are kept; older ones are removed when a new
one is taken (that bound is the only deletion here). A backup copy is in rollback-journal mode,
so that reading it read-only leaves nothing beside it.

GUI use::

    backups = list_backups(db_path)            # newest first, BackupInfo (label, counts, date)
    result = restore_backup(db_path, backups[0], bus=ctx.bus)   # after the seller confirmed
    newest_good_backup(db_path)                # what to offer when the database cannot open

``restore_backup`` works whether the database is the one open in this process (the pages are
copied into it through its own connection, then a ``store`` event is published) or cannot be
opened at all (the damaged file is set aside under a new name, never deleted, and the backup is
copied in its place).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qsm_desktop.core.changes import ChangeBus, ChangeEvent
from qsm_desktop.core.errors import DatabaseTooNewError, QsmError, StoreDamagedError, StoreError

if TYPE_CHECKING:
    import peewee

FOLDER = "backups"
KEEP = 20
STAMP = "%Y%m%d-%H%M%S"
NAME_STAMP = "%Y%m%d-%H%M%S-%f"  # backup names never repeat, even within a second

# Why a backup was taken, in the seller's words (the list's 「きっかけ」).
TRIGGER_LABELS = {
    "daily": "その日最初の起動",
    "manual": "手動",
    "replace-address": "送信先の一括変更の前",
    "qsm-import": "QSMから読み込みの前",
    "catalog-upgrade": "カタログ更新の前",
    "restore": "復元の前",
    "migration": "データベースの更新の前",
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file and what the list shows about it."""

    path: Path
    taken_at: datetime
    trigger: str
    registrations: int
    history: int
    schema: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def trigger_label(self) -> str:
        return TRIGGER_LABELS.get(self.trigger, self.trigger)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "taken_at": self.taken_at.isoformat(sep=" "),
            "trigger": self.trigger,
            "trigger_label": self.trigger_label,
            "registrations": self.registrations,
            "history": self.history,
            "schema": self.schema,
        }


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What :func:`restore_backup` did: the backup put back, the backup of what it replaced
    (None when that could not be read), and where a damaged file was set aside (if it was)."""

    restored: BackupInfo
    saved: BackupInfo | None
    set_aside: Path | None


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def _meta_path(backup: Path) -> Path:
    return backup.with_suffix(".json")


def _check(path: Path) -> tuple[int, int, int]:
    """(schema, registrations, history) of a backup file; StoreDamagedError unless its
    integrity check says ok. Read-only: the copy is in rollback-journal mode."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise StoreDamagedError(
                    f"バックアップ {path.name} の検査で問題が見つかりました。",
                    path=path,
                    detail=str(result),
                )
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            registrations = int(conn.execute("SELECT COUNT(*) FROM registration").fetchone()[0])
            history = int(conn.execute("SELECT COUNT(*) FROM history").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreDamagedError(
            f"バックアップ {path.name} を読めません。", path=path, detail=str(exc)
        ) from None
    return schema, registrations, history


def _info(path: Path) -> BackupInfo | None:
    """A backup's facts from its JSON file (None: not a backup of ours)."""
    try:
        meta = json.loads(_meta_path(path).read_text(encoding="utf-8"))
        return BackupInfo(
            path,
            datetime.fromisoformat(meta["taken_at"]),
            str(meta["trigger"]),
            int(meta["registrations"]),
            int(meta["history"]),
            int(meta["schema"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database at ``db_path``, newest first."""
    folder = backup_folder(db_path)
    prefix = f"{Path(db_path).stem}-"
    if not folder.is_dir():
        return []
    found = [
        info
        for path in folder.glob(f"{prefix}*.db")
        if (info := _info(path)) is not None and path.name[len(prefix) :][:1].isdigit()
    ]
    return sorted(found, key=lambda b: (b.taken_at, b.name), reverse=True)


def _bound_database(db_path: Path) -> peewee.SqliteDatabase | None:
    """The database open in this process for ``db_path``, if it is the bound one."""
    from qsm_desktop.core.db import database_proxy

    db = database_proxy.obj
    if db is None or db.is_closed():
        return None
    if Path(db.database).resolve() != Path(db_path).resolve():
        return None
    return db  # type: ignore[no-any-return]  # the proxy's object is untyped


def take_backup(trigger: str, db: peewee.Database | None = None) -> BackupInfo:
    """Copy the database (``db``, default the open one) into its ``backups`` folder, check the
    copy, record what it holds, keep the newest :data:`KEEP`. Raises StoreDamagedError when
    the copy fails its integrity check (the database itself is damaged: nothing is kept)."""
    if db is None:
        from qsm_desktop.core.db import database_proxy

        db = database_proxy.obj
    if db is None:
        raise StoreError("データベースが開かれていません。")
    import peewee

    if not isinstance(db, peewee.SqliteDatabase):
        raise StoreError(
            "共有データベース(PostgreSQL)はファイルとしてコピーできません。"
            "サーバーのバックアップ(pg_dump)を使ってください。"
        )
    db_path = Path(db.database)
    folder = backup_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"バックアップのフォルダを作れません: {folder}。", path=db_path, detail=str(exc)
        ) from None
    now = datetime.now()  # to the microsecond: the order of backups taken within a second
    final = folder / f"{db_path.stem}-{now.strftime(NAME_STAMP)}-{trigger}.db"
    partial = folder / f".{final.name}.partial-{os.getpid()}"
    try:
        target = sqlite3.connect(partial)
        try:
            db.connection().backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # read-only opens leave no -wal/-shm
        finally:
            target.close()
        schema, registrations, history = _check(partial)
    except StoreDamagedError as exc:
        partial.unlink(missing_ok=True)  # our own unfinished copy
        raise StoreDamagedError(
            f"データベースが壊れています: {db_path}。バックアップから復元してください。",
            path=db_path,
            detail=exc.detail,
        ) from None
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"バックアップを作れませんでした: {folder}。", path=db_path, detail=str(exc)
        ) from None
    info = BackupInfo(final, now, trigger, registrations, history, schema)
    meta = {k: v for k, v in info.to_json().items() if k not in ("name", "path")}
    _meta_path(partial).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, final)
    os.replace(_meta_path(partial), _meta_path(final))
    _prune(db_path)
    return info


def _prune(db_path: Path) -> None:
    for old in list_backups(db_path)[KEEP:]:
        old.path.unlink(missing_ok=True)
        _meta_path(old.path).unlink(missing_ok=True)


def backup_before(trigger: str) -> BackupInfo | None:
    """The backup before a bulk operation on the open database (None when none is open)."""
    from qsm_desktop.core.db import database_proxy, is_postgres

    if database_proxy.obj is None:
        return None
    if is_postgres():
        # A shared PostgreSQL store is not a file to copy beside itself: its backups are the
        # server's (pg_dump on the administrator's schedule).
        return None
    return take_backup(trigger)


def backup_daily(db: peewee.SqliteDatabase) -> BackupInfo | None:
    """The day's first backup, unless one was taken today already."""
    today = datetime.now().date()
    if any(b.taken_at.date() == today for b in list_backups(Path(db.database))):
        return None
    return take_backup("daily", db)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check (what to offer when the database
    cannot be opened or fails its check), or None."""
    from qsm_desktop.core.migrations import latest_version

    for backup in list_backups(db_path):
        try:
            schema, _registrations, _history = _check(backup.path)
        except StoreDamagedError:
            continue
        if schema <= latest_version():
            return backup
    return None


def find_backup(db_path: Path, name: str) -> BackupInfo:
    """A backup of ``db_path`` by file name (as listed)."""
    for backup in list_backups(db_path):
        if backup.name == name or backup.path.stem == name:
            return backup
    raise QsmError(
        f"バックアップ「{name}」は見つかりません。一覧(restore --list)にある名前を指定してください。"
    )


def restore_backup(
    db_path: Path, backup: BackupInfo, *, bus: ChangeBus | None = None
) -> RestoreResult:
    """Put ``backup`` back as the database at ``db_path`` (see the module docstring).

    What it replaces is backed up first (trigger ``restore``); when that cannot be read (the
    database is damaged), the file is set aside as ``<name>.damaged-<stamp>`` instead. History
    after the backup is gone with the rest of the restored-over state; the history up to the
    backup is the backup's.
    """
    from qsm_desktop.core.db import connect
    from qsm_desktop.core.migrations import latest_version

    db_path = Path(db_path)
    schema, _registrations, _history = _check(backup.path)
    if schema > latest_version():
        raise DatabaseTooNewError(
            f"バックアップ {backup.name} は新しいバージョンのQSM Desktopで作られています。"
        )
    bound = _bound_database(db_path)
    db = bound
    if db is None and db_path.is_file():
        try:
            db = connect(db_path)
        except (StoreError, sqlite3.Error):
            db = None
    saved: BackupInfo | None = None
    if db is not None:
        try:
            saved = take_backup("restore", db)
        except StoreError:
            saved = None
    set_aside: Path | None = None
    try:
        if saved is not None and db is not None:
            source = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                source.backup(db.connection())
            finally:
                source.close()
            db.execute_sql("PRAGMA journal_mode=wal")
            if bound is not None and schema < latest_version():
                # An older backup (one taken before a migration): the open app needs the
                # schema its models describe now; a closed file is migrated when next opened.
                from qsm_desktop.core.migrations import migrate_to_latest

                migrate_to_latest(db, db_path)
        else:
            if bound is not None:
                raise StoreError("開いているデータベースを読めないため、復元できません。")
            if db is not None:
                db.close()
                db = None
            set_aside = _set_aside(db_path)
            partial = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
            shutil.copyfile(backup.path, partial)
            os.replace(partial, db_path)
    finally:
        if db is not None and db is not bound:
            db.close()
    if bound is not None:
        from qsm_desktop.core.catalog import forget_cache, sync_catalog

        forget_cache()
        sync_catalog()  # an older backup may hold an older catalog
    if bus is not None:
        bus.publish(ChangeEvent("store", "restore"))
    return RestoreResult(backup, saved, set_aside)


def _set_aside(db_path: Path) -> Path | None:
    """Rename an unreadable database (and its -wal/-shm) out of the way; never delete it."""
    if not db_path.exists():
        return None
    stamp = datetime.now().strftime(STAMP)
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{counter}")
        counter += 1
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside
