"""The one translation helper of the GUI: every seller-visible text goes through :func:`tr`.

The app's texts are written in Japanese and looked up in ``qsm_desktop_<lang>.qm`` (see
tools/build_translations.py and gui/translations.py). ``pyside6-lupdate`` extracts a text only
from a call it recognises by name with a literal argument: ``tr("…")`` and ``QT_TR_NOOP("…")``
outside a QObject's ``self.tr`` are both filed under the empty context, so the app uses that
one context everywhere (one Japanese term, one translation). A wrapper under another name, or
a context held in a variable, is silently not extracted — hence this single helper, imported
under its own name. Texts that come from the rules files are put into the same catalog by the
build script and translated through :func:`tr` as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

CONTEXT = ""  # lupdate's context for tr()/QT_TR_NOOP() calls outside a class's self.tr


def tr(text: str) -> str:
    """``text`` (Japanese) in the seller's language; unchanged when no translation exists."""
    return QCoreApplication.translate(CONTEXT, text)


def QT_TR_NOOP(source: str) -> str:
    """``source``, marked for translation where it is defined and translated where it is shown.

    Qt's own ``QT_TR_NOOP`` is typed as returning ``object`` by PySide's stubs; this one says
    ``str``. lupdate recognises the mark by its name, so it keeps Qt's name.
    """
    return source


def tr_filled(template: str, params: Iterable[tuple[str, Any]], fallback: str) -> str:
    """A core text made of a Japanese ``template`` (from the rules files) and its values, in the
    seller's language: the template is translated, then filled in with the values (each one
    translated too when the catalog has it, such as a notification type). ``fallback`` is the
    core's Japanese text, used when the template has no translation or no longer fits its
    values."""
    translated = tr(template) if template else ""
    if not translated or translated == template:
        return fallback
    values = {key: tr(value) if isinstance(value, str) else value for key, value in params}
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):
        return fallback
