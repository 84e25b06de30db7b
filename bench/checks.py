"""What the sandbox costs each check: the same checks on the same projects, unconfined, under
bubblewrap and under Landlock alone (see docs/ARCHITECTURE.md, Safety).

Projects: a web page with a script and a stylesheet (web-load, QtWebEngine), a Python module
with tests (python-compile, pytest) and a Node project whose build script bundles its sources
(npm-build; no dependencies, so npm install is up to date and not timed). Each check's median
of N runs; the target is that the sandbox adds at most 10% or 0.5 s, whichever is larger.
Also: the start-up probe (a child run through each sandbox).

Run: .venv/bin/python bench/checks.py [runs]     (not part of make test)
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from devora_desktop.core import sandbox
from devora_desktop.core.checks import CheckOptions, run_checks

KINDS = ["none", "bwrap", "landlock"]
PROJECTS = {
    "web": {"index.html": "<!doctype html><title>B</title><link rel=stylesheet href=s.css>"
                          "<h1 id=n>0</h1><script src=app.js></script>",
            "s.css": "h1 { color: #333; }\n" * 50,
            "app.js": "document.getElementById('n').textContent = '1';\n" * 20},
    "python": {"calc.py": "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(300)),
               "test_calc.py": "import calc\n\n" + "".join(
                   f"def test_{i}():\n    assert calc.f{i}(1) == {i + 1}\n\n"
                   for i in range(100))},
    "node": {"package.json": json.dumps({"name": "b", "scripts": {"build": "node build.js"}}),
             "build.js": "const fs = require('fs');\nconst out = [];\n"
                         "for (const f of fs.readdirSync('src')) "
                         "out.push(fs.readFileSync('src/' + f, 'utf8'));\n"
                         "fs.mkdirSync('dist', {recursive: true});\n"
                         "fs.writeFileSync('dist/bundle.js', out.join('\\n'));\n",
             **{f"src/m{i}.js": f"export const v{i} = {i};\n" * 200 for i in range(40)}},
}


def make(files: dict[str, str]) -> Path:
    root = Path(tempfile.mkdtemp(prefix="devora-bench-checks-"))
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


async def once(root: Path, kind: str) -> dict[str, float]:
    options = CheckOptions(sandbox=kind, python=sys.executable)  # type: ignore[arg-type]
    results = await run_checks(root, options=options)
    bad = [r for r in results if r.status != "passed"]
    if bad:
        raise SystemExit(f"{kind}: {bad[0].check} {bad[0].status}: "
                         f"{bad[0].skipped_reason or bad[0].findings}")
    return {r.check: r.seconds for r in results if r.seconds > 0}


def probe_seconds(kind: str) -> float:
    os.environ[sandbox.FORCE_ENV] = kind
    started = time.perf_counter()
    status = sandbox.probe(refresh=True)
    took = time.perf_counter() - started
    os.environ.pop(sandbox.FORCE_ENV)
    if kind != "none" and not status.confined:
        raise SystemExit(f"{kind} does not confine here: {status.line()}")
    return took


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    load = os.getloadavg()[0]
    times: dict[tuple[str, str], list[float]] = {}
    roots = {name: make(files) for name, files in PROJECTS.items()}
    for _ in range(runs):
        for kind in KINDS:  # interleaved, so load changes hit every kind alike
            for root in roots.values():
                for check, seconds in asyncio.run(once(root, kind)).items():
                    times.setdefault((check, kind), []).append(seconds)
    print(f"bench/checks.py: median of {runs} runs, load average {load:.2f} at start, "
          f"{os.cpu_count()} cores")
    print("| check | unconfined s | bubblewrap s (+) | Landlock s (+) | target: + <= "
          "max(10%, 0.5 s) |")
    print("|---|---|---|---|---|")
    for check in sorted({c for c, _ in times}):
        base = statistics.median(times[(check, "none")])
        cells, ok = [], True
        for kind in ("bwrap", "landlock"):
            t = statistics.median(times[(check, kind)])
            cells.append(f"{t:.2f} ({t - base:+.2f})")
            ok = ok and t - base <= max(0.1 * base, 0.5)
        print(f"| {check} | {base:.2f} | {cells[0]} | {cells[1]} | {'met' if ok else 'MISSED'} |")
    probes = {k: probe_seconds(k) for k in ("bwrap", "landlock")}
    print(f"| start-up probe | - | {probes['bwrap']:.2f} | {probes['landlock']:.2f} | "
          "once per process, off the UI thread |")


if __name__ == "__main__":
    main()
