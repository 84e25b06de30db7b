"""GUI bootstrap: QApplication + qasync loop, one instance per data dir, orderly shutdown.

Start-up order is what the user sees: Qt, the instance lock and the (empty) main window come
first; the engine (pydantic models, the store, qasync) loads right after the first paint and
fills the window. Measured by bench/startup.py.
"""

from __future__ import annotations

import os
import signal
import sys
import time


def _stamp(label: str) -> None:
    if os.environ.get("DEVORA_EXIT_AFTER_START"):  # start-up timing and smoke tests
        heavy = ",".join(m for m in ("pydantic", "qasync", "tinydb", "httpx", "github", "jwt",
                                     "pygments.lexers.python", "dulwich.repo")
                         if m in sys.modules)
        print(f"{label} {time.perf_counter():.6f} {len(sys.modules)} {heavy or '-'} "
              f"{time.process_time():.6f} {time.thread_time():.6f}", flush=True)


def _no_source_reads() -> None:
    """Once PySide6 is loaded it reads the source of every module an import statement names
    (84 before the first frame: ~10 ms of CPU when run from source, 4% of start-up) to learn
    which use its ``from __feature__ import snake_case`` switch: a module whose source says
    "PySide6" gets the default (no feature), any other is left out of the switching. Nothing
    here selects a feature, so every module can have the default without being read (a
    module that selects one has its entry set by that import first, and keeps it).

    This replaces a private function of PySide's (``support.feature._mod_uses_pyside``), so
    it checks itself: a PySide6 without it, or one where its answer no longer gives a
    module the default (a probe module must get 0, "no feature"; a later PySide reading
    True as a feature's bit would switch every module to snake_case), keeps its own."""
    import types

    feature = sys.modules.get("PySide6.support.feature")
    uses_pyside = getattr(feature, "_mod_uses_pyside", None)
    imported = getattr(feature, "feature_imported", None)
    table = getattr(feature, "pyside_feature_dict", None)
    if not (callable(uses_pyside) and callable(imported) and isinstance(table, dict)):
        return
    feature._mod_uses_pyside = lambda _module: True
    probe = types.ModuleType("devora_desktop._feature_probe")
    try:
        imported(probe)
        default = table.pop(probe.__name__, None) == 0
    except Exception:  # whatever a changed PySide does with it: its own way stays
        default = False
    if not default:
        feature._mod_uses_pyside = uses_pyside


def run_app(screenshot: str | None = None, project: str | None = None) -> int:
    import gc

    # Everything start-up makes lives as long as the window (PySide6 makes a Python enum
    # for each Qt enum of a class it loads, then the widgets, then pydantic's models), so
    # the collector's 63 passes before the first frame freed next to nothing and cost ~11 ms of the
    # Qt thread's ~250 (bench/startup.py), 140 passes and ~45 ms more before it is ready.
    # Off from here: tune_interpreter collects once, then the Qt thread's timer collects
    # (ui/loop.MainThreadGC, which keeps automatic collection off).
    gc.disable()
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from devora_desktop.syslibs import explain, missing_for_window, tell

    if missing := missing_for_window():  # Qt would abort naming no package: we name it
        tell(explain(missing))
        return 1
    from PySide6.QtCore import QTimer

    _no_source_reads()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from devora_desktop import APP_ID, APP_NAME
    from devora_desktop.core.errors import DevoraError, InstanceLocked
    from devora_desktop.core.index_files import peek_setting
    from devora_desktop.core.paths import DataPaths, acquire_instance_lock
    from devora_desktop.ui.webengine import prepare_webengine

    prepare_webengine()  # the embedded Preview needs it before the QApplication exists
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland/X11 match the window to devora.desktop
    app.setQuitOnLastWindowClosed(False)
    paths = DataPaths()
    try:
        lock = acquire_instance_lock(paths)
    except InstanceLocked as exc:
        from devora_desktop.ui.single_instance import activate_running

        if activate_running(paths.root):
            print("Devora is already running with this data folder; switched to it.",
                  file=sys.stderr)
            return 0
        # Before the asyncio loop exists, so a modal box is fine here.
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.information(None, APP_NAME, exc.one_line())
        print(f"devora: {exc.one_line()}", file=sys.stderr)
        return 1

    from PySide6.QtGui import QIcon

    from devora_desktop.ui.main_window import MainWindow
    from devora_desktop.ui.theme import RESOURCES, apply_theme

    # the package's folder, as the stylesheet's icons are found (importlib.resources cost
    # start-up ~5 ms of CPU before the first frame: it imports zipfile's readers)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons/devora-256.png")))
    # the saved theme and the stylesheet before the window is built: it showed as a stock,
    # unstyled Qt window for seconds while the data folder opened (walk14 #29), and each
    # widget is styled once instead of again when attach applied the sheet
    apply_theme(peek_setting(paths, "theme", "system"))
    window = MainWindow(frame_first=True)  # the tabs behind the empty state: after it shows
    window.restore_layout(paths.root)
    if not screenshot:
        from devora_desktop.ui.first_frame import show_painted

        show_painted(window)  # painted before the engine loads: not a black frame meanwhile
        _stamp("window shown")
    from devora_desktop.ui.webengine import keep_chromium_at_window_priority

    keep_chromium_at_window_priority()  # before QtWebEngine starts its threads
    if not screenshot:
        import threading

        from devora_desktop.ui.page_files import prime_downloads

        # before the store, the engine's thread and every worker: it changes the process's
        # environment for a moment (ui/page_files.DefaultDirectory). Only the viewer's lexer
        # warm-up (pure Python: no child, no getenv) may start meanwhile, from its timer
        if prime_downloads():
            others = sorted(t.name for t in threading.enumerate()
                            if t is not threading.main_thread())
            _stamp(f"downloads primed beside [{','.join(others)}]")

    # the engine's models, on this thread before any worker imports (the warm-up's imports
    # run on threads): two threads building pydantic models at once met pydantic's lazy
    # imports half done ("cannot import name 'import_string' from partially initialized
    # module"). After the first paint: pydantic is ~0.3 s the window waited for.
    import devora_desktop.agents.events  # noqa: F401
    from devora_desktop.core.context import open_context
    from devora_desktop.ui.first_frame import beside

    # the data folder opens on a worker (mostly waiting on the disk) while this thread
    # builds the rest of the window
    opened = beside(open_context, lock=lock,
                    report=lambda line: print(f"devora: {line}", file=sys.stderr))
    window.finish()

    import asyncio

    from devora_desktop.ui.loop import EventLoop, install_asyncgen_hooks, tune_interpreter
    from devora_desktop.ui.single_instance import InstanceServer
    from devora_desktop.ui.tasks import install_excepthook

    try:
        ctx = opened()
    except DevoraError as exc:
        lock.release()
        print(f"devora: {exc.one_line()}", file=sys.stderr)
        return 1
    try:
        with asyncio.Runner(loop_factory=lambda: EventLoop(app)) as runner:
            install_asyncgen_hooks(runner.get_loop())
            # Runner(loop_factory=) does not make its loop current: without this, work the
            # window spawns before runner.run() would land on another loop and never run.
            asyncio.set_event_loop(runner.get_loop())
            if hasattr(signal, "SIGTERM"):  # a logout or `kill`: close as the user would
                # (before attach, which is when the window can first be seen as ready)
                signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, window.close))
            window.attach(ctx)
            # a slot's exception: one line in the window, the traceback in the log
            install_excepthook(window.notifier)
            collector = tune_interpreter()  # must stay alive with the window
            window.controller.warmed.connect(collector.settle)
            if screenshot:
                return runner.run(_screenshot(window, ctx, screenshot, project))
            _stamp("window ready")
            closed = asyncio.Event()
            window.closed.connect(closed.set)
            instance = InstanceServer(ctx.paths.root, window.bring_to_front)  # noqa: F841
            # refreshed in the background; shutdown() cancels it like any window task
            window.tasks.spawn(window.status.refresh_license(), name="license-refresh")
            if os.environ.get("DEVORA_EXIT_AFTER_START"):
                QTimer.singleShot(200, window.close)
            runner.run(closed.wait())
            runner.run(window.shutdown())
        return 0
    except DevoraError as exc:
        print(f"devora: {exc.one_line()}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


async def _screenshot(window, ctx, path: str, project: str | None) -> int:
    """Show a project (with its last run's feed) and save the window as a PNG."""
    import asyncio

    projects = ctx.store.projects.list()
    target = ctx.store.projects.find(project) if project else (projects[0] if projects else None)
    window.resize(1400, 900)
    window.show()
    if target is not None:
        reloaded = asyncio.Event()
        window.files.reloaded.connect(reloaded.set)
        window.current.set(target.id)
        await asyncio.wait_for(reloaded.wait(), 10)
        files = window.files.files
        preferred = next((f for f in files if f.endswith(("page.tsx", "app.js", "index.html"))),
                         files[0] if files else None)
        if preferred:
            done = asyncio.Event()
            window.viewer.highlighted.connect(done.set)
            window.follower.open_file(preferred)
            await asyncio.wait_for(done.wait(), 10)
    await asyncio.sleep(0.2)
    ok = window.grab().save(path)
    print(f"saved {path}" if ok else f"could not save {path}")
    return 0 if ok else 1
