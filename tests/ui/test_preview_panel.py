"""The Preview tab: a real QtWebEngine page over the loopback server, its console errors,
"Ask the agents to fix this", and the plain-URL fallback without QtWebEngine."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
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


def test_copied_goes_back_to_the_copy_icon(qtbot, make_panel, site, monkeypatch) -> None:
    """walk13 #23: "Copied" stayed beside the URL until another page was shown."""
    from devora_desktop.ui import preview_panel

    monkeypatch.setattr(preview_panel, "COPIED_MS", 300)
    panel = make_panel(use_webengine=False)
    panel.show_project(site)
    pick_at, width = panel.pick_button.x(), panel.copy_button.width()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert panel.copy_button.accessibleName() == "Copied the URL"
    # a tick, in the button's own size: the word "Copied" moved Pick (walk14 #15)
    qtbot.wait(50)
    assert (panel.pick_button.x(), panel.copy_button.width()) == (pick_at, width)
    qtbot.waitUntil(lambda: panel.copy_button.accessibleName() == "Copy the URL", timeout=3000)
    assert QApplication.clipboard().text() == panel.url


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
    assert "compiling the first page" in panel.message.text()
    DevServer.log.append("Failed to compile ./app/page.tsx: Type error: x is not defined")
    qtbot.waitUntil(lambda: panel.console.count() == 1, timeout=5000)
    # the header no longer says it is compiling once the compile failed
    assert panel.message.text().startswith("The page does not compile")
    assert "Failed to compile" in panel.console.item(0).text()
    assert "(npm run dev)" in panel.console.item(0).text()
    with qtbot.waitSignal(panel.fix_requested) as asked:
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert "Type error: x is not defined" in asked.args[0]


class Listener:
    """Another service on this computer (another loopback port): records what reaches it."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_POST = do_GET

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener():
    other = Listener()
    yield other
    other.close()


def _title(qtbot, panel, want: str, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: panel.view.title() == want, timeout=timeout)


@needs_webengine
def test_the_page_cannot_reach_another_port_of_this_computer(
        qtbot, make_panel, tmp_path, listener) -> None:
    """A hostile page beacons to another loopback port every way it can, then tells its
    title; the other service hears nothing while the page's own origin still answers."""
    ws = Workspace(tmp_path / "hostile")
    other = listener.url
    ws.write_file("data.json", '{"ok": 1}')
    ws.write_file("index.html", f"""<!doctype html><title>start</title>
<img src="{other}img">
<script src="{other}script.js"></script>
<link rel="stylesheet" href="http://localhost:{other.split(':')[2]}css">
<iframe src="{other}frame"></iframe>
<script>
(async () => {{
  navigator.sendBeacon("{other}beacon", "secret");
  let blocked = 0;
  for (const u of ["{other}fetch", "http://[::1]:{other.split(':')[2]}v6"]) {{
    try {{ await fetch(u, {{mode: "no-cors"}}); }} catch (e) {{ blocked += 1; }}
  }}
  const own = await (await fetch("/data.json")).json();
  document.title = "done " + blocked + " " + own.ok;
}})();
</script>""")
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(ws)
    _title(qtbot, panel, "done 2 1")  # both fetches failed; its own file came through
    qtbot.wait(300)
    assert listener.hits == []


@needs_webengine
def test_the_page_cannot_navigate_away_and_a_clicked_link_opens_in_the_browser(
        qtbot, make_panel, tmp_path, listener) -> None:
    ws = Workspace(tmp_path / "nav")
    ws.write_file("index.html", """<!doctype html><title>home</title>
<style>body{margin:0} a{display:block;width:100%;height:300px}</style>
<a id="out" href="https://example.com/docs">docs</a>
<script>requestAnimationFrame(() => requestAnimationFrame(() => { document.title = "drawn"; }));
</script>""")
    ws.write_file("go.html", f"""<!doctype html><title>go</title><script>
setTimeout(() => {{ location.href = "{listener.url}phish"; }}, 50);
setTimeout(() => {{ window.open("{listener.url}popup"); document.title = "tried"; }}, 300);
</script>""")
    opened: list[QUrl] = []
    panel = make_panel(open_url=opened.append)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(ws)
    own = panel.url
    label = panel.url_label.text()
    assert own in label and "this computer only" in label
    # a person clicks the link: it opens in their browser, the preview stays. The click
    # waits for the page's first frame (loaded is not drawn: under load a click at once
    # was dropped, and the test timed out)
    _title(qtbot, panel, "drawn")
    target = panel.view.focusProxy() or panel.view
    qtbot.waitUntil(lambda: target.isVisible(), timeout=5000)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().topLeft() + QPoint(40, 40))
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert [u.toString() for u in opened] == ["https://example.com/docs"]
    assert panel.view.url().toString() == own
    # a script navigates to another port and opens a window there: both are dropped
    panel.view.load(QUrl(own + "go.html"))
    _title(qtbot, panel, "tried")
    qtbot.wait(500)
    assert panel.view.url().toString() == own + "go.html"
    assert listener.hits == [] and len(opened) == 1
    assert panel.url_label.text() == label  # still the project's address, truthfully


@needs_webengine
def test_nothing_a_project_stores_reaches_the_next_one(qtbot, make_panel, tmp_path) -> None:
    """Cookies are per host, not per port: under one shared profile project B read what
    project A set. Each project now gets a fresh off-the-record profile."""
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    a.write_file("index.html", "<title>a</title><script>document.cookie = 'token=from-a';"
                               "localStorage.setItem('k', 'from-a');"
                               "document.title = 'set ' + document.cookie;</script>")
    b.write_file("index.html", "<title>b</title><script>document.title = 'seen [' + "
                               "document.cookie + ']';</script>")
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(a)
    _title(qtbot, panel, "set token=from-a")
    assert panel.view.page().profile().isOffTheRecord()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(b)
    _title(qtbot, panel, "seen []")


@needs_webengine
def test_a_console_error_opens_its_file_and_line(qtbot, make_panel, site) -> None:
    """A console error could not be clicked to open its file and line."""
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(site)
    qtbot.waitUntil(lambda: panel.console.count() == 1, timeout=10000)
    item = panel.console.item(0)
    assert item.toolTip() == "Open js/app.js at line 2"
    with qtbot.waitSignal(panel.source_requested) as opened:
        qtbot.mouseClick(panel.console.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.console.visualItemRect(item).center())
    assert opened.args == ["js/app.js", 2]


def test_a_working_sandbox_starts_the_dev_server_without_asking(
        qtbot, make_panel, tmp_path) -> None:
    """No standing answer: where the dev server would run confined it just starts; where
    nothing confines it, the Start button asks and says so."""
    from dataclasses import dataclass

    from devora_desktop.core.preview import PreviewServer

    @dataclass
    class Status:
        confined: bool

    ws = Workspace(tmp_path / "next")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    served = tmp_path / "built"
    Workspace(served).write_file("index.html", "<p>dev</p>")
    started: list[PreviewServer] = []

    async def dev_server(_ws):
        started.append(PreviewServer(served))
        return started[-1]

    status = [Status(False)]

    async def sandbox():
        return status[0]

    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent, panel.sandbox = dev_server, (lambda _ws: None), sandbox
    panel.show_project(ws)
    qtbot.waitUntil(panel.start_button.isVisible, timeout=5000)
    assert "Nothing confines it" in panel.message.text() and started == []
    status[0] = Status(True)
    with qtbot.waitSignal(panel.busy_changed, check_params_cb=lambda b: not b, timeout=5000):
        panel.show_project(ws)
    assert not panel.start_button.isVisible() and panel.url == started[0].url


@needs_webengine
def test_a_starting_dev_server_shows_its_output_never_a_blank_page(qtbot, make_panel,
                                                                   tmp_path) -> None:
    """The full-stack preview was a blank white page for ~30 s while the server started."""
    import asyncio

    from devora_desktop.core.preview import PreviewServer

    ws = Workspace(tmp_path / "next")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    served = tmp_path / "built"
    Workspace(served).write_file("index.html", "<p>compiled</p>")
    go = asyncio.Event()

    class DevServer(PreviewServer):
        def errors(self) -> list[str]:
            return []

    panel = make_panel()

    async def dev_server(_ws):  # as core.devserver: output lines while it starts
        panel.on_server_line("$ npm install")
        panel.on_server_line("added 312 packages in 9s")
        await go.wait()
        return DevServer(served)

    panel.dev_server = dev_server
    panel.consent = lambda _ws: True
    panel.show_project(ws)
    assert "Starting the dev server" in panel.message.text()
    qtbot.waitUntil(lambda: "added 312 packages" in panel.log.toPlainText(), timeout=5000)
    assert panel.page_area.currentWidget() is panel.intro and panel.log.isVisible()
    with qtbot.waitSignal(panel.painted, timeout=20000):
        go.set()
    assert panel.page_area.currentWidget() is panel.view and not panel.log.isVisible()


@needs_webengine
def test_a_warmed_preview_goes_away_without_a_qt_warning(qtbot, aloop) -> None:
    """The page Chromium is warmed with must go before its profile; the other way round Qt
    warns (and this suite fails on any Qt warning)."""
    panel = PreviewPanel()
    panel.resize(600, 400)
    panel.show()
    panel.warm()
    qtbot.waitUntil(lambda: panel.view.url().toString() == "about:blank", timeout=10000)
    with qtbot.waitSignal(panel.destroyed, timeout=5000):
        panel.deleteLater()
    qtbot.wait(100)


def test_a_web_project_never_starts_a_dev_server(qtbot, make_panel, tmp_path) -> None:
    """A web project with no index.html (a Free web run that planned Next.js, say) shows why
    there is no page, and neither asks for nor starts a dev server; a full-stack one does."""
    ws = Workspace(tmp_path / "web")
    ws.write_file("package.json", '{"scripts": {"dev": "next dev"}}')
    ws.write_file("app/page.tsx", "export default function Page() { return null; }")
    started: list[Workspace] = []

    async def dev_server(workspace):
        started.append(workspace)
        raise AssertionError("a web project's dev server was started")

    mode = ["web"]
    panel = make_panel(use_webengine=False)
    panel.dev_server, panel.consent, panel.mode_of = dev_server, (lambda _ws: True), (
        lambda _ws: mode[0])
    panel.show_project(ws)
    assert "web project has no index.html" in panel.message.text()
    assert not panel.start_button.isVisible() and panel.url is None
    qtbot.wait(50)
    assert started == []
    mode[0] = "fullstack"
    panel.consent = lambda _ws: None  # not asked yet: the Start button asks
    panel.show_project(ws)
    assert panel.start_button.isVisible() and started == []


@needs_webengine
def test_what_a_page_stores_is_there_at_the_next_launch(qtbot, aloop, tmp_path) -> None:
    """walk5 #17: the page said "Saved in this browser" and each launch started empty (a
    new port, an off-the-record profile). A project now keeps its port and a profile of its
    own on disk; another project still sees nothing of it."""
    from shiboken6 import isValid

    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    a.write_file("index.html", "<title>?</title><script>const v = localStorage.getItem('k');"
                               "if (!v) localStorage.setItem('k', 'kept');"
                               "document.title = 'k=' + v;</script>")
    b.write_file("index.html", "<title>?</title><script>"
                               "document.title = 'b k=' + localStorage.getItem('k');</script>")
    store = tmp_path / "data" / "preview"
    launches: list[tuple[str, int]] = []

    def launch(ws: Workspace, key: str, want: str) -> None:
        panel = PreviewPanel()  # not qtbot's: deleted here, as the window closing
        panel.storage = lambda: (key, store / key)
        panel.resize(900, 600)
        panel.show()
        with qtbot.waitSignal(panel.loaded, timeout=20000):
            panel.show_project(ws)
        _title(qtbot, panel, want)
        launches.append((key, panel.source.port))
        assert not panel.view.page().profile().isOffTheRecord()
        profile = panel.view.page().profile()
        panel.shutdown()
        panel.close()
        panel.deleteLater()  # as the window closing: the profile goes, its storage stays
        qtbot.waitUntil(lambda: not isValid(profile), timeout=10000)

    launch(a, "pa", "k=null")   # first launch: nothing yet, it stores 'kept'
    launch(a, "pa", "k=kept")   # next launch: there again
    launch(b, "pb", "b k=null")  # another project: its own storage
    assert launches[0][1] == launches[1][1] != launches[2][1]


@needs_webengine
def test_a_long_console_error_wraps_to_show_where_it_is(qtbot, make_panel, tmp_path) -> None:
    """walk9 #9: at 1024 px the error under the preview was cut at '(app.js:', its line
    number behind a sideways scroll. It wraps to the width the console has."""
    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Loaves</h1><script src='app.js'></script>")
    ws.write_file("app.js", "\n\nthrow new Error('The list of loaves could not be drawn "
                            "because the stored data is not an array of loaves');\n")
    panel = make_panel()
    panel.resize(420, 600)  # the centre of a 1024 px window, with the Activity column
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(ws)
    qtbot.waitUntil(lambda: panel.console.count() == 1, timeout=10000)
    item = panel.console.item(0)
    assert item.text().endswith("(app.js:3)")
    rect = panel.console.visualItemRect(item)
    assert rect.right() < panel.console.viewport().width()  # nothing past the edge
    assert panel.console.horizontalScrollBar().maximum() == 0
    lines = panel.console.fontMetrics().horizontalAdvance(item.text()) // rect.width() + 1
    assert rect.height() >= lines * panel.console.fontMetrics().lineSpacing()  # all shown


@needs_webengine
def test_an_error_thrown_again_is_listed_once(qtbot, make_panel, tmp_path) -> None:
    """The console listed an error each time it came: a page loaded twice in a row (a web
    run's end reloads a first page still loading) said "2 JavaScript errors" for one, and
    the fix prompt named it twice (the CI flake of test_window_look's console error)."""
    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", "<h1>Loaves</h1><script>\nfor (const t of [0, 60]) "
                                "setTimeout(() => undefinedHelper(), t);\n"
                                "setTimeout(() => { document.title = 'thrown twice'; }, 200);"
                                "\n</script>")
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(ws)
    qtbot.waitUntil(lambda: panel.view.title() == "thrown twice", timeout=10000)
    qtbot.wait(100)  # an error told before the title would have come by now
    assert panel.console.count() == 1, [panel.console.item(i).text()
                                        for i in range(panel.console.count())]
    assert panel.console_title.text() == "1 JavaScript error"
    assert "undefinedHelper is not defined (index.html:2)" in panel.console.item(0).text()
