"""qasync loop helpers."""

from __future__ import annotations

import sys


def install_asyncgen_hooks(loop) -> None:
    """qasync's run_forever does not install asyncio's async-generator hooks, so generators
    left suspended (httpx's inner byte iterators after a stream closes) would be finalized by
    the GC off the loop. Install the loop's own hooks, as BaseEventLoop.run_forever does."""
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,
                           finalizer=loop._asyncgen_finalizer_hook)
