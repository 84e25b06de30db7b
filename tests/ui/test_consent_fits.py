"""walk4 #16 at 1024x700 (the smallest size we promise): the checks question above the prompt
was a paragraph cut at its top and bottom, and after "Not for this project" the step strip
said "✓ Check" for checks that never ran."""

from __future__ import annotations

from PySide6.QtCore import QRect

from devora_desktop.core.models import Mode
from tests.ui.test_main_window import RUN_MS, click, type_prompt
from tests.ui.test_walk_small_window import _mode, one_file


def test_the_checks_question_fits_at_1024x700_and_a_declined_check_gets_no_tick(
        window, qtbot, fake_llm, no_sandbox) -> None:
    w = window
    w.resize(1024, 700)
    one_file(fake_llm, "index.html", "<!doctype html><title>T</title><h1>Hi</h1>")
    type_prompt(qtbot, w, "a reading log for my book club, with ratings", mode=_mode(w, Mode.WEB))
    click(qtbot, w.chat.run_button)
    bar, label = w.consent, w.consent.label
    qtbot.waitUntil(bar.isVisible, timeout=RUN_MS)
    # the whole question is drawn once the column's layout has settled (a fixed 100 ms was
    # too short at load 30): the label is as tall as its words need, inside the bar, and the
    # bar inside the column
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5000)
    assert QRect(0, 0, bar.width(), bar.height()).contains(label.geometry())
    assert bar.height() >= bar.layout().totalHeightForWidth(bar.width())
    assert bar.parentWidget().rect().contains(bar.geometry())
    assert "Nothing sandboxes it here." in label.text() and "Why?" in label.text()
    why = label.toolTip()  # the rest of the reason, one hover away
    assert "read your files and keys" in why and "Settings › Run checks" in why
    assert w.activity.feed.height() >= 4 * w.activity.feed.fontMetrics().height()

    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, bar.skip_button)
    steps = w.activity.steps.text()
    assert "–\xa0Check" in steps and "✓\xa0Check" not in steps, steps
    assert "✓\xa0Review" in steps and "✓\xa0Save" in steps, steps
