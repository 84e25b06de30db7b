"""Today's spend counts every run billed today, also one whose record went with its project."""

from __future__ import annotations

from datetime import date

from devora_desktop.core.context import AppContext
from devora_desktop.core.models import Mode, RunRecord, RunStatus, Usage


def test_a_deleted_projects_runs_stay_in_todays_spend(ctx: AppContext) -> None:
    burner = ctx.store.projects.create("Burner")
    kept = ctx.store.projects.create("Kept")
    failed = RunRecord(project_id=burner.id, prompt="x", mode=Mode.WEB, provider="openrouter",
                       model="m")
    ctx.store.runs.save(failed)  # opened: nothing spent yet
    failed.usage = Usage(prompt_tokens=50_000, completion_tokens=9_700, cost_usd=0.0695)
    failed.status = RunStatus.FAILED
    ctx.store.runs.save(failed)  # closed with its bill (saved twice: counted once)
    ctx.store.runs.save(RunRecord(project_id=kept.id, prompt="y", mode=Mode.WEB,
                                  provider="openrouter", model="m",
                                  usage=Usage(prompt_tokens=60_000, completion_tokens=10_266,
                                              cost_usd=0.0801)))
    tokens, cost = ctx.store.runs.spent_on(date.today())
    assert (tokens, round(cost, 4)) == (129_966, 0.1496)
    ctx.store.projects.delete(burner.id)  # a new project whose first run failed is removed
    assert [r.project_id for r in ctx.store.runs.list()] == [kept.id]
    tokens, cost = ctx.store.runs.spent_on(date.today())
    assert (tokens, round(cost, 4)) == (129_966, 0.1496)
