"""Time from process start to the first shown main window, against a bare PySide6
QMainWindow measured the same way in the same run; and what start-up imports.
Target: Devora <= 2.5x the bare window. Run: .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("github", "stripe", "pygments.lexers.python", "PySide6.QtWebEngineWidgets", "openai",
         "keyring.backends", "tree_sitter_typescript", "dulwich.repo", "fastapi")

CHILD = r"""
import time, sys, os, json
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "bare":
    w = QMainWindow(); w.resize(1200, 800); w.show()
else:
    import asyncio, qasync
    from devora_desktop.core.context import AppContext
    from devora_desktop.ui.main_window import MainWindow
    loop = qasync.QEventLoop(app); asyncio.set_event_loop(loop)
    ctx = AppContext.open()
    w = MainWindow(ctx); w.show()
app.processEvents()
elapsed = (time.perf_counter() - t0) * 1000
heavy = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
print(json.dumps({"ms": elapsed, "modules": len(sys.modules), "heavy": heavy}))
"""


def measure(kind: str, home: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEVORA_HOME": home,
           "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD, kind, json.dumps(HEAVY)], env=env,
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out.strip().splitlines()[-1])
    data["process_ms"] = (time.perf_counter() - start) * 1000
    return data


def main() -> None:
    home = tempfile.mkdtemp(prefix="devora-startup-")
    runs = {"bare": [], "devora": []}
    for _ in range(5):
        for kind in runs:
            runs[kind].append(measure(kind, home))
    bare = statistics.median(r["ms"] for r in runs["bare"])
    dev = statistics.median(r["ms"] for r in runs["devora"])
    bare_p = statistics.median(r["process_ms"] for r in runs["bare"])
    dev_p = statistics.median(r["process_ms"] for r in runs["devora"])
    ratio = dev / bare
    print("| metric | value | target |")
    print("|---|---|---|")
    print(f"| bare QMainWindow shown (median of 5, in-process) | {bare:.0f} ms | |")
    print(f"| Devora main window shown (median of 5, in-process) | {dev:.0f} ms | |")
    print(f"| ratio | {ratio:.2f}x | <= 2.5x {'ok' if ratio <= 2.5 else 'MISS'} |")
    print(f"| whole process incl. interpreter: bare / Devora | {bare_p:.0f} / {dev_p:.0f} ms | |")
    print(f"| modules imported: bare / Devora | {runs['bare'][0]['modules']} / "
          f"{runs['devora'][0]['modules']} | |")
    heavy = runs["devora"][0]["heavy"]
    print(f"| heavy modules loaded at start-up | {', '.join(heavy) or 'none'} | none of "
          f"PyGithub, stripe, lexers, WebEngine |")


if __name__ == "__main__":
    main()
