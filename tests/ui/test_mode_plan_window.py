"""The window of a Free licence in web mode when the model plans a full-stack app (walk4 #9):
the feed says the one line the CLI says, nothing is listed as changed, and the preview starts
no dev server (agents/mode_plan.py)."""

from __future__ import annotations

import pytest

from tests.agents.test_mode_plan import LINE, RECIPES, script_fullstack_plan
from tests.ui.test_main_window import feed_lines, make_window, run, use_fake_model


@pytest.fixture
def free(ctx, fake_llm, monkeypatch):
    """The fake model as the provider, and no licence: the Free plan."""
    return use_fake_model(ctx, fake_llm, monkeypatch)


def test_a_free_web_run_planned_full_stack_says_one_line(free, qtbot, aloop, fake_llm) -> None:
    w = make_window(free, qtbot)
    script_fullstack_plan(fake_llm)
    assert run(qtbot, w, RECIPES, mode=1) == "finished"  # web: the Free plan's mode
    last = feed_lines(w)[-1]
    assert last.startswith(f"Nothing kept · not approved: {LINE}"), last
    assert "backend" not in fake_llm.calls and "reviewer" not in fake_llm.calls
    center = w.center
    assert center.tabs.tabText(center.tabs.indexOf(center.changes)) == "Changes"
    preview = center.preview
    qtbot.waitUntil(lambda: "web project has no index.html" in preview.message.text())
    assert preview.url is None and not preview.start_button.isVisible()
