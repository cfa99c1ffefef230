"""A product (and one of its options) as the preview's sample order item.

The keys are the template placeholders for the item fields of an order mail (docs/rules.md §10
maps them to Qoo10's order data: itemCode, sellerItemCode, itemTitle, option, optionCode, orderPrice).
"""

from __future__ import annotations

from qsm_desktop.core.products.query import Product
from qsm_desktop.core.products.records import OptionRow


def sample_item_values(product: Product, option: OptionRow | None = None) -> dict[str, str]:
    """Placeholder values for "use this product/option as the preview's sample order item".

    ORDER_PRICE is 販売価格 plus the option's 価格 (an option's price is a surcharge), in plain
    digits; it is empty when neither is known.
    """
    if option is not None and option.item_no != product.item_no:
        raise ValueError(f"option of {option.item_no} given for product {product.item_no}")
    prices = [p for p in (product.price, option.price if option else None) if p is not None]
    return {
        "ITEM_CODE": product.item_no,
        "SELLER_ITEM_CODE": product.seller_code,
        "ITEM_NM": product.name,
        "OPTION_NM": option.label if option else "",
        "OPTION_CODE": option.option_code if option else "",
        "ORDER_PRICE": str(sum(prices)) if prices else "",
    }
