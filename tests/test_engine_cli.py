"""qsm-desktop render / samples / placeholders."""

from __future__ import annotations

import email
import io
import json
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest
from cli_runner import Cli


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "cli.db", capsys)


def test_render_body_file_with_warnings_on_stderr(run: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("注文 {$_PACK_NO_$}\n不明 {$_NOPE_$}\n", encoding="utf-8")
    code, out, err = run("render", "--body-file", str(body), "--title", "件名 {$_PACK_NO_$}")
    assert code == 0
    assert "タイトル: 件名 312345678" in out
    assert "注文 312345678\n不明 {$_NOPE_$}\n" in out
    assert err.startswith("本文 2行4列: 警告: 「{$_NOPE_$}」")
    assert "warning" not in err


def test_render_json(run: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.html"
    body.write_text("<p>{$_BUYER_NM_$} {$_X_$}</p>", encoding="utf-8")
    code, out, _ = run("render", "--body-file", str(body), "--sample", "cp932-non-jis", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"subject", "sender", "to", "html", "text", "warnings", "encoding"}
    assert data["warnings"][0]["code"] == "unknown-placeholder"
    assert data["warnings"][0]["line"] == 1 and data["warnings"][0]["column"] == 19
    assert data["encoding"]["not_iso2022jp"][0]["char"] == "髙"


def test_render_catalog_template_and_registration(run: Cli, tmp_path: Path) -> None:
    code, out, err = run("render", "--template", "18", "--sample", "long-memo", "--format", "html")
    assert code == 0, err
    assert out.count("[備考]") == 4
    code, out, err = run("register", "--template", "1", "--to", "x@example.com", "--json")
    assert code == 0, err
    reg_id = json.loads(out)["id"]
    code, out, err = run("render", "--registration", str(reg_id), "--json")
    assert code == 0, err
    assert json.loads(out)["to"] == ["x@example.com"]


def test_render_eml_to_file(run: Cli, tmp_path: Path) -> None:
    target = tmp_path / "mail.eml"
    code, _, err = run(
        "render",
        "--template",
        "1",
        "--format",
        "eml",
        "--charset",
        "iso-2022-jp",
        "--out",
        str(target),
    )
    assert code == 0, err
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert "Qoo10の注文のお知らせです。" in str(message["Subject"])


def test_render_refusals_exit_2(run: Cli, tmp_path: Path) -> None:
    code, _, err = run(
        "render",
        "--template",
        "1",
        "--sample",
        "cp932-non-jis",
        "--format",
        "eml",
        "--charset",
        "iso-2022-jp",
    )
    assert code == 2 and "ISO-2022-JP では送れない文字" in err
    code, _, err = run("render", "--template", "1", "--sample", "nope")
    assert code == 2 and "one-item" in err
    data = tmp_path / "order.json"
    data.write_text('{"PACK_NO": ["1"]}', encoding="utf-8")
    code, _, err = run("render", "--template", "1", "--data", str(data))
    assert code == 2 and "PACK_NO" in err
    data.write_text("{", encoding="utf-8")
    code, _, err = run("render", "--template", "1", "--data", str(data))
    assert code == 2 and "JSON" in err
    code, _, err = run("render", "--template", "9999")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_render_with_data_file(run: Cli, tmp_path: Path) -> None:
    data = tmp_path / "order.json"
    data.write_text('{"PACK_NO": "42", "DEL_MEMO": ["a", "b"]}', encoding="utf-8")
    code, out, _ = run("render", "--template", "18", "--data", str(data), "--json")
    assert code == 0
    assert "[備考] a" in json.loads(out)["text"]


def test_samples_and_placeholders_lists(run: Cli) -> None:
    code, out, _ = run("samples", "--json")
    assert code == 0 and "one-item" in [s["name"] for s in json.loads(out)]
    code, out, _ = run("samples")
    assert code == 0 and "one-item" in out
    code, out, _ = run("placeholders", "--json")
    names = [p["name"] for p in json.loads(out)]
    assert code == 0 and "DEL_MEMO" in names
    code, out, _ = run("placeholders")
    assert code == 0 and "{$_DEL_MEMO_$}" in out


def test_the_parsers_charsets_are_the_engines() -> None:
    """render_cmd spells them out so that building the parser does not import the engine."""
    from qsm_desktop.cli import render_cmd
    from qsm_desktop.core.engine import CHARSETS

    assert render_cmd.CHARSETS == CHARSETS


def test_building_the_parser_imports_no_command_code() -> None:
    """Every start builds every command's parser: the engine, the checks and the store are
    imported by the command that runs, not by the parser (``history`` should not pay for jinja)."""
    code = (
        "import sys\n"
        "from qsm_desktop.cli.main import build_parser\n"
        "build_parser()\n"
        "heavy = ('jinja2', 'peewee', 'email.message', 'qsm_desktop.core.engine',\n"
        "         'qsm_desktop.core.safety', 'qsm_desktop.core.products.importer',\n"
        "         'qsm_desktop.core.registrations', 'qsm_desktop.core.catalog')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_eml_refusal_lists_each_character_once_on_one_line(run: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.html"
    body.write_text("<p>①</p>", encoding="utf-8")
    code, out, err = run(
        "render", "--body-file", str(body), "--format", "eml", "--charset", "iso-2022-jp"
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1  # the refusal alone, no notes before it
    assert err.count("①") == 1 and "本文 1行1列「①」(U+2460)" in err


def test_diagnostics_are_japanese(run: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("注文 {$_PACK_NO_$}\n①\n", encoding="utf-8")
    code, _out, err = run("render", "--body-file", str(body), "--title", "件名 {$_NOPE_$}")
    assert code == 0
    assert err.splitlines() == [
        "タイトル 1行4列: 警告: " + err.splitlines()[0].split(": 警告: ", 1)[1],
        "本文 2行1列「①」(U+2460): 注意: ISO-2022-JP では送れません。",
    ]
    assert "note" not in err and "warning" not in err


def test_body_and_data_files_in_cp932_or_from_stdin(
    run: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = tmp_path / "body.txt"
    body.write_bytes("注文 {$_PACK_NO_$} 髙\n".encode("cp932"))
    data = '{"PACK_NO": "42"}'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    code, out, err = run("render", "--body-file", str(body), "--data", "-", "--format", "html")
    assert code == 0, err
    assert "注文 42 髙" in out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x")))
    code, out, err = run("render", "--body-file", "-", "--data", "-")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "標準入力" in err


def test_missing_files_are_named_in_japanese(run: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    for args in (("--body-file", str(missing)), ("--template", "1", "--data", str(missing))):
        code, out, err = run("render", *args)
        assert code == 2 and out == ""
        assert err == f"qsm-desktop: ファイルを開けません: {missing} が見つかりません。\n"


def test_readme_eml_example_substitutes_and_lists(run: Cli, tmp_path: Path) -> None:
    """README: render --body-file … --sample cp932-non-jis --charset iso-2022-jp --substitute."""
    body = tmp_path / "body.html"
    body.write_text("<p>{$_ITEM_NM_$}</p>\n<p>①</p>", encoding="utf-8")
    target = tmp_path / "mail.eml"
    args = ["render", "--body-file", str(body), "--title", "Qoo10の注文のお知らせです。"]
    args += ["--sample", "cp932-non-jis", "--format", "eml", "--charset", "iso-2022-jp"]
    code, _, err = run(*args, "--out", str(target))
    assert code == 2 and "ISO-2022-JP では送れない" in err and "--substitute" in err
    assert not target.exists()
    code, _, err = run(*args, "--substitute", "--out", str(target))
    assert code == 0, err
    lines = err.strip().splitlines()
    assert "本文 1行9列「①」(U+2460) → 「(1)」(ほか1か所): 置き換えました。" in lines
    assert all("置き換えました" in line for line in lines)
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    plain = message.get_body(("plain",))
    assert plain is not None and "(1)" in plain.get_content()
    assert plain["Content-Transfer-Encoding"] == "7bit"
