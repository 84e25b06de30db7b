"""A loopback-only static server for previewing a web project.

It serves exactly the files the project's :class:`Workspace` lists — nothing else: no
``.git``/``.devora`` or other ignored folders, no hidden files (``.env``), no symlinks (the
listing skips them and :func:`safe_path` refuses any link on the way), no hard links (a file
with a second name may be a file outside the project: refused), and no directory listings (a
folder answers with its ``index.html`` or 404). It binds 127.0.0.1 and answers only requests
addressed to a loopback host, so a web page cannot reach it by DNS rebinding, and (Linux)
closes connections that another user's process opened: loopback is shared by every account.

One thread serves every connection (asyncio): a client that opens connections and never
finishes a request costs a socket, not a thread, is dropped after ``idle_timeout``, and when
``max_connections`` are open the longest-idle one makes room for a new one.

A full-stack project is previewed through its own dev server instead; the window asks for
a :class:`PreviewSource` and does not care which one it gets.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ipaddress
import mimetypes
import os
import socket
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal, Protocol, TypeVar
from urllib.parse import unquote, urlsplit

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.threads import UnwaitedThread
from devora_desktop.core.workspace import Workspace, normalize_rel_path

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost"})
T = TypeVar("T")
_NOT_FOUND = b"<!doctype html><title>Not found</title><p>Not found in this project.</p>"
_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 421: "Misdirected Request",
            501: "Not Implemented"}
MAX_HEAD = 16 * 1024  # request line + headers


class PreviewSource(Protocol):
    """What the Preview panel needs: a URL to load and a way to stop. A static server and a
    project's dev server (npm run dev) both fit."""

    @property
    def url(self) -> str: ...

    def stop(self) -> None: ...


def servable(rel: str) -> bool:
    """Hidden files and folders (``.env``, ``.git``, ``.devora``) are never served."""
    return not any(part.startswith(".") for part in PurePosixPath(rel).parts)


def split_host(header: str) -> tuple[str, int | None]:
    """(host, port) of a ``Host`` header; host lower case, without IPv6 brackets."""
    header = header.strip().lower()
    host, port = header, ""
    if header.startswith("["):
        host, _, tail = header[1:].partition("]")
        port = tail[1:] if tail.startswith(":") else ""
    elif header.count(":") == 1:
        host, port = header.split(":")
    return host, (int(port) if port.isdigit() else None)


def host_of(header: str) -> str:
    """The host name of a ``Host`` header, without port or IPv6 brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_local_host(host: str) -> bool:
    """A name or address that reaches this computer or its network: loopback, private,
    link-local, unspecified (``0.0.0.0``), ``localhost`` and ``*.localhost``."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost") or not host:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        try:  # 127.1, 2130706433, 0x7f.1: forms a browser also reads as IPv4
            ip = ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified \
        or ip.is_reserved or ip.is_multicast


class OriginPolicy:
    """What the embedded preview may load and where it may go, for one preview URL.

    Requests: the preview's own origin (any loopback name for its port), ``data:``/``blob:``/
    ``about:``, and ``https``/``wss`` elsewhere (CDNs, fonts). Refused: any other port or
    address of this computer or its network, and plain ``http``/``ws`` to other hosts — a
    name can be rebound to 127.0.0.1 by its DNS, but it cannot present a certificate for a
    service on this computer. Navigations of the page itself: only its own origin; a link
    the person clicks to an outside ``http(s)`` page opens in their browser, anything else
    is refused. The Preview label may say so because this is what the view enforces."""

    ALWAYS = frozenset({"data", "blob", "about"})

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.url = url
        self.port = parts.port or (443 if parts.scheme == "https" else 80)

    def own(self, url: str) -> bool:
        parts = urlsplit(url)
        try:
            port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
        except ValueError:
            return False
        return parts.scheme in ("http", "ws") and port == self.port \
            and (parts.hostname or "") in LOOPBACK_HOSTS

    def allows_request(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in self.ALWAYS or self.own(url):
            return True
        if parts.scheme not in ("https", "wss"):
            return False
        return not is_local_host(parts.hostname or "")

    def navigation(self, url: str, clicked: bool) -> Literal["stay", "browser", "refuse"]:
        """``stay``: load it in the view; ``browser``: hand it to the system browser;
        ``refuse``: drop it. ``clicked``: the person followed a link (not a script)."""
        parts = urlsplit(url)
        if self.own(url) or url == "about:blank":
            return "stay"
        if clicked and parts.scheme in ("http", "https") \
                and not is_local_host(parts.hostname or ""):
            return "browser"
        return "refuse"


def read_single_link(path: Path) -> bytes | None:
    """The bytes of a regular file that has no other name (``st_nlink == 1``), or None.

    Opened without following a final symlink and without blocking on a FIFO; the checks are
    made on the open file, so a swap after the check changes nothing."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
            return None
        return fh.read()


@dataclass(frozen=True)
class Request:
    """One request head: its line and headers (names lower case)."""

    method: str
    target: str
    version: str
    headers: dict[str, str]
    lines: tuple[str, ...]  # the header lines as sent, for a proxy to pass on

    @classmethod
    def parse(cls, head: bytes) -> Request | None:
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            return None
        headers: dict[str, str] = {}
        kept = []
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
                kept.append(line)
        return cls(parts[0], parts[1], parts[2], headers, tuple(kept))

    @property
    def keep_alive(self) -> bool:
        conn = self.headers.get("connection", "").lower()
        return (self.version == "HTTP/1.1" and conn != "close") or conn == "keep-alive"


#: Where a project's own preview port is picked (below Linux's ephemeral range, so another
#: program's outgoing connection seldom holds it).
STABLE_PORTS = range(20000, 30000)


def stable_port(key: str) -> int:
    """A port of its own for one project (from its id): its preview keeps one origin between
    launches, so what its page kept in browser storage (localStorage) is there again; a
    fresh port each launch emptied it. The caller falls back to any free port when it is
    taken (:func:`on_port`)."""
    import hashlib

    digest = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big")
    return STABLE_PORTS.start + digest % len(STABLE_PORTS)


def on_port(make: Callable[[int], T], port: int) -> T:
    """``make(port)``, or ``make(0)`` (any free port) when ``port`` is taken."""
    if port:
        try:
            return make(port)
        except OSError:
            pass
    return make(0)


def _proc_address(host: str, port: int) -> str:
    """``127.0.0.1``, 8080 as /proc/net/tcp writes it: ``0100007F:1F90``."""
    return socket.inet_aton(host)[::-1].hex().upper() + f":{port:04X}"


def peer_uid(sock: socket.socket, table: TcpTable | None = None) -> int | None:
    """The user whose process opened this loopback TCP connection (Linux: its row in
    /proc/net/tcp); None where that can't be known (another OS, /proc unreadable, the
    client already gone). ``table``: a server's own copy of the table, read again only
    when it predates this connection (see :class:`TcpTable`)."""
    return (table or TcpTable()).peer_uid(sock)


class TcpTable:
    """/proc/net/tcp as last read: (local, remote) -> (uid, socket inode). The kernel writes
    the whole table at each read (every socket of the machine), and a server read it for
    each connection: 300 connections at once took seconds to let the next request in (a
    real one timed out behind them at load 12). A copy is good for a connection once it
    holds this side's own row with this socket's inode: it was read after the connection
    was made, and while the connection lasts its addresses are its own, so the other row
    of the pair in the same copy is its client's."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], tuple[int, int]] = {}

    def peer_uid(self, sock: socket.socket) -> int | None:
        try:
            (peer_host, peer_port), (my_host, my_port) = sock.getpeername()[:2], \
                sock.getsockname()[:2]
            theirs, mine = _proc_address(peer_host, peer_port), _proc_address(my_host, my_port)
            inode = os.fstat(sock.fileno()).st_ino
            if self._rows.get((mine, theirs), (0, None))[1] != inode:
                self._rows = self._read()
        except (OSError, ValueError):
            return None
        row = self._rows.get((theirs, mine))
        return row[0] if row is not None else None

    @staticmethod
    def _read() -> dict[tuple[str, str], tuple[int, int]]:
        rows = {}
        with open("/proc/net/tcp") as fh:
            for line in fh:
                cols = line.split()
                if len(cols) > 9 and cols[7].isdigit() and cols[9].isdigit():
                    rows[(cols[1], cols[2])] = (int(cols[7]), int(cols[9]))
        return rows


#: port -> the thread of a server told to stop (close_soon) that may still hold it
_CLOSING: dict[int, UnwaitedThread] = {}


def _port_closed(port: int) -> None:
    """Wait for a server closing on ``port`` to let it go (a project's preview comes back
    on its own port, where its page's storage is)."""
    thread = _CLOSING.pop(port, None) if port else None
    if thread is not None:
        thread.join(timeout=2)


class LoopbackServer:
    """An HTTP/1.1 server on ``127.0.0.1:<free port>`` in one thread of its own (asyncio),
    until ``stop()``. Subclasses answer a request head in :meth:`_answer`."""

    thread_name = "loopback-server"

    def __init__(self, *, max_connections: int = 128, idle_timeout: float = 15.0,
                 port: int = 0) -> None:
        self.max_connections = max_connections
        self.idle_timeout = idle_timeout
        #: (method, path, status) of recent requests
        self.requests: collections.deque[tuple[str, str, int]] = collections.deque(maxlen=2000)
        _port_closed(port)
        self._sock = socket.create_server(("127.0.0.1", port))  # 0: any free port
        self._address = self._sock.getsockname()[:2]
        self._idle: dict[asyncio.StreamWriter, float] = {}  # waiting for a request, since
        self._open: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task] = set()
        self._peers = TcpTable()  # who connects (only the server's thread reads it)
        self._loop = asyncio.new_event_loop()
        # set (from any thread, through the loop) to stop; made here so that a stop asked
        # before the loop runs is kept and served first
        self._stopping = asyncio.Event()
        # Not waited for: the socket listens already (a page's connections wait in its
        # backlog until the loop accepts them). The window's thread waited here for the
        # new thread to be scheduled, 10-160 ms at a busy machine's worst, at each preview
        # shown (a run's start, a project switch), then for Thread.start (UnwaitedThread).
        self._thread = UnwaitedThread(self._serve, self.thread_name)

    @property
    def port(self) -> int:
        return int(self._address[1])

    @property
    def url(self) -> str:
        host, port = self._address
        return f"http://{host}:{port}/"

    async def _answer(self, request: Request, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> bool:
        """Reply to one request; True to keep the connection for the next one."""
        raise NotImplementedError

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        finally:
            tasks = [t for t in asyncio.all_tasks(self._loop) if not t.done()]
            for task in tasks:
                task.cancel()
            if tasks:
                self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.close()
            with contextlib.suppress(OSError):  # already closed by the server, normally
                self._sock.close()

    async def _main(self) -> None:
        server = await asyncio.start_server(self._client, sock=self._sock, limit=MAX_HEAD,
                                            backlog=512)
        try:
            await self._stopping.wait()
        finally:
            server.close()
            for writer in list(self._open):
                writer.close()
            if self._handlers:  # each sees its connection end and returns
                await asyncio.wait(list(self._handlers), timeout=1.0)
            await server.wait_closed()

    def _make_room(self) -> bool:
        """At the connection cap, drop the longest-idle connection; False if none is idle."""
        if len(self._open) < self.max_connections:
            return True
        if not self._idle:
            return False
        oldest = min(self._idle, key=self._idle.__getitem__)
        self._idle.pop(oldest)
        self._open.discard(oldest)
        oldest.close()
        return True

    async def _client(self, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> None:
        if not self._make_room() or self._someone_else(writer):
            writer.close()
            return
        self._open.add(writer)
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        try:
            keep = True
            while keep:
                self._idle[writer] = time.monotonic()
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"),
                                                  self.idle_timeout)
                except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                        ConnectionError):
                    return
                finally:
                    self._idle.pop(writer, None)
                request = Request.parse(head)
                if request is None:
                    await self._reply(writer, "GET", "?", 400, b"bad request", "text/plain",
                                      False)
                    return
                keep = await self._answer(request, reader, writer)
        except (ConnectionError, TimeoutError):
            pass
        except asyncio.CancelledError:
            # the server stops (the person switched project): the connection just ends.
            # Python 3.11's start_server asks its handler's task for its exception, which a
            # cancelled task raises, and asyncio logged that as an ERROR with a traceback
            pass
        finally:
            self._idle.pop(writer, None)
            self._open.discard(writer)
            writer.close()

    def _someone_else(self, writer: asyncio.StreamWriter) -> bool:
        """A connection from another user's process: loopback is shared by every account on
        this computer, and the project's files (or its dev server) are this person's. The
        Host check stops web pages (DNS rebinding), this stops other local users; where the
        connection's owner can't be known (not Linux), nothing is refused."""
        sock = writer.get_extra_info("socket")
        uid = peer_uid(sock, self._peers) if sock is not None and hasattr(os, "getuid") \
            else None
        return uid is not None and uid != os.getuid()

    async def _reply(self, writer: asyncio.StreamWriter, method: str, target: str, status: int,
                     data: bytes, ctype: str, keep: bool) -> None:
        self.requests.append((method, target, status))
        head = (f"HTTP/1.1 {status} {_REASONS.get(status, '')}\r\n"
                f"Content-Type: {ctype}\r\nContent-Length: {len(data)}\r\n"
                "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                f"Connection: {'keep-alive' if keep else 'close'}\r\n\r\n")
        writer.write(head.encode("latin-1") + (data if method != "HEAD" else b""))
        await asyncio.wait_for(writer.drain(), self.idle_timeout)

    def stop(self) -> None:
        """Stop, and return once the port is free."""
        if self.close_soon():
            self._thread.join(timeout=2)
        _CLOSING.pop(self.port, None)
        with contextlib.suppress(OSError):
            self._sock.close()

    def close_soon(self) -> bool:
        """Stop without waiting for it (True: it is closing): its thread closes the open
        connections and the port. The window's thread waited for that, 20-70 ms under load
        each time the preview left a project (bench/ui_latency.py's longest stalls); a new
        server on the same port waits for this one then (:func:`_port_closed`)."""
        if not self._thread.is_alive():
            with contextlib.suppress(OSError):
                self._sock.close()
            return False
        _CLOSING[self.port] = self._thread
        with contextlib.suppress(RuntimeError):  # the loop already ended
            self._loop.call_soon_threadsafe(self._stopping.set)
        return True


class PreviewServer(LoopbackServer):
    """Serves one project folder on ``http://127.0.0.1:<free port>/`` until ``stop()``."""

    thread_name = "preview-server"

    def __init__(self, root: Path | Workspace, *, max_connections: int = 128,
                 idle_timeout: float = 15.0, port: int = 0) -> None:
        self.workspace = root if isinstance(root, Workspace) else Workspace(Path(root))
        self.root = self.workspace.root
        self._listing: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        super().__init__(max_connections=max_connections, idle_timeout=idle_timeout,
                         port=port)

    # ---- the files ----------------------------------------------------------------------
    def _listed(self, rel: str) -> bool:
        with self._lock:
            if rel in self._listing:
                return True
            # files appear during a run: re-ask the workspace once on a miss
            # export_files: an opened folder's images are served too (a model never reads them)
            self._listing = frozenset(r for r in self.workspace.export_files() if servable(r))
            return rel in self._listing

    def resolve(self, url_path: str) -> str | None:
        """The project file a URL path names (a folder means its index.html), or None."""
        raw = unquote(url_path).lstrip("/")
        candidates = [raw + "index.html" if raw.endswith("/") or not raw else raw]
        if raw and not raw.endswith("/"):
            candidates.append(raw + "/index.html")
        for cand in candidates:
            try:
                rel = normalize_rel_path(cand)
            except DevoraError:
                return None
            if servable(rel) and self._listed(rel):
                return rel
        return None

    def read(self, url_path: str) -> tuple[str, bytes] | None:
        rel = self.resolve(url_path)
        if rel is None:
            return None
        try:
            path = self.workspace.path_for(rel)  # safe_path: no symlink on the way
        except DevoraError:
            return None
        data = read_single_link(path)
        return None if data is None else (rel, data)

    def failed_requests(self) -> list[tuple[str, int]]:
        """(path, status) of requests the project's own files could not answer."""
        return [(path, status) for _m, path, status in list(self.requests) if status >= 400]

    async def _answer(self, request: Request, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> bool:
        keep = request.keep_alive
        if request.method not in ("GET", "HEAD"):
            keep = False  # a body may follow: it is never read
            status, data, ctype = 501, b"not implemented", "text/plain"
        elif host_of(request.headers.get("host", "")) not in LOOPBACK_HOSTS:
            status, data, ctype = 421, b"wrong host", "text/plain"
        else:
            found = self.read(urlsplit(request.target).path)
            if found is None:
                status, data, ctype = 404, _NOT_FOUND, "text/html; charset=utf-8"
            else:
                rel, data = found
                status = 200
                ctype = mimetypes.guess_type(rel)[0] or "application/octet-stream"
                if ctype.startswith("text/") or ctype in ("application/javascript",
                                                          "application/json"):
                    ctype += "; charset=utf-8"
        await self._reply(writer, request.method, request.target, status, data, ctype, keep)
        return keep


class HostGuardProxy(LoopbackServer):
    """Devora's loopback door to a project's dev server (``upstream``: a port on 127.0.0.1).

    It passes on only requests addressed to itself — ``Host: 127.0.0.1:<its port>`` or
    ``localhost:<its port>`` — and answers 421 to any other name, so a web page whose DNS
    name was rebound to 127.0.0.1 gets nothing from the dev server through it (dev servers
    answer any Host). One request per connection (``Connection: close`` is passed on), so
    each request's Host is checked; a WebSocket upgrade (hot reload) stays open."""

    thread_name = "dev-proxy"

    def __init__(self, upstream: int, *, max_connections: int = 128,
                 idle_timeout: float = 15.0, port: int = 0, door: str | None = None) -> None:
        """``door``: a UNIX socket that reaches ``upstream`` in the sandbox's own network
        (core/sandbox.py, Launch.door); None: ``upstream`` is on this computer's loopback."""
        self.upstream = upstream
        self.door = door
        super().__init__(max_connections=max_connections, idle_timeout=idle_timeout,
                         port=port)

    def own_host(self, header: str) -> bool:
        host, port = split_host(header)
        return host in LOOPBACK_HOSTS and port == self.port

    async def _answer(self, request: Request, reader: asyncio.StreamReader,
                      writer: asyncio.StreamWriter) -> bool:
        if not self.own_host(request.headers.get("host", "")):
            await self._reply(writer, request.method, request.target, 421, b"wrong host",
                              "text/plain", False)
            return False
        try:
            up_reader, up_writer = await asyncio.wait_for(
                upstream_connection(self.upstream, self.door), self.idle_timeout)
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            await self._reply(writer, request.method, request.target, 502,
                              b"the dev server is not answering", "text/plain", False)
            return False
        self.requests.append((request.method, request.target, 0))
        upgrade = "upgrade" in request.headers.get("connection", "").lower()
        lines = [ln for ln in request.lines if upgrade or not ln.lower().startswith(
            ("connection:", "keep-alive:", "proxy-connection:"))]
        if not upgrade:
            lines.append("Connection: close")
        head = "\r\n".join([f"{request.method} {request.target} {request.version}", *lines])
        up_writer.write(head.encode("latin-1") + b"\r\n\r\n")
        own = request.headers.get("host", "").strip()
        await _pipe_both(reader, writer, up_reader, up_writer,
                         lambda line: self.own_location(line, own))
        return False

    def own_location(self, line: bytes, own: str) -> bytes:
        """A response header line, with a redirect to the dev server's own address pointed at
        this proxy (``own``: the Host the page used). Next.js builds redirects from its own
        host and port (``http://localhost:<its port>/login``), never the request's Host, and
        the Preview stays on its own origin: a signed-out app's redirect to its login page
        left the Preview on "compiling the first page…" for good."""
        name, sep, value = line.partition(b":")
        if not sep or name.strip().lower() != b"location":
            return line
        try:
            parts = urlsplit(value.strip().decode("latin-1"))
            here = parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS and \
                parts.port == self.upstream
        except ValueError:
            return line
        if not here:
            return line
        return b"Location: " + parts._replace(netloc=own).geturl().encode("latin-1")


async def upstream_connection(port: int, door: str | None = None
                              ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection to a dev server: on loopback, or through its sandbox's door (whose
    first byte says the server answered; IncompleteReadError when it did not)."""
    if door is None:
        return await asyncio.open_connection("127.0.0.1", port)
    reader, writer = await asyncio.open_unix_connection(door)
    try:
        await reader.readexactly(1)
    except BaseException:
        writer.close()
        raise
    return reader, writer


async def _copy(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError):
        while data := await src.read(65536):
            dst.write(data)
            await dst.drain()
    if dst.can_write_eof():
        with contextlib.suppress(OSError, RuntimeError):
            dst.write_eof()


async def _copy_head(src: asyncio.StreamReader, dst: asyncio.StreamWriter,
                     header: Callable[[bytes], bytes]) -> None:
    """The response's status line and headers, each header line passed through ``header``
    (a head too big to hold, or cut short, goes on as it came)."""
    try:
        head = await src.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        head = exc.partial
    except asyncio.LimitOverrunError:
        return
    except (ConnectionError, OSError):
        return
    status, *lines = head[:-4].split(b"\r\n") if head.endswith(b"\r\n\r\n") else [head]
    if lines:
        head = b"\r\n".join([status, *map(header, lines)]) + b"\r\n\r\n"
    with contextlib.suppress(ConnectionError, OSError):
        dst.write(head)
        await dst.drain()


async def _pipe_both(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                     up_reader: asyncio.StreamReader, up_writer: asyncio.StreamWriter,
                     header: Callable[[bytes], bytes] | None = None) -> None:
    """Bytes both ways until the dev server's side ends (it closes after one response, or
    when a WebSocket ends); the client's side ending first half-closes the other.
    ``header``: rewrites each header line of the dev server's response."""
    upload = asyncio.ensure_future(_copy(reader, up_writer))
    try:
        if header is not None:
            await _copy_head(up_reader, writer, header)
        await _copy(up_reader, writer)
    finally:
        upload.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await upload
        up_writer.close()
