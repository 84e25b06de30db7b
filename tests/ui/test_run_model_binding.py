"""A panel binds itself to a bare run model and follows it from the model's signals alone
(no window, no controller); the CLI's view and the window's panels, bound to one model,
show the same run."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from rich.console import Console

from devora_desktop.progress import STEPS, RunProgress
from devora_desktop.terminal_view import TerminalView
from devora_desktop.ui.activity_panel import ActivityPanel
from devora_desktop.ui.agent_panes import AgentsBox
from devora_desktop.ui.files_panel import FilesPanel
from devora_desktop.ui.tasks import Notifier, Tasks
from tests.agents.test_progress import full_run, started
from tests.ui.drive import show_tab
from tests.ui.test_main_window import click, make_window, run, script

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def feed_texts(panel: ActivityPanel) -> list[str]:
    return [panel.feed.item(i).text().removesuffix("  ↗") for i in range(panel.feed.count())]


def test_the_activity_panel_follows_a_bare_model(qtbot) -> None:
    panel = ActivityPanel()
    qtbot.addWidget(panel)
    model = RunProgress()
    panel.bind(model, live=True)
    events = full_run()
    for ev in events[:-1]:
        model.fold(ev)
    steps = panel.steps.text().replace("\xa0", " ")  # no break inside a step
    assert "⟳ Plan" not in steps and "✓ Plan" in steps
    assert "Architect planned 3 files for Frontend, Backend and Database in 1.0 s" in feed_texts(panel)
    assert "Reviewer approved the code: Looks good, but the project does not build" in feed_texts(panel)  # the build still fails
    assert panel.run_line is None  # the run has not ended yet

    model.fold(events[-1])  # RunFinished
    assert panel.steps.text() == " ".join(f"✓\xa0{step}" for step in STEPS)
    assert panel.totals.text() == "3,100 tok · $0.0140"
    assert panel.run_line is not None and "approved" in panel.run_line.label.text()
    with qtbot.waitSignal(panel.view_changes_requested) as asked:
        qtbot.mouseClick(panel.run_line.view_changes, Qt.MouseButton.LeftButton)
    assert asked.args == ["abc"]
    assert not panel.live.isActive()  # nothing left to redraw


def test_the_files_panel_marks_what_the_model_says_landed(qtbot, tmp_path) -> None:
    panel = FilesPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    panel.set_root(tmp_path)
    model = RunProgress()
    panel.bind(model)
    for ev in full_run():
        model.fold(ev)
    shown = {rel: item.text(0) for rel, item in panel.items.items() if not rel.endswith("/")}
    assert shown == {"app/page.tsx": "page.tsx  ● new",
                     "app/api/tasks/route.ts": "route.ts  ● changed"}


def test_a_loaded_log_leaves_the_feed_at_its_last_line(qtbot) -> None:
    """A log's lines arrive all at once: the feed scrolls once, after them, to the end."""
    panel = ActivityPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 260)
    panel.show()
    model = RunProgress()
    panel.bind(model, live=False)
    model.load([ev.model_dump() for ev in full_run()])
    bar = panel.feed.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())


def test_the_changes_tab_lists_what_the_model_says_landed(qtbot) -> None:
    """Against the last version, in path order: a file written twice stays new, a file
    made and deleted in the run is no change, a deleted one written again is changed."""
    from devora_desktop.agents.events import FileDeleted, FileWritten, RunCancelled
    from devora_desktop.ui.changes_panel import ChangesPanel

    panel = ChangesPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    model = RunProgress()
    panel.bind(model)
    for ev in (started(), FileWritten(agent="frontend", path="b.ts", size=1),
               FileWritten(agent="frontend", path="a.ts", size=1, change="changed"),
               FileWritten(agent="frontend", path="b.ts", size=2, change="changed"),
               FileWritten(agent="frontend", path="tmp.ts", size=1),
               FileDeleted(agent="frontend", path="tmp.ts"),
               FileDeleted(agent="frontend", path="c.ts"),
               FileWritten(agent="frontend", path="c.ts", size=1)):
        model.fold(ev)
    assert [panel.list.item(i).text().split() for i in range(panel.list.count())] == [
        ["changed", "a.ts"], ["new", "b.ts"], ["changed", "c.ts"]]
    assert panel.title.text() == "This run so far: 3 files — 1 new, 2 changed, 0 deleted"
    model.fold(RunCancelled(reason="stopped by the user"))  # nothing kept: nothing listed
    assert panel.list.count() == 0 and panel.title.text().startswith("No changes yet")


def test_binding_the_next_run_leaves_the_last_one(qtbot) -> None:
    box = AgentsBox()
    qtbot.addWidget(box)
    first, second = RunProgress(), RunProgress()
    box.bind(first, live=True)
    box.bind(second, live=True)
    for ev in full_run():
        first.fold(ev)
    assert box.strip.text() == "Agents appear here when a run starts."
    assert box.panes.count() == 0
    second.fold(started(agents=("frontend",)))
    assert box.strip.text() == "Agents: Frontend …"


def test_the_cli_and_the_window_show_the_same_run(qtbot) -> None:
    view = TerminalView()  # the CLI's renderer: it binds to its model's signals
    out = io.StringIO()
    view.console = Console(file=out, force_terminal=False, width=200, highlight=False)
    view.tty = False
    activity, agents = ActivityPanel(), AgentsBox()
    qtbot.addWidget(activity)
    qtbot.addWidget(agents)
    activity.bind(view.progress, live=True)  # the window's panels, bound to the same model
    agents.bind(view.progress, live=True)
    for ev in full_run():
        view.on_event(ev)
    view.end()

    printed = [line[4:] for line in out.getvalue().splitlines() if line.startswith("  ")]
    shown = feed_texts(activity)
    assert len(shown) > 10
    run_line = activity.run_line.label.text()
    # every line of the feed; a finding reads "path:line: message" in a terminal
    assert all(any(text == line or text.endswith(f": {line}") for line in printed)
               for text in shown if text)
    assert run_line == view.progress.summary()  # the CLI prints it after the run
    table = Console(file=io.StringIO(), width=200)
    table.print(view._table())
    rows = {line.split()[1]: line.split()[0] for line in
            table.file.getvalue().splitlines()[1:] if line.strip()}
    strip = dict(part.split() for part in
                 agents.strip.text().removeprefix("Agents: ").split(" · "))
    assert rows == strip == {"Architect": "✓", "Frontend": "✓", "Backend": "✓",
                             "Database": "–", "Reviewer": "✓"}


def test_a_panel_that_is_gone_is_neither_kept_alive_nor_called(qtbot) -> None:
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from devora_desktop.ui.binding import Binding

    class Landed(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.paths: list[str] = []
            self._binding = Binding(self)

        def _on_model_file_written(self, _agent: str, path: str, _change: str) -> None:
            self.setToolTip(path)  # a deleted widget raises here
            self.paths.append(path)

    model = RunProgress()
    kept, dropped = Landed(), Landed()
    for panel in (kept, dropped):
        panel._binding.bind(model, "file_written")
    for ev in full_run():
        model.fold(ev)
    assert kept.paths == dropped.paths == ["app/page.tsx", "app/api/tasks/route.ts",
                                           "README.md"]
    kept.deleteLater()  # Qt deletes the widget; Python still holds its wrapper
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gone = weakref.ref(dropped)
    del dropped, panel
    gc.collect()
    assert gone() is None and len(model.file_written) == 0
    for ev in full_run():  # the model lives on: nothing calls into a deleted widget
        model.fold(ev)


def test_a_saved_log_reaches_the_panes_through_the_same_signals(qtbot) -> None:
    """Reopening a project: its last run's log is loaded into a model the panes are bound
    to, so the raw text comes back as it streamed, and every agent ends closed."""
    box = AgentsBox()
    qtbot.addWidget(box)
    log = [ev.model_dump(mode="json") for ev in full_run() if ev.type != "file_progress"]
    log.insert(3, {"type": "agent_delta", "agent": "frontend", "text": 42})  # unreadable
    model = RunProgress()
    box.bind(model, live=False)
    model.load(log[:-1])  # the app closed before the run ended

    box.show()  # read as a person does: the raw text opened, the Frontend's tab chosen
    click(qtbot, box.toggle)
    show_tab(qtbot, box.panes, "Frontend")
    raw = box.panes.panes["frontend"].text.toPlainText()
    assert raw.startswith('Writing.\n<file path="app/page.tsx">\nexport default function')
    notes = box.panes.panes["frontend"].notes.text()  # beside the model's text (walk15 #24)
    assert "[warning] continuing a cut answer" in notes and "[warning]" not in raw
    assert "[refused] ../etc/passwd: leaves the project" in notes
    assert "⟳" not in box.strip.text() and "…" not in box.strip.text()
    assert model.outcome == "interrupted" and not box.panes.clock.isActive()


def test_in_the_window_the_model_speaks_on_the_qt_thread(configured, qtbot, aloop,
                                                         fake_llm) -> None:
    """psygnal calls slots in the thread that emits: the controller folds the engine's
    events on the Qt thread (handed over from the engine's thread), so every panel's slot
    runs there."""
    import threading

    window = make_window(configured, qtbot)
    heard: list[tuple[str, bool]] = []

    def listen(running: bool) -> None:
        if running:  # the run's model is new: listen to all of it, as a panel would
            model = window.controller.progress
            for name in ("run_started", "activity", "step_changed", "agent_changed",
                         "agent_text", "file_started", "file_written", "cost_changed",
                         "ended"):
                getattr(model, name).connect(lambda *_a, name=name: heard.append(
                    (name, threading.current_thread() is threading.main_thread())))

    window.controller.running_changed.connect(listen)
    script(fake_llm)
    assert run(qtbot, window, "a task app") == "finished"
    assert {name for name, _ in heard} >= {"run_started", "activity", "agent_text",
                                           "file_written", "ended"}
    assert all(on_qt for _, on_qt in heard)
    assert window.files.items["app/page.tsx"].text(0) == "page.tsx  ● new"


def test_a_reopened_run_reads_as_it_did_live(configured, qtbot, aloop, fake_llm) -> None:
    """A reopened project's feed is its last run told again by a model loaded from the log,
    bound as a live run's is: the same lines as when it ran, after the conversation's prompt
    (the conversation's copy of the run's summary is not said twice)."""
    from tests.ui.test_main_window import feed_lines
    from tests.ui.test_window_basics import choose_project

    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    live = feed_lines(w)
    assert live[0] == "you: a task app"
    assert any(line.startswith("Frontend") for line in live)  # not only the run's summary
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current.id is None and not feed_lines(w))
    choose_project(qtbot, w, 0)  # Task Garden again
    said = [f"{'you' if m.role == 'user' else 'devora'}: {m.content}"
            for m in configured.store.conversations.get(w.current.id).messages]
    assert said[0] == live[0]
    assert said[1].startswith("devora: 2 files · ")  # the run's summary, kept in the store
    qtbot.waitUntil(lambda: len(feed_lines(w)) >= len(live), timeout=5000)
    assert feed_lines(w) == live
    assert w.activity.run_line is not None  # View changes · Revert, as after the run


def test_the_changes_tab_lists_a_runs_files_as_they_land(configured, qtbot, aloop,
                                                         fake_llm) -> None:
    """The Changes tab follows the run model: a file is listed the moment it lands, its
    diff against the last version one click away; the saved version's changes replace the
    list, and a stopped run (which kept nothing) gives the last version's back."""
    from devora_desktop.ui.changes_panel import PATH_ROLE
    from tests.agents.conftest import block, plan
    from tests.ui.test_main_window import RUN_MS, click, on_next_run, type_prompt

    def listed() -> list[list[str]]:
        return [w.changes.list.item(i).text().split() for i in range(w.changes.list.count())]

    w = make_window(configured, qtbot)
    script(fake_llm)
    seen: dict[str, tuple[list[list[str]], str]] = {}
    on_next_run(w, "file_written", lambda _agent, path, _change: seen.setdefault(
        path, (listed(), w.changes.title.text())))
    assert run(qtbot, w, "a task app") == "finished"
    assert ["new", "app/page.tsx"] in seen["app/page.tsx"][0]
    assert ["new", "app/api/tasks/route.ts"] in seen["app/api/tasks/route.ts"][0]
    assert all(title.startswith("This run so far") for _items, title in seen.values())
    qtbot.waitUntil(lambda: w.changes.title.text().startswith("v1: 2 files"), timeout=5000)

    # a second run: the route lands at once, the page is still being written
    fake_llm.set("architect", plan(("app/page.tsx", "frontend"), ("app/api/tasks/route.ts",
                                   "backend")).replace('"purpose": "x"',
                                                       '"purpose": "x", "action": "modify"'))
    fake_llm.set("backend", block("app/api/tasks/route.ts", "export const routes = 2;"))
    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 4000), "latency": 0.01})
    type_prompt(qtbot, w, "change both")
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(lambda: listed() == [["changed", "app/api/tasks/route.ts"]],
                    timeout=RUN_MS)
    assert w.changes.title.text().startswith("This run so far: 1 file — 0 new, 1 changed")
    assert w.center.tabs.tabText(w.center.tabs.indexOf(w.changes)) == "Changes 1"
    assert w.controller.running
    with qtbot.waitSignal(w.changes.file_shown, timeout=5000):
        item = w.changes.list.item(0)
        qtbot.mouseClick(w.changes.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=w.changes.list.visualItemRect(item).center())
    assert item.data(PATH_ROLE) == "app/api/tasks/route.ts"
    assert "+export const routes = 2;" in w.changes.diff.toPlainText()
    assert "-export async function GET()" in w.changes.diff.toPlainText()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]
    qtbot.waitUntil(lambda: w.changes.title.text().startswith("v1: 2 files"), timeout=5000)


def _top_level(panel: FilesPanel) -> list[str]:
    root = panel.tree.invisibleRootItem()
    return [root.child(i).text(0).split("  ●")[0] for i in range(root.childCount())]


def test_the_files_panel_keeps_one_order_as_files_land_and_when_listed(qtbot, tmp_path) -> None:
    """walk24 #8: while a run wrote them the panel showed index.html, README.md, config.js …
    (the order they landed); opened again, README.md, app.js …: folders first, then by name,
    both ways."""
    from devora_desktop.agents.events import FileWritten

    landed = ["index.html", "README.md", "config.js", "styles.css", "app.js", "src/util.js"]
    panel = FilesPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    panel.set_root(tmp_path)
    model = RunProgress()
    panel.bind(model)
    model.fold(started())
    for rel in landed:
        model.fold(FileWritten(agent="frontend", path=rel, size=1))
    expected = ["src", "app.js", "config.js", "index.html", "README.md", "styles.css"]
    assert _top_level(panel) == expected
    reopened = FilesPanel(Tasks(Notifier()))
    qtbot.addWidget(reopened)
    reopened.set_files(sorted(landed))
    assert _top_level(reopened) == expected


def test_listing_a_large_project_compares_each_row_once(qtbot, monkeypatch) -> None:
    """review24 #23: each row was placed by a scan of its siblings from the start, so opening
    a folder of 2000 files took 35 s on the Qt thread. A listing comes in the panel's order
    and each row is compared with its last sibling only."""
    import devora_desktop.ui.files_panel as files_panel

    calls = []
    key = files_panel._sort_key
    monkeypatch.setattr(files_panel, "_sort_key", lambda *a: calls.append(1) or key(*a))
    panel = FilesPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    files = [f"public/icons/i{i:04d}.svg" for i in range(500)] + ["index.html", "README.md"]
    panel.set_files(files)
    assert len(calls) <= 2 * len(files) + 10, len(calls)
    assert _top_level(panel) == ["public", "index.html", "README.md"]


def test_no_blank_row_under_a_line_that_wraps_at_the_feeds_edge(qtbot) -> None:
    """walk24 #28: a refinement's 'Architect: 1 file to write: estimate …, up to … more if
    fixes are needed' sat over a blank ~25 px row at 1024 px: the list laid its rows out 4 px
    narrower than it painted them, so a line that wrapped just there got a third line's
    height and was painted in two. Each width the feed can have, every row starts where the
    one above it ends."""
    from itertools import pairwise

    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.theme import apply_theme

    apply_theme("light")  # the feed's rows as the window draws them (their padding)
    panel = ActivityPanel()
    qtbot.addWidget(panel)
    model = RunProgress()
    panel.bind(model, live=True)
    for ev in full_run()[:-1]:
        model.fold(ev)
    panel.say("devora", "Architect: 1 file to write: estimate ~$0.004 from here, up to $0.009 "
                        "more if fixes are needed")
    panel.show()
    feed = panel.feed
    gaps = []
    for width in range(200, 360, 2):
        panel.resize(width, 300)  # a scroll bar, as in a run of some length
        QApplication.processEvents()
        feed.doItemsLayout()
        rects = [feed.visualItemRect(feed.item(i)) for i in range(feed.count())]
        gaps += [(width, i, below.top() - above.bottom() - 1)
                 for i, (above, below) in enumerate(pairwise(rects))
                 if below.top() != above.bottom() + 1]
    assert gaps == [], gaps[:5]


def test_a_new_feed_line_measures_only_itself(qtbot, monkeypatch) -> None:
    """The list lays out every row again at each line added: each row's wrapped text was
    measured again (~75 us each), 3-8 ms of the Qt thread per new line of a long feed. A
    row is measured once per text, width and theme; one whose text changes, or a feed made
    narrower, is measured again and takes its new height."""
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.icons import TintSelection
    from devora_desktop.ui.theme import apply_theme

    apply_theme("light")
    measured = []
    size_hint = TintSelection.sizeHint
    monkeypatch.setattr(TintSelection, "sizeHint",
                        lambda self, o, i: measured.append(i.row()) or size_hint(self, o, i))
    panel = ActivityPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    feed = panel.feed
    for n in range(30):
        panel.say("devora", f"Frontend wrote file{n}.js: a line long enough to wrap at 300 px")
    QApplication.processEvents()
    feed.doItemsLayout()
    measured.clear()
    last = panel.say("devora", "Backend: 1 file")
    QApplication.processEvents()
    feed.doItemsLayout()
    assert set(measured) == {feed.row(last)}, measured
    short = feed.visualItemRect(last).height()
    last.setText("Backend: " + "a much longer line that wraps over several lines " * 3)
    feed.doItemsLayout()
    assert feed.visualItemRect(last).height() > 2 * short
    tall = feed.visualItemRect(feed.item(0)).height()
    panel.resize(600, 400)
    QApplication.processEvents()
    feed.doItemsLayout()
    assert feed.visualItemRect(feed.item(0)).height() < tall


def test_the_feed_draws_a_line_again_only_when_it_changed(qtbot, monkeypatch) -> None:
    """The feed repaints whole at each line added (it scrolls to its end) and under the
    mouse: the style drew every row again each time (~60 us a row, 2.5 ms a paint of a
    40-line feed). A row is drawn again when its words, icon, state or size changed."""
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.icons import TintSelection
    from devora_desktop.ui.theme import apply_theme

    apply_theme("light")
    drawn = []
    paint = TintSelection.paint
    monkeypatch.setattr(TintSelection, "paint",
                        lambda self, p, o, i: drawn.append(i.row()) or paint(self, p, o, i))
    panel = ActivityPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    feed = panel.feed
    lines = [panel.say("devora", f"Frontend wrote file{n}.js") for n in range(8)]
    feed.setCurrentRow(1)
    QApplication.processEvents()
    feed.viewport().repaint()
    assert set(drawn) == set(range(8))
    drawn.clear()
    feed.viewport().repaint()
    assert drawn == []
    lines[2].setText("Frontend wrote file2.js (+40 lines)")
    feed.setCurrentRow(5)
    feed.viewport().repaint()
    assert sorted(set(drawn)) == [1, 2, 5]  # 1 and 5: the selection moved


def test_the_feed_keeps_a_bounded_memory_of_drawn_lines(qtbot, monkeypatch) -> None:
    """A streaming line is drawn anew at each of its texts: what is kept drawn is bounded
    (the least recently used go first), and a line let go is drawn again when shown."""
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui import chat_bubble
    from devora_desktop.ui.icons import TintSelection
    from devora_desktop.ui.theme import apply_theme

    apply_theme("light")
    monkeypatch.setattr(chat_bubble, "DRAWN_BYTES", 2 * 400 * 40 * 4)  # 2-4 rows
    drawn = []
    paint = TintSelection.paint
    monkeypatch.setattr(TintSelection, "paint",
                        lambda self, p, o, i: drawn.append(i.row()) or paint(self, p, o, i))
    panel = ActivityPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    for n in range(6):
        panel.say("devora", f"Frontend wrote file{n}.js")
    QApplication.processEvents()
    panel.feed.viewport().repaint()
    drawn.clear()
    panel.feed.viewport().repaint()
    assert set(drawn) == set(range(6))  # none of them kept: each is drawn again
