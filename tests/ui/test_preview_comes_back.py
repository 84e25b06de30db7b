"""Coming back to a full-stack project shows its page at once (walk9 #3): its dev server kept
running while another project was shown, instead of "Starting the dev server… (npm install,
then npm run dev…)" and "Compiling /" again for 40 s and more. Driven as a person does:
clicks in the project list; the dev server is a stand-in (no npm here) that counts starts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt

from devora_desktop.core.models import Mode
from devora_desktop.core.preview import PreviewServer
from devora_desktop.core.workspace import Workspace
from devora_desktop.ui.preview_panel import WAIT_FOR_CHECKS
from tests.ui.drive import show_tab
from tests.ui.test_main_window import click_item, make_window
from tests.ui.test_preview_panel import make_panel  # noqa: F401  (a fixture)

NAMES = ("Task Garden", "Recipe Box", "Bike Log", "Book Club")


class FakeDevServer(PreviewServer):
    """Answers like a project's ``npm run dev`` (a page, its log's errors, running until
    stopped) without npm."""

    def __init__(self, root: Path, project: Path) -> None:
        super().__init__(root)
        self.project = project
        self.running = True
        self.on_line = print

    def errors(self) -> list[str]:
        return []

    def stop(self) -> None:
        self.running = False
        super().stop()


def fake_dev_servers(tmp_path: Path, started: list[FakeDevServer]):
    async def start(workspace: Workspace) -> FakeDevServer:
        page = tmp_path / "pages" / workspace.root.name
        Workspace(page).write_file("index.html", f"<h1>{workspace.root.name}</h1>")
        server = FakeDevServer(page, workspace.root)
        started.append(server)
        return server

    return start


def fullstack(ws: Workspace) -> None:
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    ws.write_file("app/page.tsx", "export default function Page() { return null; }")


@pytest.fixture
def two(ctx) -> list[str]:
    ids = []
    for name in NAMES[:2]:
        p = ctx.store.projects.create(name, mode=Mode.FULLSTACK)
        fullstack(ctx.store.workspace(p.id))
        ids.append(p.id)
    settings = ctx.settings.model_copy(deep=True)
    settings.run_checks = "always"  # the preview starts its dev server without asking
    ctx.save_settings(settings)
    return ids


def open_project(qtbot, w, name: str) -> None:
    item = w.projects.list.findItems(name, Qt.MatchFlag.MatchStartsWith)[0]
    click_item(qtbot, w.projects.list, item)
    qtbot.waitUntil(lambda: w.current.id is not None and
                    w.ctx.store.projects.get(w.current.id).name == name)


def serves(server: FakeDevServer) -> bool:
    try:
        return httpx.get(server.url, timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def both_started(ctx, qtbot, tmp_path: Path):
    """The window with Task Garden's dev server started, then Recipe Box's shown: the
    garden's is kept. Returns the window and the fake dev servers in the order they began."""
    w = make_window(ctx, qtbot)
    preview = w.center.preview
    started: list[FakeDevServer] = []
    preview.dev_server = fake_dev_servers(tmp_path, started)
    open_project(qtbot, w, "Task Garden")
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(lambda: len(started) == 1 and preview.url is not None, timeout=10000)
    open_project(qtbot, w, "Recipe Box")
    qtbot.waitUntil(lambda: len(started) == 2 and preview.url == started[1].url,
                    timeout=10000)
    return w, started


def test_switching_away_and_back_keeps_the_dev_server(ctx, qtbot, aloop, two,
                                                      tmp_path: Path) -> None:
    w = make_window(ctx, qtbot)
    preview = w.center.preview
    started: list[FakeDevServer] = []
    preview.dev_server = fake_dev_servers(tmp_path, started)
    open_project(qtbot, w, "Task Garden")
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(lambda: len(started) == 1 and preview.url == started[0].url,
                    timeout=10000)
    garden = started[0]

    open_project(qtbot, w, "Recipe Box")
    qtbot.waitUntil(lambda: len(started) == 2 and preview.url == started[1].url,
                    timeout=10000)
    assert garden.running and serves(garden)  # kept for coming back, not stopped

    open_project(qtbot, w, "Task Garden")
    qtbot.waitUntil(lambda: preview.url == garden.url, timeout=10000)
    assert len(started) == 2  # no new dev server: the one left is shown again
    assert not preview.log.isVisible() and "Starting the dev server" not in \
        preview.message.text()
    if preview.embedded:
        qtbot.waitUntil(lambda: preview.view is not None and
                        preview.page_area.currentWidget() is preview.view, timeout=20000)

    # its package.json changed meanwhile (new dependencies): it starts again, once
    open_project(qtbot, w, "Recipe Box")
    qtbot.waitUntil(lambda: preview.url == started[1].url, timeout=10000)
    assert len(started) == 2
    Workspace(garden.project).write_file("package.json", '{"scripts": {"dev": "next dev"}, '
                                         '"dependencies": {"zod": "^3.23.0"}}')
    open_project(qtbot, w, "Task Garden")
    qtbot.waitUntil(lambda: len(started) == 3 and preview.url == started[2].url,
                    timeout=10000)
    assert not garden.running and started[2].project == garden.project

    quitting = asyncio.ensure_future(w.shutdown())  # as the app does once the window closed
    qtbot.waitUntil(quitting.done, timeout=10000)
    assert not any(s.running for s in started)  # every dev server stops, kept or shown


def test_at_most_two_wait_and_a_run_stops_its_projects(qtbot, make_panel,  # noqa: F811
                                                       tmp_path: Path) -> None:
    """The least recently left stops when a fourth project is shown; a run on a project
    whose server waits stops it (its build and `next dev` can't share .next)."""
    started: list[FakeDevServer] = []
    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent = fake_dev_servers(tmp_path, started), (lambda _ws: True)
    projects = []
    for name in NAMES:
        ws = Workspace(tmp_path / name.replace(" ", "-").lower())
        fullstack(ws)
        projects.append(ws)
        with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
            panel.show_project(ws)
    assert [s.running for s in started] == [False, True, True, True]

    panel.run_started(web=False)  # the fourth, shown, stops at once (as before)
    panel.run_project(projects[1].root)  # the run's project: the second's stops too
    assert [s.running for s in started] == [False, False, True, False]
    panel.show_project(projects[1])
    assert WAIT_FOR_CHECKS in panel.message.text() and len(started) == 4

    panel.show_project(projects[2])  # the third's waited: shown again, not started
    assert panel.url == started[2].url and len(started) == 4


def test_a_start_left_under_way_goes_on_and_is_there_when_its_project_is_back(
        qtbot, make_panel, tmp_path: Path) -> None:  # noqa: F811
    """`npm install` can take minutes: looking at another project meanwhile neither throws
    it away nor mixes its output into the other project's."""
    started: list[FakeDevServer] = []
    gates: dict[str, asyncio.Event] = {}
    panel = make_panel(use_webengine=False)
    make = fake_dev_servers(tmp_path, started)

    calls: list[str] = []

    async def slow(workspace: Workspace) -> FakeDevServer:
        calls.append(workspace.root.name)
        gate = gates.setdefault(workspace.root.name, asyncio.Event())
        panel.on_server_line(f"$ npm install ({workspace.root.name})", workspace.root)
        await gate.wait()
        return await make(workspace)

    panel.dev_server, panel.consent = slow, (lambda _ws: True)
    a, b, c = (Workspace(tmp_path / n) for n in ("garden", "recipes", "bikes"))
    for ws in (a, b, c):
        fullstack(ws)
    panel.show_project(a)
    qtbot.waitUntil(lambda: "garden" in gates)
    assert "Starting the dev server" in panel.message.text()

    panel.show_project(b)  # while the garden's still installs
    qtbot.waitUntil(lambda: "recipes" in gates)
    assert panel.log.toPlainText() == "$ npm install (recipes)"  # its own output only
    gates["garden"].set()
    qtbot.waitUntil(lambda: len(started) == 1)
    assert started[0].project == a.root and started[0].running  # kept, not stopped
    assert panel.url is None and "Starting the dev server" in panel.message.text()

    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda busy: not busy):
        gates["recipes"].set()
    panel.show_project(a)  # its server answered while away: shown at once
    assert panel.url == started[0].url and len(started) == 2

    panel.show_project(c)  # left mid-start, then back while it still starts
    qtbot.waitUntil(lambda: "bikes" in gates)
    panel.show_project(b)
    assert panel.url == started[1].url
    panel.show_project(c)
    assert "Starting the dev server" in panel.message.text()
    assert panel.log.toPlainText() == "$ npm install (bikes)"  # its output so far, again
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda busy: not busy):
        gates["bikes"].set()
    assert panel.url == started[2].url and started[2].project == c.root
    assert calls == ["garden", "recipes", "bikes"]  # one start each, none again

    panel.shutdown()
    assert not any(s.running for s in started)


def test_deleting_a_project_stops_its_kept_dev_server(ctx, qtbot, aloop, two,
                                                      tmp_path: Path) -> None:
    """Its folder goes to the trash: nothing of it may go on running, kept or shown."""
    from tests.ui.drive import answer
    from tests.ui.test_project_verbs import _choose, _context_menu

    w, started = both_started(ctx, qtbot, tmp_path)
    preview = w.center.preview
    garden, recipes = started

    # the context menu's project is the current one: the garden's kept server comes back
    # (no new start), then goes with its project; the recipes' waits, nothing is shown
    _choose(qtbot, _context_menu(qtbot, w, "Task Garden"), "Delete…")
    answer(qtbot, w, "Delete")
    qtbot.waitUntil(lambda: w.projects.names() == ["Recipe Box"])
    assert len(started) == 2 and not garden.running and recipes.running

    _choose(qtbot, _context_menu(qtbot, w, "Recipe Box"), "Delete…")
    answer(qtbot, w, "Delete")
    qtbot.waitUntil(lambda: w.projects.names() == [])
    assert len(started) == 2 and not recipes.running and len(preview.pool) == 0


def test_a_run_ending_elsewhere_never_restarts_the_shown_projects_dev_server(
        qtbot, make_panel, tmp_path: Path) -> None:  # noqa: F811
    """Another project's run ended while this one's preview was behind the Code tab: its
    running dev server is reloaded in place when looked at, not started again; one whose
    package.json changed is."""
    started: list[FakeDevServer] = []
    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent = fake_dev_servers(tmp_path, started), (lambda _ws: True)
    ws = Workspace(tmp_path / "garden")
    fullstack(ws)
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.show_project(ws)
    panel.hide()  # the Code tab in front
    panel.on_run_finished("finished")  # as the window does at any run's end
    panel.show()
    qtbot.wait(50)
    assert len(started) == 1 and started[0].running and panel.url == started[0].url

    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}, "dependencies": '
                                  '{"zod": "^3.23.0"}}')  # a Restore brought this back
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.reload()
    assert len(started) == 2 and not started[0].running and panel.url == started[1].url


def test_turning_running_code_off_stops_every_dev_server(ctx, qtbot, aloop, two,
                                                        tmp_path: Path) -> None:
    """Settings › Runs › Never: no project's code goes on running, kept or shown."""
    from tests.ui.drive import set_run_checks

    w, started = both_started(ctx, qtbot, tmp_path)
    preview = w.center.preview
    set_run_checks(qtbot, w, "Never")
    assert not any(s.running for s in started) and len(preview.pool) == 0
    assert "Running this project's code is off" in preview.message.text()
    open_project(qtbot, w, "Task Garden")
    assert len(started) == 2 and preview.url is None


def test_another_project_opened_during_a_web_run_is_previewed_as_always(
        qtbot, make_panel, tmp_path: Path) -> None:  # noqa: F811
    """Projects open while a run goes on: a full-stack one opened during another project's
    web run gets its dev server, not the web run's 'appears as the agents write it'."""
    started: list[FakeDevServer] = []
    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent = fake_dev_servers(tmp_path, started), (lambda _ws: True)
    site, garden = Workspace(tmp_path / "site"), Workspace(tmp_path / "garden")
    site.root.mkdir(parents=True)
    fullstack(garden)
    panel.run_started(web=True)
    panel.run_project(site.root)
    panel.show_project(site)
    assert "as soon as the agents write the first page" in panel.message.text()
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.show_project(garden)
    assert len(started) == 1 and panel.url == started[0].url
