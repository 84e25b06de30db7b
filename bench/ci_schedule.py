"""Where CI's pytest wall time goes between its workers, and what the order of the files
(xdist's ``--dist loadfile`` queue) costs: from a timeline of one whole run (every test's
start, end and worker; bench/_timeline.py records it).

It prints (1) each worker's busy time and when it ran out of work (the idle tail: one worker
done while the other still runs a long file), (2) the costliest files with their test count,
their CPU seconds (where the timeline has them: far below the wall seconds, a file waits) and
their place in xdist's default queue (most tests first, so a heavy file of few tests is
handed out near the end) and in tests/ci_seconds.json's order (what tests/conftest.py hands
out first), and (3) the run replayed with xdist's loadfile rules (a worker takes the next
file when two or fewer of its tests are left) on 2 and 4 workers, for each order: the
makespan each would have had with these tests' measured durations.

Durations are wall seconds measured under the load printed beside them: a file's seconds
at another load differ, but which files are heavy does not change much, and that is all
the order uses.

Record a run (on a clean clone, once; say the load):
    PYTHONPATH=$PWD:$PWD/bench DEVORA_TIMELINE=/tmp/tl QT_QPA_PLATFORM=offscreen \
        nice .venv/bin/python -m pytest -q -p no:cacheprovider -p _timeline \
        -n auto --maxprocesses=4 --dist loadfile
Then: .venv/bin/python bench/ci_schedule.py /tmp/tl [--write]   (not part of make test)
      --write stores the files' seconds in tests/ci_seconds.json (the order CI hands out).
      --merge (with --write), for a timeline of some files only (the slow ones, at whatever
      load): the table keeps the files it lacks, and its seconds are scaled to the table's by
      the median ratio over the files both have, so one table holds one load's seconds.
"""

from __future__ import annotations

import argparse
import heapq
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.ci_order import SECONDS, file_order  # noqa: E402


def read(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if "t0" in r]


def by_file(rows: list[dict]) -> dict[str, list[float]]:
    """Each file's tests' durations, in the order they ran."""
    files: dict[str, list[float]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: r["t0"]):
        files[r["id"].split("::", 1)[0]].append(r["t1"] - r["t0"])
    return dict(files)


def cpu_by_file(rows: list[dict]) -> dict[str, float]:
    """Each file's CPU seconds (the worker's and its ended children's), where the timeline
    has them: far below its wall seconds, the file mostly waits."""
    cpu: dict[str, float] = defaultdict(float)
    for r in rows:
        if "cpu" in r:
            cpu[r["id"].split("::", 1)[0]] += r["cpu"] + r.get("child", 0.0)
    return dict(cpu)


def merged(new: dict[str, list], old: dict[str, list]) -> dict[str, list]:
    """``old`` with ``new``'s files, their seconds scaled by the median ratio old / new over
    the files both have (a second or more in each); files gone from the tree are dropped."""
    both = [old[f][0] / new[f][0] for f in new if f in old and min(old[f][0], new[f][0]) >= 1]
    scale = statistics.median(both) if both else 1.0
    print(f"merged: {len(new)} files measured, scaled by {scale:.2f} "
          f"(median of {len(both)} ratios), {len(set(old) - set(new))} kept from the table")
    table = {f: v for f, v in old.items() if (ROOT / f).exists()}
    table.update({f: [round(sec * scale, 1), n] for f, (sec, n) in new.items()})
    return table


def simulate(queue: list[str], tests: dict[str, list[float]], workers: int) -> tuple[float, float]:
    """(makespan, idle tail) of xdist's LoadScopeScheduling on ``queue``: each worker starts
    with one file and takes another at once while it holds two tests or fewer, and again
    each time a test ends leaving it two or fewer (loadscope.py ``_reschedule``)."""
    todo = list(queue)
    pending: list[list[float]] = [[] for _ in range(workers)]

    def refill(n: int) -> None:
        if todo and len(pending[n]) <= 2:
            pending[n].extend(tests[todo.pop(0)])

    for n in range(workers):
        if todo:
            pending[n].extend(tests[todo.pop(0)])
    for n in range(workers):
        refill(n)
    clock = [0.0] * workers
    events = [(pending[n][0], n) for n in range(workers) if pending[n]]
    heapq.heapify(events)
    while events:
        t, n = heapq.heappop(events)
        clock[n] = t
        pending[n].pop(0)
        refill(n)
        if pending[n]:
            heapq.heappush(events, (t + pending[n][0], n))
    return max(clock), max(clock) - min(clock)


def xdist_default(files: dict[str, list[float]]) -> list[str]:
    """xdist's queue without tests/ci_order: collection order (paths), most tests first."""
    return sorted(sorted(files), key=lambda f: -len(files[f]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("timeline", type=Path)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--write", action="store_true", help="store the seconds in " + str(SECONDS))
    ap.add_argument("--merge", action="store_true",
                    help="with --write: keep the table's other files, scale these to it")
    args = ap.parse_args()
    rows = read(args.timeline)
    if not rows:
        print(f"no timeline in {args.timeline}")
        return 1
    files = by_file(rows)
    start = min(r["t0"] for r in rows)

    print(f"run: {len(rows)} tests in {len(files)} files, "
          f"{max(r['t1'] for r in rows) - start:.0f} s from first start to last end")
    print(f"\n{'worker':8} {'tests':>5} {'busy s':>7} {'done at s':>9}  last file")
    ends = []
    for worker in sorted({r["w"] for r in rows}):
        mine = sorted((r for r in rows if r["w"] == worker), key=lambda r: r["t0"])
        ends.append(mine[-1]["t1"] - start)
        print(f"{worker:8} {len(mine):>5} {sum(r['t1'] - r['t0'] for r in mine):7.0f} "
              f"{ends[-1]:9.0f}  {mine[-1]['id'].split('::')[0]}")
    print(f"idle tail (first worker done → last): {max(ends) - min(ends):.0f} s")

    seconds = {f: sum(d) for f, d in files.items()}
    cpu = cpu_by_file(rows)
    default = xdist_default(files)
    ours = file_order({f: len(d) for f, d in files.items()})
    print(f"\n{'file':58} {'tests':>5} {'s':>6} {'cpu s':>6} {'xdist #':>7} {'ours #':>6}")
    for f in sorted(seconds, key=lambda f: -seconds[f])[:args.top]:
        print(f"{f:58} {len(files[f]):>5} {seconds[f]:6.0f} {cpu.get(f, float('nan')):6.0f} "
              f"{default.index(f) + 1:>7} {ours.index(f) + 1:>6}")
    print(f"{'all ' + str(len(files)) + ' files':58} {len(rows):>5} "
          f"{sum(seconds.values()):6.0f} {sum(cpu.values()) if cpu else float('nan'):6.0f}")

    orders = {"xdist default (most tests first)": default,
              "tests/ci_seconds.json (slowest first)": ours,
              "these seconds, slowest first": sorted(files, key=lambda f: -seconds[f])}
    print(f"\n{'replayed order':40} {'2 workers s':>11} {'tail':>5} {'4 workers s':>11} "
          f"{'tail':>5}")
    for name, queue in orders.items():
        two, four = simulate(queue, files, 2), simulate(queue, files, 4)
        print(f"{name:40} {two[0]:11.0f} {two[1]:5.0f} {four[0]:11.0f} {four[1]:5.0f}")
    print(f"{'lower bound (busy / workers)':40} {sum(seconds.values()) / 2:11.0f} "
          f"{'':5} {sum(seconds.values()) / 4:11.0f}")
    print("\n(4 workers replays 2-core seconds: a bound on the order's effect only)")

    if args.write:
        table = {f: [round(sec, 1), len(files[f])] for f, sec in seconds.items()}
        if args.merge:
            table = merged(table, json.loads(SECONDS.read_text()))
        SECONDS.write_text("{\n" + ",\n".join(
            f'"{f}": [{sec:.1f}, {n}]' for f, (sec, n) in sorted(table.items())) + "\n}\n")
        median = statistics.median(sec / n for sec, n in table.values() if n)
        print(f"wrote {SECONDS.relative_to(ROOT)} ({len(table)} files; a file not in it "
              f"counts {median:.2f} s a test)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
