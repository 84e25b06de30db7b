"""Event-loop gaps in the real window while agents stream 300 tokens/s each for 10 s.

A full-stack run streams Frontend, Backend and Database in parallel through the real window;
a fourth stream from the same fake server (the real client) feeds the Compressor pane at the
same time (on the engine's thread, as the run), so 4 agents stream at once. A 5 ms QTimer
records the Qt loop's gaps. Targets: p99 gap <= 16 ms, max <= 50 ms. Also: delay from the
engine's thread having a delta (it hands text over once a frame, run_controller.TextBatcher:
the wait for the frame's end is counted, from the oldest delta joined) to it being on
screen (the panes append after
each batch of engine events; the pane in front, the Frontend's: the others keep their text
until shown), and the CPU time of each thread. Each gap is split into the Qt
thread's own work and its wait for a core (or the GIL): on 2 shared cores most long gaps are
the wait, and "longest stretch of CPU between two ticks" is what the window's code costs.
Meanwhile the embedded preview (when QtWebEngine is installed) shows a static page that
reloads as if a file landed every 250 ms, as a web run's live preview does: the tokens must
reach the screen as fast with it.
Each long gap is split into the Qt thread's work, its time queued for a core, and its
sleep (the GIL); the calls the engine posts to the window are timed on the Qt thread's CPU
clock and the costliest are listed. ``--stretches`` also prints when (seconds into the run)
each stretch of the Qt thread's CPU over 8 ms came, and when the preview reloaded;
``--sample`` adds to each the Qt thread's Python stacks sampled every ms over it (slower).
Garbage collections (on the Qt thread only, ui/loop.MainThreadGC) are named with the calls.
The window reads the model's streams through core/llm/relay.py's process (its CPU is a row);
``--direct`` reads them on the engine's thread, as before the relay, to compare (and runs
the validators and the redaction in the window's threads, as before core/offload.py).
``--marks`` prints the run's span, its threads and long gaps for bench/why_gaps.py.
Run: .venv/bin/python bench/ui_latency.py [seconds] [--stretches] [--sample] [--direct]
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time

from _qt import (  # type: ignore[import-not-found]
    GapRecorder,
    StackSampler,
    print_table,
    qt_loop,
    temp_home,
    use_fake_model,
)

RATE = 300


class ServerProcess:
    def __init__(self, script: dict) -> None:
        import socket
        import subprocess
        import tempfile
        from pathlib import Path

        root = Path(__file__).resolve().parents[1]
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
            json.dump(script, fh)
        self.file = fh
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.fakes.llm_server", "--script",
                                      self.file.name, "--port", str(port)], cwd=root,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.proc.stdout.readline()
        self.url = f"http://127.0.0.1:{port}/v1"
        import atexit

        atexit.register(self.stop)  # also when the bench fails: an orphan holds our stdout

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait()


class TimedList(list):
    """A pane's pending list that remembers when each delta arrived: when the engine's
    thread handed it to the window (``gui.posted_at``), so the hop between the threads and
    the wait for the Qt thread are in the delay."""

    def __init__(self, delays: list[float], hops: list[float], from_fold: list[float],
                 gui) -> None:
        super().__init__()
        self.arrivals: list[float] = []
        self.folded: list[float] = []
        self.delays, self.hops, self.from_fold = delays, hops, from_fold
        self.gui = gui

    def append(self, item) -> None:
        now = time.perf_counter()
        posted = self.gui.posted_at or now
        self.hops.append((now - posted) * 1000)
        self.arrivals.append(posted)
        self.folded.append(now)
        super().append(item)

    def clear(self) -> None:
        now = time.perf_counter()
        self.delays.extend((now - t) * 1000 for t in self.arrivals)
        self.from_fold.extend((now - t) * 1000 for t in self.folded)
        self.arrivals.clear()
        self.folded.clear()
        super().clear()


class QtThreadCosts:
    """The Qt thread's CPU per call the engine posts to it (and per preview reload asked):
    what the window's own code costs, apart from the machine's load. Chromium's work for
    a reload runs on the Qt thread too, from the event loop, and is not named here."""

    def __init__(self) -> None:
        self.calls: dict[str, list[float]] = {}
        self.log: list[tuple[float, str, float]] = []  # (ended at, name, CPU ms) per call

    def timed(self, fn, name: str):
        def call(*args):
            start = time.thread_time()
            try:
                return fn(*args)
            finally:
                ms = (time.thread_time() - start) * 1000
                self.calls.setdefault(name, []).append(ms)
                self.log.append((time.perf_counter(), name, ms))
        return call

    def within(self, start: float, end: float, least_ms: float = 1.0) -> str:
        """The named calls that ended between ``start`` and ``end`` (perf_counter) and cost
        at least ``least_ms``: what a long stretch of the Qt thread was doing."""
        return ", ".join(f"{name} {ms:.1f}" for at, name, ms in self.log
                         if start <= at <= end and ms >= least_ms)

    def streamed(self) -> tuple[str, str, str]:
        """The Qt thread's CPU for the streamed text (the folds of AgentDelta and
        FileProgress): what handing the text over per frame instead of per token saves."""
        ms = [m for name, calls in self.calls.items() if "AgentDelta" in name
              or "FileProgress" in name for m in calls]
        return ("Qt thread CPU folding streamed text (calls)",
                f"{sum(ms) / 1000:.2f} s ({len(ms):,})", "")

    def rows(self, top: int = 6) -> list[tuple[str, str, str]]:
        worst = sorted(self.calls.items(), key=lambda kv: -max(kv[1]))[:top]
        return [(f"Qt thread CPU: {name}", f"max {max(ms):.1f} ms, p50 {statistics.median(ms):.2f}"
                 f" ms, {len(ms):,} calls, {sum(ms) / 1000:.2f} s", "") for name, ms in worst]


class WorkerThreadCosts:
    """The CPU of the window's worker threads (``asyncio.to_thread``, the run's file reader)
    per function: they hold the window's interpreter (the GIL) as the engine's thread does,
    so what they run is time the Qt thread may wait for it."""

    def __init__(self) -> None:
        from concurrent.futures import thread

        self.calls: dict[str, list[float]] = {}
        self.on = False
        run = thread._WorkItem.run
        costs = self

        def timed(item) -> None:
            start = time.thread_time()
            try:
                run(item)
            finally:
                if costs.on:
                    fn = getattr(item.fn, "func", item.fn)  # to_thread's partial, unwrapped
                    args = getattr(item.fn, "args", ())
                    if getattr(fn, "__name__", "") == "run" and args:  # a context's run(fn)
                        fn = args[0]
                    name = getattr(fn, "__qualname__", repr(fn))
                    costs.calls.setdefault(name, []).append(
                        (time.thread_time() - start) * 1000)

        thread._WorkItem.run = timed

    def total(self) -> float:
        return sum(sum(ms) for ms in self.calls.values()) / 1000

    def rows(self, top: int = 6) -> list[tuple[str, str, str]]:
        worst = sorted(self.calls.items(), key=lambda kv: -sum(kv[1]))[:top]
        return [(f"worker threads' CPU: {name}", f"{sum(ms) / 1000:.2f} s, {len(ms):,} calls, "
                 f"max {max(ms):.1f} ms", "") for name, ms in worst]


def qt_thread_costs(gui) -> QtThreadCosts:
    """Every call the engine's thread posts to the window is timed on the Qt thread's CPU
    clock, named by its function and its event's type."""
    costs = QtThreadCosts()
    post = gui.post

    def timed_post(fn, *args, since=None):
        what = type(args[0]).__name__ if args else ""
        post(costs.timed(fn, f"{getattr(fn, '__qualname__', fn)}({what})"), *args, since=since)

    gui.post = timed_post
    turn = gui.next_turn

    def timed_turn(fn, *args):  # what a posted call left for the next turn of the loop
        turn(costs.timed(fn, f"{getattr(fn, '__qualname__', fn)} (next turn)"), *args)

    gui.next_turn = timed_turn
    # what each batch's end runs (the raw-text panes take the text the batch brought)
    gui.after_batch[:] = [costs.timed(fn, f"{getattr(fn, '__qualname__', fn)} (after a batch)")
                          for fn in gui.after_batch]
    import gc

    began: list[float] = []

    def collected(phase: str, info: dict) -> None:  # the collector's own time, named too
        if phase == "start":
            began[:] = [time.thread_time()]
        elif began:
            ms = (time.thread_time() - began[0]) * 1000
            name = f"gc.collect({info['generation']})"
            costs.calls.setdefault(name, []).append(ms)
            costs.log.append((time.perf_counter(), name, ms))

    gc.callbacks.append(collected)
    return costs


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seconds = float(args[0]) if args else 10.0
    home = temp_home()
    from devora_desktop.ui.webengine import prepare_webengine, webengine_available

    prepare_webengine()
    _app, loop = qt_loop()
    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.llm.client import OpenAICompatProvider
    from devora_desktop.ui.main_window import MainWindow

    if "--direct" in sys.argv:
        import devora_desktop.ui.run_controller as run_controller

        run_controller._relay_streams = lambda: None

    n_tokens = int(RATE * seconds)
    body = "const value = compute(x);\n"
    filler = body * (n_tokens // 7)

    def stream(path: str) -> dict:
        return {"text": f'<file path="{path}">\n{filler}</file>\n', "latency": 1 / RATE}

    plan = {"name": "Latency", "summary": "bench", "files": [
        {"path": "app/page.tsx", "owner": "frontend"},
        {"path": "app/api/x/route.ts", "owner": "backend"},
        {"path": "supabase/migrations/001.sql", "owner": "database"}]}
    script = {"architect": "```json\n" + json.dumps(plan) + "\n```",
              "frontend": stream("app/page.tsx"), "backend": stream("app/api/x/route.ts"),
              "database": stream("supabase/migrations/001.sql"),
              "compressor": {"text": filler, "latency": 1 / RATE},
              "reviewer": json.dumps({"status": "APPROVE", "summary": "", "issues": []})}
    # The model server runs in its own process, like a real provider: its streaming threads
    # must not compete with the UI thread for this process's GIL.
    fake = ServerProcess(script)
    ctx = AppContext.open()
    from tests.conftest import install_pro_license

    install_pro_license(ctx)  # full-stack mode is a Pro feature
    use_fake_model(ctx, fake.url)
    import os

    # what the run's end does on the Qt thread outside the engine's posts (the controller's
    # task tells it): its presenter's work, named in --stretches with the posted calls
    from devora_desktop.ui.run_presenter import RunPresenter

    ending = RunPresenter._on_run_finished
    named: list[QtThreadCosts] = []  # the Qt thread's costs, once the window has its queue

    def timed_end(presenter, outcome: str) -> None:
        if not named:
            return ending(presenter, outcome)
        return named[0].timed(lambda o: ending(presenter, o),
                              "RunPresenter._on_run_finished")(outcome)

    RunPresenter._on_run_finished = timed_end  # before the window connects it
    window = MainWindow(ctx, EngineOptions())
    window.resize(1400, 900)
    window.show()
    window.agents.toggle.setChecked(True)  # the raw text on screen: the costlier view
    from devora_desktop.ui.loop import tune_interpreter

    workers = WorkerThreadCosts()
    collector = tune_interpreter()  # as the app does after start-up
    window.controller.warmed.connect(collector.settle)
    delays: list[float] = []
    hops: list[float] = []  # engine's thread -> folded on the Qt thread
    from_fold: list[float] = []  # folded on the Qt thread -> on screen
    from devora_desktop.ui.agent_panes import AGENTS

    for agent in AGENTS:  # panes are made when an agent first shows up: make them now
        window.panes.pane(agent).pending = TimedList(delays, hops, from_fold,
                                                     window.controller.engine.gui)
    gaps = GapRecorder()
    costly = qt_thread_costs(window.controller.engine.gui)
    named.append(costly)
    done: list[str] = []
    window.run_finished.connect(done.append)
    from PySide6.QtCore import QTimer

    from devora_desktop.core.workspace import Workspace

    site = Workspace(home / "live-site")
    site.write_file("index.html", "<h1>Live</h1>" + "<p>a paragraph of the page</p>" * 200)
    preview = window.center.preview
    reloads: list[bool] = []
    preview.loaded.connect(reloads.append)
    reload_at: list[float] = []
    preview.loaded.connect(lambda _ok: reload_at.append(time.perf_counter()))
    started: list[float] = []
    finished: list[float] = []
    window.run_finished.connect(lambda _s: finished.append(time.perf_counter()))
    # the preview's own steps, named in --stretches (the calls made through the panel's
    # attributes; Chromium's work for a load, on this thread too, is not named)
    for step in ("show_project", "_start_load", "_reload_view", "_hold_frame", "_on_ready",
                 "_show_page", "_restore_place"):
        setattr(preview, step, costly.timed(getattr(preview, step), f"PreviewPanel.{step}"))
    # a file "lands" every 250 ms (--land-every MS): the preview reloads as the panel decides
    every = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--land-every=")),
                 250)
    lander = QTimer(interval=every)
    lander.timeout.connect(costly.timed(lambda: preview.file_landed("index.html"),
                                        "PreviewPanel.file_landed"))

    engine = window.controller.engine
    import threading

    sampler = StackSampler(threading.get_ident()) if "--sample" in sys.argv else None

    async def fourth_stream() -> None:
        """On the engine's thread, as the run's own agents: its deltas reach the window
        the way theirs do."""
        from devora_desktop.agents.events import AgentDelta
        from devora_desktop.ui.run_controller import TextBatcher

        told = TextBatcher(lambda ev, since: engine.to_gui(window.controller.progress.fold,
                                                           ev, since=since))
        from devora_desktop.ui import run_controller

        run_controller._relay_streams()  # as the run's own agents read theirs
        async with OpenAICompatProvider(name="b", base_url=fake.url) as p:
            async for item in p.stream_chat([{"role": "user", "content": "x"}], "m",
                                            "compressor"):
                if isinstance(item, str):
                    told.add(AgentDelta(agent="compressor", text=item))
        told.flush()

    cpu: list[float] = []  # the Qt thread's CPU time over the run
    children: list[float] = []  # the relay's and the worker's CPU time when the run starts
    engine_cpu: list[float] = []

    def engine_clock() -> float:
        thread = engine.thread
        return time.clock_gettime(time.pthread_getcpuclockid(thread.ident)) if thread else 0.0

    async def run() -> float:
        # as a user types the prompt: the window has loaded the engine in the background
        await window.controller.warm_up()
        if webengine_available():  # Chromium's one-time start is not what is measured
            window.center.show_preview()
            preview.show_project(site)
            while not reloads:
                await asyncio.sleep(0.05)
        window.chat.prompt.setPlainText("latency bench")
        window.chat.modes.button(2).setChecked(True)
        if sampler is not None:
            sampler.start()
        # the calls timed are the run's: the warm-up's (Chromium's first view, 60-110 ms in
        # show_project) was listed with them and read as a stall of the run
        costly.calls.clear()
        costly.log.clear()
        gaps.start()
        if "--marks" in sys.argv:  # for bench/why_gaps.py: the run's span on the kernel's clock
            print(f"MARK start {time.monotonic():.6f}", flush=True)
        cpu.append(time.thread_time())
        engine_cpu.append(engine_clock())
        workers.on = True
        children.extend((relay_cpu(), worker_cpu()))  # both started by the warm-up
        start = time.perf_counter()
        started.append(start)
        window.chat.run_button.click()
        agents = window.controller.progress.agents
        while not any(a.state == "streaming" for n, a in agents.items()
                      if n in ("frontend", "backend", "database")):
            agents = window.controller.progress.agents
            if done:
                raise SystemExit(f"the run ended early: {done[0]}")
            await asyncio.sleep(0.01)
        window.panes.add_agent("compressor")
        # a person watching reads one agent's text: the Frontend's tab in front, the other
        # streams' panes behind it (they take their text when shown); token to screen is
        # the Frontend's
        window.panes.setCurrentWidget(window.panes.pane("frontend"))
        extra = asyncio.ensure_future(engine.run(fourth_stream()))
        if webengine_available():  # the run opened its own project: show the live site again
            window.center.show_preview()
            preview.show_project(site)
            lander.start()
        while not done:
            await asyncio.sleep(0.05)
        lander.stop()
        await extra
        gaps.stop()
        if "--marks" in sys.argv:
            print(f"MARK stop {time.monotonic():.6f}", flush=True)
            for t in threading.enumerate():
                print(f"THREAD {t.native_id} {t.name}", flush=True)
            from _qt import descendants  # type: ignore[import-not-found]

            for pid in (os.getpid(), *descendants()):  # this run's processes and threads
                for task in os.listdir(f"/proc/{pid}/task"):
                    print(f"TASK {task} {pid}", flush=True)
            for at, gap in zip(gaps.at, gaps.gaps, strict=True):
                if gap > 16:
                    print(f"GAP {time.monotonic() - time.perf_counter() + at:.6f} {gap:.1f}",
                          flush=True)
        if sampler is not None:
            sampler.stop()
        workers.on = False
        cpu[0] = time.thread_time() - cpu[0]
        engine_cpu[0] = engine_clock() - engine_cpu[0]
        return time.perf_counter() - start

    from _qt import cpu_seconds  # type: ignore[import-not-found]

    from devora_desktop.core.llm import relay

    def relay_cpu() -> float:
        proc = relay.shared()._proc
        return cpu_seconds(proc.pid) if proc is not None else 0.0

    from devora_desktop.core import offload

    def worker_cpu() -> float:
        proc = offload.shared()._proc
        return cpu_seconds(proc.pid) if proc is not None else 0.0

    wall = loop.run_until_complete(run())
    relay_used, worker_used = relay_cpu() - children[0], worker_cpu() - children[1]
    loop.run_until_complete(window.shutdown())
    loop.close()
    fake.stop()
    g = gaps.table()
    if "--stretches" in sys.argv or sampler is not None:
        for t, c, q, gap in zip(gaps.at, gaps.worked, gaps.queued, gaps.gaps, strict=True):
            if c > 8 or gap > 40:
                named = costly.within(t - (gap + 5) / 1000, t)
                print(f"{t - started[0]:7.3f} s: worked {c:5.1f} ms, queued {q:5.1f} ms, "
                      f"gap {gap:5.1f} ms{'; ' + named if named else ''}")
                if sampler is not None:
                    print("           sampled:", sampler.between(t - (gap + 5) / 1000, t))
        print("run finished at", f"{finished[0] - started[0]:.3f} s; reloads at",
              " ".join(f"{t - started[0]:.2f}" for t in reload_at))
    d = sorted(delays) or [0.0]
    h = sorted(hops) or [0.0]
    f = sorted(from_fold) or [0.0]
    print_table([
        ("load average (1 min)", f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", ""),
        ("Qt thread CPU time during the run", f"{cpu[0]:.2f} s of {wall:.1f} s", ""),
        ("engine's thread CPU time during the run", f"{engine_cpu[0]:.2f} s", ""),
        ("the window's worker threads' CPU time during the run (validators, redaction, "
         "file reads: on the window's interpreter too)", f"{workers.total():.2f} s", ""),
        ("stream relay's process CPU time during the run (its text held "
         f"{relay.FRAME * 1000:.0f} ms at most)", f"{relay_used:.2f} s"
         if "--direct" not in sys.argv else "off (--direct)", ""),
        ("validators' and redaction's process CPU time during the run (core/offload.py)",
         f"{worker_used:.2f} s" if "--direct" not in sys.argv else "off (--direct)", ""),
        ("streams", f"4 agents x {RATE} tok/s, {seconds:.0f} s of tokens each (run {wall:.1f} s, "
                    f"{done[0]})", ""),
        ("event-loop gap p50", f"{g['p50']:.1f} ms", ""),
        ("event-loop gap p99", f"{g['p99']:.1f} ms", "<= 16 ms"),
        ("event-loop gap max", f"{g['max']:.1f} ms", "<= 50 ms"),
        ("gaps over 16 ms: how many; the Qt thread's share of their time working · queued "
         "for a core · asleep (waiting for the GIL or another lock)",
         f"{g['long']}; {g['long_worked']:.0%} · {g['long_queued']:.0%} · "
         f"{g['long_blocked']:.0%}", ""),
        ("of which asleep (the GIL), summed", f"{g['long_asleep_ms']:.0f} ms", ""),
        ("Qt thread's longest stretch of CPU between two ticks; stretches over 16 ms",
         f"{g['max_worked']:.1f} ms; {g['worked_over_frame']}", ""),
        ("token to screen p50 / p99", f"{statistics.median(d):.1f} / "
                                      f"{d[int(len(d) * 0.99) - 1]:.1f} ms", ""),
        ("of which engine's thread to Qt thread p50 / p99",
         f"{statistics.median(h):.1f} / {h[int(len(h) * 0.99) - 1]:.1f} ms", ""),
        ("folded to screen p50 / p99 (what this bench measured when the engine ran on the "
         "Qt thread)", f"{statistics.median(f):.1f} / {f[int(len(f) * 0.99) - 1]:.1f} ms", ""),
        ("batches of engine events folded", f"{engine.gui.batches:,}", ""),
        ("samples (gaps / deltas)", f"{g['samples']:,} / {len(d):,}", ""),
        ("live preview page loads during the run", f"{len(reloads)}"
         if webengine_available() else "QtWebEngine not installed", ""),
        costly.streamed(),
        *costly.rows(),
        *workers.rows(),
    ])
    ctx.close()


if __name__ == "__main__":
    main()
