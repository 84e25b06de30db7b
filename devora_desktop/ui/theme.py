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
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QWidget,
)

Role = QPalette.ColorRole

#: Colour names widgets may ask for; each is text on the window or the base background.
STATE_NAMES = ("muted", "accent", "success", "warning", "error", "waiting", "streaming", "done",
               "failed", "cancelled", "skipped", "added", "deleted", "lock")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # the canvas: the centre and the chat column
    window_text: str
    base: str  # cards: the feed, the code, the preview, fields and the composer
    alternate_base: str
    text: str
    button: str  # secondary buttons and the segmented controls' track
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    outline: str  # indicator rims, fields' frames: a UI component, 3:1 against window and base
    states: dict[str, str] = field(default_factory=dict)
    syntax: dict[str, str] = field(default_factory=dict)
    #: tinted line backgrounds (a diff's added/deleted lines); text and the matching state
    #: colour are drawn on them
    tints: dict[str, str] = field(default_factory=dict)
    #: the designed surfaces (docs/design-system.md): the sidebar's own tone and its selected
    #: row, the hairline round cards, the filled primary button and the user's chat bubble
    sidebar: str = ""
    sidebar_selected: str = ""
    border: str = ""  # a card's hairline: decoration, not a control's only outline
    primary: str = ""
    on_primary: str = ""
    bubble: str = ""

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def color(self, name: str) -> str:
        return self.states[name]

    def surfaces(self) -> dict[str, str]:
        """Every background text is drawn on, by name (the states are checked on each)."""
        return {"window": self.window, "base": self.base, "alternate rows": self.alternate_base,
                "sidebar": self.sidebar, "sidebar selection": self.sidebar_selected,
                "bubble": self.bubble, "buttons": self.button}

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text colour this theme draws."""
        pairs = [("window text", self.window_text, self.window), ("text", self.text, self.base),
                 ("alternate rows", self.text, self.alternate_base),
                 ("buttons", self.button_text, self.button),
                 ("selection", self.highlighted_text, self.highlight),
                 ("placeholder", self.placeholder, self.base),
                 ("link on base", self.link, self.base), ("link", self.link, self.window),
                 ("tooltip", self.tooltip_text, self.tooltip_base),
                 ("sidebar", self.window_text, self.sidebar),
                 ("sidebar selection", self.window_text, self.sidebar_selected),
                 ("bubble", self.text, self.bubble), ("placeholder on bubble", self.placeholder,
                                                      self.bubble),
                 ("primary button", self.on_primary, self.primary)]
        for name, fg in self.states.items():
            for bg_name, bg in self.surfaces().items():
                pairs.append((f"{name} on {bg_name}", fg, bg))
        for name, fg in self.syntax.items():
            pairs.append((f"syntax {name}", fg, self.base))
        for name, bg in self.tints.items():
            pairs += [(f"text on {name} lines", self.text, bg),
                      (f"{name} on {name} lines", self.states[name], bg)]
        for state, bg in interaction(self).items():
            pairs += [(f"buttons {state}", self.button_text, bg),
                      (f"tabs {state}", self.window_text, bg)]
        for state, bg in primary_states(self).items():
            pairs.append((f"primary button {state}", self.on_primary, bg))
        return pairs


_SYNTAX_KINDS = ("Keyword", "Name.Function", "Name.Class", "Name.Tag", "Name.Attribute",
                 "Name.Builtin", "String", "Number", "Comment", "Operator", "Generic.Inserted",
                 "Generic.Deleted", "Generic.Heading", "Generic.Subheading")

# the hues are Dyad's (src/styles/globals.css: a violet primary, oklch(0.59 0.16 288), on a
# violet-tinted near-white canvas with a darker sidebar); its primary under white text
# measured 4.4:1, so ours is the same hue a step darker (5.4:1)
LIGHT = Theme(
    name="light", window="#fbfafe", window_text="#211c35", base="#ffffff",
    alternate_base="#f6f5fb", text="#211c35", button="#eeecf6", button_text="#211c35",
    highlight="#6c5ac5", highlighted_text="#ffffff", placeholder="#5e5a70", link="#5240b8",
    tooltip_base="#ffffff", tooltip_text="#211c35", disabled_text="#7d7a8c",
    outline="#7a7690",
    states={"muted": "#5e5a70", "accent": "#5a47bd", "success": "#1b6e24",
            "warning": "#8a4f00", "error": "#b0102c", "waiting": "#5e5a70",
            "streaming": "#5a47bd", "done": "#1b6e24", "failed": "#b0102c",
            "cancelled": "#8a4f00", "skipped": "#5e5a70", "added": "#1b6e24",
            "deleted": "#b0102c", "lock": "#8a4f00"},
    syntax=dict(zip(_SYNTAX_KINDS, (
        "#7424c9", "#1f4fc2", "#8a4f00", "#b0102c", "#8a4f00", "#a43f00", "#1b6e24",
        "#a43f00", "#5e5a70", "#0b6178", "#1b6e24", "#b0102c", "#1f4fc2", "#7424c9"),
        strict=True)),
    tints={"added": "#e3f6e8", "deleted": "#fde7ea"},
    sidebar="#edeaf6", sidebar_selected="#dcd6f6", border="#e3e0ee", primary="#6c5ac5",
    on_primary="#ffffff", bubble="#ebe7fb",
)

DARK = Theme(
    name="dark", window="#131318", window_text="#ebebf2", base="#1b1b22",
    alternate_base="#22222b", text="#ebebf2", button="#282833", button_text="#ebebf2",
    highlight="#6b59c9", highlighted_text="#ffffff", placeholder="#a7a5b8", link="#b4a8ff",
    tooltip_base="#282833", tooltip_text="#ebebf2", disabled_text="#7f7d91",
    outline="#8f8ca6",
    states={"muted": "#a7a5b8", "accent": "#b0a3ff", "success": "#7ed491",
            "warning": "#f0c270", "error": "#ff8b9b", "waiting": "#a7a5b8",
            "streaming": "#b0a3ff", "done": "#7ed491", "failed": "#ff8b9b",
            "cancelled": "#f0c270", "skipped": "#a7a5b8", "added": "#7ed491",
            "deleted": "#ff8b9b", "lock": "#f0c270"},
    syntax=dict(zip(_SYNTAX_KINDS, (
        "#cba6f7", "#8fb0ff", "#f0c270", "#ff8b9b", "#f0c270", "#fab387", "#a6e3a1",
        "#fab387", "#a7a5b8", "#89dceb", "#a6e3a1", "#ff8b9b", "#8fb0ff", "#cba6f7"),
        strict=True)),
    tints={"added": "#1e3a29", "deleted": "#45222a"},
    sidebar="#1c1c24", sidebar_selected="#302b4c", border="#2c2c38", primary="#6b59c9",
    on_primary="#ffffff", bubble="#2b2742",
)

THEMES = {"light": LIGHT, "dark": DARK}
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"
#: Geist (Vercel, SIL Open Font License 1.1: resources/fonts/OFL-Geist.txt), the face Dyad
#: uses; shipped, so every desktop draws the same. Where it cannot load, the system's sans.
FONTS = RESOURCES / "fonts"
FONT_FAMILY = "Geist"

# ---- the design system: one scale each, used by the one stylesheet below ---------------
#: spacing in px (margins, paddings, gaps): an 8-px rhythm with a 4-px half step
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
#: type scale in pt: small print (hints, counts, section headers), body, panel titles, headings
TYPE = {"small": 9, "body": 10, "title": 11, "heading": 14}
#: corner radii in px: fields and rows, buttons and segments, cards, the composer
RADIUS = {"s": 6, "m": 8, "l": 10, "xl": 14}


def interaction(t: Theme) -> dict[str, str]:
    """Hover and pressed backgrounds of buttons and tabs: the button colour a step towards
    the text (their text contrast is checked with the others)."""
    base = QColor(t.button)
    hover = base.lighter(118) if t.dark else base.darker(104)
    pressed = base.lighter(135) if t.dark else base.darker(110)
    return {"hover": hover.name(), "pressed": pressed.name()}


def primary_states(t: Theme) -> dict[str, str]:
    """The primary button's hover and pressed fills: a step darker in light, lighter in dark
    (white text on each is checked)."""
    fill = QColor(t.primary)
    if t.dark:
        return {"hover": fill.lighter(110).name(), "pressed": fill.darker(112).name()}
    return {"hover": fill.darker(110).name(), "pressed": fill.darker(122).name()}


def styled_popups(parent: QWidget) -> None:
    """The lists of ``parent``'s combo boxes drawn as the stylesheet's cards with pill rows
    (as menus are): a combo's own delegate draws its rows as a stock menu, square and
    unpadded, whatever the stylesheet says of ``::item``."""
    from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

    for combo in parent.findChildren(QComboBox):
        combo.setItemDelegate(QStyledItemDelegate(combo))


def set_variant(kind: str, *buttons: QWidget) -> None:
    """Give ``buttons`` the stylesheet's ``kind`` ("primary": the one filled action of a
    place; "ghost": toolbar buttons that show their frame on hover only)."""
    for button in buttons:
        button.setProperty("variant", kind)


def combo_arrow(t: Theme) -> str:
    """A combo box's arrow for ``t``: styled boxes otherwise drew Qt's default drop-down, a
    sunken dark frame at their right edge (it read as touching the window's edge)."""
    return (ICONS / f"combo-arrow-{'dark' if t.dark else 'light'}.svg").as_posix()


def branch_arrow(t: Theme) -> str:
    """A closed folder's arrow in a tree for ``t`` (an open one's is the combo box's): the
    branch is styled so that a selected row is one pill, and a styled branch draws only
    the arrow it is given."""
    return (ICONS / f"branch-closed-{'dark' if t.dark else 'light'}.svg").as_posix()


def stylesheet(t: Theme) -> str:
    """The one stylesheet of the app, for either theme (docs/design-system.md): surfaces by
    tone (a sidebar, white cards with a hairline on a tinted canvas) rather than sunken
    boxes; a filled primary button (``variant="primary"``), quiet secondary ones and ghost
    ones (``variant="ghost"``); segmented controls (``QFrame[segmented="true"]``);
    hierarchy by size and weight; states a person can see — hover, pressed, focus (the
    accent rim), disabled. Indicators (check boxes, radio buttons) stay with IndicatorStyle."""
    s, r, ty, st = SPACE, RADIUS, TYPE, t.states
    i, p = interaction(t), primary_states(t)
    return f"""
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QMainWindow::separator {{ background: {t.border}; width: 1px; height: 1px; }}
QMenuBar {{ background: {t.sidebar}; border-bottom: 1px solid {t.border};
    padding: 2px {s['xs']}px; }}
QMenuBar::item {{ padding: {s['xs']}px {s['s'] + 2}px; border-radius: {r['s']}px;
    background: transparent; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{ background: {i['hover']}; }}
QLabel#panel-title {{ font-size: {ty['title']}pt; font-weight: 600;
    padding: {s['xs']}px {s['xs']}px {s['xs']}px 2px; }}
QSplitter#sidebar, QSplitter#sidebar > QWidget {{ background: {t.sidebar}; }}
QSplitter#sidebar QLabel#panel-title {{ font-size: {ty['small']}pt; font-weight: 700;
    color: {st['muted']}; padding: {s['s']}px {s['xs']}px 2px {s['xs']}px; }}
QSplitter#sidebar QListView, QSplitter#sidebar QTreeView {{ background: {t.sidebar};
    border: none; outline: none; }}
QSplitter#sidebar QTreeView::branch {{ background: {t.sidebar}; }}
QSplitter#sidebar QTreeView::branch:has-children {{ padding: 8px 5px; }}
QSplitter#sidebar QTreeView::branch:has-children:open {{ image: url("{combo_arrow(t)}"); }}
QSplitter#sidebar QTreeView::branch:has-children:closed {{ image: url("{branch_arrow(t)}"); }}
QSplitter#sidebar QListView::item, QSplitter#sidebar QTreeView::item {{
    padding: {s['xs']}px {s['xs']}px; border-radius: {r['s']}px; color: {t.window_text}; }}
QSplitter#sidebar QListView::item:hover, QSplitter#sidebar QTreeView::item:hover {{
    background: {i['hover']}; }}
QSplitter#sidebar QListView::item:selected, QSplitter#sidebar QTreeView::item:selected {{
    background: {t.sidebar_selected}; color: {t.window_text}; }}
QSplitter#sidebar QLineEdit {{ background: {t.base}; }}
QListView#feed {{ background: {t.base}; border: 1px solid {t.border};
    border-radius: {r['l']}px; padding: {s['xs']}px; outline: none; }}
QListView#feed::item {{ padding: {s['xs']}px 0; border-radius: {r['s']}px;
    color: {t.text}; }}
QListView#feed::item:hover {{ background: {t.alternate_base}; }}
QListView#feed::item:selected {{ background: {t.sidebar_selected}; color: {t.text}; }}
QAbstractScrollArea {{ border: 1px solid {t.border}; border-radius: {r['s']}px; }}
QAbstractScrollArea::corner {{ background: transparent; border: none; }}
QMenu {{ background: {t.base}; border: 1px solid {t.border}; padding: {s['xs']}px; }}
QMenu::item {{ padding: {s['xs'] + 2}px {s['l'] + s['xs']}px {s['xs'] + 2}px {s['m']}px;
    border-radius: {r['s']}px; color: {t.text}; }}
QMenu::item:selected {{ background: {t.sidebar_selected}; color: {t.window_text}; }}
QMenu::item:disabled {{ color: {t.disabled_text}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: {s['xs']}px {s['s']}px; }}
QAbstractItemView[empty="true"], QListView#feed[empty="true"] {{
    border: 1px solid transparent; background: transparent; }}
QLabel#empty-hint {{ color: {st['muted']}; font-size: {ty['body']}pt; }}
QLabel#mode-lock {{ color: {st['lock']}; }}
QLabel#pick-chip {{ background: {t.sidebar_selected}; color: {t.window_text};
    border-radius: {r['m']}px; padding: {s['xs']}px {s['s']}px; }}
QLabel#console-title {{ color: {st['error']}; }}
QLabel#status-message {{ background: {t.base}; color: {t.text};
    border: 1px solid {t.outline}; border-radius: {r['m']}px; padding: {s['s']}px {s['m']}px; }}
QLabel#run-steps, QLabel#run-totals, QLabel#agents-strip {{ color: {t.window_text}; }}
QLabel#run-steps[waiting="true"] {{ color: {st['warning']}; font-weight: 600; }}
QLabel#run-totals, QLabel#chat-hint, QLabel#run-why {{ color: {st['muted']}; }}
QPushButton {{ background: {t.base}; color: {t.button_text};
    border: 1px solid {t.outline}; border-radius: {r['m']}px;
    padding: {s['xs']}px {s['m']}px; min-height: 18px; }}
QPushButton:hover {{ background: {i['hover']}; }}
QPushButton:pressed, QPushButton:checked {{ background: {i['pressed']}; }}
QPushButton:focus {{ border: 1px solid {st['accent']}; }}
QPushButton:disabled {{ color: {t.disabled_text}; border-color: {t.border}; }}
QPushButton[variant="primary"] {{ font-weight: 600; padding: {s['xs']}px {s['l']}px; }}
QPushButton[variant="primary"], QDialog QPushButton:default {{ background: {t.primary};
    color: {t.on_primary}; border: 1px solid {t.primary}; }}
QPushButton[variant="primary"]:hover, QDialog QPushButton:default:hover {{
    background: {p['hover']}; border-color: {p['hover']}; }}
QPushButton[variant="primary"]:pressed, QDialog QPushButton:default:pressed {{
    background: {p['pressed']}; }}
QPushButton[variant="primary"]:focus, QDialog QPushButton:default:focus {{
    border: 1px solid {t.window_text}; }}
QPushButton[variant="primary"]:disabled, QDialog QPushButton:default:disabled {{
    background: {t.button}; color: {t.disabled_text}; border-color: {t.button}; }}
QPushButton[variant="ghost"], QToolButton[variant="ghost"] {{ background: transparent;
    border: 1px solid transparent; padding: {s['xs']}px {s['s']}px; }}
QPushButton[variant="ghost"]:hover, QToolButton[variant="ghost"]:hover {{
    background: {i['hover']}; }}
QPushButton[variant="ghost"]:checked, QToolButton[variant="ghost"]:checked {{
    background: {t.sidebar_selected}; }}
QPushButton[variant="ghost"]:focus, QToolButton[variant="ghost"]:focus {{
    border: 1px solid {st['accent']}; }}
QFrame[segmented="true"] {{ background: {t.button}; border: 1px solid {t.border};
    border-radius: {r['m']}px; }}
QFrame[segmented="true"] QPushButton {{ background: transparent; border: 1px solid transparent;
    border-radius: {r['s']}px; padding: 3px {s['s'] + 2}px; color: {st['muted']};
    min-height: 16px; }}
QFrame[segmented="true"] QPushButton:hover {{ color: {t.button_text}; }}
QFrame[segmented="true"] QPushButton:checked {{ background: {t.base}; color: {t.text};
    border: 1px solid {t.border}; font-weight: 600; }}
QFrame[segmented="true"] QPushButton:focus {{ border: 1px solid {st['accent']}; }}
QFrame#composer {{ background: {t.base}; border: 1px solid {t.outline};
    border-radius: {r['xl']}px; }}
QFrame#composer[focused="true"] {{ border: 1px solid {st['accent']}; }}
QFrame#composer QPlainTextEdit#prompt, QFrame#composer QPlainTextEdit#prompt:focus {{
    border: none; background: transparent; padding: {s['xs']}px; }}
QComboBox#model-picker {{ border: 1px solid transparent; background: transparent; }}
QComboBox#model-picker:hover {{ border: 1px solid {t.border}; background: {t.base}; }}
QComboBox#model-picker:focus {{ border: 1px solid {st['accent']}; background: {t.base}; }}
QLineEdit, QPlainTextEdit#prompt, QComboBox {{ border: 1px solid {t.outline};
    border-radius: {r['s']}px; padding: 3px {s['s']}px; background: {t.base};
    color: {t.text}; placeholder-text-color: {t.placeholder}; }}
QLineEdit:focus, QPlainTextEdit#prompt:focus, QComboBox:focus {{
    border: 1px solid {st['accent']}; }}
QLineEdit:disabled, QPlainTextEdit#prompt:disabled, QComboBox:disabled {{
    color: {t.disabled_text}; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 20px; border: none; }}
QComboBox::down-arrow {{ image: url("{combo_arrow(t)}"); width: 10px; height: 6px; }}
QComboBox QAbstractItemView {{ background: {t.base}; color: {t.text}; outline: none;
    border: 1px solid {t.border}; border-radius: {r['s']}px; padding: {s['xs']}px; }}
QComboBox QAbstractItemView::item {{ padding: {s['xs'] + 2}px {s['s']}px;
    border-radius: {r['s']}px; color: {t.text}; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{
    background: {t.sidebar_selected}; color: {t.window_text}; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {t.border}; }}
QTabBar {{ qproperty-drawBase: 0; }}
QTabBar::tab {{ padding: {s['xs'] + 2}px {s['m']}px; margin: {s['xs']}px 2px {s['xs']}px 0;
    color: {st['muted']}; border: 1px solid transparent; border-radius: {r['m']}px;
    background: transparent; }}
QTabBar::tab:hover {{ color: {t.window_text}; background: {i['hover']}; }}
QTabBar::tab:selected {{ color: {t.window_text}; background: {t.base};
    border: 1px solid {t.border}; font-weight: 600; }}
QSplitter::handle {{ background: {t.window}; }}
QSplitter#sidebar::handle {{ background: {t.sidebar}; }}
QSplitter::handle:hover, QSplitter#sidebar::handle:hover {{ background: {t.outline}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle {{ background: {t.outline}; border-radius: 3px; min-height: 24px;
    min-width: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QToolTip {{ background: {t.tooltip_base}; color: {t.tooltip_text};
    border: 1px solid {t.outline}; padding: {s['xs']}px; }}
QStatusBar {{ color: {st['muted']}; background: {t.sidebar};
    border-top: 1px solid {t.border}; }}
QStatusBar QLabel {{ color: {t.window_text}; }}
"""


def use_app_font(app: QApplication) -> None:
    """The app's face, once: Geist at the body size (its x-height is about that of 9 pt
    DejaVu Sans, the Linux default). Called before the window is built, so nothing
    is laid out twice (MainWindow calls it first); apply_theme calls it too, for dialogs
    made alone (tests)."""
    if app.property("devora_font_set"):
        return
    app.setProperty("devora_font_set", True)
    family = load_fonts()
    if family is not None:
        font = QFont(family)
        font.setPointSizeF(TYPE["body"])
        app.setFont(font)


def load_fonts() -> str | None:
    """Geist from resources/fonts into the app (once); returns the family, or None when the
    files are missing or Qt cannot read them (the system's sans stays)."""
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for path in sorted(FONTS.glob("Geist-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families else None


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
        use_app_font(app)
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
