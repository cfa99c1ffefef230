"""A PostgreSQL server as a seller's colleague types it (host, port, database, user), checked field
by field, turned into the store's URL — without a password, which is never stored — and tried.

The GUI's 共有データベースに接続 and 共有データベースへ移す dialogs use this; they show each
refusal next to its field (``ValidationError.field`` is one of :data:`FIELDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from qsm_desktop.core.errors import StoreError, ValidationError

FIELDS = ("host", "port", "database", "user", "password")
DEFAULT_PORT = 5432

_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.\-]*[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:]+\]?$|^/\S+$")


@dataclass(frozen=True, slots=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str

    @classmethod
    def from_fields(cls, host: str, port: str, database: str, user: str) -> ServerAddress:
        """The address typed into the fields; ValidationError names the first bad field."""
        host, port, database, user = host.strip(), port.strip(), database.strip(), user.strip()
        if not host:
            raise ValidationError("host", "サーバー(ホスト名かIPアドレス)を入力してください。")
        if not _HOST.match(host):
            raise ValidationError(
                "host", f"サーバー「{host}」はホスト名かIPアドレスとして読めません。"
            )
        if not port:
            number = DEFAULT_PORT
        elif not port.isascii() or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValidationError("port", "ポートは 1〜65535 の数字で入力してください(通常 5432)。")
        else:
            number = int(port)
        if not database:
            raise ValidationError("database", "データベース名を入力してください。")
        if not user:
            raise ValidationError("user", "ユーザー名を入力してください。")
        for field, value in (("database", database), ("user", user)):
            if any(ord(c) < 0x20 for c in value):
                raise ValidationError(field, "改行や制御文字は使えません。")
        return cls(host, number, database, user)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The fields of a saved URL (None when it is no postgresql:// URL)."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("postgresql", "postgres"):
            return None
        return cls(
            unquote(parts.hostname or ""),
            parts.port or DEFAULT_PORT,
            unquote(parts.path.lstrip("/")),
            unquote(parts.username or ""),
        )

    @property
    def url(self) -> str:
        """``postgresql://user@host:port/database``: never a password."""
        host = f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host
        if host.startswith("/"):  # a Unix socket folder goes in the query
            return (
                f"postgresql://{quote(self.user, safe='')}@/{quote(self.database, safe='')}"
                f"?host={quote(host, safe='/')}&port={self.port}"
            )
        return (
            f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.database, safe='')}"
        )


def _password_wanted(error: BaseException) -> bool:
    text = str(error).lower()
    return "password" in text and ("no password supplied" in text or "authentication" in text)


def try_connection(url: str, password: str = "") -> str:
    """Connect once to ``url`` (libpq finds a password in ``PGPASSWORD`` or ``~/.pgpass``;
    ``password`` when given is used for this try only); the server's version.

    ValidationError("password") when the server wants a password that was not found or is
    wrong; StoreError (with the server's own words as ``detail``) for anything else."""
    import psycopg

    try:
        # libpq leaves out a parameter given as None: its own sources (PGPASSWORD, ~/.pgpass) apply
        with psycopg.connect(url, connect_timeout=10, password=password or None) as connection:
            row = connection.execute("SHOW server_version").fetchone()
    except psycopg.Error as exc:
        if _password_wanted(exc):
            raise ValidationError(
                "password",
                "パスワードが違います。"
                if password
                else "このサーバーはパスワードが必要です。パスワードを入力してください。",
            ) from None
        raise StoreError(
            "データベースサーバーに接続できません。サーバー、ポート、データベース名、"
            "ユーザー名を確認してください。",
            detail=str(exc),
        ) from None
    return str(row[0]) if row else ""
