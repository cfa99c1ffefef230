"""The guide's template groups and お知らせ種類 (slugs), written out independently of the code's
vocabulary so that tests of the catalog and of the store check the data against the guide."""

from __future__ import annotations

GROUPS = [
    "StockGear",
    "NextEngine",
    "CrossMall",
    "ZaikoRobot",
    "Basic",
    "BookSales",
    "通販する蔵",
    "Softel",
    "ExternalOrder",
]
KINDS = ["order", "shipping_request", "delivered", "cancel_request", "cancelled"]
