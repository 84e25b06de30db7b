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

The fake model runs in this process (its replies pick each worker's files), so its threads
share the GIL with the UI: the numbers are a little pessimistic.
Run: .venv/bin/python bench/preview.py [runs]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

from _qt import print_table, qt_loop, temp_home, use_fake_model  # type: ignore[import-not-found]

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
    from devora_desktop.ui.main_window import MainWindow
    from tests.fakes.llm_server import FakeLLM

    fake = FakeLLM(tokens_per_second=RATE).start()
    script(fake)
    ctx = AppContext.open()
    # the consent question would stop the run: not what is measured
    use_fake_model(ctx, fake.url, run_checks="never")
    window = MainWindow(ctx, EngineOptions(shard_files=3, shard_tokens=100_000))
    window.resize(1400, 900)
    window.show()
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
            run.start = time.perf_counter()
            window.chat.run_button.click()
            while not ended and time.perf_counter() - run.start < RUN_S:
                await asyncio.sleep(0.01)
            if not ended:
                run.outcome = f"not ended after {RUN_S} s"
                return run
            run.end, run.outcome = time.perf_counter(), ended[0]
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


def main() -> None:
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
