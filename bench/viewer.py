"""A 1 MB source file in the viewer: time to first paint and the longest event-loop stall
while it highlights. Targets: first paint <= 100 ms, longest stall <= 50 ms.
Run: .venv/bin/python bench/viewer.py
"""

from __future__ import annotations

import asyncio
import time

from _qt import GapRecorder, print_table, qt_loop  # type: ignore[import-not-found]


def main() -> None:
    app, loop = qt_loop()
    from devora_desktop.ui.file_viewer import FileViewer

    unit = ("def handler(request, *args, **kwargs):\n"
            "    \"\"\"Docstring with 🙂 unicode.\"\"\"\n"
            "    value = compute(request.args['x'], 42) + 3.14  # a comment\n"
            "    return {'status': 'ok', 'value': value}\n\n")
    text = unit * (1_000_000 // len(unit) + 1)
    viewer = FileViewer()
    viewer.resize(1000, 700)
    viewer.show()
    app.processEvents()
    gaps = GapRecorder()

    async def run() -> tuple[float, float]:
        await asyncio.sleep(0.05)
        t0 = time.perf_counter()
        viewer.show_text(text, "big.py")
        viewer.editor.viewport().repaint()
        first_paint = (time.perf_counter() - t0) * 1000
        gaps.start()  # stalls *while highlighting*, after the text is on screen
        while not viewer.highlighter.done:
            await asyncio.sleep(0.005)
        total = time.perf_counter() - t0
        gaps.stop()
        return first_paint, total

    first_paint, total = loop.run_until_complete(run())
    loop.close()
    g = gaps.table()
    print_table([
        ("file size", f"{len(text.encode()) / 1e6:.2f} MB, {text.count(chr(10)):,} lines", ""),
        ("time to first paint", f"{first_paint:.1f} ms", "<= 100 ms"),
        ("fully highlighted after", f"{total:.2f} s", ""),
        ("event-loop stall p50 / p99", f"{g['p50']:.1f} / {g['p99']:.1f} ms", ""),
        ("longest event-loop stall", f"{g['max']:.1f} ms", "<= 50 ms"),
    ])


if __name__ == "__main__":
    main()
