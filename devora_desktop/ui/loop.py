"""qasync loop helpers."""

from __future__ import annotations

import sys


def install_asyncgen_hooks(loop) -> None:
    """qasync's run_forever does not install asyncio's async-generator hooks, so generators
    left suspended (httpx's inner byte iterators after a stream closes) would be finalized by
    the GC off the loop. Install the loop's own hooks, as BaseEventLoop.run_forever does."""
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,
                           finalizer=loop._asyncgen_finalizer_hook)


def tune_interpreter() -> None:
    """Keep the UI thread responsive while workers (lexing, validators, git) run Python.

    ``gc.freeze`` moves start-up objects out of the collector's view, so gen-2 collections
    during a run stop scanning them (they showed as 40-75 ms gaps mid-stream); a 1 ms GIL
    switch interval lets the UI thread win the GIL back sooner from busy worker threads.
    """
    import gc

    gc.freeze()
    sys.setswitchinterval(0.001)
