"""The template catalog: shipped as resources/catalog.json, loaded into the store.

Loaded on first start and upgraded whenever the shipped ``version`` is newer than the one in the
store. Only the ``template`` table changes; registrations keep their own copies of title, sender
and body, so an upgrade never touches the seller's data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from qsm_desktop.core.changes import ChangeBus, ChangeEvent, announce
from qsm_desktop.core.db import CATALOG_VERSION_KEY, database_proxy
from qsm_desktop.core.errors import NotFoundError
from qsm_desktop.core.models import Meta, Template
from qsm_desktop.core.vocabulary import (
    GROUP_BY_SLUG,
    GROUP_ORDER,
    KIND_BY_SLUG,
    KIND_ORDER,
    KindGroupLabels,
)
from qsm_desktop.resources import load_json

CATALOG_FILE = "catalog.json"


@dataclass(frozen=True, slots=True)
class TemplateInfo(KindGroupLabels):
    no: int
    group: str  # slug
    kind: str  # slug
    name: str
    send_type: str
    title: str
    sender: str
    body: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["template_no"] = data.pop("no")
        data["kind"] = self.kind_label
        data["group"] = self.group_label
        return data


def shipped_catalog() -> dict[str, Any]:
    catalog: dict[str, Any] = load_json(CATALOG_FILE)
    return catalog


def stored_version() -> int:
    row = Meta.get_or_none(Meta.key == CATALOG_VERSION_KEY)
    return int(row.value) if row else 0


def sync_catalog(catalog: dict[str, Any] | None = None, *, bus: ChangeBus | None = None) -> bool:
    """Load or upgrade the catalog when the shipped version is newer; True when it changed."""
    catalog = shipped_catalog() if catalog is None else catalog
    version = int(catalog["version"])
    loaded = Template.select().exists()
    if version <= stored_version() and loaded:
        return False
    if loaded:  # an upgrade rewrites the templates the registrations point at
        from qsm_desktop.core.backups import backup_before

        backup_before("catalog-upgrade")
    rows = [
        {
            "no": int(t["no"]),
            "group": t["group"],
            "kind": t["kind"],
            "name": t["name"],
            "send_type": t.get("send_type", "EMAIL"),
            "title": t["title"],
            "sender": t["sender"],
            "body": t["body"],
            "catalog_version": version,
        }
        for t in catalog["templates"]
    ]
    for row in rows:
        if row["group"] not in GROUP_BY_SLUG or row["kind"] not in KIND_BY_SLUG:
            raise ValueError(f"catalog template {row['no']}: unknown group or kind")
    with database_proxy.atomic():
        # Upsert by number (an UPDATE, never REPLACE: that would delete a row registrations
        # point at). Templates that left the catalog stay, since registrations may use them.
        updatable = [f for f in Template._meta.sorted_fields if f is not Template.no]
        for row in rows:
            Template.insert(**row).on_conflict(
                conflict_target=[Template.no], preserve=updatable
            ).execute()
        Meta.insert(key=CATALOG_VERSION_KEY, value=str(version)).on_conflict(
            conflict_target=[Meta.key], preserve=[Meta.value]
        ).execute()
        announce(bus, ChangeEvent("catalog", "catalog-upgrade"))
    _cached_templates.clear()
    return True


_cached_templates: dict[int, TemplateInfo] = {}


def _info(t: Template) -> TemplateInfo:
    return TemplateInfo(t.no, t.group, t.kind, t.name, t.send_type, t.title, t.sender, t.body)


def all_templates() -> list[TemplateInfo]:
    if not _cached_templates:
        for t in Template.select():
            _cached_templates[t.no] = _info(t)
    return list(_cached_templates.values())


def get_template(no: int) -> TemplateInfo:
    all_templates()
    try:
        return _cached_templates[no]
    except KeyError:
        raise NotFoundError(f"テンプレート番号 {no} はカタログにありません。") from None


def find_templates(kind: str | None = None, group: str | None = None) -> list[TemplateInfo]:
    """参照: the catalog filtered by kind and group slugs (None = ALL), in QSM's order."""
    found = [
        t
        for t in all_templates()
        if (kind is None or t.kind == kind) and (group is None or t.group == group)
    ]
    found.sort(key=lambda t: (GROUP_ORDER[t.group], KIND_ORDER[t.kind], t.no))
    return found


def forget_cache() -> None:
    """Called when the bound database changes (tests open one per test)."""
    _cached_templates.clear()
