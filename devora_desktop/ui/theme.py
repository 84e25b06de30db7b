"""Light, dark, or follow the system — with colours that stay readable.

Qt's colour-scheme hint is ignored by some platform plugins (offscreen, older Linux themes),
so an explicit Fusion palette is applied on every platform; "system" only picks which of the
two palettes. Every text and state colour here meets WCAG AA (4.5:1) against the
backgrounds it is drawn on (tests/ui/test_theme.py computes the ratios), and radio buttons
and check boxes are drawn with an outline that stands out from the window (3:1, WCAG 1.4.11).

Widgets take colours from here (``colors()["error"]``), never from literals, so a theme
change reaches them; they re-read on ``QEvent.ApplicationPaletteChange``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleFactory

Role = QPalette.ColorRole

#: Colour names widgets may ask for; each is text on the window or the base background.
STATE_NAMES = ("muted", "accent", "success", "warning", "error", "waiting", "streaming", "done",
               "failed", "cancelled", "skipped", "added", "deleted", "lock")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    outline: str  # indicator rims, frames: a UI component, 3:1 against window and base
    states: dict[str, str] = field(default_factory=dict)
    syntax: dict[str, str] = field(default_factory=dict)
    #: tinted line backgrounds (a diff's added/deleted lines); text and the matching state
    #: colour are drawn on them
    tints: dict[str, str] = field(default_factory=dict)

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def color(self, name: str) -> str:
        return self.states[name]

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text colour this theme draws."""
        pairs = [("window text", self.window_text, self.window), ("text", self.text, self.base),
                 ("alternate rows", self.text, self.alternate_base),
                 ("buttons", self.button_text, self.button),
                 ("selection", self.highlighted_text, self.highlight),
                 ("placeholder", self.placeholder, self.base),
                 ("link on base", self.link, self.base), ("link", self.link, self.window),
                 ("tooltip", self.tooltip_text, self.tooltip_base)]
        for name, fg in self.states.items():
            for bg_name, bg in (("window", self.window), ("base", self.base),
                                ("alternate rows", self.alternate_base)):
                pairs.append((f"{name} on {bg_name}", fg, bg))
        for name, fg in self.syntax.items():
            pairs.append((f"syntax {name}", fg, self.base))
        for name, bg in self.tints.items():
            pairs += [(f"text on {name} lines", self.text, bg),
                      (f"{name} on {name} lines", self.states[name], bg)]
        for state, bg in interaction(self).items():
            pairs += [(f"buttons {state}", self.button_text, bg),
                      (f"tabs {state}", self.window_text, bg)]
        return pairs


_SYNTAX_KINDS = ("Keyword", "Name.Function", "Name.Class", "Name.Tag", "Name.Attribute",
                 "Name.Builtin", "String", "Number", "Comment", "Operator", "Generic.Inserted",
                 "Generic.Deleted", "Generic.Heading", "Generic.Subheading")

LIGHT = Theme(
    name="light", window="#f3f4f7", window_text="#1d2030", base="#ffffff",
    alternate_base="#f6f7fa", text="#1d2030", button="#e4e6ec", button_text="#1d2030",
    highlight="#3548c8", highlighted_text="#ffffff", placeholder="#5c6072", link="#2438b8",
    tooltip_base="#fdfdfe", tooltip_text="#1d2030", disabled_text="#7a7e8e",
    outline="#767a8c",
    states={"muted": "#5c6072", "accent": "#2443c4", "success": "#1b6e24",
            "warning": "#8a4f00", "error": "#b0102c", "waiting": "#5c6072",
            "streaming": "#2443c4", "done": "#1b6e24", "failed": "#b0102c",
            "cancelled": "#8a4f00", "skipped": "#5c6072", "added": "#1b6e24",
            "deleted": "#b0102c", "lock": "#8a4f00"},
    syntax=dict(zip(_SYNTAX_KINDS, (
        "#7424c9", "#1f4fc2", "#8a4f00", "#b0102c", "#8a4f00", "#a43f00", "#1b6e24",
        "#a43f00", "#5c6072", "#0b6178", "#1b6e24", "#b0102c", "#1f4fc2", "#7424c9"),
        strict=True)),
    tints={"added": "#e3f6e8", "deleted": "#fde7ea"},
)

DARK = Theme(
    name="dark", window="#1e1e2a", window_text="#e6e6f0", base="#16161f",
    alternate_base="#232332", text="#e6e6f0", button="#2c2c3e", button_text="#e6e6f0",
    highlight="#4f4fc4", highlighted_text="#ffffff", placeholder="#a4a7ba", link="#9cb0ff",
    tooltip_base="#2c2c3e", tooltip_text="#e6e6f0", disabled_text="#7c7f93",
    outline="#9a9db2",
    states={"muted": "#a4a7ba", "accent": "#8fb0ff", "success": "#7ed491",
            "warning": "#f0c270", "error": "#ff8b9b", "waiting": "#a4a7ba",
            "streaming": "#8fb0ff", "done": "#7ed491", "failed": "#ff8b9b",
            "cancelled": "#f0c270", "skipped": "#a4a7ba", "added": "#7ed491",
            "deleted": "#ff8b9b", "lock": "#f0c270"},
    syntax=dict(zip(_SYNTAX_KINDS, (
        "#cba6f7", "#8fb0ff", "#f0c270", "#ff8b9b", "#f0c270", "#fab387", "#a6e3a1",
        "#fab387", "#a4a7ba", "#89dceb", "#a6e3a1", "#ff8b9b", "#8fb0ff", "#cba6f7"),
        strict=True)),
    tints={"added": "#1e3a29", "deleted": "#45222a"},
)

THEMES = {"light": LIGHT, "dark": DARK}
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

# ---- the design system: one scale each, used by the one stylesheet below ---------------
#: spacing in px (margins, paddings, gaps): 4-based, so panels line up
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
#: type scale in pt: small print (hints, counts), body, panel titles, headings
TYPE = {"small": 9, "body": 10, "title": 11, "heading": 14}
#: corner radii in px: fields, buttons, cards
RADIUS = {"s": 4, "m": 6, "l": 10}


def interaction(t: Theme) -> dict[str, str]:
    """Hover and pressed backgrounds of buttons and tabs: the button colour a step towards
    the text (their text contrast is checked with the others)."""
    base = QColor(t.button)
    hover = base.lighter(118) if t.dark else base.darker(106)
    pressed = base.lighter(135) if t.dark else base.darker(113)
    return {"hover": hover.name(), "pressed": pressed.name()}


def combo_arrow(t: Theme) -> str:
    """A combo box's arrow for ``t``: styled boxes otherwise drew Qt's default drop-down, a
    sunken dark frame at their right edge (it read as touching the window's edge)."""
    return (ICONS / f"combo-arrow-{'dark' if t.dark else 'light'}.svg").as_posix()


def stylesheet(t: Theme) -> str:
    """The one stylesheet of the app, for either theme: hierarchy by size and weight
    (panel titles above body text, hints in muted small print), soft radii, and states a
    person can see — hover, pressed, focus (the accent rim), disabled. Indicators (check
    boxes, radio buttons) stay with IndicatorStyle."""
    s, r, ty, st = SPACE, RADIUS, TYPE, t.states
    i = interaction(t)
    return f"""
QLabel#panel-title {{ font-size: {ty['title']}pt; font-weight: 600;
    padding: {s['xs']}px {s['xs']}px {s['xs']}px 2px; }}
QLabel#empty-hint {{ color: {st['muted']}; font-size: {ty['body']}pt; }}
QLabel#mode-lock {{ color: {st['lock']}; }}
QLabel#console-title {{ color: {st['error']}; }}
QLabel#run-steps, QLabel#run-totals, QLabel#agents-strip {{ color: {t.window_text}; }}
QPushButton {{ background: {t.button}; color: {t.button_text};
    border: 1px solid {t.outline}; border-radius: {r['m']}px;
    padding: {s['xs']}px {s['m']}px; min-height: 18px; }}
QPushButton:hover {{ background: {i['hover']}; }}
QPushButton:pressed, QPushButton:checked {{ background: {i['pressed']}; }}
QPushButton:focus {{ border: 1px solid {st['accent']}; }}
QPushButton:disabled {{ color: {t.disabled_text}; border-color: {t.disabled_text}; }}
QLineEdit, QPlainTextEdit#prompt, QComboBox {{ border: 1px solid {t.outline};
    border-radius: {r['s']}px; padding: 3px {s['xs']}px; background: {t.base};
    color: {t.text}; }}
QLineEdit:focus, QPlainTextEdit#prompt:focus, QComboBox:focus {{
    border: 1px solid {st['accent']}; }}
QLineEdit:disabled, QPlainTextEdit#prompt:disabled, QComboBox:disabled {{
    color: {t.disabled_text}; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 20px; border: none; }}
QComboBox::down-arrow {{ image: url("{combo_arrow(t)}"); width: 10px; height: 6px; }}
QTabBar::tab {{ padding: {s['xs'] + 2}px {s['m']}px; color: {st['muted']};
    border: none; border-bottom: 2px solid transparent; background: transparent; }}
QTabBar::tab:hover {{ color: {t.window_text}; background: {i['hover']}; }}
QTabBar::tab:selected {{ color: {t.window_text}; border-bottom: 2px solid {st['accent']}; }}
QSplitter::handle {{ background: {t.window}; }}
QSplitter::handle:hover {{ background: {t.outline}; }}
QToolTip {{ background: {t.tooltip_base}; color: {t.tooltip_text};
    border: 1px solid {t.outline}; padding: {s['xs']}px; }}
QStatusBar {{ color: {t.window_text}; }}
"""


def luminance(color: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    q = QColor(color)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def system_is_dark() -> bool:
    app = QApplication.instance()
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """The palette a setting means: "system" follows the desktop's light/dark choice."""
    if choice == "system":
        return DARK if system_is_dark() else LIGHT
    return THEMES.get(choice, LIGHT)


_current: Theme = LIGHT


def current() -> Theme:
    """The theme applied last (light before any)."""
    return _current


def colors() -> dict[str, str]:
    return _current.states


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def palette_for(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {Role.Window: theme.window, Role.WindowText: theme.window_text,
             Role.Base: theme.base, Role.AlternateBase: theme.alternate_base,
             Role.Text: theme.text, Role.Button: theme.button,
             Role.ButtonText: theme.button_text, Role.BrightText: theme.states["error"],
             Role.Highlight: theme.highlight, Role.HighlightedText: theme.highlighted_text,
             Role.ToolTipBase: theme.tooltip_base, Role.ToolTipText: theme.tooltip_text,
             Role.PlaceholderText: theme.placeholder, Role.Link: theme.link,
             Role.LinkVisited: theme.link, Role.Light: theme.button, Role.Midlight: theme.button,
             Role.Mid: theme.outline, Role.Dark: theme.outline, Role.Shadow: "#000000"}
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return pal


@functools.cache
def _cross(color: str) -> QIcon:
    """A ✗ drawn in ``color`` at the sizes buttons ask for (ui/icons.py's font would make
    theme and icons import each other)."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(color), max(2.0, size / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        m = size * 0.25
        painter.drawLine(QPointF(m, m), QPointF(size - m, size - m))
        painter.drawLine(QPointF(size - m, m), QPointF(m, size - m))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class IndicatorStyle(QProxyStyle):
    """Fusion draws radio/check indicators with a rim derived from the window colour, which
    all but vanishes on a dark window: draw them with the theme's outline and accent."""

    def standardIcon(self, standard_icon, option=None, widget=None):
        """A Close or Cancel button's ✗ in the buttons' own text colour: Fusion's near-black
        one measured 1.5:1 on the dark theme's buttons (walk12 #12 a), and Cancel's red one
        2.7:1 on them; the theme's text on its buttons reads at ≥ 4.5:1 in both."""
        if standard_icon in (QStyle.StandardPixmap.SP_DialogCloseButton,
                             QStyle.StandardPixmap.SP_DialogCancelButton):
            return _cross(_current.button_text)
        return super().standardIcon(standard_icon, option, widget)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element not in (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                           QStyle.PrimitiveElement.PE_IndicatorCheckBox):
            super().drawPrimitive(element, option, painter, widget)
            return
        theme = _current
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        on = bool(state & QStyle.StateFlag.State_On)
        partial = bool(state & QStyle.StateFlag.State_NoChange)
        rim = QColor(theme.highlight if (on or partial) and enabled else
                     theme.outline if enabled else theme.disabled_text)
        if state & QStyle.StateFlag.State_HasFocus and enabled:
            rim = QColor(theme.states["accent"])
        r = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        side = min(r.width(), r.height())
        r = QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(rim, 1.6))
        fill = QColor(theme.highlight) if (on or partial) and enabled else QColor(theme.base)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setBrush(QColor(theme.base))
            painter.drawEllipse(r)
            if on:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(rim)
                painter.drawEllipse(r.center(), side * 0.26, side * 0.26)
        else:
            painter.setBrush(fill)
            painter.drawRoundedRect(r, 2.5, 2.5)
            mark = QPen(QColor(theme.highlighted_text), 1.8)
            mark.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(mark)
            if partial:
                painter.drawLine(QPointF(r.left() + side * 0.25, r.center().y()),
                                 QPointF(r.right() - side * 0.25, r.center().y()))
            elif on:
                path = QPainterPath(QPointF(r.left() + side * 0.22, r.top() + side * 0.52))
                path.lineTo(QPointF(r.left() + side * 0.42, r.top() + side * 0.72))
                path.lineTo(QPointF(r.left() + side * 0.78, r.top() + side * 0.3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
        painter.restore()


def apply_theme(choice: str) -> Theme:
    """Apply "light", "dark" or "system"; returns the theme now in use. With "system", a
    later change of the desktop's scheme re-applies the matching palette."""
    global _current
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return _current
    hints = app.styleHints()
    if choice == "system" and hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    theme = resolve(choice)
    _current = theme
    # once: under the stylesheet app.style() is Qt's stylesheet proxy, never ours, so the
    # style was made again at every call (each a re-polish of every widget: ~0.2 s)
    if not app.property("devora_style_set"):
        app.setProperty("devora_style_set", True)
        app.setStyle(IndicatorStyle(QStyleFactory.create("Fusion")))
    if choice != "system" and hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme.dark else Qt.ColorScheme.Light)
    app.setProperty("devora_theme", choice)
    if not app.property("devora_theme_hooked"):
        app.setProperty("devora_theme_hooked", True)
        hints.colorSchemeChanged.connect(_on_system_scheme_changed)
    switched = app.palette().color(Role.Window) != QColor(theme.window)
    app.setPalette(palette_for(theme))
    if switched:
        _relink_labels(app)
    sheet = stylesheet(theme)
    if app.styleSheet() != sheet:  # setting it again re-polishes every widget: ~0.25 s
        app.setStyleSheet(sheet)
    return theme


def _relink_labels(app: QApplication) -> None:
    """A label's links keep the colour they had when its text was set (Qt lays the rich text
    out once): after a switch they were the other theme's blue, dark blue on the dark
    Preview bar. Setting the text again lays them out in the new palette's link colour."""
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and "<a " in (text := widget.text()):
            widget.setText("")
            widget.setText(text)


def _on_system_scheme_changed(_scheme) -> None:
    app = QApplication.instance()
    if app is not None and app.property("devora_theme") == "system" \
            and resolve("system") is not _current:
        apply_theme("system")
