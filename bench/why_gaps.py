"""Why the Qt thread stalled: bench/ui_latency.py under the kernel's scheduler trace.

Runs bench/ui_latency.py (its arguments passed on) under ``perf record`` with the scheduler's
switch and wake-up events, then splits each event-loop gap over 16 ms into the Qt thread's
own work, its wait for a core (and which tasks held the cores meanwhile, with their nice),
and its sleeps: on a futex (the GIL, or another lock: said with the thread that woke it,
the one that let go, and how long that one itself waited for a core while it held it) or in
poll (Qt's loop, waiting for an event). What a gap was is then a list of names, not a guess:
"queued 40 ms behind llvmpipe-0 (nice -8)" or "asleep 30 ms on devora-engine, itself queued
25 ms". Needs Linux, ``perf`` and the right to trace the scheduler (root, or
perf_event_paranoid <= 1).
Run: .venv/bin/python bench/why_gaps.py [seconds] [--top N] [ui_latency.py's flags]
"""

from __future__ import annotations

import collections
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HEAD = re.compile(r"^\s*(.+?)\s+(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(sched:\S+):\s+(.*)$")
_SWITCH = re.compile(r"prev_comm=(.*?) prev_pid=(\d+) prev_prio=(\d+) prev_state=(\S+) ==> "
                     r"next_comm=(.*?) next_pid=(\d+) next_prio=(\d+)")
_WAKE = re.compile(r"comm=(.*?) pid=(\d+) prio=(\d+)")


def record(args: list[str], folder: Path) -> tuple[Path, str] | None:
    """The scheduler's trace of one bench run and the bench's output; None (said why) where
    ``perf`` is missing or may not trace the scheduler (``make bench`` goes on)."""
    import shutil

    if shutil.which("perf") is None:
        print("| bench/why_gaps.py | perf is not installed: no scheduler trace, nothing said |")
        return None
    data = folder / "sched.data"
    cmd = ["perf", "record", "-q", "-g", "-k", "CLOCK_MONOTONIC", "-o", str(data),
           "-e", "sched:sched_switch", "-e", "sched:sched_wakeup", "--",
           sys.executable, str(ROOT / "bench" / "ui_latency.py"), *args, "--marks"]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if "MARK stop" not in out.stdout:
        print("| bench/why_gaps.py | no trace (perf may not trace the scheduler here: root or "
              f"perf_event_paranoid <= 1): {out.stderr.strip()[-300:]} |")
        return None
    script = subprocess.run(["perf", "script", "-i", str(data), "-F",
                             "comm,tid,cpu,time,event,trace,sym"], capture_output=True,
                            text=True, check=True).stdout
    (folder / "sched.txt").write_text(script)
    return folder / "sched.txt", out.stdout


class Timeline:
    """Who was on each core when, each task's sleeps and who woke them, from the trace."""

    def __init__(self, script: Path, t0: float, t1: float) -> None:
        self.names: dict[int, str] = {}
        self.nice: dict[int, int] = {}
        self.on: dict[int, list[tuple[float, float]]] = collections.defaultdict(list)
        self.cpu_runs: list[tuple[float, float, int]] = []  # (start, end, tid) per core run
        self.sleeps: dict[int, list[tuple[float, float, str, int]]] = \
            collections.defaultdict(list)  # (from, woken at, where it slept, waker tid)
        running: dict[int, tuple[int, float]] = {}  # cpu -> (tid, since)
        slept: dict[int, list] = {}  # tid -> [since, where]
        stack_of: list | None = None  # the sleep whose kernel stack the next lines are
        for line in script.open():
            m = _HEAD.match(line)
            if not m:
                if stack_of is not None and line.strip():
                    sym = line.split()[-1] if len(line.split()) > 1 else ""
                    if stack_of[1] == "sleep" and ("futex" in sym or "poll" in sym):
                        stack_of[1] = "futex" if "futex" in sym else "poll"
                elif not line.strip():
                    stack_of = None
                continue
            stack_of = None
            t = float(m.group(4))
            if t < t0 - 1 or t > t1 + 1:
                continue
            cpu, tid, trace = int(m.group(3)), int(m.group(2)), m.group(6)
            if m.group(5) == "sched:sched_switch":
                s = _SWITCH.search(trace)
                if s is None:
                    continue
                prev, nxt = int(s.group(2)), int(s.group(6))
                self.names.setdefault(prev, s.group(1))
                self.names.setdefault(nxt, s.group(5))
                self.nice[prev], self.nice[nxt] = int(s.group(3)) - 120, int(s.group(7)) - 120
                if cpu in running:
                    who, since = running[cpu]
                    self.on[who].append((since, t))
                    self.cpu_runs.append((since, t, who))
                running[cpu] = (nxt, t)
                if s.group(4) not in ("R", "R+"):
                    slept[prev] = stack_of = [t, "sleep"]
            elif m.group(5) == "sched:sched_wakeup":
                w = _WAKE.search(trace)
                if w is None:
                    continue
                woken = int(w.group(2))
                if woken in slept:
                    since, where = slept.pop(woken)
                    self.sleeps[woken].append((since, t, where, tid))
        self.kinds: dict[int, str] = {}

    def overlap(self, spans, a: float, b: float) -> float:
        return sum(max(0.0, min(e, b) - max(s, a)) for s, e in spans)

    def holders(self, a: float, b: float, skip: int) -> collections.Counter:
        """ms each other task ran on a core between ``a`` and ``b``."""
        out: collections.Counter = collections.Counter()
        for s, e, who in self.cpu_runs:
            if e > a and s < b and who != skip and who != 0:
                out[who] += (min(e, b) - max(s, a)) * 1000
        return out


def name(tl: Timeline, tid: int, threads: dict[int, str], ours: dict[int, int]) -> str:
    """A task as "devora-engine (+0)"; another process's (another program on the machine)
    as "[other] bash (+0)"."""
    label = threads.get(tid) or tl.names.get(tid, str(tid))
    return f"{'' if tid in ours else '[other] '}{label} ({tl.nice.get(tid, 0):+d})"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--top")]
    top = int(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--top=")), "12"))
    with tempfile.TemporaryDirectory(prefix="devora-why-") as tmp:
        traced = record(args, Path(tmp))
        if traced is None:
            return
        script, out = traced
        marks, threads, gaps, ours = {}, {}, [], {}
        for line in out.splitlines():
            p = line.split()
            if line.startswith("MARK "):
                marks[p[1]] = float(p[2])
            elif line.startswith("THREAD "):
                threads[int(p[1])] = line.split(None, 2)[2]
            elif line.startswith("TASK "):
                ours[int(p[1])] = int(p[2])
            elif line.startswith("GAP "):
                gaps.append((float(p[1]), float(p[2])))
        qt = next(t for t, n in threads.items() if n == "MainThread")
        tl = Timeline(script, marks["start"], marks["stop"])
    total = collections.Counter()
    rows = []
    for end, gap in sorted(gaps, key=lambda g: -g[1]):
        a, b = end - (gap + 5) / 1000, end
        worked = tl.overlap(tl.on[qt], a, b) * 1000
        asleep_gil = asleep_poll = 0.0
        wakers: collections.Counter = collections.Counter()
        held_queued = 0.0
        for s, w, where, waker in tl.sleeps[qt]:
            part = max(0.0, min(w, b) - max(s, a)) * 1000
            if not part:
                continue
            # on a futex: the GIL or another lock; in poll: Qt's loop waits for an event
            if where != "futex":
                asleep_poll += part
            else:
                asleep_gil += part
                wakers[waker] += part
                # the one that let go: how long it waited for a core meanwhile
                span = (max(s, a), min(w, b))
                ran = tl.overlap(tl.on[waker], *span) * 1000
                held_queued += max(0.0, part - ran)
        queued = max(0.0, gap + 5 - worked - asleep_gil - asleep_poll)  # poll: a timer late
        behind = tl.holders(a, b, qt)
        for who, ms in behind.items():
            total[who] += ms
        rows.append((end - marks["start"], gap, worked, queued, asleep_gil, held_queued,
                     wakers, behind))
    print(f"| the {min(top, len(rows))} longest of {len(rows)} gaps over 16 ms (load "
          f"{os.getloadavg()[0]:.1f}) | Qt thread: worked / queued / asleep on a lock (its "
          "holder queued) | asleep on: | the cores meanwhile, ms (nice) |")
    print("|---|---|---|---|")
    for at, gap, worked, queued, gil, held_q, wakers, behind in rows[:top]:
        on = ", ".join(f"{name(tl, w, threads, ours)} {ms:.0f}" for w, ms in wakers.most_common(2))
        cores = ", ".join(f"{name(tl, w, threads, ours)} {ms:.0f}"
                          for w, ms in behind.most_common(4))
        print(f"| {at:6.2f} s: {gap:.0f} ms | {worked:.0f} / {queued:.0f} / {gil:.0f} "
              f"({held_q:.0f}) | {on or '-'} | {cores} |")
    mine = sum(ms for w, ms in total.items() if w in ours)
    print(f"\nthe cores during all long gaps: this run's tasks {mine:.0f} ms, other programs "
          f"{sum(total.values()) - mine:.0f} ms; by task:",
          ", ".join(f"{name(tl, w, threads, ours)} {ms:.0f}" for w, ms in total.most_common(10)))


if __name__ == "__main__":
    main()
