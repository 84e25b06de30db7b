"""A full-stack run against the fake model server with fixed per-agent latencies.

The code agents stream in parallel, so the run should take the critical path
(architect 1.0 + max(frontend 2.5, backend 2.0, database 1.5) + reviewer 0.8 = 5.3 s), not the
sequential sum (7.8 s). Target: wall / critical path <= 1.03.
Also: tokens sent by a one-file refinement of a 50-file project against resending every file.
Also the checks' own time (excluded from the ratio), per kind, on the offline templates:
web-load (headless page), python-compile, and with --npm npm install + npm run build.
Run: .venv/bin/python bench/orchestrator.py [--npm]
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring

from devora_desktop.agents.orchestrator import EngineOptions, Orchestrator, RunRequest
from devora_desktop.core.context import AppContext
from devora_desktop.core.llm.base import estimate_tokens
from devora_desktop.core.llm.client import OpenAICompatProvider
from devora_desktop.core.models import Mode
from tests.fakes.llm_server import FakeLLM, tokenize
from tests.keyrings import MemoryKeyring

LATENCY = {"architect": 1.0, "frontend": 2.5, "backend": 2.0, "database": 1.5, "reviewer": 0.8}


def reply(agent: str, text: str) -> dict:
    n = len(tokenize(text))
    return {"text": text, "latency": LATENCY[agent] / n}


def block(path: str, body: str) -> str:
    return f'<file path="{path}">\n{body}\n</file>\n'


async def timed_run() -> dict:
    plan = "```json\n" + json.dumps({"name": "Bench", "summary": "bench", "files": [
        {"path": "app/page.tsx", "owner": "frontend"},
        {"path": "app/api/tasks/route.ts", "owner": "backend"},
        {"path": "supabase/migrations/001.sql", "owner": "database"}]}) + "\n```"
    body = "export const x = 1;\n" * 40
    script = {
        "architect": reply("architect", plan),
        "frontend": reply("frontend", block("app/page.tsx", body)),
        "backend": reply("backend", block("app/api/tasks/route.ts", body)),
        "database": reply("database", block("supabase/migrations/001.sql",
                                            "create table t (id int);\n" * 40)),
        "reviewer": reply("reviewer", json.dumps({"status": "APPROVE", "summary": "ok",
                                                  "issues": []})),
    }
    with tempfile.TemporaryDirectory() as home, FakeLLM(script) as fake, \
            AppContext.open(Path(home)) as ctx:
        async with OpenAICompatProvider(name="bench", base_url=fake.url) as p:
            req = RunRequest(prompt="bench", provider=p, model="fake/model",
                             mode=Mode.FULLSTACK, provider_name="bench")
            start = time.perf_counter()
            events = [e async for e in Orchestrator(ctx.store, EngineOptions()).run(req)]
            wall = time.perf_counter() - start
        by_agent = {}
        for e in events:
            if e.type == "agent_finished":
                by_agent[e.agent] = e.usage.total_tokens
        assert events[-1].type == "run_finished", events[-1]
    return {"wall": wall, "tokens": by_agent}


async def refinement_tokens() -> tuple[int, int]:
    """Prompt tokens for a one-file change in a 50-file project vs resending every file."""
    with tempfile.TemporaryDirectory() as home, FakeLLM() as fake, \
            AppContext.open(Path(home)) as ctx:
        files = {f"components/c{i:02}.tsx": f"export const C{i} = () => <div>{i}</div>;\n" * 30
                 for i in range(50)}
        files["app/page.tsx"] = "export default function Page() { return <main/>; }\n"
        fake.set("quick", "".join(block(p, t.rstrip("\n")) for p, t in files.items()))
        async with OpenAICompatProvider(name="bench", base_url=fake.url) as p:
            req = RunRequest(prompt="make it", provider=p, model="fake/model", mode=Mode.QUICK,
                             provider_name="bench")
            events = [e async for e in Orchestrator(ctx.store).run(req)]
            pid = events[0].project_id
            fake.requests.clear()
            fake.set("architect", "```json\n" + json.dumps({"name": "B", "summary": "s",
                     "files": [{"path": "app/page.tsx", "owner": "frontend",
                                "action": "modify"}]}) + "\n```")
            fake.set("frontend", block("app/page.tsx", "export default function Page() "
                                       "{ return <main>v2</main>; }"))
            fake.set("reviewer", json.dumps({"status": "APPROVE", "summary": "", "issues": []}))
            req = RunRequest(prompt="change the page", provider=p, model="fake/model",
                             mode=Mode.WEB, provider_name="bench", project_id=pid)
            events = [e async for e in Orchestrator(ctx.store).run(req)]
            assert events[-1].type == "run_finished", events[-1]
        sent = sum(estimate_tokens(m["content"]) for r in fake.requests
                   if r["agent"] != "reviewer" for m in r["body"]["messages"])
        everything = sum(estimate_tokens(t) for t in files.values())
    return sent, everything


async def checks_times(with_npm: bool) -> list[tuple[str, str, str, float]]:
    """(check, tool, status, seconds) of each check kind on a fresh template project."""
    from devora_desktop.agents import templates
    from devora_desktop.core.checks import CheckOptions, run_checks

    projects = {"web": templates.all_files("todo", "web", "Bench"),
                "web-chromium": templates.all_files("todo", "web", "Bench"),
                "python": {f"pkg/m{i}.py": f"def f{i}(x):\n    return x * {i}\n"
                           for i in range(50)}}
    if with_npm:
        projects["fullstack"] = templates.all_files("todo", "fullstack", "Bench")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, files in projects.items():
            root = Path(tmp) / kind
            for rel, text in files.items():
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                (root / rel).write_text(text)
            options = CheckOptions(cache_dir=Path(tmp) / "cache", python=sys.executable,
                                   web_engine="chromium" if kind == "web-chromium" else "auto")
            for r in await run_checks(root, options=options):
                rows.append((r.check, r.tool, r.skipped_reason or r.status, r.seconds))
    return rows


async def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    critical = LATENCY["architect"] + max(LATENCY["frontend"], LATENCY["backend"],
                                          LATENCY["database"]) + LATENCY["reviewer"]
    sequential = sum(LATENCY.values())
    result = await timed_run()
    ratio = result["wall"] / critical
    print("| metric | value | target |")
    print("|---|---|---|")
    print(f"| run wall time | {result['wall']:.2f} s | |")
    print(f"| critical path | {critical:.2f} s | |")
    print(f"| wall / critical path | {ratio:.3f} | <= 1.03 {'ok' if ratio <= 1.03 else 'MISS'} |")
    print(f"| sequential sum | {sequential:.2f} s | |")
    for agent, tokens in result["tokens"].items():
        print(f"| tokens, {agent} | {tokens:,} | |")
    sent, everything = await refinement_tokens()
    share = sent / everything
    print(f"| one-file refinement of 50 files: tokens sent (architect+frontend) | {sent:,} | |")
    print(f"| tokens to resend every file | {everything:,} | |")
    print(f"| refinement / resend-all | {share:.3f} | <= 0.2 {'ok' if share <= 0.2 else 'MISS'} |")
    for check, tool, status, seconds in await checks_times("--npm" in sys.argv):
        print(f"| check {check} ({tool}, {status}) | {seconds:.2f} s | not in the ratio |")


if __name__ == "__main__":
    asyncio.run(main())
