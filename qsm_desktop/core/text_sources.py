"""Where a registration's タイトル / 送信者 / 詳細 came from: the catalog's sample, QSM, or edited here.

The shipped catalog is our own sample writing (templates 1 and 18 are the guide's copy, possibly
cut), not Qoo10's text. A seller who trusts the preview must see which it is looking at, so every
registration stores its text source, and text captured from QSM's form (【参照】→【Confirm】 fills
it with Qoo10's real text) becomes that template's text for this database: new registrations and
「カタログの文面に戻す」 use it, and the shipped sample stays the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from qsm_desktop.core.catalog import TemplateInfo, get_template
from qsm_desktop.core.models import TemplateCapture, tuples
from qsm_desktop.core.timefmt import qsm_date
from qsm_desktop.resources import load_json

SAMPLE = "sample"
QSM = "qsm"
EDITED = "edited"
SOURCES = (SAMPLE, QSM, EDITED)

SHORT_LABELS = {SAMPLE: "見本", QSM: "QSM", EDITED: "編集済み"}


def badge_text(source: str, captured_at: datetime | str | None = None) -> str:
    """The badge the form, the preview and the CLI show for a text source."""
    if source == QSM:
        if captured_at is None:
            return "QSM の文面"
        at = (
            captured_at
            if isinstance(captured_at, datetime)
            else datetime.fromisoformat(str(captured_at))
        )
        return f"QSM の文面({qsm_date(at)} 取り込み)"
    if source == EDITED:
        return "編集済み"
    return "見本の文面(Qoo10 の実際の文面ではありません)"


def grid_label(source: str) -> str:
    return SHORT_LABELS.get(source, source)


@cache
def _guide_texts() -> tuple[frozenset[int], str]:
    catalog = load_json("catalog.json")
    numbers = frozenset(int(t["no"]) for t in catalog["templates"] if t.get("guide_text"))
    return numbers, str(catalog.get("guide_text_note", ""))


def sample_note(template_no: int) -> str:
    """What to add to the sample badge for a template ("" for our own sample writing)."""
    numbers, note = _guide_texts()
    return note if template_no in numbers else ""


@dataclass(frozen=True, slots=True)
class Capture:
    """A template's text as captured from QSM (who, when)."""

    template_no: int
    title: str
    sender: str
    body: str
    captured_at: datetime
    captured_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "template_no": self.template_no,
            "title": self.title,
            "sender": self.sender,
            "body": self.body,
            "captured_at": self.captured_at.isoformat(sep=" "),
            "captured_by": self.captured_by,
        }


def _as_datetime(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def latest_capture(template_no: int) -> Capture | None:
    """The text this database uses for a template instead of the sample, if captured."""
    row = (
        TemplateCapture.select()
        .where(TemplateCapture.template == template_no)
        .order_by(TemplateCapture.id.desc())
        .first()
    )
    if row is None:
        return None
    return Capture(
        template_no,
        row.title,
        row.sender,
        row.body,
        _as_datetime(row.captured_at),
        row.captured_by,
    )


def captured_template_numbers() -> set[int]:
    return {no for (no,) in tuples(TemplateCapture.select(TemplateCapture.template))}


@dataclass(frozen=True, slots=True)
class TemplateText:
    """The text a template stands for in this database: QSM's capture, else the sample."""

    title: str
    sender: str
    body: str
    source: str  # SAMPLE | QSM
    captured_at: datetime | None = None


def template_text(template_no: int) -> TemplateText:
    capture = latest_capture(template_no)
    if capture is not None:
        return TemplateText(capture.title, capture.sender, capture.body, QSM, capture.captured_at)
    template: TemplateInfo = get_template(template_no)
    return TemplateText(template.title, template.sender, template.body, SAMPLE)


def classify(template_no: int, title: str, sender: str, body: str) -> tuple[str, datetime | None]:
    """The source of a text written for a template: QSM's capture, the sample, or edited."""
    texts = (title, sender, body)
    capture = latest_capture(template_no)
    if capture is not None and texts == (capture.title, capture.sender, capture.body):
        return QSM, capture.captured_at
    template = get_template(template_no)
    if texts == (template.title, template.sender, template.body):
        return SAMPLE, None
    return EDITED, None
