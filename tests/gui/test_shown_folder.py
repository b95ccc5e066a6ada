"""Local folders in the business unit table: from ~ under the home folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_uploader.gui.formatting import shown_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows shows whole paths")


def test_a_folder_under_home_is_shown_from_the_tilde(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = tmp_path / "Documents" / "app" / "outputs" / "italy_galbani"
    assert shown_folder(folder) == "~/Documents/app/outputs/italy_galbani"


def test_a_folder_elsewhere_is_shown_whole(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = tmp_path / "shared" / "outputs" / "italy_galbani"
    assert shown_folder(folder) == str(folder)
    assert shown_folder(Path("/")) == "/"
