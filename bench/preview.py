"""The live preview during a web run: how early the page shows, and how fast it follows.

The real window (offscreen, QtWebEngine) runs a web project with the fake model streaming
500 tokens/s per connection: the Architect plans 9 files, three Frontend workers write three
each, in parallel. Measured from the window's own signals:

- first paint / run end: when a page with a non-empty body is on screen, as a share of the
  run's duration (target <= 0.8: people watch the app appear, not a README);
- reload after a file lands: from a ``file_written`` event to the first page on screen
  that was loaded by a load started after it, so carries the file ("on screen": the panel
  holds the last frame until the new page is ready, ui/held_frame.py), and to the end of
  that load ("loaded"); the reload is debounced by RELOAD_MS, 80 ms, so files landing
  together make one; a load already under way when the file landed does not count;
  p50 / p95 (target <= 300 ms).

Every run of it prints its table, or one row saying why it could not measure: a run that
ends wrong or shows no page is a note under the table, the table is printed before the
window shuts down, and the machine's load is the last line (the numbers move with it).

The fake model runs in a process of its own, as a real provider is elsewhere (in this one its
streaming threads took the GIL from the window and from the preview's server), and the
interpreter is tuned as the app tunes it after start-up (ui/loop.tune_interpreter). Beside
the wall clock, each run's CPU time: the Qt thread's, the whole app process's (the engine,
the preview's server and Chromium's browser threads are in it) and QtWebEngine's own
processes' (the page's renderer): on a busy machine the wall clock is mostly the wait for a
core, the CPU time is what the window costs.
``--panel [landings]``: the preview panel alone, no run: the bakery site's files land on a
fixed, seeded schedule (30-450 ms apart), each followed by file_landed as the window calls it.
Without the agents' streams in the process, what a reload itself costs shows: landed -> on
screen p50 / p95, the readiness polls per load and each load's CPU time (Qt thread / app
process / QtWebEngine's processes).
Each landing reloads the page there (``--paced``: after a burst, once a second, as a long
run's files do: preview_panel.ReloadBudget).
Run: .venv/bin/python bench/preview.py [runs]
     .venv/bin/python bench/preview.py --panel [landings] [seed] [--paced]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time

from _qt import (  # type: ignore[import-not-found]
    children_cpu,
    cpu_seconds,
    print_table,
    qt_loop,
    temp_home,
    use_fake_model,
)

RATE = 500
PAGES = {f"section{i}.html": f"<h2>Section {i}</h2>" + "<p>Fresh bread daily.</p>" * 30
         for i in range(2)}
FILES = {"index.html": "<!doctype html><link rel=stylesheet href=styles.css><h1>Crumb</h1>"
                       + "".join(f"<p>Loaf {i}: sourdough, rye, spelt.</p>" for i in range(60))
                       + "<script src=app.js></script>",
         **PAGES,
         "styles.css": "p { margin: 6px 0; color: #333; }\n" * 40,
         "app.js": "document.querySelectorAll('p').forEach(p => p.dataset.seen = '1');\n" * 30,
         "menu.css": "h2 { font-size: 20px; }\n" * 40,
         "menu.js": "const menu = [1, 2, 3].map(n => n * 2);\n" * 40,
         "about.html": "<h2>About</h2>" + "<p>Since 1998.</p>" * 40,
         "contact.html": "<h2>Contact</h2>" + "<p>Call us.</p>" * 40}


def script(fake) -> None:
    import json

    from tests.agents.conftest import APPROVE, block
    from tests.agents.test_build_step import asked_files

    fake.set("architect", "Plan:\n```json\n" + json.dumps({
        "name": "Crumb", "summary": "a bakery site", "template": "custom",
        "files": [{"path": p, "owner": "frontend", "purpose": "page"} for p in FILES]})
        + "\n```")
    fake.set("frontend", lambda request: {
        "text": "".join(block(p, FILES[p]) for p in asked_files(request))})
    fake.set("reviewer", APPROVE)


def serve_model() -> None:
    """The fake model, scripted for the bakery site, until stdin closes (``--serve-model``:
    run by :class:`ModelProcess`)."""
    from tests.fakes.llm_server import FakeLLM

    fake = FakeLLM(tokens_per_second=RATE).start()
    script(fake)
    print(fake.url, flush=True)
    sys.stdin.read()
    fake.stop()


class ModelProcess:
    """:func:`serve_model` in a child process: its streams do not share the window's GIL."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve-model"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        if not self.url:
            raise RuntimeError("the fake model's process did not start")

    def stop(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


#: a run that has not ended by then is reported as such; a first paint is waited for this
#: long after the run's end (under load it came 1.8 s after index.html was written)
RUN_S = 180
PAINT_AFTER_END_S = 15


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * share + 0.999) - 1)]


class Run:
    """What one run measured, from the window's own signals."""

    def __init__(self, started: float) -> None:
        self.start = started
        self.end: float | None = None
        self.page: float | None = None  # index.html written
        self.paint: float | None = None  # the first page with content on screen
        self.body = -1  # characters of text in the page first shown
        self.landed_loaded: list[float] = []  # files that landed after the first paint,
        self.landed_shown: list[float] = []  # not yet carried by a load / a page shown
        self.starts: list[float] = []  # when each load of the preview's view began
        self.finished_start = 0.0  # the start of the last load that ended ok
        self.loaded_ms: list[float] = []  # file lands -> a load carrying it has ended
        self.shown_ms: list[float] = []  # file lands -> a page carrying it is on screen
        self.outcome = ""
        self.cpu_qt = self.cpu_app = self.cpu_web = 0.0  # seconds of CPU over the run
        self.cpu_relay = 0.0  # the stream relay's process (core/llm/relay.py)


def measure(runs: int, rows: list[tuple[str, str, str]], notes: list[str]) -> list[Run]:
    """Run ``runs`` web runs in the real window; what could not be measured goes to
    ``notes`` (one line each) instead of ending the benchmark without its table."""
    temp_home()
    from devora_desktop.ui.webengine import prepare_webengine, webengine_available

    if not webengine_available():
        raise RuntimeError("QtWebEngine is not installed (the preview extra)")
    prepare_webengine()  # as the app does, before the QApplication
    _app, loop = qt_loop()
    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.core.context import AppContext
    from devora_desktop.ui.loop import tune_interpreter
    from devora_desktop.ui.main_window import MainWindow

    fake = ModelProcess()
    ctx = AppContext.open()
    # the consent question would stop the run: not what is measured
    use_fake_model(ctx, fake.url, run_checks="never")
    window = MainWindow(ctx, EngineOptions(shard_files=3, shard_tokens=100_000))
    window.resize(1400, 900)
    window.show()
    collector = tune_interpreter()  # as the app does after start-up
    window.controller.warmed.connect(collector.settle)
    preview = window.center.preview
    done: list[Run] = []

    async def one_run() -> Run:
        run = Run(time.perf_counter())
        ended: list[str] = []

        def on_written(_agent: str, path: str, _change: str) -> None:
            now = time.perf_counter()
            if run.paint is not None:
                run.landed_loaded.append(now)
                run.landed_shown.append(now)
            elif path == "index.html" and run.page is None:
                run.page = now

        def on_running(running: bool) -> None:  # a new run model at each start
            if running:
                window.controller.progress.file_written.connect(on_written)

        def on_load_started() -> None:
            run.starts.append(time.perf_counter())

        def on_loaded(ok: bool) -> None:
            now = time.perf_counter()
            if ok and run.starts:
                run.finished_start = run.starts[-1]
                carried = [t for t in run.landed_loaded if t <= run.finished_start]
                run.loaded_ms.extend((now - t) * 1000 for t in carried)
                run.landed_loaded[:] = [t for t in run.landed_loaded if t > run.finished_start]

        def on_shown() -> None:
            now = time.perf_counter()
            if run.paint is None:
                run.paint = now
                preview.view.loadStarted.connect(on_load_started)
                preview.view.page().runJavaScript(
                    "document.body.innerText.trim().length", 1,
                    lambda n: setattr(run, "body", int(n or 0)))
                return
            carried = [t for t in run.landed_shown if t <= run.finished_start]
            run.shown_ms.extend((now - t) * 1000 for t in carried)
            run.landed_shown[:] = [t for t in run.landed_shown if t > run.finished_start]

        links = ((window.controller.running_changed, on_running), (preview.loaded, on_loaded),
                 (preview.page_shown, on_shown), (window.run_finished, ended.append))
        for sig, slot in links:
            sig.connect(slot)
        try:
            window.project_view._on_new_project()  # File › New project, as Ctrl+N does
            window.chat.modes.button(1).setChecked(True)  # web
            window.chat.prompt.setPlainText("a site for a bakery called Crumb")
            from devora_desktop.core.llm import relay

            relay_pid = relay.shared()._proc.pid if relay.shared().running() else 0
            cpu = (time.thread_time(), time.process_time(),
                   children_cpu((fake.proc.pid, relay_pid)), cpu_seconds(relay_pid))
            run.start = time.perf_counter()
            window.chat.run_button.click()
            while not ended and time.perf_counter() - run.start < RUN_S:
                await asyncio.sleep(0.01)
            if not ended:
                run.outcome = f"not ended after {RUN_S} s"
                return run
            run.end, run.outcome = time.perf_counter(), ended[0]
            run.cpu_qt, run.cpu_app, run.cpu_web, run.cpu_relay = (
                time.thread_time() - cpu[0], time.process_time() - cpu[1],
                children_cpu((fake.proc.pid, relay_pid)) - cpu[2],
                cpu_seconds(relay_pid) - cpu[3])
            # the first paint may come after the run's end on a busy machine; and the
            # reload the last file asked for
            while (run.paint is None or run.body < 0 or not preview.settled()) and \
                    time.perf_counter() - run.end < PAINT_AFTER_END_S:
                await asyncio.sleep(0.01)
            return run
        finally:
            for sig, slot in links:
                sig.disconnect(slot)
            if run.paint is not None:
                preview.view.loadStarted.disconnect(on_load_started)

    async def all_runs() -> None:
        await window.controller.warm_up()
        for _ in range(runs):
            done.append(await one_run())
            if done[-1].end is None:  # a run that hangs: the next would wait behind it
                break

    try:
        loop.run_until_complete(all_runs())
    except Exception as exc:  # said under the runs measured so far
        notes.append(f"stopped after {len(done)} runs: {type(exc).__name__}: {exc}"[:300])
    finally:
        rows.extend(table(done, notes))
        report(rows, notes)  # before the shutdown: a crash there must not take it along
        try:
            loop.run_until_complete(asyncio.wait_for(window.shutdown(), 30))
        except Exception as exc:  # reported, the numbers stand
            print(f"(the window's shutdown failed: {type(exc).__name__}: {exc})", flush=True)
        fake.stop()
        ctx.close()
        loop.close()  # stops qasync's executor thread: one alive at exit aborts Python
    return done


def table(done: list[Run], notes: list[str]) -> list[tuple[str, str, str]]:
    """The measured rows; a run that ended wrong, or showed no page, is a note, not a
    number."""
    good = []
    for i, run in enumerate(done, 1):
        if run.outcome != "finished" or run.end is None:
            notes.append(f"run {i}: {run.outcome}")
        elif run.paint is None:
            notes.append(f"run {i}: no page on screen {PAINT_AFTER_END_S} s after its end")
        else:
            if run.body <= 0:
                notes.append(f"run {i}: the first page shown had no text ({run.body})")
            good.append(run)
    if not good:
        return []
    walls = [r.end - r.start for r in good]  # type: ignore[operator]
    shares = [(r.paint - r.start) / (r.end - r.start) for r in good]  # type: ignore[operator]
    pages = [(r.page - r.start) / (r.end - r.start) for r in good  # type: ignore[operator]
             if r.page is not None]
    to_paint = [(r.paint - r.page) * 1000 for r in good  # type: ignore[operator]
                if r.page is not None]
    loaded = [ms for r in good for ms in r.loaded_ms]
    shown = [ms for r in good for ms in r.shown_ms]
    rows = [
        ("run", f"web, 9 files, 3 Frontend workers at {RATE} tok/s; {len(good)} runs of "
                f"{statistics.median(walls):.1f} s (median)", ""),
        ("CPU per run (median): Qt thread / the app's process / QtWebEngine's processes / "
         "the stream relay's process",
         " / ".join(f"{statistics.median(getattr(r, k) for r in good):.2f} s"
                    for k in ("cpu_qt", "cpu_app", "cpu_web", "cpu_relay")), ""),
        ("first paint / run end", f"{statistics.median(shares):.2f} (worst "
                                  f"{max(shares):.2f})", "<= 0.8"),
    ]
    if pages:
        rows += [("index.html written / run end", f"{statistics.median(pages):.2f}", ""),
                 ("index.html written to first paint", f"{statistics.median(to_paint):.0f} ms"
                                                       f" (worst {max(to_paint):.0f})", "")]
    for name, values in (("reload after a file lands: on screen", shown),
                         ("reload after a file lands: loaded", loaded)):
        rows.append((f"{name}, p50 / p95 ({len(values)} samples)",
                     f"{statistics.median(values):.0f} / {percentile(values, 0.95):.0f} ms"
                     if values else "no file landed after the first paint", "<= 300 ms"))
    return rows


LOAD_AT_START = os.getloadavg()[0]
_reported: list[bool] = []


def report(rows: list[tuple[str, str, str]], notes: list[str]) -> None:
    """The table (or one row saying why there is none), the notes and the machine's load,
    flushed at once: once per run of the benchmark."""
    if _reported:
        return
    _reported.append(True)
    print_table(rows or [("could not measure", "; ".join(notes) or "no run ended", "")])
    for note in notes if rows else []:
        print(f"- {note}")
    print(f"- load average (1 min) at start / end: {LOAD_AT_START:.1f} / "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)


GAPS_S = (0.03, 0.06, 0.12, 0.2, 0.3, 0.45)  # between two landings in --panel


def panel_alone(landings: int, seed: int, paced: bool = False) -> list[tuple[str, str, str]]:
    """The preview panel alone: ``landings`` files land on a schedule drawn from ``seed``;
    the table's rows. Each file reloads the page (debounced) unless ``paced``: then after
    BURST_RELOADS reloads, once a second, as in a run (preview_panel.ReloadBudget)."""
    import random
    from pathlib import Path
    from tempfile import mkdtemp

    temp_home()
    from devora_desktop.ui.webengine import prepare_webengine, webengine_available

    if not webengine_available():
        raise RuntimeError("QtWebEngine is not installed (the preview extra)")
    prepare_webengine()
    _app, loop = qt_loop()
    from devora_desktop.core.workspace import Workspace
    from devora_desktop.ui.loop import tune_interpreter
    from devora_desktop.ui.preview_panel import PreviewPanel, ReloadBudget

    site = Workspace(Path(mkdtemp(prefix="devora-bench-")) / "site")
    for path, body in FILES.items():
        site.write_file(path, body)
    panel = PreviewPanel()
    if not paced:  # what a reload costs, not the pace a long run's reloads are held to
        panel.budget = ReloadBudget(burst=landings + 1)
    panel.resize(1000, 700)
    panel.show()
    collector = tune_interpreter()  # noqa: F841 (as the app does; kept alive)
    polls = [0]
    panel.ready_timer.timeout.connect(lambda: polls.__setitem__(0, polls[0] + 1))
    landed: list[float] = []
    starts: list[float] = []
    carried_by = [0.0]  # the start of the last load that ended ok
    shown_ms: list[float] = []

    def on_loaded(ok: bool) -> None:
        if ok and starts:
            carried_by[0] = starts[-1]

    def on_shown() -> None:
        now = time.perf_counter()
        shown_ms.extend((now - t) * 1000 for t in landed if t <= carried_by[0])
        landed[:] = [t for t in landed if t > carried_by[0]]

    async def land() -> tuple[float, float, float, float]:
        painted: list[bool] = []
        panel.painted.connect(lambda: painted.append(True))
        panel.show_project(site)
        while not painted or not panel.settled():
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.5)  # Chromium's start is not what is measured
        assert panel.view is not None
        panel.view.loadStarted.connect(lambda: starts.append(time.perf_counter()))
        panel.loaded.connect(on_loaded)
        panel.page_shown.connect(on_shown)
        rnd = random.Random(seed)
        polls[0] = 0
        cpu = (time.thread_time(), time.process_time(), children_cpu())
        t0 = time.perf_counter()
        for i in range(landings):
            await asyncio.sleep(rnd.choice(GAPS_S))
            path = rnd.choice(list(FILES))
            site.write_file(path, FILES[path].replace("<h1>Crumb</h1>", f"<h1>Crumb {i}</h1>"))
            landed.append(time.perf_counter())
            panel.file_landed(path)
        while (landed or not panel.settled()) and time.perf_counter() - t0 < RUN_S:
            await asyncio.sleep(0.01)
        return (time.thread_time() - cpu[0], time.process_time() - cpu[1],
                children_cpu() - cpu[2], time.perf_counter() - t0)

    try:
        qt, app, web, wall = loop.run_until_complete(land())
    finally:
        panel.shutdown()
        loop.close()
    loads = max(1, len(starts))
    rows = [("panel alone", f"{landings} files landing 30-450 ms apart (seed {seed}), "
                            f"{len(starts)} loads in {wall:.1f} s"
                            + (", paced as in a run" if paced else ""), "")]
    if shown_ms:
        rows.append((f"landed -> on screen, p50 / p95 ({len(shown_ms)} samples)",
                     f"{statistics.median(shown_ms):.0f} / {percentile(shown_ms, 0.95):.0f} ms",
                     "<= 300 ms"))
    if landed:
        rows.append(("files never on screen", f"{len(landed)}", "0"))
    rows += [("readiness polls per load", f"{polls[0] / loads:.1f}", ""),
             ("CPU per load: Qt thread / the app's process / QtWebEngine's processes",
              f"{qt / loads * 1000:.0f} / {app / loads * 1000:.0f} / {web / loads * 1000:.0f} ms",
              "")]
    return rows


def main() -> None:
    if "--serve-model" in sys.argv:
        return serve_model()
    if "--panel" in sys.argv:
        args = [int(a) for a in sys.argv[1:] if a.isdigit()]
        print_table(panel_alone(*(args + [40, 1][len(args):]), paced="--paced" in sys.argv))
        print(f"- load average (1 min) at start / end: {LOAD_AT_START:.1f} / "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        return None
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rows: list[tuple[str, str, str]] = []
    notes: list[str] = []
    try:
        measure(runs, rows, notes)
    except Exception as exc:  # one line saying why, never a silent end
        notes.append(f"{type(exc).__name__}: {exc}"[:300])
    report(rows, notes)
    if not rows:
        sys.exit(1)


if __name__ == "__main__":
    main()
