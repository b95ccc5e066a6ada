"""The window's language: English, French, Italian or Spanish.

Chosen from the system locale unless the settings name one (``WindowSettings.language``;
"" means the system's). Our translations (resources/translations/*.qm) and Qt's own for
its standard buttons and dialogs are installed before the window is built, and the
locale becomes the default, so sizes, numbers and dates follow the language. English
has a small .qm too: it holds only the plural forms of "%n file(s)" and the like.
The console is not translated.
"""

from __future__ import annotations

import importlib.resources
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

ENGLISH = "en"
LANGUAGES = ("en", "fr", "it", "es")
# Each language named in its own words, as the Language menu shows it.
NATIVE_NAMES = {"en": "English", "fr": "Français", "it": "Italiano", "es": "Español"}
# The same with their menu letters: "S" is the system language's in every translation.
MENU_NAMES = {"en": "&English", "fr": "&Français", "it": "&Italiano", "es": "Es&pañol"}
CATALOG = "desktop_uploader"

_installed: list[QTranslator] = []
_language: str | None = None


def system_language(locale: QLocale | None = None) -> str:
    """The system locale's language when we have it, else English."""
    name = (locale or QLocale.system()).name()  # "fr_FR", "C", "it_CH"...
    code = name.split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def chosen_language(setting: str) -> str:
    """The setting's language when it is one we have; "" or anything else: the system's."""
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str | None:
    """The language installed by install(); None before."""
    return _language


def install(setting: str = "") -> str:
    """Install the translators and default locale for ``setting``; returns the language.

    Calling it again replaces what an earlier call installed.
    """
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations.install needs a QApplication")
    language = chosen_language(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in (_qt_translator(language), _our_translator(language)):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(_locale_for(language))
    _language = language
    log.info(
        "Window language %s (setting %r, system %s)", language, setting, QLocale.system().name()
    )
    return language


def ensure_installed(setting: str = "") -> str:
    """install(setting) unless a language is installed already; returns the language."""
    return _language if _language is not None else install(setting)


def catalog_folder() -> Path:
    """resources/translations: a checkout's own, else the installed package's."""
    # A checkout run with PYTHONPATH may sit beside an install made from another
    # folder; its own translations are the ones that match its code.
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / "resources" / "translations").is_dir():
        return root / "resources" / "translations"
    return Path(str(importlib.resources.files("desktop_uploader.resources") / "translations"))


def catalog_file(language: str) -> Path:
    """The shipped .qm of a language."""
    return catalog_folder() / f"{CATALOG}_{language}.qm"


def _our_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    path = catalog_file(language)
    if not translator.load(str(path)):
        log.warning("No translation loaded from %s", path)
        return None
    return translator


def _qt_translator(language: str) -> QTranslator | None:
    if language == ENGLISH:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        log.info("Qt's own %s translation is not in %s", language, folder)
        return None
    return translator


def _locale_for(language: str) -> QLocale:
    # The system's locale when it speaks this language (fr_CH keeps Swiss numbers);
    # otherwise the language's main one.
    system = QLocale.system()
    if system_language(system) == language and system.name() != "C":
        return system
    return QLocale(language)
