"""Headless Chromium for the slow template tests, over the product's own DevTools client
(``devora_desktop.webcheck.DevTools``): open a page, collect its console errors and uncaught
exceptions as the web check does, read the DOM, click. A page given back (``Page.close``) is
emptied of what its sites kept and handed to the next ``Browser.page()``: a tab of its own
browser context costs a new renderer process (~0.7 s of CPU), reusing one does not."""

from __future__ import annotations

import atexit
import base64
import json
import time
from collections.abc import Callable
from pathlib import Path

from devora_desktop.webcheck import DevTools, errors_from_events, find_browser

CHROMIUM = find_browser()
# One renderer process for the pages of a tab, whatever site they are on: site isolation (a
# process per site, swapped at each cross-site navigation, a spare one kept ready) is a
# defence against a hostile page, which these tests' own pages are not; each process costs
# ~0.15 s of CPU (a tab used for 16 pages: 8.6 -> 6.6 s CPU all told).
ONE_PROCESS_A_TAB = ("--disable-site-isolation-trials",
                     "--disable-features=site-per-process,IsolateOrigins,"
                     "SpareRendererForSitePerProcess,ProactivelySwapBrowsingInstance,"
                     "BackForwardCache")


class Page:
    def __init__(self, tools: DevTools, session: str,
                 closed: Callable[[Page], None] | None = None) -> None:
        self.tools = tools
        self.session = session
        self._closed = closed
        # this page's events: the tab's from now on (a tab used before had other pages)
        self._scanned = len(tools.cdp.events)
        self._mine: list[dict] = []

    def events(self) -> list[dict]:
        """This page's DevTools events so far, in order (read on from the last call)."""
        events = self.tools.cdp.events
        self._mine.extend(e for e in events[self._scanned:] if e.get("sessionId") == self.session)
        self._scanned = len(events)
        return self._mine

    def close(self) -> None:
        """Done with the page: its tab goes back to the browser, emptied, for the next one."""
        if self._closed is None:
            self.send("Page.close")
        else:
            self._closed(self)
            self._closed = None

    def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        return self.tools.cdp.call(method, params, self.session, timeout)

    @property
    def errors(self) -> list[str]:
        return [e["message"] for e in errors_from_events(self.events())]

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
        return sum(e.get("method") == "Page.loadEventFired" for e in self.events())

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
    """One headless Chromium; ``page()`` gives a fresh tab with console capture on."""

    def __init__(self) -> None:
        if CHROMIUM is None:
            raise RuntimeError("Chromium is not installed (apt-get install -y chromium)")
        self.tools = DevTools(CHROMIUM, extra_args=ONE_PROCESS_A_TAB)
        self._free: list[str] = []  # tabs given back, emptied (``_give_back``)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.tools.close()

    def page(self) -> Page:
        """A tab in a browser context of its own, holding nothing from an earlier page: one
        browser serves a whole test session, and no page sees an earlier test's cookies (ports
        do not separate them), stored data, cache or history. A tab an earlier page gave back
        (``Page.close``) is used again, emptied: its renderer process is kept."""
        session = self._free.pop() if self._free else self.tools.open_tab(isolated=True)
        return Page(self.tools, session, self._give_back)

    def _give_back(self, page: Page) -> None:
        """Leave the page's document (its scripts could still write), then empty the tab's
        browser context: cookies, every origin's storage it used (local and session storage,
        IndexedDB, caches, service workers), the HTTP cache and the history."""
        before = page._loads()
        page.send("Page.navigate", {"url": "about:blank"})
        self.tools.cdp.pump(time.monotonic() + 10, lambda: page._loads() > before)
        if page._loads() <= before:
            page.send("Page.close")  # stuck on its way out: not used again
            return
        origins = {e["params"]["frame"].get("securityOrigin") for e in page.events()
                   if e.get("method") == "Page.frameNavigated"} - {None, "", "null", "://"}
        for origin in origins:
            page.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
        page.send("Network.clearBrowserCookies")
        page.send("Network.clearBrowserCache")
        page.send("Page.resetNavigationHistory")
        self._free.append(page.session)


_SHARED: list[Browser] = []


def shared() -> Browser:
    """This process's one headless Chromium for the tests' pages (the ``browser`` fixture's
    too), started when first asked for and closed when the process ends. Each page is a tab
    in a browser context of its own (``Browser.page``), so the tests sharing it see nothing of
    each other's; a Chromium started for each test cost ~1 s of CPU and 1-5 s of wall, and
    about fifty tests here open a page."""
    if _SHARED and _SHARED[0].tools.proc.poll() is not None:
        _SHARED.clear()  # it died (a test's page crashed it): a new one
    if not _SHARED:
        browser = Browser()
        atexit.register(browser.tools.close)
        _SHARED.append(browser)
    return _SHARED[0]
