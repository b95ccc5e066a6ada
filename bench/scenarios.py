"""The benchmark's scenarios and their local data (random bytes, cached in bench/data/)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB
# The emulated VPN: 20 ms each way and 50 Mbit/s in each direction.
VPN_DELAY = 0.020
VPN_RATE = 50e6 / 8
# Where the resume scenario's connection is cut, as a share of the file.
CUT_AT = 0.6


@dataclass(frozen=True)
class Scenario:
    """A set of files uploaded as one business unit's outputs.

    Args:
        name: short key used on the command line and in the table.
        files: (count, size in bytes) groups.
        vpn: run every tool through the delaying, rate-shaping proxy.
        resume: engine only: cut the connection at ``CUT_AT`` of the file, then resume.
    """

    name: str
    title: str
    files: tuple[tuple[int, int], ...]
    vpn: bool = False
    resume: bool = False

    @property
    def total_bytes(self) -> int:
        return sum(count * size for count, size in self.files)

    @property
    def file_count(self) -> int:
        return sum(count for count, _ in self.files)

    @property
    def folder(self) -> Path:
        groups = "-".join(f"{count}x{size}" for count, size in self.files)
        return DATA / f"{self.name}-{groups}" / "outputs"

    def files_on_disk(self) -> list[Path]:
        return sorted(self.folder.iterdir())


FULL = (
    Scenario("big", "one 1 GiB file", ((1, GIB),)),
    Scenario("medium", "20 x 20 MiB", ((20, 20 * MIB),)),
    Scenario("small", "1000 x 10 KiB", ((1000, 10 * KIB),)),
    Scenario("vpn", "VPN: 200 x 20 KiB + 50 MiB", ((200, 20 * KIB), (1, 50 * MIB)), vpn=True),
    Scenario("resume", "resume after a cut at 60% of 20 MiB", ((1, 20 * MIB),), resume=True),
)

QUICK = (
    Scenario("big", "one 128 MiB file", ((1, 128 * MIB),)),
    Scenario("medium", "5 x 8 MiB", ((5, 8 * MIB),)),
    Scenario("small", "200 x 10 KiB", ((200, 10 * KIB),)),
    Scenario("vpn", "VPN: 30 x 20 KiB + 4 MiB", ((30, 20 * KIB), (1, 4 * MIB)), vpn=True),
    Scenario("resume", "resume after a cut at 60% of 8 MiB", ((1, 8 * MIB),), resume=True),
)


def ensure_data(scenario: Scenario) -> Path:
    """Write the scenario's files once; later runs reuse them (they are random bytes)."""
    folder = scenario.folder
    done = folder.parent / "complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for group, (count, size) in enumerate(scenario.files):
        for index in range(count):
            _write_random(folder / f"g{group}_{index:05d}.bin", size)
    done.write_text("ok\n")
    return folder


def _write_random(path: Path, size: int) -> None:
    with path.open("wb") as out:
        remaining = size
        while remaining:
            block = os.urandom(min(remaining, 4 * MIB))
            out.write(block)
            remaining -= len(block)
