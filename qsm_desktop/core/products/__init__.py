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

Each name is imported from its module on first use (PEP 562): a caller that needs one small
module — the CLI's parser wants ``columns.find_kind`` — does not pay for the importer, the checks
and the store (``from qsm_desktop.core.products.columns import …`` runs this file first).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qsm_desktop.core.products.checks import Finding, check_products, has_errors
    from qsm_desktop.core.products.columns import GOODS, INVENTORY, KINDS, FileKind, find_kind
    from qsm_desktop.core.products.errors import (
        Cp932ExportError,
        ImportCancelled,
        Offender,
        ProductImportError,
    )
    from qsm_desktop.core.products.export import ExportReport, export_sjis
    from qsm_desktop.core.products.importer import (
        ImportReport,
        Progress,
        import_file,
        import_files,
    )
    from qsm_desktop.core.products.query import (
        Product,
        get_product,
        product_count,
        search_products,
    )
    from qsm_desktop.core.products.records import (
        GoodsRow,
        ImportLogEntry,
        OptionRow,
        current_import,
        import_log,
    )
    from qsm_desktop.core.products.sample import sample_item_values

# Where each public name lives (the module under qsm_desktop.core.products).
_HOME = {
    "Finding": "checks",
    "check_products": "checks",
    "has_errors": "checks",
    "GOODS": "columns",
    "INVENTORY": "columns",
    "KINDS": "columns",
    "FileKind": "columns",
    "find_kind": "columns",
    "Cp932ExportError": "errors",
    "ImportCancelled": "errors",
    "Offender": "errors",
    "ProductImportError": "errors",
    "ExportReport": "export",
    "export_sjis": "export",
    "ImportReport": "importer",
    "Progress": "importer",
    "import_file": "importer",
    "import_files": "importer",
    "Product": "query",
    "get_product": "query",
    "product_count": "query",
    "search_products": "query",
    "GoodsRow": "records",
    "ImportLogEntry": "records",
    "OptionRow": "records",
    "current_import": "records",
    "import_log": "records",
    "sample_item_values": "sample",
}

# Kept in step with _HOME (a test checks): a literal list, so that linters see the names.
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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        # AttributeError, not ImportError: ``from … import importer`` then imports the submodule.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
