"""Cut the window's icon font: the glyphs ui/icons.py draws (its NAMES), from qtawesome's
Material Design Icons 6 font, into devora_desktop/resources/fonts/mdi6-devora.ttf, with
mdi6-devora.json (each glyph's name and code point, as qtawesome's charmap says them).

The whole font is 1.3 MB and 7,367 glyphs, its charmap 250 KB of JSON: loading both and
drawing the first glyph from it cost ~15 ms of the CPU before the window's first frame
(bench/startup.py). The cut keeps the glyphs' outlines and code points unchanged.
The font is the Pictogrammers' (Apache License 2.0: resources/fonts/LICENSE-mdi6.txt).

Run after changing icons.NAMES (tests/ui/test_icons_font.py says when); the dev extra
(`pip install -e '.[dev]'`, as `make install` does) brings fonttools and qtawesome:
    .venv/bin/python packaging/icon_font.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "devora_desktop" / "resources" / "fonts"


def names() -> list[str]:
    """The glyphs icons.NAMES asks for ("lock", ...), read from its source: importing the
    module would need a Qt application."""
    import ast

    tree = ast.parse((ROOT / "devora_desktop" / "ui" / "icons.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "NAMES":
            return sorted({v.partition(".")[2] for v in ast.literal_eval(node.value).values()})
    raise SystemExit("icons.NAMES not found")


def main() -> None:
    from fontTools import subset

    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("qtawesome is not installed: pip install qtawesome")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    ttf = next(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    charmap = json.loads(next(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))
                         .read_text())
    wanted = {name: charmap[name] for name in names()}
    options = subset.Options()
    options.layout_features = []  # an icon is one code point: no ligatures, no kerning
    options.name_IDs = ["*"]  # the family and the licence's lines stay as the font says
    options.notdef_outline = True
    font = subset.load_font(str(ttf), options)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[int(code, 16) for code in wanted.values()])
    cutter.subset(font)
    subset.save_font(font, str(OUT / "mdi6-devora.ttf"), options)
    (OUT / "mdi6-devora.json").write_text(json.dumps(wanted, indent=0, sort_keys=True) + "\n")
    print(f"{len(wanted)} glyphs from {ttf.name}: {(OUT / 'mdi6-devora.ttf').stat().st_size:,} "
          "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
