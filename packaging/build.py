"""Build the bundle here (`make package`), then run its self-test and print a table.

  .venv/bin/python packaging/build.py [--onefile] [--dist DIR] [--archive] [--image]

--archive also packs the one-folder bundle the way the release workflow ships it (tar.gz on
Linux, zip elsewhere) and prints the download's size. --image (Linux, needs mksquashfs) packs
it as a compressed image that is installed as it is and run through squashfuse
(linux/devora-image), and prints its size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(onefile: bool, dist: Path, work: Path) -> tuple[Path, float]:
    env = {**os.environ, "DEVORA_ONEFILE": "1" if onefile else "0"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "packaging/devora.spec")], check=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    exe = "devora.exe" if sys.platform == "win32" else "devora"
    target = dist / exe if onefile else dist / "devora" / exe
    return target, seconds


def make_image(folder: Path, out: Path, level: int = 19) -> Path:
    """The one-folder bundle as a zstd squashfs image. 128 kB blocks: each start reads a
    little of many files, and 1 MB blocks (7% smaller) made a start 1-2 s slower. Level 19
    gives the smallest download; the slow test uses a fast level, same format."""
    subprocess.run(["mksquashfs", str(folder), str(out), "-comp", "zstd",
                    "-Xcompression-level", str(level), "-b", "128K", "-noappend", "-quiet",
                    "-all-root"], check=True, stdout=subprocess.DEVNULL)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--onefile", action="store_true")
    parser.add_argument("--dist", default=str(ROOT / "packaging/dist"))
    parser.add_argument("--archive", action="store_true")
    parser.add_argument("--image", action="store_true")
    args = parser.parse_args()
    dist = Path(args.dist)
    work = ROOT / "packaging/build"
    exe, seconds = build(args.onefile, dist, work)
    shutil.rmtree(work, ignore_errors=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    test = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                          timeout=300)
    print(test.stdout, end="")
    size = folder_size(exe if args.onefile else exe.parent)
    print(f"| bundle | {'one-file' if args.onefile else 'one-folder'} | {size / 1e6:.0f} MB | "
          f"built in {seconds:.0f} s | self-test {'passed' if test.returncode == 0 else 'FAILED'}"
          f" | {exe}")
    if args.archive and not args.onefile:
        kind = "gztar" if sys.platform.startswith("linux") else "zip"
        archive = Path(shutil.make_archive(str(dist.parent / f"Devora-{sys.platform}"), kind,
                                           root_dir=dist, base_dir="devora"))
        print(f"| download | {archive.name} | {archive.stat().st_size / 1e6:.0f} MB |")
    if args.image and not args.onefile:
        image = make_image(exe.parent, dist.parent / "Devora-linux-x86_64.sqfs")
        print(f"| image (installed as is) | {image.name} | {image.stat().st_size / 1e6:.0f} MB |")
    sys.exit(test.returncode)


if __name__ == "__main__":
    main()
