"""The status bar's "today" is every token paid for today: a failed run's too, also when its
new project was removed (walk4: "last run …, 59,700 tok, $0.0695, failed", then "today" held
only the next run's spending)."""

from __future__ import annotations

import re

from tests.ui.test_main_window import (
    configured,
    feed_lines,
    make_window,
    on_next_run,
    run,
    script,
)

__all__ = ["configured"]

PROSE = "I would write a page with a list of tasks and a form to add one."


def _spent(text: str, label: str) -> tuple[int, float]:
    """("12,541", "$0.0123") after ``label`` in the status bar ("last run 2.1 s, " first)."""
    found = re.search(label + r"(?: [\d.]+ s,)? ([\d,]+) tok(?:, \$([\d.]+))?", text)
    assert found is not None, (label, text)
    return int(found.group(1).replace(",", "")), float(found.group(2) or 0)


def test_today_counts_a_failed_runs_spending_and_the_next_run_starts_from_zero(
        configured, qtbot, aloop, fake_llm) -> None:
    w = make_window(configured, qtbot)
    script(fake_llm)
    fake_llm.set("frontend", PROSE)  # the architect is paid, then the frontend never writes
    assert run(qtbot, w, "a task app") == "failed"
    bar = w.status.status_label.text()
    # as shown: the run's line is a widget on its feed item (the item's own text is empty)
    assert "Nothing was kept of the new project." in " ".join(feed_lines(w))
    failed = _spent(bar, "last run")
    assert failed[0] > 0 and failed[1] > 0, bar
    assert _spent(bar, "today") == failed

    # the next run's own counter starts at nothing: the failed run's numbers do not stay up
    shown: list[str] = []
    during: list[tuple[str, str]] = []  # the feed's count and the bar's, as the run goes
    on_next_run(w, "cost_changed", lambda *_: during.append(
        (w.activity.totals.text(), w.status.status_label.text())))
    w.controller.running_changed.connect(
        lambda running: running and shown.append(w.activity.totals.text()))
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    assert shown == [""], shown
    for feed, bar in during:  # the bar's today = the failed run's bill + this run's count
        if feed:
            tokens = int(feed.split(" tok")[0].replace(",", ""))
            assert _spent(bar, "today")[0] == failed[0] + tokens, (feed, bar)
    bar = w.status.status_label.text()
    approved = _spent(bar, "last run")
    tokens, cost = _spent(bar, "today")
    assert tokens == failed[0] + approved[0], bar
    assert abs(cost - (failed[1] + approved[1])) < 0.00015, bar
