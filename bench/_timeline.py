"""A pytest plugin for bench/ci_schedule.py: each test's start and end (wall clock) and the
worker that ran it, one JSON line per test, in one file per worker under $DEVORA_TIMELINE.

Run: PYTHONPATH=$PWD:$PWD/bench DEVORA_TIMELINE=/tmp/tl python -m pytest -p _timeline ...
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

_out: list = []


def pytest_configure(config: pytest.Config) -> None:
    folder = Path(os.environ.get("DEVORA_TIMELINE", "timeline"))
    folder.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _out.append((worker, (folder / f"{worker}.jsonl").open("a", buffering=1)))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    start = time.time()
    try:
        return (yield)
    finally:
        worker, fh = _out[0]
        fh.write(json.dumps({"id": item.nodeid, "w": worker, "t0": start,
                             "t1": time.time()}) + "\n")
