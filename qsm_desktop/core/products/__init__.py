"""GoodsList.csv / InventoryManagement_gridInventory.csv: import, link check, Shift_JIS export.

What the GUI and CLI use (no Qt here), each imported from its own module:

* ``importer.import_files`` / ``import_file`` — all or nothing, with ``progress(done, total)``
  (return False to cancel: ``errors.ImportCancelled``, nothing imported); refusals are
  ``errors.ProductImportError`` naming file, line, column and value.
* ``query.search_products`` / ``get_product`` — ``Product`` (GoodsList row + options).
* ``checks.check_products`` — a ``Finding`` list (rules: resources/product_rules.json).
* ``export.export_sjis`` — CP932 copy of an imported file, refused with ``Cp932ExportError``.
* ``sample.sample_item_values`` — a product/option as the preview's sample order item.
* ``records.import_log`` / ``current_import`` — when and from where each file was imported.
* ``columns`` — the two file kinds (``GOODS``, ``INVENTORY``) and their columns.

This file imports nothing: a caller that needs one small module (the CLI's parser wants
``columns.find_kind``) does not pay for the importer, the checks and the store.
"""
