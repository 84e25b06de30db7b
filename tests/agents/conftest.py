from __future__ import annotations

import json
import os

import pytest

from devora_desktop.agents.orchestrator import EngineOptions, Orchestrator, RunRequest
from devora_desktop.core.llm.catalogue import Catalogue
from devora_desktop.core.llm.client import OpenAICompatProvider, RetryPolicy, Timeouts
from devora_desktop.core.models import Mode


def plan(*files: tuple[str, str], name: str = "Task Garden") -> str:
    return "Here is the plan.\n```json\n" + json.dumps({
        "name": name, "summary": "Tasks with due dates", "template": "custom",
        "files": [{"path": p, "owner": o, "purpose": "x"} for p, o in files]}) + "\n```"


def held_plan(hold, *files: tuple[str, str], name: str = "Task Garden") -> dict:
    """The Architect's reply, held *before* its plan until ``hold`` (a threading.Event) is
    set: no worker starts meanwhile, so only the test (Stop, a close) or the hold's end moves
    the run on. Held after a whole plan, the plan has started its workers already (they start
    as it streams: build_step), and a worker with no script answers empty twice and fails the
    run while the test waits for something else (stop13: a Stop read "failed", not
    "cancelled", on a loaded machine). Hold after the plan only with every worker scripted."""
    return {"text": "HOLD " + plan(*files, name=name), "hold_at": "HOLD", "hold": hold}


def block(path: str, body: str) -> str:
    return f'<file path="{path}">\n{body}\n</file>\n'


APPROVE = json.dumps({"status": "APPROVE", "summary": "Looks good", "issues": []})


def iterate(problem: str, path: str = "app/page.tsx", agent: str = "frontend") -> str:
    return json.dumps({"status": "ITERATE", "summary": "fix it", "issues": [
        {"path": path, "agent": agent, "problem": problem, "fix": "do it"}]})


# One worker per agent: these tests script each agent's replies in order (sharding has its
# own tests in test_build_step.py).
FAST = EngineOptions(shard_tokens=None)


@pytest.fixture
def engine(ctx, fake_llm):
    """Run a request through the real client against the fake server; returns the events."""
    providers = []

    async def run(prompt: str = "a task app", mode: Mode = Mode.FULLSTACK,
                  options: EngineOptions = FAST, collect_run=None,
                  model_override: str | None = None, entitlements=None, before_reading=None,
                  **kw) -> list:
        provider = OpenAICompatProvider(
            name="openrouter", label="OpenRouter", base_url=fake_llm.url, api_key="sk-test-123456",
            retry=RetryPolicy(attempts=3, initial=0.01, max_wait=0.05, jitter=0),
            timeouts=Timeouts(connect=2, first_byte=5, idle=2),
            catalogue=Catalogue(ctx.paths.cache, fake_llm.url))
        await provider.refresh_catalogue()
        providers.append(provider)
        run_ = Orchestrator(ctx.store, options, entitlements).start(
            RunRequest(prompt=prompt, provider=provider, model=model_override or "fake/model",
                       mode=mode,
                       provider_name="openrouter", **kw))
        if collect_run is not None:
            collect_run.append(run_)
        if before_reading is not None:  # what the caller does before the first read
            before_reading(run_)
        events = [ev async for ev in run_]
        await provider.aclose()
        return events

    yield run


def types(events) -> list[str]:
    return [e.type for e in events]


def of(events, kind: str) -> list:
    return [e for e in events if e.type == kind]


@pytest.fixture(scope="session")
def next_apps():
    """The Next.js apps, each built once for every worker of the run and later runs
    (tests/agents/nextapp.py); a failed build is tried again only by another run."""
    from tests.agents.nextapp import NextApps

    return NextApps(run=os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid()))


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session's browser checks (tests/agents/chromium.py
    ``shared``): each page is a fresh tab in a context of its own, so sharing costs no
    isolation."""
    from tests.agents.chromium import shared

    return shared()


@pytest.fixture(scope="session")
def cluster():
    """A throwaway PostgreSQL cluster for the session's template SQL checks: its base URL
    (tests.server.services.create_database makes a database on it)."""
    from tests.server.services import Unavailable, postgres

    try:
        with postgres() as base:
            yield base
    except Unavailable as exc:
        pytest.skip(str(exc))
