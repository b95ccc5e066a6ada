"""The documentation speaks of the product as it is: no planned work, no tracker."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_no_document_refers_to_planned_work_or_a_tracker():
    for path in DOCS:
        text = path.read_text(encoding="utf-8")

        assert not re.search(r"\bissue\s*#?\d", text, re.IGNORECASE), path.name
        assert "is arriving" not in text, path.name


def test_the_distribution_notes_name_the_menu_that_imports_a_profile():
    text = (ROOT / "docs" / "distribution.md").read_text(encoding="utf-8")

    assert "Import\nprofile…" in text or "Import profile…" in text


def test_the_readme_says_how_to_build_check_and_distribute_the_app():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The double-clickable app", 1)[1].split("\n## ", 1)[0]

    for needed in (
        "(docs/distribution.md)",
        '".[package,demo]"',
        "make package",
        "--self-test",
        "For analysts",
        "double-click",
        "For IT",
        "Sign the Windows build",
        "host_key_fingerprint",
        "Logs for support",
    ):
        assert needed in section, needed
