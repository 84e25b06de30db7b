"""A registered agent appears in the window like a built-in one: its pane, its line in the
agents strip and the feed, and its model in Settings."""

from __future__ import annotations

import pytest

from tests.agents.docs_agent import docs_agent, script
from tests.ui.test_main_window import feed_lines, run

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_a_registered_agent_appears_in_the_window(window, qtbot, fake_llm) -> None:
    w = window
    script(fake_llm)
    with docs_agent():
        assert run(qtbot, w, "a task app with a user guide", mode=2) == "finished"
        tabs = [w.panes.tabText(i) for i in range(w.panes.count())]
        assert "Docs" in tabs
        assert "Docs ✓" in w.panes.strip()
        assert any(line.startswith("Docs wrote 1 file") for line in feed_lines(w))
        assert w.ctx.store.workspace(w.current.id).read_text("docs/guide.md").startswith(
            "# Guide")

        from devora_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(w.ctx, {})
        qtbot.addWidget(dialog)
        assert "docs" in dialog.agent_models
