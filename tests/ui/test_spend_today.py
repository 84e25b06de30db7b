"""The status bar's "today" is every token paid for today: a failed run's too, also when its
new project was removed (walk4: "last run …, 59,700 tok, $0.0695, failed", then "today" held
only the next run's spending)."""

from __future__ import annotations

import re
import threading

import pytest

from tests.agents.conftest import block
from tests.test_spend_killed import killed_mid_run
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    feed_lines,
    make_window,
    on_next_run,
    run,
    script,
    type_prompt,
)
from tests.waiting import SUBPROCESS_HEAVY

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


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


@pytest.fixture
def after_a_kill(isolated_home, fake_llm, tmp_path):
    """A data folder where `devora generate` was killed with SIGKILL mid-run, opened as the
    app opens it next (the run's spend so far, and the context of the window)."""
    from devora_desktop.core.context import AppContext

    spent = killed_mid_run(fake_llm, isolated_home, tmp_path)
    with AppContext.open(isolated_home) as ctx:
        yield ctx, spent


@SUBPROCESS_HEAVY  # its fixture starts `devora generate`
def test_a_run_killed_with_sigkill_is_in_todays_status(after_a_kill, qtbot, aloop) -> None:
    """Walk5 #22's money part: the record's usage was written only when the run closed, so
    a kill -9 lost what its finished calls had cost from "today"."""
    ctx, (tokens, cost) = after_a_kill
    w = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: "today" in w.status.status_label.text(), timeout=5000)
    assert _spent(w.status.status_label.text(), "today") == (tokens, round(cost, 4))


def test_todays_status_moves_with_the_feeds_count_while_a_file_streams(
        configured, qtbot, aloop, fake_llm) -> None:
    """Under Xvfb the bar said "today 956 tok" beside a feed at 8,017 tok during a first
    run: the feed redraws its count as text streams, the bar only when a call reported."""
    w = make_window(configured, qtbot)
    hold = threading.Event()
    script(fake_llm)
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 3000 + "END"),
                              "hold_at": "END", "hold": hold})
    type_prompt(qtbot, w, "a task app")
    click(qtbot, w.chat.run_button)
    try:
        def streamed() -> int:
            a = w.controller.progress.agents.get("frontend")
            return a.streamed_chars if a is not None else 0

        qtbot.waitUntil(lambda: streamed() > 14000, timeout=RUN_MS)  # held before its end
        p = w.controller.progress
        qtbot.waitUntil(lambda: w.activity.totals.text().startswith(f"{p.tokens:,} tok"))
        feed = int(w.activity.totals.text().split(" tok")[0].replace(",", ""))
        assert feed > 3000
        assert _spent(w.status.status_label.text(), "today")[0] == feed, (
            w.activity.totals.text(), w.status.status_label.text())
    finally:
        hold.set()
    qtbot.waitUntil(lambda: not w.controller.running, timeout=RUN_MS)
