"""The fourth round on the window as a product: what the third walk left (check jargon in the
feed, a run's time that counted the person's wait, an image lost from a reopened
conversation, two token counts for one run) and what walk4 found in the same places, each
driven as a person meets it. Defects met in one run share its window (CI time)."""

from __future__ import annotations

import re
import time

import pytest

from tests.ui.test_checks_consent import _python_run
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    click_item,
    feed_lines,
    make_window,
    type_prompt,
)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


JARGON = ("python-compile", "Check ", "Validators passed", "(python")


def _today(w) -> str:
    """The status bar's "today 4,070 tok, $0.0041" (or all of its text, when it has none)."""
    found = re.search(r"today ([\d,]+ tok, \$[\d.]+)", w.status.status_label.text())
    return found.group(1) if found else w.status.status_label.text()


def test_a_run_that_waited_for_the_checks_answer_reads_in_words_and_one_count(
        configured, qtbot, aloop, fake_llm, no_sandbox) -> None:
    """One run, three defects of it (one window and one run for all three, CI time):
    - while it waited at the checks question the feed said "6,182 tok" and the status bar
      "today 0 tok": it counted only runs that had ended;
    - after 0.8 s at the question the status bar said "last run 2.2 s" for a run that worked
      1.4 s: the person's time to answer was counted as the run's;
    - the feed said "Check python-compile passed (python, 0.1 s)" and "Validators passed 1
      file": a check's name and tool, not what was found out."""
    w = make_window(configured, qtbot)
    _python_run(fake_llm)
    type_prompt(qtbot, w, "a tool")
    started = time.monotonic()
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(w.consent.isVisible, timeout=RUN_MS)
    feed = w.activity.totals.text()  # "4,070 tok · $0.0041"
    assert re.fullmatch(r"[\d,]+ tok · \$[\d.]+", feed), feed
    assert _today(w) == feed.replace(" · ", ", ")
    qtbot.wait(800)  # the person reading the question: the run stands still
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS * 2) as blocker:
        click(qtbot, w.consent.run_button)
    assert blocker.args == ["finished"]
    wall = time.monotonic() - started
    assert _today(w) == w.activity.totals.text().replace(" · ", ", ")  # the day's first run

    # the run's own time, the wait said apart, the same in the feed and the status bar
    worked = float(re.search(r"last run ([\d.]+) s", w.status.status_label.text()).group(1))
    lines = feed_lines(w)
    said = re.search(r" · ([\d.]+) s · ([\d.]+) s waiting for you$", lines[-1])
    assert said is not None, lines[-1]
    assert float(said.group(1)) == worked
    assert 0.75 <= float(said.group(2)) <= wall
    assert worked + float(said.group(2)) <= wall + 0.1

    # what the checks found out, in words; which check and tool one click away
    assert "The Python code compiles" in lines, lines
    assert "1 file checked: no errors found" in lines, lines
    assert not [ln for ln in lines if any(word in ln for word in JARGON)], lines
    item = w.activity.feed.item(lines.index("The Python code compiles"))
    click_item(qtbot, w.activity.feed, item)  # the details: which check, which tool, how long
    detail = item.text().splitlines()
    assert detail[0] == "The Python code compiles"
    assert re.fullmatch(r"python-compile check · python · \d+\.\d s.*", detail[1]), detail
    click_item(qtbot, w.activity.feed, item)  # and a second click folds them away again
    assert item.text() == "The Python code compiles"


def test_a_reopened_conversation_still_shows_the_prompts_image(configured, qtbot, aloop,
                                                                fake_llm) -> None:
    """Live, the prompt read "a to-do app like this mockup  [+1 image]" with the line on
    what became of the image under it; after opening another project and coming back,
    both were gone: the prompt alone, as if no image had gone with it."""
    from PySide6.QtCore import Qt

    from tests.ui.test_main_window import script
    from tests.ui.test_prompt_images import paste_screenshot

    w = make_window(configured, qtbot)
    script(fake_llm)
    type_prompt(qtbot, w, "a to-do app like this mockup")
    paste_screenshot(qtbot, w)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    live = feed_lines(w)
    assert live[0] == "you: a to-do app like this mockup  [+1 image]", live
    assert live[1].startswith("Devora: No way to tell whether fake/model reads images")
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert w.projects.list.currentItem() is None and "you: " not in " ".join(feed_lines(w))
    click_item(qtbot, w.projects.list, w.projects.list.item(0))  # back to it
    # as it read live: the image and its line, and the run's summary once (the
    # conversation's copy of it came before the replayed steps too)
    qtbot.waitUntil(lambda: feed_lines(w) == live, timeout=5000)


def test_a_stopped_refinement_gives_its_prompt_back(configured, qtbot, aloop,
                                                    fake_llm) -> None:
    """After Esc the box was empty (the request had to be typed again) and the feed said
    "Run stopped: stopped by the user"."""
    from PySide6.QtCore import Qt

    from tests.ui.test_main_window import run, script
    from tests.ui.test_walk3 import _start

    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "first") == "finished"
    _start(qtbot, w, fake_llm, "make it slower")
    assert w.chat.prompt.toPlainText() == ""  # taken when the run started
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]
    assert w.chat.prompt.toPlainText() == "make it slower"
    assert feed_lines(w)[-1] == "Run stopped by the user. The project is unchanged."
