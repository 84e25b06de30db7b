"""How well the security validators judge code, and how fast: tables, not asserts.

1. The repository's corpus (tests/agents/validator_corpus: unsafe samples with the categories a
   reviewer would report, safe ones that sit next to each category).
2. A held-out set, reported separately: a folder of samples written by someone who never saw
   the rules (one sub-folder per sample, its files and a meta.toml with ``verdict`` and
   ``categories``). Pass it with --heldout DIR.
3. Time of ``validators.validate`` on a 30-file full-stack project (the offline store template
   plus corpus files), cold (first call: imports, grammars) and warm (median of runs).

"Detected" counts an unsafe sample only when every category it lists is reported; "flagged"
when anything is. A false alarm is any security finding on a safe sample.

Run: .venv/bin/python bench/validators.py [--heldout DIR] [--show-misses]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
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
    for sample in corpus.own():
        for path, text in sample.files.items():
            if len(files) >= 30:
                break
            files.setdefault(f"extra/{sample.name}/{path}", text)
    return dict(list(files.items())[:30])


def timing() -> None:
    from devora_desktop.agents.validators import validate

    files = thirty_files()
    t = time.perf_counter()
    validate(files)
    cold = time.perf_counter() - t
    runs, cpu = [], []
    for _ in range(7):
        t, c = time.perf_counter(), time.process_time()
        validate(files)
        runs.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    size = sum(len(v) for v in files.values())
    print(f"\n## validate() on a {len(files)}-file project ({size / 1024:.0f} KB)")
    print(f"cold {cold * 1000:.0f} ms   warm median {statistics.median(runs) * 1000:.0f} ms   "
          f"min {min(runs) * 1000:.0f} ms   CPU median {statistics.median(cpu) * 1000:.0f} ms   "
          f"(target 200 ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: "
          "on a busy machine wall time is CPU time times the queue)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--heldout", type=Path, help="folder of held-out samples (meta.toml each)")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    timing()
    table("Own corpus (tests/agents/validator_corpus)", corpus.run(corpus.own()),
          args.show_misses)
    if args.heldout:
        table(f"Held-out set ({args.heldout})", corpus.run(corpus.load_folder(args.heldout)),
              args.show_misses)


if __name__ == "__main__":
    main()
