"""Slow: the tests' browser (tests/agents/chromium.py) gives every page a tab that holds
nothing from an earlier page, also when it hands out a tab an earlier page gave back."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.interactions import js

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]

# What a page keeps for its site, and how the next page reads it back.
KEEP = """(async () => {
  document.cookie = "kept=1; path=/";
  localStorage.setItem("kept", "1");
  sessionStorage.setItem("kept", "1");
  await caches.open("kept").then((c) => c.put("/kept", new Response("1")));
  await new Promise((done) => {
    const open = indexedDB.open("kept", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("rows");
    open.onsuccess = () => { open.result.close(); done(); };
  });
})()"""
READ = """(async () => ({
  cookie: document.cookie, local: localStorage.getItem("kept"),
  session: sessionStorage.getItem("kept"), caches: await caches.keys(),
  databases: (await indexedDB.databases()).map((d) => d.name), history: history.length,
}))()"""


def test_a_page_given_back_leaves_nothing_to_the_next(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html><title>kept</title><p>kept</p>")
    server = PreviewServer(tmp_path)
    try:
        url = server.url + "index.html"
        first = browser.page()
        first.open(url, settle=0)
        js(first, "console.error('an earlier page failed')")
        js(first, KEEP)
        first.open(url + "?again", settle=0)
        kept = js(first, READ)
        assert kept == {"cookie": "kept=1", "local": "1", "session": "1", "caches": ["kept"],
                        "databases": ["kept"], "history": 3}, kept
        assert first.errors == ["an earlier page failed"]
        first.close()

        second = browser.page()
        assert second.session == first.session  # the same tab, used again
        second.open(url, settle=0)
        assert js(second, READ) == {"cookie": "", "local": None, "session": None, "caches": [],
                                    "databases": [], "history": 2}  # as in a new tab
        assert second.errors == []  # the earlier page's are not this one's
        second.close()
    finally:
        server.stop()
