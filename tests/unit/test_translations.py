"""The translation sources: French, Italian and Spanish complete, placeholders kept in
every language, the compiled .qm files in step with their .ts, and the language chosen
from the locale."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_uploader.gui import translations

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("fr", "it", "es")
COMPLETE = LANGUAGES  # every message of these must stay translated
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def ts_file(language: str) -> Path:
    return FOLDER / f"desktop_uploader_{language}.ts"


def messages(language: str):
    """(context, source, [translations], finished) for every message of a .ts file."""
    tree = ET.parse(ts_file(language))
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")]
            texts = forms or [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            yield name, message.findtext("source"), texts, finished


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("language", COMPLETE)
def test_every_message_of_a_complete_language_is_translated(language):
    unfinished = [(c, s) for c, s, texts, done in messages(language) if not done or not all(texts)]

    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(language):
    wrong = []
    for context, source, texts, finished in messages(language):
        if not finished:
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            # A singular form may spell the count out ("un fichier"), so %n is optional.
            found = sorted(set(PLACEHOLDER.findall(text)) | ({"%n"} & set(wanted)))
            if found != wanted or mnemonics(text) > 1:
                wrong.append((context, source, text))

    assert wrong == []


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_each_ts_has_its_compiled_qm_and_it_is_up_to_date(language, tmp_path):
    shipped = ts_file(language).with_suffix(".qm")
    assert shipped.is_file()
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / shipped.name
    subprocess.run([lrelease, str(ts_file(language)), "-qm", str(fresh)], check=True)

    assert fresh.read_bytes() == shipped.read_bytes(), "run scripts/update_translations.py"


def test_english_holds_both_forms_of_each_plural():
    found = {source: texts for _, source, texts, _ in messages("en")}

    assert found["%n file(s)"] == ["%n file", "%n files"]
    assert all(len(texts) == 2 and "(s)" not in "".join(texts) for texts in found.values())


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("fr_FR", "fr"),
        ("fr_CH", "fr"),
        ("it_IT", "it"),
        ("es_ES", "es"),
        ("es_MX", "es"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("C", "en"),
    ],
)
def test_the_system_locale_picks_one_of_our_languages_or_english(locale, language):
    assert translations.system_language(QLocale(locale)) == language


def test_a_setting_names_the_language_and_empty_means_the_systems(monkeypatch):
    monkeypatch.setattr(translations, "system_language", lambda locale=None: "it")

    assert translations.chosen_language("fr") == "fr"
    assert translations.chosen_language("") == "it"
    assert translations.chosen_language("klingon") == "it"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bare_count_comes_last_so_its_word_never_agrees_with_one(language):
    # ", {count} skipped" has no plural form: "1 saltati" or "1 omitidos" would be wrong,
    # so the translations put the number after a colon ("saltati: 1").
    sources = (", {count} not sent: {reason}", ", {count} skipped", ", {count} failed")
    found = {s: texts[0] for _, s, texts, _ in messages(language) if s in sources}

    assert sorted(found) == sorted(sources)
    assert [t for t in found.values() if not re.search(r":\s*\{count\}$", t)] == []
