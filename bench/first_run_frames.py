"""The first Run of a session that opened no project, watched as a person sees it: the real
window under Xvfb with a window manager (openbox), a web run started with Ctrl+Enter, the
screen sampled ~30 times as the preview's page is made. Counts frames whose client area is
black: walk12 #25 saw the whole window black for ~0.3 s (2 of 25 frames), as Qt made the
window anew for the page's GPU compositing (ui/webengine.composite_from_the_start).
Linux only; needs Xvfb, openbox, xdotool and ImageMagick (import, convert).
Run: .venv/bin/python bench/first_run_frames.py [trials]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAMES = 30


def black(png: Path) -> bool:
    """The client area (inside the frame openbox draws) is all but black."""
    mean = subprocess.run(["convert", str(png), "-crop", "1400x800+100+100", "-format",
                           "%[fx:mean]", "info:"], capture_output=True, text=True).stdout
    return float(mean or 1) < 0.1


def trial(display: str, out: Path) -> int:
    env = {**os.environ, "DISPLAY": display, "DEVORA_HOME": tempfile.mkdtemp(),
           "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DEVORA_API_KEY", None)  # the offline templates: no model needed
    app = subprocess.Popen([sys.executable, "-m", "devora_desktop"], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(120):
            if subprocess.run(["xdotool", "search", "--name", "Devora"], env=env,
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.25)
        time.sleep(6)  # the window attached and warmed up
        xdo = ["xdotool"]
        subprocess.run([*xdo, "type", "--delay", "20", "a to-do list for my holidays"], env=env)
        subprocess.run([*xdo, "key", "--clearmodifiers", "ctrl+Return"], env=env)
        shots = []
        for i in range(FRAMES):
            png = out / f"f{i:02d}.png"
            subprocess.run(["import", "-window", "root", str(png)], env=env)
            shots.append(png)
            time.sleep(0.05)
        return sum(black(p) for p in shots)
    finally:
        app.terminate()
        try:
            app.wait(5)
        except subprocess.TimeoutExpired:
            app.kill()


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    display = next(f":{n}" for n in range(150, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows = []
    try:
        for n in range(trials):
            with tempfile.TemporaryDirectory() as out:
                rows.append((n + 1, FRAMES, trial(display, Path(out))))
    finally:
        wm.terminate()
        xvfb.terminate()
    print(f"{'trial':>5}  {'frames':>6}  {'black':>5}")
    for n, frames, dark in rows:
        print(f"{n:>5}  {frames:>6}  {dark:>5}")


if __name__ == "__main__":
    main()
