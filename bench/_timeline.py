"""A pytest plugin for bench/ci_schedule.py: each test's start and end (wall clock), the
worker that ran it and the CPU seconds it took (the worker's own, and its child processes'
that ended during the test: npm, next, the CLI; not servers left running), one JSON line per
test, in one file per worker under $DEVORA_TIMELINE. Wall far above CPU is a test waiting.

Run: PYTHONPATH=$PWD:$PWD/bench DEVORA_TIMELINE=/tmp/tl python -m pytest -p _timeline ...
"""

from __future__ import annotations

import json
import os
import resource
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
    start, cpu = time.time(), _cpu()
    try:
        return (yield)
    finally:
        worker, fh = _out[0]
        now = _cpu()
        own, children = round(now[0] - cpu[0], 3), round(now[1] - cpu[1], 3)
        fh.write(json.dumps({"id": item.nodeid, "w": worker, "t0": start, "t1": time.time(),
                             "cpu": own, "child": children}) + "\n")


def _cpu() -> tuple[float, float]:
    """(this process's CPU seconds, its ended children's), user and system."""
    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime
