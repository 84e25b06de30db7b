"""The designed look (issue 23, docs/design-system.md): the sidebar's own tone, the mode as a
segmented control a keyboard still drives, the prompt in a composer with Run filled inside it,
a person's prompt as a bubble — in both themes, measured on the window's pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from devora_desktop.ui.theme import apply_theme, contrast
from tests.ui.test_main_window import click, make_window


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    apply_theme("light")


def pixel(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_sidebar_has_its_own_tone_and_run_is_filled(ctx, qtbot, aloop, name) -> None:
    """Walkers read the window as a stock-Qt tool: one grey everywhere, a grey Run. Now the
    left column is the sidebar's tone, the centre the canvas, and Run the primary colour
    with its label at 4.5:1 or more."""
    w = make_window(ctx, qtbot)
    t = apply_theme(name)  # after: the window applies the settings' theme as it opens
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    qtbot.wait(50)
    image = w.grab().toImage()
    for panel in (w.projects.list, w.files, w.history.list):  # beside each, and in the lists
        at = panel.mapTo(w, panel.rect().bottomLeft() + QPoint(4, -4))
        assert image.pixelColor(at.x(), at.y()).name() == t.sidebar, panel
        assert image.pixelColor(w.left.mapTo(w, QPoint(3, 0)).x(), at.y()).name() == t.sidebar
    assert t.sidebar != t.window
    w.chat.prompt.setFocus()
    qtbot.keyClicks(w.chat.prompt, "a task app")
    qtbot.waitUntil(w.chat.run_button.isEnabled)
    run = w.chat.run_button
    assert pixel(run, run.width() - 6, run.height() // 2) == t.primary
    assert contrast(t.on_primary, t.primary) >= 4.5


def test_the_mode_is_a_segmented_control_the_arrow_keys_drive(ctx, qtbot, aloop) -> None:
    """Radio buttons became segments: each is a button named for its mode, one is on at a
    time, and the arrow keys move the choice as they did between the radio buttons."""
    w = make_window(ctx, qtbot)
    chat = w.chat
    buttons = chat.modes.buttons()
    assert [b.accessibleName() for b in buttons] == ["quick mode", "web mode",
                                                     "full-stack mode"]
    assert all(b.isCheckable() for b in buttons) and chat.modes.exclusive()
    assert chat.mode().value == "web"
    web = chat.modes.button(1)
    web.setFocus()
    qtbot.waitUntil(web.hasFocus)
    qtbot.keyClick(web, Qt.Key.Key_Left)
    assert chat.mode().value == "quick"
    assert QApplication.focusWidget() is chat.modes.button(0)
    qtbot.keyClick(chat.modes.button(0), Qt.Key.Key_Right)
    assert chat.mode().value == "web"
    click(qtbot, chat.modes.button(0))
    assert chat.mode().value == "quick" and not web.isChecked()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_prompt_is_a_composer_with_run_inside(ctx, qtbot, aloop, name) -> None:
    """The prompt, Stop and Run sit in one rounded frame whose rim shows the prompt's focus
    in the accent colour (the prompt has no frame of its own)."""
    w = make_window(ctx, qtbot)
    t = apply_theme(name)  # after: the window applies the settings' theme as it opens
    chat = w.chat
    composer = chat.composer
    for part in (chat.prompt, chat.run_button, chat.stop_button):
        assert composer.isAncestorOf(part)
    chat.model.setFocus()
    qtbot.waitUntil(lambda: not chat.prompt.hasFocus())
    rim_unfocused = pixel(composer, composer.width() // 2, 0)
    chat.prompt.setFocus()
    qtbot.waitUntil(lambda: composer.property("focused") is True)
    assert pixel(composer, composer.width() // 2, 0) == t.states["accent"] != rim_unfocused
    qtbot.keyClick(chat.prompt, Qt.Key.Key_Tab)  # Tab still leaves the box
    assert not chat.prompt.hasFocus() and composer.property("focused") is False


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_persons_prompt_is_a_bubble_on_the_right(ctx, qtbot, aloop, name) -> None:
    """The feed read "you: …" flush left like every other line: the prompt is now a
    bubble on the right, in the bubble colour (its text checked at 4.5:1 in test_theme);
    the item keeps its words, which a screen reader says."""
    w = make_window(ctx, qtbot)
    t = apply_theme(name)  # after: the window applies the settings' theme as it opens
    w.resize(1400, 860)
    feed = w.activity.feed
    w.activity.say_prompt("a task app with due dates")
    w.activity.say("devora", "a line of the app's own")
    item = feed.item(0)
    assert item.text() == "you: a task app with due dates"
    qtbot.waitUntil(lambda: feed.visualItemRect(item).height() > 0)
    rect = feed.visualItemRect(item)
    image = feed.viewport().grab().toImage()
    y = rect.center().y()
    right = image.pixelColor(QPoint(rect.right() - 12, y)).name()
    left = image.pixelColor(QPoint(rect.left() + 12, y)).name()
    assert right == t.bubble and left == t.base
    other = feed.visualItemRect(feed.item(1))
    assert image.pixelColor(QPoint(other.right() - 12, other.center().y())).name() != t.bubble
    assert contrast(t.text, t.bubble) >= 4.5
