"""The window in French, Italian and Spanish: no visible English left, the engine's
messages translated with their values, and the Language menu."""

from __future__ import annotations

import getpass
import html
import re
from datetime import UTC, datetime

import pytest
from gui_helpers import FailingUpload, add_folders, fill_form, upload_and_wait
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from test_keyboard import clashes, mnemonic, visible_mnemonics

from desktop_uploader import app_settings, history
from desktop_uploader.app_settings import LOGIN_METHODS
from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.engine.host_keys import HostKeyInfo
from desktop_uploader.engine.remote_paths import resolve_target
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP
from desktop_uploader.gui import translations
from desktop_uploader.gui.bu_table import STATUS
from desktop_uploader.gui.engine_texts import translated
from desktop_uploader.gui.file_table import PROGRESS_COLUMN
from desktop_uploader.gui.history_view import HistoryDialog
from desktop_uploader.gui.host_key_dialog import HostKeyDialog

# Words that are the same in English and in the language, or are names, not words.
SAME_WORDS = {
    "Desktop Uploader",
    "Port",
    "OK",
    "SHA-256",
    "SHA256",
    "English",
    "Français",
    "Italiano",
    "Español",
    "sftp.example.com",
    "/data/to/startflow",
    "outputs",  # the pipeline's folder names
    "logs",
}
# Words each language writes as English does: Italian offices say "server", "file",
# "password" and "business unit" in English.
SAME_IN_LANGUAGE = {
    "fr": set(),
    "it": {"Server", "Host", "Password", "File", "1 file", "Business unit"},
    "es": set(),
}
# A text with nothing left once names, paths, numbers and units are taken out says nothing.
NAME_LIKE = re.compile(r"[\w.~-]*[/_.\\:@%0-9][\w./~\\:@%-]*|\b(bytes?|KB|MB|GB|s|min|h)\b")


LANGUAGES = ("fr", "it", "es")


@pytest.fixture
def use_language():
    """Install a language for the windows built next; English again afterwards."""
    yield translations.install
    translations.install("en")


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can read in the window and its menus."""
    found = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        found += [(where, text) for text in _texts_of(widget)]
        if widget.toolTip():
            found.append((f"{where} tooltip", widget.toolTip()))
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    for menu in bar.findChildren(QMenu) if bar else []:
        found.append(("menu", menu.title()))
        found += [("menu action", a.text()) for a in menu.actions() if not a.isSeparator()]
    return found


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [re.sub(r"<[^>]+>", "", widget.text())]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QPlainTextEdit):
        # The activity log: each line without its time.
        return [line[10:] for line in widget.toPlainText().splitlines()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _view_texts(widget)
    return []


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = [str(model.headerData(c, _HORIZONTAL) or "") for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            texts += [str(index.data() or ""), str(index.data(_TOOLTIP) or "")]
    return texts


def english_left(
    texts: list[tuple[str, str]], english: list[tuple[str, str]], language: str
) -> list[tuple[str, str]]:
    """The texts that read as some text of the English window does."""
    sources = {text.replace("&", "").strip() for _, text in english}
    allowed = SAME_WORDS | SAME_IN_LANGUAGE[language]
    allowed |= {getpass.getuser(), "analyst"}  # who sent, with which login
    same = []
    for where, text in texts:
        plain = text.replace("&", "").strip()
        if plain not in sources or plain in allowed:
            continue
        words = NAME_LIKE.sub(" ", plain).strip()
        if words not in allowed and re.search(r"[A-Za-z]{2,}", words):
            same.append((where, plain))
    return same


def filled_window(make_window, qtbot, app_folder, language: str):
    translations.install(language)
    window = make_window(upload_function=FailingUpload(ErrorKind.NETWORK, _lost_message()))
    window.extras.picker.show()
    fill_form(window)
    add_folders(qtbot, window, app_folder)
    upload_and_wait(qtbot, window)
    return window


def _lost_message():
    return QT_TRANSLATE_NOOP("Messages", "The connection was lost ({detail}).").format(
        detail=QT_TRANSLATE_NOOP("Messages", "The connection was reset.")
    )


_HORIZONTAL = Qt.Orientation.Horizontal
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def everything_shown(make_window, qtbot, app_folder, language: str):
    """The texts of the window after a failed run, its History and the server key question."""
    window = filled_window(make_window, qtbot, app_folder, language)
    history = window.extras.show_history()
    info = HostKeyInfo("127.0.0.1", 2222, "ssh-ed25519", "SHA256:" + "A" * 43)
    question = HostKeyDialog(info, window)
    question.show()
    texts = visible_texts(window) + visible_texts(history) + visible_texts(question)
    question.close()
    return window, texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_shows_no_english_in_another_language(
    make_window, qtbot, app_folder, use_language, language
):
    _, english = everything_shown(make_window, qtbot, app_folder, "en")
    window, texts = everything_shown(make_window, qtbot, app_folder, language)

    assert window.error_panel.isVisible()
    assert english_left(texts, english, language) == []


# An unfinished language falls back to English letters, so every language is checked.
@pytest.mark.parametrize("language", ["fr", "it", "es"])
@pytest.mark.parametrize("method", LOGIN_METHODS)
def test_alt_letters_stay_unique_in_another_language(make_window, use_language, language, method):
    use_language(language)
    window = make_window()
    window.form.login.set_method(method)
    window.extras.picker.show()
    window.error_panel.show_failure(ErrorKind.NETWORK, "Lost.", "Try again.", "test")
    menu_titles = [action.text() for action in window.menuBar().actions()]
    menus = window.menuBar().findChildren(QMenu)

    found = visible_mnemonics(window) + [(mnemonic(text), text) for text in menu_titles]

    assert clashes(found) == {}
    assert all(mnemonic(text) for text in menu_titles)
    for menu in menus:
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert clashes([(mnemonic(text), text) for text in texts]) == {}, menu.title()
    assert clashes(visible_mnemonics(window.extras.show_history())) == {}


def test_a_remote_folder_not_found_is_told_in_french_with_both_paths(make_window, use_language):
    use_language("fr")
    window = make_window()
    error = _remote_not_found()

    window.error_panel.show_failure(error.kind, error.message, error.hint, "test")

    message = window.error_panel.message_label.text()
    assert message.startswith("Aucun dossier distant pour l'unité commerciale italy_galbani")
    assert "/data/to/startflow/italy/italy_galbani, " in message
    assert "/data/to/startflow/italy/italy_galbani/outputs ne peut pas être créé" in message
    assert "Dossier distant introuvable" in window.error_panel.title_label.text()
    assert "Vérifiez l'orthographe" in html.unescape(window.error_panel.hint_label.text())
    # What is copied for IT stays in English.
    assert "No remote folder for business unit italy_galbani" in window.error_panel.details()


def _remote_not_found():
    class NoFolders:
        def stat(self, path):
            raise FileNotFoundError(path)

    try:
        resolve_target(NoFolders(), "/data/to/startflow", "italy_galbani", create=False)
    except Exception as exc:  # the engine's RemoteNotFoundError
        return exc
    raise AssertionError("the folder was found")


def test_numbers_and_nested_sentences_follow_the_language(qapp, use_language):
    use_language("fr")
    stored = QT_TRANSLATE_NOOP(
        "Messages",
        "The server stored only {written:,} of {size:,} bytes of {name}: it is probably out "
        "of space or quota.",
    ).format(written=1234567, size=2000000, name="Baseline.xlsx")
    megabytes = QT_TRANSLATE_NOOP("Messages", "{megabytes:.1f} MB").format(megabytes=1.5)

    assert translated(stored).startswith("Le serveur n'a enregistré que 1\u202f234\u202f567 octets")
    assert translated(megabytes) == "1,5 Mo"
    assert translated(_lost_message()) == (
        "La connexion a été perdue (La connexion a été réinitialisée.)."
    )


def test_plain_strings_and_english_pass_through_unchanged(qapp, use_language):
    use_language("en")

    assert translated("Plain words") == "Plain words"
    assert translated(_lost_message()) == "The connection was lost (The connection was reset.)."


def test_the_language_menu_saves_the_choice_for_the_next_start(make_window, tmp_path):
    settings = tmp_path / "settings.json"
    window = make_window(settings_path=settings)

    window.extras.language_actions["fr"].trigger()

    assert app_settings.load(settings).settings.language == "fr"
    assert "Français" in window.notice_label.text()
    assert window.extras.language_actions["fr"].isChecked()


@pytest.mark.parametrize("language", ["it", "es"])
def test_the_history_writes_the_year_in_full_as_its_date_filters_do(
    qtbot, tmp_path, use_language, language
):
    use_language(language)
    store = history.HistoryStore(tmp_path / "history.sqlite3")
    now = datetime.now(UTC)
    store.add(history.RunRecord(now, now, "me", "analyst", "h:22", "italy_galbani", "", "ok"))
    dialog = HistoryDialog(store=store)
    qtbot.addWidget(dialog)
    when = dialog.runs_table.item(0, 0).text()

    assert str(now.astimezone().year) in when
    assert dialog.since_edit.text().endswith(str(dialog.since_edit.date().year()))


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_history_headings_are_not_cut(qtbot, tmp_path, use_language, language):
    use_language(language)
    dialog = HistoryDialog(store=history.HistoryStore(tmp_path / "history.sqlite3"))
    qtbot.addWidget(dialog)
    for table in (dialog.runs_table, dialog.files_table):
        header = table.horizontalHeader()
        cut = [
            table.horizontalHeaderItem(column).text()
            for column in range(table.columnCount())
            if table.columnWidth(column) < header.sectionSizeHint(column)
        ]

        assert cut == []


@pytest.mark.parametrize("language", ["fr", "it", "es"])
def test_no_heading_of_the_empty_file_table_is_cut(make_window, use_language, language):
    use_language(language)
    table = make_window().file_table
    header = table.horizontalHeader()

    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    assert header.sectionSize(PROGRESS_COLUMN) >= 80


def test_a_run_that_sent_nothing_says_no_file_in_french(
    qtbot, make_window, use_language, app_folder
):
    use_language("fr")
    window = make_window(upload_function=FailingUpload(ErrorKind.AUTH_FAILED, "Refused."))
    fill_form(window)
    add_folders(qtbot, window, app_folder)

    upload_and_wait(qtbot, window)

    first = window.bu_table.item(0, STATUS).text()
    assert first == "Échec de l'authentification\xa0; aucun fichier n'est arrivé sur le serveur"
