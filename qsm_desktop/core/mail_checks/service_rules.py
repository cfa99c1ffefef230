"""The integration services' documented rules, judged on the RENDERED mail (subject and text).

- NextEngine reads 販売者コード / オプションコード from half-width parentheses in the order mail:
  any other ``( … )`` in a NextEngine mail — a product name 「長袖Tシャツ(キッズ用)」, a memo — is
  read as a code (resources/product_rules.json, rule paren-in-name, and its source);
- services recognise a kind of mail by a marker in its subject (resources/service_rules.json,
  subject_markers): the rendered subject must still carry it;
- a directive that reached the mail (misspelt, or not before a placeholder, the engine leaves
  it as text) is text the service reads as part of the order.

Each finding gives the line and column in the rendered mail and the rule's source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from qsm_desktop.core.engine import RenderResult
from qsm_desktop.core.mail_checks.findings import MailFinding
from qsm_desktop.resources import load_json

NEXTENGINE = "NextEngine"
CODE_FIELDS = ("SELLER_ITEM_CODE", "OPTION_CODE")
_PARENS = re.compile(r"\(([^()\n]*)\)")
# Directives only: a placeholder left as text is the engine's own warning already.
_SYNTAX = re.compile(r"##DELETE_BLANK_ROW_?#*|##ISLOOP_?")


@cache
def check_source(code: str) -> str:
    """The seller's 根拠 of a setup-check rule (resources/service_rules.json), so that the
    preview's warning and the setup check's finding give the same reason in the same words."""
    return str(load_json("service_rules.json")["checks"][code]["source"])


@cache
def _paren_source() -> str:
    rules = load_json("product_rules.json")["rules"]
    return str(next(r["source"] for r in rules if r["code"] == "paren-in-name"))


@cache
def _markers() -> dict[str, tuple[str, str]]:
    data = load_json("service_rules.json")
    return {m["kind"]: (m["marker"], m["source"]) for m in data["subject_markers"]}


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def check_rendered_mail(
    mail: RenderResult,
    values: Mapping[str, Any],
    *,
    kind: str | None = None,
    group: str | None = None,
    sample: str = "",
) -> tuple[MailFinding, ...]:
    """Findings on one rendered mail (``values``: what it was rendered with)."""
    found: list[MailFinding] = []
    if group == NEXTENGINE:
        codes = {str(values.get(name) or "") for name in CODE_FIELDS} - {""}
        for field, text in (("subject", mail.subject), ("text", mail.text)):
            for match in _PARENS.finditer(text):
                if match.group(1) in codes:
                    continue  # a code where NextEngine looks for one
                line, column = _position(text, match.start())
                found.append(
                    MailFinding(
                        "rendered-paren",
                        "error",
                        field,
                        line,
                        column,
                        f"届くメールに半角の括弧「{match.group(0)}」があります。NextEngineは"
                        "半角括弧の中を販売者コード/オプションコードとして読むため、"
                        f"「{match.group(1)}」がコードとして取り込まれます。商品名やオプション名"
                        "の括弧は全角の（ ）や【 】にしてください。",
                        _paren_source(),
                        sample,
                    )
                )
    marker = _markers().get(kind or "")
    if marker is not None and marker[0] not in mail.subject:
        found.append(
            MailFinding(
                "rendered-subject-marker",
                "error",
                "subject",
                1,
                1,
                f"届くメールの件名「{mail.subject}」に「{marker[0]}」がありません。連動サービスは"
                "件名のこの文言でメールを見分けるため、このままでは取り込まれません。",
                marker[1],
                sample,
            )
        )
    for field, text in (("subject", mail.subject), ("text", mail.text)):
        for match in _SYNTAX.finditer(text):
            line, column = _position(text, match.start())
            found.append(
                MailFinding(
                    "rendered-syntax",
                    "warning",
                    field,
                    line,
                    column,
                    f"「{match.group(0)}」が指示として働かず、文字のまま届きます。書き方"
                    "(##DELETE_BLANK_ROW_## / ##ISLOOP_{$_項目_$})を確かめてください。",
                    check_source("rendered-syntax"),
                    sample,
                )
            )
    return tuple(found)
