"""Refinement context, compression, memory, estimates."""

from __future__ import annotations

import json

from devora_desktop.agents.compressor import TokenEstimator, extractive_summary
from devora_desktop.agents.memory import learn_preferences, similar_projects
from devora_desktop.core.models import Message, Mode
from tests.agents.conftest import APPROVE, block, of, plan


def _web(fake) -> None:
    fake.set("architect", plan(("index.html", "frontend")))
    fake.set("frontend", block("index.html", "<h1>Hi</h1>"))
    fake.set("reviewer", APPROVE)


def _refine(fake) -> None:
    fake.set("architect", plan(("index.html", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake.set("frontend", block("index.html", "<h1>Hi again</h1>"))


def _long_conversation(ctx, pid: str, turns: int = 30) -> None:
    conv = ctx.store.conversations.get(pid)
    for i in range(turns):
        conv.messages.append(Message(role="user", content=f"Turn {i}: please make the header "
                                     "bigger and also " + "really " * 40 + "blue."))
        conv.messages.append(Message(role="assistant", content=f"3 files · approved · run {i}"))
    ctx.store.conversations.save(conv)


async def test_long_conversation_is_compressed_to_fit(engine, fake_llm, ctx) -> None:
    _web(fake_llm)
    first = await engine(mode=Mode.WEB)
    pid = first[0].project_id
    _long_conversation(ctx, pid)
    _refine(fake_llm)
    fake_llm.set("compressor", "The user keeps asking for a bigger, blue header.")
    events = await engine("now make it green", mode=Mode.WEB, project_id=pid,
                          model_override="fake/small")
    assert events[-1].type == "run_finished", events[-1]
    assert fake_llm.calls["compressor"] == 1
    assert next(e.agent for e in of(events, "agent_started")) == "compressor"
    arch = fake_llm.requests_for("architect")[-1]["body"]["messages"]
    assert TokenEstimator().count_messages(arch) <= int(2048 * 0.85)
    assert "bigger, blue header" in arch[-1]["content"]
    conv = ctx.store.conversations.get(pid)
    assert conv.summary.startswith("The user keeps asking")
    assert conv.summarized_upto >= 56


async def test_compressor_failure_falls_back_to_extractive(engine, fake_llm, ctx) -> None:
    _web(fake_llm)
    pid = (await engine(mode=Mode.WEB))[0].project_id
    _long_conversation(ctx, pid)
    _refine(fake_llm)
    fake_llm.set("compressor", {"status": 500})
    events = await engine("now make it green", mode=Mode.WEB, project_id=pid,
                          model_override="fake/small")
    assert events[-1].type == "run_finished", events[-1]
    assert any("extractive" in e.message for e in of(events, "agent_notice"))
    arch = fake_llm.requests_for("architect")[-1]["body"]["messages"]
    assert TokenEstimator().count_messages(arch) <= int(2048 * 0.85)
    assert "user asked: Turn" in ctx.store.conversations.get(pid).summary


async def test_short_conversation_is_not_compressed(engine, fake_llm, ctx) -> None:
    _web(fake_llm)
    pid = (await engine(mode=Mode.WEB))[0].project_id
    _refine(fake_llm)
    await engine("tweak", mode=Mode.WEB, project_id=pid)
    assert "compressor" not in fake_llm.calls


async def test_preferences_reach_the_architect(engine, fake_llm, ctx) -> None:
    _web(fake_llm)
    await engine("a page. Always use semantic HTML5 elements. I prefer dark mode.",
                 mode=Mode.WEB, preferences=["Keep it under 3 files"])
    # after the team's shared prompt, in the Architect's own message
    system = fake_llm.requests_for("architect")[0]["body"]["messages"][-1]["content"]
    assert "- Keep it under 3 files" in system
    assert "- Always use semantic HTML5 elements" in system
    assert "- I prefer dark mode" in system
    assert ctx.store.settings.load().preferences == ["Always use semantic HTML5 elements",
                                                     "I prefer dark mode"]


async def test_similar_projects_offered_and_recorded(engine, fake_llm, ctx) -> None:
    garden = ctx.store.projects.create("Task Garden", summary="Tasks with due dates",
                                       prompt="a task tracker with due dates")
    ctx.store.projects.create("Bakery", summary="Landing page for a bakery")
    _web(fake_llm)
    events = await engine("a todo list with due dates and reminders", mode=Mode.WEB)
    system = fake_llm.requests_for("architect")[0]["body"]["messages"][-1]["content"]
    assert "Similar projects" in system and "Task Garden" in system and "Bakery" not in system
    record = ctx.store.runs.get(events[0].run_id)
    assert record.similar_projects == [garden.id]


async def test_estimate_before_the_run(engine, fake_llm) -> None:
    _web(fake_llm)
    events = await engine(mode=Mode.WEB)
    started = events[0]
    assert started.estimate_tokens and started.estimate_tokens > 1000
    assert started.estimate_usd is not None and started.estimate_usd > 0


def test_learn_preferences() -> None:
    assert learn_preferences("Build a blog. Always use TypeScript! never use jQuery; "
                             "From now on, write tests") == [
        "Always use TypeScript", "Never use jQuery", "From now on, write tests"]
    assert learn_preferences("a todo app with due dates") == []


def test_similarity_ignores_unrelated(ctx) -> None:
    a = ctx.store.projects.create("Crumb", summary="bakery landing page", prompt="bakery")
    assert similar_projects("a shop for bicycles", [a]) == []


def test_extractive_summary() -> None:
    text = extractive_summary([Message(role="user", content="Add login. Then more."),
                               Message(role="assistant", content="3 files · approved")])
    assert text == "- user asked: Add login.\n- result: 3 files · approved"


def test_estimator_calibrates() -> None:
    est = TokenEstimator()
    msgs = [{"role": "user", "content": "x" * 3000}]
    est.calibrate(msgs, 1000)  # 3 chars per token reported
    assert 3.0 < est.ratio < 4.0
    assert json.dumps(est.ratio)
