"""An emptied project is built again offline (walk12 #24): after "Delete these files" the
Preview says "describe the page you want below and the agents write it", and doing so was
refused ("Offline templates can't change an app"). With no app files left, an offline run
builds it as a new project would, in the window and the CLI."""

from __future__ import annotations

import json

from tests.ui.drive import answer
from tests.ui.test_main_window import RUN_MS, click, feed_lines, run, type_prompt
from tests.ui.test_walk4_window5 import offline_window


def test_an_emptied_project_is_built_again_offline(ctx, qtbot, aloop) -> None:
    w = offline_window(ctx, qtbot)
    assert run(qtbot, w, "a to-do list for my garden", mode=1) == "finished"
    pid = w.current.id
    ws = ctx.store.workspace(pid)
    qtbot.waitUntil(lambda: w.chat.lock_note.isVisible())  # an app to change: refused
    click(qtbot, w.activity.run_line.revert)
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None
                    and w.confirm_box.isVisible())
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        answer(qtbot, w, "Delete these files")
    assert ws.list_files() == []
    qtbot.waitUntil(lambda: not w.chat.lock_note.isVisible())  # nothing left to change
    # the run's line loses its 'can't change an app' with the lock, and is as tall as what
    # it keeps: it kept the height it had with it, its words pushed down a line and a blank
    # under its buttons (walk23 #12)
    line = w.activity.run_line
    assert not line.why.isVisible()
    qtbot.wait(50)  # laid out
    assert line.label.height() <= line.label.heightForWidth(line.label.width()) + 4
    qtbot.waitUntil(lambda: "describe the page you want below" in
                    w.center.preview.message.text(), timeout=RUN_MS)
    type_prompt(qtbot, w, "a to-do list for moving house", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.chat.run_button)  # the question's box had the keyboard last
    assert done.args == ["finished"]
    assert w.current.id == pid and "index.html" in ws.list_files()
    assert "moving house" in ws.read_text("README.md")
    assert not any("can't change an app" in line for line in feed_lines(w))
    qtbot.waitUntil(lambda: w.chat.lock_note.isVisible())  # an app again: refused again


def test_the_cli_builds_an_emptied_project_offline(run_cli) -> None:
    assert run_cli("generate", "a landing page called Bloom", "--mode", "web").code == 0
    assert run_cli("projects", "revert", "Bloom", "v1").code == 0
    assert json.loads(run_cli("projects", "show", "Bloom", "--json").out)["files"] == []
    result = run_cli("generate", "a packing list for my camping trip", "--project", "Bloom",
                     "--mode", "web")
    assert result.code == 0, result
    shown = json.loads(run_cli("projects", "list", "--json").out)
    assert len(shown) == 1
    files = json.loads(run_cli("projects", "show", shown[0]["name"], "--json").out)["files"]
    assert "index.html" in files
