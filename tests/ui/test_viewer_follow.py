"""The centre's viewer while a run writes files: a file the run shows being written is shown
whole from disk once it is written, whatever its change (walk4 #22: a refinement that wrote
app/page.tsx byte for byte as it was left "● being written" on 20 of its 27 lines)."""

from __future__ import annotations

import threading

import pytest

from tests.agents.conftest import APPROVE, block, plan
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    on_next_run,
    run,
    script,
    type_prompt,
)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

PAGE = "\n".join(f"const line{i} = {i};" for i in range(27))


def test_a_file_rewritten_as_it_was_is_shown_whole_once_written(window, qtbot,
                                                                fake_llm) -> None:
    w = window
    script(fake_llm, page=PAGE)
    assert run(qtbot, w, "a task app") == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    on_disk = ws.read_text("app/page.tsx")
    # the refinement: Frontend writes the page again, streamed, the same text to the byte
    fake_llm.set("architect", plan(("app/page.tsx", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", {"text": "Writing the page.\n" + block("app/page.tsx", PAGE),
                              "latency": 0.01})
    fake_llm.set("reviewer", APPROVE)
    seen: list[tuple] = []  # the viewer as the file's write leaves it (slot after the panels)
    on_next_run(w, "file_written", lambda _a, rel, change: seen.append(
        (rel, change, w.viewer.live, w.viewer.title.text(), w.viewer.editor.toPlainText())))
    started: list[str] = []
    on_next_run(w, "file_started", lambda _a, rel, _w: started.append(w.viewer.title.text()))
    assert run(qtbot, w, "show how many tasks each person has") == "finished"
    assert started and "being written by Frontend" in started[0]  # it was followed live
    rel, change, live, title, text = seen[0]
    assert (rel, change) == ("app/page.tsx", "unchanged")
    assert live is None
    assert "being written" not in title
    assert text == on_disk  # the whole file, from disk
    # after the run the centre still shows it (not "No file open"); nothing claims a change
    assert w.viewer.rel == "app/page.tsx" and w.viewer.live is None
    assert w.viewer.editor.toPlainText() == on_disk
    assert w.viewer.title.text() == "app/page.tsx"
    assert "● changed" not in w.files.items["app/page.tsx"].text(0)


def test_a_refused_file_shown_being_written_is_not_left_being_written(window, qtbot,
                                                                       fake_llm) -> None:
    """The file gate refuses a path outside the project after it streamed: while the run goes
    on (the Reviewer holds its answer until the test has looked), the centre no longer says
    it is being written."""
    w = window
    script(fake_llm, page=PAGE)
    fake_llm.set("architect", plan(("app/page.tsx", "frontend")))
    fake_llm.set("frontend", "Writing the page.\n" + block("app/page.tsx", PAGE)
                 + block("../outside.txt", "\n".join(f"line {i}" for i in range(20))))
    reviewer_go = threading.Event()
    fake_llm.set("reviewer", {"text": APPROVE, "hold_at": "{", "hold": reviewer_go})
    refused: list[str] = []
    on_next_run(w, "agent_said", lambda _a, level, message: refused.append(message)
                if level == "refused" else None)
    shown: list[str] = []
    on_next_run(w, "file_started", lambda _a, rel, _w: shown.append(rel))
    type_prompt(qtbot, w, "a task app")
    click(qtbot, w.chat.run_button)
    try:
        qtbot.waitUntil(lambda: bool(refused), timeout=RUN_MS)
        assert refused[0].startswith("../outside.txt")
        assert "../outside.txt" in shown
        qtbot.waitUntil(lambda: w.viewer.live is None, timeout=2000)
        assert w.controller.running  # the Reviewer still thinks: not the run's end clearing it
        assert "being written" not in w.viewer.title.text()
        with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
            reviewer_go.set()
    finally:
        reviewer_go.set()
