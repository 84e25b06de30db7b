"""The security validators on real, shipped code: alarms per project, and how many a person
judged false. A table, not asserts.

Generated samples (bench/validators.py) are written by people who know what the rules look
for; real open-source apps are not. Each project of a folder (one sub-folder a project: a
Next.js, SvelteKit, Express, Hono… app as its authors ship it) is validated as one whole
project, as the engine validates what a model wrote, and every security finding is matched
against the judgements in bench/real_projects.toml:

  false   a false alarm: the code is fine as shipped (the cause was fixed, or is listed here)
  true    a real problem in that code (kept: the rule is right)
  -       not judged yet (a new alarm: look at it)

The projects themselves are not in the repository. ``--export DIR`` writes each project the
TOML lists (repository, commit, folder) from a local git snapshot (``--mirrors``, one
``owner+name/repo`` git directory each, as the tool library's ``fetch`` leaves them).

bench/real_projects_fresh.toml lists 12 more apps fetched only after the fixes were made, a
check of how they carry over (``--judged bench/real_projects_fresh.toml``).

Run: .venv/bin/python bench/real_projects.py DIR [--show] [--only NAME]
     .venv/bin/python bench/real_projects.py DIR --export [--mirrors /work/.mirror]
"""

from __future__ import annotations

import argparse
import fnmatch
import io
import subprocess
import sys
import tarfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devora_desktop.agents import security
from devora_desktop.agents.validators import validate

JUDGED = Path(__file__).with_name("real_projects.toml")
# What a model writes into a project and the validators read; build output, dependencies,
# lock files and binaries are left out, as they never reach validate().
READ_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts", ".svelte", ".vue",
            ".html", ".htm", ".sql", ".json", ".rules", ".toml", ".yml", ".yaml", ".md")
SKIP_DIRS = {"node_modules", ".git", ".next", ".svelte-kit", ".nuxt", ".output", "dist",
             "build", "coverage", ".turbo", ".vercel", "vendor", "__snapshots__",
             ".branches", ".temp"}  # the Supabase CLI's local state (its own .gitignore)
SKIP_NAMES = {"package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lockb"}
MAX_BYTES = 300_000


@dataclass
class Alarm:
    path: str
    line: int | None
    rule: str
    message: str
    verdict: str = "-"     # "false", "true" or "-" (not judged)
    why: str = ""


@dataclass
class Project:
    name: str
    files: int = 0
    alarms: list[Alarm] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, verdict: str) -> int:
        return sum(a.verdict == verdict for a in self.alarms)


def wanted(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    if SKIP_DIRS & set(parts[:-1]) or name in SKIP_NAMES or name.endswith(".min.js"):
        return False
    return name.endswith(READ_EXT) or (name.startswith(".env") and "example" not in name)


def read_project(folder: Path) -> dict[str, str]:
    files = {}
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).as_posix()
        if f.is_file() and wanted(rel) and f.stat().st_size <= MAX_BYTES:
            files[rel] = f.read_text(encoding="utf-8", errors="replace")
    return files


def load_judged(path: Path) -> tuple[list[dict], list[dict]]:
    """The listed projects and the judgements (``path`` may be a glob, ``rule`` "*")."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return data.get("project", []), data.get("judged", [])


def verdict(judged: list[dict], project: str, path: str, rule: str, line: int | None) -> dict:
    """The first judgement that fits the alarm (a ``line`` narrows one to that line)."""
    for j in judged:
        if fnmatch.fnmatchcase(project, j["project"]) and fnmatch.fnmatchcase(path, j["path"]) and \
                j["rule"] in (rule, "*") and j.get("line", line) == line:
            return j
    return {}


def export(root: Path, projects: list[dict], mirrors: Path) -> None:
    """Each listed project's folder at its commit, from ``mirrors/owner+name/repo``."""
    for p in projects:
        git = mirrors / p["repo"].replace("/", "+") / "repo"
        prefix = p.get("root", "").strip("/")
        cmd = ["git", "-C", str(git), "archive", "--format=tar", p["commit"]]
        out = subprocess.run([*cmd, *([prefix] if prefix else [])], capture_output=True,
                             check=False)
        dest = root / p["name"]
        if out.returncode:  # a snapshot lacks its largest blobs: take the files one by one
            missing = _export_files(git, p["commit"], prefix, dest)
            print(f"{p['name']}: {p['repo']}@{p['commit'][:10]} {prefix or '.'} "
                  f"({missing} files absent from the snapshot)")
            continue
        with tarfile.open(fileobj=io.BytesIO(out.stdout)) as tar:
            for m in tar.getmembers():
                rel = m.name[len(prefix) + 1:] if prefix else m.name
                if m.isfile() and rel and wanted(rel):
                    target = dest / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(m).read())  # type: ignore[union-attr]
        print(f"{p['name']}: {p['repo']}@{p['commit'][:10]} {prefix or '.'}")


def _export_files(git: Path, commit: str, prefix: str, dest: Path) -> int:
    """The wanted files of ``commit`` read blob by blob; returns how many were absent."""
    listing = subprocess.run(["git", "-C", str(git), "ls-tree", "-r", "-z", "--name-only",
                              commit, *([prefix] if prefix else [])],
                             capture_output=True, check=True).stdout.decode()
    missing = 0
    for name in filter(None, listing.split("\0")):
        rel = name[len(prefix) + 1:] if prefix else name
        if not wanted(rel):
            continue
        blob = subprocess.run(["git", "-C", str(git), "cat-file", "blob", f"{commit}:{name}"],
                              capture_output=True, check=False)
        if blob.returncode:
            missing += 1
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob.stdout)
    return missing


def scan(folder: Path, judged: list[dict]) -> Project:
    project = Project(folder.name)
    files = read_project(folder)
    project.files = len(files)
    t = time.perf_counter()
    findings = validate(files)
    project.seconds = time.perf_counter() - t
    for f in findings:
        if f.check != security.CHECK:
            continue
        rule = security.rule_of(f)
        j = verdict(judged, folder.name, f.path, rule, f.line)
        project.alarms.append(Alarm(f.path, f.line, rule, f.message, j.get("verdict", "-"),
                                    j.get("why", "")))
    return project


def report(projects: list[Project], show: bool) -> None:
    print("| project | files | alarms | judged false | judged true | not judged | s |")
    print("|---|---|---|---|---|---|---|")
    for p in projects:
        print(f"| {p.name} | {p.files} | {len(p.alarms)} | {p.count('false')} | "
              f"{p.count('true')} | {p.count('-')} | {p.seconds:.2f} |")
    files = sum(p.files for p in projects)
    alarms = sum(len(p.alarms) for p in projects)
    false = sum(p.count("false") for p in projects)
    print(f"| **all {len(projects)}** | {files} | {alarms} | {false} | "
          f"{sum(p.count('true') for p in projects)} | "
          f"{sum(p.count('-') for p in projects)} | "
          f"{sum(p.seconds for p in projects):.1f} |")
    per100 = 100 / max(1, files)
    with_false = sum(p.count("false") > 0 for p in projects)
    print(f"\nalarms per 100 files {alarms * per100:.2f}; false alarms per 100 files "
          f"{false * per100:.2f}; projects with a false alarm {with_false}/{len(projects)} "
          f"({with_false / max(1, len(projects)):.1%}); projects with any alarm "
          f"{sum(bool(p.alarms) for p in projects)}/{len(projects)}")
    if show:
        for p in projects:
            for a in p.alarms:
                print(f"  [{a.verdict:>5}] {p.name}/{a.path}:{a.line} {a.message[:140]}")
                if a.why:
                    print(f"          {a.why}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", type=Path, help="folder with one sub-folder per project")
    ap.add_argument("--judged", type=Path, default=JUDGED, help="the judgements (TOML)")
    ap.add_argument("--show", action="store_true", help="list every alarm and its verdict")
    ap.add_argument("--only", help="only projects whose name contains this")
    ap.add_argument("--export", action="store_true",
                    help="write the TOML's projects into ROOT from local git snapshots")
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args()
    listed, judged = load_judged(args.judged)
    if args.export:
        export(args.root, listed, args.mirrors)
        return
    folders = sorted(p for p in args.root.iterdir() if p.is_dir() and (
        not args.only or args.only in p.name))
    report([scan(f, judged) for f in folders], args.show)


if __name__ == "__main__":
    main()
