"""The Preview shows your own edit (walk10 #2): a change typed in the Code tab and saved with
Ctrl+S was on disk and in History, but the Preview went on showing the page from before it
until Reload was pressed. Driven as a person does: tabs, a click in Files, typing, Ctrl+S."""

from __future__ import annotations

from PySide6.QtCore import Qt

from devora_desktop.core.models import Mode
from tests.ui.drive import show_tab
from tests.ui.test_editing import _open, _type_at_end
from tests.ui.test_live_preview import page_says
from tests.ui.test_main_window import click_item, make_window
from tests.ui.test_preview_panel import needs_webengine

PAGE = "<!doctype html><h1>Tasks</h1><p>Water the plants</p>\n"


@needs_webengine
def test_a_saved_edit_is_on_the_page_when_the_preview_comes_back(ctx, qtbot, aloop) -> None:
    p = ctx.store.projects.create("Tasks", mode=Mode.WEB)
    ws = ctx.store.workspace(p.id)
    ws.write_file("index.html", PAGE)
    ws.commit("v1")
    w = make_window(ctx, qtbot)
    preview = w.center.preview
    click_item(qtbot, w.projects.list, w.projects.list.item(0))
    qtbot.waitUntil(lambda: w.current.id == p.id)
    with qtbot.waitSignal(preview.painted, timeout=20_000):
        show_tab(qtbot, w.center.tabs, "Preview")
    assert "Feed the cat" not in page_says(qtbot, preview.view, "document.body.innerText")

    show_tab(qtbot, w.center.tabs, "Code")
    _open(qtbot, w, "index.html")
    _type_at_end(qtbot, w, "<p>Feed the cat</p>")
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.viewer.dirty and "Feed the cat" in ws.read_text("index.html"),
                    timeout=5000)
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(lambda: "Feed the cat" in page_says(qtbot, preview.view,
                                                        "document.body.innerText"),
                    timeout=10_000)
    qtbot.waitUntil(preview.settled, timeout=10_000)
    assert preview.page_area.currentWidget() is preview.view  # the live page, not a picture



@needs_webengine
def test_with_no_page_there_is_nothing_to_pick_and_no_jargon(qtbot, tmp_path) -> None:
    """A web project whose page went (a first run reverted) says so in a web user's words,
    and Pick is off until there is a page again (walk10: it stayed enabled; the text spoke
    of 'a dev server (npm run dev)')."""
    from devora_desktop.core.workspace import Workspace
    from devora_desktop.ui.preview_panel import PreviewPanel

    ws = Workspace(tmp_path / "site")
    ws.write_file("index.html", PAGE)
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    panel.mode_of = lambda _ws: "web"
    panel.show()
    try:
        with qtbot.waitSignal(panel.painted, timeout=20_000):
            panel.show_project(ws)
        assert panel.pick_button.isEnabled()
        qtbot.mouseClick(panel.pick_button, Qt.MouseButton.LeftButton)
        assert panel.pick_button.isChecked()

        (ws.root / "index.html").unlink()  # as a Revert of the first run leaves it
        qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)
        assert "no index.html yet" in panel.message.text()
        assert "dev server" not in panel.message.text()
        assert not panel.pick_button.isEnabled() and not panel.pick_button.isChecked()
        ws.write_file("index.html", PAGE)
        qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)  # disabled: no-op
        panel.reload()  # the run's end, say
        qtbot.waitUntil(panel.pick_button.isEnabled, timeout=10_000)
    finally:
        panel.shutdown()
