"""The window's locks and its Preview tab, driven as a user drives them; each
fails on the first-generation window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from devora_desktop.ui.webengine import webengine_available
from tests.agents.conftest import APPROVE, block, plan
from tests.ui.conftest import no_checks, use_fake_model
from tests.ui.test_main_window import RUN_MS, click, make_window, type_prompt

BROKEN = "<h1>Tasks</h1>\n<script>\nundefinedHelper();\n</script>"
FIXED = "<h1>Tasks</h1>\n<script>\ndocument.title = 'fixed';\n</script>"


@pytest.fixture
def free(ctx, fake_llm, monkeypatch):
    return no_checks(use_fake_model(ctx, fake_llm, monkeypatch))


def test_fullstack_shows_its_lock_before_running_and_keeps_the_prompt(free, qtbot, aloop,
                                                                       fake_llm) -> None:
    w = make_window(free, qtbot)
    full = w.chat.modes.button(2)
    assert not full.icon().isNull()  # an icon-font lock, not a glyph that may be a box
    assert "🔒" not in full.text() and "needs Pro" in full.toolTip()
    assert not w.chat.lock_note.isVisible()
    type_prompt(qtbot, w, "a task app with a database", mode=2)
    assert w.chat.lock_note.isVisible()
    assert "Full-stack mode needs Pro" in w.chat.lock_note.text()
    assert "License" in w.chat.lock_note.text()
    with qtbot.waitSignal(w.notifier.message) as said:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "needs Pro" in said.args[0]
    assert w.chat.prompt.toPlainText() == "a task app with a database"
    assert not w.controller.running and fake_llm.requests == []
    click(qtbot, w.chat.modes.button(1))  # web is included: the line goes away
    assert not w.chat.lock_note.isVisible()


def script_web(fake) -> None:
    fake.set("architect", plan(("index.html", "frontend")))  # one file: one Frontend worker
    fake.set("frontend", [block("index.html", BROKEN), block("index.html", FIXED)])
    fake.set("reviewer", APPROVE)


@pytest.mark.skipif(not webengine_available(), reason="QtWebEngine is not installed")
def test_preview_tab_shows_errors_and_asks_the_agents(free, qtbot, aloop, fake_llm) -> None:
    w = make_window(free, qtbot)
    script_web(fake_llm)
    type_prompt(qtbot, w, "a task page", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    preview = w.center.preview
    # a web run is watched in the preview: it is the main view, served as the page landed
    assert w.center.showing_preview()
    qtbot.waitUntil(lambda: preview.page_area.currentWidget() is preview.view, timeout=RUN_MS)
    assert preview.url.startswith("http://127.0.0.1:")
    qtbot.waitUntil(lambda: preview.console.count() == 1, timeout=RUN_MS)
    assert "undefinedHelper" in preview.console.item(0).text()
    # one click: a refinement carrying the error runs, and the preview reloads after it
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS), \
            qtbot.waitSignal(preview.loaded, timeout=RUN_MS):
        click(qtbot, preview.fix_button)
    last = fake_llm.requests[-2]  # the Frontend's fix, before the review
    assert last["agent"] == "frontend"
    assert "undefinedHelper is not defined" in str(last["body"]["messages"])
    qtbot.wait(300)
    assert preview.console.count() == 0 and not preview.console_box.isVisible()


def test_preview_without_webengine_offers_the_url(free, qtbot, aloop, fake_llm) -> None:
    w = make_window(free, qtbot)
    w.center.preview.embedded = False  # as on an install without the preview extra
    script_web(fake_llm)
    type_prompt(qtbot, w, "a task page", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    w.center.tabs.setCurrentWidget(w.center.preview)
    qtbot.waitUntil(lambda: w.center.preview.url is not None)
    url = w.center.preview.url
    assert f"href='{url}'" in w.center.preview.url_label.text()
    assert w.center.preview.copy_button.isEnabled()
    w.resize(1024, 700)  # the Preview tab fits a small screen: the window does not grow
    qtbot.waitUntil(lambda: w.width() <= 1024)
    assert w.minimumSizeHint().width() <= 1024
