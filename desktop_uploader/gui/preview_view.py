"""The preview in the window: it fills the business unit and file tables in place with
what an upload would do, before anything is sent, with no dialog in the way."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_uploader.engine import TITLES
from desktop_uploader.engine.preview import BUPreview, FileAction, Preview
from desktop_uploader.engine.replace_policy import NEVER_REASON, POLICY_REASONS, UNCHANGED_REASON
from desktop_uploader.gui.bu_table import BUTable
from desktop_uploader.gui.engine_texts import translated
from desktop_uploader.gui.error_panel import ErrorPanel
from desktop_uploader.gui.file_table import FileTableModel


class PreviewView(QObject):
    """Writes a preview into the window's tables.

    Args:
        bu_table: gets one status line per business unit.
        files: gets new, unchanged, replaces or skipped (with the reason) per file.
        errors: shows why the connection failed, when it did.
    """

    def __init__(
        self, bu_table: BUTable, files: FileTableModel, errors: ErrorPanel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._bu_table = bu_table
        self._files = files
        self._errors = errors

    def show(self, preview: Preview, context: str) -> list[str]:
        """Show each BU's remote folder (or why there is none) and each file's fate.

        Args:
            preview: what the engine found.
            context: the server and user, for the error panel's details.

        Returns:
            One line per business unit for the activity log.
        """
        failure = preview.failure
        if failure is not None:
            self._errors.show_failure(failure.kind, failure.message, failure.hint, context)
        lines = []
        for unit in preview.units:
            self._files.show_preview(unit)
            text, tone = self.unit_status(unit, looked_up=failure is None)
            self._bu_table.set_status(unit.bu, text, tone)
            lines.append(self.tr("{bu}: {status}").format(bu=unit.bu, status=text))
        return lines

    def unit_status(self, unit: BUPreview, *, looked_up: bool) -> tuple[str, str]:
        """One business unit's preview in a line, and its tone ("ok", "failed", "busy")."""
        if unit.problem is not None:
            title = translated(TITLES[unit.problem.kind])
            text = self.tr("{title}: {message}")
            return text.format(title=title, message=translated(unit.problem.message)), "failed"
        if not looked_up or unit.remote_dir is None:
            return self.tr("Not looked up on the server"), "busy"
        counts = self._counts(unit)
        if any(unit.count(action) for action in FileAction if action.sends):
            text = self.tr("To {folder}: {counts}")
        else:
            text = self.tr("Nothing to send to {folder}: {counts}")
        return text.format(folder=unit.remote_dir, counts=counts), "ok"

    def _counts(self, unit: BUPreview) -> str:
        kept = {reason: _count_reason(unit, reason) for reason in POLICY_REASONS}
        skipped = unit.count(FileAction.SKIPPED) - sum(kept.values())
        # Each sentence is a literal inside tr(), so that lupdate finds it with its plural.
        parts = [
            (unit.count(FileAction.NEW), lambda n: self.tr("%n new", "", n)),
            (unit.count(FileAction.REPLACES), lambda n: self.tr("%n to replace", "", n)),
            (
                unit.count(FileAction.UNCHANGED),
                lambda n: self.tr("%n unchanged, sent again", "", n),
            ),
            (kept[UNCHANGED_REASON], lambda n: self.tr("%n unchanged, not sent", "", n)),
            (kept[NEVER_REASON], lambda n: self.tr("%n already there, kept", "", n)),
            (skipped, lambda n: self.tr("%n skipped", "", n)),
        ]
        return ", ".join(words(count) for count, words in parts if count)

    def final_status(self, preview: Preview) -> str:
        """The status line once the preview has ended."""
        if preview.failure is not None:
            return self.tr("The preview failed: see the message above.")
        problems = sum(1 for unit in preview.units if unit.problem is not None)
        if problems:
            return self.tr(
                "Preview ready. Business units with a problem: %n (see their status).",
                "",
                problems,
            )
        sending = sum(1 for unit in preview.units for file in unit.files if file.sends)
        return self.tr("Preview ready: %n to send. Nothing has been sent yet.", "", sending)


def _count_reason(unit: BUPreview, reason: str) -> int:
    return sum(1 for file in unit.files if not file.sends and file.reason == reason)
