"""Checks of the RENDERED mail: what an integration service reads, not what the template says.

- :mod:`.structure`: the HTML left after ##DELETE_BLANK_ROW_## and ##ISLOOP_ (a real parser with
  a tag stack), across the sample orders, pointing at the template line;
- :mod:`.service_rules`: the services' documented rules judged on the rendered subject and text
  (NextEngine's half-width parentheses, the subject markers, template syntax left in the mail).

Core code: no Qt. They call the engine's public render API only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qsm_desktop.core.engine import MailSource, RenderResult, load_samples
from qsm_desktop.core.mail_checks.findings import MailFinding, as_engine_warning
from qsm_desktop.core.mail_checks.service_rules import check_rendered_mail
from qsm_desktop.core.mail_checks.structure import check_structure


def check_mail(
    source: MailSource,
    mail: RenderResult,
    values: Mapping[str, Any],
    *,
    kind: str | None = None,
    group: str | None = None,
    sample: str = "",
) -> tuple[MailFinding, ...]:
    """Everything judged on the rendered mail: the services' rules on ``mail`` (rendered with
    ``values``), and the HTML structure across every sample order and ``values``."""
    samples = [(sample or "指定の注文", values)]
    samples += [(s.label, s.values) for s in load_samples().values()]
    return check_rendered_mail(mail, values, kind=kind, group=group, sample=sample) + (
        check_structure(source.body, samples)
    )


__all__ = [
    "MailFinding",
    "as_engine_warning",
    "check_mail",
    "check_rendered_mail",
    "check_structure",
]
