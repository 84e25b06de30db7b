from __future__ import annotations

import asyncio
import sys

import pytest
import qasync


@pytest.fixture
def aloop(qapp, qtbot):
    """A qasync loop that counts as running while Qt spins: tests click buttons whose slots
    start tasks, and wait with ``qtbot.waitSignal``/``waitUntil`` as the app's loop would."""
    from devora_desktop.ui.loop import MainThreadGC, install_asyncgen_hooks

    loop = qasync.QEventLoop(qapp, already_running=True)
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
