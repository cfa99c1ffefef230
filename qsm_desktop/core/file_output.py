"""Writing a file the seller named: only onto a regular file or a new path, with normal rights.

A path such as ``/dev/full`` or a named pipe is refused before anything is written: moving a
temporary file into its place with ``os.replace`` would replace the device node itself (seen as
root). A new file gets the permissions any program of the seller would give it (0666 less the
umask), not the 0600 of a temporary file, so it can be shared in a folder as usual; a file that
is overwritten keeps its own permissions.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from qsm_desktop.core.errors import QsmError


def check_target(target: Path) -> None:
    """Refuse a destination that exists and is not a regular file (QsmError)."""
    try:
        info = os.stat(target)  # follows a symbolic link: what it points at is what is written
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise QsmError(f"書き出し先のフォルダがありません: {target.parent}") from None
        return
    if not stat.S_ISREG(info.st_mode):
        raise QsmError(
            f"{target} は通常のファイルではありません(フォルダや装置ファイルには書き出せません)。"
            "新しいファイル名を指定してください。"
        )


def new_file_mode(target: Path) -> int:
    """The permissions the written file gets: the existing file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)  # reading the umask means setting it: put it back at once
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(target: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Write through *write* into a temporary file next to *target*, then move it into place:
    a failed write never leaves a half-written file, and a refused target is never touched."""
    target = Path(target)
    check_target(target)
    mode = new_file_mode(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path | str, data: bytes) -> None:
    write_atomically(target, lambda handle: handle.write(data))
