"""Themes: WCAG AA ratios computed over the palettes, and indicators visible in dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui import theme
from devora_desktop.ui.theme import DARK, LIGHT, apply_theme, contrast


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    apply_theme("light")


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("t", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_and_state_colour_meets_aa(t) -> None:
    low = [(what, fg, bg, round(contrast(fg, bg), 2)) for what, fg, bg in t.text_pairs()
           if contrast(fg, bg) < 4.5]
    assert not low, low
    assert set(theme.STATE_NAMES) <= set(t.states)
    for bg in (t.window, t.base, t.button):  # rims of inputs are UI components: 3:1
        assert contrast(t.outline, bg) >= 3.0, (t.name, bg)


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_applied_palette_is_the_checked_one(qapp, choice) -> None:
    used = apply_theme(choice)
    pal = QApplication.instance().palette()
    assert used.name == choice
    for role, value in ((QPalette.ColorRole.Window, used.window),
                        (QPalette.ColorRole.Text, used.text),
                        (QPalette.ColorRole.PlaceholderText, used.placeholder),
                        (QPalette.ColorRole.HighlightedText, used.highlighted_text)):
        assert pal.color(role).name() == value
    assert theme.is_dark(pal) == (choice == "dark")


def test_follow_system_uses_the_desktop_scheme(qapp) -> None:
    apply_theme("dark")
    hints = QApplication.instance().styleHints()
    used = apply_theme("system")  # offscreen reports no dark preference
    expected = DARK if hints.colorScheme().name == "Dark" else LIGHT
    assert used is expected
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == \
        expected.window


def _indicator_contrast(widget, element: QStyle.SubElement) -> float:
    """The strongest contrast any indicator pixel has against the window colour."""
    opt = QStyleOptionButton()
    opt.initFrom(widget)
    rect = widget.style().subElementRect(element, opt, widget)
    image = widget.grab().toImage()
    window = widget.palette().color(QPalette.ColorRole.Window).name()
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            best = max(best, contrast(QColor(image.pixel(x, y)).name(), window))
    return best


def show_in_a_window(qtbot, *widgets: QWidget) -> QWidget:
    """The widgets one above the other in a shown window, as a person would see them (keep
    the window: it owns them)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    for widget in widgets:
        lay.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_radio_buttons_and_checkboxes_are_visible_in_dark(qtbot) -> None:
    apply_theme("dark")
    radio, check = QRadioButton("quick"), QCheckBox("Public repository")
    _window = show_in_a_window(qtbot, radio, check)  # kept: it owns them
    assert _indicator_contrast(radio, QStyle.SubElement.SE_RadioButtonIndicator) >= 3.0
    assert _indicator_contrast(check, QStyle.SubElement.SE_CheckBoxIndicator) >= 3.0
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    assert _indicator_contrast(check, QStyle.SubElement.SE_CheckBoxIndicator) >= 4.5


def test_icons_come_from_the_icon_font_not_glyphs(qapp) -> None:
    from devora_desktop.ui.icons import NAMES, icon

    apply_theme("dark")
    for name in NAMES:
        pix = icon(name).pixmap(16, 16)
        assert not pix.isNull(), name
        img = pix.toImage()
        painted = [img.pixelColor(x, y) for x in range(16) for y in range(16)
                   if img.pixelColor(x, y).alpha() > 128]
        assert painted, f"{name} draws nothing"
    lock = icon("lock").pixmap(16, 16).toImage()
    colours = {lock.pixelColor(x, y).name() for x in range(16) for y in range(16)
               if lock.pixelColor(x, y).alpha() == 255}
    assert DARK.color("lock") in colours


def test_icons_made_before_a_theme_change_follow_it(qapp) -> None:
    from devora_desktop.ui.icons import icon

    apply_theme("light")
    done = icon("done")

    def colours() -> set[str]:
        img = done.pixmap(16, 16).toImage()
        return {img.pixelColor(x, y).name() for x in range(16) for y in range(16)
                if img.pixelColor(x, y).alpha() == 255}

    assert LIGHT.color("done") in colours()
    apply_theme("dark")
    assert DARK.color("done") in colours() and LIGHT.color("done") not in colours()


def test_no_widget_hard_codes_a_colour() -> None:
    """Every colour comes from the theme, so both themes keep the ratios checked above."""
    import re
    from pathlib import Path

    import devora_desktop.ui as ui

    literal = re.compile(r"""["'][^"'\n]*#[0-9a-fA-F]{6}\b""")
    offenders = [f"{path.name}:{n}: {line.strip()}"
                 for path in Path(ui.__file__).parent.glob("*.py") if path.name != "theme.py"
                 for n, line in enumerate(path.read_text().splitlines(), 1)
                 if literal.search(line)]
    assert not offenders, offenders


def test_code_and_diff_colours_follow_the_theme(qtbot, aloop, tmp_path) -> None:
    from devora_desktop.ui.changes_panel import DiffView
    from devora_desktop.ui.file_viewer import FileViewer

    apply_theme("dark")
    view = DiffView()
    qtbot.addWidget(view)
    view.setPlainText("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n")
    ranges = view.document().findBlockByNumber(4).layout().formats()
    fmt = ranges[0].format
    assert fmt.foreground().color().name() == DARK.color("added")
    assert fmt.background().color().name() == DARK.tints["added"]

    def colours(viewer) -> set[str]:
        out = set()
        block = viewer.editor.document().firstBlock()
        while block.isValid():
            for r in block.layout().formats():
                out.add(r.format.foreground().color().name())
            block = block.next()
        return out

    code = tmp_path / "app.py"
    code.write_text("def f(x):\n    return 'text' + str(42)  # note\n")
    viewer = FileViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    with qtbot.waitSignal(viewer.highlighted, timeout=10000):
        viewer.show_file(code, "app.py")
    dark = colours(viewer)
    assert dark and dark <= set(DARK.syntax.values())
    with qtbot.waitSignal(viewer.highlighted, timeout=10000):
        apply_theme("light")  # the open file is recoloured
    assert colours(viewer) <= set(LIGHT.syntax.values())
    assert view.document().findBlockByNumber(4).layout().formats()[0].format.background() \
        .color().name() == LIGHT.tints["added"]


def test_a_long_diff_is_coloured_in_view_first_and_the_rest_after(qtbot) -> None:
    """A QSyntaxHighlighter coloured all of a long diff in one go on the window's thread when
    it was shown (23 ms at a run's end, bench/ui_latency.py): the lines in view are coloured
    at once, the rest on the next turns of the loop."""
    from devora_desktop.ui.changes_panel import DiffView, unified

    view = DiffView()
    qtbot.addWidget(view)
    view.show()
    view.setPlainText(unified("app.js", b"", b"const v = 1;\n" * 3000))

    def background(n: int) -> str | None:
        ranges = view.document().findBlockByNumber(n).layout().formats()
        return ranges[0].format.background().color().name() if ranges else None

    assert background(5) == LIGHT.tints["added"]
    assert background(2900) is None  # not yet
    qtbot.waitUntil(lambda: view.colours.done, timeout=5000)
    assert background(2900) == LIGHT.tints["added"]
    assert view.document().findBlockByNumber(0).layout().formats()[0].format.fontWeight() > 400


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_icon_reads_on_every_background_it_is_drawn_on(qapp, name) -> None:
    """One icon was low-contrast in dark: state icons on a selected row sat on the selection
    colour (red on blue 2.9:1 in dark, 1.0:1 in light)."""
    from PySide6.QtGui import QIcon

    from devora_desktop.ui.icons import NAMES, icon

    t = apply_theme(name)

    def ink(name_: str, mode) -> str:
        img = icon(name_).pixmap(QSize(32, 32), mode).toImage()
        solid = [img.pixelColor(x, y).name() for x in range(img.width())
                 for y in range(img.height()) if img.pixelColor(x, y).alpha() >= 250]
        assert solid, (name_, mode)
        return max(set(solid), key=solid.count)

    for n in NAMES:
        normal = ink(n, QIcon.Mode.Normal)
        for bg in (t.window, t.base, t.alternate_base, t.button, t.tooltip_base, t.sidebar,
                   t.sidebar_selected):  # the projects list's run icon sits on the sidebar
            assert contrast(normal, bg) >= 4.5, (n, normal, bg)
        selected = ink(n, QIcon.Mode.Selected)
        assert contrast(selected, t.highlight) >= 4.5, (n, selected, t.highlight)


def _strongest_text(field: QWidget) -> float:
    """The strongest contrast any pixel inside the field's rim has against its background."""
    image = field.grab().toImage()
    base = field.palette().color(QPalette.ColorRole.Base).name()
    return max(contrast(QColor(image.pixel(x, y)).name(), base)
               for x in range(4, image.width() - 4) for y in range(4, image.height() - 4))


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_disabled_field_looks_disabled(qtbot, choice) -> None:
    """Export's GitHub repository field is disabled for a zip: it read like the zip path, as
    if it would be used (the stylesheet's text colour beat the palette's disabled one)."""
    t = apply_theme(choice)
    path, repo = QLineEdit("/root/habit-tracker.zip"), QLineEdit("habit-tracker")
    repo.setEnabled(False)
    _window = show_in_a_window(qtbot, path, repo)  # kept: it owns them
    assert _strongest_text(path) >= contrast(t.text, t.base) * 0.9
    assert _strongest_text(repo) <= contrast(t.disabled_text, t.base) * 1.1


def test_the_open_window_turns_dark_with_the_theme(ctx, qtbot, aloop) -> None:
    """Settings › Theme while the window is open: the panels the window already has follow
    (apply_theme makes the app's style only once; the palette and stylesheet carry it)."""
    from tests.ui.test_main_window import make_window

    def projects_background() -> int:
        image = w.projects.grab().toImage()
        return image.pixelColor(image.width() // 2, image.height() * 2 // 3).lightness()

    apply_theme("light")
    w = make_window(ctx, qtbot)
    assert projects_background() > 200
    apply_theme("dark")
    qtbot.wait(50)
    assert projects_background() < 80
    apply_theme("light")
    qtbot.wait(50)
    assert projects_background() > 200


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_dialogs_close_and_cancel_crosses_read_on_their_buttons(qtbot, name) -> None:
    """A Close button's ✗ (Help › License) measured 1.5:1 and then, as Cancel's red one,
    2.7:1 on the dark theme's buttons: both take the buttons' text colour (≥ 4.5:1)."""
    from PySide6.QtWidgets import QDialogButtonBox

    t = apply_theme(name)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    for which, pixmap in ((QDialogButtonBox.StandardButton.Close,
                           QStyle.StandardPixmap.SP_DialogCloseButton),
                          (QDialogButtonBox.StandardButton.Cancel,
                           QStyle.StandardPixmap.SP_DialogCancelButton)):
        button = box.button(which)
        image = button.style().standardIcon(pixmap, None, button).pixmap(16, 16).toImage()
        solid = [image.pixelColor(x, y).name() for x in range(16) for y in range(16)
                 if image.pixelColor(x, y).alpha() >= 250]
        assert solid, which
        ink = max(set(solid), key=solid.count)
        back = button.palette().button().color().name()
        assert back == t.base  # the stylesheet draws secondary buttons on the cards' tone
        assert contrast(ink, back) >= 4.5, (name, which, ink, back)


def test_an_empty_list_built_before_its_first_frame_shows_without_its_card(qtbot) -> None:
    """An empty list's words sit on the canvas (its card's border and fill go) and a row
    brings the card back. A list built empty is styled for it by its first polish, when it
    is shown (start-up styled each twice before the first frame: ui/placeholder.py)."""
    from PySide6.QtWidgets import QListWidget

    from devora_desktop.ui.placeholder import Placeholder

    apply_theme("light")
    box = QWidget()
    qtbot.addWidget(box)
    view = QListWidget(box)
    QVBoxLayout(box).addWidget(view)
    Placeholder(view, "Nothing here yet")
    box.resize(300, 300)
    box.show()
    qtbot.waitExposed(box)

    def edge() -> QColor:  # the middle of the list's left border
        return view.grab().toImage().pixelColor(0, view.height() // 2)

    assert edge().alpha() == 0
    view.addItem("a row")
    qtbot.waitUntil(lambda: edge().alpha() == 255)
    assert edge().name() == LIGHT.border
    view.clear()
    qtbot.waitUntil(lambda: edge().alpha() == 0)
