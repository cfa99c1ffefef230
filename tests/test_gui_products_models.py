"""The 商品/在庫 tab's models: Qt's model tester on each, and what the cells say."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import peewee
import pytest
from products_fixtures import goods_file, goods_row, inventory_file, option_row
from PySide6.QtCore import QModelIndex, Qt

from qsm_desktop.core.products.checks import (
    Finding,
    check_products,
)
from qsm_desktop.core.products.importer import (
    import_files,
)
from qsm_desktop.core.products.query import (
    search_products,
)
from qsm_desktop.gui.products.common import (
    FINDING_ROLE,
    ITEM_NO_ROLE,
    LINE_ROLE,
    OPTION_ROLE,
    PRODUCT_ROLE,
    SORT_ROLE,
)
from qsm_desktop.gui.products.findings_model import (
    COL_FILE,
    COL_LINE,
    COL_SEVERITY,
    COL_TITLE,
    FindingProxyModel,
    FindingTableModel,
)
from qsm_desktop.gui.products.findings_model import COLUMN_COUNT as FINDING_COLUMNS
from qsm_desktop.gui.products.tree_model import (
    COL_DATA_TYPE,
    COL_END_DATE,
    COL_ITEM_NO,
    COL_NAME,
    COL_OPTION_CODE,
    COL_PRICE,
    COL_Q_STOCK,
    COL_QUANTITY,
    COL_SELLER_CODE,
    COL_SHIPPING,
    COLUMN_COUNT,
    NOT_IN_GOODS,
    ProductProxyModel,
    ProductTreeModel,
)

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

# Pixmaps (the severity icons) and fonts need the application object.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def imported(db: peewee.SqliteDatabase, tmp_path: Path) -> None:
    """Three products (one with a half-width parenthesis), options, and an orphan option."""
    import_files(
        [
            goods_file(
                tmp_path / "GoodsList.csv",
                goods_row("100", "SC-100", "ベーシックTシャツ", "1,980", quantity="9"),
                goods_row("200", "SC-200", "長袖Tシャツ(キッズ用)", "2,480", quantity="3"),
                goods_row("300", "SC-300", "マグカップ", "980", quantity="0", end_date=""),
            ),
            inventory_file(
                tmp_path / "InventoryManagement_gridInventory.csv",
                option_row("100", detail1="赤", detail2="M", quantity="4", option_code="A-1"),
                option_row(
                    "100", detail1="青", detail2="L", price="300", quantity="5", option_code="A-2"
                ),
                option_row("200", "SC-200", detail1="白", detail2="110", quantity="3"),
                option_row("900", "SC-900", detail1="黒", option_code="X-1", q_stock="Y"),
            ),
        ]
    )


def _finding(proxy: FindingProxyModel, row: int) -> Finding:
    finding = proxy.finding_at(row)
    assert finding is not None, row
    return finding


def _tree() -> ProductTreeModel:
    model = ProductTreeModel()
    model.set_products(search_products())
    return model


def test_tree_passes_modeltester(qtmodeltester: ModelTester, imported: None) -> None:
    model = _tree()
    assert model.rowCount() == 4 and model.option_count() == 4
    qtmodeltester.check(model)
    proxy = ProductProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_PRICE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_empty_tree_passes_modeltester(
    qtmodeltester: ModelTester, db: peewee.SqliteDatabase
) -> None:
    model = _tree()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_product_and_option_cells(imported: None) -> None:
    model = _tree()
    product = model.index(0, 0)
    cells = [model.index(0, c).data() for c in range(COLUMN_COUNT)]
    assert cells[COL_ITEM_NO] == "100"
    assert cells[COL_SELLER_CODE] == "SC-100"
    assert cells[COL_NAME] == "ベーシックTシャツ"
    assert cells[COL_PRICE] == "1,980"
    assert cells[COL_QUANTITY] == "9"
    assert cells[COL_SHIPPING] == "0"
    assert cells[COL_END_DATE] == "2030-12-31 23:59"
    assert cells[COL_DATA_TYPE] == cells[COL_OPTION_CODE] == cells[COL_Q_STOCK] == ""
    assert product.data(OPTION_ROLE) is None
    assert product.data(PRODUCT_ROLE).item_no == "100"
    assert product.data(LINE_ROLE) == 2
    assert "GoodsList.csv 2行目" in product.data(Qt.ItemDataRole.ToolTipRole)

    assert model.rowCount(product) == 2
    assert model.rowCount(model.index(0, 1)) == 0  # only the first column has children
    blue = model.index(1, 0, product)
    assert blue.parent() == product
    option_cells = [model.index(1, c, product).data() for c in range(COLUMN_COUNT)]
    assert option_cells[COL_ITEM_NO] == ""
    assert option_cells[COL_NAME] == "カラー:青 / サイズ:L"
    assert option_cells[COL_DATA_TYPE] == "組合型"
    assert option_cells[COL_OPTION_CODE] == "A-2"
    assert option_cells[COL_PRICE] == "+300"
    assert option_cells[COL_QUANTITY] == "5"
    assert blue.data(ITEM_NO_ROLE) == "100"
    assert blue.data(OPTION_ROLE).option_code == "A-2"
    assert blue.data(LINE_ROLE) == 3
    assert "注文価格: 2,280円" in blue.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.hasChildren(blue)
    assert model.flags(blue) & Qt.ItemFlag.ItemNeverHasChildren


def test_product_only_in_the_option_file(imported: None) -> None:
    model = _tree()
    index = model.product_index("900", COL_NAME)
    assert index.data() == NOT_IN_GOODS
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    option = model.index(0, COL_Q_STOCK, model.product_index("900"))
    assert option.data() == "Y"


def test_lookups_by_item_no_and_line(imported: None) -> None:
    model = _tree()
    assert model.product_index("200").row() == 1
    assert not model.product_index("nope").isValid()
    option = model.option_index("100", 3)
    assert option.row() == 1 and option.parent().row() == 0
    assert not model.option_index("100", 99).isValid()


def test_add_product_appends_once(imported: None, qtmodeltester: ModelTester) -> None:
    model = ProductTreeModel()
    model.set_products(search_products("マグ"))
    assert model.rowCount() == 1
    [product] = search_products("長袖")
    assert model.add_product(product) == 1
    assert model.add_product(product) == 1
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_proxy_sorts_numbers_as_numbers_and_empty_last(imported: None) -> None:
    model = _tree()
    proxy = ProductProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_PRICE, Qt.SortOrder.AscendingOrder)
    order = [proxy.index(r, COL_ITEM_NO).data() for r in range(proxy.rowCount())]
    assert order == ["300", "100", "200", "900"]  # 980 < 1,980 < 2,480, then no price
    assert proxy.index(0, COL_PRICE).data(SORT_ROLE) == (0, 980)
    proxy.sort(-1)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "100",
        "200",
        "300",
        "900",
    ]


def test_findings_model(imported: None, qtmodeltester: ModelTester) -> None:
    findings = check_products()
    model = FindingTableModel()
    model.set_findings(findings)
    assert model.columnCount() == FINDING_COLUMNS
    qtmodeltester.check(model)
    row = next(i for i, f in enumerate(findings) if f.code == "paren-in-name")
    index = model.index(row, COL_SEVERITY)
    assert index.data() == "エラー"  # said in words, not only by colour
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, COL_TITLE).data() == "商品名・オプションの半角括弧"
    assert model.index(row, COL_FILE).data() == "GoodsList.csv"
    assert model.index(row, COL_LINE).data() == "3"
    assert index.data(FINDING_ROLE) is findings[row]
    assert "NextEngine" in index.data(Qt.ItemDataRole.ToolTipRole)

    proxy = FindingProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    errors, warnings = model.counts()
    assert errors and warnings  # qty-mismatch / orphan-option are warnings
    proxy.set_severity("error")
    assert proxy.rowCount() == errors
    assert all(_finding(proxy, r).is_error for r in range(proxy.rowCount()))
    proxy.set_severity("warning")
    assert proxy.rowCount() == warnings
    proxy.set_severity(None)
    assert proxy.rowCount() == len(findings)
    proxy.sort(COL_LINE, Qt.SortOrder.DescendingOrder)
    lines = [_finding(proxy, r).line for r in range(proxy.rowCount())]
    assert lines == sorted(lines, reverse=True)
    assert not model.index(0, 0, QModelIndex()).parent().isValid()
