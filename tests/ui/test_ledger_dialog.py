"""Project › What the last run sent… lists every call that was sent, a stopped one too, and
names the provider as Settings does (walk12 #20: "openai/fake/model" for an
"OpenAI-compatible endpoint", and a stopped Frontend call missing)."""

from __future__ import annotations

import pytest

from devora_desktop.core.models import Mode, RunRecord, RunStatus
from tests.ui.test_main_window import make_window
from tests.ui.test_project_verbs import _menu_bar
from tests.ui.test_walk10_polish10 import _choose_project, _project

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_the_dialog_lists_a_stopped_call_under_the_providers_name(ctx, qtbot, aloop) -> None:
    w = make_window(ctx, qtbot)
    _project(ctx, "Ride Log", "index.html")
    project = ctx.store.projects.list()[0]
    ctx.store.runs.save(RunRecord(
        project_id=project.id, prompt="make the title red", mode=Mode.WEB, provider="openai",
        model="fake/model", status=RunStatus.CANCELLED, egress=[
            {"agent": "architect", "provider": "openai", "model": "fake/model",
             "prompt_tokens": 927, "completion_tokens": 58, "files": [], "redacted": 0},
            {"agent": "frontend", "provider": "openai", "model": "fake/model",
             "prompt_tokens": 2079, "completion_tokens": 112, "files": ["index.html"],
             "redacted": 0, "outcome": "stopped", "estimated": True}]))
    w.project_actions.refresh()
    _choose_project(qtbot, w, "Ride Log")
    _menu_bar(qtbot, w, "Project", "What the last run sent…")
    qtbot.waitUntil(lambda: getattr(w, "ledger_box", None) is not None
                    and w.ledger_box.isVisible())
    said = w.ledger_box.informativeText().splitlines()
    assert said == [
        "  architect  OpenAI-compatible endpoint · fake/model: 927 tokens in, 58 out; 0 files",
        "  frontend   OpenAI-compatible endpoint · fake/model: ~2,079 tokens in, ~112 out; "
        "1 file · stopped (tokens estimated)",
        "Files whose text was sent:",
        "  index.html"]
    assert "openai/" not in w.ledger_box.informativeText()
