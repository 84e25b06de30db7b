"""Headless Chromium for the slow template tests, over the product's own DevTools client
(``devora_desktop.webcheck.DevTools``): open a page, collect its console errors and uncaught
exceptions as the web check does, read the DOM, click."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

from devora_desktop.webcheck import DevTools, errors_from_events, find_browser

CHROMIUM = find_browser()


class Page:
    def __init__(self, tools: DevTools, session: str) -> None:
        self.tools = tools
        self.session = session

    def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        return self.tools.cdp.call(method, params, self.session, timeout)

    @property
    def errors(self) -> list[str]:
        return [e["message"] for e in errors_from_events(self.tools.events_of(self.session))]

    def open(self, url: str, width: int = 1280, height: int = 900, settle: float = 1.5,
             cookies: list[dict] | None = None) -> None:
        """Load ``url``; ``cookies`` ({name, value, path}, e.g. a signed-in Session's) are set
        for its site first."""
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1,
                                                         "mobile": False})
        if cookies:
            self.send("Network.setCookies", {"cookies": [
                {"name": c["name"], "value": c["value"], "url": url, "path": c.get("path", "/")}
                for c in cookies]})
        # a tab opened again must wait for this navigation's load, not count its earlier one
        # (a page read 0.3 s after a second open found the last document's list, under load)
        before = self._loads()
        self.send("Page.navigate", {"url": url})
        cdp = self.tools.cdp
        cdp.pump(time.monotonic() + 30, lambda: self._loads() > before)
        if self._loads() <= before:
            raise TimeoutError(f"{url} did not load within 30 s")
        cdp.pump(time.monotonic() + settle)

    def _loads(self) -> int:
        return sum(e.get("method") == "Page.loadEventFired"
                   for e in self.tools.events_of(self.session))

    def html(self) -> str:
        out = self.send("Runtime.evaluate", {"expression": "document.documentElement.outerHTML",
                                             "returnByValue": True})
        return out["result"]["value"]

    def click(self, selector: str) -> None:
        self.send("Runtime.evaluate",
                  {"expression": f"document.querySelector({json.dumps(selector)}).click()"})
        self.tools.cdp.pump(time.monotonic() + 0.8)

    def screenshot(self, path: Path, width: int = 1280, max_height: int = 2200) -> None:
        """The whole page (up to ``max_height``) as a PNG."""
        metrics = self.send("Page.getLayoutMetrics")
        height = int(min(max_height, max(600, metrics["cssContentSize"]["height"])))
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1,
                                                         "mobile": False})
        self.tools.cdp.pump(time.monotonic() + 0.5)
        shot = self.send("Page.captureScreenshot", {"format": "png"})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))


class Browser:
    """One headless Chromium; ``page()`` opens a fresh tab with console capture on."""

    def __init__(self) -> None:
        if CHROMIUM is None:
            raise RuntimeError("Chromium is not installed (apt-get install -y chromium)")
        self.tools = DevTools(CHROMIUM)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.tools.close()

    def page(self) -> Page:
        """A fresh tab in a browser context of its own: one browser serves a whole test
        session, and no page sees an earlier test's cookies (ports do not separate them) or
        stored data."""
        return Page(self.tools, self.tools.open_tab(isolated=True))
