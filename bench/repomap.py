"""The repository map on a big codebase: a generated 20,000-file git repository opened in
place (the shop of tests/repogen.py inside it), and five refinements whose expected files were
written down before the map existed (tests/repogen.REFINEMENTS).

Prints: opening (import + listing) time, map build time cold and from the cache, map size,
peak memory growth; per refinement the Architect request's tokens against sending every file,
and whether every expected file is in the map the Architect reads (with its definitions).
No model is called: "in the map" is what the Architect can ask for, not what a model asked.
With ``--bolt PATH`` (a git clone of stackblitz-labs/bolt.diy) the same is measured on it,
with the five refinements of bench/repomap_bolt.toml (expected files written down before).
Run: .venv/bin/python bench/repomap.py [FILES] | --bolt PATH
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--bolt":
        return bolt(Path(sys.argv[2]))
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    from devora_desktop.agents.project_context import MAP_TOKENS, map_manifest
    from devora_desktop.agents.roles import ArchitectAgent
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.importer import import_folder
    from devora_desktop.core.repomap import RepoMap, estimate_tokens
    from tests.repogen import REFINEMENTS, write_shop

    tmp = Path(tempfile.mkdtemp(prefix="devora-repomap-"))
    os.environ["DEVORA_HOME"] = str(tmp / "home")
    repo = tmp / "big"
    started = time.perf_counter()
    files = write_shop(repo, filler=total - 37)
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@x",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@x"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "big"]):
        subprocess.run(["git", "-C", str(repo), *args], check=True, env=env)
    made = time.perf_counter() - started
    rss0 = _rss_mb()
    rows = []
    with AppContext.open() as ctx:
        t = time.perf_counter()
        report = import_folder(ctx.store, repo)
        opened = time.perf_counter() - t
        ws = ctx.store.workspace(report.project.id)
        t = time.perf_counter()
        listed = ws.list_files()
        listing = time.perf_counter() - t
        cache = tmp / "repomap.json"
        t = time.perf_counter()
        cold = RepoMap.build(ws.root, listed, cache)
        cold_s = time.perf_counter() - t
        t = time.perf_counter()
        warm = RepoMap.build(ws.root, listed, cache)
        warm_s = time.perf_counter() - t
        rss1 = _rss_mb()
        every = sum((ws.root / f).stat().st_size for f in listed)
        architect = ArchitectAgent.__new__(ArchitectAgent)
        for request, expected in REFINEMENTS:
            manifest = map_manifest(ws, listed, request, cache)
            msgs = ArchitectAgent.messages(architect, request, "fullstack", preferences=[],
                                           manifest=manifest)
            tokens = sum(estimate_tokens(m["content"]) for m in msgs)
            described = {p for p, summary in manifest if summary.startswith("defines")}
            rows.append((request[:48], tokens, every // 4,
                         "yes" if set(expected) <= described else
                         f"no ({len(set(expected) & described)}/{len(expected)})"))
    load = os.getloadavg()[0]
    print(f"Generated {len(files):,} files in {made:.1f} s (git init/add/commit included); "
          f"machine load {load:.1f} on {os.cpu_count()} cores")
    print(f"{'step':<40} {'value':>12}")
    print(f"{'import (checks + listing)':<40} {opened:>10.2f} s")
    print(f"{'list files again (the file tree)':<40} {listing:>10.2f} s")
    print(f"{'files listed':<40} {len(listed):>12,}")
    print(f"{'map build, cold (parse all)':<40} {cold_s:>10.2f} s")
    print(f"{'map build, from cache':<40} {warm_s:>10.2f} s")
    print(f"{'files mapped / parsed from cache':<40} "
          f"{len(cold.facts):>6,} / {len(warm.facts) - warm.parsed:,}")
    print(f"{'cache size':<40} {cache.stat().st_size / 1e6:>9.1f} MB")
    print(f"{'peak memory growth (max RSS)':<40} {rss1 - rss0:>9.0f} MB")
    print(f"\nArchitect request (map budget {MAP_TOKENS:,} tokens) vs sending every file:")
    print(f"{'refinement':<50} {'tokens':>8} {'all files':>10}  expected files in map")
    for request, tokens, all_tokens, ok in rows:
        print(f"{request:<50} {tokens:>8,} {all_tokens:>10,}  {ok}")


def measure(repo: Path, refinements, home: Path) -> None:
    """Open ``repo`` in place, map it, and print the table for ``refinements``."""
    from devora_desktop.agents.project_context import MAP_TOKENS, map_manifest
    from devora_desktop.agents.roles import ArchitectAgent
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.importer import import_folder
    from devora_desktop.core.repomap import RepoMap, estimate_tokens

    os.environ["DEVORA_HOME"] = str(home)
    rss0 = _rss_mb()
    with AppContext.open() as ctx:
        t = time.perf_counter()
        report = import_folder(ctx.store, repo)
        opened = time.perf_counter() - t
        ws = ctx.store.workspace(report.project.id)
        listed = ws.list_files()
        cache = home / "repomap.json"
        t = time.perf_counter()
        RepoMap.build(ws.root, listed, cache)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        warm = RepoMap.build(ws.root, listed, cache)
        warm_s = time.perf_counter() - t
        every = sum((ws.root / f).stat().st_size for f in listed)
        architect = ArchitectAgent.__new__(ArchitectAgent)
        print(f"{repo}: {len(listed)} files listed (of {report.listing.skipped} left out); "
              f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"import {opened:.2f} s · map cold {cold:.2f} s · from cache {warm_s:.2f} s · "
              f"{len(warm.facts)} files mapped · RSS +{_rss_mb() - rss0:.0f} MB")
        print(f"\n{'refinement':<58} {'tokens':>7} {'all files':>10}  expected in map")
        hits = 0
        for request, expected in refinements:
            manifest, _ = map_manifest(ws, listed, request, cache)
            msgs = ArchitectAgent.messages(architect, request, "fullstack", preferences=[],
                                           manifest=manifest)
            tokens = sum(estimate_tokens(m["content"]) for m in msgs)
            described = {p for p, summary in manifest if summary.startswith("defines")}
            found = set(expected) & described
            hits += found == set(expected)
            print(f"{request[:58]:<58} {tokens:>7,} {every // 4:>10,}  "
                  f"{len(found)}/{len(expected)}"
                  + ("" if found == set(expected) else
                     f" (missing {', '.join(sorted(set(expected) - found))})"))
        print(f"every expected file in the map: {hits} of {len(refinements)} "
              f"(map budget {MAP_TOKENS:,} tokens)")


def bolt(repo: Path) -> None:
    import tomllib

    spec = tomllib.loads((Path(__file__).with_name("repomap_bolt.toml")).read_text())
    refinements = [(r["request"], tuple(r["expected"])) for r in spec["refinement"]]
    measure(repo, refinements, Path(tempfile.mkdtemp(prefix="devora-bolt-")))


if __name__ == "__main__":
    main()
