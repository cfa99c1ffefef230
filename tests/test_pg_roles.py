"""The staff role of docs/postgresql.md: the setup SQL printed there works, a member of the role
uses the app as usual, and cannot delete or rewrite the history even with the triggers off."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest
from postgres_server import PostgresServer

from qsm_desktop.core.app_context import AppContext
from qsm_desktop.core.registrations import Patch, RegistrationInput
from qsm_desktop.core.store_location import StoreLocation

DOC = Path(__file__).resolve().parents[1] / "docs" / "postgresql.md"


def _setup_sql() -> str:
    [block] = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return block


def test_a_staff_member_works_but_cannot_delete_or_rewrite_history(
    postgres_server: PostgresServer, postgres_template: str
) -> None:
    name = postgres_server.create_database(template=postgres_template)
    try:
        with postgres_server.connect(name) as owner:
            owner.execute("DROP ROLE IF EXISTS tanaka")
            owner.execute("DROP ROLE IF EXISTS qsm_staff")
            owner.execute(_setup_sql())
            owner.execute("CREATE ROLE tanaka LOGIN IN ROLE qsm_staff")
        url = postgres_server.url(name).replace(f"{postgres_server.user}@", "tanaka@", 1)
        staff = AppContext(StoreLocation(url=url), user="田中")
        try:
            reg = staff.service.register(RegistrationInput(18, "a@example.jp")).registration
            staff.service.modify(reg.id, Patch(title="t"), base_revision=reg.revision)
            assert [h.by for h in staff.service.history(reg.id)] == ["田中", "田中"]
        finally:
            staff.close()
        with postgres_server.connect(name) as owner:
            # Even the triggers switched off (which only the owner can do)…
            owner.execute('ALTER TABLE "history" DISABLE TRIGGER USER')
            with psycopg.connect(url, autocommit=True) as conn:
                for statement in ('DELETE FROM "history"', """UPDATE "history" SET "by" = 'x'"""):
                    with pytest.raises(psycopg.errors.InsufficientPrivilege):
                        conn.execute(statement)
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute('DELETE FROM "registration"')
            owner.execute('ALTER TABLE "history" ENABLE TRIGGER USER')
            assert owner.execute('SELECT COUNT(*) FROM "history"').fetchone() == (2,)
    finally:
        postgres_server.drop_database(name)
        with postgres_server.connect() as conn:
            conn.execute("DROP ROLE IF EXISTS tanaka")
            conn.execute("DROP OWNED BY qsm_staff")
            conn.execute("DROP ROLE IF EXISTS qsm_staff")
