"""Choosing among IT's connection profiles, importing new ones, and locking the fields a
profile fixes in the server form."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_uploader import profiles
from desktop_uploader.gui.connection_form import ConnectionForm
from desktop_uploader.gui.engine_texts import translated
from desktop_uploader.profiles import Profile, ProfileError

log = logging.getLogger(__name__)


class ProfilePicker(QWidget):
    """A labelled list of the stored profiles; the first entry means "no profile"."""

    profile_chosen = Signal(str)  # the chosen profile's name; "" for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePicker")
        self.combo = QComboBox()
        self.combo.setObjectName("profileCombo")
        self.combo.setAccessibleName(self.tr("Connection profile"))
        self.combo.setToolTip(self.tr("A server profile from IT; import one from the File menu"))
        self.combo.setMinimumContentsLength(24)
        label = QLabel(self.tr("&Profile"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self._profiles: list[Profile] = []
        self.problems: list[str] = []
        self.refresh()
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)

    def refresh(self, select: str | None = None) -> None:
        """Reload the stored profiles, keeping the current choice unless ``select`` is given."""
        wanted = self.current_name() if select is None else select
        self._profiles, self.problems = profiles.stored_profiles()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("None: type the server yourself"))
        for profile in self._profiles:
            self.combo.addItem(f"{profile.name} ({profile.host}:{profile.port})", profile.name)
        self.combo.blockSignals(False)
        # Most analysts never get a profile: the row appears once IT's first is imported.
        self.setVisible(bool(self._profiles))
        self.select(wanted)

    def select(self, name: str) -> bool:
        """Choose a profile by name ("" for none); False when there is no such profile."""
        index = self.combo.findData(name) if name else 0
        found = index >= 0
        self.combo.setCurrentIndex(index if found else 0)
        return found

    def current(self) -> Profile | None:
        index = self.combo.currentIndex() - 1
        return self._profiles[index] if 0 <= index < len(self._profiles) else None

    def current_name(self) -> str:
        profile = self.current()
        return profile.name if profile else ""

    def import_files(self, paths: list[Path]) -> tuple[list[Profile], list[str]]:
        """Import profile files and choose the last one imported.

        Returns:
            The profiles imported, and one sentence per file that was refused.
        """
        imported: list[Profile] = []
        problems: list[str] = []
        for path in paths:
            try:
                imported.append(profiles.import_profile(path))
            except ProfileError as exc:
                problems.append(f"{translated(exc.message)} {translated(exc.hint)}")
            except OSError as exc:
                text = self.tr("{name} could not be stored ({reason}).")
                problems.append(text.format(name=path.name, reason=exc.strerror or exc))
        if imported:
            self.refresh(select=imported[-1].name)
            self.profile_chosen.emit(imported[-1].name)
        return imported, problems

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.profile_chosen.emit(self.current_name())


def _form_fields(form: ConnectionForm) -> dict[str, QLineEdit]:
    """The form's edits by the profile field each one shows."""
    return {
        "host": form.host_edit,
        "port": form.port_edit,
        "username": form.user_edit,
        "remote_base": form.remote_base_edit,
        "host_key_fingerprint": form.fingerprint_edit,
    }


def apply_to_form(form: ConnectionForm, profile: Profile | None, *, fill: bool = True) -> None:
    """Fill the form from a profile and make the fields it locks read-only.

    Args:
        form: the server form.
        profile: the chosen profile; None makes every field editable again.
        fill: also fill the fields the profile does not lock. At start-up this is False,
            so that what the analyst typed there last time is kept.

    A field the profile leaves empty (an optional user name) keeps what was typed.
    """
    values = {}
    if profile is not None:
        values = {
            "host": profile.host,
            "port": str(profile.port),
            "username": profile.username,
            "remote_base": profile.remote_base,
            "host_key_fingerprint": profile.host_key_fingerprint,
        }
    for name, edit in _form_fields(form).items():
        locked = profile is not None and profile.is_locked(name)
        if locked or (fill and values.get(name)):
            edit.setText(values[name])
        edit.setReadOnly(locked)
        edit.setProperty("lockedByProfile", locked)
        tip = QCoreApplication.translate("ProfilePicker", "Set by the profile “{name}”")
        _set_lock_tip(edit, tip.format(name=profile.name) if locked and profile else "")
    _apply_policy(form, profile, fill=fill)


def _apply_policy(form: ConnectionForm, profile: Profile | None, *, fill: bool) -> None:
    """The profile's replace policy in the form's list, which it may lock."""
    combo = form.replace_combo
    locked = profile is not None and profile.is_locked("replace_policy")
    if profile is not None and (locked or fill):
        form.set_replace_policy(profile.replace_policy)
    combo.setEnabled(not locked)
    combo.setProperty("lockedByProfile", locked)
    tip = QCoreApplication.translate("ProfilePicker", "Set by the profile “{name}”")
    _set_lock_tip(combo, tip.format(name=profile.name) if locked and profile else "")


def _set_lock_tip(edit: QWidget, text: str) -> None:
    # The form's own tooltip comes back once the field is no longer locked.
    if edit.property("formToolTip") is None:
        edit.setProperty("formToolTip", edit.toolTip())
    edit.setToolTip(text or edit.property("formToolTip"))


def profile_paths(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Split dropped paths into profile files and everything else."""
    tomls = [p for p in paths if p.suffix.lower() == profiles.PROFILE_SUFFIX and p.is_file()]
    return tomls, [p for p in paths if p not in tomls]
