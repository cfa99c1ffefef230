"""The 連動会社 table: shipped facts with their sources, 不明 where no source says, never a guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import Cli

from qsm_desktop.core.companies import companies_for_group, load_companies
from qsm_desktop.core.vocabulary import GROUP_BY_SLUG


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_path, capsys)


def test_companies_json_lists_every_company_with_its_sources(cli: Cli) -> None:
    table = cli.json("companies")
    by_name = {c["name"]: c for c in table}
    assert {
        "ネクストエンジン",
        "らくらく在庫",
        "まとまるEC店長",
        "LOGILESS",
        "速販",
        "TEMPOSTAR",
        "CROSS MALL",
        "StockGear",
        "在庫ロボット",
        "通販する蔵",
        "Softel",
        "BookSales",
    } == set(by_name)
    for company in table:
        assert company["sources"] and all(s["title"] for s in company["sources"])
        for link in ("order", "stock", "product"):
            assert company[link]["state"] in {"yes", "no", "unknown"}
            assert company[link]["label"] in {"○", "×", "不明"}
    # The guide's one surviving example: ネクストエンジン links 受注 and 在庫.
    ne = by_name["ネクストエンジン"]
    assert (ne["order"]["state"], ne["stock"]["state"]) == ("yes", "yes")
    assert ne["group"] == "NextEngine" and ne["arrival"] == ["mail"]
    assert by_name["らくらく在庫"]["group"] == "Basic"
    assert by_name["CROSS MALL"]["group"] == "CrossMall"
    # Unknown is said, not guessed.
    assert (
        by_name["StockGear"]["arrival"] is None and by_name["StockGear"]["arrival_label"] == "不明"
    )
    assert by_name["CROSS MALL"]["order"]["label"] == "不明"
    # Companies that do not read order mail have no group.
    for name in ("LOGILESS", "速販", "TEMPOSTAR"):
        assert by_name[name]["reads_order_mail"] is False and by_name[name]["group"] is None


def test_tempostar_is_said_not_to_read_order_mail(cli: Cli) -> None:
    code, out, err = cli("companies")
    assert code == 0 and not err
    assert "TEMPOSTARはQoo10の注文メールを読み取りません" in out
    assert "manual.tempostar.net" in out
    assert "不明" in out and "推測" in out


def test_every_group_named_by_a_company_exists_and_groups_find_their_companies() -> None:
    for company in load_companies():
        assert company.group is None or company.group in GROUP_BY_SLUG
    assert [c.name for c in companies_for_group("NextEngine")] == ["ネクストエンジン"]
    assert {c.name for c in companies_for_group("Basic")} == {"らくらく在庫", "まとまるEC店長"}
    assert companies_for_group("ExternalOrder") == []
