"""Shared fixtures of the widget tests."""

from __future__ import annotations

import asyncio
import sys

import pytest
import qasync


@pytest.fixture
def qloop(qapp):
    from devora_desktop.ui.loop import MainThreadGC, install_asyncgen_hooks

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    collector = MainThreadGC()  # as the app: Qt objects are never collected on a worker
    yield loop
    collector.stop()
    loop.run_until_complete(loop.shutdown_asyncgens())
    sys.set_asyncgen_hooks(None, None)
    asyncio.set_event_loop(None)
    loop.close()  # stops qasync's QThread executor: a live QThread at exit aborts Python
