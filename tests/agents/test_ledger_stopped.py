"""What the last run sent (walk12 #20): a refinement stopped while the Frontend was writing
listed only the Architect's call, though the Frontend's had been sent the project's file and
streamed 23 lines. Every call that left the machine is in the ledger, a stopped one too."""

from __future__ import annotations

import asyncio

from devora_desktop.core.egress import ledger_lines
from devora_desktop.core.models import Mode, RunStatus
from tests.agents.conftest import APPROVE, block, plan
from tests.waiting import until

PAGE = "<h1>Rides</h1>\n" + "".join(f"<p>Ride {i}</p>\n" for i in range(200))


async def test_a_call_stopped_mid_stream_is_in_the_ledger(engine, fake_llm, ctx) -> None:
    fake_llm.set("quick", block("index.html", "<h1>Rides</h1>"))
    first = await engine(mode=Mode.QUICK)
    pid = first[0].project_id
    fake_llm.set("architect", plan(("index.html", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", {"text": block("index.html", PAGE), "latency": 0.01})
    fake_llm.set("reviewer", APPROVE)
    runs: list = []
    task = asyncio.create_task(engine("make the title red", mode=Mode.WEB, project_id=pid,
                                      collect_run=runs))
    await until(lambda: runs, "the run never started", step=0)
    run = runs[0]
    await until(lambda: "file_started" in [e["type"] for e in run.log],
                "the Frontend never started writing", step=0.005)
    run.cancel()
    await asyncio.wait_for(task, 10)
    record = ctx.store.runs.list(project_id=pid)[-1]
    assert record.status == RunStatus.CANCELLED
    assert [c["agent"] for c in record.egress] == ["architect", "frontend"]
    architect, frontend = record.egress
    assert "outcome" not in architect  # it answered, with the provider's own count
    assert frontend["outcome"] == "stopped" and frontend["estimated"] is True
    assert frontend["files"] == ["index.html"] and frontend["prompt_tokens"] > 0
    assert frontend["completion_tokens"] > 0  # what streamed before the stop
    lines = ledger_lines(record)
    said = next(line for line in lines if line.strip().startswith("frontend"))
    assert said.split(None, 1)[1].startswith("OpenRouter · fake/model: ~")
    assert said.endswith("1 file · stopped (tokens estimated)")
    assert lines[-1] == "  index.html"  # under "Files whose text was sent:"
    assert await asyncio.to_thread(fake_llm.wait_idle, 3.0)


def test_the_ledger_names_the_provider_as_settings_does() -> None:
    from types import SimpleNamespace

    run = SimpleNamespace(id="r1", prompt="make it red", status=RunStatus.FAILED, egress=[
        {"agent": "architect", "provider": "openai", "model": "fake/model",
         "prompt_tokens": 927, "completion_tokens": 58, "files": [], "redacted": 0},
        {"agent": "frontend", "provider": "openai", "model": "fake/model",
         "prompt_tokens": 1204, "completion_tokens": 0, "files": ["index.html"],
         "redacted": 0, "outcome": "failed", "estimated": True}])
    assert ledger_lines(run)[1:3] == [
        "  architect  OpenAI-compatible endpoint · fake/model: 927 tokens in, 58 out; 0 files",
        "  frontend   OpenAI-compatible endpoint · fake/model: ~1,204 tokens in, ~0 out; 1 file"
        " · failed (tokens estimated)"]


async def test_a_refused_call_is_in_the_ledger(engine, fake_llm, ctx) -> None:
    """A Frontend call refused with HTTP 401 had left the machine all the same (attack12)."""
    fake_llm.set("quick", block("index.html", "<h1>Rides</h1>"))
    pid = (await engine(mode=Mode.QUICK))[0].project_id
    fake_llm.set("architect", plan(("index.html", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", {"status": 401})
    events = await engine("make the title red", mode=Mode.WEB, project_id=pid)
    assert events[-1].type == "run_failed"
    record = ctx.store.runs.list(project_id=pid)[-1]
    frontend = [c for c in record.egress if c["agent"] == "frontend"]
    assert frontend and all(c["outcome"] == "failed" for c in frontend)
    assert frontend[0]["files"] == ["index.html"]


async def test_a_prompt_the_budget_refuses_is_neither_sent_nor_billed(engine, fake_llm,
                                                                      ctx) -> None:
    """walk13 #32: after a budget stop the run's header counted ~2,100 tokens while What the
    last run sent listed only the Architect's ~1,000: the Frontend's prompt, refused by the cap
    before it was sent, was billed all the same. The run's cost is what the ledger lists."""
    fake_llm.set("quick", block("index.html", "<h1>Rides</h1>"))
    pid = (await engine(mode=Mode.QUICK))[0].project_id
    fake_llm.set("architect", plan(("index.html", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", {"text": block("index.html", PAGE), "latency": 0.01})
    fake_llm.set("reviewer", APPROVE)
    events = await engine("make the title red", mode=Mode.WEB, project_id=pid, max_usd=0.0015)
    assert events[-1].type == "run_failed" and "budget of $0.0015" in events[-1].error
    assert fake_llm.calls.get("frontend", 0) == 0  # refused before it left
    record = ctx.store.runs.list(project_id=pid)[-1]
    assert [c["agent"] for c in record.egress] == ["architect"]
    sent = sum(c["prompt_tokens"] + c["completion_tokens"] for c in record.egress)
    assert record.usage.total_tokens == events[-1].usage.total_tokens == sent
