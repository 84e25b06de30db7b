"""The model's streams read in a process of their own, for the window.

A model streams a token every few ms per agent, and reading each one (TLS, HTTP chunk,
server-sent event, JSON) costs ~150-300 us of Python: four agents at once kept the engine's
thread on the interpreter a thousand times a second, and the window's Qt thread waited for
it (the long event-loop gaps of bench/ui_latency.py). With the relay on, a provider's chat
request goes over a Unix socket to a child process that makes the real request, reads the
stream and hands back the same events, the text of those that follow each other closely
joined (:data:`FRAME`): the engine reads one event where the model sent several, and the
per-token work runs on another interpreter. What the engine sees is what it would have seen
(statuses, error bodies, Retry-After, the first token at once, usage, ``[DONE]``), and a
failure maps to the same error: nothing above :mod:`core.llm.client` knows.

Only the window's runs turn it on (:func:`use`): the command line has no other thread to
keep free. A stopped run closes its socket at once and the relay closes the request to the
model. The relay ends when its parent does (its stdin closes). Where Unix sockets are
missing (Windows) or the relay cannot start, requests go straight to the model as before.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import httpx

log = logging.getLogger(__name__)

#: s: text that follows the last handed-over text within this long waits for the rest of
#: the frame and goes joined; text after a longer silence (the first token) goes at once
FRAME = 0.008
#: the relay's process runs this much nicer than the window (bench/ui_latency.py at load
#: 15 on 2 cores: gaps over 16 ms 129-161 -> 101-111 a run, the run's length the same)
NICE = 5
#: s the child may take to start serving before streams go direct instead
START_TIMEOUT = 30.0
#: argument that makes the packaged app (one executable) run as the relay
CHILD_ARG = "--devora-llm-relay"
#: headers the relay's own client sets (the parent's are sent on but these)
_HOP = {"host", "content-length", "connection", "transfer-encoding", "accept-encoding",
        "keep-alive"}


# ---- the parent's side ----------------------------------------------------------------
class Relay:
    """The process's relay: started on first use (the window's warm-up), one socket path
    for every client and loop; the child ends when this process does (its stdin closes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: Any = None
        self.path: str | None = None
        self.failed = False
        self.relayed = 0  # chat requests sent through it (a window's test reads it)

    def start(self) -> str | None:
        """Start the child (blocking, ~0.2-0.4 s the first time) and return its socket's
        path; None when it cannot run here (then streams go direct)."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                return self.path
            if self.failed or not _sockets():
                return None
            from devora_desktop.core.offload import spawn_child

            folder = tempfile.mkdtemp(prefix="devora-relay-")  # 0700: ours alone
            path = os.path.join(folder, "s")
            args = [CHILD_ARG] if getattr(sys, "frozen", False) else \
                ["-m", "devora_desktop.core.llm.relay"]
            proc = spawn_child([*args, path], "the stream relay (streams go direct)",
                               START_TIMEOUT)
            if proc is None:
                shutil.rmtree(folder, ignore_errors=True)
                self.failed = True
                return None
            # its folder goes with this process too: a child ended by a signal leaves it
            atexit.register(shutil.rmtree, folder, True)
            self._proc, self.path = proc, path
            return path

    def running(self) -> str | None:
        """The socket's path when the child is up, without starting it."""
        proc = self._proc
        return self.path if proc is not None and proc.poll() is None else None


_relay = Relay()
#: whether providers made here stream through the relay: set by the window's run, in its
#: task's context only (the command line, tests and other tasks of the process go direct)
_on: ContextVar[bool] = ContextVar("devora_llm_relay", default=False)


def use(on: bool = True) -> None:
    """Providers made from now on in this context (the calling task and the tasks it
    starts) stream through the relay."""
    _on.set(on)


def _sockets() -> bool:
    """Whether this system has the Unix sockets asyncio serves (not Windows)."""
    import socket

    return sys.platform != "win32" and hasattr(socket, "AF_UNIX")


def shared() -> Relay:
    return _relay


def transport(**kwargs: Any) -> httpx.AsyncBaseTransport | None:
    """The transport a new provider client takes: chat streams through the relay when it
    is on, all else (``kwargs``: httpx.AsyncHTTPTransport's) direct; None when it is off."""
    if not _on.get() or not _sockets():
        return None
    return RelayTransport(_relay, httpx.AsyncHTTPTransport(**kwargs))


class RelayTransport(httpx.AsyncBaseTransport):
    """A chat request goes to the relay as one JSON line and its body; the answer is the
    model's status and headers as one JSON line, then its body in length-prefixed frames
    (an empty one ends it; a socket closed before it is a dropped connection), or a
    transport failure named by its class, raised here as that class so the client maps
    it as it would have. Read with asyncio's streams, not an HTTP client: a frame costs
    the engine ~30 us, not the ~150 us of another HTTP parse."""

    def __init__(self, relay: Relay, direct: httpx.AsyncBaseTransport) -> None:
        self.relay, self.direct = relay, direct

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
            return await self.direct.handle_async_request(request)
        path = self.relay.running() or await asyncio.to_thread(self.relay.start)
        if path is None:
            return await self.direct.handle_async_request(request)
        timeout = request.extensions.get("timeout") or {}
        body = await request.aread()
        head = {"url": str(request.url), "connect": timeout.get("connect") or 10.0,
                "write": timeout.get("write") or 30.0, "length": len(body),
                "headers": [(k.decode("latin-1"), v.decode("latin-1"))
                            for k, v in request.headers.raw
                            if k.lower() not in (b"host", b"content-length")]}
        try:
            reader, writer = await asyncio.open_unix_connection(path, limit=1 << 20)
        except OSError as exc:  # its socket gone (a temp cleaner): this stream goes direct
            log.warning("the stream relay did not answer (%s): this stream goes direct", exc)
            return await self.direct.handle_async_request(request)
        try:
            writer.write(json.dumps(head).encode() + b"\n" + body)
            answer = json.loads(await reader.readline() or b"{}")
        except (OSError, ValueError) as exc:
            writer.close()
            raise httpx.ReadError(f"the stream relay: {exc}", request=request) from exc
        except BaseException:
            writer.transport.abort()
            raise
        self.relay.relayed += 1
        if "status" not in answer:
            writer.close()
            kind = getattr(httpx, str(answer.get("error")), None)
            if not (isinstance(kind, type) and issubclass(kind, httpx.TransportError)):
                kind = httpx.TransportError
            raise kind(str(answer.get("message") or "the stream relay failed"),
                       request=request)
        return httpx.Response(int(answer["status"]), headers=answer.get("headers") or {},
                              stream=_Frames(reader, writer, timeout.get("read"), request),
                              request=request)

    async def aclose(self) -> None:
        await self.direct.aclose()


class _Frames(httpx.AsyncByteStream):
    """The body of a relayed answer, frame by frame; closing it closes the socket, and the
    relay then closes the request to the model."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 idle: float | None, request: httpx.Request) -> None:
        self.reader, self.writer, self.idle, self.request = reader, writer, idle, request

    async def __aiter__(self):
        read = self.reader.readexactly
        while True:
            try:
                async with asyncio.timeout(self.idle):
                    size = int.from_bytes(await read(4), "big")
                    if not size:
                        return
                    data = await read(size)
            except TimeoutError as exc:
                raise httpx.ReadTimeout("the model's stream was silent too long",
                                        request=self.request) from exc
            except (OSError, asyncio.IncompleteReadError) as exc:
                raise httpx.RemoteProtocolError("the connection to the model dropped",
                                                request=self.request) from exc
            yield data

    async def aclose(self) -> None:
        self.writer.transport.abort()


# ---- the child's side -----------------------------------------------------------------
def _mergeable(chunk: Any) -> str | None:
    """The text of an event that is nothing but one choice's text (no finish, usage or
    error): those that follow closely are joined; every other event goes as it came."""
    if not isinstance(chunk, dict) or "error" in chunk or chunk.get("usage") is not None:
        return None
    choices = chunk.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return None
    choice = choices[0]
    delta = choice.get("delta")
    if choice.get("finish_reason") or not isinstance(delta, dict):
        return None
    text = delta.get("content")
    if not isinstance(text, str) or not text or set(delta) - {"content", "role"}:
        return None
    return text


class _Joiner:
    """One stream's events, written to the parent as server-sent events in frames; text
    that follows closely is joined (core/pacing.py)."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        from devora_desktop.core.pacing import FramePacer

        self.writer = writer
        self.held: list[str] = []
        self.first: dict | None = None
        self.pace = FramePacer(asyncio.get_running_loop(), FRAME, self.flush)

    def frame(self, data: bytes) -> None:
        self.writer.write(len(data).to_bytes(4, "big") + data)

    def keep_alive(self) -> None:
        """A comment the model sent to keep the stream open, passed on as one: the parent
        reads it as the silence ended (its idle timer), and its event reader skips it."""
        self.frame(b":\n\n")

    def event(self, data: str) -> None:
        self.flush()
        self.send(data)

    def send(self, data: str) -> None:
        self.frame(b"".join(b"data: " + line.encode() + b"\n"
                            for line in data.split("\n")) + b"\n")

    def text(self, chunk: dict, text: str) -> None:
        if not self.held:
            self.first = chunk
        self.held.append(text)
        self.pace.held()

    def flush(self) -> None:
        self.pace.cancel()
        if not self.held or self.first is None:
            return
        chunk, held = self.first, self.held
        self.held, self.first = [], None
        if len(held) > 1:
            chunk["choices"][0]["delta"]["content"] = "".join(held)
        self.send(json.dumps(chunk, ensure_ascii=False, separators=(",", ":")))
        self.pace.handed()


def _answer(writer: asyncio.StreamWriter, answer: dict) -> None:
    writer.write(json.dumps(answer).encode() + b"\n")


async def _sse_data(resp: httpx.Response, keep_alive: Callable[[], None]
                    ) -> AsyncIterator[str]:
    """The data of each server-sent event in ``resp`` (all the client reads of one), and
    ``keep_alive()`` for each comment line. httpx_sse drops comments, but a model may send
    nothing else for a while (OpenRouter's ": OPENROUTER PROCESSING" while a request waits):
    read straight, the client's idle timer sees those bytes; relayed, it must see them too."""
    data: list[str] = []
    async for line in resp.aiter_lines():
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith(":"):
            keep_alive()
        else:
            field, _, value = line.partition(":")
            if field == "data":
                data.append(value[1:] if value.startswith(" ") else value)


async def _forward(client: httpx.AsyncClient, head: dict, body: bytes,
                   writer: asyncio.StreamWriter) -> None:
    sent = [(k, v) for k, v in head.get("headers") or [] if k.lower() not in _HOP]
    connect, write = float(head.get("connect") or 10), float(head.get("write") or 30)
    timeout = httpx.Timeout(connect=connect, read=None, write=write, pool=connect)
    answered = False
    try:
        async with client.stream("POST", head["url"], content=body, headers=sent,
                                 timeout=timeout) as resp:
            ctype = resp.headers.get("content-type", "")
            kept = {k: resp.headers[k] for k in ("content-type", "retry-after")
                    if k in resp.headers}
            out = _Joiner(writer)
            if resp.status_code != 200 or "text/event-stream" not in ctype:
                data = await resp.aread()
                _answer(writer, {"status": resp.status_code, "headers": kept})
                answered = True
                if data:
                    out.frame(data)
                out.frame(b"")
                await writer.drain()
                return
            _answer(writer, {"status": 200, "headers": kept})
            answered = True
            try:
                async for data in _sse_data(resp, out.keep_alive):
                    try:
                        chunk = json.loads(data) if data.strip() not in ("", "[DONE]") else None
                    except ValueError:
                        chunk = None
                    text = _mergeable(chunk)
                    if text is None:
                        out.event(data)
                    else:
                        out.text(chunk, text)  # type: ignore[arg-type]
                    if writer.transport.get_write_buffer_size() > 65536:
                        await writer.drain()
                out.flush()
                out.frame(b"")
                await writer.drain()
            except (httpx.HTTPError, ValueError):
                out.flush()  # what came is the parent's; the cut says the rest did not
                with contextlib.suppress(OSError, RuntimeError):
                    await writer.drain()
                writer.transport.abort()
    except (httpx.HTTPError, OSError, ValueError) as exc:
        if not answered:
            _answer(writer, {"error": type(exc).__name__, "message": str(exc)[:300]})
            await writer.drain()


async def _serve(client: httpx.AsyncClient, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
    """One request per connection; the parent closing its side (a stopped run) cancels
    it at once, and with it the request to the model."""
    try:
        head = json.loads(await reader.readline())
        body = await reader.readexactly(int(head.get("length") or 0))
    except (OSError, ValueError, AttributeError, asyncio.IncompleteReadError):
        writer.transport.abort()
        return
    work = asyncio.ensure_future(_forward(client, head, body, writer))
    closed = asyncio.ensure_future(reader.read())  # b"" when the parent hangs up
    await asyncio.wait([work, closed], return_when=asyncio.FIRST_COMPLETED)
    closed.cancel()
    if not work.done():
        work.cancel()
        with contextlib.suppress(BaseException):
            await work
        writer.transport.abort()
        return
    if work.exception() is not None and not isinstance(work.exception(), OSError):
        log.error("the stream relay failed a request: %r", work.exception())
    writer.close()


async def _main(path: str) -> None:
    from devora_desktop.core.tls import tls_context

    client = httpx.AsyncClient(trust_env=False, verify=tls_context(), timeout=None,
                               limits=httpx.Limits(max_connections=32,
                                                   max_keepalive_connections=8))
    server = await asyncio.start_unix_server(lambda r, w: _serve(client, r, w), path,
                                             limit=1 << 24)
    os.chmod(path, 0o600)
    stdin = asyncio.StreamReader()
    await asyncio.get_running_loop().connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    sys.stdout.buffer.write(b"ready\n")
    sys.stdout.buffer.flush()
    await stdin.read()  # the parent ended (or closed our stdin)
    server.close()
    shutil.rmtree(os.path.dirname(path), ignore_errors=True)


def child_main(path: str) -> None:
    """The relay's process: serve ``path`` until stdin closes (Ctrl+C in the terminal that
    started the window is the window's to handle: it ends, and so does this)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a little behind the window for a core: on a busy machine the Qt thread (and the
    # engine's, which holds the GIL it waits for) get one first; idle, nothing changes
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICE)
    asyncio.run(_main(path))
    sys.stdout.flush()
    os._exit(0)  # nothing to tear down


if __name__ == "__main__":
    child_main(Path(sys.argv[1]).as_posix())
