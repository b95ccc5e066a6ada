"""The benchmark's table: medians per scenario and tool, ratios to OpenSSH sftp."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field

GB = 1e9
MB = 1e6


@dataclass
class Result:
    """Every sample of one tool in one scenario."""

    scenario: str
    title: str
    tool: str
    payload: int
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    # CPU seconds of the rest of the machine during each run (the server, mostly).
    others_cpus: list[float] = field(default_factory=list)
    ciphers: list[str] = field(default_factory=list)
    failures: int = 0
    # Resume scenario only: bytes sent again after the cut, per round.
    resent: list[int] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls) if self.walls else float("nan")

    @property
    def cpu_per_gb(self) -> float:
        if not self.cpus:
            return float("nan")
        return statistics.median(self.cpus) / (self.payload / GB)

    @property
    def mb_per_s(self) -> float:
        return self.payload / MB / self.wall

    def as_dict(self) -> dict:
        data = asdict(self)
        data.update(wall=self.wall, cpu_per_gb=self.cpu_per_gb, mb_per_s=self.mb_per_s)
        return data


HEADER = (
    "| scenario | tool | median s | MB/s | ratio to sftp | peak RSS MiB | CPU s/GB | cipher |"
    " runs |"
)


def table(results: list[Result]) -> str:
    """A Markdown table; the ratio is this tool's median over sftp's in the same run."""
    lines = [HEADER, "| --- " * 9 + "|"]
    sftp_walls = {r.scenario: r.wall for r in results if r.tool == "sftp" and r.walls}
    for result in results:
        if result.resent:
            lines.append(_resume_line(result))
            continue
        base = sftp_walls.get(result.scenario)
        ratio = f"{result.wall / base:.2f}" if base else "-"
        rss = max(result.rss_kib) / 1024 if result.rss_kib else float("nan")
        cipher = ",".join(sorted(set(result.ciphers))) or "?"
        runs = f"{len(result.walls)}" + (f" ({result.failures} failed)" if result.failures else "")
        lines.append(
            f"| {result.title} | {result.tool} | {result.wall:.2f} | {result.mb_per_s:.1f} | "
            f"{ratio} | {rss:.0f} | {result.cpu_per_gb:.1f} | {cipher} | {runs} |"
        )
    return "\n".join(lines)


def _resume_line(result: Result) -> str:
    resent = statistics.median(result.resent)
    share = 100 * resent / result.payload
    return (
        f"| {result.title} | {result.tool} | {result.wall:.2f} | - | - | - | - | "
        f"re-sent {resent / MB:.2f} MB ({share:.1f}% of the file) | {len(result.resent)} |"
    )
