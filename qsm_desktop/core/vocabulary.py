"""The seller's words: お知らせ種類 (kinds) and テンプレートのグループ (groups), in the guide's order.

Labels are what QSM shows; slugs are for scripting (`--kind order`). Lookups accept either,
case-insensitively, so a CLI user can type whichever they know.
"""

from __future__ import annotations

from typing import NamedTuple

# NamedTuples, not frozen dataclasses: the GUI imports this module on its start-up path
# (gui/start_sequence.py).


class Kind(NamedTuple):
    slug: str
    label: str


class Group(NamedTuple):
    slug: str  # short name: "CrossMall"
    label: str  # QSM's label: "CrossMall Template"


KINDS: tuple[Kind, ...] = (
    Kind("order", "注文情報"),
    Kind("shipping_request", "配送要請"),
    Kind("delivered", "配送完了"),
    Kind("cancel_request", "キャンセル要請"),
    Kind("cancelled", "キャンセル完了"),
)

GROUPS: tuple[Group, ...] = (
    Group("StockGear", "StockGear Template"),
    Group("NextEngine", "NextEngine Template"),
    Group("CrossMall", "CrossMall Template"),
    Group("ZaikoRobot", "ZaikoRobot Template"),
    Group("Basic", "Basic Template"),
    Group("BookSales", "BookSales Template"),
    Group("通販する蔵", "通販する蔵 Template"),
    Group("Softel", "Softel Template"),
    Group("ExternalOrder", "External Order Template"),
)

# The お知らせ設定データ grid's columns as QSM titles them (docs/rules.md §5), in QSM's order:
# the GUI's grid and the CLI's `list` table both show these.
GRID_COLUMN_TITLES: tuple[str, ...] = (
    "テンプレート番号",
    "カテゴリ",
    "テンプレートグループ名",
    "テンプレート名",
    "送信タイプ",
    "送信先",
    "使用(Y/N)",
    "待機(Y/N)",
    "登録者",
    "登録日",
    "更新日",
    "修正者",
)

# A registration's fields as the edit form and QSM name them (docs/rules.md §2: identifier → label).
FIELD_LABELS = {
    "template_no": "テンプレート",
    "destination": "送信先",
    "enabled": "使用(Y/N)",
    "standby": "待機(Y/N)",
    "period": "Period",
    "recognition_key": "認識キー",
    "title": "タイトル",
    "sender": "送信者",
    "body": "テンプレートの詳細",
}

# The fields that hold the mail's text (a template's, or the seller's own).
TEXT_FIELDS = ("title", "sender", "body")

KIND_BY_SLUG = {k.slug: k for k in KINDS}
GROUP_BY_SLUG = {g.slug: g for g in GROUPS}
KIND_ORDER = {k.slug: i for i, k in enumerate(KINDS)}
GROUP_ORDER = {g.slug: i for i, g in enumerate(GROUPS)}


def norm(text: str) -> str:
    """How names are compared: spaces ignored, case-insensitively (a label typed or pasted)."""
    return "".join(text.split()).casefold()


def yn(value: bool) -> str:
    """使用(Y/N) / 待機(Y/N) as QSM shows them."""
    return "Y" if value else "N"


def shorten(text: str, limit: int = 60) -> str:
    """A long value cut for a one-line message (the seller still recognises it)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def find_kind(text: str) -> Kind:
    """Return the kind named by its label (注文情報) or slug (order); raise ValueError otherwise."""
    key = norm(text)
    for kind in KINDS:
        if key in (norm(kind.slug), norm(kind.label)):
            return kind
    choices = " / ".join(f"{k.label}({k.slug})" for k in KINDS)
    raise ValueError(
        f"お知らせ種類「{text}」はありません。次のいずれかを指定してください: {choices}"
    )


def find_group(text: str) -> Group:
    """Return the group named by its label (CrossMall Template) or short name (CrossMall)."""
    key = norm(text)
    for group in GROUPS:
        if key in (norm(group.slug), norm(group.label)):
            return group
    choices = " / ".join(g.label for g in GROUPS)
    raise ValueError(
        f"テンプレートのグループ「{text}」はありません。次のいずれかを指定してください: {choices}"
    )


class KindLabel:
    """The UI label of a record that carries a ``kind`` slug."""

    __slots__ = ()
    kind: str

    @property
    def kind_label(self) -> str:
        return KIND_BY_SLUG[self.kind].label


class GroupLabel:
    """The UI label of a record that carries a ``group`` slug."""

    __slots__ = ()
    group: str

    @property
    def group_label(self) -> str:
        return GROUP_BY_SLUG[self.group].label


class KindGroupLabels(KindLabel, GroupLabel):
    """The UI labels of a record that carries ``kind`` and ``group`` slugs (templates,
    registrations): one place that turns slugs into the seller's words."""

    __slots__ = ()
