"""One retry policy for every remote call: the model client, the GitHub and Vercel exporters.

Each remote call is retried in exactly one place, the HTTP layer, with tenacity: exponential
backoff with jitter, or the server's ``Retry-After`` when it sends one. Nothing above retries
again (one model call makes at most ``RetryPolicy.attempts`` requests). A ``Retry-After``
longer than ``max_retry_after`` is not waited out: the caller gets an error that says until
when (``RateLimited.until``), so a run ends at once and the GUI can offer to retry then.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

log = logging.getLogger(__name__)

#: Who hears a retry's wait, in the task that makes the call: ``(seconds, error)`` as the wait
#: starts, ``(0.0, None)`` as the next attempt starts after it. A run's agent sets it around
#: its model call, so the person sees why nothing moves ("the model's server asked us to wait
#: 4 s"): a plain spinner for seconds on a step that takes a fraction of one looked hung.
WAITS: ContextVar[Callable[[float, BaseException | None], None] | None] = ContextVar(
    "retry_waits", default=None)
#: a shorter wait passes unseen, and is not said
SAID_WAIT_S = 1.0


@dataclass
class RetryPolicy:
    attempts: int = 4             # requests per call, the first one included
    initial: float = 1.0          # first backoff, seconds; doubles each time
    max_wait: float = 30.0        # longest backoff
    jitter: float = 0.5
    max_retry_after: float = 60.0  # a longer Retry-After ends the call (see ``until``)

    def too_long(self, retry_after: float | None) -> bool:
        return retry_after is not None and retry_after > self.max_retry_after


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP-date
    (RFC 9110 §10.2.3). None when absent or unreadable; never negative."""
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def until(seconds: float, now: datetime | None = None) -> datetime:
    """The moment a wait of ``seconds`` ends, in UTC, to the minute it can be shown at."""
    at = (now or datetime.now(UTC)) + timedelta(seconds=seconds)
    return at.replace(second=0, microsecond=0) + (timedelta(minutes=1) if at.second or
                                                  at.microsecond else timedelta())


def until_text(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _waiter(policy: RetryPolicy, retry_after: Callable[[BaseException], float | None]):
    backoff = wait_exponential_jitter(multiplier=policy.initial, max=policy.max_wait,
                                      jitter=policy.jitter)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        told = retry_after(exc) if exc is not None else None
        if told is not None:
            return min(told, policy.max_retry_after)
        return backoff(state)

    return wait


def _kwargs(policy: RetryPolicy, retryable: Callable[[BaseException], bool],
            retry_after: Callable[[BaseException], float | None], what: str) -> dict:
    said: list[bool] = []  # a wait was said: its end is said too

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        log.info("%s: attempt %d failed (%s); retrying", what, state.attempt_number,
                 type(exc).__name__)
        hear = WAITS.get()
        if hear is not None and state.upcoming_sleep >= SAID_WAIT_S:
            said.append(True)
            hear(state.upcoming_sleep, exc)

    def before(_state: RetryCallState) -> None:
        if said and (hear := WAITS.get()) is not None:
            said.clear()
            hear(0.0, None)

    return {"stop": stop_after_attempt(max(1, policy.attempts)),
            "wait": _waiter(policy, retry_after), "reraise": True,
            "retry": retry_if_exception(retryable), "before_sleep": before_sleep,
            "before": before}


def async_retrying(policy: RetryPolicy, *, retryable: Callable[[BaseException], bool],
                   retry_after: Callable[[BaseException], float | None] = lambda e: None,
                   what: str = "request") -> AsyncRetrying:
    """``await async_retrying(...)(fn, *args)``: fn is retried per the policy; the last
    failure is re-raised as it was."""
    return AsyncRetrying(**_kwargs(policy, retryable, retry_after, what))


def sync_retrying(policy: RetryPolicy, *, retryable: Callable[[BaseException], bool],
                  retry_after: Callable[[BaseException], float | None] = lambda e: None,
                  what: str = "request") -> Retrying:
    """The same policy for synchronous clients (PyGithub, called off the event loop)."""
    return Retrying(**_kwargs(policy, retryable, retry_after, what))
