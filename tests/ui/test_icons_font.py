"""The window's icons come from our own cut of the Material Design Icons font
(resources/fonts/mdi6-devora.ttf, packaging/icon_font.py): every icon the window names has
its glyph there, drawn as qtawesome's whole font draws it, and the code points are the font's.
Loading the whole font (1.3 MB) and its charmap was ~15 ms of the CPU before the first frame."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from devora_desktop.ui import icons


def glyph_path(font: QRawFont, code: str):
    indexes = font.glyphIndexesForString(chr(int(code, 16)))
    assert len(indexes) == 1 and indexes[0] != 0, f"no glyph for {code}"
    return font.pathForGlyph(indexes[0])


def test_every_icon_the_window_names_is_drawn_from_the_cut_font(qapp) -> None:
    """A name added to icons.NAMES without running packaging/icon_font.py again fails here
    (it would draw nothing, or the font's empty box)."""
    family, codes = icons._font()
    font = QRawFont(str(icons.FONT), 64)
    assert font.isValid() and font.familyName() == family
    for name, spec in icons.NAMES.items():
        glyph = spec.partition(".")[2]
        assert glyph in codes, f"{name}: {glyph} is not in the cut font: run icon_font.py"
        assert not glyph_path(font, codes[glyph]).isEmpty(), name
        image = icons.icon(name, "#000000").pixmap(32, 32).toImage()
        inked = sum(1 for x in range(32) for y in range(32)
                    if image.pixelColor(x, y).alpha() > 0)
        assert 20 < inked < 32 * 32 * 0.9, f"{name}: {inked} pixels inked"
    assert icons.FONT.stat().st_size < 20_000  # the cut, not the whole font


@pytest.mark.skipif(importlib.util.find_spec("qtawesome") is None,
                    reason="qtawesome (whose font was cut) is not installed")
def test_the_cut_keeps_the_fonts_code_points_and_outlines(qapp) -> None:
    spec = importlib.util.find_spec("qtawesome")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    whole = json.loads(next(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))
                       .read_text())
    whole_font = QRawFont(str(next(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))), 64)
    cut_font = QRawFont(str(icons.FONT), 64)
    cut = json.loads(icons.CHARMAP.read_text())
    assert cut == {name: whole[name] for name in cut}
    for name, code in cut.items():
        a, b = glyph_path(whole_font, code), glyph_path(cut_font, code)
        assert a.elementCount() == b.elementCount() and a.boundingRect() == b.boundingRect(), \
            name
