"""Shared fixtures of the widget tests."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from devora_desktop.agents.orchestrator import EngineOptions


@pytest.fixture(scope="session", autouse=True)
def _frozen_start_up_heap():
    """What the session imported is kept out of the collector's view, as the app does after
    start-up (ui/loop.tune_interpreter): every test's loop ends with a full collection on
    the GUI thread, which otherwise scanned every module's objects again (~0.5 s a test)."""
    import gc

    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _freeze_survivors(qapp):
    """After each test, what outlived it joins the frozen start-up heap: the modules a test
    imported on first use (PySide6's, pydantic's models, the engine) were scanned again by
    every later test's collections. Deferred deletes go first, so a closed window's Qt
    objects let go of their Python slots and are collected, not frozen."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch):
    """Files are written as in the app (a temporary file renamed over the old one) but not
    fsynced: a run makes ~26 fsyncs, each waiting for the disk (up to 0.2 s on a shared,
    busy one), and only a power cut tells a synced write from one in the page cache, which
    no window test makes (a kill -9 leaves the page cache whole). The writer's durability
    is tested where it lives (tests/core/test_workspace.py, test_crash_slow.py)."""
    monkeypatch.setattr(os, "fsync", lambda fd: None)


@pytest.fixture(autouse=True)
def _quick_retries(quick_retries) -> None:
    """Every window test (tests/conftest.py ``quick_retries``): five of them slept 8 to 16 s
    each through the backoff, a sixth of the folder's time."""


def shut_windows(timeout: float = 10.0) -> None:
    """``MainWindow.shutdown()`` for each window the test made, as the app runs it once its
    window closed: the run stops, the engine's thread ends, the preview's servers (and the
    dev servers it kept) stop. Without it each window test left its engine thread and
    preview servers running in the worker (17 and 11 of them when one segfaulted)."""
    import asyncio
    import time

    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    windows = [w for w in _open_windows if isValid(w)]
    _open_windows.clear()
    if not windows:
        return
    loop = asyncio.get_event_loop_policy().get_event_loop()
    for w in windows:
        if loop.is_closed():  # no loop any more: what runs without one
            w.center.preview.shutdown()
            w.controller.engine.close(timeout=1.0)
        elif loop.is_running():  # aloop: the task runs while Qt spins
            task = loop.create_task(w.shutdown())
            deadline = time.monotonic() + timeout
            while not task.done() and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.002)
            if not task.done():
                task.cancel()
                raise TimeoutError(f"window shutdown took over {timeout} s")
            task.result()
        else:  # qloop
            loop.run_until_complete(asyncio.wait_for(w.shutdown(), timeout))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Windows are shut down before fixtures end and before pytest-qt closes them: its
    teardown (a trylast wrapper, inside this one) closes each widget, deleteLater()s it and
    processes events, which deletes the window's Qt children (the preview's timers) while
    the Python window is still there, and then the loop fixtures close the loop."""
    shut_windows()
    return (yield)


@pytest.fixture
def qloop(qapp):
    from devora_desktop.ui.loop import EventLoop, MainThreadGC, install_asyncgen_hooks

    loop = EventLoop(qapp)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    collector = MainThreadGC()  # as the app: Qt objects are never collected on a worker
    yield loop
    collector.stop()
    loop.run_until_complete(loop.shutdown_asyncgens())
    sys.set_asyncgen_hooks(None, None)
    asyncio.set_event_loop(None)
    loop.close()  # stops qasync's QThread executor: a live QThread at exit aborts Python


@pytest.fixture
def aloop(qapp, qtbot):
    """A qasync loop that counts as running while Qt spins: tests click buttons whose slots
    start tasks and wait with ``qtbot.waitSignal``/``waitUntil``, as the app's loop would
    (``qloop`` instead runs coroutines with ``run_until_complete``)."""
    from devora_desktop.ui.loop import EventLoop, MainThreadGC, install_asyncgen_hooks

    loop = EventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    collector = MainThreadGC()
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)
    collector.stop()
    # not loop.stop(): it calls QApplication.exit(), which ends the next test's waitSignal
    loop._QEventLoop__is_running = False
    asyncio.events._set_running_loop(None)
    sys.set_asyncgen_hooks(None, None)
    asyncio.set_event_loop(None)
    loop.close()


@pytest.fixture
def plain_preview(monkeypatch):
    """The Preview as on a machine without QtWebEngine (the page's address and Open in
    browser), for the files that never look at the page: each of their web runs otherwise
    loaded it in Chromium, ~0.45 s of CPU a run with its renderer's (bench/ui_tests.py). The
    embedded page is tested where it is looked at (test_live_preview.py, test_preview_*.py,
    test_pick_mode.py, the walks that check it)."""
    from devora_desktop.ui import preview_panel

    monkeypatch.setattr(preview_panel, "webengine_available", lambda: False)


@pytest.fixture
def no_sandbox(monkeypatch):
    """The path where nothing confines project code (core.sandbox's forced "none"): checks
    ask first, as on a machine without bubblewrap or Landlock."""
    monkeypatch.setenv("DEVORA_SANDBOX", "none")


def use_fake_model(ctx, fake_llm, monkeypatch):
    """Runs go to the fake model (the licence is left as it is)."""
    monkeypatch.setenv("DEVORA_API_KEY", "sk-ui-test-123456")
    settings = ctx.settings.model_copy(deep=True)
    settings.default_provider = "openai"
    settings.providers["openai"].base_url = fake_llm.url
    settings.providers["openai"].default_model = "fake/model"
    ctx.save_settings(settings)
    return ctx


def no_checks(ctx):
    """Runs end without the checks and their question: for tests about other things."""
    settings = ctx.settings.model_copy(deep=True)
    settings.run_checks = "never"
    ctx.save_settings(settings)
    return ctx


#: windows made by make_window in the running test, shut down at its teardown
_open_windows: list = []


def make_window(ctx, qtbot, options: EngineOptions | None = None,
                size: tuple[int, int] | None = (1400, 900)):
    """The real window on ``ctx``'s data folder, 1400x900 (``size`` None: where and as
    large as the saved layout puts it, as the app starts), shown and active; at the test's
    end it is shut down as the app does after its window closed (see shut_windows)."""
    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx, options or EngineOptions())
    if size is not None:
        w.resize(*size)
    return _shown(qtbot, w)


def bare_window(qtbot):
    """The real window before a data folder is attached (``w.attach(ctx)``: the app shows
    its window first), shown and active; shut down at the test's end as make_window's are
    (the two tests that built ``MainWindow()`` themselves left its engine thread running)."""
    from devora_desktop.ui.main_window import MainWindow

    return _shown(qtbot, MainWindow())


def _shown(qtbot, w):
    qtbot.addWidget(w)
    _open_windows.append(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


@pytest.fixture
def configured(ctx, fake_llm, monkeypatch):
    """Pro, and runs go to the fake model."""
    from tests.conftest import install_pro_license

    install_pro_license(ctx)
    return use_fake_model(ctx, fake_llm, monkeypatch)


@pytest.fixture
def window(configured, qtbot, aloop):
    """The window on ``configured``: the checks run (or ask) as in the app."""
    return make_window(configured, qtbot)


@pytest.fixture
def quiet_window(configured, qtbot, aloop):
    """The window on ``configured`` with the checks off: no question mid-run."""
    return make_window(no_checks(configured), qtbot)
