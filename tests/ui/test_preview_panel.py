"""The Preview tab: a real QtWebEngine page over the loopback server, its console errors,
"Ask the agents to fix this", and the plain-URL fallback without QtWebEngine."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from devora_desktop.core.workspace import Workspace
from devora_desktop.ui.preview_panel import PreviewPanel, webengine_available

BROKEN = "<h1>Tasks</h1><script src='js/app.js'></script>"
APP_JS = "document.title = 'ok';\nundefinedHelper();\n"


@pytest.fixture
def site(tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", BROKEN)
    ws.write_file("js/app.js", APP_JS)
    ws.commit("v1")
    return ws


@pytest.fixture
def make_panel(qtbot, aloop):
    panels: list[PreviewPanel] = []

    def make(**kw) -> PreviewPanel:
        p = PreviewPanel(**kw)
        qtbot.addWidget(p)
        p.resize(900, 600)
        p.show()
        panels.append(p)
        return p

    yield make
    for p in panels:
        p.shutdown()


needs_webengine = pytest.mark.skipif(not webengine_available(),
                                     reason="QtWebEngine (PySide6-Addons) is not installed")


@needs_webengine
def test_embedded_page_lists_console_errors_and_asks_for_a_fix(qtbot, make_panel, site) -> None:
    panel = make_panel()
    assert panel.embedded
    with qtbot.waitSignal(panel.loaded, timeout=20000) as blocker:
        panel.show_project(site)
    assert blocker.args == [True]
    assert panel.url.startswith("http://127.0.0.1:")
    qtbot.waitUntil(lambda: panel.console.count() == 1, timeout=10000)
    assert panel.console_box.isVisible()
    item = panel.console.item(0).text()
    assert "undefinedHelper is not defined" in item and "js/app.js:2" in item
    with qtbot.waitSignal(panel.fix_requested) as asked:
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    prompt = asked.args[0]
    assert "undefinedHelper is not defined" in prompt and "js/app.js:2" in prompt

    # the agents fixed it; after the run the preview reloads with a clean console
    site.write_file("js/app.js", "document.title = 'ok';\n")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.reload()
    qtbot.wait(300)  # a late error would arrive with the load; none may
    assert panel.console.count() == 0 and not panel.console_box.isVisible()


@needs_webengine
def test_reload_button_reloads(qtbot, make_panel, site) -> None:
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(site)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)


def test_without_webengine_the_url_is_clickable_and_copyable(qtbot, make_panel, site) -> None:
    opened: list[QUrl] = []
    panel = make_panel(use_webengine=False, open_url=opened.append)
    panel.show_project(site)
    url = panel.url
    assert url and url.startswith("http://127.0.0.1:")
    assert f"href='{url}'" in panel.url_label.text()
    assert panel.url_label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert "QtWebEngine" in panel.message.text() and url in panel.message.text()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == url
    qtbot.mouseClick(panel.browser_button, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == [url]
    panel.url_label.linkActivated.emit(url)  # what a click on the link does
    assert len(opened) == 2
    # the served page is the project's, and only the project's
    assert httpx.get(url, timeout=5).text == BROKEN
    assert httpx.get(url + ".git/HEAD", timeout=5).status_code == 404


def test_switching_project_stops_the_old_server(qtbot, make_panel, site, tmp_path) -> None:
    panel = make_panel(use_webengine=False)
    panel.show_project(site)
    first = panel.url
    other = Workspace(tmp_path / "other")
    other.write_file("index.html", "<p>other</p>")
    panel.show_project(other)
    assert panel.url != first
    with pytest.raises(httpx.ConnectError):
        httpx.get(first, timeout=2)
    panel.show_project(None)
    assert panel.url is None and not panel.copy_button.isEnabled()


def test_fullstack_project_uses_the_dev_server_hook(qtbot, make_panel, tmp_path) -> None:
    from devora_desktop.core.preview import PreviewServer

    ws = Workspace(tmp_path / "next")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    ws.write_file("app/page.tsx", "export default function Page() { return null; }")
    panel = make_panel(use_webengine=False)
    panel.show_project(ws)
    assert panel.url is None and "dev server" in panel.message.text()
    assert not panel.start_button.isVisible()

    served = tmp_path / "built"
    Workspace(served).write_file("index.html", "<p>dev</p>")
    started: list[PreviewServer] = []

    async def dev_server(workspace):
        assert workspace is ws
        started.append(PreviewServer(served))
        return started[-1]

    answer: list[bool | None] = [False]
    panel.dev_server = dev_server
    panel.consent = lambda _ws: answer[0]
    panel.show_project(ws)  # the user said never: nothing runs
    assert "off" in panel.message.text() and not panel.start_button.isVisible()
    assert started == []

    answer[0] = None  # not asked yet: the Start button is the question
    panel.show_project(ws)
    assert panel.start_button.isVisible() and started == []
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.url == started[0].url
    assert httpx.get(panel.url, timeout=5).text == "<p>dev</p>"

    answer[0] = True  # a standing yes: it starts by itself
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.show_project(ws)
    assert len(started) == 2 and panel.url == started[1].url


def test_dev_server_error_lines_join_the_console(qtbot, make_panel, tmp_path) -> None:
    from devora_desktop.core.preview import PreviewServer

    ws = Workspace(tmp_path / "next")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    served = tmp_path / "built"
    Workspace(served).write_file("index.html", "<p>dev</p>")

    class DevServer(PreviewServer):  # the shape of core.devserver.DevServer the panel reads
        log: list[str] = []

        def errors(self) -> list[str]:
            return list(self.log)

    server = DevServer(served)

    async def dev_server(_ws):
        return server

    panel = make_panel(use_webengine=False)
    panel.dev_server = dev_server
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b):
        panel.show_project(ws)
    DevServer.log.append("Failed to compile ./app/page.tsx: Type error: x is not defined")
    qtbot.waitUntil(lambda: panel.console.count() == 1, timeout=5000)
    assert "Failed to compile" in panel.console.item(0).text()
    assert "(npm run dev)" in panel.console.item(0).text()
    with qtbot.waitSignal(panel.fix_requested) as asked:
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert "Type error: x is not defined" in asked.args[0]
