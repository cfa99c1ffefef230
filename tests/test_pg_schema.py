"""One schema, two dialects: a PostgreSQL store has the tables, columns, keys, indexes and
triggers of a SQLite one; its triggers refuse what SQLite's refuse, from any client; its schema
version and the newer-database refusal work as on SQLite; and where the store is (a path or a
URL, the password never kept) is read the same way everywhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import pytest
from postgres_server import PostgresServer

from qsm_desktop.core import migrations
from qsm_desktop.core.app_context import AppContext, resolve_location
from qsm_desktop.core.db import open_store
from qsm_desktop.core.errors import DatabaseTooNewError, StoreError
from qsm_desktop.core.pg_schema import SCHEMA_VERSION_KEY
from qsm_desktop.core.store_location import StoreLocation, is_database_url, without_password

# SQLite has no boolean or date types: what each of its declared types is on PostgreSQL.
PG_TYPE = {
    "INTEGER": "integer",
    "VARCHAR(255)": "character varying",
    "TEXT": "text",
    "DATETIME": "timestamp without time zone",
}
# Yes/no columns: SQLite stores 0/1 in INTEGER, PostgreSQL has BOOLEAN (peewee writes both).
BOOLEAN_COLUMNS = {("registration", "enabled"), ("registration", "standby")}

Columns = dict[tuple[str, str], tuple[str, bool, bool]]  # (table, column): (type, not null, pk)


def sqlite_schema(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        columns: Columns = {}
        foreign: set[tuple[str, str, str, str, str]] = set()
        indexes: dict[str, tuple[str, tuple[str, ...]]] = {}
        for table in tables:
            for _cid, name, kind, notnull, _default, pk in conn.execute(
                f'PRAGMA table_info("{table}")'
            ):
                pg_type = "boolean" if (table, name) in BOOLEAN_COLUMNS else PG_TYPE[kind.upper()]
                columns[(table, name)] = (pg_type, bool(notnull or pk), bool(pk))
            for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                foreign.add((table, row[3], row[2], row[4], row[6]))
            for _seq, index, _unique, origin, _partial in conn.execute(
                f'PRAGMA index_list("{table}")'
            ):
                if origin == "c":  # made by CREATE INDEX (not a primary key's own)
                    cols = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{index}")'))
                    indexes[index] = (table, cols)
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    finally:
        conn.close()
    return {
        "tables": set(tables),
        "columns": columns,
        "foreign": foreign,
        "indexes": indexes,
        "triggers": triggers,
    }


def pg_schema(conn: psycopg.Connection[Any]) -> dict[str, Any]:
    tables = {
        r[0]
        for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    }
    keys = {
        (r[0], r[1])
        for r in conn.execute(
            "SELECT tc.table_name, k.column_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name "
            "WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()"
        )
    }
    columns: Columns = {
        (table, name): (kind, nullable == "NO", (table, name) in keys)
        for table, name, kind, nullable in conn.execute(
            "SELECT table_name, column_name, data_type, is_nullable "
            "FROM information_schema.columns WHERE table_schema = current_schema()"
        )
    }
    foreign = {
        (r[0], r[1], r[2], r[3], r[4])
        for r in conn.execute(
            "SELECT k.table_name, k.column_name, u.table_name, u.column_name, rc.delete_rule "
            "FROM information_schema.referential_constraints rc "
            "JOIN information_schema.key_column_usage k ON k.constraint_name = rc.constraint_name "
            "JOIN information_schema.constraint_column_usage u "
            "ON u.constraint_name = rc.constraint_name "
            "WHERE rc.constraint_schema = current_schema()"
        )
    }
    indexes = {
        name: (table, tuple(cols))
        for name, table, cols in conn.execute(
            "SELECT i.relname, t.relname, array_agg(a.attname ORDER BY k.ord) "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema() "
            "CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) "
            "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
            "WHERE NOT x.indisprimary GROUP BY i.relname, t.relname"
        )
    }
    triggers = {
        r[0]
        for r in conn.execute(
            "SELECT trigger_name FROM information_schema.triggers "
            "WHERE trigger_schema = current_schema()"
        )
    }
    return {
        "tables": tables,
        "columns": columns,
        "foreign": foreign,
        "indexes": indexes,
        "triggers": triggers,
    }


@pytest.fixture
def pg_store(postgres_server: PostgresServer, postgres_template: str) -> Any:
    name = postgres_server.create_database(template=postgres_template)
    yield postgres_server, name
    postgres_server.drop_database(name)


def test_both_backends_have_the_same_schema(
    migrated_database: Path, pg_store: tuple[PostgresServer, str]
) -> None:
    server, name = pg_store
    lite = sqlite_schema(migrated_database)
    with server.connect(name) as conn:
        pg = pg_schema(conn)
    assert pg["tables"] == lite["tables"]
    assert pg["columns"] == lite["columns"]
    assert pg["foreign"] == lite["foreign"]
    assert pg["indexes"] == lite["indexes"]
    assert pg["triggers"] == lite["triggers"]
    # The comparison sees something: the tables the service writes and their guards.
    assert {"registration", "history", "template_capture"} <= pg["tables"]
    assert {"registration_no_delete", "history_no_delete", "history_no_update"} <= pg["triggers"]


@pytest.mark.parametrize(
    "statement",
    [
        'DELETE FROM "registration"',
        'DELETE FROM "history"',
        """UPDATE "history" SET "by" = 'someone else'""",
        """UPDATE "template_capture" SET "body" = 'x'""",
        'DELETE FROM "template_capture"',
        'DELETE FROM "product_import"',
    ],
)
def test_a_plain_postgresql_client_cannot_delete_or_rewrite_history(
    pg_store: tuple[PostgresServer, str], statement: str
) -> None:
    server, name = pg_store
    url = server.url(name)
    store = AppContext(StoreLocation(url=url), user="tester")
    from qsm_desktop.core.registrations import RegistrationInput

    try:
        reg = store.service.register(RegistrationInput(18, "a@example.jp")).registration
        store.service.capture_template(18, "t", "Qoo10 <qoo10info@qoo10.jp>", "b")
    finally:
        store.close()
    with server.connect(name) as conn:
        conn.execute(
            'INSERT INTO "product_import" ("kind", "source_path", "file_name", "encoding", '
            '"header", "row_count", "file_size", "imported_at", "imported_by") '
            "VALUES ('goods', '/x', 'x', 'utf-8', '[]', 0, 0, now(), 'u')"
        )
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            conn.execute(statement)
        assert conn.execute('SELECT COUNT(*) FROM "registration"').fetchone() == (1,)
        assert conn.execute(
            'SELECT "by" FROM "history" WHERE "registration_id" = %s', (reg.id,)
        ).fetchone() == ("tester",)


def test_schema_version_is_kept_and_a_newer_database_is_refused_before_writing(
    pg_store: tuple[PostgresServer, str],
) -> None:
    server, name = pg_store
    with server.connect(name) as conn:
        stored = conn.execute(
            'SELECT "value" FROM "meta" WHERE "key" = %s', (SCHEMA_VERSION_KEY,)
        ).fetchone()
        assert stored == (str(migrations.latest_version()),)
        conn.execute(
            'UPDATE "meta" SET "value" = %s WHERE "key" = %s',
            (str(migrations.latest_version() + 1), SCHEMA_VERSION_KEY),
        )
        before = conn.execute('SELECT COUNT(*), MAX("catalog_version") FROM "template"').fetchone()
    with pytest.raises(DatabaseTooNewError, match="新しいバージョン"):
        open_store(server.url(name))
    with server.connect(name) as conn:
        after = conn.execute('SELECT COUNT(*), MAX("catalog_version") FROM "template"').fetchone()
    assert after == before


def test_an_empty_database_is_made_a_store_and_a_foreign_one_refused(
    postgres_server: PostgresServer,
) -> None:
    empty = postgres_server.create_database()
    other = postgres_server.create_database()
    try:
        db = open_store(postgres_server.url(empty))
        db.close()
        with postgres_server.connect(empty) as conn:
            assert conn.execute('SELECT COUNT(*) FROM "template"').fetchone() != (0,)
        with postgres_server.connect(other) as conn:
            conn.execute("CREATE TABLE orders (id integer)")
        with pytest.raises(StoreError, match="QSM Desktop以外の表"):
            open_store(postgres_server.url(other))
        with postgres_server.connect(other) as conn:
            assert conn.execute("SELECT to_regclass('meta')").fetchone() == (None,)
    finally:
        postgres_server.drop_database(empty)
        postgres_server.drop_database(other)


def test_a_wrong_server_is_a_japanese_store_error() -> None:
    with pytest.raises(StoreError, match="データベースサーバーに接続できません") as caught:
        open_store("postgresql://nobody@127.0.0.1:1/qsm?connect_timeout=2")
    assert "127.0.0.1" in str(caught.value)


def test_password_asked_once_when_the_server_wants_one_and_never_kept(
    postgres_server: PostgresServer,
) -> None:
    """A role with a password on a server that asks for it (scram over TCP): libpq finds none
    in the URL or the environment, the provider is asked, the password is used for this run."""
    name = postgres_server.create_database()
    with postgres_server.connect() as conn:
        conn.execute("DROP ROLE IF EXISTS clerk")
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute("CREATE ROLE clerk LOGIN PASSWORD 'pw-12345'")
        conn.execute(f'GRANT ALL ON DATABASE "{name}" TO clerk')
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO clerk')
        # The run's server trusts everyone; this one role must give a password over TCP.
        hba = postgres_server.data_dir / "pg_hba.conf"
        rules = hba.read_text()
        rule = "host all clerk 127.0.0.1/32 scram-sha-256\n"
        if rule not in rules:
            hba.write_text(rule + rules)
        conn.execute("SELECT pg_reload_conf()")
        rules_now = conn.execute(
            "SELECT COUNT(*) FROM pg_hba_file_rules WHERE 'clerk' = ANY(user_name)"
        ).fetchone()
    assert rules_now == (1,)
    url = f"postgresql://clerk@127.0.0.1:{postgres_server.port}/{name}"
    asked: list[str] = []
    try:

        def provider(where: str) -> str:
            asked.append(where)
            return "pw-12345"

        db = open_store(url, password_provider=provider)
        db.close()
        assert asked == [url]
        with pytest.raises(StoreError, match="パスワード"):
            open_store(url, password_provider=lambda where: None)
    finally:
        postgres_server.drop_database(name)


def test_where_the_store_is_path_or_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    url = "postgresql://clerk:secret@db.example.jp:5432/qsm"
    assert is_database_url(url) and is_database_url("postgres://h/qsm")
    assert not is_database_url(str(tmp_path / "postgresql.db"))
    assert without_password(url) == "postgresql://clerk@db.example.jp:5432/qsm"
    assert without_password("postgresql://clerk@h/qsm") == "postgresql://clerk@h/qsm"
    location = resolve_location(url)
    assert location.is_postgres and location.url == url  # libpq reads it for this run
    assert "secret" not in location.display and location.name == "qsm"
    monkeypatch.setenv("QSM_DESKTOP_DB", "postgresql://clerk@h/shop")
    assert resolve_location(None).display == "postgresql://clerk@h/shop"
    assert resolve_location(str(tmp_path / "a.db")) == StoreLocation(path=tmp_path / "a.db")
    ctx = AppContext.from_options(url, "tester")
    assert "secret" not in repr(ctx) and ctx.is_postgres
    assert "secret" not in str(ctx.db_path) and ctx.db_path.name.endswith("qsm.db")
