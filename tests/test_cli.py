"""The CLI round trip and its refusals (stderr, exit 2, nothing changed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bad_inputs import BAD_ADDRESSES
from cli_runner import Cli

from qsm_desktop.__main__ import main

KEYS = {
    "id",
    "text_source",
    "text_source_label",
    "text_captured_at",
    "template_no",
    "kind",
    "group",
    "name",
    "send_type",
    "destination",
    "enabled",
    "standby",
    "period",
    "recognition_key",
    "title",
    "sender",
    "body",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
    "revision",
}


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "cli.db", capsys)


def test_templates_json(cli: Cli) -> None:
    templates = cli.json("templates")
    assert len(templates) == 45
    by_no = {t["template_no"]: t for t in templates}
    assert by_no[1]["group"] == "StockGear Template" and by_no[1]["kind"] == "注文情報"
    assert by_no[18]["name"] == "[Email] CrossMall Order - Group"
    assert by_no[47]["kind"] == "配送要請"
    only = cli.json("templates", "--kind", "配送要請", "--group", "crossmall")
    assert [t["template_no"] for t in only] == [47]
    assert (
        cli.json("templates", "--kind", "shipping_request", "--group", "CrossMall Template") == only
    )


def test_register_list_modify_history_round_trip(cli: Cli) -> None:
    created = cli.json("register", "--template", "18", "--to", "cm@example.jp")
    assert set(created) == KEYS
    assert created["enabled"] is True and created["standby"] is False
    assert created["group"] == "CrossMall Template" and created["kind"] == "注文情報"
    assert created["created_by"] == "tester" and created["revision"] == 1
    listed = cli.json("list")
    assert listed == [created]
    code, out, err = cli(
        "modify", str(created["id"]), "--to", "new@example.jp", "--enabled", "N", user="hasegawa"
    )
    assert code == 0, err
    assert "送信先: cm@example.jp → new@example.jp" in out
    [row] = cli.json("list", "--enabled", "N")
    assert row["destination"] == "new@example.jp" and row["updated_by"] == "hasegawa"
    assert row["revision"] == 2
    history = cli.json("history", str(created["id"]))
    assert [h["action"] for h in history] == ["register", "modify"]
    assert [h["revision"] for h in history] == [1, 2]
    assert history[1]["changes"] == [
        {"field": "destination", "before": "cm@example.jp", "after": "new@example.jp"},
        {"field": "enabled", "before": True, "after": False},
    ]
    assert cli.json("list", "--enabled", "Y") == []
    assert cli.json("list", "--address", "NEW@") == [row]


def test_table_output_has_grid_headers(cli: Cli) -> None:
    cli("register", "--template", "47", "--to", "cm@example.jp")
    code, out, _err = cli("list")
    assert code == 0
    header = out.splitlines()[0]
    for column in (
        "テンプレート番号",
        "カテゴリ",
        "テンプレートグループ名",
        "送信先",
        "使用(Y/N)",
        "修正者",
    ):
        assert column in header
    assert "配送要請" in out.splitlines()[1]


@pytest.mark.parametrize(
    "args",
    [
        ["register", "--template", "1", "--to", "test@"],
        ["register", "--template", "1", "--to", ""],
        ["register", "--template", "1", "--to", "a@b@c"],
        ["register", "--template", "1", "--to", "a b@example.jp"],
        ["register", "--template", "1", "--to", "a＠example.jp"],
        ["register", "--template", "1", "--to", "a" * 300],
        ["register", "--template", "1", "--to", "first@example.jp"],  # duplicate
        ["register", "--template", "99", "--to", "x@example.jp"],
        ["register", "--template", "1", "--to", "x@example.jp", "--enabled", "maybe"],
        ["register", "--template", "1", "--to", "x@example.jp", "--title", ""],
        ["register", "--template", "1", "--to", "x@example.jp", "--body-file", "/nonexistent"],
        ["modify", "1", "--to", "bad@"],
        ["modify", "1"],
        ["modify", "77", "--to", "x@example.jp"],
        ["list", "--kind", "発送"],
        # hostile input (issue: one line and exit 2 for every refusal)
        ["history", str(2**63)],
        ["modify", "99999999999999999999", "--to", "x@example.jp"],
        ["render", "--registration", str(2**64)],
        ["register", "--template", "1", "--to", "x@example.jp", "--body-file", "/dev/zero"],
        ["register", "--template", "1", "--to", "x@example.jp", "--body-file", "/"],
        ["register", "--template", "1", "--to", "x@example.jp", "--period", "5"],
        ["modify", "1", "--period", "5"],
        ["register", "--template", "1", "--to", "x@example.jp", "--sender", "a@b.jp, c@d.jp"],
        ["register", "--template", "1", "--to", "admin@ex\u0430mple.jp"],
        ["register", "--template", "1", "--to", "a@例え.jp"],
        ["--user", "a\nb", "register", "--template", "1", "--to", "x@example.jp"],
        ["--user", "a\x1bb", "register", "--template", "1", "--to", "x@example.jp"],
        ["--user", "x" * 100_000, "register", "--template", "1", "--to", "x@example.jp"],
        ["render", "--template", "1", "--bogus"],
        ["render", "--template"],
        ["render", "--template", "1", "--format", "pdf"],
        ["--db"],
        ["history", "77"],
        ["delete", "1"],
    ],
)
def test_bad_input_exits_2_and_changes_nothing(cli: Cli, args: list[str]) -> None:
    cli.json("register", "--template", "1", "--to", "first@example.jp")
    before = cli("list", "--json")[1]
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert cli("list", "--json")[1] == before


@pytest.mark.parametrize("address", BAD_ADDRESSES)
@pytest.mark.parametrize("command", ["register", "modify"])
def test_every_refused_address_exits_2_and_changes_nothing(
    cli: Cli, command: str, address: str
) -> None:
    """The service's and the form's list of refused 送信先 (tests/bad_inputs.py), on the CLI."""
    cli.json("register", "--template", "1", "--to", "first@example.jp")
    before = cli("list", "--json")[1]
    args = ["register", "--template", "18"] if command == "register" else ["modify", "1"]
    code, out, err = cli(*args, "--to", address)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "送信先" in err
    assert cli("list", "--json")[1] == before


def test_body_file(cli: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("カート番号:[$_PACK_NO_$]\n", encoding="utf-8")
    created = cli.json(
        "register", "--template", "1", "--to", "a@example.jp", "--body-file", str(body)
    )
    assert created["body"] == "カート番号:[$_PACK_NO_$]\n"


def test_body_file_encodings(cli: Cli, tmp_path: Path) -> None:
    """One reader for every text file the CLI takes: a BOM decides, else UTF-8, else CP932."""
    body = tmp_path / "body.txt"
    text = "髙﨑①\n[$_PACK_NO_$]\n"
    for number, data in enumerate(
        (
            text.encode("utf-8"),
            b"\xef\xbb\xbf" + text.encode("utf-8"),
            text.encode("utf-16"),  # with its BOM, as Notepad saves "Unicode"
            text.encode("cp932"),
        )
    ):
        body.write_bytes(data)
        created = cli.json(
            "register", "--template", "1", "--to", f"a{number}@example.jp", "--body-file", str(body)
        )
        assert created["body"] == text
    body.write_bytes(b"\x81\xff\xfe")  # neither UTF-8 nor CP932
    code, out, err = cli(
        "register", "--template", "1", "--to", "z@example.jp", "--body-file", str(body)
    )
    assert code == 2 and out == "" and "文字コードを読み取れません" in err


def test_refusals_are_japanese_sentences(cli: Cli, tmp_path: Path) -> None:
    """The seller reads Japanese: the field in the form's words (not its identifier), no OS or
    library error text in English."""
    code, _out, err = cli("register", "--template", "1", "--to", "a＠example.jp")
    assert code == 2 and err.startswith("qsm-desktop: 送信先: 「a＠example.jp」に全角文字")
    code, _out, err = cli("register", "--template", "1", "--to", "a@b@c")
    assert code == 2 and err.startswith("qsm-desktop: 送信先: 「a@b@c」")
    assert "「@」が2つ以上あります" in err
    assert not any(word in err for word in ("The ", "invalid", "sign"))
    code, _out, err = cli("operator", "  ")
    assert code == 2 and err == "qsm-desktop: 担当者名を入力してください。\n"
    missing = tmp_path / "missing.txt"
    code, _out, err = cli(
        "register", "--template", "1", "--to", "a@example.jp", "--body-file", str(missing)
    )
    assert code == 2 and err == f"qsm-desktop: ファイルを開けません: {missing} が見つかりません。\n"


def test_env_var_selects_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("QSM_DESKTOP_DB", str(target))
    assert main(["--user", "u", "register", "--template", "1", "--to", "a@example.jp"]) == 0
    assert target.exists()


def test_operator_name_is_saved_and_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "op.db")
    assert main(["--db", db, "operator", "長谷川"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "operator"]) == 0
    assert capsys.readouterr().out.strip() == "長谷川"
    assert main(["--db", db, "register", "--template", "1", "--to", "a@example.jp", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created_by"] == "長谷川"
    assert main(["--db", db, "--user", "yamada", "modify", "1", "--enabled", "N", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["updated_by"] == "yamada"
    assert main(["--db", db, "operator", "  "]) == 2
    assert "担当者名" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "plain"),
    [
        ([], True),
        (["--db", "x.db"], True),
        (["--db=x.db"], True),
        (["--db=", "--user", "長谷川"], True),
        (["--user=bob", "--db", "a.db", "--db", "b.db"], True),
        (["--user=--x"], True),
        # not plain: argparse decides (abbreviations, a missing value, a command)
        (["--us", "bob"], False),
        (["--db"], False),
        (["--db", "--user", "bob"], False),
        (["--db", "x.db", "list"], False),
        (["list"], False),
        (["--help"], False),
    ],
)
def test_gui_start_is_told_apart_as_argparse_would(argv: list[str], plain: bool) -> None:
    """The GUI's fast check (no parser) agrees with the parser wherever it answers."""
    import argparse

    from qsm_desktop.cli import options

    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    options.add_global_options(parser)
    try:
        known, rest = parser.parse_known_args(argv)
        expected = None if rest else known
    except (argparse.ArgumentError, SystemExit):
        expected = None
    fast = options._plain_gui_arguments(argv)
    assert (fast is not None) == plain
    if fast is not None:
        assert fast == expected
    assert options.gui_only_arguments(argv) == expected


def _refused_in_one_japanese_line(code: int, out: str, err: str) -> None:
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    for english in ("argument", "expected", "invalid", "Traceback", "Error"):
        assert english not in err


@pytest.mark.parametrize(
    "args",
    [
        ["render", "--template"],
        ["render", "--template", "1", "--bogus"],
        ["render", "--template", "1", "--format", "pdf"],
        ["render"],
        ["render", "--template", "1", "--registration", "1"],
        ["nope"],
        ["--db"],
        ["history", "x"],
    ],
)
def test_argparse_refusals_are_japanese(cli: Cli, args: list[str]) -> None:
    _refused_in_one_japanese_line(*cli(*args))


def test_an_oversized_body_file_is_refused_by_its_size(cli: Cli, tmp_path: Path) -> None:
    from qsm_desktop.core.limits import MAX_BODY_FILE_BYTES

    big = tmp_path / "big.html"
    with big.open("wb") as file:  # sparse: nothing is written, the size alone is too large
        file.truncate(MAX_BODY_FILE_BYTES + 1)
    for args in (
        ["register", "--template", "1", "--to", "x@example.jp", "--body-file", str(big)],
        ["render", "--body-file", str(big)],
    ):
        code, out, err = cli(*args)
        _refused_in_one_japanese_line(code, out, err)
        assert f"{MAX_BODY_FILE_BYTES:,}バイトまで" in err


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [(None, "標準入力が閉じています"), (b"\x00\x01\x02binary", "バイナリ")],
)
def test_closed_or_binary_stdin_is_refused(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, stdin: bytes | None, expected: str
) -> None:
    import io
    import sys

    if stdin is None:
        monkeypatch.setattr(sys, "stdin", None)  # what Python sets when descriptor 0 is closed
    else:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code, out, err = cli("render", "--body-file", "-")
    _refused_in_one_japanese_line(code, out, err)
    assert expected in err


def test_a_closed_stdout_pipe_ends_quietly(tmp_path: Path) -> None:
    """``templates --json | head -c 1``: the reader has gone; no message, no traceback."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to the pipe now fails with EPIPE
    cmd = [sys.executable, "-m", "qsm_desktop", "--db", str(tmp_path / "p.sqlite"), "--user", "t"]
    try:
        done = subprocess.run(
            [*cmd, "templates", "--json"],
            stdout=write_end,
            capture_output=False,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b"" and done.returncode == 0
