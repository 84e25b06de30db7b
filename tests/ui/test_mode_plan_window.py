"""The window of a Free licence in web mode when the model plans a full-stack app (walk4 #9):
the feed says the one line the CLI says, nothing is listed as changed, and the preview starts
no dev server (agents/mode_plan.py)."""

from __future__ import annotations

import pytest

from tests.agents.conftest import APPROVE, plan
from tests.agents.test_mode_plan import LINE, RECIPES, worker
from tests.ui.conftest import use_fake_model
from tests.ui.test_main_window import feed_lines, make_window, run


@pytest.fixture
def free(ctx, fake_llm, monkeypatch):
    """The fake model as the provider, and no licence: the Free plan."""
    return use_fake_model(ctx, fake_llm, monkeypatch)


def test_a_free_web_run_planned_full_stack_says_one_line(free, qtbot, aloop, fake_llm) -> None:
    w = make_window(free, qtbot)
    # plain web files first (their workers start and write while the plan streams), then
    # the server the plan needs
    fake_llm.set("architect", {"text": plan(
        ("index.html", "frontend"), ("styles.css", "frontend"), ("app.js", "frontend"),
        ("README.md", "frontend"), ("lib/auth.ts", "backend"),
        ("app/api/recipes/route.ts", "backend"),
        ("supabase/migrations/001_recipes.sql", "database"), name="Recipe Box"),
        "latency": 0.01})
    fake_llm.set("frontend", worker)
    fake_llm.set("reviewer", APPROVE)
    assert run(qtbot, w, RECIPES, mode=1) == "finished"  # web: the Free plan's mode
    *_, last, after = feed_lines(w)
    assert last.startswith(f"Nothing kept · not approved: {LINE}"), last
    assert after == "Devora: Your prompt is back in the box below."
    assert fake_llm.calls["frontend"] >= 1  # started, stopped, its files put back
    assert "backend" not in fake_llm.calls and "reviewer" not in fake_llm.calls
    # the new project kept nothing: it leaves the list at once (it stayed there without a
    # version until the next start), and the prompt is back to change or run in full-stack
    assert w.current.id is None and w.ctx.store.projects.list() == []
    assert w.projects.list.count() == 0
    assert w.chat.prompt.toPlainText() == RECIPES
    assert w.activity.run_line is None  # no "Run again": the same plan would be refused
    center = w.center
    assert center.tabs.tabText(center.tabs.indexOf(center.changes)) == "Changes"
    preview = center.preview
    qtbot.waitUntil(lambda: preview.message.text() == "Open a project to preview it.")
    assert preview.url is None and not preview.start_button.isVisible()
