"""The preview at the centre, live: a web project's run is watched appearing in the preview,
which reloads (debounced, keeping the scroll) as each file lands."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.ui.preview_panel import RELOAD_MS
from devora_desktop.ui.webengine import webengine_available
from tests.agents.conftest import APPROVE, block, plan
from tests.agents.test_build_step import asked_files
from tests.ui.conftest import no_checks
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    make_window,
    on_next_run,
    type_prompt,
)
from tests.ui.test_preview_panel import make_panel

__all__ = ["make_panel"]

TALL = ("<link rel='stylesheet' href='styles.css'><script src='app.js'></script>"
        "<h1>Crumb</h1>" + "".join(f"<p>Loaf {i}</p>" for i in range(200)))

pytestmark = pytest.mark.skipif(not webengine_available(),
                                reason="QtWebEngine (PySide6-Addons) is not installed")


FILES = {"index.html": (TALL, 0.0005),
         "styles.css": ("p { margin: 8px; }\n" * 60, 0.004),
         "app.js": ("document.title = 'Crumb';\n" * 80, 0.008)}
THREE_WORKERS = EngineOptions(shard_files=1, shard_tokens=100_000)


def web_run(fake, scale: float = 1.0, cues: dict[str, threading.Event] | None = None) -> None:
    """Three Frontend workers, one file each: the page first, the others later; a file in
    ``cues`` is written once its event is set."""
    fake.set("architect", plan(*((p, "frontend") for p in FILES), name="Crumb"))

    def frontend(request: dict) -> dict:
        mine = asked_files(request)
        for path in mine:
            if path in (cues or {}):
                cues[path].wait(RUN_MS / 1000)  # type: ignore[index]
        latency = max(FILES[p][1] for p in mine)
        return {"text": "".join(block(p, FILES[p][0]) for p in mine),
                "latency": latency * scale}

    fake.set("frontend", frontend)
    fake.set("reviewer", APPROVE)


def scroll_y(qtbot, view) -> int:
    got: list = []
    view.page().runJavaScript("window.scrollY", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return int(got[0])


def loaf_at_top(qtbot, view) -> int:
    """The number of the paragraph at the top of the view ("Loaf 12" -> 12)."""
    got: list = []
    view.page().runJavaScript(
        "(() => { for (let y = 0; y < 80; y += 2) { const e = document.elementFromPoint(40, y);"
        " if (e && e.tagName === 'P') return e.textContent; } return ''; })()", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    text = str(got[0])
    assert text.startswith("Loaf "), text
    return int(text.split()[1])


def place_kept(qtbot, panel, top: int) -> None:
    """Once the panel's reloads have settled, the same part of the page is on screen: it is
    scrolled (> 200 px) with the paragraph ``top`` (±1) at its top (new styles moved it:
    compare what shows)."""
    qtbot.waitUntil(panel.settled, timeout=RUN_MS)
    qtbot.waitUntil(lambda: scroll_y(qtbot, panel.view) > 200, timeout=5000)
    assert abs(loaf_at_top(qtbot, panel.view) - top) <= 1


def test_a_web_run_is_watched_in_the_preview_which_reloads_keeping_the_scroll(
        configured, qtbot, aloop, fake_llm) -> None:
    """Made certain, not left to timing: styles.css is written once the person has scrolled,
    app.js once that reload was seen, so the run can't end before the first paint (it did
    at load 30) and the reload watched is styles.css's; then the run's end reloads the page
    too, which came back at the top (a load of the URL: the CI failure of a quiet run)."""
    no_checks(configured)
    w = make_window(configured, qtbot, THREE_WORKERS)
    scrolled, seen = threading.Event(), threading.Event()
    web_run(fake_llm, scale=0.5, cues={"styles.css": scrolled, "app.js": seen})
    preview = w.center.preview
    loads: list[bool] = []
    preview.loaded.connect(loads.append)
    ended: list[str] = []
    loads_at_end: list[int] = []
    w.run_finished.connect(ended.append)
    w.run_finished.connect(lambda _outcome: loads_at_end.append(len(loads)))
    type_prompt(qtbot, w, "a bakery site", mode=1)
    with qtbot.waitSignal(preview.painted, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    assert not ended, "the page must show before the run ends"
    # styles.css and app.js are not written yet: not errors for the agents to fix
    assert preview.console.count() == 0 and not preview.fix_button.isVisible()
    assert w.center.showing_preview()  # the preview is the main view, not the code
    assert preview.page_area.currentWidget() is preview.view
    preview.view.page().runJavaScript("window.scrollTo(0, 400)")
    qtbot.waitUntil(lambda: scroll_y(qtbot, preview.view) == 400, timeout=5000)
    top = loaf_at_top(qtbot, preview.view)
    # the next file to land reloads the page, which comes back where it was scrolled
    landed: list[str] = []
    w.controller.progress.file_written.connect(lambda _agent, path, _change: landed.append(path))
    before = len(loads)
    scrolled.set()
    qtbot.waitUntil(lambda: bool(landed), timeout=RUN_MS)
    qtbot.waitUntil(lambda: len(loads) > before, timeout=RUN_MS)
    place_kept(qtbot, preview, top)
    top = loaf_at_top(qtbot, preview.view)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        seen.set()
    # the run's end reloads the page (every file is there now): it keeps the place too
    qtbot.waitUntil(lambda: len(loads) > loads_at_end[0], timeout=RUN_MS)
    place_kept(qtbot, preview, top)
    assert w.center.showing_preview()  # the run ends on the page, code one click away
    qtbot.wait(300)
    assert preview.console.count() == 0  # every file is there now: nothing failed
    assert w.viewer.rel == "index.html"


def page_says(qtbot, view, script: str) -> object:
    got: list = []
    view.page().runJavaScript(script, 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


HABITS = {"index.html": "<h1>Habits</h1><main id='cards'></main>"
                        "<link rel='stylesheet' href='styles.css'><script src='app.js'></script>",
          "styles.css": "h1 { color: teal; }\n",
          "app.js": "document.getElementById('cards').textContent = 'Read 20 minutes';\n"}


def habits_window(configured, qtbot, fake_llm, cues: dict):
    """The window, and a habit tracker's web run scripted with one Frontend worker a file;
    a file in ``cues`` is written once its event is set. Returns (window, files landed)."""
    fake_llm.set("architect", plan(*((p, "frontend") for p in HABITS), name="Streaks"))

    def frontend(request: dict) -> str:
        mine = asked_files(request)
        for path in mine:
            if path in cues:
                cues[path].wait(RUN_MS / 1000)
        return "".join(block(p, HABITS[p]) for p in mine)

    fake_llm.set("frontend", frontend)
    fake_llm.set("reviewer", APPROVE)
    w = make_window(configured, qtbot, THREE_WORKERS)
    landed: list[str] = []
    on_next_run(w, "file_written", lambda _agent, path, _change: landed.append(path))
    type_prompt(qtbot, w, "a habit tracker", mode=1)
    return w, landed


def test_a_file_that_lands_while_the_first_page_loads_still_reaches_the_screen(
        configured, qtbot, aloop, fake_llm, no_sandbox, monkeypatch) -> None:
    """The walk's intermittent page without app.js's work, made certain: styles.css lands
    while the first page is still loading (its request is held), app.js after that load
    ended. The run then waits at the checks question (no sandbox here), so no reload at the
    run's end hides a lost one: app.js's work must be on screen while it waits."""
    import threading

    from devora_desktop.core import preview as core_preview
    from devora_desktop.ui.preview_panel import RELOAD_MS

    page_asked, answer_page, write_app = threading.Event(), threading.Event(), threading.Event()

    class SlowFirstPage(core_preview.PreviewServer):
        """Answers the page's first request only when the test says (a busy machine)."""

        def read(self, url_path: str):
            if url_path == "/" and not answer_page.is_set():
                page_asked.set()
                answer_page.wait(RUN_MS / 1000)
            return super().read(url_path)

    monkeypatch.setattr(core_preview, "PreviewServer", SlowFirstPage)
    # styles.css lands while the first page is loading, app.js after that load ended
    w, landed = habits_window(configured, qtbot, fake_llm,
                              {"styles.css": page_asked, "app.js": write_app})
    preview = w.center.preview
    ended: list[str] = []
    w.run_finished.connect(ended.append)
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(lambda: "styles.css" in landed, timeout=RUN_MS)
    qtbot.wait(RELOAD_MS * 4)  # the reload styles.css asks for comes while the page loads
    assert page_asked.is_set() and "app.js" not in landed
    with qtbot.waitSignal(preview.loaded, timeout=RUN_MS, check_params_cb=bool):
        answer_page.set()
    write_app.set()
    qtbot.waitUntil(lambda: "app.js" in landed, timeout=RUN_MS)
    qtbot.waitUntil(lambda: page_says(qtbot, preview.view, "document.getElementById('cards')"
                                      ".textContent") == "Read 20 minutes", timeout=10_000)
    qtbot.waitUntil(w.consent.isVisible, timeout=RUN_MS)  # it waits for the person...
    assert not ended  # ...so the page above is the live preview's doing, not the run's end
    # (a reload for app.js may still be under way: the page it leaves, not a half-drawn one)
    qtbot.waitUntil(lambda: page_says(qtbot, preview.view, "getComputedStyle(document."
                                      "querySelector('h1')).color") == "rgb(0, 128, 128)",
                    timeout=10_000)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.consent.skip_button)  # the run goes on without checks, and ends


def test_the_first_page_comes_on_screen_while_files_go_on_landing(qtbot, make_panel, tmp_path,
                                                                  monkeypatch) -> None:
    """On a busy machine a load takes longer than the gap between two landed files: each
    file restarted the first page's load, and nothing but the intro was on screen until the
    files stopped landing (2 s after index.html at load 30, bench/preview.py). The first
    page comes on screen while they land, and the files that landed meanwhile follow."""
    import time

    from devora_desktop.core import preview as core_preview
    from devora_desktop.core.workspace import Workspace

    read = core_preview.PreviewServer.read

    def slow_page(self, url_path: str):
        if url_path == "/":
            time.sleep(0.3)  # each load of the page takes longer than files take to land
        return read(self, url_path)

    monkeypatch.setattr(core_preview.PreviewServer, "read", slow_page)
    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Crumb</h1><p>file 0</p>")
    panel = make_panel()
    painted: list[int] = []
    panel.painted.connect(lambda: painted.append(n))
    n = 0
    panel.show_project(ws)
    for n in range(1, 31):  # a file every 150 ms for over 4 s
        ws.write_file("index.html", f"<h1>Crumb</h1><p>file {n}</p>")
        panel.file_landed("index.html")
        qtbot.wait(150)
    assert painted and painted[0] < 30, painted  # on screen before the last file landed
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.body.innerText")
                    .endswith("file 30"), timeout=10_000)


def count_asks(view, asks: list, stamp=lambda: True) -> None:
    """What the panel asks of the page, each time it asks (a reload or a load): ``stamp()``
    goes into ``asks``."""
    def counted(ask):
        return lambda *url: (asks.append(stamp()), ask(*url))

    view.reload, view.load = counted(view.reload), counted(view.load)


def test_a_fresh_page_is_made_in_one_turn_and_loaded_in_the_next(qtbot, make_panel,
                                                                 tmp_path) -> None:
    """A run's first page (a new page and profile) and its load were 8-10 ms of the window's
    thread in one go (bench/ui_latency.py): the load is asked a turn later, once, and the
    panel is not settled meanwhile (tests and the run's end wait for that)."""
    from devora_desktop.core.workspace import Workspace

    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Crumb</h1>")
    panel = make_panel()
    panel.warm()  # Chromium started, as when a web run begins
    asks: list[object] = []
    count_asks(panel.view, asks)
    panel.show_project(ws)
    assert asks == [] and not panel.settled()
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        pass
    assert len(asks) == 1


def test_the_blank_page_chromium_was_warmed_with_goes_after_the_run(qtbot, make_panel,
                                                                   tmp_path,
                                                                   monkeypatch) -> None:
    """A web run warms Chromium with a blank page; deleting it and its throwaway profile when
    the run's first page replaced it was ~15 ms of Chromium's work on the Qt thread as the
    agents began to stream (bench/ui_latency.py). It stays, unseen and idle, until the run
    has ended, then goes (without a Qt warning: the suite fails on one)."""
    from PySide6.QtWebEngineCore import QWebEnginePage

    from devora_desktop.core.workspace import Workspace
    from devora_desktop.ui import preview_panel

    monkeypatch.setattr(preview_panel, "RETIRED_MS", 100, raising=False)  # else 3 s
    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Crumb</h1>")
    panel = make_panel()
    panel.run_started(True)  # a web run begins: Chromium is warmed
    blank = panel.view.page()
    gone: list[bool] = []
    blank.destroyed.connect(lambda: gone.append(True))
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(ws)  # the run's first page
    assert panel.view.page() is not blank
    qtbot.wait(100)
    assert not gone and blank in panel.view.findChildren(QWebEnginePage)
    with qtbot.waitSignal(blank.destroyed, timeout=RUN_MS):
        panel.run_ended()


def test_a_page_left_during_a_run_is_frozen_and_goes_after_it(qtbot, make_panel, tmp_path,
                                                              monkeypatch) -> None:
    """Another project opened mid-run: deleting the run's project's page was Chromium's
    work on the Qt thread while the agents streamed (~15 ms, bench/ui_latency.py). The page
    left is frozen (its timers stop: nothing of it runs unseen, walk18 #36) and goes once
    the run has ended; two at most are kept (each holds a page process), the oldest going
    first."""
    from PySide6.QtWebEngineCore import QWebEnginePage

    from devora_desktop.core.workspace import Workspace
    from devora_desktop.ui import preview_panel

    monkeypatch.setattr(preview_panel, "RETIRED_MS", 100, raising=False)  # else 3 s
    sites = []
    for name in ("garden", "nursery"):
        ws = Workspace(tmp_path / name)
        ws.write_file("index.html", f"<h1>{name}</h1>")
        sites.append(ws)
    panel = make_panel()
    panel.run_started(True)
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(sites[0])  # the run's page
    left = panel.view.page()
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(sites[1])  # another project, looked at mid-run
    assert panel.view.page() is not left
    assert left.lifecycleState() == QWebEnginePage.LifecycleState.Frozen  # runs nothing
    qtbot.wait(200)
    assert left in panel.view.findChildren(QWebEnginePage)
    # a third page left (FROZEN_PAGES is 2): the oldest, the warm-up's blank page, goes now
    blank = next(p for p in panel.view.findChildren(QWebEnginePage) if p.url().isEmpty()
                 or p.url().toString() == "about:blank")
    assert blank is not left and blank.lifecycleState() == left.lifecycleState()
    with qtbot.waitSignal(blank.destroyed, timeout=RUN_MS), \
            qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(sites[0])
    with qtbot.waitSignal(left.destroyed, timeout=RUN_MS):
        panel.run_ended()


def test_a_lone_file_reloads_at_once_and_the_files_right_behind_it_make_one_more(
        qtbot, make_panel, tmp_path) -> None:
    """Each file waited RELOAD_MS for others before its reload began: a third of the time a
    lone file took to reach the screen (bench/preview.py). The first file after a quiet
    spell reloads at once; the files that land right behind it make one reload more, after
    them, not one each.

    Counted as the reloads the page is asked for: the view's loadStarted is its loading
    state turning on, once for a reload asked while the one before still loads (Chromium
    replaces that navigation): on a busy machine the first load outlasted RELOAD_MS and
    the test saw 1 page load of 2 while the page had all three files."""
    from devora_desktop.core.workspace import Workspace

    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Crumb</h1><p>file 0</p>")
    panel = make_panel()
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(ws)
    qtbot.waitUntil(panel.settled, timeout=RUN_MS)
    starts: list[object] = []
    count_asks(panel.view, starts)
    ws.write_file("index.html", "<h1>Crumb</h1><p>file 1</p>")
    panel.file_landed("index.html")
    assert not panel.settled()  # its reload is under way already
    for n in (2, 3):  # right behind it
        ws.write_file("index.html", f"<h1>Crumb</h1><p>file {n}</p>")
        panel.file_landed("index.html")
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.body.innerText")
                    .endswith("file 3"), timeout=RUN_MS)
    qtbot.waitUntil(panel.settled, timeout=RUN_MS)
    qtbot.wait(RELOAD_MS * 3)
    assert len(starts) == 2, starts


def test_files_landing_for_long_reload_the_page_at_a_steady_pace(qtbot, make_panel,
                                                                   tmp_path) -> None:
    """A file every 250 ms through a 23 s run reloaded the page 96 times: Chromium's work for
    each, on the window's thread, held the agents' text off the screen (bench/ui_latency.py).
    After a burst (two here, BURST_RELOADS in the app) the page reloads once a second while
    files go on landing, and the last file is on it when they stop."""
    import time

    from devora_desktop.core.workspace import Workspace
    from devora_desktop.ui.preview_panel import ReloadBudget

    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Crumb</h1><p>file 0</p>")
    panel = make_panel()
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(ws)
    qtbot.waitUntil(panel.settled, timeout=RUN_MS)
    panel.budget = ReloadBudget(burst=2, every_ms=1000)
    starts: list[float] = []  # the reloads the page is asked for (as the test above counts)
    count_asks(panel.view, starts, time.monotonic)
    began = time.monotonic()
    for n in range(1, 13):  # a file every 150 ms for 1.8 s: slower than a load takes
        ws.write_file("index.html", f"<h1>Crumb</h1><p>file {n}</p>")
        panel.file_landed("index.html")
        qtbot.wait(150)
    landing = [round(t - began, 2) for t in starts if t - began < 1.8]
    assert 2 <= len(landing) <= 2 + 2, landing  # the burst, then one a second
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.body.innerText")
                    .endswith("file 12"), timeout=RUN_MS)
    # a file held back for the next paced reload, then the run's end: one reload, now (the
    # held one came too, up to a second later, when run_ended had not stopped its timer)
    qtbot.waitUntil(lambda: not panel.live_timer.isActive(), timeout=RUN_MS)
    for n in (13, 14):
        ws.write_file("index.html", f"<h1>Crumb</h1><p>file {n}</p>")
        panel.file_landed("index.html")
    assert panel.live_timer.isActive()
    starts.clear()
    panel.on_run_finished("finished")
    assert not panel.live_timer.isActive()  # nothing left to come (it came up to 1 s later)
    qtbot.wait(RELOAD_MS * 2)
    assert len(starts) == 1, starts


def test_a_reload_budget_lets_a_burst_through_then_one_a_second() -> None:
    from devora_desktop.ui.preview_panel import ReloadBudget

    now = [100.0]
    budget = ReloadBudget(burst=3, every_ms=1000, clock=lambda: now[0])
    for _ in range(3):
        assert budget.wait_ms() == 0
        budget.take()
    assert budget.wait_ms() == 1000
    now[0] += 0.4
    assert budget.wait_ms() == 600
    now[0] += 0.6
    assert budget.wait_ms() == 0
    budget.take()
    now[0] += 60  # a quiet minute fills it up to the burst, no more
    for _ in range(3):
        budget.take()
    assert budget.wait_ms() == 1000
    budget.fill()  # a new run
    assert budget.wait_ms() == 0


def test_files_that_land_while_the_code_tab_is_in_front_are_on_the_page_when_it_comes_back(
        configured, qtbot, aloop, fake_llm, no_sandbox) -> None:
    """A person watching the code while app.js lands, then back on Preview while the run
    waits at the checks question: the page there must have app.js's work, not be the one
    left behind when they looked away."""
    import threading

    from devora_desktop.ui.preview_panel import RELOAD_MS
    from tests.ui.drive import show_tab

    write_app = threading.Event()
    w, landed = habits_window(configured, qtbot, fake_llm, {"app.js": write_app})
    preview = w.center.preview
    with qtbot.waitSignal(preview.painted, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    qtbot.waitUntil(lambda: {"index.html", "styles.css"} <= set(landed), timeout=RUN_MS)
    show_tab(qtbot, w.center.tabs, "Code")
    write_app.set()
    qtbot.waitUntil(lambda: "app.js" in landed, timeout=RUN_MS)
    qtbot.waitUntil(w.consent.isVisible, timeout=RUN_MS)  # the run waits for the person
    qtbot.wait(RELOAD_MS * 4)
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(lambda: page_says(qtbot, preview.view, "document.getElementById('cards')"
                                      ".textContent") == "Read 20 minutes", timeout=10_000)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.consent.skip_button)


# ---- the place on the page, kept by the panel where Chromium does not keep it -------------
#: a page that builds its content from a script after it loaded, as a generated app that
#: fetches its data does; and whose own scripts would move or read the page if they could
BUILT = ("<h1>Crumb</h1><main id='loaves'></main><link rel='stylesheet' href='styles.css'>"
         "<script>"
         "window.scrollTo = () => {}; JSON.stringify = () => '[1e9, \"p:0\", \"\", 0]';"
         "setTimeout(() => { document.getElementById('loaves').innerHTML = Array.from("
         "{length: 200}, (_, i) => `<p>Loaf ${i}</p>`).join(''); }, 200);</script>")


def scrolled_site(qtbot, make_panel, root: Path, page: str):
    """A panel showing ``page`` (served from ``root``) scrolled by the person to 400 px;
    returns (panel, the loaf at the top)."""
    from devora_desktop.core.workspace import Workspace

    ws = Workspace(root)
    ws.write_file("index.html", page)
    ws.write_file("styles.css", "p { margin: 8px; }\n")
    panel = make_panel()
    with qtbot.waitSignal(panel.painted, timeout=RUN_MS):
        panel.show_project(ws)
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.querySelectorAll('p')"
                                      ".length") == 200, timeout=5000)
    # as a person's scroll does (the page replaced window.scrollTo)
    panel.view.page().runJavaScript("document.scrollingElement.scrollTop = 400")
    qtbot.waitUntil(lambda: scroll_y(qtbot, panel.view) == 400, timeout=5000)
    return panel, ws, loaf_at_top(qtbot, panel.view)


def test_reload_keeps_the_place_on_the_page(qtbot, make_panel, tmp_path) -> None:
    """Reload (and the run's end, a revert: the same reload) loaded the URL again, and the
    page came back at its top every time."""
    panel, _ws, top = scrolled_site(qtbot, make_panel, tmp_path / "site", TALL)
    with qtbot.waitSignal(panel.loaded, timeout=RUN_MS, check_params_cb=bool):
        click(qtbot, panel.reload_button)
    place_kept(qtbot, panel, top)


def test_a_live_reload_keeps_the_place_on_a_page_its_script_builds(
        qtbot, make_panel, tmp_path) -> None:
    """Chromium restores a reloaded page's scroll while the page is still short (before its
    script has built the list), so a page built by app.js came back at the top at every
    file that landed. The panel's keeper runs in an isolated world: the page's replaced
    scrollTo and JSON.stringify don't touch it."""
    panel, ws, top = scrolled_site(qtbot, make_panel, tmp_path / "site", BUILT)
    ws.write_file("styles.css", "p { margin: 16px; }\n")  # new styles move the content
    with qtbot.waitSignal(panel.loaded, timeout=RUN_MS, check_params_cb=bool):
        panel.file_landed("styles.css")
    place_kept(qtbot, panel, top)
    assert page_says(qtbot, panel.view, "typeof window.__devoraKeep") == "undefined"


def test_the_person_scrolling_after_the_reload_wins(qtbot, make_panel, tmp_path) -> None:
    """The keeper waits for the content a script builds, but a scroll of the person's in
    that time is theirs: it never pulls them back."""
    panel, _ws, _top = scrolled_site(qtbot, make_panel, tmp_path / "site",
                                    BUILT.replace("}, 200)", "}, 600)"))
    with qtbot.waitSignal(panel.loaded, timeout=RUN_MS, check_params_cb=bool):
        panel.file_landed("styles.css")
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.querySelectorAll('p')"
                                      ".length") == 0, timeout=5000)
    panel.view.page().runJavaScript("document.body.style.minHeight = '5000px';"
                                    "document.scrollingElement.scrollTop = 1500")
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.querySelectorAll('p')"
                                      ".length") == 200, timeout=5000)
    qtbot.wait(200)
    assert scroll_y(qtbot, panel.view) == 1500


def test_a_reload_over_one_still_loading_keeps_the_place(qtbot, make_panel, tmp_path,
                                                          monkeypatch) -> None:
    """Files landing one after another: the next reload comes while the last one's page is
    on screen but still loading (its stylesheet held here, as a busy machine does), at its
    top and not yet scrolled back. Reading the place from that page lost it."""
    from devora_desktop.core import preview as core_preview

    holding, asked, answer = [False], threading.Event(), threading.Event()
    read = core_preview.PreviewServer.read

    def held_read(self, url_path: str):
        if url_path == "/styles.css" and holding[0]:
            asked.set()
            answer.wait(RUN_MS / 1000)
        return read(self, url_path)

    monkeypatch.setattr(core_preview.PreviewServer, "read", held_read)
    panel, ws, top = scrolled_site(qtbot, make_panel, tmp_path / "site", BUILT)
    holding[0] = True
    panel.file_landed("app.js")
    qtbot.waitUntil(asked.is_set, timeout=RUN_MS)
    # the reloaded page is on screen (its list not built yet: its script waits for the
    # stylesheet), at its top, and still loading
    qtbot.waitUntil(lambda: page_says(qtbot, panel.view, "document.querySelectorAll('p')"
                                      ".length") == 0, timeout=5000)
    assert scroll_y(qtbot, panel.view) == 0 and not panel.settled()
    ws.write_file("styles.css", "p { margin: 16px; }\n")
    holding[0] = False
    panel.file_landed("styles.css")  # the next reload, over the one still loading
    qtbot.wait(RELOAD_MS * 3)
    answer.set()
    place_kept(qtbot, panel, top)


def _looks_like(a, b) -> bool:
    """Two frames of the preview show the same thing: of the dots with ink in either (grey,
    downscaled), under a fifth differ. Lines moved by new styles, or a white page with a
    heading, differ in most of them."""
    from PySide6.QtGui import QImage

    def small(pix) -> bytes:  # 240 one-byte dots a line: no padding at the lines' ends
        return bytes(pix.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
                     .scaled(240, 160).constBits())

    inked = [abs(p - q) > 64 for p, q in zip(small(a), small(b), strict=True)
             if min(p, q) < 200]
    return sum(inked) < 0.2 * max(len(inked), 1)


def frame_on_screen(qtbot, panel):
    """What the panel shows once the page has drawn what its DOM holds: two animation frames
    on (the renderer made a frame after it), then the same picture for 150 ms. Grabbed at
    once, it could still be a frame from before the scroll the page already reported: at
    load 18 the grab 20 ms after scrollY read 400 was the page's top in 2 of 6 runs, and a
    ``before`` taken so made every held frame of the reload look odd (the CI failure at load
    26: 13 of 15 frames; 3 of 8 runs fail so with no wait at all)."""
    view = panel.view
    view.page().runJavaScript("window.__drawn = false; requestAnimationFrame(() => "
                              "requestAnimationFrame(() => { window.__drawn = true; }))", 0)
    qtbot.waitUntil(lambda: page_says(qtbot, view, "window.__drawn") is True, timeout=5000)
    shots = [panel.page_area.grab()]
    while len(shots) < 4 or not all(_looks_like(s, shots[-1]) for s in shots[-4:-1]):
        assert len(shots) < 200, "the preview's picture never held still for 150 ms"
        qtbot.wait(50)
        shots.append(panel.page_area.grab())
    return shots[-1]


def test_a_live_reload_of_a_scrolled_page_never_flashes_its_top(qtbot, make_panel,
                                                                tmp_path) -> None:
    """A file landing reloaded the page in place, and for a few hundred milliseconds the
    person saw its heading over a white page (its script had not built the list yet), then
    the list at its top, then their place again. What the preview shows during the reload
    is the page as it was, then the page as it is, at the same place: nothing between."""
    import time

    panel, ws, top = scrolled_site(qtbot, make_panel, tmp_path / "site", BUILT)
    before = frame_on_screen(qtbot, panel)  # the scrolled page, as the person sees it
    ws.write_file("styles.css", "p { margin: 16px; }\n")
    frames, started = [], time.monotonic()
    panel.file_landed("styles.css")
    while time.monotonic() - started < 1.0 or not panel.settled():
        frames.append(panel.page_area.grab())
        qtbot.wait(15)
        assert time.monotonic() - started < RUN_MS / 1000
    place_kept(qtbot, panel, top)
    after = frame_on_screen(qtbot, panel)
    assert not _looks_like(before, after)  # the new styles show
    odd = [i for i, f in enumerate(frames) if not (_looks_like(f, before)
                                                  or _looks_like(f, after))]
    if odd:  # what they showed, to look at
        for name, pix in [("before", before), ("after", after),
                          *((f"frame-{i}", frames[i]) for i in odd)]:
            pix.save(str(tmp_path / f"{name}.png"))
    assert not odd, (f"{len(odd)} of {len(frames)} frames were neither the page before nor "
                     f"after: {tmp_path}/frame-*.png")


def test_the_first_frame_shown_after_a_live_reload_is_the_page_at_its_place(
        qtbot, make_panel, tmp_path) -> None:
    """The CI failure of the test above: for one frame the reloaded page showed at its top
    before its place came back. The page had scrolled back and painted two frames, but the
    frame the view showed lagged behind Chromium's (at load 14-18, in 6 of 51 reloads the
    view still held the page's top when the held frame went). What the view shows at the
    moment the held frame goes is the page at its place, reload after reload."""
    panel, ws, top = scrolled_site(qtbot, make_panel, tmp_path / "site", BUILT)
    shown: list = []
    panel.page_shown.connect(lambda: shown.append(panel.page_area.grab()))
    odd = []
    for i in range(5):  # new styles each time, so each reload is seen to land
        ws.write_file("styles.css", f"p {{ margin: {(i % 2 + 1) * 8}px; }}\n")
        shown.clear()
        with qtbot.waitSignal(panel.page_shown, timeout=RUN_MS):
            panel.file_landed("styles.css")
        place_kept(qtbot, panel, top)
        after = frame_on_screen(qtbot, panel)
        odd += [(i, pix) for pix in shown if not _looks_like(pix, after)]
        if odd:
            after.save(str(tmp_path / f"after-{i}.png"))
    for n, (i, pix) in enumerate(odd):
        pix.save(str(tmp_path / f"shown-{i}-{n}.png"))
    assert not odd, f"{len(odd)} of 5 reloads showed another picture first: {tmp_path}"
