"""Refresh the window's translation sources and compile them.

    python3 scripts/update_translations.py

1. pyside6-lupdate reads every .py file under desktop_uploader/ and updates
   resources/translations/desktop_uploader_{fr,it,es}.ts: new sentences are added as
   unfinished, sentences gone from the code are dropped, translations are kept.
2. desktop_uploader_en.ts holds only the plural sentences ("%n file(s)"): English needs
   no other translation, and their two forms are written here by rule.
3. pyside6-lrelease compiles each .ts to the .qm beside it; the .qm files are committed
   and shipped.

Translate a .ts with Qt Linguist (pyside6-linguist) or any editor, then run this again.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOG = "desktop_uploader"
TRANSLATED = ("fr", "it", "es")
# English plural sentences whose two forms do not follow the "(s)" rule.
ENGLISH_FORMS = {
    "%n recorded run(s) match.": ("%n recorded run matches.", "%n recorded runs match."),
    "%n recorded run(s) match (the newest {max} are shown).": (
        "%n recorded run matches (the newest {max} are shown).",
        "%n recorded runs match (the newest {max} are shown).",
    ),
}


def sources() -> list[str]:
    files = sorted((ROOT / "desktop_uploader").rglob("*.py"))
    return [str(path.relative_to(ROOT)) for path in files]


def lupdate(ts: Path, *options: str) -> None:
    command = ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, *options, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def english_forms(source: str) -> tuple[str, str]:
    if source in ENGLISH_FORMS:
        return ENGLISH_FORMS[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english(ts: Path) -> None:
    """Give every plural sentence its English singular and plural form."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        ts = FOLDER / f"{CATALOG}_{language}.ts"
        lupdate(ts, "-source-language", "en", "-target-language", language)
    english = FOLDER / f"{CATALOG}_en.ts"
    lupdate(english, "-pluralonly", "-source-language", "en", "-target-language", "en")
    fill_english(english)
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
