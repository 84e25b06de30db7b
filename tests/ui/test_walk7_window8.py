"""walk7's open window findings, each driven through the window as a person does: a base URL
without its scheme, quitting mid-run, the app's own feed lines, the offline offer after a
network failure, and what Settings › Accounts and Agents ask for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.agents.conftest import APPROVE, block, plan
from tests.gitrepos import make_repo, needs_git
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    configured,
    feed_lines,
    make_window,
    type_prompt,
)
from tests.ui.test_project_verbs import _open_folder
from tests.ui.test_walk4_window6 import no_checks

__all__ = ["configured"]


@pytest.fixture
def window(configured, qtbot, aloop):
    return make_window(no_checks(configured), qtbot)


@needs_git
def test_the_apps_own_line_about_your_edits_is_devoras_not_the_architects(
        window, qtbot, fake_llm, tmp_path: Path) -> None:
    """walk7 #13: "Your unsaved changes to app.js were saved as a version …" was labelled
    "Architect:", though no agent did it: Devora saved the person's edit before the run's."""
    w = window
    repo = make_repo(tmp_path / "recipes", {"app.js": "let a = 1;\n", "index.html": "<h1>R</h1>"})
    _open_folder(qtbot, w, repo)
    (repo / "app.js").write_text("// MY HAND EDIT\nlet a = 1;\n")  # in another editor
    fake_llm.set("architect", plan(("app.js", "frontend")))
    fake_llm.set("frontend", block("app.js", "let a = 2;"))
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "count overdue tasks", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.chat.run_button)  # (the folder dialog left no window active for Ctrl+Enter)
    assert done.args == ["finished"]
    said = [x for x in feed_lines(w) if "Your unsaved changes to app.js" in x]
    assert len(said) == 1 and said[0].startswith("Devora: Your unsaved changes to app.js were "
                                                 "saved as a version"), feed_lines(w)
    # nor in an agent's raw text, where the Architect's pane said it as its own
    assert not [a for a, pane in w.panes.panes.items()
                if "Your unsaved" in pane.text.toPlainText()]
