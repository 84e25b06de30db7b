"""What the slow Next.js/browser test files cost CI: each file run alone (`pytest -m slow FILE`,
a fresh temp folder, so its builds start from a cold webpack cache as on CI; node_modules are
kept between runs, as nextapp.DEPS keeps them), timed for wall and CPU (user+sys).

Two CPU figures: "all" from a cgroup (cpuacct) made for each run, which counts every process
the run starts, also those that leave their parent (the PostgreSQL server, Chromium and its
helpers); "waited" from the rusage of the processes pytest waited for (pytest, next build/start,
npm), as earlier notes measured it. The machine's load average is printed next to each file:
compare CPU between runs, and wall only at a like load.

--one-process runs the files in one pytest process, as one CI worker runs them: one Chromium,
one PostgreSQL cluster and one set of builds for all of them (each file alone starts its own).

Run: .venv/bin/python bench/ci_slow.py [--repo DIR] [--setup-only] [--cold] [--one-process]
                                       [FILE ...]
     (not part of make test). --repo runs another checkout's tests (e.g. `git archive` of an
     older commit), with the same venv; --setup-only runs the files' fixtures alone (their
     builds) to tell what the tests add to a build another file of the run also needs;
     --cold gives each file a temp folder of its own holding only the installed node_modules
     and npm's cache: no app built by an earlier run, no warm Next.js cache (a fresh CI
     machine that keeps node_modules).
     Default files: the full-stack and browser checks of the templates' issue.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _cgroup import CpuGroup, load  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
# (test_chromium_slow.py, the tests' browser's emptied tabs, is new since de2455f: for an older
# checkout, name the files)
FILES = ["tests/agents/test_fullstack_data_slow.py", "tests/agents/test_template_security_slow.py",
         "tests/agents/test_app_claims_slow.py", "tests/agents/test_fullstack_pages_slow.py",
         "tests/agents/test_chromium_slow.py"]


def run(repo: Path, file: str | list[str], extra: list[str],
        cold: bool) -> tuple[str, float, float, float | None, str, str]:
    """(outcome line, wall s, waited CPU s, all CPU s, load before, load after) of a run."""
    group = CpuGroup("devora-bench")
    env = {**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen"}
    tmp = None
    if cold:
        tmp = Path(tempfile.mkdtemp(prefix="devora-bench-cold-"))
        for kept in ("devora-next-deps", "devora-npm-cache"):
            if (Path(tempfile.gettempdir()) / kept).exists():
                (tmp / kept).symlink_to(Path(tempfile.gettempdir()) / kept)
        env["TMPDIR"] = str(tmp)
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
    load_before = load()
    files = [file] if isinstance(file, str) else file
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                           "slow", *extra, *files], cwd=repo, env=env, capture_output=True,
                          text=True, preexec_fn=group.enter)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    every = group.seconds()  # processes that outlived pytest (a server shutting down) too
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = proc.stdout.strip().splitlines() or ["(no output)"]
    return lines[-1], wall, cpu, every, load_before, load()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=ROOT)
    parser.add_argument("--setup-only", action="store_true")
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--one-process", action="store_true")
    parser.add_argument("files", nargs="*", default=FILES)
    args = parser.parse_args()
    print(f"{'file':<36} {'wall s':>7} {'CPU s waited':>12} {'CPU s all':>9}  "
          "load before→after  outcome")
    totals = [0.0, 0.0, 0.0]
    for file in [args.files] if args.one_process else args.files:
        outcome, wall, cpu, every, l0, l1 = run(args.repo.resolve(), file,
                                                ["--setup-only"] if args.setup_only else [],
                                                args.cold)
        for i, v in enumerate((wall, cpu, every or 0.0)):
            totals[i] += v
        shown = "-" if every is None else f"{every:.1f}"
        name = Path(file).name if isinstance(file, str) else f"{len(file)} files, one pytest"
        print(f"{name:<36} {wall:>7.1f} {cpu:>12.1f} {shown:>9}  {l0:>6}→{l1:<6}  "
              f"{outcome}", flush=True)
    print(f"{'total':<36} {totals[0]:>7.1f} {totals[1]:>12.1f} {totals[2]:>9.1f}")


if __name__ == "__main__":
    main()
