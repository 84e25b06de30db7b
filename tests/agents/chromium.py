"""Headless Chromium over the DevTools protocol (websockets, no Playwright): open a page with
cookies, collect console errors and uncaught exceptions, read the DOM, take a screenshot.

Flags follow the machine notes: --no-sandbox (root), no background networking (the sandboxed
network refuses those connections), a fresh --user-data-dir per browser.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from websockets.sync.client import connect

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--remote-debugging-port=0"]


class Page:
    def __init__(self, browser: Browser, session: str) -> None:
        self.browser = browser
        self.session = session
        self.errors: list[str] = []

    def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        return self.browser.send(method, params, self.session, timeout, self)

    def note(self, event: dict) -> None:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            d = params["exceptionDetails"]
            self.errors.append(d.get("exception", {}).get("description") or d.get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(a.get("value", a.get("description", "")))
                                        for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            entry = params["entry"]
            if not str(entry.get("url", "")).endswith("favicon.ico"):
                self.errors.append(f"{entry.get('text')} {entry.get('url', '')}".strip())

    def open(self, url: str, width: int = 1280, height: int = 900,
             cookies: list[dict] | None = None, settle: float = 1.5) -> None:
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1,
                                                         "mobile": False})
        for c in cookies or []:
            self.send("Network.setCookie", {**c, "url": url})
        self.send("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self, timeout=30)
        self.browser.drain(self, settle)

    def html(self) -> str:
        out = self.send("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                             "returnByValue": True})
        return out["result"]["value"]

    def click(self, selector: str) -> None:
        self.send("Runtime.evaluate", {"expression": f"document.querySelector({json.dumps(selector)}).click()"})
        self.browser.drain(self, 0.8)

    def screenshot(self, path: Path, width: int = 1280, max_height: int = 2200) -> None:
        metrics = self.send("Page.getLayoutMetrics")
        height = int(min(max_height, max(600, metrics["cssContentSize"]["height"])))
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1,
                                                         "mobile": False})
        self.browser.drain(self, 0.5)
        shot = self.send("Page.captureScreenshot", {"format": "png"})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


class Browser:
    """One headless Chromium; ``page()`` opens a fresh tab with console capture on."""

    def __init__(self) -> None:
        if CHROMIUM is None:
            raise RuntimeError("Chromium is not installed (apt-get install -y chromium)")
        self.profile = Path(tempfile.mkdtemp(prefix="devora-chromium-"))
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}",
                                      "about:blank"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        port_file = self.profile / "DevToolsActivePort"
        for _ in range(200):
            if port_file.exists() and len(port_file.read_text().splitlines()) >= 2:
                break
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = connect(f"ws://127.0.0.1:{port}{path}", max_size=64 * 1024 * 1024,
                          open_timeout=20).__enter__()
        self.next_id = 0
        self.pages: dict[str, Page] = {}

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            shutil.rmtree(self.profile, ignore_errors=True)

    def _dispatch(self, msg: dict) -> None:
        page = self.pages.get(msg.get("sessionId", ""))
        if page is not None and "method" in msg:
            page.note(msg)

    def send(self, method: str, params: dict | None, session: str | None = None,
             timeout: float = 30, page: Page | None = None) -> dict:
        self.next_id += 1
        msg: dict = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        deadline = time.monotonic() + timeout
        while True:
            reply = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._dispatch(reply)

    def wait_for(self, event: str, page: Page, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            except TimeoutError:
                break
            self._dispatch(msg)
            if msg.get("method") == event and msg.get("sessionId") == page.session:
                return
        raise TimeoutError(f"no {event} within {timeout}s")

    def drain(self, page: Page, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                self._dispatch(json.loads(self.ws.recv(timeout=left)))
            except TimeoutError:
                return

    def page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target,
                                                      "flatten": True})["sessionId"]
        page = Page(self, session)
        self.pages[session] = page
        for domain in ("Runtime", "Log", "Page", "Network"):
            page.send(f"{domain}.enable")
        return page
