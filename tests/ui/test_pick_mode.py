"""Click to change: Pick in the preview, a click on an element, a chip in the prompt naming it
(tag, text, selector, file and line), and the next run asked to change just that. What the page
says is untrusted: a hostile page cannot put markup in the chip or forge a pick."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from devora_desktop.ui.pick import clean
from devora_desktop.ui.plain import tip
from devora_desktop.ui.webengine import webengine_available
from tests.ui.test_main_window import (
    RUN_MS,
    click,
    make_window,
    script,
    type_prompt,
)
from tests.ui.test_window_basics import choose_project, project_with

PAGE = """<!doctype html><style>body{margin:0} h2{margin:0;height:60px}</style>
<header><h1>Crumb</h1></header>
<section id="menu">
  <h2 class="title">Our menu</h2>
</section>
<script>document.title = 'ready';</script>"""


def element_centre(qtbot, view, selector: str) -> QPoint:
    """Where ``selector`` is drawn in the view, as a person would aim at it."""
    got: list = []
    view.page().runJavaScript(
        "(() => { const r = document.querySelector('" + selector + "')"
        ".getBoundingClientRect(); return Math.round(r.left + r.width / 2) + ',' + "
        "Math.round(r.top + r.height / 2); })()", 0, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    x, y = str(got[0]).split(",")
    return QPoint(int(x), int(y))


def window_on_page(ctx, qtbot, page: str):
    """The window on a one-page project's Preview, the page loaded. A web project opens on
    its page as it is chosen: waited for from the click (the page could load while the
    files were listed, before a wait begun after it, which then waited for none: a 20 s
    timeout at load 20)."""
    project_with(ctx, "Crumb", {"index.html": page})
    w = make_window(ctx, qtbot)
    with qtbot.waitSignal(w.center.preview.loaded, timeout=RUN_MS,
                          check_params_cb=lambda ok: ok):
        choose_project(qtbot, w, 0)
        w.center.show_preview()
    return w


def picker_on(qtbot, view) -> None:
    """Pick's script is running in the page's isolated world (it is started there with
    runJavaScript, which returns before the page has run it)."""
    from devora_desktop.ui.preview_panel import APPLICATION_WORLD

    said: list = []

    def on() -> bool:
        if said and said[-1] is True:
            return True
        view.page().runJavaScript("window.__devoraPickOn === true", APPLICATION_WORLD,
                                  said.append)
        return False

    qtbot.waitUntil(on, timeout=10000)


def pick(qtbot, w, selector: str):
    """Pick, then a click on ``selector`` where it is drawn; returns the pick."""
    preview = w.center.preview
    target = preview.view.focusProxy() or preview.view
    qtbot.waitUntil(target.isVisible, timeout=5000)
    where = element_centre(qtbot, preview.view, selector)
    with qtbot.waitSignal(preview.element_picked, timeout=10000) as picked:
        click(qtbot, preview.pick_button)
        picker_on(qtbot, preview.view)
        qtbot.mouseMove(target, where)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=where)
    return picked.args[0]


@pytest.mark.skipif(not webengine_available(), reason="QtWebEngine is not installed")
def test_pick_an_element_and_the_next_run_changes_just_that(configured, qtbot, aloop,
                                                           fake_llm) -> None:
    w = window_on_page(configured, qtbot, PAGE)
    preview = w.center.preview
    pick(qtbot, w, "h2")
    chip = w.chat.pick_chip.text()
    assert w.chat.pick_chip.isVisible() and not preview.pick_button.isChecked()
    # walk4 #8: the person's words, not a CSS path (that is the tooltip, and the model's)
    assert chip == "Only this element: Heading “Our menu” · index.html:4", chip
    # the page's CSS path shown as written, never drawn as HTML (ui/plain.tip, 6e5fdac)
    assert w.chat.pick_chip.toolTip() == tip("<h2> · #menu > h2.title")
    # the next run: the person's words, then just that element
    script(fake_llm)
    type_prompt(qtbot, w, "make it bigger", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        click(qtbot, w.chat.run_button)
    sent = str(fake_llm.requests_for("architect")[0]["body"]["messages"])
    assert "make it bigger" in sent and "Change only this element" in sent
    assert "#menu > h2.title" in sent and "index.html at line 4" in sent
    assert not w.chat.pick_chip.isVisible()  # it went with that run
    # walk5 #25: the chat shows what was typed and the element, not the model's instruction
    from tests.ui.test_main_window import feed_lines

    assert "you: make it bigger  [on Heading “Our menu”]" in feed_lines(w), feed_lines(w)


@pytest.mark.skipif(not webengine_available(), reason="QtWebEngine is not installed")
def test_stop_gives_back_the_words_and_the_pick(configured, qtbot, aloop, fake_llm) -> None:
    """Walk4 #12: after Stop the box holds what was typed (not the pick's instruction) and
    the chip is back, so Run asks the same again."""
    from tests.agents.conftest import APPROVE, block, plan
    from tests.ui.test_main_window import run_until

    w = window_on_page(configured, qtbot, PAGE)
    pick(qtbot, w, "h2")
    chip = w.chat.pick_chip.text()
    fake_llm.set("architect", plan(("index.html", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", {"text": block("index.html", "slow " * 2000), "latency": 0.01})
    fake_llm.set("reviewer", APPROVE)
    type_prompt(qtbot, w, "make it bigger", mode=1)
    run_until(qtbot, w, lambda a: a.kind == "file")
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as done:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert done.args == ["cancelled"]
    assert w.chat.prompt.toPlainText() == "make it bigger"
    assert w.chat.pick_chip.isVisible() and w.chat.pick_chip.text() == chip


TWINS = """<!doctype html>
<html><head><title>Add</title></head>
<body>
<section id="today">
  <h2>Today</h2>
  <button class="add">Add</button>
</section>
<section class="later">
  <h2>Later</h2>
  <ul><li>Plan the week<li>Call the bakery</ul>
  <button class="add">Add</button>
</section>
<script>document.querySelector('.later .add').classList.add('ready');</script>
</body></html>
"""


@pytest.mark.skipif(not webengine_available(), reason="QtWebEngine is not installed")
def test_pick_names_the_line_of_the_very_element_clicked(configured, qtbot, aloop) -> None:
    """Two "Add" buttons (and a title "Add"): a text search named the first one found, the
    <title> on line 2, whichever button was clicked. The element's path through the page's
    own HTML names the second button's line; a list item written without its end tag too."""
    w = window_on_page(configured, qtbot, TWINS)
    for selector, want, line in ((".later .add", "Button “Add” · ", 11),
                                 ("li:nth-of-type(2)", "List item “Call the bakery”", 10)):
        picked = pick(qtbot, w, selector)
        chip = w.chat.pick_chip.text()
        assert want in chip and chip.endswith(f"index.html:{line}"), chip
        assert (picked.file, picked.line) == ("index.html", line)


def test_a_pick_is_untrusted_input(tmp_path) -> None:
    (tmp_path / "index.html").write_text("<p>x</p>\n")
    assert clean({"tag": "<img onerror=x>", "text": "a"}, "index.html", tmp_path) is None
    assert clean("not a dict", "index.html", tmp_path) is None
    picked = clean({"tag": "p", "text": "x\n\n" + "y" * 999, "id": "",
                    "selector": "p`; rm -rf /`<script>"}, "index.html", tmp_path)
    assert picked is not None and len(picked.text) <= 200 and "\n" not in picked.text
    assert "`" not in picked.selector and "<" not in picked.selector
    assert (picked.file, picked.line) == ("index.html", 1)
    # a path of the wrong shape is no place: the pick falls back to searching the text
    for path in ("p", [{"tag": "<p>", "nth": 1, "cls": []}], [{"tag": "p", "nth": "1"}],
                 [{"tag": "p", "nth": 10**9, "cls": []}], [{"tag": "p", "nth": 1, "cls": "x"}],
                 [{"tag": "p", "nth": 1, "cls": []}] * 33):
        picked = clean({"tag": "p", "text": "x", "path": path}, "index.html", tmp_path)
        assert picked is not None and (picked.file, picked.line) == ("index.html", 1)
    (tmp_path / "index.html").write_text("<!-- x -->\n<p>x</p>\n")
    picked = clean({"tag": "p", "text": "x", "path": [{"tag": "p", "nth": 1, "cls": []}]},
                   "index.html", tmp_path)
    assert picked is not None and picked.line == 2  # the tag's line, not the comment's


def test_a_pick_and_pasted_images_stay_with_their_project(configured, qtbot, aloop) -> None:
    """walk9 #1 (moved from test_walk9_ui9, whose other tests never look at the page):
    Preview › Pick on one project's heading, then Project › New project: the chip was still
    above the prompt, and the new project's run went out "[on Heading …]" (an element of
    another app's page). The chip, like the words and images typed for a project, stays
    with it: gone for the new project, back when the project is chosen."""
    from devora_desktop.ui.webengine import webengine_available

    if not webengine_available():
        pytest.skip("QtWebEngine is not installed")
    from tests.ui.test_main_window import click_item
    from tests.ui.test_prompt_images import paste_screenshot

    w = window_on_page(configured, qtbot, PAGE)
    crumb = w.current.id
    pick(qtbot, w, "h2")
    chip = w.chat.pick_chip.text()
    assert w.chat.pick_chip.isVisible() and "Our menu" in chip
    paste_screenshot(qtbot, w)
    qtbot.keyClicks(w.chat.prompt, "make it bigger")
    with qtbot.waitActive(w):
        w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new project
    qtbot.waitUntil(lambda: w.current.id is None)
    assert not w.chat.pick_chip.isVisible() and w.chat.picked is None
    assert w.chat.attachments.images == [] and w.chat.prompt.toPlainText() == ""
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.current.id == crumb)
    assert w.chat.pick_chip.isVisible() and w.chat.pick_chip.text() == chip
    assert len(w.chat.attachments.images) == 1
    assert w.chat.prompt.toPlainText() == "make it bigger"
