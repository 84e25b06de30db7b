"""What one `next build` of a full-stack data app costs, as Next.js runs it by default and as
the tests run it (tests/agents/nextapp.py's BUILD_CONFIG: webpack in the build's process, page
data in one worker thread; with and without the type check). Each setting builds the sign-up
sheet into a cold webpack cache, then the expense tracker into the cache it left, each app in a
folder of its own (as the tests' second and later builds do; rebuilding into one folder made
webpack's cache useless to the in-process builds). Wall and CPU (user+sys of the build and its
children), with the load average before each build.

--together: the data apps of test_fullstack_data_slow.py built one after another (each in its
own folder, one cold webpack cache, as the tests built them until they shared a build), then
the same apps as one build (tests/agents/nextapp.py's ``together``) into a cold cache; both
with the tests' settings and no type check, the one build also neither minified nor traced (as
the tests build it). Quiet machine (load 1-3): ten apps apart 80.0 s CPU, together 17.5 s.

Run: .venv/bin/python bench/next_builds.py [--together]
     (not part of make test; needs npm, ~3-6 min)
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
from tests.agents.nextapp import BUILD_CONFIG, ENV, NextProject, installed, together

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


def apart_and_together(work: Path) -> None:
    from tests.agents.test_fullstack_data_slow import PROMPTS, app_files

    apps = {shape: app_files(prompt) for shape, prompt in PROMPTS.items()}
    deps = installed(next(iter(apps.values()))["package.json"])
    print(f"{'build':<40} {'wall s':>7} {'CPU s':>7} {'load':>6}")
    total = [0.0, 0.0]
    (work / "cache-apart").mkdir()
    for shape, files in apps.items():
        ok, wall, cpu, load = build(work / f"apart-{shape}", files, work / "cache-apart", "true",
                                    deps)
        total = [total[0] + wall, total[1] + cpu]
        print(f"{'apart: ' + shape:<40} {wall:>7.1f} {cpu:>7.1f} {load:>6}"
              + ("" if ok else "  BUILD FAILED"), flush=True)
    print(f"{f'apart: all {len(apps)}':<40} {total[0]:>7.1f} {total[1]:>7.1f}")
    (work / "cache-together").mkdir()
    ok, wall, cpu, load = build(work / "together", together(apps), work / "cache-together",
                                "true", deps)
    print(f"{f'together: {len(apps)} apps, one build':<40} {wall:>7.1f} {cpu:>7.1f} {load:>6}"
          + ("" if ok else "  BUILD FAILED"), flush=True)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="devora-bench-next-"))
    if "--together" in sys.argv:
        apart_and_together(work)
        shutil.rmtree(work, ignore_errors=True)
        return
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
