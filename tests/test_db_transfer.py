"""migrate-db: a populated SQLite store copied into an empty PostgreSQL database and back into a
new SQLite file, with every table's rows and checksum identical; the refusals change nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import peewee
import psycopg
import pytest
from cli_runner import run_cli
from postgres_server import PostgresServer
from products_fixtures import goods_file, goods_row

from qsm_desktop.core.db_transfer import TransferError, store_checks, transfer
from qsm_desktop.core.models import Template
from qsm_desktop.core.products.importer import import_file
from qsm_desktop.core.registrations import Patch, RegistrationInput, RegistrationService
from qsm_desktop.core.safety.checklist import build_checklist, tick


def _populate(service: RegistrationService, tmp_path: Path) -> None:
    """Something in every table: registrations, edits, a tick, a captured text, a product import."""
    numbers = [t.no for t in Template.select(Template.no).order_by(Template.no).limit(3)]
    ids = []
    for index, number in enumerate(numbers * 2):
        report = service.register(
            RegistrationInput(
                number,
                destination=f"shop{index}@example.jp",
                enabled=index % 2 == 0,
                period=index or None,
                recognition_key=f"鍵{index}",
            )
        )
        ids.append(report.registration.id)
    service.modify(ids[0], Patch(destination="changed@example.jp", standby=True))
    service.capture_template(
        numbers[0], "【取り込み】件名", "Qoo10 <qoo10info@qoo10.jp>", "<p>本文</p>"
    )
    tick(build_checklist().pending[0])
    import_file(goods_file(tmp_path / "GoodsList.csv", goods_row(), goods_row(item_no="101")))


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def populated(
    service: RegistrationService, db: peewee.SqliteDatabase, db_path: Path, tmp_path: Path
) -> Path:
    _populate(service, tmp_path)
    db.close()
    return db_path


def test_a_store_round_trips_through_postgresql_with_identical_checksums(
    populated: Path, postgres_database: str, tmp_path: Path
) -> None:
    before = _file_digest(populated)
    source_checks = store_checks(populated)
    assert {c.name for c in source_checks} >= {
        "registration",
        "history",
        "checklist_tick",
        "template_capture",
        "product_import",
        "goods_item",
        "template",
        "meta",
    }
    assert all(c.rows > 0 for c in source_checks if c.name != "inventory_item")

    into_pg = transfer(populated, postgres_database)
    assert into_pg == source_checks
    assert store_checks(postgres_database) == source_checks
    assert _file_digest(populated) == before  # the source is only read

    back = tmp_path / "back" / "qsm.db"
    assert transfer(postgres_database, back) == source_checks
    assert store_checks(back) == source_checks


def test_postgresql_ids_continue_past_the_copied_ones(
    populated: Path, postgres_database: str
) -> None:
    transfer(populated, postgres_database)
    with psycopg.connect(postgres_database) as connection:
        top = connection.execute("SELECT MAX(id) FROM registration").fetchone()
        new = connection.execute(
            "INSERT INTO registration (template_no, destination, enabled, standby, "
            "recognition_key, title, sender, body, created_by, created_at, updated_by, "
            "updated_at, origin) SELECT template_no, '', true, false, '', '', '', '', 'a', "
            "now(), 'a', now(), 'app' FROM registration LIMIT 1 RETURNING id"
        ).fetchone()
        version = connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
    assert top is not None and new is not None and new[0] == top[0] + 1
    assert version is not None and int(version[0]) >= 6


def test_a_target_that_holds_data_is_refused_and_kept(
    populated: Path, postgres_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    transfer(populated, postgres_database)
    checks = store_checks(postgres_database)
    code, out, err = run_cli(populated, capsys, "migrate-db", str(populated), postgres_database)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "空ではありません" in err
    assert store_checks(postgres_database) == checks


def test_an_existing_sqlite_target_and_a_missing_source_are_refused(
    populated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(populated, capsys, "migrate-db", str(populated), str(populated))
    assert code == 2 and "同じ" in err
    other = tmp_path / "other.db"
    other.write_bytes(b"kept")
    code, _, err = run_cli(populated, capsys, "migrate-db", str(populated), str(other))
    assert code == 2 and "すでにあります" in err and other.read_bytes() == b"kept"
    code, _, err = run_cli(populated, capsys, "migrate-db", str(tmp_path / "nope.db"), "x.db")
    assert code == 2 and "ありません" in err and len(err.strip().splitlines()) == 1


def test_sqlite_to_sqlite_through_the_command_line(
    populated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.db"
    code, out, err = run_cli(populated, capsys, "migrate-db", str(populated), str(target))
    assert code == 0, err
    assert "一致" in out
    assert store_checks(target) == store_checks(populated)


def test_a_failed_check_rolls_the_target_back(
    populated: Path, postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qsm_desktop.core import table_checksum, transfer_sides

    name = postgres_server.create_database()
    url = postgres_server.url(name)
    real = table_checksum.table_checksum
    tables = len(store_checks(populated))
    calls = {"n": 0}

    def wrong_on_the_target(rows: Iterable[Sequence[object]], times: Sequence[bool]) -> str:
        calls["n"] += 1
        result = real(rows, times)
        # the source's checks come first (one per table), then the target's: the third is off
        return result if calls["n"] <= tables + 2 else "0" * 64

    monkeypatch.setattr(transfer_sides, "table_checksum", wrong_on_the_target)
    with pytest.raises(TransferError, match="一致しません"):
        transfer(populated, url)
    with psycopg.connect(postgres_server.dsn(name)) as connection:
        left = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert left == (0,)
    postgres_server.drop_database(name)


def test_a_server_that_does_not_answer_and_a_damaged_source_are_one_line_each(
    populated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from postgres_server import free_port

    unreachable = f"postgresql://nobody@127.0.0.1:{free_port()}/qsm"
    code, out, err = run_cli(populated, capsys, "migrate-db", str(populated), unreachable)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "接続できません" in err
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    code, out, err = run_cli(populated, capsys, "migrate-db", str(damaged), str(tmp_path / "t.db"))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "t.db").exists()
