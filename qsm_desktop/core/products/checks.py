"""The link check: what integration services are known to trip over in the imported CSVs.

Every finding names the file, the line, the rule's code, the value at fault and the reason with
its source (rules and sources are data: resources/product_rules.json, docs/rules.md §9). It reads
the stored snapshots in one pass per file; cross-file rules (orphan options, quantities) need
both files and are skipped for a file kind that was never imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from operator import itemgetter
from typing import Any

from qsm_desktop.core.charsets import cp932_can_carry
from qsm_desktop.core.products.cells import SEPARATOR, unpack
from qsm_desktop.core.products.columns import GOODS, INVENTORY
from qsm_desktop.core.products.damage import (
    ZEROS_LOST,
    code_columns,
    damage_code,
    may_be_damaged,
    stored_lost_zeros,
)
from qsm_desktop.core.products.encoding import cp932_offenders, describe_char
from qsm_desktop.core.products.records import (
    ImportLogEntry,
    current_import,
    goods_decoder,
    option_decoder,
    stored_rows,
)
from qsm_desktop.core.products.rules import Rules, load_rules
from qsm_desktop.core.raw_sql import raw_connection
from qsm_desktop.core.severity import HasSeverity

_OPTION_TEXT_COLUMNS = ("オプション", "詳細1", "オプション2", "詳細2", "オプション3", "詳細3")


@dataclass(frozen=True, slots=True)
class Finding(HasSeverity):
    code: str  # the rule (paren-in-name, duplicate-code, …)
    severity: str  # error | warning
    kind: str  # goods | inventory
    file: str  # the file name as imported
    line: int  # where the record starts in that file (1 = header row)
    column: str | None  # J・QSM's column name, when one cell is at fault
    value: str
    item_no: str  # 商品番号 of the row ("" for the header row)
    message: str  # the reason, in Japanese
    source: str  # where the rule comes from
    # The rule's Japanese template and the values filled into ``message``: the GUI translates
    # the template, then fills it in (the CLI shows ``message``).
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("template", "params")  # the GUI's, for translating
        }
        data["severity_label"] = self.severity_label
        return data


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)


class _Findings:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.items: list[Finding] = []

    def add(
        self,
        code: str,
        entry: ImportLogEntry,
        line: int,
        column: str | None,
        value: str,
        item_no: str,
        **details: Any,
    ) -> None:
        rule = self.rules[code]
        params = {"column": column or "", "value": value, **details}
        message = rule.message.format(**params)
        self.items.append(
            Finding(
                code=code,
                severity=rule.severity,
                kind=entry.kind,
                file=entry.file_name,
                line=line,
                column=column,
                value=value,
                item_no=item_no,
                message=message,
                source=rule.source,
                template=rule.message,
                params=tuple(params.items()),
            )
        )

    def formulas(self, entry: ImportLogEntry, line: int, cells: list[str], item_no: str) -> None:
        """formula-cell for each cell a spreadsheet would run (the values are kept exactly)."""
        for name, cell in zip(entry.header, cells, strict=False):
            start = formula_start(cell)
            if start is not None:
                shown = _START_NAMES.get(start, start)
                self.add("formula-cell", entry, line, name, cell, item_no, start=shown)

    def cp932(self, entry: ImportLogEntry, line: int, cells: list[str], item_no: str) -> None:
        """not-cp932 for each cell (extra columns too: the Shift_JIS export writes them).

        Callers test the whole row first (``cp932_can_carry`` on the stored text).
        """
        for name, cell in zip(entry.header, cells, strict=False):
            bad = list(dict.fromkeys(cp932_offenders(cell)))
            if not bad:
                continue
            suggestions = self.rules.cp932_suggestions
            fixes = [f"{c}→{suggestions[c]}" for c in bad if c in suggestions]
            hint = (
                f"置き換えの候補: {'、'.join(fixes)}。"
                if fixes
                else "Shift_JISで書ける別の文字に置き換えてください。"
            )
            chars = "、".join(describe_char(c) for c in bad)
            self.add("not-cp932", entry, line, name, cell, item_no, chars=chars, hint=hint)

    def damage(
        self, entry: ImportLogEntry, line: int, codes: list[tuple[str, str]], item: str
    ) -> None:
        """code-exponent / code-date for each identifier cell a spreadsheet has rewritten."""
        for name, cell in codes:
            code = damage_code(cell)
            if code is not None:
                self.add(code, entry, line, name, cell, item)

    def lost_zeros(self, entry: ImportLogEntry) -> None:
        """code-zeros-lost, as the import found them against the previous import."""
        for lost in stored_lost_zeros(entry.id, raw_connection()):
            self.add(
                ZEROS_LOST,
                entry,
                lost.line,
                lost.column,
                lost.value,
                lost.item_no,
                expected=lost.expected,
                previous=lost.previous,
            )


# What a spreadsheet program runs as a formula when a cell starts with it (OWASP "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_MARKS = tuple(SEPARATOR + c for c in _FORMULA_STARTS)
_NUMBER = re.compile(r"[+-]?[0-9][0-9,]*(?:\.[0-9]+)?")  # -100, +1,980.5: a number, not a formula
_START_NAMES = {"\t": "TAB", "\r": "CR"}


def formula_start(cell: str) -> str | None:
    """The character that makes a spreadsheet run *cell* as a formula, or None."""
    if not cell.startswith(_FORMULA_STARTS):
        return None
    if cell[0] in "+-" and _NUMBER.fullmatch(cell):
        return None
    return cell[0]


def _may_hold_formula(text: str) -> bool:
    """A stored row (cells joined by SEPARATOR) with a cell starting like a formula: C-level."""
    return text.startswith(_FORMULA_STARTS) or any(mark in text for mark in _FORMULA_MARKS)


def check_products() -> list[Finding]:
    """Check the current snapshots; findings in file order (GoodsList first), then by line."""
    found = _Findings(load_rules())
    goods = current_import(GOODS)
    inventory = current_import(INVENTORY)
    # 商品番号 → (line, 数量) of its first GoodsList row; code → where it was first seen.
    products: dict[str, tuple[int, int | None]] = {}
    seller_codes: dict[str, tuple[str, int, str]] = {}
    if goods is not None:
        _check_goods(found, goods, products, seller_codes)
    if inventory is not None:
        _check_inventory(found, inventory, goods, products, seller_codes)
    order = {GOODS.slug: 0, INVENTORY.slug: 1}
    found.items.sort(key=lambda f: (order[f.kind], f.line))
    return found.items


def _check_goods(
    found: _Findings,
    entry: ImportLogEntry,
    products: dict[str, tuple[int, int | None]],
    seller_codes: dict[str, tuple[str, int, str]],
) -> None:
    limit = found.rules.end_date_limit
    decode = goods_decoder(entry)
    end_index = entry.positions()["終了日"]
    code_names, codes = _code_cells(entry)
    found.cp932(entry, 1, list(entry.header), "")
    found.lost_zeros(entry)
    for line, text in stored_rows(GOODS):
        cells = unpack(text)
        row = decode(line, cells)
        item_no = row.item_no
        if may_be_damaged(codes(cells)):
            found.damage(entry, line, list(zip(code_names, codes(cells), strict=True)), item_no)
        if not cp932_can_carry(text):
            found.cp932(entry, line, cells, item_no)
        if _may_hold_formula(text):
            found.formulas(entry, line, cells, item_no)
        if "(" in row.name or ")" in row.name:
            found.add("paren-in-name", entry, line, "商品名", row.name, item_no)
        seller = row.seller_code.strip()
        if not seller:
            found.add("missing-seller-code", entry, line, "販売者コード", item_no, item_no)
        else:
            _seller_code(found, entry, line, seller, item_no, seller_codes)
        if item_no in products:
            other = f"{entry.file_name} {products[item_no][0]}行目"
            found.add("duplicate-code", entry, line, "商品番号", item_no, item_no, other=other)
        else:
            products[item_no] = (line, row.quantity)
        if row.end_date is not None and row.end_date > limit:
            found.add("end-date-too-late", entry, line, "終了日", cells[end_index], item_no)


def _code_cells(entry: ImportLogEntry) -> tuple[tuple[str, ...], Callable[[list[str]], Any]]:
    """The identifier columns of this file, and an itemgetter of their cells (always a tuple)."""
    positions = entry.positions()
    names = code_columns(entry.file_kind)
    indexes = [positions[name] for name in names]
    get = itemgetter(*indexes) if len(indexes) > 1 else lambda cells: (cells[indexes[0]],)
    return names, get


def _seller_code(
    found: _Findings,
    entry: ImportLogEntry,
    line: int,
    code: str,
    item_no: str,
    seen: dict[str, tuple[str, int, str]],
) -> None:
    """duplicate-code for a 販売者コード already used by a *different* product."""
    first = seen.get(code)
    if first is None:
        seen[code] = (entry.file_name, line, item_no)
    elif first[2] != item_no:
        other = f"{first[0]} {first[1]}行目 (商品番号 {first[2]})"
        found.add("duplicate-code", entry, line, "販売者コード", code, item_no, other=other)


def _check_inventory(
    found: _Findings,
    entry: ImportLogEntry,
    goods: ImportLogEntry | None,
    products: dict[str, tuple[int, int | None]],
    seller_codes: dict[str, tuple[str, int, str]],
) -> None:
    decode = option_decoder(entry)
    positions = entry.positions()
    text_columns = [(name, positions[name]) for name in _OPTION_TEXT_COLUMNS]
    option_texts = itemgetter(*(index for _name, index in text_columns))
    option_codes: dict[str, tuple[int, str]] = {}
    # Seller codes are repeated on every option row of a product: report a clash once per product.
    reported: set[tuple[str, str]] = set()
    last: tuple[str, str] = ("", "")
    totals: dict[str, list[int]] = {}  # 商品番号 → [sum of 組合型 数量, rows counted]
    orphans: dict[str, list[int]] = {}  # 商品番号 → [first line, rows]
    code_names, codes = _code_cells(entry)
    found.cp932(entry, 1, list(entry.header), "")
    found.lost_zeros(entry)
    for line, text in stored_rows(INVENTORY):
        cells = unpack(text)
        row = decode(line, cells)
        item_no = row.item_no
        if may_be_damaged(codes(cells)):
            found.damage(entry, line, list(zip(code_names, codes(cells), strict=True)), item_no)
        if not cp932_can_carry(text):
            found.cp932(entry, line, cells, item_no)
        if _may_hold_formula(text):
            found.formulas(entry, line, cells, item_no)
        texts = "".join(option_texts(cells))
        if "(" in texts or ")" in texts:
            for name, index in text_columns:
                if "(" in cells[index] or ")" in cells[index]:
                    found.add("paren-in-name", entry, line, name, cells[index], item_no)
        code = row.option_code.strip()
        if row.is_additional and code:
            found.add(
                "additional-option-code", entry, line, "オプションコード", row.option_code, item_no
            )
        if code:
            first = option_codes.get(code)
            if first is None:
                option_codes[code] = (line, item_no)
            else:
                other = f"{entry.file_name} {first[0]}行目 (商品番号 {first[1]}"
                other += "、同じ商品の別のオプション)" if first[1] == item_no else ")"
                found.add(
                    "duplicate-code", entry, line, "オプションコード", code, item_no, other=other
                )
        seller = row.seller_code.strip()
        key = (seller, item_no)
        if seller and key != last and key not in reported:  # rows of a product are adjacent
            reported.add(key)
            _seller_code(found, entry, line, seller, item_no, seller_codes)
        last = key
        if not row.is_additional and row.quantity is not None:
            total = totals.setdefault(item_no, [0, 0])
            total[0] += row.quantity
            total[1] += 1
        if goods is not None and item_no not in products:
            orphan = orphans.setdefault(item_no, [line, 0])
            orphan[1] += 1
    for item_no, (line, quantity) in products.items():
        summed = totals.get(item_no)
        if goods is None or quantity is None or summed is None or summed[0] == quantity:
            continue
        found.add(
            "qty-mismatch",
            goods,
            line,
            "数量",
            str(quantity),
            item_no,
            option_total=summed[0],
            option_rows=summed[1],
        )
    for item_no, (line, count) in orphans.items():
        found.add("orphan-option", entry, line, "商品番号", item_no, item_no, count=count)
