"""The setup check: everything that would make an order silently miss the integration service.

Each :class:`Finding` has a stable ``code`` (see ``rules.CODES``), a severity (error / warning),
the registrations it concerns and a Japanese message saying what to do. Severities, messages and
the facts about services come from resources/service_rules.json (``rules.py``). A rule about one
registration (a wrong title, a bad address …) is downgraded to its ``severity_when_disabled``
when that registration has 使用 = N: nothing is lost while it is off, but it will be once it is
turned back on.

Only the seller's own setup is checked (title, sender, body, destination of each registration);
the sample orders are test data and are not looked at.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from qsm_desktop.core import text_sources
from qsm_desktop.core.engine import (
    EncodingReport,
    EngineWarning,
    MailSource,
    encoding_issues,
    scan_template,
)
from qsm_desktop.core.registrations import FIELD_LABELS
from qsm_desktop.core.safety.rows import SetupRow, address_key, describe, load_rows
from qsm_desktop.core.safety.rules import CODES, ServiceRules, load_rules
from qsm_desktop.core.safety.setup_findings import Finding, FindingCollector, SetupReport
from qsm_desktop.core.severity import ERROR
from qsm_desktop.core.vocabulary import (
    GROUP_BY_SLUG,
    GROUP_ORDER,
    KIND_BY_SLUG,
    KIND_ORDER,
    TEXT_FIELDS,
)

DEFAULT_SAMPLE = "one-item"  # the preview's first sample: the mail the rendered rules look at
ENGINE_CODES = ("unknown-placeholder", "malformed-token")
MAX_CHARS_LISTED = 8


def check_setup(
    rows: Sequence[SetupRow] | None = None, rules: ServiceRules | None = None
) -> SetupReport:
    """Check every registration (the store's when ``rows`` is None) against the rules."""
    rows = load_rows() if rows is None else list(rows)
    rules = rules or load_rules()
    out = FindingCollector(rules)
    for row in rows:
        _check_row(out, row)
    _check_destinations(out, rows)
    order = {code: i for i, code in enumerate(CODES)}
    findings = sorted(
        out.findings,
        key=lambda f: (
            0 if f.is_error else 1,
            order[f.code],
            f.registration_ids,
            f.field,
            f.line or 0,
        ),
    )
    by_registration: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        for reg_id in finding.registration_ids:
            by_registration[reg_id].append(finding)
    return SetupReport(
        tuple(findings), len(rows), {k: tuple(v) for k, v in by_registration.items()}
    )


# -- one registration at a time -----------------------------------------------------------------


def _check_row(out: FindingCollector, row: SetupRow) -> None:
    reg = row.registration
    base = {"registration": describe(reg), "kind": reg.kind_label}
    if not row.addresses:
        if reg.enabled:
            out.add("no-destination", [row], base, field="destination")
    else:
        problem = out.destination_problem(reg.destination)
        if problem is not None:
            out.add(
                "invalid-destination",
                [row],
                {**base, "destination": reg.destination, "detail": problem},
                field="destination",
            )
    if not reg.enabled:
        out.add("disabled", [row], base, field="enabled")
    if reg.standby:
        period = "Period 未設定" if reg.period is None else f"Period {reg.period}"
        out.add("standby", [row], {**base, "period": period}, field="standby")
    marker = out.rules.marker_for(reg.kind)
    if marker is not None and marker.marker not in reg.title:
        out.add(
            "subject-marker",
            [row],
            {**base, "marker": marker.marker},
            source=marker.source,
            field="title",
        )
    if row.qsm_category is not None:
        category_kind = out.rules.kind_of_category(row.qsm_category)
        if category_kind != reg.kind:
            out.add(
                "kind-mismatch",
                [row],
                {
                    **base,
                    "category": row.qsm_category,
                    "template_no": reg.template_no,
                    "template_kind": reg.kind_label,
                },
                field="template_no",
            )
    _check_text(out, row, base)
    _check_rendered(out, row, base)
    if reg.text_source == text_sources.SAMPLE:
        note = text_sources.sample_note(reg.template_no)
        out.add("sample-text", [row], {**base, "note": f"{note} " if note else ""}, field="body")


# Most registrations carry their catalog template's text unchanged, so thousands of rows share a
# handful of texts: scanning each text once keeps a 100,000-row check from re-analysing the same
# body 100,000 times. The results are frozen dataclasses, safe to share.
@lru_cache(maxsize=2048)
def _scan(title: str, sender: str, body: str) -> tuple[EngineWarning, ...]:
    return scan_template(MailSource(title=title, sender=sender, body=body, destination=""))


@lru_cache(maxsize=4096)
def _encoding_issues(text: str, field_name: str) -> EncodingReport:
    return encoding_issues(text, field_name)


def _check_text(out: FindingCollector, row: SetupRow, base: dict[str, Any]) -> None:
    reg = row.registration
    for warning in _scan(reg.title, reg.sender, reg.body):
        if warning.code not in ENGINE_CODES or warning.field not in TEXT_FIELDS:
            continue
        out.add(
            warning.code,
            [row],
            {
                **base,
                "field": FIELD_LABELS[warning.field],
                "line": warning.line,
                "column": warning.column,
                "detail": warning.message,
            },
            field=warning.field,
            line=warning.line,
            column=warning.column,
        )
    for name in TEXT_FIELDS:
        report = _encoding_issues(getattr(reg, name), name)
        not_cp932 = {issue.char for issue in report.not_cp932}
        for code, issues in (
            ("not-cp932", report.not_cp932),
            # A character neither charset carries is reported once, as not-cp932.
            ("not-iso2022jp", tuple(i for i in report.not_iso2022jp if i.char not in not_cp932)),
        ):
            if not issues:
                continue
            chars = list(dict.fromkeys(issue.char for issue in issues))
            listed = "".join(f"「{c}」" for c in chars[:MAX_CHARS_LISTED])
            if len(chars) > MAX_CHARS_LISTED:
                listed += f" ほか{len(chars) - MAX_CHARS_LISTED}種類"
            first = issues[0]
            where = f"最初は{first.line}行目{first.column}文字目"
            out.add(
                code,
                [row],
                {**base, "field": FIELD_LABELS[name], "chars": listed, "where": where},
                field=name,
                line=first.line,
                column=first.column,
            )


_RENDERED_CODES = {
    "rendered-paren": "rendered-paren",
    "rendered-syntax": "rendered-syntax",
    "html-stray-end-tag": "html-structure",
    "html-unclosed-tag": "html-structure",
    "html-repeated-start-tag": "html-structure",
}


@lru_cache(maxsize=2048)
def _rendered_findings(
    title: str, sender: str, body: str, kind: str, group: str
) -> tuple[Any, ...]:
    """The rendered mail's findings (the default sample order; the structure across all)."""
    from qsm_desktop.core.engine import load_samples, render_mail
    from qsm_desktop.core.mail_checks import check_mail

    sample = load_samples()[DEFAULT_SAMPLE]
    source = MailSource(title=title, sender=sender, body=body, destination="")
    mail = render_mail(source, sample.values, kind=kind)
    return check_mail(source, mail, sample.values, kind=kind, group=group, sample=sample.label)


def _check_rendered(out: FindingCollector, row: SetupRow, base: dict[str, Any]) -> None:
    reg = row.registration
    for finding in _rendered_findings(reg.title, reg.sender, reg.body, reg.kind, reg.group):
        # A title without its marker is subject-marker already (directives do not act in a
        # title, so the rendered subject lacks it only when the title does).
        code = _RENDERED_CODES.get(finding.code)
        if code is None:
            continue
        out.add(
            code,
            [row],
            {**base, "place": finding.place, "sample": finding.sample, "detail": finding.message},
            source=finding.source,
            field="body" if finding.field == "body" else "",
            line=finding.line if finding.field == "body" else None,
            column=finding.column if finding.field == "body" else None,
        )


# -- across registrations: per individual address -------------------------------------------------


def _check_destinations(out: FindingCollector, rows: Iterable[SetupRow]) -> None:
    spelling: dict[str, str] = {}
    forwarding: dict[str, list[SetupRow]] = defaultdict(list)  # address key → 使用 = Y rows
    all_rows: dict[str, list[SetupRow]] = defaultdict(list)
    for row in rows:
        for address in dict.fromkeys(row.addresses):
            key = address_key(address)
            spelling.setdefault(key, address)
            all_rows[key].append(row)
            if row.forwards:
                forwarding[key].append(row)
    for key in sorted(forwarding, key=lambda k: spelling[k]):
        address = spelling[key]
        receiving = forwarding[key]
        _check_mixed_groups(out, address, receiving)
        _check_duplicates(out, address, receiving)
        _check_missing_kinds(out, address, receiving, all_rows[key])


def _check_mixed_groups(out: FindingCollector, address: str, receiving: list[SetupRow]) -> None:
    groups: dict[str, list[SetupRow]] = defaultdict(list)
    for row in receiving:
        groups[row.registration.group].append(row)
    if len(groups) < 2:
        return
    listed = "、".join(
        f"{GROUP_BY_SLUG[g].label}(テンプレート番号 "
        + "・".join(str(n) for n in sorted({r.registration.template_no for r in groups[g]}))
        + ")"
        for g in sorted(groups, key=GROUP_ORDER.__getitem__)
    )
    out.add(
        "mixed-groups",
        receiving,
        {"address": address, "groups": listed, "count": len(groups)},
        source=out.rules.one_group_source,
        address=address,
    )


def _check_duplicates(out: FindingCollector, address: str, receiving: list[SetupRow]) -> None:
    kinds: dict[str, list[SetupRow]] = defaultdict(list)
    for row in receiving:
        kinds[row.registration.kind].append(row)
    for kind in sorted(kinds, key=KIND_ORDER.__getitem__):
        same = kinds[kind]
        if len(same) < 2:
            continue
        listed = "、".join(
            f"登録番号 {r.id}: テンプレート番号 {r.registration.template_no}" for r in same
        )
        out.add(
            "duplicate",
            same,
            {
                "address": address,
                "kind": KIND_BY_SLUG[kind].label,
                "count": len(same),
                "registrations": listed,
            },
            address=address,
        )


def _check_missing_kinds(
    out: FindingCollector, address: str, receiving: list[SetupRow], registered: list[SetupRow]
) -> None:
    received = {(r.registration.group, r.registration.kind) for r in receiving}
    for requirement in out.rules.required_kinds:
        for group in sorted(
            {g for g, k in received if k == requirement.when_kind}, key=GROUP_ORDER.__getitem__
        ):
            missing = [k for k in requirement.kinds if (group, k) not in received]
            if not missing:
                continue
            off = [
                r
                for r in registered
                if not r.forwards
                and r.registration.group == group
                and r.registration.kind in missing
            ]
            disabled_note = (
                "(登録番号 "
                + "・".join(str(r.id) for r in off)
                + " は登録されていますが 使用(Y/N) が N です)"
                if off
                else ""
            )
            concerned = [
                r
                for r in receiving
                if r.registration.group == group and r.registration.kind == requirement.when_kind
            ]
            out.add(
                "missing-kind",
                concerned + off,
                {
                    "address": address,
                    "group": GROUP_BY_SLUG[group].label,
                    "when_kind": KIND_BY_SLUG[requirement.when_kind].label,
                    "kinds": "・".join(KIND_BY_SLUG[k].label for k in missing),
                    "disabled_note": disabled_note,
                },
                source=requirement.source,
                address=address,
            )


def text_errors(
    title: str, sender: str, body: str, *, enabled: bool = True
) -> tuple[EngineWarning, ...]:
    """The findings of the setup check on these texts that are errors (by the service rules'
    severity, as for a registration with this 使用): what the form asks about before saving."""
    rules = load_rules()
    return tuple(
        warning
        for warning in _scan(title, sender, body)
        if warning.code in ENGINE_CODES
        and warning.field in TEXT_FIELDS
        and rules.rule(warning.code).severity_for(not enabled) == ERROR
    )
