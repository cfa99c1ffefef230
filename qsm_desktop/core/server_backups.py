"""Backups of a shared PostgreSQL store, taken by the app (``qsm-desktop --db URL backup``).

A PostgreSQL store is no file to copy, so its backup is the app's own portable export: the whole
store copied by ``migrate-db``'s transfer (core/db_transfer.py: every table, verified by counts
and checksums, read in one snapshot) into a new SQLite file — the same kind of file as a desktop
store's backups, in the same kind of ``backups`` folder (beside the path that names this server's
store on this machine), listed and checked by the same code (core/backups.py). A seller can open
it as a store of its own, carry it, or move it back into an empty PostgreSQL database with
``migrate-db`` or ``restore``.

When ``pg_dump`` is on the PATH, a dump in its custom format is written beside it too
(``<name>.dump``, for the administrator's ``pg_restore``); a pg_dump that fails (no password
for it in ``PGPASSWORD``/``~/.pgpass``, another version than the server) leaves the app's own
export, and says why in the backup's JSON file.

The server's own schedule (cron + pg_dump, retention) is the administrator's: see the README.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from qsm_desktop.core.backups import (
    NAME_STAMP,
    BackupInfo,
    _check,
    _meta_path,
    _prune,
    backup_folder,
)
from qsm_desktop.core.errors import QsmError, StoreError

PG_DUMP_SUFFIX = ".dump"


def take_server_backup(
    trigger: str, url: str, local_path: Path, password: str | None = None
) -> BackupInfo:
    """Export the PostgreSQL store at ``url`` into ``backups/`` beside ``local_path`` (see the
    module); the backup, listed like any other."""
    from qsm_desktop.core.db_transfer import transfer

    folder = backup_folder(local_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"バックアップのフォルダを作れません: {folder}。", detail=str(exc)
        ) from None
    now = datetime.now()
    final = folder / f"{local_path.stem}-{now.strftime(NAME_STAMP)}-{trigger}.db"
    partial = folder / f".{final.name}.partial-{os.getpid()}"
    try:
        transfer(url, partial, password=password)
        connection = sqlite3.connect(partial)
        try:  # one file, and read-only opens of it leave nothing beside it
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
        schema, registrations, history = _check(partial)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        raise
    info = BackupInfo(final, now, trigger, registrations, history, schema)
    meta = {k: v for k, v in info.to_json().items() if k not in ("name", "path")}
    meta["pg_dump"] = _pg_dump(url, final.with_suffix(PG_DUMP_SUFFIX), password)
    _meta_path(partial).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, final)
    os.replace(_meta_path(partial), _meta_path(final))
    _prune(local_path)
    for dump in folder.glob(f"{local_path.stem}-*{PG_DUMP_SUFFIX}"):
        if not dump.with_suffix(".db").exists():  # its backup was pruned: it goes with it
            dump.unlink(missing_ok=True)
    return info


def _pg_dump(url: str, path: Path, password: str | None) -> str:
    """Write pg_dump's custom-format dump of ``url`` to ``path``: its file name, or why not."""
    program = shutil.which("pg_dump")
    if program is None:
        return "pg_dump not found"
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password  # for this child only
    result = subprocess.run(
        [program, "--format=custom", "--no-owner", f"--file={path}", f"--dbname={url}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=3600,
    )
    if result.returncode != 0:
        path.unlink(missing_ok=True)
        return "pg_dump failed: " + (result.stderr.strip().splitlines() or ["?"])[-1]
    return path.name


def restore_into_server(backup: BackupInfo, url: str, password: str | None = None) -> int:
    """Put a backup (any of the app's backup files) into the EMPTY PostgreSQL database at
    ``url``; the number of tables copied and verified. A database holding registrations is
    refused (TransferError): a shared store is never overwritten, a new one is made."""
    from qsm_desktop.core.db_transfer import transfer

    if not backup.path.is_file():
        raise QsmError(f"バックアップ {backup.name} が見つかりません。")
    return len(transfer(backup.path, url, password=password))
