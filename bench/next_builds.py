"""What one `next build` of a full-stack data app costs, as Next.js runs it by default and as
the tests run it (tests/agents/nextapp.py's BUILD_CONFIG: webpack in the build's process, page
data in one worker thread; with and without the type check). Each setting builds the sign-up
sheet into a cold webpack cache, then the expense tracker into the cache it left, each app in a
folder of its own (as the tests' second and later builds do; rebuilding into one folder made
webpack's cache useless to the in-process builds). Wall and CPU (user+sys of the build and its
children), with the load average before each build.

Run: .venv/bin/python bench/next_builds.py    (not part of make test; needs npm, ~3-6 min)
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devora_desktop.agents import templates
from tests.agents.nextapp import BUILD_CONFIG, ENV, NextProject, installed

APPS = {"sign-up sheet (cold cache)": "a volunteer sign-up sheet for the school fair",
        "tracker (its cache)": "an expense tracker for the household"}
SETTINGS = {"Next's defaults": None, "tests' settings": "false",
            "tests' settings, no type check": "true"}


def build(root: Path, files: dict[str, str], cache: Path, ignore_types: str | None,
          deps: Path) -> tuple[bool, float, float, str]:
    if root.exists():
        shutil.rmtree(root)
    project = NextProject(root)
    project.write(files)
    if ignore_types is not None:
        (root / "next.config.app.mjs").write_text(files["next.config.mjs"])
        (root / "next.config.mjs").write_text(BUILD_CONFIG % ignore_types)
    (root / "node_modules").symlink_to(deps)
    (root / ".next").mkdir()
    (root / ".next" / "cache").symlink_to(cache)
    load = Path("/proc/loadavg").read_text().split()[0]
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
    proc = subprocess.run([str(root / "node_modules/.bin/next"), "build"], cwd=root,
                          env={**os.environ, **ENV}, capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return proc.returncode == 0, wall, cpu, load


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="devora-bench-next-"))
    apps = {}
    for label, prompt in APPS.items():
        spec = templates.read(prompt, "fullstack")
        apps[label] = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    deps = installed(next(iter(apps.values()))["package.json"])  # kept between runs
    print(f"{'setting':<32} {'app':<28} {'wall s':>7} {'CPU s':>7} {'load':>6}")
    for n, (setting, ignore_types) in enumerate(SETTINGS.items()):
        cache = work / f"cache-{n}"
        cache.mkdir()
        for m, (label, files) in enumerate(apps.items()):
            ok, wall, cpu, load = build(work / f"app-{n}-{m}", files, cache, ignore_types, deps)
            print(f"{setting:<32} {label:<28} {wall:>7.1f} {cpu:>7.1f} {load:>6}"
                  + ("" if ok else "  BUILD FAILED"), flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
