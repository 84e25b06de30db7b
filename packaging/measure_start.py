"""Start time to the first shown window: frozen bundle(s) against running from source.

  .venv/bin/python packaging/measure_start.py packaging/dist/devora/devora [more executables]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def start_ms(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEVORA_EXIT_AFTER_START": "1",
               "DEVORA_HOME": tempfile.mkdtemp(prefix="devora-start-")}
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if "window shown" in line:
                times.append((time.perf_counter() - t) * 1000)
                break
        proc.wait(timeout=60)
    return statistics.median(times)


def main() -> None:
    rows = [("from source (python -m devora_desktop)", start_ms([sys.executable, "-m",
                                                                 "devora_desktop"]))]
    for exe in sys.argv[1:]:
        rows.append((exe, start_ms([exe])))
    print("| how | start to first window (median of 5) |")
    print("|---|---|")
    for name, ms in rows:
        print(f"| {name} | {ms:.0f} ms |")


if __name__ == "__main__":
    main()
