"""The five template kinds, web and full-stack, measured: a corpus of prompts
(bench/quality_kinds.toml) run through the real engine, each result checked, and a table of
pass rates per check and per kind. (bench/quality.py measures the everyday corpus.)

Checks — web: `loads` (headless Chromium, 0 console errors, the script ran); full-stack:
`builds` (`next build`, when npm is present; one npm install shared by every build), `rls`
(every table has row-level security and policies), `auth` (every mutating route resolves the
user; public forms insert-only), `secrets` (no secret or service-role key in browser code, no
NEXT_PUBLIC_ secret, none in the built client bundle); both: `validators` (the run's own
validator report has no error), `subject` (the expected words are in the project), `features`
(each expected feature is present), `honest` (what the templates can't do is in the summary).

Offline (the default) the goal is 100% everywhere. With --provider/--base-url the same corpus
runs through a real model: the table then grades the model and the prompts.

Run: .venv/bin/python bench/quality_kinds.py [--provider offline|openai|openrouter|ollama]
     [--base-url URL] [--model M] [--kind todo] [--mode web] [--no-build] [--limit N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring

from devora_desktop.agents import security
from devora_desktop.agents.offline import OfflineProvider
from devora_desktop.agents.orchestrator import Orchestrator, RunRequest
from devora_desktop.core.context import AppContext
from devora_desktop.core.models import Mode
from devora_desktop.core.preview import PreviewServer
from tests.keyrings import MemoryKeyring

CORPUS = Path(__file__).with_name("quality_kinds.toml")
KINDS = ("todo", "blog", "dashboard", "store", "landing")
CHECKS = ("validators", "subject", "features", "honest", "loads", "builds", "rls", "auth",
          "secrets")
# Evidence of a feature in the generated text (case-insensitive).
FEATURE_MARKERS = {
    "due_dates": r"due_date|name=\"due\"", "priorities": r"priority", "tags": r"\btags\b",
    "categories": r"categor", "search": r"type[=:] ?\"search\"", "filters": r"filter",
    "ratings": r"rating", "prices": r"price", "comments": r"comment",
    "dark_mode": r"theme-toggle|ThemeToggle", "charts": r"<canvas|<svg", "kpis": r"kpi",
    "markdown": r"markdown", "cart": r"\bcart\b", "checkout": r"checkout",
    "orders": r"create table if not exists public\.orders", "waitlist": r"waitlist",
    "faq": r"faq", "auth": r"signInWithPassword", "slugs": r"\bslug\b",
}


def load_corpus() -> list[dict]:
    return tomllib.loads(CORPUS.read_text())["prompt"]


def make_provider(args):
    if args.provider == "offline":
        return OfflineProvider(), "templates"
    from devora_desktop.core.llm.client import OpenAICompatProvider

    if not args.base_url:
        raise SystemExit("--base-url is needed with a model provider")
    return OpenAICompatProvider(name=args.provider, label=args.provider,
                                base_url=args.base_url,
                                api_key=os.environ.get("DEVORA_API_KEY")), args.model


async def generate(ctx: AppContext, provider, model: str, item: dict) -> dict:
    """One run through the real engine; the project's files and what the run said."""
    mode = Mode.FULLSTACK if item["mode"] == "fullstack" else Mode.WEB
    req = RunRequest(prompt=item["text"], provider=provider, model=model, mode=mode,
                     provider_name="offline" if isinstance(provider, OfflineProvider)
                     else "bench")
    started = time.perf_counter()
    events = [e async for e in Orchestrator(ctx.store).run(req)]
    seconds = time.perf_counter() - started
    project = ctx.store.projects.get(events[0].project_id)
    ws = ctx.store.workspace(project.id)
    files = {p: ws.read_text(p) for p in ws.list_files()}
    reports = [e for e in events if e.type == "validation_report"]
    said = " ".join([project.summary or ""] + [getattr(e, "summary", "") or "" for e in events
                                               if e.type == "review_verdict"])
    return {"files": files, "root": ws.root, "summary": said, "seconds": seconds,
            "finished": events[-1].type == "run_finished",
            "findings": reports[-1].findings if reports else [],
            "name": project.name}


def static_checks(item: dict, out: dict) -> dict[str, bool]:
    files = out["files"]
    text = "\n".join(files.values())
    low = text.lower()
    result = {
        "validators": out["finished"] and not [f for f in out["findings"]
                                               if f.severity == "error"],
        "subject": all(w.lower() in low for w in item.get("words", [])),
        "features": all(re.search(FEATURE_MARKERS[f], text, re.I)
                        for f in item.get("features", [])),
        "honest": all(w.lower() in out["summary"].lower() for w in item.get("says", [])),
    }
    if item["mode"] == "fullstack":
        found = security.check(files, files)
        sql = "\n".join(t for p, t in files.items() if p.endswith(".sql"))
        tables = re.findall(r"create table (?:if not exists )?(?:public\.)?(\w+)", sql, re.I)
        result["rls"] = bool(tables) and not [f for f in found if f.message.startswith("rls")]
        routes = [p for p in files if security.is_route(p)]
        result["auth"] = bool(routes) and not [
            f for f in found if f.message.startswith(("route-auth", "service-role-reachable"))]
        result["secrets"] = not [f for f in found if f.message.startswith(
            ("secret-in-client", "next-public-secret"))]
    return result


def load_check(browser, root: Path) -> bool:
    server = PreviewServer(root)
    try:
        page = browser.page()
        page.open(server.url + "index.html")
        dom = page.html()
        # the script ran: it filled at least one element it owns
        return not page.errors and bool(re.search(
            r'class="card (?:task|post|kpi|product)|id="year">\d', dom))
    finally:
        server.stop()


def table(rows: list[tuple[dict, dict[str, bool]]]) -> str:
    cols = [*KINDS, "web", "fullstack", "all"]
    lines = [f"{'check':<11}" + "".join(f"{c:>12}" for c in cols)]
    for check in CHECKS:
        cells = []
        for col in cols:
            got = [r[check] for item, r in rows if check in r and (
                col == "all" or item["kind"] == col or item["mode"] == col)]
            cells.append(f"{sum(got)}/{len(got)} {100 * sum(got) // len(got):>3}%" if got
                         else "-")
        lines.append(f"{check:<11}" + "".join(f"{c:>12}" for c in cells))
    every = [all(r.values()) for _, r in rows]
    lines.append(f"{'prompt ok':<11}" + f"{sum(every)}/{len(every)} "
                 f"({100 * sum(every) // max(1, len(every))}%)".rjust(12))
    return "\n".join(lines)


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--provider", default="offline")
    ap.add_argument("--base-url")
    ap.add_argument("--model", default="")
    ap.add_argument("--kind", choices=KINDS)
    ap.add_argument("--mode", choices=("web", "fullstack"))
    ap.add_argument("--no-build", action="store_true", help="skip next build (fast)")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    corpus = [c for c in load_corpus() if (not args.kind or c["kind"] == args.kind)
              and (not args.mode or c["mode"] == args.mode)][:args.limit]
    keyring.set_keyring(MemoryKeyring())
    provider, model = make_provider(args)
    rows: list[tuple[dict, dict[str, bool]]] = []
    timings: dict[str, list[float]] = defaultdict(list)
    browser = project = None
    try:
        from tests.agents.chromium import CHROMIUM, Browser
        from tests.agents.nextapp import NPM, NextProject

        browser = Browser() if CHROMIUM else None
        project = NextProject(Path(tempfile.gettempdir()) / "devora-quality-app") \
            if NPM and not args.no_build else None
        with tempfile.TemporaryDirectory() as home, AppContext.open(Path(home)) as ctx:
            for item in corpus:
                out = await generate(ctx, provider, model, item)
                timings["generate"].append(out["seconds"])
                result = static_checks(item, out)
                if item["mode"] == "web" and browser is not None:
                    result["loads"] = load_check(browser, out["root"])
                if item["mode"] == "fullstack" and project is not None:
                    project.write(out["files"])
                    spent = project.install()
                    if spent:
                        timings["npm install"].append(spent)
                    ok, seconds, log = project.build()
                    timings["next build"].append(seconds)
                    bundle = project.client_bundle().lower() if ok else ""
                    result["builds"] = ok
                    result["secrets"] = result["secrets"] and "service_role" not in bundle
                    if not ok:
                        print(f"  build failed: {item['text']}\n{log[-1500:]}", file=sys.stderr)
                rows.append((item, result))
                bad = [k for k, v in result.items() if not v]
                print(f"{'ok  ' if not bad else 'FAIL'} {item['mode']:<9} {item['kind']:<9} "
                      f"{out['name'][:32]:<32} {item['text'][:50]}"
                      + (f"  <- {', '.join(bad)}" if bad else ""))
    finally:
        if browser is not None:
            browser.close()
        if hasattr(provider, "aclose"):
            await provider.aclose()
    print()
    print(table(rows))
    print()
    for what, values in timings.items():
        print(f"{what:<12} n={len(values):<3} total {sum(values):6.1f} s   mean "
              f"{sum(values) / len(values):5.1f} s   max {max(values):5.1f} s")
    if browser is None:
        print("loads: skipped (no Chromium: apt-get install -y chromium)")
    if project is None:
        print("builds: skipped (" + ("--no-build" if args.no_build else "npm not found") + ")")
    return 0 if all(all(r.values()) for _, r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
