"""From QSM: the pasted お知らせ設定データ grid (the guide's own rows) into the store."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from backends import on_both_backends
from cli_runner import run_cli as _cli

from qsm_desktop.core.catalog import get_template
from qsm_desktop.core.errors import QsmError
from qsm_desktop.core.models import History, Registration, tuples
from qsm_desktop.core.registrations import RegistrationInput, RegistrationService
from qsm_desktop.core.safety import (
    apply_qsm_import,
    check_setup,
    parse_qsm_date,
    parse_qsm_grid,
    plan_qsm_import,
)

# Every test here runs on SQLite and on PostgreSQL (tests/backends.py).
db, app_context, store_arg = on_both_backends()

# Copied verbatim from the guide 「外部システム連動」 (see docs/rules.md): the grid
# after 【検索】, with its cut-off names, the send type glued to the name and no 送信先 …
GUIDE_HEADER = (
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t修正者"
)
GUIDE_ROWS = (
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - C EMAIL\t\t\tN\tN\t\t"
    "2015-04-17 15:36\t20\n"
    "47\t配送要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\t\tY\tN\t\t"
    "2015-08-20 16:51\t20\n"
)
# … the short variant that stops after 使用(Y/N) …
GUIDE_SHORT = (
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - C EMAIL\t\t\tN\n"
    "47\t配送要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\t\tY\n"
)
# … the company-switch page: a header without 登録者 over rows that have one, with addresses …
GUIDE_SWITCH = (
    "お知らせ設定データ\t\t\t\t\t\t\t\t\t\t\n"
    "テンプレート番号\tカテゴリ\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録日\t更新日\t修正者\n"
    "18\t注文情報\tCrossMail Template\t[Email] CrossMail Order - G EMAIL\t\tkamochei@ybb.ne.jp\t"
    "N\tN\ttvhasegawa\t2015-04-17 15:38\ttvhasegawa\n"
    "47\t配送要請\tCrossMail Template\t[Email] CrossMail Transpor EMAIL\t\t"
    "kamochei@pullback.co.jp\tY\tN\ttvhasegawa\t2015-08-20 16:51\ttvhasegawa\n"
)
# … and the last page: 'カテゴリー' and the spelling 配達要請.
GUIDE_LAST = (
    "テンプレート番号\tカテゴリー\tテンプレートグループ名\tテンプレート名\t送信タイプ\t送信先\t"
    "使用(Y/N)\t待機(Y/N)\t登録者\t登録日\t修正者\n"
    "18\t注文情報\tCrossMall Template\t[Email] CrossMall Order - G EMAIL\t\t\tN\tN\t"
    "tvhasegawa\t2015-04-17 15:36\ttvhasegawa\n"
    "47\t配達要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\t\tY\tN\t"
    "tvhasegawa\t2015-08-20 16:51\ttvhasegawa\n"
)
UNKNOWN_ROW = "99\t注文情報\tFoo Template\t[Email] Foo Order\tEMAIL\tfoo@example.jp\tY\tN\n"


# -- parsing --------------------------------------------------------------------------------------


def test_parse_guide_rows_without_header() -> None:
    grid = parse_qsm_grid(GUIDE_ROWS)
    assert grid.problems == () and grid.header_line is None
    first, second = grid.rows
    assert (first.line, first.template_no, first.category, first.group) == (
        1,
        18,
        "注文情報",
        "CrossMall Template",
    )
    assert (first.name, first.send_type) == ("[Email] CrossMall Order - C", "EMAIL")
    assert (first.destination, first.enabled, first.standby) == ("", False, False)
    assert first.created_by is None and first.created_at == datetime(2015, 4, 17, 15, 36)
    assert first.updated_by == "20"  # the cell as the guide shows it
    assert (second.template_no, second.name, second.enabled) == (
        47,
        "[Email] CrossMall Transpor",
        True,
    )


def test_parse_with_header() -> None:
    grid = parse_qsm_grid(GUIDE_HEADER + "\n" + GUIDE_ROWS)
    assert grid.header_line == 1 and [r.line for r in grid.rows] == [2, 3]
    assert grid.rows == tuple(replace(r, line=r.line + 1) for r in parse_qsm_grid(GUIDE_ROWS).rows)


def test_parse_short_variant_has_no_standby() -> None:
    grid = parse_qsm_grid(GUIDE_SHORT)
    assert [(r.template_no, r.enabled, r.standby) for r in grid.rows] == [
        (18, False, None),
        (47, True, None),
    ]


def test_parse_audit_columns_by_what_they_look_like() -> None:
    grid = parse_qsm_grid(GUIDE_SWITCH)
    assert grid.header_line == 2 and grid.problems == ()
    first = grid.rows[0]
    assert (first.line, first.destination, first.group) == (
        3,
        "kamochei@ybb.ne.jp",
        "CrossMail Template",
    )
    assert first.created_by == "tvhasegawa" and first.updated_by == "tvhasegawa"
    assert first.created_at == datetime(2015, 4, 17, 15, 38) and first.updated_at is None


def test_parse_category_variant_header() -> None:
    grid = parse_qsm_grid(GUIDE_LAST)
    assert [r.category for r in grid.rows] == ["注文情報", "配達要請"]
    assert grid.rows[1].created_by == "tvhasegawa"


def test_parse_full_twelve_columns_and_crlf() -> None:
    text = (
        "6\t注文情報\tNextEngine Template\t[Email] NextEngine Order - 注文情報\tEMAIL\t"
        "a@x.jp;b@x.jp\tY\tY\tyamada\t2024/01/02 03:04\t2024-02-03 04:05:06\tsato\r\n"
    )
    [row] = parse_qsm_grid(text).rows
    assert (row.send_type, row.destination, row.standby) == ("EMAIL", "a@x.jp;b@x.jp", True)
    assert (row.created_by, row.updated_by) == ("yamada", "sato")
    assert row.created_at == datetime(2024, 1, 2, 3, 4)
    assert row.updated_at == datetime(2024, 2, 3, 4, 5, 6)


def test_parse_leading_empty_selection_cell() -> None:
    text = "".join(f"\t{line}\n" for line in GUIDE_ROWS.splitlines())
    assert parse_qsm_grid(text).rows == parse_qsm_grid(GUIDE_ROWS).rows


def test_parse_reports_bad_lines_with_their_number() -> None:
    text = "\n".join(
        [
            "",  # blank: skipped
            "お知らせ設定データ",  # the grid's title: skipped
            "18\t注文情報\tCrossMall Template\tname\tEMAIL\ta@x.jp\tX\tN",
            "合計 2件",
            "47\t配送要請\tCrossMall Template\tname\tEMAIL\ta@x.jp\tY\tmaybe",
            "47\t配送要請\tCrossMall Template\tname\tEMAIL\ta@x.jp\tY\tN",
        ]
    )
    grid = parse_qsm_grid(text)
    assert [r.line for r in grid.rows] == [6]
    assert [p.line for p in grid.problems] == [3, 4, 5]
    assert "使用(Y/N)" in grid.problems[0].message
    assert "テンプレート番号ではありません" in grid.problems[1].message
    assert "待機(Y/N)" in grid.problems[2].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-04-17 15:36", datetime(2015, 4, 17, 15, 36)),
        ("2015/4/7", datetime(2015, 4, 7)),
        ("2015-02-30 10:00", None),
        ("tvhasegawa", None),
        ("20", None),
    ],
)
def test_parse_qsm_date(text: str, expected: datetime | None) -> None:
    assert parse_qsm_date(text) == expected


# -- importing ------------------------------------------------------------------------------------


def _rows() -> list[tuple[Any, ...]]:
    return list(
        tuples(
            Registration.select(
                Registration.id,
                Registration.template,
                Registration.destination,
                Registration.enabled,
                Registration.origin,
                Registration.qsm_category,
            )
        )
    )


def test_import_guide_grid_with_cut_name_and_unknown_number(service: RegistrationService) -> None:
    text = GUIDE_HEADER + "\n" + GUIDE_ROWS + UNKNOWN_ROW
    plan = plan_qsm_import(text)
    assert [(i.line, i.action, i.template_no) for i in plan.items] == [
        (2, "create", 18),
        (3, "create", 47),
    ]
    assert Registration.select().count() == 0  # the preview writes nothing
    [problem] = plan.problems
    assert problem.line == 4 and "テンプレート番号 99 はカタログにありません" in problem.message
    # The GUI shows this too: it points to the app's 【参照】, not to a CLI command.
    assert "【参照】" in problem.message and "qsm-desktop" not in problem.message

    result = apply_qsm_import(service, text)
    assert [i.registration_id for i in result.plan.items] == [1, 2]
    assert result.plan.problems == plan.problems
    assert _rows() == [
        (1, 18, "", False, "qsm", "注文情報"),
        (2, 47, "", True, "qsm", "配送要請"),
    ]
    order = service.get(1)
    template = get_template(18)
    assert (order.title, order.sender, order.body) == (
        template.title,
        template.sender,
        template.body,
    )
    assert order.created_at == datetime(2015, 4, 17, 15, 36)
    assert order.created_by == "tester" and order.updated_by == "20"
    [entry] = service.history(1)
    assert entry.action == "qsm-import" and entry.by == "tester"
    # The cut name is noted, never a reason to refuse.
    assert any("[Email] CrossMall Order - C" in n for n in result.plan.items[0].notes)


def test_reimport_updates_in_place_never_duplicates(service: RegistrationService) -> None:
    apply_qsm_import(service, GUIDE_ROWS)
    history = History.select().count()
    again = apply_qsm_import(service, GUIDE_ROWS)
    assert [i.action for i in again.plan.items] == ["unchanged", "unchanged"]
    assert Registration.select().count() == 2 and History.select().count() == history
    assert again.report.history_ids == ()

    # The seller set addresses in QSM: the re-import finds each row by its template number.
    switched = apply_qsm_import(RegistrationService("hasegawa"), GUIDE_SWITCH)
    assert [(i.action, i.registration_id, i.matched_by) for i in switched.plan.items] == [
        ("update", 1, "template_no"),
        ("update", 2, "template_no"),
    ]
    assert [(r[2], r[3]) for r in _rows()] == [
        ("kamochei@ybb.ne.jp", False),
        ("kamochei@pullback.co.jp", True),
    ]
    last = service.history(1)[-1]
    assert last.action == "qsm-import" and last.by == "hasegawa"
    assert [(c.field, c.before, c.after) for c in last.changes] == [
        ("destination", "", "kamochei@ybb.ne.jp")
    ]
    # …and the same paste again changes nothing.
    assert [i.action for i in apply_qsm_import(service, GUIDE_SWITCH).plan.items] == [
        "unchanged",
        "unchanged",
    ]
    assert Registration.select().count() == 2


def test_reimport_writes_only_what_changed(
    service: RegistrationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_qsm_import(service, GUIDE_ROWS)
    written: list[list[int]] = []
    real = RegistrationService.modify_many

    def spy(self: RegistrationService, patches: list, action: str, **kwargs: object) -> object:
        written.append([reg_id for reg_id, _patch in patches])
        # a spy: the arguments go through as the service's caller gave them
        return real(self, patches, action, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RegistrationService, "modify_many", spy)
    apply_qsm_import(service, GUIDE_ROWS)
    assert written == [[]]  # 変更なし rows are neither read again nor written
    # Another カテゴリ spelling in QSM is stored (no history: it is not a seller field).
    history = History.select().count()
    result = apply_qsm_import(service, GUIDE_LAST)
    assert [i.action for i in result.plan.items] == ["unchanged", "unchanged"]
    assert written[-1] == [2]
    assert [r[5] for r in _rows()] == ["注文情報", "配達要請"]
    assert History.select().count() == history


def test_matching_by_destination_first(service: RegistrationService) -> None:
    grid = (
        "6\t注文情報\tNextEngine Template\t[Email] NextEngine Ord\tEMAIL\ta@ne.jp\tY\tN\n"
        "6\t注文情報\tNextEngine Template\t[Email] NextEngine Ord\tEMAIL\tb@ne.jp\tY\tN\n"
    )
    apply_qsm_import(service, grid)
    changed = grid.replace("b@ne.jp\tY", "B@NE.jp\tN").replace("a@ne.jp", "c@ne.jp")
    plan = plan_qsm_import(changed)
    # b is found by its address (case-insensitive). a became c in QSM: one pasted row and one
    # QSM row of number 6 are left, so they are matched by the number alone.
    assert [(i.action, i.registration_id, i.matched_by) for i in plan.items] == [
        ("update", 1, "template_no"),
        ("update", 2, "destination"),
    ]
    assert [(c.field, c.after) for c in plan.items[1].changes] == [
        ("destination", "B@NE.jp"),
        ("enabled", False),
    ]


def test_ambiguous_or_app_rows_are_not_matched_by_number(service: RegistrationService) -> None:
    app = service.register(RegistrationInput(6, "app@ne.jp")).registration
    grid = "6\t注文情報\tNextEngine Template\tx\tEMAIL\tqsm@ne.jp\tY\tN\n"
    plan = plan_qsm_import(grid)
    assert [(i.action, i.registration_id) for i in plan.items] == [("create", None)]
    assert plan.not_in_paste == (app.id,)
    # Two pasted rows of one number and one QSM row left: ambiguous, so both are new.
    apply_qsm_import(service, grid)
    two = grid.replace("qsm@", "x@") + grid.replace("qsm@", "y@")
    assert [i.action for i in plan_qsm_import(two).items] == ["create", "create"]


def test_an_app_row_equal_to_a_pasted_row_is_that_row(service: RegistrationService) -> None:
    app = service.register(RegistrationInput(47, "cm@example.jp")).registration
    grid = "47\t配送要請\tCrossMall Template\t[Email] CrossMall Transpor EMAIL\t\tCM@example.jp\tN\tN\n"
    result = apply_qsm_import(service, grid)
    [item] = result.plan.items
    assert (item.action, item.registration_id) == ("update", app.id)
    assert _rows() == [(app.id, 47, "CM@example.jp", False, "app", "配送要請")]


def test_import_then_check_reports_the_qsm_setup(service: RegistrationService) -> None:
    apply_qsm_import(service, GUIDE_ROWS)
    report = check_setup()
    # QSM's grid has no mail text: the rows read from it are on the sample text until the
    # seller pastes QSM's text.
    assert {(f.code, f.registration_ids) for f in report.findings} == {
        ("disabled", (1,)),
        ("no-destination", (2,)),
        ("sample-text", (1,)),
        ("sample-text", (2,)),
    }
    grid = (
        "20\t配送要請\tBasic Template\t[Email] Basic Order\tEMAIL\ttest@\tY\tN\n"  # 20 = 注文情報
        "47\t配達要請\tCrossMall Template\tx\tEMAIL\tcm@example.jp\tY\tN\n"  # variant spelling
    )
    [note] = [n for n in plan_qsm_import(grid).items[0].notes if "カテゴリ" in n]
    # Named as the setup check lists it, not by its code.
    assert "「カテゴリとテンプレートの種類が違います」" in note and "kind-mismatch" not in note
    apply_qsm_import(service, grid)
    report = check_setup()
    assert [f.registration_ids for f in report.findings if f.code == "kind-mismatch"] == [(3,)]
    assert [f.registration_ids for f in report.findings if f.code == "invalid-destination"] == [
        (3,)
    ]


def test_nothing_to_import_is_refused(service: RegistrationService) -> None:
    with pytest.raises(QsmError, match="行がありません"):
        apply_qsm_import(service, "テンプレート番号\tカテゴリ\tテンプレート名\n")


def test_import_is_one_transaction(
    service: RegistrationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_qsm_import(service, GUIDE_ROWS)
    import qsm_desktop.core.registrations as registrations

    real = registrations._write_history
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        # a spy: the arguments go through as the service's caller gave them
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registrations, "_write_history", failing)
    before = (_rows(), History.select().count())
    with pytest.raises(RuntimeError):
        apply_qsm_import(service, GUIDE_SWITCH + "6\t注文情報\tNE\tx\tEMAIL\tne@x.jp\tY\tN\n")
    assert (_rows(), History.select().count()) == before


# -- the CLI ----------------------------------------------------------------------------------------


def test_cli_import_file(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paste = tmp_path / "grid.txt"
    paste.write_text(GUIDE_HEADER + "\n" + GUIDE_ROWS + UNKNOWN_ROW, encoding="utf-8")
    code, out, _err = _cli(db_path, capsys, "qsm-import", str(paste), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 1  # a line was not imported
    assert data["dry_run"] is True and data["created"] == 2
    assert [p["line"] for p in data["problems"]] == [4]
    code, out, _err = _cli(db_path, capsys, "list", "--json")
    assert json.loads(out) == []
    code, out, _err = _cli(db_path, capsys, "qsm-import", str(paste))
    assert code == 1 and "新規 2件" in out and "4行目は取り込みません" in out
    code, out, _err = _cli(db_path, capsys, "list", "--json")
    assert [r["template_no"] for r in json.loads(out)] == [18, 47]


def test_cli_import_stdin_and_cp932(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GUIDE_ROWS.encode("utf-8"))))
    code, out, _err = _cli(db_path, capsys, "qsm-import", "-", "--json")
    assert code == 0 and json.loads(out)["created"] == 2
    paste = tmp_path / "grid-sjis.txt"
    paste.write_bytes(GUIDE_SWITCH.encode("cp932"))
    code, out, _err = _cli(db_path, capsys, "qsm-import", str(paste), "--json")
    assert code == 0 and json.loads(out)["updated"] == 2


def test_cli_import_refusals(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, out, err = _cli(db_path, capsys, "qsm-import", str(empty))
    assert code == 2 and out == "" and "行がありません" in err
    code, _out, err = _cli(db_path, capsys, "qsm-import", str(tmp_path / "missing.txt"))
    assert code == 2 and "ファイルを開けません" in err
