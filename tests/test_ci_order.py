"""The order CI's workers get the test files in (tests/ci_order.py): the slowest first, so
a heavy file is never the one a worker starts while the other has run out of work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import ci_order


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def write(known: dict[str, list[float]]) -> None:
        path = tmp_path / "ci_seconds.json"
        path.write_text(json.dumps(known))
        monkeypatch.setattr(ci_order, "SECONDS", path)

    return write


def test_a_heavy_file_of_few_tests_goes_before_many_quick_ones(table) -> None:
    table({"build.py": [300.0, 2], "quick.py": [20.0, 400], "mid.py": [40.0, 10]})
    assert ci_order.file_order({"quick.py": 400, "build.py": 2, "mid.py": 10}) == [
        "build.py", "mid.py", "quick.py"]


def test_a_new_file_counts_its_tests_at_the_median_seconds_per_test(table) -> None:
    table({"a.py": [10.0, 10], "b.py": [20.0, 10], "c.py": [30.0, 10]})  # median 2 s a test
    order = ci_order.file_order({"a.py": 10, "new.py": 12, "c.py": 10})
    assert order == ["c.py", "new.py", "a.py"]  # 30 > 24 > 10


def test_a_file_run_in_part_counts_its_share_and_added_tests_count_too(table) -> None:
    table({"slow.py": [100.0, 10], "other.py": [60.0, 10], "x.py": [1.0, 1]})
    # -m "not slow" kept 5 of slow.py's 10 tests: 50 s, under other.py's 60
    assert ci_order.file_order({"slow.py": 5, "other.py": 10}) == ["other.py", "slow.py"]
    # other.py grew by 40 tests at the median 6 s a test (10, 6, 1): 60 + 240 s
    assert ci_order.file_order({"slow.py": 10, "other.py": 50}) == ["other.py", "slow.py"]


def test_without_a_table_the_most_tests_go_first(table, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ci_order, "SECONDS", tmp_path / "missing.json")
    assert ci_order.file_order({"few.py": 2, "many.py": 50}) == ["many.py", "few.py"]

