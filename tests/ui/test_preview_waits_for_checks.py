"""The Preview tab never starts a project's dev server while a run goes (walk4 #14): the run's
checks build the project (``next build``) in the folder ``next dev`` would use, two Next
processes on one .next broke the build ("PageNotFoundError /_document") and a paid fix round
began. The preview says it waits, and starts when the run has ended."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import httpx
from PySide6.QtCore import Qt

from devora_desktop.agents.events import CheckFinished, CheckStarted
from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.core.preview import PreviewServer
from devora_desktop.core.workspace import Workspace
from devora_desktop.ui.preview_panel import WAIT_FOR_CHECKS
from tests.agents.conftest import block, plan
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    make_window,
    script,
    type_prompt,
)
from tests.ui.test_preview_panel import make_panel  # noqa: F401  (a fixture)


class GatedCheck:
    """A build check that holds the run in its checks phase until ``release``."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.gate = threading.Event()

    async def __call__(self, request) -> list:
        request.emit(CheckStarted(check="npm-build", tool="npm", round=request.round))
        self.entered.set()
        await asyncio.to_thread(self.gate.wait, 30)
        request.emit(CheckFinished(check="npm-build", tool="npm", status="passed",
                                   round=request.round))
        return []


def fake_dev_server(tmp_path: Path, started: list[Workspace]):
    served = tmp_path / "served"
    Workspace(served).write_file("index.html", "<p>dev</p>")

    async def start(workspace: Workspace) -> PreviewServer:
        started.append(workspace)
        return PreviewServer(served)

    return start


def fullstack_script(fake_llm) -> None:
    """The fake model writes a small full-stack app: its package.json makes its preview its
    dev server (without one the preview says there is no page to show and starts nothing:
    8edd534)."""
    script(fake_llm)
    fake_llm.set("architect", plan(("app/page.tsx", "frontend"),
                                   ("app/api/tasks/route.ts", "backend"),
                                   ("package.json", "backend")))
    fake_llm.set("backend", block("app/api/tasks/route.ts", "export async function GET() "
                                  "{ return Response.json([]); }")
                 + block("package.json", '{"scripts": {"dev": "next dev"}}'))


def test_preview_clicked_during_the_checks_waits_for_them(configured, qtbot, aloop,
                                                          fake_llm, tmp_path,
                                                          monkeypatch) -> None:
    check = GatedCheck()
    # the window's runs get the project's checks (agents/launch.py): this one instead
    monkeypatch.setattr("devora_desktop.agents.launch.ProjectChecks", lambda *a, **k: check)
    w = make_window(configured, qtbot, EngineOptions(shard_tokens=None))
    preview = w.center.preview
    started: list[Workspace] = []
    preview.dev_server = fake_dev_server(tmp_path, started)
    preview.consent = lambda _ws: True  # a standing yes: it would start at once
    fullstack_script(fake_llm)
    type_prompt(qtbot, w, "a task app")
    click(qtbot, w.chat.run_button)
    try:
        qtbot.waitUntil(check.entered.is_set, timeout=RUN_MS)
        tabs = w.center.tabs
        bar = tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                         pos=bar.tabRect(tabs.indexOf(preview)).center())
        assert tabs.currentWidget() is preview
        qtbot.waitUntil(lambda: WAIT_FOR_CHECKS in preview.message.text())
        qtbot.wait(200)
        assert started == [] and preview.url is None  # no `next dev` beside `next build`
        assert not preview.start_button.isVisible()
    finally:
        check.gate.set()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        pass
    qtbot.waitUntil(lambda: preview.url is not None, timeout=10000)
    assert [ws.root for ws in started] == [w.ctx.store.workspace(w.current.id).root]


def test_a_running_dev_server_stops_when_a_run_starts(qtbot, make_panel,  # noqa: F811
                                                      tmp_path) -> None:
    ws = Workspace(tmp_path / "next")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    ws.write_file("app/page.tsx", "export default function Page() { return null; }")
    started: list[Workspace] = []
    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent = fake_dev_server(tmp_path, started), (lambda _ws: True)
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.show_project(ws)
    first = panel.url
    assert first is not None and httpx.get(first, timeout=5).text == "<p>dev</p>"

    panel.run_started(web=False)  # as the window does when a full-stack run begins
    assert panel.url is None and WAIT_FOR_CHECKS in panel.message.text()
    try:
        httpx.get(first, timeout=2)
        raise AssertionError("the dev server still runs beside the run's build")
    except httpx.ConnectError:
        pass
    panel.start_button.click()  # a Start from before the run changes nothing
    assert len(started) == 1 and panel.url is None

    panel.run_ended()
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.on_run_finished("finished")
    assert len(started) == 2 and panel.url is not None


def test_another_projects_preview_does_not_wait(qtbot, make_panel, tmp_path) -> None:  # noqa: F811
    """Only the running run's project shares a folder with its build."""
    def next_project(name: str) -> Workspace:
        ws = Workspace(tmp_path / name)
        ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
        ws.write_file("app/page.tsx", "export default function Page() { return null; }")
        return ws

    building, other = next_project("building"), next_project("other")
    started: list[Workspace] = []
    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent = fake_dev_server(tmp_path, started), (lambda _ws: True)
    panel.run_started(web=False)
    panel.run_project(building.root)
    panel.show_project(building)
    assert WAIT_FOR_CHECKS in panel.message.text() and started == []
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.show_project(other)
    assert started == [other] and panel.url is not None
