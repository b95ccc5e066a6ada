"""Connection profiles that IT hands out as TOML files, and the folder that keeps them.

A profile names a server (host, port, remote base), the fingerprint its key must have,
the skip patterns and the replace policy, and which of those fields the window must not
let the analyst edit. Several profiles (production, test) live side by side as files in
``profiles/`` under the config folder. A profile never holds a password.

Example::

    name = "Production"
    host = "sftp.example.com"
    port = 22
    remote_base = "/data/to/startflow"
    host_key_fingerprint = "SHA256:..."
    locked = ["host", "port", "remote_base", "host_key_fingerprint"]
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_uploader import paths
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.host_keys import normalize_fingerprint
from desktop_uploader.engine.settings import (
    DEFAULT_PORT,
    DEFAULT_REMOTE_BASE,
    DEFAULT_SKIP_PATTERNS,
)
from desktop_uploader.engine.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PROFILE_SUFFIX = ".toml"
REPLACE_POLICIES = ("always", "when_changed", "never")
# Fields a profile may lock in the window; "name" and "locked" describe the profile.
LOCKABLE_FIELDS = (
    "host",
    "port",
    "username",
    "remote_base",
    "host_key_fingerprint",
    "skip_patterns",
    "replace_policy",
    "use_temp_names",
)
KNOWN_FIELDS = ("name", *LOCKABLE_FIELDS, "locked")
# A profile is a few lines; anything larger is not one (and is not read into memory).
MAX_PROFILE_BYTES = 64 * 1024
_HOST = re.compile(r"[A-Za-z0-9.:\-\[\]_]+")
_FIX_HINT = QT_TRANSLATE_NOOP(
    "Messages", "Correct the field in the file, or ask IT for a corrected profile."
)


class ProfileError(BadInputError):
    """A profile file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Profile:
    """A validated profile; every field has its app default when the file leaves it out."""

    name: str
    host: str
    port: int = DEFAULT_PORT
    username: str = ""
    remote_base: str = DEFAULT_REMOTE_BASE
    host_key_fingerprint: str = ""  # normalised "SHA256:..."; empty when not pinned
    skip_patterns: tuple[str, ...] = DEFAULT_SKIP_PATTERNS
    replace_policy: str = "always"
    use_temp_names: bool = True
    locked: frozenset[str] = frozenset()
    source: Path | None = field(default=None, compare=False)

    def is_locked(self, name: str) -> bool:
        return name in self.locked


def parse_profile(text: str, source: str | None = None) -> Profile:
    """Validate a profile's TOML text.

    Args:
        text: the file's content.
        source: how the file is named in error messages.

    Raises:
        ProfileError: the text is not TOML, a field is unknown, missing or has a wrong
            value; the message names the field and what a right value looks like.
    """
    source = source or QT_TRANSLATE_NOOP("Messages", "the profile")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = QT_TRANSLATE_NOOP("Messages", "{source} is not a valid TOML file ({error}).")
        raise ProfileError(message.format(source=source, error=exc), _FIX_HINT) from None
    unknown = sorted(set(raw) - set(KNOWN_FIELDS))
    if unknown:
        message = QT_TRANSLATE_NOOP("Messages", "{source} has the unknown field {field}.")
        hint = QT_TRANSLATE_NOOP("Messages", "Use only these fields: {fields}.")
        raise ProfileError(
            message.format(source=source, field=repr(unknown[0])),
            hint.format(fields=", ".join(KNOWN_FIELDS)),
        )
    check = _Checker(raw, source)
    return Profile(
        name=check.text("name", required=True),
        host=check.host(),
        port=check.port(),
        username=check.text("username"),
        remote_base=check.remote_base(),
        host_key_fingerprint=check.fingerprint(),
        skip_patterns=check.patterns(),
        # "when-changed" as the console writes it is the same policy.
        replace_policy=check.choice(
            "replace_policy", REPLACE_POLICIES, "always", spelled=lambda v: v.replace("-", "_")
        ),
        use_temp_names=check.flag("use_temp_names", True),
        locked=check.locked(),
    )


class _Checker:
    """Reads one field at a time, raising a ProfileError that names it."""

    def __init__(self, raw: dict, source: str) -> None:
        self.raw = raw
        self.source = source

    def fail(self, name: str, problem: str, example: str) -> ProfileError:
        message = QT_TRANSLATE_NOOP("Messages", "In {source}, the field {field} {problem}.")
        hint = QT_TRANSLATE_NOOP("Messages", "Write it like {example}. {fix}")
        return ProfileError(
            message.format(source=self.source, field=repr(name), problem=problem),
            hint.format(example=example, fix=_FIX_HINT),
        )

    def text(self, name: str, *, required: bool = False, example: str = '"Production"') -> str:
        value = self.raw.get(name, "")
        if not isinstance(value, str):
            problem = QT_TRANSLATE_NOOP("Messages", "must be text in quotes")
            raise self.fail(name, problem, f"{name} = {example}")
        value = value.strip()
        if required and not value:
            problem = QT_TRANSLATE_NOOP("Messages", "is missing or empty")
            raise self.fail(name, problem, f"{name} = {example}")
        if not value.isprintable():
            problem = QT_TRANSLATE_NOOP("Messages", "contains control characters")
            raise self.fail(name, problem, f"{name} = {example}")
        return value

    def host(self) -> str:
        example = '"sftp.example.com"'
        host = self.text("host", required=True, example=example)
        if not _HOST.fullmatch(host):
            problem = QT_TRANSLATE_NOOP("Messages", "is not a host name or address")
            raise self.fail("host", problem, f"host = {example}")
        return host

    def port(self) -> int:
        port = self.raw.get("port", DEFAULT_PORT)
        # TOML's true is a bool, which Python counts as an int: refuse it explicitly.
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            problem = QT_TRANSLATE_NOOP("Messages", "must be a number from 1 to 65535")
            raise self.fail("port", problem, "port = 22")
        return port

    def remote_base(self) -> str:
        example = f'"{DEFAULT_REMOTE_BASE}"'
        base = self.text("remote_base", example=example) or DEFAULT_REMOTE_BASE
        if not base.startswith("/") or ".." in base.split("/"):
            problem = QT_TRANSLATE_NOOP("Messages", "must be an absolute path without '..'")
            raise self.fail("remote_base", problem, f"remote_base = {example}")
        return base.rstrip("/") or "/"

    def fingerprint(self) -> str:
        example = QT_TRANSLATE_NOOP(
            "Messages",
            'host_key_fingerprint = "SHA256:" followed by 43 letters, digits, + or /',
        )
        text = self.text("host_key_fingerprint", example='"SHA256:..."')
        if not text:
            return ""
        try:
            return normalize_fingerprint(text)
        except BadInputError:
            problem = QT_TRANSLATE_NOOP("Messages", "is not a SHA256 fingerprint")
            raise self.fail("host_key_fingerprint", problem, example) from None

    def patterns(self) -> tuple[str, ...]:
        if "skip_patterns" not in self.raw:
            return DEFAULT_SKIP_PATTERNS
        value = self.raw["skip_patterns"]
        example = 'skip_patterns = ["~$*", "*.tmp"]'
        if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
            problem = QT_TRANSLATE_NOOP("Messages", "must be a list of non-empty texts")
            raise self.fail("skip_patterns", problem, example)
        return tuple(value)

    def choice(
        self,
        name: str,
        choices: tuple[str, ...],
        default: str,
        spelled: Callable[[str], str] | None = None,
    ) -> str:
        value = self.raw.get(name, default)
        if spelled is not None and isinstance(value, str):
            value = spelled(value)
        if value not in choices:
            options = ", ".join(f'"{c}"' for c in choices)
            problem = QT_TRANSLATE_NOOP("Messages", "must be one of {options}")
            raise self.fail(name, problem.format(options=options), f'{name} = "{default}"')
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.raw.get(name, default)
        if not isinstance(value, bool):
            problem = QT_TRANSLATE_NOOP("Messages", "must be true or false (without quotes)")
            raise self.fail(name, problem, f"{name} = true")
        return value

    def locked(self) -> frozenset[str]:
        value = self.raw.get("locked", [])
        example = 'locked = ["host", "port"]'
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problem = QT_TRANSLATE_NOOP("Messages", "must be a list of field names")
            raise self.fail("locked", problem, example)
        unknown = [v for v in value if v not in LOCKABLE_FIELDS]
        if unknown:
            problem = QT_TRANSLATE_NOOP(
                "Messages", "names {field}, which cannot be locked (possible: {fields})"
            )
            fields = ", ".join(LOCKABLE_FIELDS)
            raise self.fail(
                "locked", problem.format(field=repr(unknown[0]), fields=fields), example
            )
        return frozenset(value)


def load_profile(path: Path) -> Profile:
    """Read and validate a profile file.

    Raises:
        ProfileError: the file cannot be read, is too large, not UTF-8, or not valid.
    """
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_PROFILE_BYTES + 1)
    except OSError as exc:
        message = QT_TRANSLATE_NOOP("Messages", "The profile {path} cannot be read ({reason}).")
        raise ProfileError(
            message.format(path=path, reason=exc.strerror or str(exc)),
            QT_TRANSLATE_NOOP("Messages", "Check the file's name and location."),
        ) from None
    if len(data) > MAX_PROFILE_BYTES:
        message = QT_TRANSLATE_NOOP("Messages", "{name} is too large to be a profile.")
        raise ProfileError(message.format(name=path.name), _FIX_HINT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = QT_TRANSLATE_NOOP("Messages", "{name} is not a UTF-8 text file.")
        raise ProfileError(message.format(name=path.name), _FIX_HINT) from None
    profile = parse_profile(text, path.name)
    return dataclasses.replace(profile, source=path)


def profiles_dir() -> Path:
    """Where imported profiles are kept, one file each."""
    folder = paths.config_dir() / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_profiles() -> tuple[list[Profile], list[str]]:
    """The imported profiles sorted by name, and one sentence per file that is broken.

    A broken file is reported and left in place, never a reason to fail.
    """
    found: list[Profile] = []
    problems: list[str] = []
    for path in sorted(profiles_dir().glob(f"*{PROFILE_SUFFIX}")):
        try:
            found.append(load_profile(path))
        except ProfileError as exc:
            log.warning("Profile %s skipped: %s", path, exc.message)
            problems.append(exc.message)
    found.sort(key=lambda profile: profile.name.casefold())
    return found, problems


def file_name_for(name: str) -> str:
    """A safe file name for a profile name: its letters and digits, lower case."""
    stem = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return f"{stem or 'profile'}{PROFILE_SUFFIX}"


def import_profile(source: Path) -> Profile:
    """Validate a profile file and keep a copy among the stored profiles.

    A profile with the same name replaces the stored one: IT hands out updated files
    under the same name.

    Raises:
        ProfileError: the file is not a valid profile; nothing is stored then.
        OSError: the copy cannot be written.
    """
    profile = load_profile(source)
    target = profiles_dir() / file_name_for(profile.name)
    for other in stored_profiles()[0]:
        # A stored copy of the same profile under another file name (renamed by hand)
        # would show twice in the list.
        same = other.name.casefold() == profile.name.casefold()
        if same and other.source is not None and other.source != target:
            other.source.unlink(missing_ok=True)
    _write_atomically(target, source.read_bytes())
    log.info("Imported profile %r from %s as %s", profile.name, source, target)
    return dataclasses.replace(profile, source=target)


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temp_name = tempfile.mkstemp(prefix=".profile-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def find_profile(name_or_path: str) -> Profile:
    """A profile by file path, else by the name of a stored profile (any case).

    Raises:
        ProfileError: no such file and no stored profile of that name; the message lists
            the stored names.
    """
    path = Path(name_or_path).expanduser()
    if path.suffix.lower() == PROFILE_SUFFIX or path.is_file():
        return load_profile(path)
    profiles, _ = stored_profiles()
    wanted = name_or_path.strip().casefold()
    for profile in profiles:
        stem = profile.source.stem if profile.source else ""
        if wanted in (profile.name.casefold(), stem):
            return profile
    names = ", ".join(repr(p.name) for p in profiles) or QT_TRANSLATE_NOOP("Messages", "none")
    message = QT_TRANSLATE_NOOP("Messages", "No profile named {name} (stored profiles: {names}).")
    raise ProfileError(
        message.format(name=repr(name_or_path), names=names),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Give the path of the .toml file IT sent, or import it in the window first.",
        ),
    )
