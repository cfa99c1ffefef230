"""The mail template engine: Qoo10's template language → subject, sender, HTML and text.

Core code: never imports Qt or peewee. Public API for the GUI, the CLI and checks.
"""

from __future__ import annotations

from qsm_desktop.core.engine.compiler import CompiledTemplate, analyze, compile_template
from qsm_desktop.core.engine.diagnostics import EngineWarning
from qsm_desktop.core.engine.eml import (
    CHARSETS,
    EncodingRefused,
    MailFile,
    Substitution,
    build_eml,
    build_mail,
)
from qsm_desktop.core.engine.encoding_report import CharIssue, EncodingReport, encoding_issues
from qsm_desktop.core.engine.parser import parse
from qsm_desktop.core.engine.placeholders import Placeholder, load_placeholders
from qsm_desktop.core.engine.plaintext import html_to_text, looks_like_html, text_to_html
from qsm_desktop.core.engine.render import (
    MailSource,
    RenderResult,
    mail_encoding_report,
    render_mail,
    sanitize_header,
    scan_template,
)
from qsm_desktop.core.engine.samples import SampleError, SampleOrder, load_samples, validate_values
from qsm_desktop.core.engine.tokens import Token, TokenKind

__all__ = [
    "CHARSETS",
    "CharIssue",
    "CompiledTemplate",
    "EncodingRefused",
    "EncodingReport",
    "EngineWarning",
    "MailFile",
    "MailSource",
    "Placeholder",
    "RenderResult",
    "SampleError",
    "SampleOrder",
    "Substitution",
    "Token",
    "TokenKind",
    "analyze",
    "build_eml",
    "build_mail",
    "compile_template",
    "encoding_issues",
    "html_to_text",
    "load_placeholders",
    "load_samples",
    "looks_like_html",
    "mail_encoding_report",
    "parse",
    "render_mail",
    "sanitize_header",
    "scan_template",
    "text_to_html",
    "validate_values",
]
