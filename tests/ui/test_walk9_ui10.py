"""What walk9 left open, driven through the window as a person does: other projects can be
looked at while a run goes on in one (walk9 #4)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from tests.agents.conftest import block, plan
from tests.core.checks.conftest import needs_chromium
from tests.ui.conftest import make_window, no_checks
from tests.ui.test_main_window import (
    RUN_MS,
    click_item,
    feed_lines,
    run,
    run_until,
    script,
    type_prompt,
)


def row(w, name: str):
    """The projects list's row whose text starts with ``name``."""
    return next(i for i in _rows(w) if i.text().startswith(name))


def listed(w, name: str) -> bool:
    """A row of the projects list starts with ``name``."""
    return any(i.text().startswith(name) for i in _rows(w))


def _rows(w) -> list:
    return [w.projects.list.item(i) for i in range(w.projects.list.count())]


PAGE = "<!doctype html><title>T</title><h1>Tasks</h1>"


def two_projects(qtbot, w, fake_llm, mode: int = 2) -> tuple[str, str]:
    """"Plant Log" (run first) and "Task Garden" (on screen): their ids. ``mode`` 2:
    full-stack (app/page.tsx), 1: web (index.html)."""
    for name in ("Plant Log", "Task Garden"):
        script(fake_llm)
        if mode == 1:
            fake_llm.set("frontend", block("index.html", PAGE))
        fake_llm.set("architect", plan(
            (ENTRY[mode], "frontend"),
            *([("app/api/tasks/route.ts", "backend")] if mode == 2 else []), name=name))
        assert run(qtbot, w, f"a {name.lower()}", mode) == "finished"
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return row(w, "Plant Log").data(Qt.ItemDataRole.UserRole), \
        row(w, "Task Garden").data(Qt.ItemDataRole.UserRole)


ENTRY = {1: "index.html", 2: "app/page.tsx"}


def held_run(qtbot, w, fake_llm, prompt: str, mode: int = 2) -> threading.Event:
    """A refinement of Task Garden whose Frontend stops mid-file until the returned event is
    set."""
    hold = threading.Event()
    click_item(qtbot, w.projects.list, row(w, "Task Garden"))
    fake_llm.set("architect", plan((ENTRY[mode], "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", {"text": block(ENTRY[mode], "export const a = 1; HOLD\n"
                                            "export const b = 2;"),
                              "hold_at": "HOLD", "hold": hold})
    type_prompt(qtbot, w, prompt, mode)
    run_until(qtbot, w, lambda a: a.agent == "frontend" and a.kind == "file")
    return hold


def same_as_told_one_by_one(controller) -> None:
    """Coming back folds the run's streamed text joined (run_controller.merged): the state is
    the one the events give one by one."""
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.run_controller import merged

    events = list(controller.events)
    assert len(merged(events)) < len(events)
    one, joined = RunProgress(), RunProgress()
    for ev in events:
        one.fold(ev)
    for ev in merged(events):
        joined.fold(ev)

    def state(p: RunProgress) -> tuple:
        return (p.t, dict(p.steps), p.planned, p.changes, {
            n: (a.state, a.streamed_chars, a.active, a.files,
                {w: (f.path, f.lines, "".join(f.text)) for w, f in a.live.items()})
            for n, a in p.agents.items()})

    assert state(joined) == state(one)


def test_other_projects_can_be_looked_at_while_a_run_goes_on(quiet_window, qtbot,
                                                              fake_llm) -> None:
    """walk9 #4: a click on another project mid-run only flashed "A run is in progress" in
    the status bar; the window was locked for the run's minutes. Now the other project
    opens (its feed, its files, a prompt that says why it can't run now); back on the run's
    project its feed is the run's, live, to its end."""
    w = quiet_window
    plants, tasks = two_projects(qtbot, w, fake_llm)
    hold = held_run(qtbot, w, fake_llm, "add due dates")
    try:
        click_item(qtbot, w.projects.list, row(w, "Plant Log"))
        assert w.current.id == plants
        lines = " ".join(feed_lines(w))
        assert "a plant log" in lines and "add due dates" not in lines
        assert w.files.root == w.ctx.store.workspace(plants).root
        qtbot.waitUntil(lambda: "app/page.tsx" in w.files.items, timeout=5000)  # its own
        assert w.chat.lock_note.isVisible()
        assert w.chat.lock_note.text().startswith("A run is going in “Task Garden”")
        assert not w.chat.run_button.isEnabled()
        assert w.controller.running
        # its files are still: Export works on it meanwhile (Ctrl+E)
        with qtbot.waitActive(w):
            w.activateWindow()
        qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: getattr(w, "export_dialog", None) is not None
                        and w.export_dialog.isVisible(), timeout=5000)
        assert w.export_dialog.project.id == plants
        w.export_dialog.reject()

        click_item(qtbot, w.projects.list, row(w, "Task Garden"))
        assert w.current.id == tasks
        assert not w.chat.lock_note.isVisible()
        lines = feed_lines(w)
        assert any("add due dates" in x for x in lines), lines
        assert any(x.startswith("Frontend is writing") for x in lines), lines
        assert w.activity.progress is w.controller.progress and w.activity.progress.running
        same_as_told_one_by_one(w.controller)
    finally:
        hold.set()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        pass
    assert ended.args == ["finished"]
    assert w.current.id == tasks
    assert w.activity.run_line is not None and w.activity.run_line.label.text().startswith(
        "1 file changed · approved"), feed_lines(w)
    assert w.ctx.store.workspace(tasks).read_text("app/page.tsx").startswith(
        "export const a = 1;")


def test_a_run_that_ends_while_another_project_is_looked_at(quiet_window, qtbot,
                                                            fake_llm) -> None:
    """The run ends while another project is on screen: that one stays (nothing jumps), a
    line names the run's project and how it went, the prompt may run again; the run's
    project, clicked, shows the finished run."""
    w = quiet_window
    plants, _tasks = two_projects(qtbot, w, fake_llm)
    hold = held_run(qtbot, w, fake_llm, "add due dates")
    click_item(qtbot, w.projects.list, row(w, "Plant Log"))
    assert w.current.id == plants
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        hold.set()
    assert ended.args == ["finished"]
    assert w.current.id == plants
    assert "add due dates" not in " ".join(feed_lines(w))
    said = w.notifier.history
    assert said[-1].startswith("The run in “Task Garden” finished"), said
    assert not w.chat.lock_note.isVisible() and w.chat.run_button.isEnabled()
    click_item(qtbot, w.projects.list, row(w, "Task Garden"))
    qtbot.waitUntil(lambda: any("add due dates" in x for x in feed_lines(w)), timeout=5000)
    qtbot.waitUntil(lambda: w.activity.run_line is not None, timeout=5000)
    assert w.activity.run_line.label.text().startswith("1 file changed · approved")


@needs_chromium
def test_a_question_of_the_run_brings_its_project_back(quiet_window, qtbot, fake_llm,
                                                       no_sandbox) -> None:
    """The run asks whether checks may run its project's code while another project is on
    screen: it can't go on without the answer, and the question is about that project, so
    the window goes back there and asks (not above the other project's prompt)."""
    w = quiet_window
    plants, tasks = two_projects(qtbot, w, fake_llm, mode=1)
    settings = w.ctx.settings.model_copy(deep=True)
    settings.run_checks = "ask"
    w.ctx.save_settings(settings)
    hold = held_run(qtbot, w, fake_llm, "add due dates", mode=1)
    click_item(qtbot, w.projects.list, row(w, "Plant Log"))
    assert w.current.id == plants
    hold.set()
    qtbot.waitUntil(w.consent.isVisible, timeout=RUN_MS)
    assert w.current.id == tasks
    assert "“Task Garden”" in w.consent.label.toolTip()
    assert any("add due dates" in x for x in feed_lines(w))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        qtbot.mouseClick(w.consent.skip_button, Qt.MouseButton.LeftButton)
    assert ended.args == ["finished"]


def test_the_feed_speaks_of_agents_and_their_batches_not_workers(configured, qtbot, aloop,
                                                                 fake_llm) -> None:
    """walk9 #6: "Architect planned 4 files for 1 agent", then "Refused index.html from
    Frontend: index.html is not in this worker's group: another frontend worker writes it":
    one agent, then several; "worker's group" is the engine's word. The plan line names the
    agents; a refusal says the agent's files go out in parallel batches."""
    from devora_desktop.agents.orchestrator import EngineOptions

    w = make_window(no_checks(configured), qtbot, EngineOptions(shard_files=1,
                                                               shard_tokens=100_000))
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    both = block("index.html", PAGE) + block("app.js", "console.log(1);")
    fake_llm.set("frontend", both)  # each batch answers with both files
    fake_llm.set("reviewer", '{"status": "APPROVE", "summary": "ok", "issues": []}')
    assert run(qtbot, w, "a task page", 1) == "finished"
    lines = feed_lines(w)
    assert "Architect planned 2 files for Frontend" in " ".join(lines), lines
    refused = [x for x in lines if x.startswith("Refused")]
    assert refused, lines
    assert all("Frontend's parallel batches" in x or "batch of Frontend's files" in x
               for x in refused), refused
    assert not [x for x in lines if "worker" in x.lower() or " agent " in f" {x} "], lines


LONG = "a tracker for my plant watering with how many days since each plant was last watered"


def small_window(ctx, qtbot):
    """Two projects, "Plants" (its version made from LONG) and "Bakery", in a 1024x700
    window."""
    from tests.ui.test_window_basics import project_with

    p = ctx.store.projects.create("Plants")
    ws = ctx.store.workspace(p.id)
    ws.write_file("index.html", "<h1>Plants</h1>\n<p>water</p>\n")
    ws.commit(LONG)
    project_with(ctx, "Bakery", {"index.html": "<h1>Crumb</h1>"})
    w = make_window(ctx, qtbot)
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    return w


def test_small_labels_of_the_code_tab_and_history(ctx, qtbot, aloop) -> None:
    """walk9 #12: Find said "1 matches"; History cut the prompt ("a tracker for my pl…") at
    1600 and 1024 px; after a switch of project the Code tab showed "No file open" over an
    empty editor with a "1" in its gutter."""
    from PySide6.QtCore import QRect

    from tests.ui.drive import show_tab
    from tests.ui.test_window_basics import choose_project, open_in_tree

    w = small_window(ctx, qtbot)
    choose_project(qtbot, w, row=[w.projects.list.item(i).text() for i in range(2)].index(
        "Plants"))
    history = w.history.list
    qtbot.waitUntil(lambda: history.count() == 1, timeout=5000)
    item = history.item(0)
    assert LONG in item.text() and item.text().startswith("v1 · ")
    room = history.viewport().width() - 8
    need = history.fontMetrics().boundingRect(QRect(0, 0, room, 10_000),
                                              Qt.TextFlag.TextWordWrap, item.text()).height()
    assert history.visualItemRect(item).height() >= need, "the prompt is cut"

    show_tab(qtbot, w.center.tabs, "Code")
    open_in_tree(qtbot, w, "index.html")
    assert w.viewer.editor.isVisible() and not w.viewer.nothing.isVisible()
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.viewer.find_box, "water")
    assert w.viewer.find_bar.count.text() == "1 match", w.viewer.find_bar.count.text()

    choose_project(qtbot, w, row=[w.projects.list.item(i).text() for i in range(2)].index(
        "Bakery"))
    show_tab(qtbot, w.center.tabs, "Code")  # a web project opens on its page
    assert not w.viewer.editor.isVisible()
    assert w.viewer.nothing.isVisible() and "Ctrl+P" in w.viewer.nothing.text()


def test_raw_model_text_opens_readable_at_1024(configured, qtbot, aloop, fake_llm) -> None:
    """walk9 #12: at 1024x700 "Raw model text" opened a stream ~80 px high beside an empty
    second pane (the list of files an agent wrote, empty for the Architect)."""
    from tests.ui.drive import show_tab
    from tests.ui.test_main_window import click

    w = small_window(no_checks(configured), qtbot)
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", PAGE))
    fake_llm.set("reviewer", '{"status": "APPROVE", "summary": "ok", "issues": []}')
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert run(qtbot, w, "a task page", 1) == "finished"
    click(qtbot, w.agents.toggle)
    qtbot.waitUntil(lambda: w.panes.isVisible())
    assert w.panes.height() >= 0.3 * w.middle.height(), (w.panes.height(), w.middle.height())
    architect = w.panes.panes["architect"]
    assert w.panes.currentWidget() is architect and not architect.files.isVisible()
    frontend = w.panes.panes["frontend"]
    show_tab(qtbot, w.panes, "Frontend")
    assert frontend.files.isVisible() and frontend.files.item(0).text() == "index.html"
    click(qtbot, w.agents.toggle)
    qtbot.waitUntil(lambda: not w.panes.isVisible())
    assert w.agents.height() < 0.2 * w.middle.height()


def test_pick_says_what_to_do(configured, qtbot, aloop) -> None:
    """walk9 #12: Preview › Pick showed only the pressed button. The prompt's chip line says
    what to do now, where the chosen element will show; Pick again cancels."""
    from devora_desktop.ui.webengine import webengine_available

    if not webengine_available():
        pytest.skip("QtWebEngine is not installed")
    from tests.ui.test_main_window import click
    from tests.ui.test_pick_mode import PAGE as MENU
    from tests.ui.test_pick_mode import pick, window_on_page

    w = window_on_page(configured, qtbot, MENU)
    preview = w.center.preview
    qtbot.waitUntil(preview.pick_button.isVisible, timeout=5000)
    click(qtbot, preview.pick_button)
    assert w.chat.pick_chip.isVisible()
    assert w.chat.pick_chip.text().startswith("Pick: click an element on the page")
    click(qtbot, preview.pick_button)  # cancelled: nothing picked, nothing said
    assert not w.chat.pick_chip.isVisible() and w.chat.picked is None
    pick(qtbot, w, "h2")
    assert w.chat.pick_chip.text().startswith("Only this element: ")


def test_a_run_line_never_goes_under_the_feeds_scroll_bar(quiet_window, qtbot,
                                                          fake_llm) -> None:
    """A run's line (files, verdict, cost, tokens, time) kept the width it was drawn at:
    when the feed's scroll bar came later (more lines, a smaller window: seen at 1024 px),
    the line's end went under it. The run line follows the feed's width."""
    w = quiet_window
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", PAGE))
    fake_llm.set("reviewer", '{"status": "APPROVE", "summary": "ok", "issues": []}')
    feed, bar = w.activity.feed, w.activity.feed.verticalScrollBar()
    assert run(qtbot, w, "a task page", 1) == "finished"
    qtbot.wait(50)
    assert not bar.isVisible()  # the run's line is drawn beside no scroll bar
    w.resize(w.width(), 560)  # the person makes the window shorter: the feed scrolls
    qtbot.waitUntil(bar.isVisible)
    qtbot.wait(50)
    line = w.activity.run_line
    assert line.width() <= feed.viewport().width(), (line.width(), feed.viewport().width())


def test_todays_spend_grows_while_another_project_is_looked_at(quiet_window, qtbot,
                                                               fake_llm) -> None:
    """The status bar's "today" counts a run in flight with the totals its feed draws; with
    another project on screen that feed shows the other project, and "today" stood still
    until the run ended. It grows with what the run's calls report."""
    import re

    w = quiet_window
    plants, _tasks = two_projects(qtbot, w, fake_llm)
    reviewing = threading.Event()
    fake_llm.set("reviewer", {"text": '{"status": "APPROVE", "summary": "ok", "issues": []}',
                              "hold_at": "APPROVE", "hold": reviewing})
    hold = held_run(qtbot, w, fake_llm, "add due dates")

    def today() -> int:
        found = re.search(r"today ([\d,]+) tok", w.status.status_label.text())
        return int(found.group(1).replace(",", "")) if found else 0

    try:
        click_item(qtbot, w.projects.list, row(w, "Plant Log"))
        assert w.current.id == plants
        before = today()
        hold.set()  # the Frontend ends and reports; the Reviewer waits
        qtbot.waitUntil(lambda: today() > before, timeout=RUN_MS)
        assert w.controller.going  # grown before the run's end
    finally:
        hold.set()
        reviewing.set()
    qtbot.waitUntil(lambda: not w.controller.running, timeout=RUN_MS)
