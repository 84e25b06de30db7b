"""One error boundary for the window's background work, and one notifier for the user.

``Tasks.spawn(coro)`` keeps a strong reference to the task and routes whatever it raises to
the :class:`Notifier` as one line (a DevoraError's own words; anything else "unexpected
error, see the log" with the traceback in the log). ``Tasks.off_thread`` runs disk and git
work in a worker thread so the Qt thread never waits on it. ``install_excepthook`` sends what
a synchronous slot raises (a click, a timer) to the same notifier, the same way.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # asyncio costs ~100 ms to import: not before the window is on screen
    import asyncio

log = logging.getLogger(__name__)
T = TypeVar("T")


class Notifier(QObject):
    """User-facing messages. Messages sent before anyone listens are kept and replayed."""

    message = Signal(str)
    #: a line with a button that copies something (its words, what it copies), told just
    #: before the line itself comes as a ``message``
    offered = Signal(str, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.history: list[str] = []

    def notify(self, text: str) -> None:
        self.history.append(text)
        del self.history[:-50]
        self.message.emit(text)

    def offer(self, text: str, label: str, copied: str) -> None:
        """``text`` with a button ``label`` that copies ``copied`` (a failure's way
        forward: ui/desktop.open_or_copy)."""
        self.offered.emit(text, label, copied)
        self.notify(text)


def report(notifier: Notifier, exc: BaseException, where: str = "") -> None:
    """One line for the person (a DevoraError's own words; anything else "unexpected error",
    with the traceback in the log, never on screen)."""
    from devora_desktop.core.errors import DevoraError

    if isinstance(exc, DevoraError):
        notifier.notify(exc.one_line(window=True))
    else:
        log.error("%s failed", where or "a slot", exc_info=exc)
        notifier.notify(f"Unexpected error ({type(exc).__name__}): see Help › Open logs folder")


def install_excepthook(notifier: Notifier) -> Callable[[], None]:
    """Route exceptions of synchronous slots, which Qt hands to ``sys.excepthook``, to
    ``notifier``; returns what puts the previous hook back. Ctrl+C keeps its own way."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
        else:
            report(notifier, exc.with_traceback(tb))

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore


class Tasks:
    def __init__(self, notifier: Notifier) -> None:
        self.notifier = notifier
        self._tasks: set[asyncio.Task] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str = "") -> asyncio.Task | None:
        import asyncio

        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:  # no loop (the app is quitting): nothing to run it on
            coro.close()
            return None
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if isinstance(exc, RuntimeError) and "Event loop stopped" in str(exc):
            return  # the app is quitting
        report(self.notifier, exc, f"background task {task.get_name()}")

    @staticmethod
    async def off_thread(fn: Callable[..., T], *args: Any) -> T:
        import asyncio

        return await asyncio.to_thread(fn, *args)

    def pending(self) -> list[asyncio.Task]:
        return [t for t in self._tasks if not t.done()]

    async def cancel_all(self, timeout: float = 1.0) -> None:
        """Cancel every task but the caller's own and wait a little for them to finish."""
        import asyncio

        me = asyncio.current_task()
        pending = [t for t in self.pending() if t is not me]
        for t in pending:
            t.cancel()
        if pending:
            await asyncio.wait(pending, timeout=timeout)
