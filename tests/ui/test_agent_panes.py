"""The raw-text panes bind to the run model: what a model sent, its notices and refusals land
in its agent's pane; a run's end stops the clock. Only the model is fed the events."""

from __future__ import annotations

import pytest

from devora_desktop.agents.events import (
    AgentDelta,
    AgentNotice,
    AgentStarted,
    FileRejected,
    FileWritten,
    RunFailed,
    RunStarted,
)
from devora_desktop.progress import RunProgress
from devora_desktop.ui.agent_panes import AgentPanes, AgentsBox
from tests.ui.drive import show_tab
from tests.ui.test_main_window import click

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_each_event_lands_in_its_agents_pane_and_the_end_stops_the_clock(qtbot) -> None:
    panes = AgentPanes()
    qtbot.addWidget(panes)
    progress = RunProgress()
    panes.bind(progress, [], live=True)
    for ev in (
        RunStarted(run_id="r", project_id="p", project_name="P", mode="web", provider="offline",
                   provider_label="Offline", model="templates", agents=["frontend"]),
        AgentStarted(agent="frontend", model="templates"),
        AgentDelta(agent="frontend", text="Writing the page."),
        AgentNotice(agent="frontend", message="the answer was cut", level="warning"),
        FileRejected(agent="frontend", path="../etc/passwd", reason="outside the project"),
        FileWritten(agent="frontend", path="index.html", size=10),
        AgentDelta(agent="nobody", text="not shown anywhere"),
        RunFailed(error="the model went away"),
    ):
        progress.fold(ev)

    assert [panes.tabText(i) for i in range(panes.count())] == ["Frontend"]
    text = panes.panes["frontend"].text.toPlainText()
    # the notices are the pane's own lines, not inside the model's text (walk15 #24)
    assert text == "Writing the page."
    assert panes.panes["frontend"].notes.text() == (
        "[warning] the answer was cut\n[refused] ../etc/passwd: outside the project")
    assert not any("not shown" in p.text.toPlainText() for p in panes.panes.values())
    assert not panes.clock.isActive()  # the run ended: the elapsed time stops


def test_a_person_reading_back_keeps_their_place_while_the_text_streams(qtbot) -> None:
    """The raw text follows its end while the person is there; one who scrolled up to read
    keeps that place (every flush moved the view to the end); back at the end, it follows
    again."""
    panes = AgentPanes()
    qtbot.addWidget(panes)
    panes.resize(600, 300)
    panes.show()
    progress = RunProgress()
    panes.bind(progress, [], live=True)
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="fake", provider_label="Fake", model="m",
                             agents=["frontend"]))
    progress.fold(AgentStarted(agent="frontend", model="m"))
    bar = panes.panes["frontend"].text.verticalScrollBar()

    def stream(lines: int) -> None:
        for i in range(lines):
            progress.fold(AgentDelta(agent="frontend", text=f"line {i}\n"))
        qtbot.waitUntil(lambda: not panes.panes["frontend"].pending, timeout=2000)

    stream(200)
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    bar.setValue(10)  # the person drags the bar up to read
    stream(200)
    assert bar.value() == 10
    bar.setValue(bar.maximum())
    stream(50)
    assert bar.value() == bar.maximum()


def test_the_raw_text_tab_being_read_stays_put_when_the_next_run_starts(
        quiet_window, qtbot, fake_llm) -> None:
    """Each run's start took every agent's tab down (the new run's model names no agents
    until it starts) and put them back once it did: the raw text a person was reading went
    blank, and they were left on Architect's. The same agents keep their tabs; the one
    being read stays current throughout."""
    from tests.ui.drive import show_tab
    from tests.ui.test_main_window import click, run, script

    w = quiet_window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    click(qtbot, w.agents.toggle)
    show_tab(qtbot, w.panes, "Reviewer")
    tabs = [w.panes.widget(i) for i in range(w.panes.count())]
    moves: list[int] = []
    w.panes.currentChanged.connect(moves.append)
    assert run(qtbot, w, "add a due date to each task") == "finished"
    assert moves == []
    assert [w.panes.widget(i) for i in range(w.panes.count())] == tabs
    assert w.panes.tabText(w.panes.currentIndex()) == "Reviewer"


def test_panes_made_ahead_of_the_first_run_stay_out_of_sight_until_it_names_them(
        qtbot) -> None:
    """The panes are built while the window idles (at RunStarted they cost the Qt thread
    20-30 ms at once); no tab shows before a run, and the run's tabs are its agents'."""
    from devora_desktop.agents.registry import AGENTS

    panes = AgentPanes()
    qtbot.addWidget(panes)
    panes.show()
    changed: list[int] = []
    panes.currentChanged.connect(changed.append)
    panes.prepare()
    qtbot.waitUntil(lambda: set(panes.panes) == set(AGENTS), timeout=5000)
    assert panes.count() == 0 and changed == []
    progress = RunProgress()
    panes.bind(progress, [], live=True)
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="offline", provider_label="Offline", model="templates",
                             agents=["architect", "frontend"]))
    progress.fold(AgentDelta(agent="frontend", text="Writing the page."))
    panes.flush()
    assert [panes.tabText(i) for i in range(panes.count())] == ["Architect", "Frontend"]
    show_tab(qtbot, panes, "Frontend")  # the text of a tab behind another comes as it shows
    assert panes.panes["frontend"].text.toPlainText() == "Writing the page."


def test_only_the_pane_on_screen_takes_the_text_and_a_pane_shown_later_has_it_all(
        qtbot) -> None:
    """Every agent's stream went into its pane, shown or not: with the raw text shut (as it
    is by default) or another tab in front, that was a tenth of the Qt thread's time while
    four agents streamed. Now a pane out of sight keeps its text aside; opened, or its tab
    chosen, it reads exactly what its agent sent, in order, and keeps up from there."""
    box = AgentsBox()
    qtbot.addWidget(box)
    box.resize(700, 400)
    box.show()
    progress = RunProgress()
    box.bind(progress, live=True)
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="fake", provider_label="Fake", model="m",
                             agents=["architect", "frontend", "backend"]))
    sent: dict[str, list[str]] = {"architect": [], "frontend": [], "backend": []}

    def stream(lines: int) -> None:
        for _ in range(lines):
            for agent, said in sent.items():
                said.append(f"{agent} line {len(said)}\n")
                progress.fold(AgentDelta(agent=agent, text=said[-1]))
        box.panes.flush()  # as the window does at each batch's end

    panes = box.panes.panes
    stream(50)
    assert not box.panes.isVisible()  # "Raw model text" shut: nothing is drawn
    assert all(pane.text.document().isEmpty() for pane in panes.values())
    click(qtbot, box.toggle)
    assert box.panes.tabText(box.panes.currentIndex()) == "Architect"
    assert panes["architect"].text.toPlainText() == "".join(sent["architect"])
    assert panes["frontend"].text.document().isEmpty()  # behind the Architect's tab
    stream(30)
    assert panes["architect"].text.toPlainText() == "".join(sent["architect"])
    show_tab(qtbot, box.panes, "Frontend")
    assert panes["frontend"].text.toPlainText() == "".join(sent["frontend"])
    stream(20)  # the tab left keeps its text and is not written to meanwhile
    assert panes["frontend"].text.toPlainText() == "".join(sent["frontend"])
    assert panes["architect"].text.toPlainText() != "".join(sent["architect"])
    show_tab(qtbot, box.panes, "Architect")
    assert panes["architect"].text.toPlainText() == "".join(sent["architect"])
    progress.fold(RunFailed(error="the model went away"))
    show_tab(qtbot, box.panes, "Backend")
    assert panes["backend"].text.toPlainText() == "".join(sent["backend"])
    assert panes["backend"].text.verticalScrollBar().value() == \
        panes["backend"].text.verticalScrollBar().maximum()  # at its end, as if it followed
