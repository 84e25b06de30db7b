"""Waiting in tests for something another task or process does: always with its own deadline,
so a broken feature fails here with what was awaited, not at pytest's global timeout."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

#: Tests that start Python processes (the CLI) and wait for them: at load 25 a CLI took ~33 s
#: to print its first line (1.4 s of CPU in all), and three of them ran past the 120 s pytest
#: gives a test (pyproject.toml). Their own waits follow the process, not a clock shorter
#: than this.
SUBPROCESS_HEAVY = pytest.mark.timeout(600)


async def until(done: Callable[[], object], what: str, timeout: float = 20.0,
                step: float = 0.01) -> None:
    """Poll ``done()`` on the event loop until it is true; fail naming ``what`` after
    ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:g} s")
        await asyncio.sleep(step)
