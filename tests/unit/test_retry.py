import pytest

from desktop_uploader.engine.retry import delay_after, has_attempts_left
from desktop_uploader.engine.settings import RetryPolicy


@pytest.mark.parametrize(
    ("failed_attempt", "delay"), [(1, 5), (2, 10), (3, 20), (4, 40), (5, 60), (6, 60), (9, 60)]
)
def test_default_schedule_doubles_from_five_seconds_capped_at_sixty(failed_attempt, delay):
    assert delay_after(failed_attempt, RetryPolicy()) == delay


def test_schedule_follows_a_configured_policy():
    policy = RetryPolicy(max_attempts=3, base_delay=0.5, max_delay=1.5)
    assert [delay_after(n, policy) for n in (1, 2, 3)] == [0.5, 1.0, 1.5]


def test_five_attempts_means_four_waits():
    policy = RetryPolicy()
    assert [has_attempts_left(n, policy) for n in range(1, 6)] == [True] * 4 + [False]


def test_attempts_are_counted_from_one():
    with pytest.raises(ValueError):
        delay_after(0, RetryPolicy())
