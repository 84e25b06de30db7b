"""What the window's tests cost, per file: each file run alone in a fresh pytest process and
measured in CPU time (user+sys), which holds steady under load where wall time does not.

"pytest CPU" is the pytest process itself (the Qt thread, the engine thread, the fakes'
threads); "children" is what it waited for (git, a check's subprocess); "all" is every process
of the run from a cgroup (cpuacct), QtWebEngine's helpers included, which pytest never waits
for. Each test's own CPU (setup + call + teardown, the process's, ``time.process_time``)
is kept too: ``--top N`` lists the costliest. The machine's load average is printed beside
each file; compare CPU between runs, and wall only at a like load.

A file alone pays the process's start (imports, QApplication, Chromium's first start, the
first compile of every pattern) in its first test: summed over files, that start is counted
once a file, where CI's workers (xdist, one process each, ``--dist loadfile``) pay it once a
worker. ``--together`` runs the files in one pytest process, as one CI worker runs them: its
total is what the files add to a worker's time, and each file's CPU is the sum of its tests'.
Bytecode is written as CI writes it (the Makefile unsets PYTHONDONTWRITEBYTECODE), so no
run times a recompile of every module.

Run: .venv/bin/python bench/ui_tests.py [--repo DIR] [--since REV] [--top N] [--together]
                                         [FILE ...]
     (not part of make test). Without FILE: the tests/ui files added since --since
     (da50f22: the window issue's wave). --repo runs another checkout's tests with this venv
     (a `git worktree add` of the commit to compare against).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cgroup import CpuGroup, load  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]

# Runs in the child: pytest in-process, then its own and its children's rusage as JSON.
RUNNER = r"""
import json, resource, sys, time
import pytest

out, basetemp, files = sys.argv[1], sys.argv[2], sys.argv[3:]
costs = {}

class Costs:
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        t = time.process_time()
        yield
        costs[item.nodeid] = time.process_time() - t

    def pytest_terminal_summary(self, terminalreporter):
        self.passed = len(terminalreporter.stats.get("passed", []))
        bad = terminalreporter.stats.get("failed", []) + terminalreporter.stats.get("error", [])
        self.failed = len(bad)
        self.names = sorted({r.nodeid for r in bad})

plugin = Costs()
rc = pytest.main(["-q", "-p", "no:cacheprovider", "--basetemp", basetemp, *files],
                 plugins=[plugin])
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
json.dump({"rc": int(rc), "passed": getattr(plugin, "passed", 0),
           "failed": getattr(plugin, "failed", 0), "failures": getattr(plugin, "names", []),
           "self": me.ru_utime + me.ru_stime, "children": kids.ru_utime + kids.ru_stime,
           "tests": costs}, open(out, "w"))
"""


def added_since(rev: str) -> list[str]:
    names = subprocess.run(["git", "-C", str(ROOT), "diff", "--name-only", "--diff-filter=A",
                            rev, "HEAD", "--", "tests/ui"], capture_output=True, text=True,
                           check=True).stdout.split()
    return sorted(n for n in names if Path(n).name.startswith("test_") and n.endswith(".py"))


def measure(repo: Path, files: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as CI: modules compiled once, not each run
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = fh.name
    # every process of the run, also those pytest never waits for (QtWebEngine's zygote,
    # renderer and GPU processes)
    group = CpuGroup("devora-ui-bench")
    # a temp folder of its own: pytest's shared one deletes other runs' old folders (on a
    # shared machine a 100k-file repository: a minute of wall and seconds of CPU)
    basetemp = tempfile.mkdtemp(prefix="devora-ui-bench-")
    before = load()
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", RUNNER, out, basetemp, *files], cwd=repo,
                          env=env, capture_output=True, text=True, preexec_fn=group.enter)
    wall = time.monotonic() - t0
    shutil.rmtree(basetemp, ignore_errors=True)
    every = group.seconds()
    try:
        data = json.loads(Path(out).read_text())
    except (OSError, ValueError):
        data = {"rc": proc.returncode, "passed": 0, "failed": 0, "self": 0.0,
                "children": 0.0, "tests": {}, "error": proc.stdout[-2000:] + proc.stderr[-2000:]}
    finally:
        Path(out).unlink(missing_ok=True)
    return {**data, "file": " ".join(files), "wall": wall, "load": before, "all": every}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repo", type=Path, default=ROOT)
    ap.add_argument("--since", default="da50f22")
    ap.add_argument("--top", type=int, default=0, help="list the N costliest tests")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--together", action="store_true",
                    help="one pytest process for every file, as one CI worker")
    args = ap.parse_args()
    files = args.files or added_since(args.since)
    if args.together:
        return together(args, files)
    rows = []
    print(f"{'file':36} {'tests':>5} {'wall s':>7} {'pytest CPU s':>12} {'children s':>10} "
          f"{'all CPU s':>9} {'load':>5}")
    for file in files:
        r = measure(args.repo.resolve(), [file])
        rows.append(r)
        ok = f"{r['passed']}" + (f" ({r['failed']} failed)" if r["failed"] else "")
        every = "-" if r["all"] is None else f"{r['all']:.2f}"
        print(f"{Path(file).name:36} {ok:>5} {r['wall']:7.1f} {r['self']:12.2f} "
              f"{r['children']:10.2f} {every:>9} {r['load']:>5}", flush=True)
        if r.get("error"):
            print(r["error"])
    print(f"{'total':36} {sum(r['passed'] for r in rows):>5} "
          f"{sum(r['wall'] for r in rows):7.1f} {sum(r['self'] for r in rows):12.2f} "
          f"{sum(r['children'] for r in rows):10.2f} "
          f"{sum(r['all'] or 0.0 for r in rows):9.2f}")
    finish(args, rows)
    return 0


def finish(args: argparse.Namespace, rows: list[dict]) -> None:
    """The --top list and the --json file."""
    if args.top:
        tests = sorted(((cpu, name) for r in rows for name, cpu in r["tests"].items()),
                       reverse=True)[:args.top]
        print(f"\n{'test CPU s':>10}  test (setup + call + teardown)")
        for cpu, name in tests:
            print(f"{cpu:10.2f}  {name}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


def together(args: argparse.Namespace, files: list[str]) -> int:
    """The --together table: every file in one pytest process (see the module's docstring)."""
    r = measure(args.repo.resolve(), files)
    print(f"{'file (one process)':36} {'tests':>5} {'tests CPU s':>11}")
    for file in files:
        mine = [cpu for name, cpu in r["tests"].items() if name.split("::")[0] == file]
        print(f"{Path(file).name:36} {len(mine):>5} {sum(mine):11.2f}")
    ok = f"{r['passed']}" + (f" ({r['failed']} failed)" if r["failed"] else "")
    every = "-" if r["all"] is None else f"{r['all']:.2f}"
    print(f"{'total':36} {ok:>5} {sum(r['tests'].values()):11.2f}   process: wall "
          f"{r['wall']:.1f} s, pytest CPU {r['self']:.2f} s, children {r['children']:.2f} s, "
          f"all CPU {every} s, load {r['load']}")
    if r.get("error"):
        print(r["error"])
    for name in r.get("failures", []):
        print(f"failed: {name}")
    finish(args, [r])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
