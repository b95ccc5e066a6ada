"""The engine's own checks of its settings, which the window and the console share."""

from __future__ import annotations

import math

import pytest

from desktop_uploader.engine import RetryPolicy, ServerSettings
from desktop_uploader.engine.bu import remote_candidates
from desktop_uploader.engine.errors import BadInputError
from desktop_uploader.engine.settings import (
    ATTEMPTS_RANGE,
    STALL_TIMEOUT_RANGE,
    check_remote_base,
)


@pytest.mark.parametrize("stall", [0, -1, 0.5, math.nan, math.inf, 3601])
def test_a_stall_timeout_out_of_bounds_is_refused_by_the_settings(stall):
    with pytest.raises(BadInputError) as raised:
        ServerSettings("127.0.0.1", "analyst", stall_timeout=stall)
    assert raised.value.message.startswith("Stall timeout ")
    assert "from 1 to 3600" in raised.value.message
    assert raised.value.hint == "For example: 60."


@pytest.mark.parametrize(
    "options",
    [
        {"max_attempts": 0},
        {"max_attempts": 101},
        {"max_attempts": 2.5},
        {"base_delay": -1},
        {"base_delay": math.nan},
        {"max_delay": math.inf},
        {"max_delay": 24 * 3600 + 1},
    ],
)
def test_a_retry_policy_out_of_bounds_is_refused(options):
    with pytest.raises(BadInputError, match="is not valid: give"):
        RetryPolicy(**options)


def test_the_defaults_and_the_bounds_themselves_are_accepted():
    assert ServerSettings("h", "u").stall_timeout == 60.0
    assert ServerSettings("h", "u", stall_timeout=1).stall_timeout == 1
    assert RetryPolicy(max_attempts=100, base_delay=0, max_delay=24 * 3600).max_attempts == 100


def test_parse_names_the_option_and_shows_the_text_as_written():
    with pytest.raises(BadInputError) as raised:
        STALL_TIMEOUT_RANGE.parse(" nan ", "--stall-timeout", example="--stall-timeout 60")
    assert raised.value.message == (
        "--stall-timeout 'nan' is not valid: give a number of seconds from 1 to 3600."
    )
    assert raised.value.hint == "For example: --stall-timeout 60."
    assert ATTEMPTS_RANGE.parse("7", "--max-attempts") == 7


@pytest.mark.parametrize(
    "base", ["/data/to\nstartflow", "/data\r", "/a\x00b", "/a\x1bb", "/a\u2028b", "/a\u200bb"]
)
def test_a_remote_base_with_a_control_character_is_refused_wherever_it_is_used(base):
    with pytest.raises(BadInputError, match="contains a control character"):
        ServerSettings("h", "u", remote_base=base)
    with pytest.raises(BadInputError, match="contains a control character"):
        remote_candidates(base, "italy_galbani")


def test_a_relative_remote_base_is_refused_with_an_example():
    with pytest.raises(BadInputError) as raised:
        check_remote_base("data/to/startflow")
    assert raised.value.message == "Remote base 'data/to/startflow' must be an absolute path."
    assert raised.value.hint == "Example: /data/to/startflow."


def test_a_remote_base_with_spaces_or_accents_is_a_valid_path():
    assert check_remote_base("/data/prévisions 2024") == "/data/prévisions 2024"
