import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_uploader.engine.bu import country_of, remote_candidates, validate_bu
from desktop_uploader.engine.errors import BadInputError


@pytest.mark.parametrize(
    "name", ["italy_galbani", "france_president", "it_x", "spain_madrid-2", "a_b_c", "IT_9"]
)
def test_valid_names_are_accepted(name):
    assert validate_bu(name) == name


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("", "empty"),
        ("italy", "no '_'"),
        ("_galbani", "country"),
        ("italy_", "after the country"),
        ("italy___", "after the country"),
        ("italy/galbani", "separator"),
        ("italy_..", "'..'"),
        ("../etc_passwd", "separator"),
        ("italy_gal bani", "spaces"),
        ("italy_gal\nbani", "control"),
        ("italy_gal\x00", "control"),
        ("itàly_galbani", "only letters without accents (a to z)"),
        ("italia_città", "only letters without accents (a to z)"),
        ("italy_" + "x" * 80, "longer than"),
        ("italy\\_galbani", "separator"),
    ],
)
def test_bad_names_are_refused_with_the_reason_and_an_example(name, why):
    with pytest.raises(BadInputError) as raised:
        validate_bu(name)
    assert why in raised.value.message
    assert "italy_galbani" in raised.value.hint


def test_candidates_try_the_name_then_the_doubled_separator():
    assert remote_candidates("/data/to/startflow", "italy_galbani") == (
        "/data/to/startflow/italy/italy_galbani",
        "/data/to/startflow/italy/italy__galbani",
    )


def test_a_trailing_slash_in_the_base_changes_nothing():
    assert remote_candidates("/srv/base/", "france_president")[0] == (
        "/srv/base/france/france_president"
    )


def test_a_relative_base_is_bad_input():
    with pytest.raises(BadInputError):
        remote_candidates("data/to", "italy_galbani")


def test_country_is_the_part_before_the_first_underscore():
    assert country_of("italy_galbani_north") == "italy"


@given(st.text(min_size=1, max_size=80))
def test_no_accepted_name_escapes_the_country_folder(name):
    try:
        candidates = remote_candidates("/data/to/startflow", name)
    except BadInputError:
        return
    country_dir = f"/data/to/startflow/{country_of(name)}/"
    for candidate in candidates:
        assert posixpath.normpath(candidate) == candidate
        assert candidate.startswith(country_dir)
        assert "/" not in candidate[len(country_dir) :]
