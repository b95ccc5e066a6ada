"""The retry policy's schedule, kept pure so that it is tested as a table."""

from __future__ import annotations

from desktop_uploader.engine.settings import RetryPolicy


def delay_after(failed_attempt: int, policy: RetryPolicy) -> float:
    """Seconds to wait after a failed attempt before the next one.

    The first wait is the base delay, each following one doubles, capped at the
    maximum: 5, 10, 20, 40, 60 with the defaults.

    Args:
        failed_attempt: 1 for the first attempt.
        policy: base and maximum delays.
    """
    if failed_attempt < 1:
        raise ValueError("attempts are counted from 1")
    return min(policy.base_delay * 2 ** (failed_attempt - 1), policy.max_delay)


def has_attempts_left(failed_attempt: int, policy: RetryPolicy) -> bool:
    return failed_attempt < policy.max_attempts
