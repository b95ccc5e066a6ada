"""Which business units a dropped or picked folder holds. Pure Python, no Qt: the window
runs it off its own thread, and unit tests call it directly.

Three shapes are understood, all written by the forecasting pipeline:

- a BU outputs folder, ``.../outputs/italy_galbani``; its logs are the sibling
  ``.../logs/italy_galbani`` (dropping that logs folder means the same BU);
- the pipeline's ``app/`` folder: every folder under ``app/outputs/`` is a BU (dropping
  ``app/outputs`` or ``app/logs`` means the same);
- a folder named like a BU (its own files are the outputs, or its ``outputs/`` and
  ``logs/`` sub-folders when it has them).

Any other folder that holds files is accepted too, with its name marked as not a BU so
the analyst can type the right one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_uploader.engine.bu import validate_bu
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.local_files import LOGS, OUTPUTS, LocalPlan, plan_job
from desktop_uploader.engine.settings import DEFAULT_SKIP_PATTERNS, UploadJob
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class FoundBU:
    """One business unit found on disk, with what its upload would send and skip."""

    bu: str
    name_is_valid: bool
    outputs_dir: Path
    logs_dir: Path | None
    plan: LocalPlan

    @property
    def key(self) -> str:
        """Identifies the row: the same outputs folder dropped twice is one BU."""
        return str(self.outputs_dir)


@dataclass(frozen=True)
class ScanResult:
    found: tuple[FoundBU, ...]
    problems: tuple[str, ...]  # one sentence per dropped path that held no BU


def is_bu_name(name: str) -> bool:
    try:
        validate_bu(name)
    except BadInputError:
        return False
    return True


def scan_paths(
    paths: Iterable[Path], skip_patterns: tuple[str, ...] = DEFAULT_SKIP_PATTERNS
) -> ScanResult:
    """Classify each path and plan each business unit found in it.

    Never raises for a bad path: every problem becomes a sentence in ``problems``.
    """
    found: list[FoundBU] = []
    problems: list[str] = []
    for path in paths:
        try:
            candidates = _candidates(Path(path))
        except _NoBUError as exc:
            problems.append(exc.args[0])
            continue
        except OSError as exc:
            problems.append(_unreadable(path, exc))
            continue
        for bu, outputs_dir, logs_dir in candidates:
            _plan_into(bu, outputs_dir, logs_dir, skip_patterns, found, problems)
    return ScanResult(tuple(found), tuple(problems))


class _NoBUError(Exception):
    """The path holds no business unit; the message (a Text) says why, for the analyst."""


def _unreadable(path: Path, exc: OSError) -> Text:
    message = QT_TRANSLATE_NOOP("Messages", "{path} could not be read ({reason}).")
    return message.format(path=path, reason=exc.strerror or str(exc))


def _candidates(path: Path) -> list[tuple[str, Path, Path | None]]:
    if not path.exists():
        raise _NoBUError(QT_TRANSLATE_NOOP("Messages", "{path} does not exist.").format(path=path))
    if not path.is_dir():
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "{name} is a file, not a folder. Drop a business unit's folder, such as "
            "app/outputs/italy_galbani, or the pipeline's app folder.",
        )
        raise _NoBUError(message.format(name=path.name))
    if path.name in (OUTPUTS, LOGS) and _sub_folders(path.parent / OUTPUTS):
        # app/outputs or app/logs itself: the analyst meant the whole app folder.
        path = path.parent
    bus_under_outputs = _sub_folders(path / OUTPUTS)
    if bus_under_outputs:
        return [(d.name, d, path / LOGS / d.name) for d in bus_under_outputs]
    if path.parent.name == OUTPUTS:
        return [(path.name, path, path.parent.parent / LOGS / path.name)]
    if path.parent.name == LOGS:
        return [_from_logs_folder(path)]
    if (path / OUTPUTS).is_dir():
        return [(path.name, path / OUTPUTS, path / LOGS)]
    if not any(child.is_file() for child in path.iterdir()):
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "{name} holds no business unit and no file to upload. Drop the folder "
            "app/outputs/<business unit> or the pipeline's app folder.",
        )
        raise _NoBUError(message.format(name=path.name))
    return [(path.name, path, None)]


def _from_logs_folder(path: Path) -> tuple[str, Path, Path]:
    """A BU's logs folder stands for the BU: its outputs are the sibling folder.

    Taking the logs as the outputs would send logs to the outputs folder on the
    server and leave the results behind.
    """
    outputs = path.parent.parent / OUTPUTS / path.name
    if not outputs.is_dir():
        message = QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is a logs folder, and its results folder {outputs} does not exist. "
            "Drop the business unit's outputs folder instead.",
        )
        raise _NoBUError(message.format(path=path, outputs=outputs))
    return (path.name, outputs, path)


def _sub_folders(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(child for child in folder.iterdir() if child.is_dir())


def _plan_into(
    bu: str,
    outputs_dir: Path,
    logs_dir: Path | None,
    skip_patterns: tuple[str, ...],
    found: list[FoundBU],
    problems: list[str],
) -> None:
    job = UploadJob(bu, outputs_dir, logs_dir, skip_patterns=skip_patterns)
    try:
        plan = plan_job(job)
    except BadInputError as exc:
        problems.append(exc.message)
        return
    except OSError as exc:
        problems.append(_unreadable(outputs_dir, exc))
        return
    found.append(FoundBU(bu, is_bu_name(bu), outputs_dir, logs_dir, plan))
