"""Time from process start to the first shown main window, against a bare PySide6
QMainWindow measured the same way in the same run; and what start-up imports.
Target: Devora's first shown window <= 2.5x the bare window. The CPU time each process spent
until then is printed too: on a busy machine the wall clock mostly measures the wait for a core.
The main thread's CPU from the script's first line (where the wall clock starts) to the window
is what the wall clock is on an idle machine (start-up waits on no disk or child: it is all
that thread's work), so its ratio is the one to read when the machine is loaded; the process's
CPU also counts the interpreter's own start, the same ~20 ms in both, which flatters it.
Run: .venv/bin/python bench/startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import time
t0, c0 = time.perf_counter(), time.thread_time()
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
app.processEvents()
print(f"window shown {time.perf_counter() - t0:.6f} {len(sys.modules)} - "
      f"{time.process_time():.6f} {time.thread_time() - c0:.6f}")
"""

DEVORA = r"""
import time
t0, c0 = time.perf_counter(), time.thread_time()
print(f"t0 {t0:.6f} {c0:.6f}", flush=True)
from devora_desktop.app import run_app
run_app()
"""


def measure(code: str, home: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEVORA_HOME": home,
           "PYTHONPATH": str(ROOT), "DEVORA_EXIT_AFTER_START": "1"}
    # An installed app starts from cached bytecode (pip and PyInstaller compile it); a
    # machine with PYTHONDONTWRITEBYTECODE=1 would time a recompile of every module instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout
    t0 = c0 = 0.0
    result: dict = {}
    for line in out.splitlines():
        parts = line.split()
        if line.startswith("t0 "):
            t0, c0 = float(parts[1]), float(parts[2])
        elif line.startswith(("window shown", "window ready")):
            key = parts[1]
            result[key] = (float(parts[2]) - t0) * 1000
            result[f"{key}_modules"] = int(parts[3])
            result[f"{key}_heavy"] = parts[4]
            if len(parts) > 5:  # the process's CPU time: what a busy machine does not stretch
                result[f"{key}_cpu"] = float(parts[5]) * 1000
            if len(parts) > 6:  # the main thread's, from where the wall clock starts
                result[f"{key}_main"] = (float(parts[6]) - c0) * 1000
    return result


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    home = tempfile.mkdtemp(prefix="devora-startup-")
    bare, dev = [], []
    measure(BARE, home), measure(DEVORA, home)  # warm-up: writes the bytecode caches
    for _ in range(runs):
        bare.append(measure(BARE, home))
        dev.append(measure(DEVORA, home))
    med = lambda rows, k: statistics.median(r[k] for r in rows)  # noqa: E731
    b, shown, ready = med(bare, "shown"), med(dev, "shown"), med(dev, "ready")
    ratio = shown / b
    cpu_b, cpu_shown = med(bare, "shown_cpu"), med(dev, "shown_cpu")
    print("| metric | value | target |")
    print("|---|---|---|")
    print(f"| load average (1 min) | {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores | |")
    print(f"| bare QMainWindow shown (median of {runs}, from process start) | {b:.0f} ms | |")
    print(f"| Devora main window shown | {shown:.0f} ms | |")
    print(f"| ratio | {ratio:.2f}x | <= 2.5x {'ok' if ratio <= 2.5 else 'MISS'} |")
    print(f"| CPU time to the window shown: bare / Devora (the ratio, as the machine's load "
          f"does not stretch it) | {cpu_b:.0f} / {cpu_shown:.0f} ms ({cpu_shown / cpu_b:.2f}x) "
          "| |")
    main_b, main_shown = med(bare, "shown_main"), med(dev, "shown_main")
    print(f"| main thread's CPU from the first line to the window shown: bare / Devora (what "
          f"the wall clock is when idle) | {main_b:.0f} / {main_shown:.0f} ms "
          f"({main_shown / main_b:.2f}x) | <= 2.5x |")
    print(f"| Devora window ready (engine loaded, projects listed) | {ready:.0f} ms | |")
    print(f"| modules imported: bare / Devora shown / Devora ready | "
          f"{bare[0]['shown_modules']} / {dev[0]['shown_modules']} / "
          f"{dev[0]['ready_modules']} | |")
    print(f"| heavy modules loaded when the window is first shown | "
          f"{dev[0]['shown_heavy']} | none of them |")
    print(f"| loaded by the time it is ready | {dev[0]['ready_heavy']} | no PyGithub, "
          "stripe, lexers, WebEngine |")


if __name__ == "__main__":
    main()
