"""GoodsList.csv / InventoryManagement_gridInventory.csv: import, link check, Shift_JIS export.

The API the GUI and CLI use (no Qt here):

* :func:`import_files` / :func:`import_file` — all or nothing, with ``progress(done, total)``
  (return False to cancel: :class:`ImportCancelled`, nothing imported);
  refusals are :class:`ProductImportError` naming file, line, column and value.
* :func:`search_products` / :func:`get_product` — :class:`Product` (GoodsList row + options).
* :func:`check_products` — :class:`Finding` list (rules: resources/product_rules.json).
* :func:`export_sjis` — CP932 copy of an imported file, refused with :class:`Cp932ExportError`.
* :func:`sample_item_values` — a product/option as the preview's sample order item.
* :func:`import_log` / :func:`current_import` — when and from where each file was imported.
"""

from qsm_desktop.core.products.checks import Finding, check_products, has_errors
from qsm_desktop.core.products.columns import GOODS, INVENTORY, KINDS, FileKind, find_kind
from qsm_desktop.core.products.errors import (
    Cp932ExportError,
    ImportCancelled,
    Offender,
    ProductImportError,
)
from qsm_desktop.core.products.export import ExportReport, export_sjis
from qsm_desktop.core.products.importer import ImportReport, Progress, import_file, import_files
from qsm_desktop.core.products.query import Product, get_product, product_count, search_products
from qsm_desktop.core.products.records import (
    GoodsRow,
    ImportLogEntry,
    OptionRow,
    current_import,
    import_log,
)
from qsm_desktop.core.products.sample import sample_item_values

__all__ = [
    "GOODS",
    "INVENTORY",
    "KINDS",
    "Cp932ExportError",
    "ExportReport",
    "FileKind",
    "Finding",
    "GoodsRow",
    "ImportCancelled",
    "ImportLogEntry",
    "ImportReport",
    "Offender",
    "OptionRow",
    "Product",
    "ProductImportError",
    "Progress",
    "check_products",
    "current_import",
    "export_sjis",
    "find_kind",
    "get_product",
    "has_errors",
    "import_file",
    "import_files",
    "import_log",
    "product_count",
    "sample_item_values",
    "search_products",
]
