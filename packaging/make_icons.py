"""Render the SVG icon to every PNG size the three platforms want, and pack .ico and .icns.

Both containers accept PNG payloads (Windows Vista+, macOS 10.7+), so no image library is
needed beyond Qt's SVG renderer. Run: .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "devora_desktop/resources/icons/devora.svg"
OUT = ROOT / "packaging/icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data),
                               offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
             1024: b"ic10"}
    body = b"".join(t + struct.pack(">I", len(pngs[s]) + 8) + pngs[s]
                    for s, t in types.items() if s in pngs)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {s: render(s) for s in SIZES}
    for s, data in pngs.items():
        (OUT / f"devora-{s}.png").write_bytes(data)
    (OUT / "devora.ico").write_bytes(ico(pngs))
    (OUT / "devora.icns").write_bytes(icns(pngs))
    (ROOT / "devora_desktop/resources/icons/devora-256.png").write_bytes(pngs[256])
    print(f"wrote {len(pngs)} PNGs, devora.ico, devora.icns into {OUT}")


if __name__ == "__main__":
    main()
