"""How well the security validators judge code, and how fast: tables, not asserts.

1. The repository's corpus (tests/agents/validator_corpus: unsafe samples with the categories a
   reviewer would report, safe ones that sit next to each category).
2. A held-out set, reported separately: a folder of samples written by someone who never saw
   the rules (one sub-folder per sample, its files and a meta.toml with ``verdict`` and
   ``categories``). Pass it with --heldout DIR.
3. Time of ``validators.validate`` on a 30-file full-stack project (the offline store template
   plus corpus files): the first scan in a new process, a first scan of new content in a
   warm process, the scan after each file was prepared as it was written, and the re-scan
   after a fix round changed one file (CPU and wall, p50/p95); and the same project with a
   30,000-line generated file added, past the reading budget (it gets a note, not the rules).

"Detected" counts an unsafe sample only when every category it lists is reported; "flagged"
when anything is. A false alarm is any security finding on a safe sample.

Run: .venv/bin/python bench/validators.py [--heldout DIR] [--show-misses] [--runs N] [--no-timing]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.agents.validator_corpus import corpus


def table(title: str, samples: list[corpus.Sample], show_misses: bool) -> None:
    s = corpus.score(samples)
    print(f"\n## {title}: {s['unsafe']} unsafe, {s['safe']} safe")
    print(f"detected {s['detected']:.1%}   flagged {s['flagged_any']:.1%}   "
          f"false alarms {s['false_alarms']:.1%}")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in samples:
        for c in x.expected:
            per[c][0] += 1
            per[c][1] += c in x.found
    print(f"{'category':<22}{'samples':>8}{'found':>7}")
    for c in sorted(per):
        print(f"{c:<22}{per[c][0]:>8}{per[c][1]:>7}")
    if show_misses:
        for x in samples:
            if (not x.safe and not x.caught) or (x.safe and x.flagged):
                what = "false alarm" if x.safe else "missed " + ", ".join(
                    sorted(x.expected - x.found))
                print(f"  {x.name}: {what}")
                for f in x.findings:
                    print(f"      {f.path}:{f.line} {f.message[:100]}")


def thirty_files() -> dict[str, str]:
    from devora_desktop.agents import templates

    spec = templates.read("an online store for handmade candles", "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    # The store has grown past 30 files: keep what the rules read most (route handlers, the
    # server code, middleware, migrations) before pages and configuration, so the project
    # always has the routes a fix round re-scans.
    def weight(path: str) -> int:
        return 0 if path.endswith("route.ts") else 1 if path.startswith(
            ("lib/", "middleware", "supabase/")) else 2
    keep = sorted(files, key=lambda p: (weight(p), list(files).index(p)))[:30]
    files = {p: files[p] for p in files if p in keep}
    for sample in corpus.own():
        for path, text in sample.files.items():
            if len(files) >= 30:
                break
            files.setdefault(f"extra/{sample.name}/{path}", text)
    return dict(list(files.items())[:30])


def huge_file(lines: int) -> str:
    """A generated file as models write data into code: one fetch and one innerHTML a line
    (last session: 30,000 such lines took 132 s, 866 MB and gave 30,000 findings)."""
    row = ('export async function load{0}(id) {{ const r = await fetch("/api/items/{0}?id=" + '
           'id); document.getElementById("row{0}").innerHTML = await r.text(); }}\n')
    return "".join(row.format(i) for i in range(lines))


_COLD = """
import sys, time
t = time.perf_counter()
from devora_desktop.agents.validators import validate
from bench.validators import thirty_files
files = thirty_files()
t = time.perf_counter()
validate(files)
print(time.perf_counter() - t)
"""


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _measure(scan: Callable[[], None], runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        scan()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return walls, cpus


def timing(runs: int) -> None:
    """Moments of a run: the first scan in a new process (imports, grammars, the secret
    detector's set-up: a run now does these in the background when it starts), a first scan
    of new content in a warm process, the scan after every file was prepared as the model
    wrote it (what the engine waits for), and the re-scan after a fix round changed one file
    (the engine re-validates every file the run wrote)."""
    from devora_desktop.agents import validators
    from devora_desktop.agents.validators import validate
    from devora_desktop.core import codescan

    files = thirty_files()
    size = sum(len(v) for v in files.values())
    root = Path(__file__).resolve().parents[1]
    load_before = os.getloadavg()[0]
    cold = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True,
                             cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, check=True)
        cold.append(float(out.stdout.split()[-1]))
    codescan.warm_up()

    def first() -> None:
        codescan.forget()
        validate(files)

    target = next(p for p in files if p.endswith("route.ts"))
    edits = iter(range(10**6))

    def fix_round() -> None:
        changed = dict(files)
        changed[target] = files[target] + f"\n// fix round {next(edits)}\n"
        validate(changed)

    def prepared() -> tuple[float, float]:
        codescan.forget()
        for path, text in files.items():
            validators.prepare(path, text)
        t, c = time.perf_counter(), time.process_time()
        validate(files)
        return time.perf_counter() - t, time.process_time() - c

    generated = dict(files)
    generated["lib/generated.js"] = huge_file(30_000)
    noted: list[str] = []

    def with_huge_file() -> None:
        codescan.forget()
        found = validate(generated)
        noted[:] = [f"{len(found)} findings, {sum(f.path == 'lib/generated.js' for f in found)}"
                    " of them on the generated file"]

    validate(files)
    after_prepare = [prepared() for _ in range(runs)]
    rows = [("first scan, new process", cold, []), ("first scan, warm process",
                                                    *_measure(first, runs)),
            ("after each file was prepared as written", [w for w, _ in after_prepare],
             [c for _, c in after_prepare]),
            ("re-scan after a one-file fix", *_measure(fix_round, runs)),
            ("+ a 30,000-line generated file (past the budget)",
             *_measure(with_huge_file, max(1, runs // 10)))]
    print(f"\n## validate() on a {len(files)}-file project ({size / 1024:.0f} KB), "
          f"target 200 ms")
    print("| moment | files | runs | CPU p50 ms | wall p50 ms | wall p95 ms |")
    print("|---|---|---|---|---|---|")
    for name, walls, cpus in rows:
        cpu = f"{statistics.median(cpus) * 1000:.0f}" if cpus else "-"
        print(f"| {name} | {len(files)} | {len(walls)} | {cpu} | "
              f"{statistics.median(walls) * 1000:.0f} | {_pct(walls, 0.95) * 1000:.0f} |")
    print(f"the generated file: {noted[0] if noted else '-'} (past {codescan.MAX_LINES:,} "
          "lines a file gets one note, not the rules; findings are capped at "
          f"{validators.MAX_PER_FILE} per check and file)")
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on "
          f"{os.cpu_count()} cores (on a busy machine wall time is CPU time times the queue; "
          "the new-process row includes imports, grammars and detect-secrets' set-up)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--heldout", type=Path, help="folder of held-out samples (meta.toml each)")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--runs", type=int, default=20, help="timed runs per moment")
    ap.add_argument("--no-timing", action="store_true", help="only the detection tables")
    args = ap.parse_args()
    if not args.no_timing:
        timing(args.runs)
    table("Own corpus (tests/agents/validator_corpus)", corpus.run(corpus.own()),
          args.show_misses)
    if args.heldout:
        table(f"Held-out set ({args.heldout})", corpus.run(corpus.load_folder(args.heldout)),
              args.show_misses)


if __name__ == "__main__":
    main()
