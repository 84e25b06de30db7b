"""The feed's "Frontend is writing …" line, which several workers of one agent share: it
names the files still streaming, never one that already landed."""

from __future__ import annotations

import threading

import pytest

from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.ui.activity_panel import LIVE_MS
from tests.agents.conftest import APPROVE, block, plan
from tests.agents.test_build_step import asked_files
from tests.ui.conftest import no_checks
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    feed_lines,
    make_window,
    on_next_run,
    type_prompt,
)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


APP_JS = "const a = 1;\nconst b = 2;\nconst c = 3;\n"


def test_the_writing_line_names_the_file_still_streaming_not_one_that_landed(
        configured, qtbot, aloop, fake_llm) -> None:
    """The walk saw "Frontend is writing README.md · 0 lines" while app.js streamed: README.md's
    worker spoke last, its file landed, and the line kept naming it."""
    no_checks(configured)
    readme_go, app_go = threading.Event(), threading.Event()
    fake_llm.set("architect", plan(("app.js", "frontend"), ("README.md", "frontend"),
                                   name="Counter"))

    def frontend(request: dict) -> dict | str:
        [path] = asked_files(request)
        if path == "README.md":  # starts once app.js's worker has gone quiet mid-file
            readme_go.wait(RUN_MS / 1000)
            return block("README.md", "# Counter\n")
        return {"text": block("app.js", APP_JS), "hold_at": "const b = 2;\n", "hold": app_go}

    fake_llm.set("frontend", frontend)
    fake_llm.set("reviewer", APPROVE)
    w = make_window(configured, qtbot, EngineOptions(shard_files=1, shard_tokens=100_000))
    landed: list[str] = []
    on_next_run(w, "file_written", lambda _agent, path, _change: landed.append(path))

    def writing_line() -> str:
        return next((ln for ln in feed_lines(w) if ln.startswith("Frontend is writing")), "")

    type_prompt(qtbot, w, "a counter", mode=1)
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(lambda: writing_line() == "Frontend is writing app.js · 2 lines",
                    timeout=RUN_MS)
    readme_go.set()
    qtbot.waitUntil(lambda: "README.md" in landed, timeout=RUN_MS)
    qtbot.wait(LIVE_MS * 3)  # the line's clock has redrawn it since
    assert writing_line() == "Frontend is writing app.js · 2 lines"
    app_go.set()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        pass
    assert "Frontend wrote 2 files" in " | ".join(feed_lines(w))
