"""`kill -9` of real `devora generate` processes (offline templates and a fake model; new
projects and refinements) in every phase of a run: right after one of its events of each type
its --json reports (run started, agents streaming, files written or rejected, the validators,
the page check, the review, the version committed), a random one of that type, and a random
few ms on. After each, the next start must leave every project at its last version or cleanly
gone, with no stale lock, and `projects list` must exit 0. The counts, and the event each
kill came after, are printed (run with -s to see them)."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from devora_desktop.core.context import AppContext
from devora_desktop.core.models import RunStatus
from tests.agents.conftest import APPROVE, block, plan
from tests.fakes.llm_server import FakeLLM

# The refused offline refinement (its one event, then the exit) killed this many times; each
# event type of a whole offline run and of a whole model run once: 11 + 12, so the model runs
# stay under the Free plan's 20 AI runs a day, timing and final runs included. (Kills drawn
# over a run's lines, 50 of them, nearly all landed while files streamed: a model run writes
# 6057 lines, an offline one 595, the validators, the check, the review and the commit one each.)
OFFLINE_REFINEMENTS = 2


def _evidence(home: Path) -> Counter:
    """What a crash left behind, seen before the next start repairs it."""
    found: Counter = Counter()
    projects = home / "projects"
    for folder in projects.iterdir():
        if folder.name.startswith(".deleted-"):
            found["half-deleted folders"] += 1
            continue
        git = folder / ".git"
        found["folders without metadata"] += not (folder / ".devora/project.json").exists()
        found["stale git locks"] += len(list(git.rglob("*.lock")))
        found["saves cut mid-way"] += (git / "devora-saving").exists()
        if (folder / ".devora/draft").exists() and not list(git.glob("refs/heads/*")):
            found["unfinished new projects"] += 1
    try:
        runs = json.loads((home / "devora.json").read_text()).get("runs", {}).values()
        found["runs left running"] += sum(1 for r in runs if r.get("status") == "running")
    except (OSError, ValueError):
        found["unreadable index"] += 1
    return found


def _check(home: Path) -> list[str]:
    """Every invariant after a crash; returns the project ids."""
    with AppContext.open(home) as ctx:
        projects = ctx.store.projects.list()
        ids = {p.id for p in projects}
        folders = {f.name for f in ctx.paths.projects.iterdir()}
        assert folders == ids, f"folders {folders - ids} / index rows {ids - folders}"
        for p in projects:
            ws = ctx.store.workspace(p.id)
            assert ws.head() is not None, f"{p.name} has no version"
            assert not ws.has_uncommitted_changes(), f"{p.name} is not at its last version"
            assert not list((ws.root / ".git").rglob("*.lock")), f"{p.name} keeps a lock"
        assert not ctx.store.runs.list(status=RunStatus.RUNNING)
        return sorted(ids)


class _Events:
    """The types of the events a run writes (its --json lines), read as they come."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.proc, self.types, self._rest = proc, [], b""

    def read(self, until: tuple[str, int] | None = None, timeout: float = 120) -> bool:
        """Reads until the ``n``-th event of type ``until`` = (type, n) (True), the run's exit
        or ``timeout``; never waits for an end of file that a process it left behind may
        hold."""
        end, fd = time.monotonic() + timeout, self.proc.stdout.fileno()
        while time.monotonic() < end:
            if until is not None and self.types.count(until[0]) >= until[1]:
                return True
            if select.select([fd], [], [], 0.1)[0]:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                *lines, self._rest = (self._rest + chunk).split(b"\n")
                self.types += [json.loads(line)["type"] for line in lines]
            elif self.proc.poll() is not None:
                break
        return until is not None and self.types.count(until[0]) >= until[1]


def _history(env: dict, project: str) -> list:
    out = subprocess.run([sys.executable, "-m", "devora_desktop", "projects", "history",
                          project, "--json"], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


# named when it made fifty kills at random lines; now 25, one aimed at each phase
@pytest.mark.slow
@pytest.mark.timeout(900)  # ~1 minute here; 6 at load 30
def test_fifty_kill_9_during_runs(isolated_home: Path) -> None:
    rng = random.Random(14)
    body = {"index.html": '<link rel="stylesheet" href="styles.css">\n'
                          '<script src="app.js"></script>\n' + "<p>x</p>\n" * 120,
            "styles.css": "/* styles */\n" + ".x { color: #333; }\n" * 120,
            "app.js": "/* app */\n" + "window.x = 1;\n" * 120}  # valid: the runs approve
    frontend = "".join(block(name, text) for name, text in body.items())
    script = {"architect": plan(("index.html", "frontend"), ("styles.css", "frontend"),
                                ("app.js", "frontend")),
              "frontend": {"text": frontend, "latency": 0.002}, "reviewer": APPROVE}
    env = {**os.environ, "DEVORA_HOME": str(isolated_home), "DEVORA_API_KEY": "sk-x-12345678"}
    counts: Counter = Counter()
    ids: list[str] = []
    with FakeLLM(script) as fake:
        model_args = ["--provider", "openai", "--base-url", fake.url, "--model", "fake/model"]

        def generate(i: int, kind: str, project: str | None) -> subprocess.Popen:
            # the offline templates make a to-do list; what they can't make ('a page') is
            # kept but not approved (exit 3), so the timing runs would not be whole runs
            prompt = f"a page {i}" if kind == "model" else f"a to-do list {i}"
            args = [sys.executable, "-m", "devora_desktop", "generate", prompt,
                    "--mode", "web", *(model_args if kind == "model" else
                                       ["--provider", "offline"])]
            if project:
                args += ["--project", project]
            # --json: one line per event, flushed, which the kill below counts
            return subprocess.Popen([*args, "--json"], env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

        # each kill is aimed at an event type of a whole run (the phase it marks), at a random
        # one of that type, then a random few ms on: a point of the run, wherever the machine's
        # load puts it in time (a delay drawn from a timed run let most runs end first when the
        # machine got quieter, or slower)
        took: dict[str, float] = {}
        types: dict[str, list[str]] = {}
        for kind in ("offline", "model"):
            began = time.monotonic()
            timed = generate(-1, kind, None)
            events = _Events(timed)
            events.read()
            types[kind] = events.types
            assert timed.wait(120) == 0
            took[kind] = time.monotonic() - began
        counts["seconds for one offline / model run"] = [round(t, 1) for t in took.values()]
        counts["events of one offline / model run"] = [len(t) for t in types.values()]
        # every type but the last (the run's end), in order; the offline refinement is refused
        # with one event before its run starts, so the offline kinds make new projects
        aims = [(kind, kind == "model", kind_type) for kind in ("offline", "model")
                for kind_type in dict.fromkeys(types[kind][:-1])]
        aims += [("offline", True, "run_failed")] * OFFLINE_REFINEMENTS
        rng.shuffle(aims)
        landed: Counter = Counter()
        ids = _check(isolated_home)
        for i, (kind, may_refine, aim) in enumerate(aims):
            project = rng.choice(ids) if may_refine and ids and rng.random() < 0.5 else None
            if kind == "offline" and aim == "run_failed":
                project = rng.choice(ids) if ids else None
            proc = generate(i, kind, project)
            events = _Events(proc)
            reached = events.read((aim, rng.randint(1, max(1, types[kind].count(aim)))))
            if reached:
                time.sleep(rng.uniform(0, 0.03))
            if reached and proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(10)
                counts["killed mid-process"] += 1
                events.read()  # what it wrote before it died: the event the kill came after
                landed[f"{kind} {events.types[-1] if events.types else 'nothing yet'}"] += 1
            else:
                try:  # it ended first (a refused refinement ends after its one event)
                    proc.wait(10)
                    counts["runs that ended before their kill"] += 1
                except subprocess.TimeoutExpired:  # silent for two minutes: said apart
                    os.kill(proc.pid, signal.SIGKILL)
                    proc.wait(10)
                    counts["runs silent for 2 minutes, then killed"] += 1
            proc.stdout.close()
            counts[f"{kind} {'refinements' if project else 'new projects'}"] += 1
            counts.update(_evidence(isolated_home))
            listed = subprocess.run([sys.executable, "-m", "devora_desktop", "projects",
                                     "list", "--json"], env=env, capture_output=True,
                                    text=True, timeout=60)
            assert listed.returncode == 0, listed.stderr
            assert "Traceback" not in listed.stderr
            ids = _check(isolated_home)
            assert sorted(p["id"] for p in json.loads(listed.stdout)) == ids
        # no stale lock blocks the next run: a refinement and a new project both go through
        start = time.monotonic()
        if ids:
            versions = len(_history(env, ids[0]))
            # offline templates can't change an app: the refinement is refused once the
            # data folder is open (so not for a stale lock: "already running"), and keeps
            # nothing
            refused = subprocess.run(
                [sys.executable, "-m", "devora_desktop", "generate", "a to-do list 98",
                 "--mode", "web", "--provider", "offline", "--project", ids[0]],
                env=env, capture_output=True, text=True, timeout=120)
            assert refused.returncode == 1, refused.stderr
            assert "Offline templates can't change an app" in refused.stderr
            assert len(_history(env, ids[0])) == versions
        final = generate(99, "model", None)
        _Events(final).read()
        assert final.wait(120) == 0
        counts["seconds for the two final runs"] = round(time.monotonic() - start)
    ids = _check(isolated_home)
    counts["projects at the end"] = len(ids)
    counts["killed right after"] = dict(sorted(landed.items()))
    print("\ncrash test counts:", json.dumps(dict(sorted(counts.items())), indent=1))
    assert counts["killed mid-process"] >= len(aims) // 2
