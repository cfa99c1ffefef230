"""The tests' throw-away PostgreSQL server itself: it runs, it is the version we think, each test
gets a database of its own, and it is reachable over TCP as well as the Unix socket."""

from __future__ import annotations

import psycopg
import pytest
from postgres_server import PostgresServer


def test_the_server_answers_with_its_version(postgres_server: PostgresServer) -> None:
    with psycopg.connect(postgres_server.dsn()) as connection:
        number = connection.execute("SHOW server_version_num").fetchone()
        user = connection.execute("SELECT current_user").fetchone()
    assert number is not None and int(str(number[0])) >= 130000  # PostgreSQL 13 or later
    assert postgres_server.version.split(".")[0] == str(int(str(number[0])) // 10000)
    assert user == (postgres_server.user,)


def test_a_test_database_is_empty_and_its_own(
    postgres_server: PostgresServer, postgres_database: str
) -> None:
    with psycopg.connect(postgres_database, autocommit=True) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        connection.execute("CREATE TABLE probe (id integer PRIMARY KEY)")
        name = connection.execute("SELECT current_database()").fetchone()
    assert tables == (0,)
    assert name is not None and name[0] != "postgres"


def test_a_database_copied_from_a_template_holds_its_tables(
    postgres_server: PostgresServer,
) -> None:
    template = postgres_server.create_database()
    with psycopg.connect(postgres_server.dsn(template), autocommit=True) as connection:
        connection.execute("CREATE TABLE kept (id integer PRIMARY KEY)")
        connection.execute("INSERT INTO kept VALUES (7)")
    copy = postgres_server.create_database(template=template)
    try:
        with psycopg.connect(postgres_server.dsn(copy)) as connection:
            assert connection.execute("SELECT id FROM kept").fetchall() == [(7,)]
    finally:
        postgres_server.drop_database(copy)
        postgres_server.drop_database(template)


def test_the_server_is_reachable_over_tcp(postgres_server: PostgresServer) -> None:
    with psycopg.connect(postgres_server.url(tcp=True)) as connection:
        row = connection.execute("SELECT inet_server_port()").fetchone()
    assert row == (postgres_server.port,)


def test_the_password_role_must_give_its_password_over_tcp(
    postgres_server: PostgresServer,
) -> None:
    role = postgres_server.create_password_role("s3cret")
    url = f"postgresql://{role}@127.0.0.1:{postgres_server.port}/postgres"
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(url, connect_timeout=5).close()
    with psycopg.connect(url, password="s3cret") as connection:
        assert connection.execute("SELECT current_user").fetchone() == (role,)
