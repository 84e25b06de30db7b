"""A stopped run says "The project is unchanged": the Files panel agrees. It kept marking the
file the stopped run had written "● changed" (seen in `make screenshots`' dark.png), and
its tooltip said "changed in the last run"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.agents.conftest import APPROVE, block, plan
from tests.ui.conftest import no_checks, use_fake_model
from tests.ui.test_main_window import (
    feed_lines,
    make_window,
    run_until,
    type_prompt,
)
from tests.ui.test_walk_defects import start_slow_run
from tests.ui.test_window_basics import choose_project, project_with

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


PAGE = "<!doctype html><title>Tasks</title><h1>Tasks</h1>"


def test_a_stopped_run_leaves_no_changed_marks(ctx, fake_llm, monkeypatch, qtbot,
                                                aloop) -> None:
    use_fake_model(ctx, fake_llm, monkeypatch)
    no_checks(ctx)  # no browser: this is about the marks
    project_with(ctx, "Tasks", {"index.html": PAGE, "app.js": "let n = 1;\n"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, 0)
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", {"text": block("index.html", PAGE + "<footer>2026</footer>")
                              + block("app.js", "slow\n" * 3000), "latency": 0.005})
    fake_llm.set("reviewer", APPROVE)
    files = w.files

    type_prompt(qtbot, w, "add a footer", mode=1)
    run_until(qtbot, w, lambda a: a.kind == "file" and "app.js" in a.text)
    ws = ctx.store.workspace(w.current.id)
    qtbot.waitUntil(lambda: "<footer>" in ws.read_text("index.html"))  # the run wrote it
    with qtbot.waitSignal(w.run_finished, timeout=20000) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]
    # read as shown: the stop line is the run's line now, with Run again (walk7 #11)
    assert any("The project is unchanged" in line for line in feed_lines(w)), feed_lines(w)
    assert files.items["index.html"].text(0) == "index.html"
    assert files.items["index.html"].toolTip(0) == "index.html"
    assert "●" not in files.items["app.js"].text(0)


def test_a_stopped_first_run_says_once_that_nothing_was_kept(configured, qtbot, aloop,
                                                             fake_llm) -> None:
    """walk5 #21: "Run stopped by the user. The project is unchanged." was said twice, with
    "Nothing was kept of the new project" between, about a project that no longer exists."""
    w = make_window(configured, qtbot)
    start_slow_run(qtbot, w, fake_llm, "a reading list with ratings")
    with qtbot.waitSignal(w.run_finished, timeout=20000) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]
    lines = feed_lines(w)
    said = [ln for ln in lines if ln.startswith("Run stopped")]
    assert said == ["Run stopped by the user. Nothing was kept of the new project."], lines
    assert not any("unchanged" in ln for ln in lines), lines
    assert "Devora: Your prompt is back in the box below." in lines
    assert w.activity.run_line.label.text() == said[0] and w.activity.run_line.again.isVisible()
    # one line on screen: the run's feed item carries the line as its widget and paints no
    # text or icon of its own under it (walk6 saw the two drawn over each other)
    item = next(w.activity.feed.item(i) for i in range(w.activity.feed.count())
                if w.activity.feed.itemWidget(w.activity.feed.item(i)) is w.activity.run_line)
    assert item.text() == "" and item.icon().isNull()
    assert w.chat.prompt.toPlainText() == "a reading list with ratings"
