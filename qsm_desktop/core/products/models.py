"""peewee models of the imported product CSVs (schema 3, see migrations._v3_products).

A product table holds exactly one snapshot: the rows of the last file of its kind, verbatim
(``cells``, in the file's column order, extra columns included), with the line each record starts
on and its 商品番号 for lookups. Values are parsed by ``records`` when read, with the header
stored in the import log, the same strict way the import validated them. Keeping the file's text
rather than typed columns is what makes the Shift_JIS export an exact copy, and it keeps the bulk
insert within reach of a plain ``csv`` + ``executemany`` (see bench/import.py).

The rows are a copy of an external file, so a re-import deletes them. The import log is not: a
trigger refuses DELETE on ``product_import``, so when and from where each file came is kept.
Bulk import and the read paths use the raw sqlite3 connection; the models describe the tables.
"""

from __future__ import annotations

import peewee

from qsm_desktop.core.models import BaseModel


class ProductImport(BaseModel):
    """One successful import of one file; the log row outlives the snapshot it created."""

    kind = peewee.CharField(index=True)  # columns.FileKind.slug
    source_path = peewee.TextField()  # absolute path the file was read from
    file_name = peewee.TextField()
    encoding = peewee.CharField()  # utf-8 | utf-8-sig | cp932
    header = peewee.TextField()  # JSON list: the header row as read (order, extra columns)
    row_count = peewee.IntegerField()
    file_size = peewee.IntegerField()
    imported_at = peewee.DateTimeField()
    imported_by = peewee.TextField()
    replaced_at = peewee.DateTimeField(null=True)  # set when a newer import replaced it


class _SnapshotRow(BaseModel):
    line = peewee.IntegerField()  # where the record starts in the file (1 = the header row)
    item_no = peewee.TextField()  # 商品番号
    cells = peewee.TextField()  # cells.pack(row)


class GoodsItem(_SnapshotRow):
    """A row of the current GoodsList.csv (販売商品の情報).

    No index on 商品番号: looking one product up scans 100,000 short rows in milliseconds, and
    maintaining the index would cost the bulk import about a tenth of its time.
    """


class InventoryItem(_SnapshotRow):
    """A row of the current InventoryManagement_gridInventory.csv (組合型オプション情報照会).

    Indexed by 商品番号: a product's options are looked up among several rows per product.
    """

    class Meta:
        indexes = ((("item_no",), False),)
