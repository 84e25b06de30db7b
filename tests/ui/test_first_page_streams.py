"""A new web project's first run streams its page on the Code tab until the page lands, then
shows the Preview (walk14 #38: the centre said "The preview appears here as soon as the
agents write the first page…" over the whole 16-60 s write while Code showed index.html
being written line by line). A tab the person clicks during the run stays in front."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.core import offload
from devora_desktop.core.llm import relay
from tests.agents.conftest import APPROVE, block, plan
from tests.agents.test_build_step import asked_files
from tests.ui.conftest import no_checks
from tests.ui.test_main_window import RUN_MS, click, make_window, on_next_run, type_prompt

pytestmark = pytest.mark.usefixtures("plain_preview")

PAGE = "<h1>Crumb</h1>\n" + "".join(f"<p>Loaf {i}</p>\n" for i in range(40))


def one_file_site(configured, qtbot, fake_llm):
    """The window, and a bakery site's web run whose Frontend writes one index.html,
    streamed (what models usually write)."""
    no_checks(configured)
    fake_llm.set("architect", plan(("index.html", "frontend"), name="Crumb"))
    fake_llm.set("frontend", {"text": "Writing the page.\n" + block("index.html", PAGE),
                              "latency": 0.002})
    fake_llm.set("reviewer", APPROVE)
    w = make_window(configured, qtbot)
    type_prompt(qtbot, w, "a bakery site", mode=1)
    return w


def tab(w) -> str:
    c = w.center
    return c.tabs.tabText(c.tabs.currentIndex()) if c.currentWidget() is c.tabs else "empty"


def test_the_first_page_streams_on_the_code_tab_then_the_preview_shows(
        configured, qtbot, aloop, fake_llm) -> None:
    w = one_file_site(configured, qtbot, fake_llm)
    relayed, offloaded = relay.shared().relayed, offload.shared().calls
    started: list[tuple[str, str]] = []
    on_next_run(w, "file_started", lambda _a, rel, _w: started.append(
        (tab(w), w.viewer.title.text())))
    landed: list[str] = []
    on_next_run(w, "file_written", lambda _a, rel, _c: landed.append(tab(w)))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as ended:
        click(qtbot, w.chat.run_button)
    assert ended.args == ["finished"]
    # during the write: the Code tab, following the page being written
    assert started and started[0][0] == "Code"
    assert "index.html" in started[0][1] and "being written by Frontend" in started[0][1]
    # the page landed: the Preview is the main view, and stays so at the end
    assert landed == ["Preview"]
    assert w.center.showing_preview()
    assert w.viewer.rel == "index.html" and w.viewer.live is None
    # the model's streams were read in the relay's process, not on this interpreter
    assert relay.shared().relayed >= relayed + 3  # the Architect, the Frontend, the Reviewer
    # and its requests redacted, its page read and validated in the worker's process
    assert offload.shared().calls >= offloaded + 5


def test_a_tab_the_person_clicks_during_the_write_stays(configured, qtbot, aloop,
                                                         fake_llm) -> None:
    w = one_file_site(configured, qtbot, fake_llm)
    bar = w.center.tabs.tabBar()

    def click_code(*_args) -> None:  # the person clicks Code while the page streams
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                         pos=bar.tabRect(w.center.tabs.indexOf(w.viewer)).center())

    on_next_run(w, "file_started", click_code)
    landed: list[str] = []
    on_next_run(w, "file_written", lambda _a, rel, _c: landed.append(tab(w)))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    assert landed == ["Code"]  # not pulled to the Preview when the page landed
    assert tab(w) == "Code" and w.viewer.rel == "index.html"


def test_the_page_stays_in_front_while_other_workers_start_their_files(
        configured, qtbot, aloop, fake_llm) -> None:
    """walk25 #22: four Frontend workers, one file each; the page's started first, then the
    others' (README.md last): the Code tab went to each file started after it and showed
    README.md being written, not the page a new project waits for."""
    no_checks(configured)
    others = {"styles.css": "p { margin: 8px; }\n" * 20, "app.js": "document.title = 'C';\n" * 20,
              "README.md": "# Crumb\n" + "A bakery.\n" * 20}
    fake_llm.set("architect", plan(("index.html", "frontend"),
                                   *((p, "frontend") for p in others), name="Crumb"))
    page_started, others_started = threading.Event(), threading.Event()

    def frontend(request: dict) -> dict:
        (mine,) = asked_files(request)
        if mine == "index.html":  # the page streams until every other file has started
            return {"text": block(mine, PAGE), "latency": 0.001, "hold_at": "Loaf 20",
                    "hold": others_started}
        page_started.wait(RUN_MS / 1000)  # each other file starts while the page streams
        return {"text": block(mine, others[mine]), "latency": 0.0005}

    fake_llm.set("frontend", frontend)
    fake_llm.set("reviewer", APPROVE)
    w = make_window(configured, qtbot, EngineOptions(shard_files=1, shard_tokens=100_000))
    type_prompt(qtbot, w, "a bakery site", mode=1)
    landed: list[str] = []
    shown: list[tuple[str, str, bool]] = []  # file started, what Code shows, page landed yet

    def started(_agent: str, rel: str, _worker: int) -> None:
        if rel == "index.html":
            page_started.set()
        shown.append((rel, w.viewer.title.text(), "index.html" in landed))
        if len(shown) == 1 + len(others):
            others_started.set()

    on_next_run(w, "file_started", started)
    on_next_run(w, "file_written", lambda _a, rel, _c: landed.append(rel))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    order = [rel for rel, *_ in shown]  # the page's first, then each other once
    assert order[0] == "index.html" and sorted(order) == sorted(["index.html", *others])
    while_streaming = [(rel, title) for rel, title, page_in in shown if not page_in]
    assert len(while_streaming) == 4, shown  # the others all started while the page streamed
    for rel, title in while_streaming:
        assert "index.html" in title and "being written by Frontend" in title, (rel, title)
    assert w.center.showing_preview() and w.viewer.rel == "index.html"
