"""A loopback git server speaking smart HTTP (dulwich's WSGI app), so clone, pull and push run
the real client over real HTTP. ``token`` makes it ask for Basic auth (any user, that
password), as GitHub does for a private repository."""

from __future__ import annotations

import base64
import threading
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from tests.fakes.base import free_port


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _Threaded(WSGIServer):
    daemon_threads = True


class GitHttpServer:
    def __init__(self, repos: dict[str, Path], token: str | None = None) -> None:
        from dulwich.repo import Repo
        from dulwich.server import DictBackend
        from dulwich.web import make_wsgi_chain

        self.repos = {f"/{name}": Repo(str(path)) for name, path in repos.items()}
        git_app = make_wsgi_chain(DictBackend(self.repos))
        self.token = token
        self.requests: list[str] = []

        def app(environ, start_response):
            self.requests.append(f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']}")
            if token is not None:
                auth = environ.get("HTTP_AUTHORIZATION", "")
                ok = auth.startswith("Basic ") and base64.b64decode(auth[6:]).decode(
                    "utf-8", "replace").split(":", 1)[-1] == token
                if not ok:
                    start_response("401 Unauthorized",
                                   [("WWW-Authenticate", 'Basic realm="fake"')])
                    return [b"auth needed"]
            return git_app(environ, start_response)

        self.port = free_port()
        self.server = make_server("127.0.0.1", self.port, app, server_class=_Threaded,
                                  handler_class=_Quiet)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def __enter__(self) -> GitHttpServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        for repo in self.repos.values():
            repo.close()
