"""Build the bundle here (`make package`), then run its self-test and print a table.

  .venv/bin/python packaging/build.py [--onefile] [--dist DIR] [--archive] [--image]

--archive also packs the one-folder bundle the way the release workflow ships it (tar.gz on
Linux, zip elsewhere) and prints the download's size. --image (Linux; the build machine needs
mksquashfs, squashfuse and unsquashfs) packs it as one self-mounting file,
Devora-linux-x86_64.run (linux/runtime.sh), installed as it is, and prints its size.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
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


# glibc's own libraries: the person's system provides them (the app needs glibc 2.34+ anyway)
GLIBC = re.compile(r"^(libc|libm|libpthread|libdl|librt|ld-linux[-\w]*)\.so")


#: What the single file's runtime runs: the mount, the unpack where FUSE is missing, and the
#: lock that keeps an unpacked copy while a Devora runs from it (flock, from util-linux)
TOOLS = ("squashfuse", "unsquashfs", "flock")


def carried_tools() -> bytes:
    """The runtime's TOOLS with the libraries they link (libfuse3, zstd...), as a tar the
    single file's runtime unpacks for each run: the person needs none of them installed."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        libs: dict[str, str] = {}
        for name in TOOLS:
            path = shutil.which(name)
            if path is None:
                raise SystemExit(f"the single file carries {name}: install squashfuse, "
                                 "squashfs-tools and util-linux on the build machine")
            tar.add(path, f"tools/{name}")
            ldd = subprocess.run(["ldd", path], capture_output=True, text=True,
                                 check=True).stdout
            libs.update(re.findall(r"^\s*(\S+) => (/\S+)", ldd, re.MULTILINE))
        for soname, path in sorted(libs.items()):
            if not GLIBC.match(soname):
                tar.add(os.path.realpath(path), f"tools/lib/{soname}")
    return buffer.getvalue()


def make_single_file(folder: Path, out: Path, level: int = 19) -> Path:
    """The one-folder bundle as one executable file: linux/runtime.sh, the carried tools,
    then the squashfs image (found by offset; squashfuse and unsquashfs read it in place)."""
    image = make_image(folder, out.with_suffix(".sqfs"), level)
    write_single_file(out, carried_tools(), image)
    image.unlink()
    return out


def write_single_file(out: Path, tools: bytes, image: Path) -> Path:
    """runtime.sh with the offsets and the image's id filled in, ``tools`` (a tar), then
    ``image``. The id names the unpacked copy, so another version's is never used."""
    digest = hashlib.sha256()
    with image.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    template = (ROOT / "packaging/linux/runtime.sh").read_text()
    header = b""
    while True:  # the offsets are written into the header, whose length they change
        tools_at = len(header)
        filled = (template.replace("@TOOLS_AT@", str(tools_at))
                  .replace("@TOOLS_SIZE@", str(len(tools)))
                  .replace("@IMAGE_AT@", str(tools_at + len(tools)))
                  .replace("@IMAGE_ID@", digest.hexdigest()[:16])).encode()
        header, settled = filled, len(filled) == tools_at
        if settled:
            break
    with out.open("wb") as f:
        f.write(header)
        f.write(tools)
        with image.open("rb") as sqfs:
            shutil.copyfileobj(sqfs, f, 1 << 20)
    out.chmod(0o755)
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
        single = make_single_file(exe.parent, dist.parent / "Devora-linux-x86_64.run")
        print(f"| one file (installed as is) | {single.name} | "
              f"{single.stat().st_size / 1e6:.0f} MB |")
    sys.exit(test.returncode)


if __name__ == "__main__":
    main()
