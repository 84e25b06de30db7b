"""Settings › Look › Dark after some runs: what the window drew in light follows.

The panels followed already (test_theme); lines and notes that were given a colour when
they were made kept the light one, dark brown on a dark feed (seen in `make screenshots`'
dark.png: "Run stopped by the user" at 2.7:1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from devora_desktop.ui.theme import DARK, LIGHT, apply_theme, contrast
from tests.agents.conftest import APPROVE, block, plan
from tests.ui.conftest import no_checks, use_fake_model
from tests.ui.drive import pick, show_tab
from tests.ui.test_main_window import click, make_window, run
from tests.ui.test_preview_panel import make_panel, needs_webengine, site  # noqa: F401
from tests.ui.test_settings_dialog import save

PAGE = "<!doctype html><title>Tasks</title><h1>Tasks</h1>"


def _strongest(widget, background: str) -> float:
    """The strongest contrast any pixel of ``widget`` has against ``background``."""
    image = widget.grab().toImage()
    return max(contrast(QColor(image.pixel(x, y)).name(), background)
               for x in range(image.width()) for y in range(image.height()))


def test_lines_made_in_light_follow_a_switch_to_dark(ctx, fake_llm, monkeypatch, qtbot,
                                                     aloop) -> None:
    apply_theme("light")
    use_fake_model(ctx, fake_llm, monkeypatch)  # Free
    no_checks(ctx)  # the page's checks start a browser: not what this is about
    w = make_window(ctx, qtbot)
    fake_llm.set("architect", plan(("index.html", "frontend")))
    # a file the plan did not list: the feed says so in a warning line
    fake_llm.set("frontend", block("index.html", PAGE) + block("about.html", PAGE))
    fake_llm.set("reviewer", APPROVE)
    assert run(qtbot, w, "a task page", mode=1) == "finished"
    feed = w.activity.feed
    warned = next(feed.item(i) for i in range(feed.count())
                  if "the plan did not list" in feed.item(i).text())
    click(qtbot, w.chat.modes.button(2))  # full-stack: locked on Free, a note says so
    assert w.chat.lock_note.isVisible()

    qtbot.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "settings_dialog", None) is not None
                    and w.settings_dialog.isVisible())
    d = w.settings_dialog
    show_tab(qtbot, d.tabs, "Look")
    pick(qtbot, d.theme, "Dark")
    save(qtbot, d)
    try:
        base = feed.palette().color(QPalette.ColorRole.Base).name()
        assert base == DARK.base
        assert contrast(warned.foreground().color().name(), base) >= 4.5
        # the finished run's line draws its ✓ as a picture: made again in dark's green
        icon = w.activity.run_line.icon
        assert _strongest(icon, DARK.base) >= 4.5
        lock = _strongest(w.chat.lock_note, DARK.window)
        assert lock >= contrast(DARK.states["lock"], DARK.window) * 0.9, lock
    finally:
        apply_theme("light")


@needs_webengine
def test_the_consoles_error_count_follows_a_switch_to_dark(
        qtbot, make_panel, site) -> None:  # noqa: F811
    """"1 JavaScript error" above the Preview's console kept light's red on dark (2.3:1), and
    the address link light's dark blue (walk5 #12)."""
    apply_theme("light")
    panel = make_panel()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_project(site)
    qtbot.waitUntil(lambda: panel.console.count() == 1, timeout=10000)
    assert "1 JavaScript error" in panel.console_title.text()
    url = panel.url_label.grab().toImage()
    assert _pixels(url, LIGHT.link) > 20  # the address is a link, in light's blue
    try:
        apply_theme("dark")
        title = _strongest(panel.console_title, DARK.window)
        assert title >= contrast(DARK.states["error"], DARK.window) * 0.9, title
        # the address link in dark's link colour, not light's dark blue on the dark bar
        url = panel.url_label.grab().toImage()
        assert _pixels(url, LIGHT.link) == 0 and _pixels(url, DARK.link) > 20
    finally:
        apply_theme("light")


def _pixels(image, colour: str) -> int:
    return sum(QColor(image.pixel(x, y)).name() == colour
               for x in range(image.width()) for y in range(image.height()))
