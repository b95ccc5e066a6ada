"""Reading OpenSSH ``known_hosts`` files, line by line and forgivingly.

paramiko's own loader stops at the first line it cannot parse and does not know the
``@revoked`` and ``@cert-authority`` markers, so one such line in an analyst's
``~/.ssh/known_hosts`` (common on managed laptops) would make every key in the file
invisible. Here a bad line is skipped with a warning, as OpenSSH does, and a revoked
key is remembered so that it is refused.

Host patterns follow OpenSSH: several names separated by commas, hashed names
(``|1|salt|hash``), ``[host]:port`` for other ports than 22, the wildcards ``*`` and
``?``, and ``!`` negations.
"""

from __future__ import annotations

import binascii
import hmac
import logging
import re
from dataclasses import dataclass, field
from hashlib import sha1
from pathlib import Path

import paramiko
from paramiko.hostkeys import HostKeyEntry, InvalidHostKey

log = logging.getLogger(__name__)

REVOKED_MARKER = "@revoked"
CA_MARKER = "@cert-authority"


@dataclass(frozen=True)
class KnownHostsEntry:
    """One usable line: the host patterns it names and its key."""

    patterns: tuple[str, ...]
    key: paramiko.PKey
    revoked: bool = False

    def matches(self, label: str) -> bool:
        """Whether this line speaks about ``label`` (``host`` or ``[host]:port``)."""
        return host_matches(self.patterns, label)


@dataclass
class KnownHostsFile:
    """The usable lines of one file, in file order."""

    path: Path
    entries: list[KnownHostsEntry] = field(default_factory=list)

    def keys_for(self, label: str) -> list[paramiko.PKey]:
        """The trusted (not revoked) keys stored for a server, in file order."""
        return [e.key for e in self.entries if not e.revoked and e.matches(label)]

    def revoked_keys(self) -> list[paramiko.PKey]:
        """Keys marked ``@revoked``; refused for every server, whatever its pattern."""
        return [e.key for e in self.entries if e.revoked]


def load_known_hosts(path: Path) -> KnownHostsFile:
    """Read a known_hosts file; a missing or unreadable file gives no entries.

    Lines that cannot be parsed (a truncated key, an unknown key type, a certificate
    authority, which this app does not use) are skipped and logged, never fatal.
    """
    result = KnownHostsFile(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return result
    except OSError as exc:
        log.warning("Could not read known hosts file %s: %s", path, exc)
        return result
    for number, line in enumerate(text.splitlines(), 1):
        entry = parse_line(line)
        if entry is not None:
            result.entries.append(entry)
        elif line.strip() and not line.lstrip().startswith("#"):
            log.info("Known hosts file %s: line %d skipped", path, number)
    return result


def parse_line(line: str) -> KnownHostsEntry | None:
    """One known_hosts line as an entry, or None for comments and unusable lines."""
    fields = line.split()
    if not fields or fields[0].startswith("#"):
        return None
    revoked = False
    if fields[0].startswith("@"):
        if fields[0] != REVOKED_MARKER:
            # @cert-authority lines vouch for certificates, which this app never accepts.
            return None
        revoked, fields = True, fields[1:]
    if len(fields) < 3:
        return None
    try:
        # paramiko splits on single spaces only; OpenSSH allows any run of blanks.
        parsed = HostKeyEntry.from_line(" ".join(fields[:3]))
    except (InvalidHostKey, paramiko.SSHException, ValueError, TypeError):
        return None
    if parsed is None:
        return None
    return KnownHostsEntry(tuple(parsed.hostnames), parsed.key, revoked)


def host_matches(patterns: tuple[str, ...] | list[str], label: str) -> bool:
    """OpenSSH's rule: some pattern matches, and no negated pattern does."""
    label = label.lower()
    matched = False
    for pattern in patterns:
        if pattern.startswith("!"):
            if _plain_match(pattern[1:], label):
                return False
        elif pattern.startswith("|1|"):
            matched = matched or _hashed_match(pattern, label)
        else:
            matched = matched or _plain_match(pattern, label)
    return matched


def _plain_match(pattern: str, label: str) -> bool:
    # Only * and ? are wildcards; brackets are literal, as in "[127.0.0.1]:2222".
    regex = re.escape(pattern.lower()).replace(r"\*", ".*").replace(r"\?", ".")
    return re.fullmatch(regex, label) is not None


def _hashed_match(pattern: str, label: str) -> bool:
    parts = pattern.split("|")
    if len(parts) != 4:
        return False
    try:
        salt = binascii.a2b_base64(parts[2])
        expected = binascii.a2b_base64(parts[3])
    except binascii.Error:
        return False
    actual = hmac.new(salt, label.encode("utf-8"), sha1).digest()
    return hmac.compare_digest(actual, expected)
