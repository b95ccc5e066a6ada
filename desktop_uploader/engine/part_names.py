"""The shape of the names this app gives its own files on the server.

A file being uploaded lives under ``.{name}.{tag}.part`` in its target folder, and an
older version being replaced in two steps under ``.{name}.{tag}.replaced``. The shape
is kept here, apart from the code that talks to the server, because the local side
needs it too: a local file of that shape is never uploaded (a later run would take it
for a leftover of its own and remove it).
"""

from __future__ import annotations

import re

PART_SUFFIX = ".part"
# The old version of a file while the two-step rename replaces it.
ASIDE_SUFFIX = ".replaced"
TAG_LENGTH = 12
# Long names are cut so that the part name stays under the usual 255-byte limit: to
# this many characters, and then to the bytes the rest of a part name leaves (a name
# in Cyrillic or Japanese takes two or three bytes a character).
NAME_KEEP = 150
_NAME_KEEP_BYTES = 255 - len(f"..{'0' * TAG_LENGTH}") - max(len(PART_SUFFIX), len(ASIDE_SUFFIX))
_OWN_NAME = re.compile(
    rf"^\.(?P<name>.+)\.(?P<tag>[0-9a-f]{{{TAG_LENGTH}}})"
    rf"(?P<suffix>{re.escape(PART_SUFFIX)}|{re.escape(ASIDE_SUFFIX)})$",
    re.DOTALL,
)


def is_temporary_name(entry: str) -> bool:
    """Whether a file name has the shape of this app's part or parked files."""
    return _OWN_NAME.match(entry) is not None


def kept_name(name: str) -> str:
    """What a part file's name keeps of the final ``name``."""
    kept = name[:NAME_KEEP]
    while len(kept.encode("utf-8", "surrogatepass")) > _NAME_KEEP_BYTES:
        kept = kept[:-1]
    return kept


def is_own_leftover(entry: str, name: str) -> bool:
    """Whether ``entry`` is a part or parked file of ours for the final name ``name``."""
    return own_leftover_name(entry) == kept_name(name)


def own_leftover_name(entry: str) -> str | None:
    """The final name (cut, see :func:`kept_name`) a part or parked file of ours stands for;
    None for any other name."""
    match = _OWN_NAME.match(entry)
    return None if match is None else match.group("name")
