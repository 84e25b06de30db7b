"""A loopback-only static server for previewing a web project.

It serves exactly the files the project's :class:`Workspace` lists — nothing else: no
``.git``/``.devora`` or other ignored folders, no hidden files (``.env``), no symlinks (the
listing skips them and :func:`safe_path` refuses any link on the way), and no directory
listings (a folder answers with its ``index.html`` or 404). It binds 127.0.0.1 and answers
only requests addressed to a loopback host, so a web page cannot reach it by DNS rebinding.

A full-stack project is previewed through its own dev server instead; the window asks for
a :class:`PreviewSource` and does not care which one it gets.
"""

from __future__ import annotations

import collections
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.workspace import Workspace, normalize_rel_path

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost"})
_NOT_FOUND = b"<!doctype html><title>Not found</title><p>Not found in this project.</p>"


class PreviewSource(Protocol):
    """What the Preview panel needs: a URL to load and a way to stop. A static server and a
    project's dev server (npm run dev) both fit."""

    @property
    def url(self) -> str: ...

    def stop(self) -> None: ...


def servable(rel: str) -> bool:
    """Hidden files and folders (``.env``, ``.git``, ``.devora``) are never served."""
    return not any(part.startswith(".") for part in PurePosixPath(rel).parts)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    preview: PreviewServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a browser that drops a connection mid-file is normal


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def _reply(self, status: int, data: bytes, ctype: str, body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _serve(self, body: bool) -> None:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        if host not in LOOPBACK_HOSTS:
            self._reply(421, b"wrong host", "text/plain", body)
            return
        data = self.server.preview.read(urlsplit(self.path).path)
        if data is None:
            self._reply(404, _NOT_FOUND, "text/html; charset=utf-8", body)
            return
        rel, content = data
        ctype = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        self._reply(200, content, ctype, body)

    def log_request(self, code: object = "-", size: object = "-") -> None:
        requests = getattr(self.server, "requests", None)
        status = getattr(code, "value", code)
        if requests is not None and isinstance(status, int):
            requests.append((self.command, self.path, status))


class PreviewServer:
    """Serves one project folder on ``http://127.0.0.1:<free port>/`` until ``stop()``."""

    def __init__(self, root: Path | Workspace) -> None:
        self.workspace = root if isinstance(root, Workspace) else Workspace(Path(root))
        self.root = self.workspace.root
        self._listing: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.preview = self
        #: (method, path, status) of recent requests: the web check reads failed ones here.
        self.requests: collections.deque[tuple[str, str, int]] = collections.deque(maxlen=2000)
        self._server.requests = self.requests  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        kwargs={"poll_interval": 0.2}, name="preview-server")
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def _listed(self, rel: str) -> bool:
        with self._lock:
            if rel in self._listing:
                return True
            # files appear during a run: re-ask the workspace once on a miss
            self._listing = frozenset(r for r in self.workspace.iter_files() if servable(r))
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
            return rel, self.workspace.read_bytes(rel)  # safe_path: no symlink on the way
        except (DevoraError, OSError):
            return None

    def failed_requests(self) -> list[tuple[str, int]]:
        """(path, status) of requests the project's own files could not answer."""
        return [(path, status) for _m, path, status in list(self.requests) if status >= 400]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=2)
