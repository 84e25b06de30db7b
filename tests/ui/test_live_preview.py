"""The preview at the centre, live: a web project's run is watched appearing in the preview,
which reloads (debounced, keeping the scroll) as each file lands."""

from __future__ import annotations

import pytest

from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.ui.webengine import webengine_available
from tests.agents.conftest import APPROVE, block, plan
from tests.agents.test_build_step import asked_files
from tests.ui.test_main_window import RUN_MS, click, configured, make_window, type_prompt

__all__ = ["configured"]

TALL = ("<link rel='stylesheet' href='styles.css'><script src='app.js'></script>"
        "<h1>Crumb</h1>" + "".join(f"<p>Loaf {i}</p>" for i in range(200)))

pytestmark = pytest.mark.skipif(not webengine_available(),
                                reason="QtWebEngine (PySide6-Addons) is not installed")


FILES = {"index.html": (TALL, 0.0005),
         "styles.css": ("p { margin: 8px; }\n" * 60, 0.004),
         "app.js": ("document.title = 'Crumb';\n" * 80, 0.008)}
THREE_WORKERS = EngineOptions(shard_files=1, shard_tokens=100_000)


def web_run(fake, scale: float = 1.0) -> None:
    """Three Frontend workers, one file each: the page first, the others later."""
    fake.set("architect", plan(*((p, "frontend") for p in FILES), name="Crumb"))

    def frontend(request: dict) -> dict:
        mine = asked_files(request)
        latency = max(FILES[p][1] for p in mine)
        return {"text": "".join(block(p, FILES[p][0]) for p in mine),
                "latency": latency * scale}

    fake.set("frontend", frontend)
    fake.set("reviewer", APPROVE)


def scroll_y(qtbot, view) -> int:
    got: list = []
    view.page().runJavaScript("window.scrollY", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return int(got[0])


def loaf_at_top(qtbot, view) -> int:
    """The number of the paragraph at the top of the view ("Loaf 12" -> 12)."""
    got: list = []
    view.page().runJavaScript(
        "(() => { for (let y = 0; y < 80; y += 2) { const e = document.elementFromPoint(40, y);"
        " if (e && e.tagName === 'P') return e.textContent; } return ''; })()", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    text = str(got[0])
    assert text.startswith("Loaf "), text
    return int(text.split()[1])


def test_a_web_run_is_watched_in_the_preview_which_reloads_keeping_the_scroll(
        configured, qtbot, aloop, fake_llm) -> None:
    settings = configured.settings.model_copy(deep=True)
    settings.run_checks = "never"
    configured.save_settings(settings)
    w = make_window(configured, qtbot, THREE_WORKERS)
    web_run(fake_llm, scale=0.5)
    preview = w.center.preview
    loads: list[bool] = []
    preview.loaded.connect(loads.append)
    ended: list[str] = []
    w.run_finished.connect(ended.append)
    type_prompt(qtbot, w, "a bakery site", mode=1)
    with qtbot.waitSignal(preview.painted, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    assert not ended, "the page must show before the run ends"
    # styles.css and app.js are not written yet: not errors for the agents to fix
    assert preview.console.count() == 0 and not preview.fix_button.isVisible()
    assert w.center.showing_preview()  # the preview is the main view, not the code
    assert preview.page_area.currentWidget() is preview.view
    preview.view.page().runJavaScript("window.scrollTo(0, 400)")
    qtbot.waitUntil(lambda: scroll_y(qtbot, preview.view) == 400, timeout=5000)
    top = loaf_at_top(qtbot, preview.view)
    # the next file to land reloads the page, which comes back where it was scrolled
    landed: list[str] = []
    w.controller.progress.file_written.connect(lambda _agent, path, _change: landed.append(path))
    qtbot.waitUntil(lambda: bool(landed), timeout=RUN_MS)
    before = len(loads)
    qtbot.waitUntil(lambda: len(loads) > before, timeout=RUN_MS)
    # the same part of the page is on screen (the new styles moved it: compare what shows)
    qtbot.waitUntil(lambda: scroll_y(qtbot, preview.view) > 200, timeout=5000)
    assert abs(loaf_at_top(qtbot, preview.view) - top) <= 1
    if not ended:
        with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
            pass
    assert w.center.showing_preview()  # the run ends on the page, code one click away
    qtbot.wait(300)
    assert preview.console.count() == 0  # every file is there now: nothing failed
    assert w.viewer.rel == "index.html"
