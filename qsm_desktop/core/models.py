"""peewee models of the store. Bound to ``db.database_proxy``; opened only by ``open_database``.

There is no delete in this project's API: registrations and history rows are never removed
(docs/rules.md §4.1, §3.3). SQLite triggers created by the migrations refuse DELETE on both tables
and UPDATE on history, so even a stray ``delete_instance()`` fails loudly instead of losing data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import peewee

from qsm_desktop.core.db import database_proxy


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Meta(BaseModel):
    """Small key/value facts about the store (catalog version, operator name, …)."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()


class Template(BaseModel):
    """A catalog template (read-only to the seller; shipped in resources/catalog.json)."""

    no = peewee.IntegerField(primary_key=True)
    group = peewee.CharField(index=True)  # vocabulary.Group.slug
    kind = peewee.CharField(index=True)  # vocabulary.Kind.slug
    name = peewee.TextField()
    send_type = peewee.CharField(default="EMAIL")
    title = peewee.TextField()
    sender = peewee.TextField()
    body = peewee.TextField()
    catalog_version = peewee.IntegerField()


class Registration(BaseModel):
    """お知らせ設定データ: one row of the seller's QSM grid."""

    # peewee adds this very field when none is declared; declared so that type checkers see it.
    id = peewee.AutoField()

    template = peewee.ForeignKeyField(
        Template, column_name="template_no", backref="registrations", on_delete="RESTRICT"
    )
    destination = peewee.TextField(default="")
    enabled = peewee.BooleanField(default=True)
    standby = peewee.BooleanField(default=False)
    period = peewee.IntegerField(null=True)
    recognition_key = peewee.TextField(default="")
    title = peewee.TextField(default="")
    sender = peewee.TextField(default="")
    body = peewee.TextField(default="")
    created_by = peewee.TextField()
    created_at = peewee.DateTimeField()
    updated_by = peewee.TextField()
    updated_at = peewee.DateTimeField()
    # Schema 2: where the row came from ("app", or "qsm" when read from the seller's QSM grid)
    # and, for QSM rows, the カテゴリ QSM showed (checked against the template's kind).
    origin = peewee.CharField(default="app")
    qsm_category = peewee.TextField(null=True)
    # Schema 5: 1 when registered, +1 with every history row written for the registration; a
    # 修正 is written only where the revision is still the one it was based on (see the service).
    revision = peewee.IntegerField(default=1)
    # Schema 6: where title/sender/body came from (text_sources.SAMPLE / QSM / EDITED) and, for
    # QSM text, when it was captured.
    text_source = peewee.CharField(default="sample")
    text_captured_at = peewee.DateTimeField(null=True)


class History(BaseModel):
    """An immutable record of one register/modify: who, when, each field before → after."""

    id = peewee.AutoField()  # as for Registration: what peewee would add, declared for typing
    registration_id: int  # peewee's accessor for the foreign key's raw value

    registration = peewee.ForeignKeyField(
        Registration, backref="history", on_delete="RESTRICT", index=True
    )
    at = peewee.DateTimeField()
    by = peewee.TextField()
    # register | modify | replace-address | restore | qsm-import | capture
    action = peewee.CharField()
    changes = peewee.TextField()  # JSON list of {"field", "before", "after"}
    revision = peewee.IntegerField(default=0)  # schema 5: the registration's revision it produced


class ChecklistTick(BaseModel):
    """Schema 2: a change-checklist item the seller ticked as applied in QSM."""

    history = peewee.ForeignKeyField(History, primary_key=True, on_delete="RESTRICT")
    ticked_at = peewee.DateTimeField()


def tuples(query: peewee.BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as plain tuples.

    peewee's stubs type ``.tuples()`` as the query itself, iterating model instances.
    """
    return cast("Iterator[tuple[Any, ...]]", iter(query.tuples()))


class TemplateCapture(BaseModel):
    """Schema 6: a template's text as captured from QSM's form (append-only; the latest row per
    template is the text this database uses for it)."""

    id = peewee.AutoField()
    template = peewee.ForeignKeyField(
        Template, column_name="template_no", backref="captures", on_delete="RESTRICT"
    )
    title = peewee.TextField()
    sender = peewee.TextField()
    body = peewee.TextField()
    captured_at = peewee.DateTimeField()
    captured_by = peewee.TextField()
