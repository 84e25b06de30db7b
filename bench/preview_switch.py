"""Coming back to a full-stack project: how soon its page is on screen again (walk9 #3).

The real window (offscreen, QtWebEngine) with two full-stack projects whose dev script is a
small Node server (no packages to install, nothing to compile), started by core.devserver in
the sandbox as the app starts any dev server. The Preview tab is in front; the bench chooses
one project, then the other, back and forth, and times each choice to the Preview's own
``painted`` signal (a page with content on screen):

- first start: a project's dev server starts, its page comes on screen;
- back: a project chosen again after the other one was looked at (target <= 1000 ms: its
  dev server kept running, so only the page loads);
- dev servers started over the whole bench (target: one per project).

A real Next.js project's first start adds ``npm install`` and the first compile (40 s to
minutes on two busy cores): what coming back no longer pays. Before the preview pool, "back"
was a first start every time.
Run: .venv/bin/python bench/preview_switch.py [switches]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time

from _qt import print_table, qt_loop, temp_home  # type: ignore[import-not-found]

SERVER = """
const started = new Date().toISOString();
require("http").createServer((req, res) => {
  res.setHeader("Content-Type", "text/html");
  res.end(`<!doctype html><h1>${process.env.npm_package_name}</h1>
<p>One dev server, started ${started}.</p>`);
}).listen(Number(process.env.PORT), process.env.HOST, () => console.log("ready"));
"""
WAIT_S = 120  # for one page on screen


def measure(switches: int, rows: list[tuple[str, str, str]], notes: list[str]) -> None:
    temp_home()
    from devora_desktop.ui.webengine import prepare_webengine, webengine_available

    if not webengine_available():
        raise RuntimeError("QtWebEngine is not installed (the preview extra)")
    prepare_webengine()
    _app, loop = qt_loop()
    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.models import Mode
    from devora_desktop.ui.main_window import MainWindow

    ctx = AppContext.open()
    settings = ctx.settings.model_copy(deep=True)
    settings.run_checks = "always"  # the dev server starts without a question
    ctx.save_settings(settings)
    ids = []
    for name in ("garden", "recipes"):
        project = ctx.store.projects.create(name.title(), mode=Mode.FULLSTACK)
        ws = ctx.store.workspace(project.id)
        ws.write_file("package.json", json.dumps({"name": name,
                                                  "scripts": {"dev": "node server.js"}}))
        ws.write_file("server.js", SERVER)
        ws.commit("v1")
        ids.append(project.id)
    window = MainWindow(ctx, EngineOptions())
    window.resize(1400, 900)
    window.show()
    preview = window.center.preview
    starts: list[str] = []
    factory = preview.dev_server
    assert factory is not None

    async def counted(workspace):
        starts.append(ctx.store.projects.get(workspace.root.name).name)
        return await factory(workspace)

    preview.dev_server = counted
    first: list[float] = []
    back: list[float] = []

    async def choose(project_id: str) -> float | None:
        painted: list[float] = []
        settled: list[bool] = []
        links = ((preview.painted, lambda: painted.append(time.perf_counter())),
                 (preview.busy_changed, lambda busy: settled.append(not busy)))
        for signal, slot in links:
            signal.connect(slot)
        try:
            t0 = time.perf_counter()
            window.current.set(project_id)
            window.center.show_preview()
            while not painted and time.perf_counter() - t0 < WAIT_S:
                if settled and settled[-1] and preview.url is None:
                    return None  # the start failed: its reason is on screen
                await asyncio.sleep(0.005)
            return (painted[0] - t0) * 1000 if painted else None
        finally:
            for signal, slot in links:
                signal.disconnect(slot)

    async def all_switches() -> None:
        for i in range(switches + 2):
            project_id = ids[i % 2]
            ms = await choose(project_id)
            if ms is None:
                notes.append(f"choice {i + 1}: no page on screen "
                             f"({preview.message.text()[:160]})")
                return
            (first if i < 2 else back).append(ms)

    try:
        loop.run_until_complete(all_switches())
    except Exception as exc:
        notes.append(f"stopped: {type(exc).__name__}: {exc}"[:300])
    finally:
        if first:
            rows.append(("first start, choice to page on screen",
                         " / ".join(f"{ms:.0f} ms" for ms in first), ""))
        if back:
            rows.append((f"back to a project, p50 / max ({len(back)} choices)",
                         f"{statistics.median(back):.0f} / {max(back):.0f} ms", "<= 1000 ms"))
        rows.append(("dev servers started", f"{len(starts)} ({', '.join(starts)})",
                     "one per project"))
        report(rows, notes)
        try:
            loop.run_until_complete(asyncio.wait_for(window.shutdown(), 30))
            loop.run_until_complete(asyncio.sleep(0.5))  # the servers' output readers end
        except Exception as exc:
            print(f"(the window's shutdown failed: {type(exc).__name__}: {exc})", flush=True)
        ctx.close()
        loop.close()


LOAD_AT_START = os.getloadavg()[0]


def report(rows: list[tuple[str, str, str]], notes: list[str]) -> None:
    print_table(rows or [("could not measure", "; ".join(notes) or "nothing ran", "")])
    for note in notes:
        print(f"- {note}")
    print(f"- load average (1 min) at start / end: {LOAD_AT_START:.1f} / "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)


def main() -> None:
    switches = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    rows: list[tuple[str, str, str]] = []
    notes: list[str] = []
    try:
        measure(switches, rows, notes)
    except Exception as exc:
        notes.append(f"{type(exc).__name__}: {exc}"[:300])
        report(rows, notes)
    if not rows:
        sys.exit(1)


if __name__ == "__main__":
    main()
