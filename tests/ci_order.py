"""The order CI's workers are handed the test files in: the slowest first.

``make test`` runs whole files per worker (``--dist loadfile``) and xdist hands them out in
collection order (the Makefile turns off its own reorder, most tests first, which queued a
PyInstaller build or a PostgreSQL cluster of a few tests near the end: one worker then ran
it alone while the other had nothing left). Longest first leaves only short files for the
end. tests/ci_seconds.json holds each file's seconds and test count from one whole run
(bench/ci_schedule.py measures and writes it). A file not in it, or tests added to one,
count the median seconds per test; a file run in part (``-m "not slow"``, ``-k``) counts
its share of its seconds. The order is only as good as the table: renew it when heavy files
come or go.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

SECONDS = Path(__file__).with_name("ci_seconds.json")


def file_order(counts: dict[str, int]) -> list[str]:
    """The files of ``counts`` (file → number of tests collected), slowest first; ties keep
    their order in ``counts`` (collection order)."""
    try:
        known: dict[str, list[float]] = json.loads(SECONDS.read_text())
    except (OSError, ValueError):
        known = {}
    per_test = statistics.median(s / n for s, n in known.values() if n) if known else 1.0

    def seconds(file: str) -> float:
        was, had = known.get(file, (0.0, 0))
        now = counts[file]
        return (was * min(now, had) / had if had else 0.0) + max(0, now - had) * per_test

    return sorted(counts, key=lambda f: -seconds(f))
