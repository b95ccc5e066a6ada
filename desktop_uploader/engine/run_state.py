"""What a run has achieved so far, file by file; it outlives each attempt."""

from __future__ import annotations

from desktop_uploader.engine import events as ev
from desktop_uploader.engine.errors import ErrorKind
from desktop_uploader.engine.local_files import LocalFile, LocalPlan
from desktop_uploader.engine.settings import UploadJob
from desktop_uploader.engine.transfer import Tally


class RunState:
    """What each file has become so far; survives from one attempt to the next."""

    def __init__(self, job: UploadJob, plan: LocalPlan) -> None:
        self.job = job
        self.plan = plan
        self.outcomes: dict[LocalFile, ev.FileOutcome] = {}
        self.tallies: dict[LocalFile, Tally] = {}
        # The attempts in which each file was tried.
        self.tried_in: dict[LocalFile, set[int]] = {}
        self.remote_dir: str | None = None
        # 1-based places in the plan, looked up per file (a list search is quadratic).
        self._positions = {local: place for place, local in enumerate(plan.files, 1)}
        self.attempts = 0

    def ref(self, local: LocalFile) -> ev.FileRef:
        return ev.FileRef(self.job.bu, local.folder, local.name)

    def position(self, local: LocalFile) -> int:
        """The file's 1-based place among the plan's files."""
        return self._positions[local]

    def pending(self) -> list[LocalFile]:
        return [f for f in self.plan.files if f not in self.outcomes]

    def tally(self, local: LocalFile) -> Tally:
        """The file's running costs, and a note that the current attempt tried it."""
        self.tried_in.setdefault(local, set()).add(self.attempts)
        return self.tallies.setdefault(local, Tally())

    def record(
        self,
        local: LocalFile,
        status: ev.FileStatus,
        detail: str = "",
        remote: str = "",
        sha256: str = "",
        kind: ErrorKind | None = None,
    ) -> None:
        self.outcomes[local] = self._outcome(local, status, detail, remote, sha256, kind)

    def _outcome(
        self,
        local: LocalFile,
        status: ev.FileStatus,
        detail: str = "",
        remote: str = "",
        sha256: str = "",
        kind: ErrorKind | None = None,
    ) -> ev.FileOutcome:
        tally = self.tallies.get(local, Tally())
        return ev.FileOutcome(
            self.ref(local),
            status,
            local.size,
            detail,
            remote,
            bytes_sent=tally.bytes_sent,
            attempts=len(self.tried_in.get(local, ())),
            resumed_from=tally.resumed_from,
            kind=kind,
            sha256=sha256,
        )

    def summary(self) -> ev.RunSummary:
        outcomes = [
            self.outcomes.get(f) or self._outcome(f, ev.FileStatus.PENDING) for f in self.plan.files
        ]
        skipped = [
            ev.FileOutcome(
                ev.FileRef(self.job.bu, s.folder, s.name), ev.FileStatus.SKIPPED, 0, s.reason
            )
            for s in self.plan.skipped
        ]
        return ev.RunSummary(self.job.bu, self.remote_dir, tuple(outcomes + skipped), self.attempts)
