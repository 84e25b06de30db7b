"""The fourth walk's last open findings, each driven through the window as a person does."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt

from devora_desktop.agents.orchestrator import EngineOptions
from tests.agents.conftest import APPROVE, block, plan
from tests.ui.conftest import no_checks
from tests.ui.drive import answer
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    feed_lines,
    make_window,
    run,
    script,
    type_prompt,
)
from tests.ui.test_preview_waits_for_checks import GatedCheck
from tests.ui.test_walk_defects import start_slow_run

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_a_file_the_plan_did_not_list_is_said_or_refused(quiet_window, qtbot, fake_llm) -> None:
    """Walk4 #20: asked to fix a TypeError, a worker also wrote a file named "TypeError" at
    the project's root, and the window listed it as new without a word. A bare word as an
    unplanned file is refused; another unplanned file is kept and the feed says so."""
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Menu</h1>")
                 + block("TypeError", "// TypeError") + block("about.html", "<h1>About</h1>"))
    fake_llm.set("reviewer", APPROVE)
    assert run(qtbot, quiet_window, "fix the TypeError on the menu", mode=1) == "finished"
    lines = feed_lines(quiet_window)
    assert ("Refused TypeError from Frontend: not in the plan, and a name without an extension "
            "is no file this project uses") in lines, lines
    # the line opens the file (its ↗), as a finding's does
    assert "Frontend added about.html, a file the plan did not list  ↗" in lines, lines
    qtbot.waitUntil(lambda: "about.html" in quiet_window.files.items)
    assert "TypeError" not in quiet_window.files.items
    assert not quiet_window.ctx.store.workspace(quiet_window.current.id).exists("TypeError")


def test_a_running_check_counts_its_time(configured, qtbot, aloop, fake_llm,
                                         monkeypatch) -> None:
    """Walk4 #13: an install or a build ran for minutes with nothing moving on screen. Its
    feed line now counts ("Building the project · 0:02"), and the count goes when it ends."""
    check = GatedCheck()
    monkeypatch.setattr("devora_desktop.agents.launch.ProjectChecks", lambda *a, **k: check)
    # the feed's clock, moved on by the test rather than waited for (3 s of every run)
    ahead = [0.0]
    monkeypatch.setattr("devora_desktop.ui.activity_panel.monotonic",
                        lambda: time.monotonic() + ahead[0])
    w = make_window(configured, qtbot, EngineOptions(shard_tokens=None))
    script(fake_llm)
    type_prompt(qtbot, w, "a task app")
    click(qtbot, w.chat.run_button)
    try:
        qtbot.waitUntil(check.entered.is_set, timeout=RUN_MS)
        qtbot.waitUntil(lambda: "Building the project" in feed_lines(w), timeout=5000)
        ahead[0] = 2.0
        qtbot.waitUntil(lambda: "Building the project · 0:02" in feed_lines(w), timeout=5000)
        ahead[0] = 3.0
        qtbot.waitUntil(lambda: "Building the project · 0:03" in feed_lines(w), timeout=3000)
    finally:
        check.gate.set()
    qtbot.waitUntil(lambda: not w.controller.running, timeout=RUN_MS)
    lines = feed_lines(w)
    assert "The project builds" in lines and not [x for x in lines if "· 0:0" in x], lines


def test_a_run_cut_by_quitting_counts_in_todays_spend(configured, qtbot, aloop,
                                                      fake_llm) -> None:
    """Walk4 #17's rest: quitting mid-run stops the run, and what the provider billed for
    the answer cut short (its prompt, and the text streamed so far) was missing from
    "today": only finished calls were counted."""
    w = make_window(configured, qtbot)
    start_slow_run(qtbot, w, fake_llm)
    p = w.controller.progress
    qtbot.waitUntil(lambda: p.agents["frontend"].streamed_chars > 400, timeout=RUN_MS)
    with qtbot.waitSignal(w.closed, timeout=10000):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        answer(qtbot, w, "Stop the run and quit")
    finished = sum(a.tokens for name, a in p.agents.items() if name != "frontend")
    assert finished > 0 and p.agents["frontend"].tokens == 0  # its call never reported
    prompt = sum(len(m["content"]) for m in
                 fake_llm.requests_for("frontend")[0]["body"]["messages"]) // 4
    tokens, cost = configured.store.runs.spent_on(date.today())
    assert tokens >= finished + prompt + 100, (tokens, finished, prompt)
    assert cost > 0


def test_export_without_a_token_leads_to_accounts_and_back(configured, qtbot, aloop) -> None:
    """Walk4 #19b in the window: Export › GitHub says at once that no token is set, its
    button opens Settings on Accounts, and once a token is saved Export can go."""
    from tests.ui.drive import pick
    from tests.ui.test_window_basics import choose_project, project_with

    project_with(configured, "Bakery", {"index.html": "<h1>Bakery</h1>"})
    w = make_window(configured, qtbot)
    choose_project(qtbot, w, 0)
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "export_dialog", None) is not None
                    and w.export_dialog.isVisible())
    d = w.export_dialog
    pick(qtbot, d.target, "GitHub")
    assert d.token_line.isVisible() and not d.go.isEnabled()
    click(qtbot, d.accounts)
    qtbot.waitUntil(lambda: getattr(w, "settings_dialog", None) is not None
                    and w.settings_dialog.isVisible())
    s = w.settings_dialog
    assert s.tabs.tabText(s.tabs.currentIndex()) == "Accounts"
    assert not s.sign_in.isVisible()  # no OAuth app here: no button that cannot work
    qtbot.keyClicks(s.github_token, "ghp_" + "a1" * 18)
    with qtbot.waitSignal(s.saved, timeout=5000):
        click(qtbot, s.save_button)
    qtbot.waitUntil(lambda: not d.token_line.isVisible())
    qtbot.waitUntil(d.go.isEnabled)  # once the project is looked at (off the Qt thread)


def test_an_older_runs_revert_says_what_it_does_to_the_files_now(quiet_window, qtbot,
                                                                  fake_llm) -> None:
    """Walk4 #4: after History › Restore v1, the last run's Revert ("Revert the files that
    run changed") brought back a file the person had just got rid of. It now says it goes
    back to v2 and what that does to the files now; once done, the run's Revert is spent
    and the feed says so (walk5 #10: pressing it again asked the same, then did nothing)."""
    from tests.ui.test_main_window import click_item

    w = quiet_window
    script(fake_llm)
    assert run(qtbot, w, "first") == "finished"
    for text in ("v2 notes", "v3 notes"):
        fake_llm.set("architect", plan(("notes.md", "frontend")))
        fake_llm.set("frontend", block("notes.md", text))
        assert run(qtbot, w, f"notes: {text}") == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    qtbot.waitUntil(lambda: w.history.list.count() == 3)
    click_item(qtbot, w.history.list, w.history.list.item(2))  # v1: no notes.md
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        click(qtbot, w.history.restore_button)
        answer(qtbot, w, "Restore")
    assert not ws.exists("notes.md")
    # History also reloads when a run saves its version (d1c40d68): the signal above may be
    # that reload's, so the restore's new version is waited for before Revert reads History
    qtbot.waitUntil(lambda: w.history.list.count() == 4, timeout=5000)

    click(qtbot, w.activity.run_line.revert)  # the last run's line: v3's
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None
                    and w.confirm_box.isVisible())
    box = w.confirm_box
    assert box.windowTitle() == "Go back to v2?"
    assert box.text() == ("v3 is not the latest version: reverting it brings the whole "
                          "project back to v2, as it was before that run. Against now: "
                          "notes.md comes back."), box.text()
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        answer(qtbot, w, "Restore v2")
    assert ws.read_text("notes.md") == "v2 notes\n"
    line = w.activity.run_line
    qtbot.waitUntil(lambda: not line.revert.isEnabled())
    assert line.revert.toolTip().startswith("Reverted in v5")
    assert feed_lines(w)[-1] == "Devora: Reverted in v5: the files are as before that run."

    # reopened (another project, then back), the run's Revert stays spent
    with qtbot.waitActive(w):  # the offscreen platform leaves no window active after a box
        w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current.id is None)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.activity.run_line is not None and w.activity.run_line is not line)
    qtbot.waitUntil(lambda: not w.activity.run_line.revert.isEnabled(), timeout=5000)
    assert w.activity.run_line.revert.toolTip().startswith("Nothing to revert")


def test_the_code_view_follows_a_long_write_and_the_cost_moves(configured, qtbot, aloop,
                                                               fake_llm) -> None:
    """Walk5 #7: while one worker wrote app.js for minutes, another's short styles.css
    landed and the Code view stayed on it; app.js was never shown. And the cost stood still
    while the token count grew (it moved only when a call reported)."""
    import threading

    from tests.agents.test_build_step import asked_files

    css_go, app_go = threading.Event(), threading.Event()
    fake_llm.set("architect", plan(("app.js", "frontend"), ("styles.css", "frontend"),
                                   name="Counter"))

    def frontend(request: dict) -> dict | str:
        [path] = asked_files(request)
        if path == "styles.css":  # starts, and lands, while app.js is still streaming
            css_go.wait(RUN_MS / 1000)
            return block("styles.css", "body { margin: 0 }")
        text = "".join(f"const n{i} = {i};\n" for i in range(60))
        return {"text": block("app.js", text), "hold_at": "const n40 = 40;\n", "hold": app_go}

    fake_llm.set("frontend", frontend)
    fake_llm.set("reviewer", APPROVE)
    w = make_window(no_checks(configured), qtbot,
                    EngineOptions(shard_files=1, shard_tokens=100_000))
    type_prompt(qtbot, w, "a counter", mode=1)
    click(qtbot, w.chat.run_button)
    try:
        qtbot.waitUntil(lambda: w.viewer.live == "app.js", timeout=RUN_MS)
        p = w.controller.progress  # the run's model (made when it started)
        qtbot.waitUntil(lambda: p.agents["frontend"].streamed_chars > 300, timeout=RUN_MS)
        paid = sum(a.cost or 0.0 for a in p.agents.values())  # calls that reported
        assert p.cost is not None and p.cost > paid, (p.cost, paid)
        css_go.set()
        qtbot.waitUntil(lambda: "styles.css" in p.changes, timeout=RUN_MS)
        qtbot.waitUntil(lambda: w.viewer.live == "app.js", timeout=3000)
    finally:
        css_go.set()
        app_go.set()
    qtbot.waitUntil(lambda: not w.controller.running, timeout=RUN_MS)


def test_the_runs_buttons_show_whole_after_a_first_build_at_1024(ctx, qtbot, aloop) -> None:
    """Walk5 #19: after a first offline build at 1024x700 the feed scrolled to its end, then
    the box above the prompt grew two lines ("Changes go to …", the offline note) and the
    run's View changes / Revert showed only their top pixels."""
    from PySide6.QtCore import QPoint

    w = make_window(no_checks(ctx), qtbot)
    # offscreen fonts are smaller than a desktop's: 560 px tall makes the feed overflow as
    # it did at 700 under a window manager
    w.resize(1024, 560)
    assert run(qtbot, w, "a habit tracker for my morning routine: stretch, drink water, write "
               "in the journal, walk the dog, read ten pages and plan the day", mode=1) \
        == "finished"
    qtbot.waitUntil(lambda: w.chat.lock_note.isVisible())
    line, viewport = w.activity.run_line, w.activity.feed.viewport()

    def whole() -> bool:
        bottom = line.revert.mapTo(viewport, QPoint(0, line.revert.height())).y()
        return line.revert.isVisible() and bottom <= viewport.height()

    qtbot.waitUntil(whole, timeout=3000)


def test_a_prompt_given_back_is_replaced_by_what_is_typed_next(configured, qtbot, aloop,
                                                                fake_llm) -> None:
    """Walk5 #26: a stopped run's prompt came back with the caret at its start, and the next
    prompt was glued in front of it ("a todo app with due datesa slow app")."""
    w = make_window(no_checks(configured), qtbot)
    start_slow_run(qtbot, w, fake_llm, "a reading list with ratings")
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert w.chat.prompt.toPlainText() == "a reading list with ratings"
    qtbot.keyClicks(w.chat.prompt, "a todo app with due dates")
    assert w.chat.prompt.toPlainText() == "a todo app with due dates"


def test_restore_waits_for_the_run_instead_of_asking_then_refusing(configured, qtbot, aloop,
                                                                    fake_llm) -> None:
    """Walk5 #27: Restore during a run asked "Make v1 the current state?" and, after the
    yes, said "Wait for the run to end". It now waits, greyed, and says why."""
    w = make_window(no_checks(configured), qtbot)
    script(fake_llm)
    assert run(qtbot, w, "first") == "finished"
    qtbot.waitUntil(lambda: w.history.list.count() == 1)
    assert w.history.restore_button.isEnabled()
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 4000), "latency": 0.01})
    type_prompt(qtbot, w, "make it slower")
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(lambda: not w.history.restore_button.isEnabled(), timeout=5000)
    assert w.controller.running
    assert "Wait for the run to end" in w.history.restore_button.toolTip()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert w.history.restore_button.isEnabled()


def test_a_run_devora_died_in_says_so_and_runs_again(configured, qtbot, aloop,
                                                      fake_llm) -> None:
    """Walk5 #22: after a kill -9 mid-run and a restart, the feed ended on the request with
    no answer and the prompt was not back. The record as the start-up leaves it: interrupted,
    the request in the conversation, no reply."""
    from devora_desktop.core.models import Message, RunRecord, RunStatus
    from tests.ui.test_main_window import click_item
    from tests.ui.test_window_basics import project_with

    ctx = no_checks(configured)
    pid = project_with(ctx, "Bakery", {"index.html": "<h1>Bakery</h1>"})
    record = RunRecord(project_id=pid, prompt="add a price list", mode="web",
                       provider="openai", model="fake/model", status=RunStatus.INTERRUPTED,
                       error="Devora stopped during this run; the project was kept at its "
                             "last version")
    ctx.store.runs.save(record)
    ctx.store.conversations.append(pid, Message(role="user", content="add a price list",
                                                run_id=record.id))
    w = make_window(ctx, qtbot)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.activity.run_line is not None, timeout=5000)
    assert w.activity.run_line.label.text() == (
        "That run was interrupted when Devora closed: nothing of it was kept, the project is "
        "as it was before it.")
    assert w.chat.prompt.toPlainText() == "add a price list"
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Bakery</h1><p>Bread 3 €</p>"))
    fake_llm.set("reviewer", APPROVE)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        click(qtbot, w.activity.run_line.again)
    assert done.args == ["finished"]
    assert "Bread 3 €" in ctx.store.workspace(pid).read_text("index.html")


def test_a_first_runs_revert_says_it_deletes_its_files_and_how_to_get_them_back(
        quiet_window, qtbot, fake_llm) -> None:
    """walk6: a first run's Revert emptied the new project (a run offline can't rebuild it)
    under "Revert this run?", and nothing said that only History › Restore brings it back.
    It is offered as "Delete these files", naming how many and the way back, and after it
    the feed says the project is empty and how to get the files back, which works."""
    from tests.ui.test_main_window import click_item

    w = quiet_window
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", block("index.html", '<h1>Tasks</h1><script src="app.js"></script>')
                 + block("app.js", "document.title = 'Tasks';"))
    fake_llm.set("reviewer", APPROVE)
    assert run(qtbot, w, "a task page", mode=1) == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    written = sorted(ws.list_files())
    assert len(written) >= 2
    preview = w.center.preview
    qtbot.waitUntil(lambda: preview.url is not None, timeout=RUN_MS)
    click(qtbot, w.activity.run_line.revert)
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None
                    and w.confirm_box.isVisible())
    box = w.confirm_box
    assert box.windowTitle() == "Delete these files?"
    assert box.text().startswith(f"Reverting v1, the first version, removes the "
                                 f"{len(written)} files the first run wrote ("), box.text()
    assert box.text().endswith(") and leaves the project empty."), box.text()
    assert box.informativeText().startswith("History › Restore v1 brings them back")
    answer(qtbot, w, "Delete these files")
    # the revert is done off the Qt thread; a History reload from the run's end may come
    # first, so wait for the files, not for the first reload
    qtbot.waitUntil(lambda: ws.list_files() == [], timeout=5000)
    qtbot.waitUntil(lambda: preview.url is None)  # the deleted page is not shown still
    qtbot.waitUntil(lambda: feed_lines(w)[-1].startswith("Devora: Reverted in v2"))
    assert feed_lines(w)[-1] == (f"Devora: Reverted in v2: the project is empty now; History "
                                 f"› Restore v1 brings its {len(written)} files back.")
    # the way back it names
    click_item(qtbot, w.history.list, w.history.list.item(1))
    click(qtbot, w.history.restore_button)
    answer(qtbot, w, "Restore")
    qtbot.waitUntil(lambda: sorted(ws.list_files()) == written, timeout=5000)
