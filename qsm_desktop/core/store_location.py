"""Where the store is: a SQLite file (the default) or a PostgreSQL database given by URL.

``--db``, ``QSM_DESKTOP_DB`` and the saved setting all hold one text: a file path, or a URL
``postgresql://user@host:5432/qsm`` (``postgres://`` too). :meth:`StoreLocation.parse` tells them
apart. A password is never kept by the app: :func:`without_password` is what may be stored or
shown, and the password comes from libpq's own sources (``PGPASSWORD``, ``~/.pgpass``) or from a
:data:`PasswordProvider` the front end supplies (a prompt on a terminal, a dialog in the GUI).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

URL_SCHEMES = ("postgresql", "postgres")

# Asked once when the server wants a password that libpq did not find; given the location's
# display text (no password in it), returns the password, or None when the user gave up.
PasswordProvider = Callable[[str], "str | None"]

_URL = re.compile(r"^(postgresql|postgres)://", re.IGNORECASE)


def is_database_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL database rather than a file."""
    return bool(_URL.match(text.strip()))


def without_password(url: str) -> str:
    """``url`` with any password removed (what may be saved in the settings or shown)."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip()
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if parts.username is not None:
        netloc = f"{parts.username}@{netloc}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@dataclass(frozen=True, slots=True)
class StoreLocation:
    """A SQLite file (``path``) or a PostgreSQL database (``url``, exactly one of the two).

    ``url`` is kept as given (it may carry a password for this run: libpq reads it from there);
    :attr:`display` never shows a password.
    """

    path: Path | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if (self.path is None) == (self.url is None):
            raise ValueError("a store location is a file path or a database URL")

    @classmethod
    def parse(cls, text: str | Path) -> StoreLocation:
        if isinstance(text, Path):
            return cls(path=text)
        if is_database_url(text):
            return cls(url=text.strip())
        return cls(path=Path(text).expanduser())

    @property
    def is_postgres(self) -> bool:
        return self.url is not None

    @property
    def display(self) -> str:
        """What the window title, messages and the settings show: the path or the URL without
        a password."""
        return without_password(self.url) if self.url is not None else str(self.path)

    @property
    def name(self) -> str:
        """A short name: the file name, or the database name of the URL."""
        if self.path is not None:
            return self.path.name
        assert self.url is not None
        database = urlsplit(self.url).path.lstrip("/")
        return database or (urlsplit(self.url).hostname or "postgresql")

    def __str__(self) -> str:
        return self.display
