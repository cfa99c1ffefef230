"""Inputs every front end must refuse: shared by the service, CLI and GUI tests."""

from __future__ import annotations

import pytest

# 送信先 values refused with the field named and nothing written (docs/rules.md §4.5).
BAD_ADDRESSES = [
    pytest.param("", id="empty"),
    pytest.param("test@", id="no-domain"),
    pytest.param("a@b@c", id="two-at"),
    pytest.param("shop orders@example.jp", id="space"),
    pytest.param("orders＠example.jp", id="fullwidth-at"),
    pytest.param("a" * 290 + "@example.jp", id="300-chars"),
    pytest.param("orders@example.jp, orders@EXAMPLE.jp", id="same-twice"),
    pytest.param("注文@example.jp", id="non-ascii-local"),
    pytest.param("admin@ex\u0430mple.jp", id="mixed-script-cyrillic-a"),
    pytest.param("a@例え.jp", id="idn-domain"),
]
