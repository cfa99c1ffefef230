"""連動会社: what is known about each integration company, with its sources (resources/companies.json).

Each of 受注 / 在庫 / 商品 is ``yes``, ``no`` or ``unknown`` — the data never guesses: a cell that no
source states is 不明. ``group`` is the テンプレートのグループ a company reads, ``None`` when it does
not read order mail or when no source says which. ``reads_order_mail`` is ``False`` for a company
known not to read QSM's order mail (a registration for it is a mistake), ``None`` when unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from qsm_desktop.core.vocabulary import GROUP_BY_SLUG
from qsm_desktop.resources import load_json

COMPANIES_FILE = "companies.json"

STATE_LABELS = {"yes": "○", "no": "×", "unknown": "不明"}
ARRIVAL_LABELS = {"mail": "注文メール", "api": "API", "csv": "CSV"}
UNKNOWN = "不明"
LINKS = (("order", "受注"), ("stock", "在庫"), ("product", "商品"))


@dataclass(frozen=True, slots=True)
class Link:
    state: str  # yes | no | unknown
    note: str

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str

    def __str__(self) -> str:
        return f"{self.title} {self.url}".strip()


@dataclass(frozen=True, slots=True)
class Company:
    id: str
    name: str
    vendor: str
    order: Link
    stock: Link
    product: Link
    arrival: tuple[str, ...] | None  # None: 不明; () : not by any channel we know of
    arrival_note: str
    reads_order_mail: bool | None
    group: str | None  # vocabulary.Group.slug
    group_note: str
    sources: tuple[Source, ...]

    @property
    def arrival_label(self) -> str:
        if self.arrival is None:
            return UNKNOWN
        if not self.arrival:
            return "メールではない" if self.reads_order_mail is False else UNKNOWN
        return " / ".join(ARRIVAL_LABELS[a] for a in self.arrival)

    @property
    def group_label(self) -> str:
        if self.group is not None:
            return GROUP_BY_SLUG[self.group].label
        if self.reads_order_mail is False:
            return "なし(メールを使わない)"
        return UNKNOWN

    @property
    def source_text(self) -> str:
        return " / ".join(str(s) for s in self.sources)

    @property
    def warning(self) -> str:
        """What a seller must know before registering mail for this company ("" if nothing)."""
        if self.reads_order_mail is False:
            return (
                f"{self.name}はQoo10の注文メールを読み取りません({self.arrival_note})。"
                "受注メール管理に登録しても注文は取り込まれません。"
            )
        return ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "vendor": self.vendor,
            **{
                key: {"state": link.state, "label": link.label, "note": link.note}
                for key, link in (
                    ("order", self.order),
                    ("stock", self.stock),
                    ("product", self.product),
                )
            },
            "arrival": None if self.arrival is None else list(self.arrival),
            "arrival_label": self.arrival_label,
            "arrival_note": self.arrival_note,
            "reads_order_mail": self.reads_order_mail,
            "group": self.group,
            "group_label": self.group_label,
            "group_note": self.group_note,
            "sources": [{"title": s.title, "url": s.url} for s in self.sources],
        }


def _link(raw: dict[str, Any]) -> Link:
    state = raw["state"]
    if state not in STATE_LABELS:
        raise ValueError(f"companies.json: unknown state {state!r}")
    return Link(state, raw.get("note", ""))


def _company(raw: dict[str, Any]) -> Company:
    group = raw.get("group")
    if group is not None and group not in GROUP_BY_SLUG:
        raise ValueError(f"companies.json: {raw['id']}: unknown group {group!r}")
    arrival = raw.get("arrival")
    if arrival is not None and any(a not in ARRIVAL_LABELS for a in arrival):
        raise ValueError(f"companies.json: {raw['id']}: unknown arrival {arrival!r}")
    if not raw.get("sources"):
        raise ValueError(f"companies.json: {raw['id']}: a company without a source")
    return Company(
        id=raw["id"],
        name=raw["name"],
        vendor=raw.get("vendor", ""),
        order=_link(raw["order"]),
        stock=_link(raw["stock"]),
        product=_link(raw["product"]),
        arrival=None if arrival is None else tuple(arrival),
        arrival_note=raw.get("arrival_note", ""),
        reads_order_mail=raw.get("reads_order_mail"),
        group=group,
        group_note=raw.get("group_note", ""),
        sources=tuple(Source(s["title"], s.get("url", "")) for s in raw["sources"]),
    )


@cache
def load_companies() -> tuple[Company, ...]:
    return tuple(_company(raw) for raw in load_json(COMPANIES_FILE)["companies"])


def companies_notice() -> str:
    data = load_json(COMPANIES_FILE)
    return f"{data['notice'].split(' / ')[0]}(確認: {data['read']})"


def companies_for_group(group: str) -> list[Company]:
    """The companies known to read a group's mails (a group may serve several)."""
    return [c for c in load_companies() if c.group == group]
