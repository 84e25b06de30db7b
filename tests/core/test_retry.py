from __future__ import annotations

import email.utils
from datetime import UTC, datetime

import pytest

from devora_desktop.core.retry import (
    RetryPolicy,
    parse_retry_after,
    sync_retrying,
    until,
    until_text,
)

NOW = 1_800_000_000.0


@pytest.mark.parametrize(("value", "seconds"), [
    ("120", 120.0), ("0", 0.0), (" 7 ", 7.0), ("1.5", 1.5), ("-5", 0.0),
    (email.utils.formatdate(NOW + 90, usegmt=True), 90.0),           # IMF-fixdate
    (email.utils.formatdate(NOW - 90, usegmt=True), 0.0),            # in the past
    (email.utils.formatdate(NOW + 3600, localtime=False), 3600.0),   # "-0000" zone
    (None, None), ("", None), ("soon", None), ("Fri, 99 Foo 2026", None),
])
def test_parse_retry_after_seconds_and_http_dates(value, seconds) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


def test_until_rounds_up_to_the_minute_it_can_be_shown_at() -> None:
    now = datetime(2026, 11, 27, 7, 10, 5, tzinfo=UTC)
    assert until(86400, now) == datetime(2026, 11, 28, 7, 11, tzinfo=UTC)
    assert until(55, now) == datetime(2026, 11, 27, 7, 11, tzinfo=UTC)
    assert until(56, now) == datetime(2026, 11, 27, 7, 12, tzinfo=UTC)
    assert until_text(until(0, now.replace(second=0))) == "2026-11-27 07:10 UTC"


class Flaky(Exception):
    def __init__(self, wait: float | None) -> None:
        self.retry_after = wait


def test_policy_waits_what_the_server_says_and_stops_after_attempts() -> None:
    calls = []
    waits = []
    policy = RetryPolicy(attempts=3, initial=0.001, max_wait=0.002, jitter=0)
    retrying = sync_retrying(policy, retryable=lambda e: isinstance(e, Flaky),
                             retry_after=lambda e: e.retry_after)
    retrying.sleep = waits.append  # record instead of sleeping

    def fn():
        calls.append(1)
        raise Flaky(0.25 if len(calls) == 1 else None)

    with pytest.raises(Flaky):
        retrying(fn)
    assert len(calls) == 3
    assert waits[0] == 0.25 and waits[1] <= 0.002
    assert policy.too_long(61) and not policy.too_long(60) and not policy.too_long(None)
