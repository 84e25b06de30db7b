"""Consent taken back while the dev server starts (attack14): a full-stack run's end now
starts it by itself on the Preview, and npm install can take a minute, so a person who
turns Settings › Runs › Run checks on generated code to Never meanwhile must not see it
come up anyway (the start went on and served the page: only servers already up stopped)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from devora_desktop.core.workspace import Workspace
from tests.ui.drive import set_run_checks, show_tab
from tests.ui.test_main_window import make_window
from tests.ui.test_preview_comes_back import (  # noqa: F401  (a fixture)
    FakeDevServer,
    open_project,
    two,
)


def test_turning_running_code_off_during_a_start_stops_it(ctx, qtbot, aloop, two,  # noqa: F811
                                                          tmp_path: Path) -> None:
    w = make_window(ctx, qtbot)
    preview = w.center.preview
    begun, release = asyncio.Event(), asyncio.Event()
    started: list[FakeDevServer] = []

    async def slow_start(workspace: Workspace) -> FakeDevServer:  # npm install, say
        begun.set()
        await release.wait()
        page = tmp_path / "pages" / workspace.root.name
        Workspace(page).write_file("index.html", "<h1>up</h1>")
        server = FakeDevServer(page, workspace.root)
        started.append(server)
        return server

    preview.dev_server = slow_start
    open_project(qtbot, w, "Task Garden")
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(begun.is_set, timeout=10000)
    assert "Starting the dev server" in preview.message.text()

    set_run_checks(qtbot, w, "Never")
    release.set()
    qtbot.wait(300)
    assert not any(s.running for s in started) and preview.url is None
    assert "Running this project's code is off" in preview.message.text()


def test_a_project_whose_code_the_person_refused_says_so_not_settings(
        ctx, qtbot, aloop, two, tmp_path: Path) -> None:  # noqa: F811
    """'No' to a run's checks is remembered for the project: its Preview said "Running this
    project's code is off (Settings › Runs …)" while Settings read Ask, a way forward that
    is not there. It says whose answer it was, and nothing starts."""
    settings = ctx.settings.model_copy(deep=True)
    settings.run_checks = "ask"
    ctx.save_settings(settings)
    garden = ctx.store.projects.get(two[0])
    garden.checks_allowed = False  # the run's question, answered No
    ctx.store.projects.save(garden)
    w = make_window(ctx, qtbot)
    preview = w.center.preview

    async def start(workspace: Workspace) -> FakeDevServer:
        raise AssertionError("a refused project's dev server must not start")

    preview.dev_server = start
    open_project(qtbot, w, "Task Garden")
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(lambda: "no live preview" in preview.message.text(), timeout=10000)
    text = preview.message.text()
    assert "You chose not to run this project's code" in text, text
    assert not preview.start_button.isVisible()
