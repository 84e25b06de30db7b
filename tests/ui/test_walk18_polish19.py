"""walk18's last window findings, each driven as a person does (clicks, keys, waitSignal):
the raw text's worker picker, an error's line marked in the viewer, a rate-limit wait said
while it lasts, a run cut off by a killed app said on the next start, and labels that say
where they were cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from devora_desktop.agents.events import AgentDelta, FileStarted, RunStarted
from devora_desktop.progress import RunProgress
from devora_desktop.ui.agent_panes import AgentsBox
from tests.agents.conftest import block, plan
from tests.ui.conftest import make_window
from tests.ui.drive import pick, show_tab
from tests.ui.test_main_window import click, click_item, feed_lines, run, script, type_prompt

# no page looked at, but where it is
plain = pytest.mark.usefixtures("plain_preview")


@plain
def test_the_worker_picker_lists_workers_by_number_and_opens_on_the_first(qtbot) -> None:
    """Four Frontend workers streamed 4, 1, 3, 2: the picker read 'Worker 4, Worker 1,
    Worker 3, Worker 2' and opened on 4, and no name said which files each wrote. Now it
    lists them in order with the file each began, shows Worker 1's text until the person
    picks another, and stays on the one picked while the others stream."""
    box = AgentsBox()
    qtbot.addWidget(box)
    box.resize(900, 500)
    box.show()
    progress = RunProgress()
    box.bind(progress, live=True)
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="fake", provider_label="Fake", model="m",
                             agents=["architect", "frontend"]))
    files = {4: "app.js", 1: "index.html", 3: "about.html", 2: "styles.css"}
    for worker, path in files.items():
        progress.fold(AgentDelta(agent="frontend", text=f"<file path='{path}'>", worker=worker))
        progress.fold(FileStarted(agent="frontend", path=path, worker=worker))
    progress.fold(FileStarted(agent="frontend", path="extra.css", worker=2))
    for worker in files:
        progress.fold(AgentDelta(agent="frontend", text=f" more from {worker}", worker=worker))
    box.panes.flush()

    click(qtbot, box.toggle)
    show_tab(qtbot, box.panes, "Frontend")
    pane = box.panes.panes["frontend"]
    combo = pane.workers
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Worker 1 · index.html", "Worker 2 · styles.css +1", "Worker 3 · about.html",
        "Worker 4 · app.js"]
    assert combo.currentText().startswith("Worker 1")
    assert pane.text.toPlainText() == "<file path='index.html'> more from 1"
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "styles.css\nextra.css"
    # a path is the model's text: its tooltip shows it as written, never as markup
    progress.fold(AgentDelta(agent="frontend", text="<file", worker=5))
    progress.fold(FileStarted(agent="frontend", path="<b>x</b>.html", worker=5))
    said = combo.itemData(4, Qt.ItemDataRole.ToolTipRole)
    drawn = QTextDocument()  # as Qt draws a tooltip: as HTML when it may be
    drawn.setHtml(said) if GuiQt.mightBeRichText(said) else drawn.setPlainText(said)
    assert drawn.toPlainText() == "<b>x</b>.html", said

    pick(qtbot, combo, "Worker 3")
    assert pane.text.toPlainText() == "<file path='about.html'> more from 3"
    progress.fold(AgentDelta(agent="frontend", text=" and on", worker=1))
    progress.fold(AgentDelta(agent="frontend", text=" and on", worker=3))
    box.panes.flush()
    assert combo.currentText().startswith("Worker 3")
    assert pane.text.toPlainText() == "<file path='about.html'> more from 3 and on"


def _marked(w) -> list[int]:
    """The lines the viewer tints (drawn over the text, as a person sees them)."""
    return [mark.cursor.blockNumber() + 1 for mark in w.viewer.editor.extraSelections()]


def _finding_items(w, rel: str):
    from devora_desktop.ui.activity_panel import LINE_ROLE, PATH_ROLE

    feed = w.activity.feed
    return [feed.item(i) for i in range(feed.count())
            if feed.item(i).data(PATH_ROLE) == rel and feed.item(i).data(LINE_ROLE)]


def test_an_errors_line_opens_marked_and_says_when_the_file_was_written_since(
        configured, qtbot, aloop, fake_llm) -> None:
    """A feed error's ↗ opened its file with the cursor on its line, but a read-only viewer
    without focus draws no cursor: nothing marked line 39, and after a later run rewrote the
    file nothing said the line might be other code now. The line is tinted now; a file
    written again since says so when its error is clicked; Open says it is opening."""
    w = make_window(configured, qtbot)
    body = "\n".join(f"const line{i} = {i};" for i in range(60)) + "\nexport function T() {\n<li>"
    script(fake_llm, page=body)
    assert run(qtbot, w, "a task app") == "finished"
    item = _finding_items(w, "app/page.tsx")[0]
    line = item.data(Qt.ItemDataRole.UserRole + 1)
    w.activity.feed.scrollToItem(item)
    click_item(qtbot, w.activity.feed, item)
    assert w.viewer.rel == "app/page.tsx"
    assert _marked(w) == [line]
    assert not any("written again" in said for said in w.notifier.history)

    click(qtbot, w.viewer.open_button)
    assert any(said.startswith("Opening app/page.tsx in your editor")
               for said in w.notifier.history), w.notifier.history

    # a later run rewrites the file: the first run's error may point at other code now
    fake_llm.set("architect", plan(("app/page.tsx", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", block("app/page.tsx", "\n".join(
        f"export const other{i} = {i};" for i in range(80))))
    assert run(qtbot, w, "rename the constants") == "finished"
    item = _finding_items(w, "app/page.tsx")[0]
    w.activity.feed.scrollToItem(item)
    click_item(qtbot, w.activity.feed, item)
    assert _marked(w) == [line]
    assert any(f"app/page.tsx was written again after this was found: line {line} may hold "
               "other code now" in said for said in w.notifier.history), w.notifier.history


def test_a_rate_limit_wait_is_said_in_the_feed_and_the_step_counting_down(
        configured, qtbot, aloop, fake_llm) -> None:
    """The model's server answered the Architect with HTTP 429 (Retry-After) and for the
    seconds it waited the feed showed only 'Architect is planning the files' and its spinner:
    the run looked hung. Now its line and the step say the server asked us to wait, count
    the seconds down, and say when it asked again."""
    w = make_window(configured, qtbot)
    w.resize(1024, 700)
    script(fake_llm)
    fake_llm.set("architect", [{"fault": "429", "retry_after": 2},
                               plan(("app/page.tsx", "frontend"),
                                    ("app/api/tasks/route.ts", "backend"))])
    type_prompt(qtbot, w, "a task app")
    said = "Architect: the model's server asked us to wait 2 s (rate limit)"
    with qtbot.waitSignal(w.run_finished, timeout=30000) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: f"{said} · asking again in 2 s" in feed_lines(w), timeout=10000)
        assert "server asked us to wait" in w.activity.steps.text()
        qtbot.waitUntil(lambda: f"{said} · asking again in 1 s" in feed_lines(w), timeout=3000)
        assert "wait 1\u00a0s…" in w.activity.steps.text(), w.activity.steps.text()
        # one line at 1024 px: two pushed the feed down and back for those seconds
        steps = w.activity.steps
        assert steps.heightForWidth(steps.width()) < 2 * steps.fontMetrics().lineSpacing()
    assert blocker.args[0] == "finished"
    lines = feed_lines(w)
    assert f"{said}; asked again" in lines, lines
    assert "wait" not in w.activity.steps.text()



GARDEN = ("I run a small community garden with about 40 members and I need a website where "
          "members can see which plots are free, sign up for watering shifts on weekends, read "
          "announcements from the committee, see the calendar of work days (first Saturday of "
          "each month), and pay the yearly fee of 25 euros; also the garden rules, a contact "
          "form and a photo gallery of the harvest festival")


def test_a_long_requests_history_row_says_where_it_was_cut_and_holds_it_all_on_hover(
        quiet_window, qtbot, fake_llm) -> None:
    """A 420-character request showed in History over 7 lines ending '…read announcements
    from the committee, se': cut mid-word with no mark, it read as the whole request. The
    row ends after a whole word with '…', and its tooltip is the whole request."""
    w = quiet_window
    script(fake_llm)
    assert run(qtbot, w, GARDEN) == "finished"
    qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=5000)
    row = w.history.list.item(0)
    shown = row.text().split("\n", 1)[1]
    assert shown.endswith("…") and len(shown) <= 200, shown
    assert GARDEN.startswith(shown[:-1]), shown
    assert GARDEN[len(shown) - 1] == " ", shown  # cut after a whole word
    assert row.toolTip() == GARDEN


@plain
def test_a_run_devora_died_in_is_said_the_moment_its_project_opens(isolated_home, qtbot,
                                                                    aloop) -> None:
    """After a kill -9 mid-run and a restart, the feed ended on the request for seconds
    (the line that says the run was cut waited for its log and the project's versions to be
    read off the thread, slow at start on a busy machine) while the status bar already said
    'interrupted'. The line, its Run again and the prompt back come with the feed itself.
    The run is left as a killed process leaves it (its record still running); the start-up
    recovery does the rest."""
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.models import Message, RunRecord, RunStatus
    from tests.ui.test_window_basics import project_with

    with AppContext.open(isolated_home) as before:
        pid = project_with(before, "Bakery", {"index.html": "<h1>Bakery</h1>"})
        record = RunRecord(project_id=pid, prompt="add a dark mode toggle", mode="web",
                           provider="openai", model="fake/model", status=RunStatus.RUNNING)
        before.store.runs.save(record)
        before.store.conversations.append(pid, Message(role="user", run_id=record.id,
                                                       content="add a dark mode toggle"))
    ctx = AppContext.open(isolated_home)  # Devora started again
    try:
        w = make_window(ctx, qtbot)
        qtbot.waitUntil(lambda: w.projects.list.count() == 1, timeout=10000)
        click_item(qtbot, w.projects.list, w.projects.list.item(0))
        lines = feed_lines(w)  # as the click left it: no turn of the loop since
        assert lines[-1] == ("That run was interrupted when Devora closed: nothing of it was "
                             "kept, the project is as it was before it."), lines
        assert w.activity.run_line.again.isEnabled()
        assert w.chat.prompt.toPlainText() == "add a dark mode toggle"
        qtbot.wait(300)  # what is read off the thread meanwhile adds no second line
        assert sum("interrupted" in line for line in feed_lines(w)) == 1, feed_lines(w)
    finally:
        ctx.close()


def test_the_status_line_never_shows_a_lone_ellipsis_nor_a_duration_the_feed_does_not(
        configured, qtbot, aloop, fake_llm) -> None:
    """At start the status line read '…' alone (the provider not worked out yet), then
    '… · last run offline, 34.2 s, finished' for the seconds the project's log took to read,
    a duration that was no run the person saw (the feed said 13.2 s: the record's start to
    end counts the waits for the person too), then the right one. Now nothing stands for the
    provider until it is known, and the last run's duration is the feed's or none."""
    import re
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from tests.ui.test_window_basics import choose_project, project_with

    shown: list[str] = []
    project_with(configured, "Quiet", {"index.html": "<h1>q</h1>"})
    w = make_window(configured, qtbot)
    label = w.status.status_label
    spy = QTimer(interval=5)
    spy.timeout.connect(lambda: shown.append(label.text()))
    spy.start()
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    record = configured.store.runs.list(project_id=w.current.id)[-1]
    record.finished_at = record.finished_at + timedelta(seconds=20)  # it waited for an answer
    configured.store.runs.save(record)
    qtbot.waitUntil(lambda: w.projects.list.count() == 2, timeout=5000)
    row = next(i for i in range(2) if w.projects.list.item(i).text().startswith("Task"))
    choose_project(qtbot, w, 1 - row)
    choose_project(qtbot, w, row)

    def feed_seconds() -> str | None:
        line = next((ln for ln in feed_lines(w) if "changed" in ln and ln.endswith(" s")), None)
        return re.search(r"(\d+\.\d) s$", line).group(1) if line else None

    qtbot.waitUntil(lambda: feed_seconds() is not None, timeout=5000)
    qtbot.waitUntil(lambda: f"last run {feed_seconds()} s" in label.text(), timeout=5000)
    spy.stop()
    assert not any(text == "…" or text.startswith("… ·") for text in shown), set(shown)
    durations = {m.group(1) for text in shown if (m := re.search(r"last run ([\d.]+) s", text))}
    assert durations == {feed_seconds()}, (durations, feed_seconds())


def test_a_failed_calls_retry_wait_is_not_said_as_the_servers_ask(configured, qtbot, aloop,
                                                                 fake_llm, monkeypatch) -> None:
    """The step line said 'the server asked us to wait' for every retried wait: after an HTTP
    503 (or no connection at all) that points away from the cure. Only a 429 is the server's
    ask; a failure's retry says it asks the model again, and its feed line says why."""
    from dataclasses import fields

    from devora_desktop.core.retry import RetryPolicy

    app = {"initial": 1.5, "max_wait": 1.5, "jitter": 0.0}  # the app's backoff, not the tests'
    monkeypatch.setattr(RetryPolicy.__init__, "__defaults__",
                        tuple(app.get(f.name, f.default) for f in fields(RetryPolicy)))
    w = make_window(configured, qtbot)
    script(fake_llm)
    fake_llm.set("architect", [{"fault": "503"}, plan(("app/page.tsx", "frontend"),
                                                      ("app/api/tasks/route.ts", "backend"))])
    type_prompt(qtbot, w, "a task app")
    with qtbot.waitSignal(w.run_finished, timeout=30000) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any("failed with HTTP 503" in line and "; asking again in "
                                    in line for line in feed_lines(w)), timeout=10000)
        # walk24 #18: its wait said once, counted down in place
        assert not any(line.count("asking again") > 1 or "to ask again" in line
                       for line in feed_lines(w)), feed_lines(w)
        qtbot.waitUntil(lambda: "asking the model again in" in w.activity.steps.text(),
                        timeout=3000)
        assert "server asked" not in w.activity.steps.text()
    assert blocker.args[0] == "finished"


def test_a_refinements_version_shows_its_cost_before_a_restart(quiet_window, qtbot,
                                                                 fake_llm) -> None:
    """walk24 #17: v2's row had no "· $…" until the app was started again."""
    from tests.ui.test_main_window import two_versions

    w = quiet_window
    two_versions(qtbot, w, fake_llm)
    qtbot.waitUntil(lambda: w.history.list.count() == 2, timeout=5000)
    assert all(" · $0.0" in w.history.list.item(i).text().split("\n")[0] for i in range(2)), \
        [w.history.list.item(i).text() for i in range(2)]

