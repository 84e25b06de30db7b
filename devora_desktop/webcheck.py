"""Loads one page headless and prints what went wrong in it as JSON (one object on stdout).

    python -m devora_desktop.webcheck URL [--timeout S] [--settle S] [--browser PATH]
                                          [--engine auto|qtwebengine|chromium] [--profile DIR]
    python -m devora_desktop.webcheck PAGE --serve PROJECT_DIR [--port P] [...]

Run by the web check (core/checks) through the project runner, so the model's JavaScript
runs in a separate, killable, confined process. With ``--serve`` it serves the project
itself (core/preview.py) on the loopback of its own sandbox, which has no other network: the
page reaches its own files and nothing else, and the JSON adds "base" and "failed_requests"
(what the project could not answer). It lives outside core and
agents because it may import Qt: QtWebEngine (offscreen) when PySide6-Addons is installed,
else a Chromium-family browser over the DevTools protocol, else it says why it can't.

Output: {"tool": "qtwebengine"|"chromium"|null, "skipped": null|"reason", "loaded": bool,
         "title": str, "errors": [{"kind": "exception"|"console", "message", "url",
         "line", "column"}]}
Failed requests are not reported here: the preview server that serves the page sees them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from devora_desktop.core import hostenv

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
            "msedge", "microsoft-edge")
_MAC_APPS = ("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
             "/Applications/Chromium.app/Contents/MacOS/Chromium",
             "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")
_WIN_APPS = (r"Google\Chrome\Application\chrome.exe", r"Microsoft\Edge\Application\msedge.exe",
             r"Chromium\Application\chrome.exe")


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def find_browser() -> str | None:
    """A Chromium-family browser on PATH or in its usual install place."""
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    candidates = list(_MAC_APPS)
    for var in ("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
        if base := os.environ.get(var):
            candidates += [str(Path(base) / rel) for rel in _WIN_APPS]
    return next((c for c in candidates if Path(c).is_file()), None)


def _error(kind: str, message: str, url: str | None = None, line: int | None = None,
           column: int | None = None) -> dict:
    return {"kind": kind, "message": " ".join(message.split())[:1000], "url": url or None,
            "line": line, "column": column}


def _not_loaded(url: str, timeout: float) -> dict:
    return _error("exception", f"the page did not finish loading within {timeout:.0f} s (a "
                  "script that never ends, or a file that never arrives?)", url)


# ---- QtWebEngine -------------------------------------------------------------------------
def check_qtwebengine(url: str, timeout: float, settle: float) -> dict:
    """Raises ImportError when QtWebEngine is not installed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if _as_root():  # its Chromium refuses to start as root with the sandbox on
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401  (initialises QtWebEngine for widgets)
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    errors: list[dict] = []
    state = {"loaded": False, "title": ""}
    level_error = QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel

    class Page(QWebEnginePage):
        def javaScriptConsoleMessage(self, level, message, line, source):
            if level == level_error:
                kind = "exception" if message.startswith("Uncaught") else "console"
                errors.append(_error(kind, message, source, line or None))

    profile = QWebEngineProfile()  # off the record: nothing of the page stays on disk
    page = Page(profile)

    def finished(ok: bool) -> None:
        state["loaded"] = ok
        state["title"] = page.title()
        QTimer.singleShot(int(settle * 1000), app.quit)

    page.loadFinished.connect(finished)
    QTimer.singleShot(int(timeout * 1000), app.quit)
    page.load(QUrl(url))
    app.exec()
    import shiboken6

    shiboken6.delete(page)  # pages go before their profile
    shiboken6.delete(profile)
    loaded, title = state["loaded"], state["title"]
    if not loaded:
        errors.append(_not_loaded(url, timeout))
    return {"tool": "qtwebengine", "loaded": loaded, "title": title, "errors": errors}


# ---- Chromium over the DevTools protocol ------------------------------------------------
class _Cdp:
    """Just enough of the DevTools protocol: calls with ids, events collected in order."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 15.0) -> dict:
        self.next_id += 1
        msg: dict = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        deadline = time.monotonic() + timeout
        while True:
            data = json.loads(self.ws.recv(timeout=max(0.01, deadline - time.monotonic())))
            if data.get("id") == self.next_id:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error'].get('message')}")
                return data.get("result", {})
            self.events.append(data)

    def pump(self, until: float, stop=lambda: False) -> None:
        while not stop() and (left := until - time.monotonic()) > 0:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=left)))
            except TimeoutError:
                return


def _devtools_url(proc: subprocess.Popen, timeout: float) -> str:
    """Chromium prints "DevTools listening on ws://..." on stderr; keep draining it after."""
    lines: queue.Queue[str] = queue.Queue()

    def drain() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            lines.put(raw.decode("utf-8", "replace"))

    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        if m := re.search(r"DevTools listening on (ws://\S+)", line):
            return m.group(1)
        seen.append(line.strip())
    raise RuntimeError("the browser did not start: " + " | ".join(seen[-3:])[:300])


class DevTools:
    """A headless Chromium-family browser and its DevTools connection, closed as a whole: the
    browser, its process and (when this made it) its profile folder. The web check and the
    tests' browser both drive pages through it."""

    def __init__(self, browser: str, profile: str | None = None, timeout: float = 30.0,
                 extra_args: tuple[str, ...] = (), port: int = 0) -> None:
        from websockets.sync.client import connect

        self.own_profile = profile is None
        self.profile = profile or tempfile.mkdtemp(prefix="devora-webcheck-")
        args = [browser, "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--mute-audio",
                f"--remote-debugging-port={port}", *extra_args, f"--user-data-dir={self.profile}",
                "about:blank"]
        if _as_root():  # Chromium will not start as root with its sandbox; never for others
            args.insert(2, "--no-sandbox")
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, env=hostenv.foreign_env())
        self._connection = contextlib.ExitStack()
        try:
            self.ws = self._connection.enter_context(connect(
                _devtools_url(self.proc, timeout), max_size=None, open_timeout=10))
        except BaseException:
            self._stop()
            raise
        self.cdp = _Cdp(self.ws)

    def open_tab(self, domains: tuple[str, ...] = ("Runtime", "Log", "Page"),
                 isolated: bool = False) -> str:
        """A new blank tab with ``domains`` enabled; its session id. ``isolated``: in a
        browser context of its own, sharing no cookies or storage with the other tabs."""
        params = {"url": "about:blank"}
        if isolated:
            params["browserContextId"] = self.cdp.call("Target.createBrowserContext")[
                "browserContextId"]
        target = self.cdp.call("Target.createTarget", params)["targetId"]
        session = self.cdp.call("Target.attachToTarget",
                                {"targetId": target, "flatten": True})["sessionId"]
        for domain in domains:
            self.cdp.call(f"{domain}.enable", session=session)
        return session

    def events_of(self, session: str) -> list[dict]:
        return [e for e in self.cdp.events if e.get("sessionId") == session]

    def __enter__(self) -> DevTools:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.cdp.call("Browser.close", timeout=5)
        with contextlib.suppress(Exception):
            self._connection.close()
        self._stop()

    def _stop(self) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        if self.own_profile:
            shutil.rmtree(self.profile, ignore_errors=True)


def _frame(details: dict) -> tuple[str | None, int | None, int | None]:
    frames = (details.get("stackTrace") or {}).get("callFrames") or []
    url = details.get("url") or (frames[0].get("url") if frames else None)
    line = details.get("lineNumber", frames[0].get("lineNumber") if frames else None)
    col = details.get("columnNumber", frames[0].get("columnNumber") if frames else None)
    return url, None if line is None else line + 1, None if col is None else col + 1


def errors_from_events(events: list[dict]) -> list[dict]:
    """The page's uncaught exceptions and console errors among DevTools events."""
    out: list[dict] = []
    for ev in events:
        method, p = ev.get("method"), ev.get("params", {})
        if method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            desc = ((d.get("exception") or {}).get("description") or "").split("\n")[0]
            text = d.get("text") or "Uncaught"
            message = f"{text} {desc}" if desc and desc not in text else text
            out.append(_error("exception", message, *_frame(d)))
        elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            parts = [str(a["value"]) if "value" in a else a.get("description", a.get("type", ""))
                     for a in p.get("args", [])]
            message = " ".join(parts) or p.get("type", "")
            if p.get("type") == "assert":
                message = "Assertion failed: " + message
            out.append(_error("console", message, *_frame(p)))
        elif method == "Log.entryAdded":
            entry = p.get("entry", {})
            # network failures come from the server's log (own assets only); the rest is ours
            if entry.get("level") == "error" and entry.get("source") != "network":
                line = entry.get("lineNumber")
                out.append(_error("console", entry.get("text", ""), entry.get("url"),
                                  None if line is None else line + 1))
    return out


def check_chromium(url: str, timeout: float, settle: float, browser: str,
                   profile: str | None = None, devtools_port: int = 0) -> dict:
    deadline = time.monotonic() + timeout
    with DevTools(browser, profile, min(30.0, timeout), port=devtools_port) as tools:
        cdp = tools.cdp
        session = tools.open_tab()
        cdp.events.clear()
        nav = cdp.call("Page.navigate", {"url": url}, session=session)
        loaded = "errorText" not in nav

        def load_fired() -> bool:
            return any(e.get("method") == "Page.loadEventFired" for e in cdp.events)

        cdp.pump(deadline, load_fired)
        loaded = loaded and load_fired()
        cdp.pump(min(deadline, time.monotonic() + settle))  # timers, late promises
        title = ""
        with contextlib.suppress(Exception):
            title = cdp.call("Runtime.evaluate", {"expression": "document.title",
                                                  "returnByValue": True},
                             session=session, timeout=5)["result"].get("value", "")
        errors = errors_from_events(cdp.events)
        if not loaded:
            errors.append(_error("exception", f"the page did not load: {nav['errorText']}",
                                 url) if nav.get("errorText") else _not_loaded(url, timeout))
    return {"tool": "chromium", "loaded": loaded, "title": title, "errors": errors}


def check(url: str, timeout: float = 25.0, settle: float = 1.0,
          browser: str | None = None, engine: str = "auto", profile: str | None = None,
          devtools_port: int = 0) -> dict:
    """QtWebEngine first (when installed), else Chromium; a dict as printed by main()."""
    if engine in ("auto", "qtwebengine") and browser is None:
        try:
            return check_qtwebengine(url, timeout, settle)
        except ImportError:
            if engine == "qtwebengine":
                return {"tool": None, "skipped": "QtWebEngine is not installed "
                        "(pip install PySide6-Addons)", "errors": []}
        except Exception as exc:  # the caller may try Chromium instead
            return {"tool": "qtwebengine", "errors": [],
                    "failed": f"{type(exc).__name__}: {exc}"[:300]}
    browser = browser or find_browser()
    if browser is None:
        return {"tool": None, "errors": [],
                "skipped": "no headless browser: install Chromium or Chrome "
                           "(or PySide6-Addons) to load pages"}
    return check_chromium(url, timeout, settle, browser, profile, devtools_port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devora_desktop.webcheck")
    parser.add_argument("url")
    parser.add_argument("--timeout", type=float, default=25.0)
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--browser")
    parser.add_argument("--profile", help="an empty folder for the browser's profile "
                        "(the caller removes it); default: a temporary one")
    parser.add_argument("--engine", choices=["auto", "qtwebengine", "chromium"], default="auto")
    parser.add_argument("--serve", help="serve this project folder on loopback and load "
                        "URL as a page path of it")
    parser.add_argument("--port", type=int, default=0, help="with --serve: the port (the "
                        "one the sandbox lets it use)")
    parser.add_argument("--devtools-port", type=int, default=0,
                        help="Chromium's DevTools port (default: any free one)")
    ns = parser.parse_args(argv)
    server = None
    try:
        url = ns.url
        if ns.serve:
            from devora_desktop.core.preview import PreviewServer

            server = PreviewServer(Path(ns.serve), port=ns.port)
            url = server.url + ns.url.lstrip("/")
        result = check(url, ns.timeout, ns.settle, ns.browser, ns.engine, ns.profile,
                       ns.devtools_port)
    except Exception as exc:  # one line for the check, never a traceback
        result = {"tool": None, "errors": [], "failed": f"{type(exc).__name__}: {exc}"[:300]}
    finally:
        if server is not None:
            server.stop()
    if server is not None:
        result["base"] = server.url
        result["failed_requests"] = server.failed_requests()
    result.setdefault("skipped", None)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
