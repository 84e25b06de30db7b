"""A dev-server preview asked to start twice in one moment (the run's end, a Save of Connect
Supabase, the project list refreshing) must end up started: the second start cancelled the
first one's task and then returned at once because that task was not done YET, so nothing
ran and the Preview stayed on "Starting the dev server…" (a likely cause of walk7 #14)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from devora_desktop.core.preview import PreviewServer
from devora_desktop.core.workspace import Workspace
from tests.ui.test_preview_panel import make_panel  # noqa: F401  (a fixture)


def starts_pending() -> list[asyncio.Task]:
    """The panel's dev-server starts not finished yet (cancelled ones included)."""
    return [t for t in asyncio.all_tasks() if not t.done()
            and t.get_coro().__qualname__.endswith("._start_dev_server")]


def test_a_second_start_in_the_same_moment_still_starts_the_server(
        qtbot, make_panel, tmp_path: Path) -> None:  # noqa: F811
    ws = Workspace(tmp_path / "next")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    ws.write_file("app/page.tsx", "export default function Page() { return null; }")
    served = tmp_path / "served"
    Workspace(served).write_file("index.html", "<p>dev</p>")
    calls: list[str] = []

    async def start(_workspace: Workspace) -> PreviewServer:
        calls.append("start")
        await asyncio.sleep(0.2)  # npm install, next dev: a start takes a while
        return PreviewServer(served)

    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent = start, (lambda _ws: True)
    panel.show_project(ws)
    panel.restart_dev_server(ws.root)  # .env.local saved, in the same moment
    qtbot.waitUntil(lambda: panel.url is not None, timeout=5000)
    assert "Starting the dev server" not in panel.message.text()
    # the cancelled first start settles without undoing the second: wait until no start
    # of the panel's is left pending (the first one's cancellation has run)
    qtbot.waitUntil(lambda: not starts_pending(), timeout=5000)
    assert panel.url is not None and panel.source is not None
