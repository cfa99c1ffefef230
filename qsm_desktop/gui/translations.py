"""The translators of the app: Qt's own texts (file dialog, OK/Cancel, context menus) and the
app's, in the seller's language.

Qt's are Qt's .qm files (``qtbase_<lang>``) plus our supplement for the few texts Qt's Japanese
lacks (``resources/translations/qt_supplement_<lang>.qm``); the app's texts are written in
Japanese and translated by ``qsm_desktop_<lang>.qm`` (see tools/build_translations.py).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qsm_desktop.resources import resources_path

SOURCE_LANGUAGE = "ja"  # the language the app's texts are written in
# The languages offered, each named in itself (the menu shows them untranslated).
LANGUAGES = {"ja": "日本語", "en": "English"}
SYSTEM = "system"  # the preference "follow the system"
# Overrides the preference (tests, the screenshot tool, support): "ja" or "en".
LANGUAGE_ENV = "QSM_DESKTOP_LANGUAGE"
_INSTALLED = "qsmTranslators"


def system_language(locale: QLocale | None = None) -> str:
    """The system's language if the app offers it, Japanese for a Japanese system; any other
    system gets English (a seller whose desktop is in neither language reads English sooner)."""
    locale = QLocale.system() if locale is None else locale
    for tag in [*locale.uiLanguages(), locale.name()]:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(preference: str, locale: QLocale | None = None) -> str:
    """The language to start in: the environment's override, else the seller's choice in
    表示 > 言語, else the system's."""
    override = os.environ.get(LANGUAGE_ENV, "")
    if override in LANGUAGES:
        return override
    if preference in LANGUAGES:
        return preference
    return system_language(locale)


def installed_language(app: QCoreApplication) -> str | None:
    value = app.property("qsmLanguage")
    return value if isinstance(value, str) else None


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Replace the app's translators with those of ``language``; the names of the catalogs
    loaded (for tests and the log)."""
    for translator in app.findChildren(QTranslator, _INSTALLED):
        app.removeTranslator(translator)
        translator.deleteLater()
    ours = str(resources_path() / "translations")
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogs = [("qtbase", qt), ("qt_supplement", ours)]
    if language != SOURCE_LANGUAGE:
        catalogs.append(("qsm_desktop", ours))
    loaded = []
    for name, folder in catalogs:
        translator = QTranslator(app)
        translator.setObjectName(_INSTALLED)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            loaded.append(name)
        else:
            translator.deleteLater()
    # Dates and numbers Qt formats itself (the file dialog's 更新日) in the same language.
    QLocale.setDefault(QLocale(language))
    app.setProperty("qsmLanguage", language)
    return loaded
