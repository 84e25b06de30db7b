"""Closing the window mid-run: from ``close()`` to the window gone (its ``closed`` signal),
while the Frontend streams a file. The window says "Stopping the run…" meanwhile, stops the
run, waits for its rollback (bounded by run_controller.CLOSE_TIMEOUT) and stops the engine's
thread. Target: under a second (tests/ui/test_window_basics.py checks what happens, this
times it: a timing assert there failed on a busy machine, not on a slow close).
Run: .venv/bin/python bench/close.py [times]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

from _qt import print_table, qt_loop, temp_home, use_fake_model  # type: ignore[import-not-found]


def main() -> None:
    times = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    temp_home()
    from devora_desktop.ui.webengine import prepare_webengine

    prepare_webengine()
    _app, loop = qt_loop()
    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.core.context import AppContext
    from devora_desktop.ui.main_window import MainWindow
    from tests.agents.conftest import APPROVE, block, plan
    from tests.conftest import install_pro_license
    from tests.fakes.llm_server import FakeLLM

    fake = FakeLLM().start()
    fake.set("architect", plan(("app/page.tsx", "frontend"),
                               ("app/api/tasks/route.ts", "backend")))
    fake.set("frontend", {"text": block("app/page.tsx", "slow " * 4000), "latency": 0.01})
    fake.set("backend", block("app/api/tasks/route.ts", "export async function GET() "
                              "{ return Response.json([]); }"))
    fake.set("reviewer", APPROVE)
    ctx = AppContext.open()
    install_pro_license(ctx)
    use_fake_model(ctx, fake.url)

    async def one() -> tuple[float, bool]:
        window = MainWindow(ctx, EngineOptions())
        window.resize(1400, 900)
        window.show()
        await window.controller.warm_up()
        closed: list[float] = []
        window.closed.connect(lambda: closed.append(time.perf_counter()))
        window.chat.prompt.setPlainText("a slow app")
        window.chat.modes.button(2).setChecked(True)
        window.chat.run_button.click()
        while "frontend" not in window.controller.progress.agents or \
                window.controller.progress.agents["frontend"].state != "streaming":
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)  # well into the file
        start = time.perf_counter()
        window.close()
        said = "Stopping the run" in window.statusBar().currentMessage()
        while not closed:
            await asyncio.sleep(0.005)
        stopped = not window.controller.running and said
        window.deleteLater()
        return closed[0] - start, stopped

    results = [loop.run_until_complete(one()) for _ in range(times)]
    loop.close()  # stops qasync's executor thread
    fake.stop()
    ctx.close()
    secs = sorted(r[0] * 1000 for r in results)
    print_table([
        ("load average (1 min)", f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", ""),
        ("closes mid-run (each said 'Stopping the run' and stopped it)",
         f"{len(results)} ({sum(r[1] for r in results)} did)", ""),
        ("close() to window gone, median / max", f"{statistics.median(secs):.0f} / "
                                                  f"{secs[-1]:.0f} ms", "<= 1000 ms"),
    ])


if __name__ == "__main__":
    main()
