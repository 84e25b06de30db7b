"""The cost shown before a run against what the run cost, on the walk's fake model: a web
to-do app whose code is about four times the registry's typical output, then a one-file
change to it (agents/estimate.py)."""

from __future__ import annotations

import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.core.models import Mode
from devora_desktop.progress import RunProgress
from tests.agents.conftest import APPROVE, block, plan

WEB = templates.all_files("todo", "web", "Task Garden")


@pytest.fixture(autouse=True)
def _whole_lines(fake_llm):
    """Sixteen tokens an SSE event: these runs write ~4x a typical app (73,000 events of one
    token took ~10 s a test, most of it parsing SSE); what is counted and billed is the
    same (usage counts every token), and nothing here watches the stream token by token."""
    fake_llm.tokens_per_event = 16
TODO = "a to-do app for my garden chores, with due dates"


def architect(request: dict) -> str:
    """The whole app for a new project; app.js alone for a change (the manifest is sent),
    named with no action, as models often do: its worker is sent the file's text anyway."""
    text = "\n".join(m["content"] if isinstance(m["content"], str) else ""
                     for m in request["body"]["messages"])
    paths = ["app.js"] if "Existing files:" in text else list(WEB)
    return plan(*((p, "frontend") for p in paths))


def worker(request: dict) -> dict:
    user = request["body"]["messages"][-1]["content"]
    todo = re.split(r"(?:Write these files now|these files now, complete):\n", user)[-1]
    asked = re.findall(r"^- \w+ (\S+):", todo, re.M)
    return {"text": "".join(block(p, WEB[p]) for p in asked)}


async def test_the_estimate_holds_once_the_model_has_built_an_app(engine, fake_llm) -> None:
    fake_llm.set("architect", architect)
    fake_llm.set("frontend", worker)
    fake_llm.set("reviewer", APPROVE)
    options = EngineOptions()  # sharded, as the window runs
    first = await engine(TODO, mode=Mode.WEB, options=options)
    started, finished = first[0], first[-1]
    assert finished.approved and finished.fix_rounds == 0
    # before this model has written anything its sizes are not known: the line says what
    # the figure is, and claims no ceiling the bill then passes
    assert started.estimate_typical
    line = RunProgress().fold(started)[0].text
    assert "for a typical app; fixes may add ~$" in line and "up to" not in line
    assert started.estimate_usd < finished.cost  # this model writes 4x the typical app

    second = await engine(TODO, mode=Mode.WEB, options=options)
    started, finished = second[0], second[-1]
    assert not started.estimate_typical and finished.fix_rounds == 0
    line = RunProgress().fold(started)[0].text
    assert "up to $" in line and "more if fixes are needed" in line
    # "~$X, up to $Y more" holds: the bill of a run with no fix round is within X + Y,
    # and not far from X
    assert finished.cost <= started.estimate_usd + started.estimate_fix_usd
    assert 0.6 * started.estimate_usd <= finished.cost <= 1.2 * started.estimate_usd
    new_app = started.estimate_usd

    change = await engine("add a button to mark every chore done at once", mode=Mode.WEB,
                          options=options, project_id=started.project_id)
    started, finished = change[0], change[-1]
    assert started.refinement and finished.files_written == 1 and finished.fix_rounds == 0
    # a one-file change is sized from the project it changes, below a new app of its kind
    assert started.estimate_usd < new_app
    assert finished.cost <= started.estimate_usd + started.estimate_fix_usd
    # ... from what it sends and gets back, as the fake counts them: the worker is sent
    # app.js and writes it whole (agents send complete files, not edits), the Reviewer
    # reads the project; the estimate holds and is not far above the bill (the registry's
    # plan and review sizes are a real model's; the fake's answers are shorter)
    used = {e.agent: e.usage for e in change if e.type == "agent_finished"}
    app_js = len(WEB["app.js"]) // 4
    assert used["frontend"].prompt_tokens > 0.9 * app_js
    assert used["frontend"].completion_tokens > 0.9 * app_js
    assert 0.75 * started.estimate_usd <= finished.cost <= started.estimate_usd
    assert 0.75 * started.estimate_tokens <= finished.usage.total_tokens \
        <= 1.1 * started.estimate_tokens
    # once the plan is known: what is left (the worker, sent app.js, and the Reviewer) holds
    [said] = [e.message for e in change if e.type == "agent_notice" and "to write" in e.message]
    usd = float(re.findall(r"\$(\d+\.\d+)", said)[0])
    assert used["frontend"].cost_usd + used["reviewer"].cost_usd <= usd, said


async def test_a_small_change_is_estimated_from_its_own_plan(engine, fake_llm) -> None:
    """Once a refinement's plan is known, the feed says what its files will cost: a one-line
    README change to the to-do app is priced as that file, not as the app."""
    fake_llm.set("architect", architect)
    fake_llm.set("frontend", worker)
    fake_llm.set("reviewer", APPROVE)
    first = await engine(TODO, mode=Mode.WEB)
    fake_llm.set("architect", plan(("README.md", "frontend")))
    change = await engine("say in the README that it keeps data in this browser",
                          mode=Mode.WEB, project_id=first[0].project_id)
    started, finished = change[0], change[-1]
    assert finished.files_written == 1 and finished.fix_rounds == 0
    said = [e.message for e in change if e.type == "agent_notice" and "to write" in e.message]
    assert len(said) == 1 and said[0].startswith("1 file to write: estimate ~$"), said
    usd, fix = (float(x) for x in re.findall(r"\$(\d+\.\d+)", said[0]))
    # the Architect's share was spent before: what is left is the writer's and the review's
    spent_before = sum(e.usage.cost_usd or 0 for e in change
                       if e.type == "agent_finished" and e.agent == "architect")
    assert finished.cost - spent_before <= usd + fix
    assert usd < started.estimate_usd / 2  # the README, not the largest file, is written


async def test_a_change_whose_estimate_passes_the_budget_says_so_before_writing(
        engine, fake_llm) -> None:
    """walk10 #5: a refinement said "estimate ~$0.009 from here" under a budget of $0.01 of
    which the Architect had spent some, ran on, and failed at the cap with nothing kept.
    Once the plan is priced, a run that will likely pass its budget says so, with what is
    spent and what is to go, before the workers spend it; one within its budget does not."""
    fake_llm.set("architect", architect)
    fake_llm.set("frontend", worker)
    fake_llm.set("reviewer", APPROVE)
    first = await engine(TODO, mode=Mode.WEB)
    fake_llm.set("architect", plan(("app.js", "frontend")))

    def warned(events) -> list[str]:
        return [e.message for e in events if e.type == "agent_notice" and e.level == "warning"
                and "budget" in e.message]

    roomy = await engine("add a button to mark every chore done at once", mode=Mode.WEB,
                         project_id=first[0].project_id, max_usd=10.0)
    assert warned(roomy) == []
    said = [e.message for e in roomy if e.type == "agent_notice" and "to write" in e.message]
    usd = float(re.findall(r"\$(\d+\.\d+)", said[0])[0])
    tight = await engine("add a button to mark every chore done at once", mode=Mode.WEB,
                         project_id=first[0].project_id, max_usd=usd / 2)
    [line] = warned(tight)
    assert line.startswith("This run will likely stop at its budget of $"), line
    assert "spent so far and ~$" in line and "raise the cap in Settings" in line, line
    # what is spent counts the Architect's call still streaming its plan, as the window's
    # header does: it said "$0.000 spent so far" beside a header of $0.0034 (walk12 #12 d)
    spent = re.search(r"\$(\d+\.\d+) spent so far", line)
    assert spent is not None and float(spent[1]) > 0 and len(spent[1].split(".")[1]) == 4, line
