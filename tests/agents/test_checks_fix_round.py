"""Verified runs: what the checks find goes to the owning agent in a fix round, and
a project is approved only when its checks pass. The model is the loopback fake; the checks
are real (Chromium, npm)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.checking import ProjectChecks
from devora_desktop.agents.events import CheckFinished, RunFinished, VersionCommitted
from devora_desktop.core.checks import CheckOptions, run_checks
from devora_desktop.core.models import Mode
from tests.agents.conftest import APPROVE, FAST, block, plan
from tests.core.checks.conftest import needs_chromium
from tests.core.checks.test_node_check import link_modules, next_modules  # noqa: F401
from tests.waiting import until

PAGE = ('<!doctype html>\n<html><head><title>Counter</title></head>\n'
        '<body><h1 id="n">0</h1><button id="add">+1</button>\n'
        '<script src="app.js"></script></body></html>\n')
BROKEN_JS = ("const n = document.getElementById('n');\n"
             "document.getElementById('add').onclick = () => render(n);\n"
             "render(n);\n")
FIXED_JS = ("const n = document.getElementById('n');\n"
            "function render(el) { el.textContent = String(Number(el.textContent) + 1); }\n"
            "document.getElementById('add').onclick = () => render(n);\n")


def _checks(ctx) -> ProjectChecks:
    return ProjectChecks(ctx.store, choice=True, options=CheckOptions(cache_dir=ctx.paths.cache))


def _check_results(events, check: str) -> list[CheckFinished]:
    return [e for e in events if isinstance(e, CheckFinished) and e.check == check]


@needs_chromium
async def test_a_runtime_js_error_is_found_fixed_and_the_page_loads_clean(
        engine, fake_llm, ctx) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend"),
                                   name="Counter"))
    fake_llm.set("frontend", [block("index.html", PAGE) + block("app.js", BROKEN_JS),
                              block("app.js", FIXED_JS)])
    fake_llm.set("reviewer", APPROVE)
    events = await engine("a counter page", mode=Mode.WEB, checks=_checks(ctx))

    first, second = _check_results(events, "web-load")
    assert first.status == "failed" and first.round == 0
    [finding] = first.findings
    assert (finding.path, finding.line) == ("app.js", 3)
    assert "render is not defined" in finding.message
    fix_request = fake_llm.requests_for("frontend")[1]["body"]["messages"]
    assert "render is not defined" in fix_request[-1]["content"]
    assert second.status == "passed" and second.round == 1 and second.findings == []
    done = events[-1]
    assert isinstance(done, RunFinished) and done.approved
    root = ctx.store.paths.project(next(e for e in events if hasattr(e, "project_id")).project_id)
    assert (root / "app.js").read_text().strip() == FIXED_JS.strip()
    [again] = await run_checks(root)  # the committed page, loaded once more: 0 errors
    assert again.status == "passed" and again.findings == []


@needs_chromium
async def test_checks_that_still_fail_end_not_approved_and_the_version_is_kept(
        engine, fake_llm, ctx) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", [block("index.html", PAGE) + block("app.js", BROKEN_JS),
                              block("app.js", BROKEN_JS.replace("render", "draw")),
                              block("app.js", BROKEN_JS.replace("render", "paint"))])
    fake_llm.set("reviewer", APPROVE)
    events = await engine("a counter page", mode=Mode.WEB, checks=_checks(ctx))
    rounds = _check_results(events, "web-load")
    assert [r.status for r in rounds] == ["failed"] * 3  # first pass + the 2-round budget
    assert fake_llm.calls["frontend"] == 3
    done = events[-1]
    assert isinstance(done, RunFinished) and not done.approved
    assert any(isinstance(e, VersionCommitted) for e in events)
    [record] = ctx.store.runs.list()
    assert record.status == "not_approved"
    [(path, line, message)] = [(f["path"], f["line"], f["message"]) for f in record.validation]
    assert (path, line) == ("app.js", 3) and "paint is not defined" in message


@pytest.mark.slow
@pytest.mark.timeout(900)  # a cold npm install plus two builds on a busy machine
@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
async def test_a_nextjs_type_error_is_found_fixed_and_the_build_passes(
        engine, fake_llm, ctx, next_modules: Path) -> None:  # noqa: F811
    owners = templates.files_by_owner("todo", "fullstack", "Typed Tasks")
    page = owners["frontend"]["app/page.tsx"]
    broken = 'const count: number = "three";\n' + page  # line 1, whatever the template
    fake_llm.set("architect", plan(*[(p, o) for o, files in owners.items() for p in files],
                                   name="Typed Tasks"))
    first = {**owners["frontend"], "app/page.tsx": broken}
    fake_llm.set("frontend", ["".join(block(p, t) for p, t in first.items()),
                              block("app/page.tsx", page)])
    for agent in ("backend", "database"):
        fake_llm.set(agent, "".join(block(p, t) for p, t in owners[agent].items()))
    fake_llm.set("reviewer", APPROVE)
    project = ctx.store.projects.create("Typed Tasks", prompt="tasks", mode=Mode.FULLSTACK)
    link_modules(next_modules, ctx.store.paths.project(project.id))  # node_modules is cached

    # one scripted reply per agent: no sharding of an agent's files over workers
    events = await engine("a task app", mode=Mode.FULLSTACK, checks=_checks(ctx),
                          project_id=project.id,
                          options=dataclasses.replace(FAST, shard_tokens=None))
    builds = _check_results(events, "npm-build")
    assert [b.status for b in builds] == ["failed", "passed"], builds
    [finding] = builds[0].findings
    assert (finding.path, finding.line) == ("app/page.tsx", 1)
    assert "not assignable to type 'number'" in finding.message
    assert "not assignable" in fake_llm.requests_for("frontend")[1]["body"]["messages"][-1][
        "content"]
    assert builds[1].exit_code == 0 and isinstance(events[-1], RunFinished)
    assert events[-1].approved
    assert fake_llm.calls["backend"] == 1 and fake_llm.calls["database"] == 1


def _webcheck_pids() -> set[int]:
    """Processes running the page loader (Linux /proc; empty elsewhere)."""
    out = set()
    for entry in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"devora_desktop.webcheck" in entry.read_bytes():
                out.add(int(entry.parent.name))
        except OSError:
            continue
    return out


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
async def test_stopping_a_run_during_a_check_kills_the_check(engine, fake_llm, ctx) -> None:
    import asyncio
    import time

    from devora_desktop.agents.events import CheckStarted, RunCancelled
    from tests.core.test_project_runner import gone

    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", block("index.html", PAGE) + block("app.js", "while (true) {}"))
    fake_llm.set("reviewer", APPROVE)
    before = _webcheck_pids()
    runs: list = []
    task = asyncio.create_task(engine("a page", mode=Mode.WEB, checks=_checks(ctx),
                                      collect_run=runs))
    await until(lambda: runs and any(isinstance(e, CheckStarted)
                                     for e in runs[0].journal.events),
                "the run never started a check", 60, 0.05)
    await until(lambda: _webcheck_pids() - before, "no page loader started", 30, 0.05)
    loaders = _webcheck_pids() - before
    stopped = time.monotonic()
    runs[0].cancel()
    events = await asyncio.wait_for(task, 20)
    assert isinstance(events[-1], RunCancelled) and time.monotonic() - stopped < 10
    for pid in loaders:
        assert await gone(pid)
