"""The engine's CPU-heavy steps in a process of their own, for the window.

The validators (tree-sitter, pglast and the security rules over every file a run writes) and
the redaction of each request (detect-secrets over the whole prompt, ~3 ms per KB) are pure
Python: in threads of the window's process they held its interpreter (the GIL) in stretches
of 30-50 ms at a time, and the Qt thread waited for it. With the worker on, those calls go as
pickled frames over a pipe to one long-lived child process, which runs them one at a time, in
the order sent (a file read for validation while the model writes the next one is remembered
there, and the validation after the last file finds it), and hands each result back; the
engine awaits it as it awaited the thread.

Only the window's runs turn it on (:func:`use`, as the stream relay: the command line has no
other thread to keep free). The child starts with the window's warm-up and ends when its
stdin closes (the window's end). A child that cannot start, or stops, costs nothing but
speed: the call runs in this process as before, and the log says so in one line. On Windows
(no select() on a pipe, as the relay has no Unix socket there) every call runs here.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import pickle
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from contextvars import ContextVar
from typing import IO, Any

log = logging.getLogger(__name__)

#: the child runs this much nicer than the window: on a busy machine the Qt thread gets a
#: core first (as the stream relay, core/llm/relay.py)
NICE = 5
#: s the child may take to start before every call runs here instead
START_TIMEOUT = 30.0
#: argument that makes the packaged app (one executable) run as the worker
CHILD_ARG = "--devora-worker"
#: only this package's functions are called there
_OURS = "devora_desktop."
#: the thread that reads the child's answers: it lives as long as the child, the process's
ANSWERS = "devora-worker-answers"


class WorkerGone(RuntimeError):
    """The child ended before it answered: the call runs in this process instead."""


def spawn_child(args: list[str], what: str, timeout: float = START_TIMEOUT) -> Any:
    """Start a child process of the window (``args`` after the interpreter, or the packaged
    app's own argument) with pipes for stdin and stdout, and wait (bounded) for its first
    line, ``ready``. None, and one line in the log, when it does not come: a child that hangs
    before it serves must not hold a run forever (~0.3 s on a quiet machine)."""
    import select
    import subprocess

    try:
        proc = subprocess.Popen([sys.executable, *args], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, close_fds=True)
        assert proc.stdout is not None
        up, _, _ = select.select([proc.stdout], [], [], timeout)
        said = proc.stdout.readline() if up else b""
    except OSError as exc:
        log.warning("%s could not start (%s)", what, exc)
        return None
    if said.strip() != b"ready":
        log.warning("%s did not start", what)
        with contextlib.suppress(OSError):
            proc.kill()
            proc.wait()
        return None
    return proc


def _frame(out: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(len(data).to_bytes(8, "big") + data)
    out.flush()


def _read(src: IO[bytes]) -> Any:
    """The next frame, or None at the end of the pipe."""
    head = src.read(8)
    if len(head) < 8:
        return None
    size = int.from_bytes(head, "big")
    data = src.read(size)
    return pickle.loads(data) if len(data) == size else None


def _target(name: str) -> Callable[..., Any]:
    """``module:function`` of this package."""
    module, _, attr = name.partition(":")
    if not module.startswith(_OURS):
        raise ValueError(f"not a function of the app: {name}")
    return getattr(importlib.import_module(module), attr)


# ---- the parent's side ----------------------------------------------------------------
class Worker:
    """The process's worker: started by :meth:`start` (the window's warm-up, or the first
    call), calls sent from any thread; each call's answer is a concurrent Future."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the start, the pending calls and the pipe's writes
        self._proc: Any = None
        self._pending: dict[int, Future] = {}
        self._next = 0
        self.failed = False
        self.calls = 0  # calls answered there (a window's test reads it)

    def start(self) -> bool:
        """Start the child (blocking, ~0.3 s the first time); False when it cannot run (then
        every call runs here)."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                return True
            if self.failed or self._proc is not None:  # it ended: not started again
                return False
            if sys.platform == "win32":  # its start waits on a pipe with select(): sockets
                self.failed = True  # only there, so calls run here, as the relay's streams
                return False
            args = [CHILD_ARG] if getattr(sys, "frozen", False) else \
                ["-m", "devora_desktop.core.offload"]
            proc = spawn_child(args, "the validators' process (validators and redaction run "
                                     "in the window's process instead)")
            if proc is None:
                self.failed = True
                return False
            self._proc = proc
            threading.Thread(target=self._answers, args=(proc,), name=ANSWERS,
                             daemon=True).start()
            return True

    def running(self) -> bool:
        proc = self._proc
        return proc is not None and proc.poll() is None and not self.failed

    def submit(self, target: str, *args: Any) -> Future:
        """Send ``target(*args)`` (``module:function``) to the child; the Future fails with
        :class:`WorkerGone` when it is not running or ends first."""
        future: Future = Future()
        with self._lock:
            proc = self._proc
            if proc is None or self.failed:
                future.set_exception(WorkerGone("not running"))
                return future
            self._next += 1
            self._pending[self._next] = future
            try:
                _frame(proc.stdin, (self._next, target, args))
            except (OSError, ValueError) as exc:  # its pipe closed: it ended
                self._pending.pop(self._next, None)
                future.set_exception(WorkerGone(str(exc)))
        return future

    def _answers(self, proc: Any) -> None:
        """Its own thread: each answer settles its call's Future; at the pipe's end every
        call still waiting fails, and later ones run in this process."""
        while (frame := _read(proc.stdout)) is not None:
            number, ok, payload = frame
            with self._lock:
                future = self._pending.pop(number, None)
                self.calls += 1
            if future is None or future.done():  # the caller stopped waiting
                continue
            try:
                value = pickle.loads(payload)
            except Exception as exc:  # an exception that does not rebuild here
                ok, value = False, RuntimeError(f"the validators' process: {exc}")
            with contextlib.suppress(Exception):  # cancelled meanwhile
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        with self._lock:
            self.failed = True
            pending, self._pending = self._pending, {}
        code = proc.poll()
        log.warning("the validators' process ended (%s): validators and redaction run in the "
                    "window's process from now on", f"exit code {code}" if code is not None
                    else "its pipe closed")
        for future in pending.values():
            with contextlib.suppress(Exception):
                future.set_exception(WorkerGone("ended"))


_worker = Worker()
#: whether calls made in this context go to the worker: set by the window's run, in its
#: task's context only (the command line, tests and other tasks of the process run here)
_on: ContextVar[bool] = ContextVar("devora_offload", default=False)


def use(on: bool = True) -> None:
    """Calls made from now on in this context (the calling task and the tasks it starts)
    go to the worker."""
    _on.set(on)


def used() -> bool:
    """Whether calls made in this context go to the worker."""
    return _on.get()


def shared() -> Worker:
    return _worker


async def run(target: str, *args: Any) -> Any:
    """``target(*args)`` (``"module:function"``) in the worker when this context uses it and
    it runs, else in a thread of this process (as before the worker). Either way the same
    function and the same answer, its exceptions raised here."""
    if _on.get() and (_worker.running() or (
            not _worker.failed and await asyncio.to_thread(_worker.start))):
        try:
            return await asyncio.wrap_future(_worker.submit(target, *args))
        except WorkerGone:
            pass  # said once in the log: this call runs here
    return await asyncio.to_thread(_target(target), *args)


# ---- the child's side -----------------------------------------------------------------
def child_main() -> None:
    """The worker's process: run each call in the order it came, until stdin closes (the
    window ended). Its stdin is read by a thread of its own so the parent's writes never
    wait for a call to finish."""
    import queue
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the window's to handle
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICE)
    src, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the frames
    calls: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        while (frame := _read(src)) is not None:
            calls.put(frame)
        calls.put(None)

    threading.Thread(target=read, daemon=True).start()
    out.write(b"ready\n")
    out.flush()
    while (call := calls.get()) is not None:
        number, target, args = call
        try:
            ok, value = True, _target(target)(*args)
        except Exception as exc:
            ok, value = False, exc
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an answer that does not pickle
            ok, payload = False, pickle.dumps(RuntimeError(f"{target}: {exc}"))
        try:
            _frame(out, (number, ok, payload))
        except OSError:
            break  # the parent is gone
    os._exit(0)  # nothing to tear down


if __name__ == "__main__":
    child_main()
