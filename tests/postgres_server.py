"""A throw-away PostgreSQL server for the tests: a cluster in a temporary folder, started on a
Unix socket in that folder and a free TCP port on 127.0.0.1, stopped and removed at the end.

initdb refuses to run as root (CI runs as root), so there the cluster belongs to the `postgres`
system user (made by the distribution's package) and every server command runs through `runuser`;
a developer's own account runs them directly. The cluster trusts local connections (it lives for
one test run, in a folder only its owner can enter) and skips fsync: the tests need speed, not
durability across a power cut.

`conftest.py` turns this into the session fixture `postgres_server`; a test gets an empty database
of its own with `create_database()` (or a copy of a prepared one with `template=`), which costs
a few milliseconds because PostgreSQL copies the template's files.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

# Set by .ci/run: there a PostgreSQL that cannot start is a failure, never a skipped test.
REQUIRE_ENV = "QSM_REQUIRE_POSTGRES"
# Where a developer may point at another installation's bin/ folder.
BIN_ENV = "QSM_PG_BIN"
SUPERUSER = "qsm_test"
# A role that must give its password over TCP (the other roles are trusted): the tests of the
# password prompts log in as it.
PASSWORD_ROLE = "qsm_password"
_HBA = f"""# written by tests/postgres_server.py
local all all trust
host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""
SYSTEM_USER = "postgres"  # the cluster's owner when the tests run as root


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (why is in the message)."""


def postgres_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def find_bin_dir() -> Path:
    """The folder holding initdb/pg_ctl: $QSM_PG_BIN, else the newest Debian-style install, else
    the PATH (other distributions put them there)."""
    candidates: list[Path] = []
    if os.environ.get(BIN_ENV):
        candidates.append(Path(os.environ[BIN_ENV]))
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(
        (Path(v) for v in versions), key=lambda p: _version_key(p.parent.name), reverse=True
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL's initdb/pg_ctl were not found (install the 'postgresql' package, "
        f"or set {BIN_ENV} to its bin folder)"
    )


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One running throw-away cluster. Use `start()`, then `stop()` (which removes the folder)."""

    def __init__(self, bin_dir: Path, base_dir: Path, port: int, run_as: str | None) -> None:
        self.bin_dir = bin_dir
        self.base_dir = base_dir
        self.data_dir = base_dir / "data"
        self.socket_dir = base_dir / "socket"
        self.log_file = base_dir / "server.log"
        self.port = port
        self.run_as = run_as  # a system user to run the server commands as, or None: ourselves
        self.user = SUPERUSER
        self._names = itertools.count(1)
        self.version = ""

    # -- life cycle ---------------------------------------------------------------------------

    @classmethod
    def start_new(cls) -> PostgresServer:
        bin_dir = find_bin_dir()
        run_as: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                raise PostgresUnavailable(
                    f"running as root and there is no '{SYSTEM_USER}' system user to own the "
                    "test cluster (initdb refuses root)"
                ) from None
            run_as = SYSTEM_USER
        # A short path under the system temp folder: a Unix socket's path is limited to ~100 bytes.
        base_dir = Path(tempfile.mkdtemp(prefix="qsm-pg-"))
        server = cls(bin_dir, base_dir, free_port(), run_as)
        try:
            server._init_and_start()
        except BaseException:
            server.stop()
            raise
        return server

    def _init_and_start(self) -> None:
        self.socket_dir.mkdir()
        if self.run_as is not None:
            owner = pwd.getpwnam(self.run_as)
            for path in (self.base_dir, self.socket_dir):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(_HBA, encoding="utf-8")
        if self.run_as is not None:
            owner = pwd.getpwnam(self.run_as)
            os.chown(hba, owner.pw_uid, owner.pw_gid)
        options = " ".join(
            [
                f"-k {self.socket_dir}",
                f"-p {self.port}",
                "-c listen_addresses=127.0.0.1",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=100",
            ]
        )
        try:
            self._run(
                "pg_ctl",
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_file),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            )
        except PostgresUnavailable as error:
            raise PostgresUnavailable(f"{error}\n--- server log ---\n{self._log_tail()}") from None
        with self.connect() as connection:
            row = connection.execute("SHOW server_version").fetchone()
            self.version = str(row[0]) if row else ""

    def stop(self) -> None:
        """Stop the server (fast: nothing in it is kept) and remove its folder."""
        if (self.data_dir / "postmaster.pid").exists():
            # Already gone: the folder is removed all the same.
            with contextlib.suppress(PostgresUnavailable):
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base_dir, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, cwd=self.base_dir
        )
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"{program} failed ({result.returncode}): {result.stderr.strip() or result.stdout}"
            )

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-20:])
        except OSError:
            return "(no log)"

    # -- addresses ----------------------------------------------------------------------------

    def url(self, database: str = "postgres", *, tcp: bool = False) -> str:
        """A postgresql:// URL for `database`: over the Unix socket (the default) or TCP."""
        if tcp:
            return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def dsn(self, database: str = "postgres") -> str:
        """A libpq key=value string for `database` over the Unix socket."""
        return f"host={self.socket_dir} port={self.port} user={self.user} dbname={database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit connection (CREATE/DROP DATABASE cannot run in a transaction)."""
        return psycopg.connect(self.dsn(database), autocommit=True)

    # -- databases ----------------------------------------------------------------------------

    def create_database(
        self, name: str | None = None, *, template: str | None = None, owner: str | None = None
    ) -> str:
        """Create an empty database (or a copy of `template`) and return its name.

        A template must have no open connection while it is copied (PostgreSQL's rule).
        """
        name = name or f"t_{os.getpid()}_{next(self._names)}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement = sql.SQL("{} TEMPLATE {}").format(statement, sql.Identifier(template))
        if owner is not None:  # its public schema is then the owner's (PostgreSQL 15)
            statement = sql.SQL("{} OWNER {}").format(statement, sql.Identifier(owner))
        with self.connect() as connection:
            connection.execute(statement)
        return name

    def create_password_role(self, password: str) -> str:
        """The role :data:`PASSWORD_ROLE` (made once) with ``password``, allowed to create
        databases; over TCP it must give the password."""
        with self.connect() as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (PASSWORD_ROLE,)
            ).fetchone()
            verb = "ALTER" if exists else "CREATE"
            connection.execute(
                sql.SQL("{} ROLE {} LOGIN CREATEDB PASSWORD {}").format(
                    sql.SQL(verb), sql.Identifier(PASSWORD_ROLE), sql.Literal(password)
                )
            )
        return PASSWORD_ROLE

    def drop_database(self, name: str) -> None:
        """Drop a database, closing whatever connection a test left open on it."""
        with self.connect() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
