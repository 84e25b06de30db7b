"""Check events and the consent settings: the names other front ends bind to."""

from __future__ import annotations

import json

from devora_desktop.agents.events import (
    CheckFinished,
    CheckOutput,
    CheckStarted,
    Finding,
    load_event,
)
from devora_desktop.core.models import Project, Settings


def test_check_events_round_trip_through_the_saved_log() -> None:
    finding = Finding(path="app/page.tsx", line=3, column=14, check="npm-build", tool="npm",
                      message="Type 'number' is not assignable to type 'string'.")
    events = [
        CheckStarted(check="npm-build", tool="npm", command="npm run build", round=1),
        CheckOutput(check="npm-build", lines=["Failed to compile."]),
        CheckFinished(check="npm-build", tool="npm", status="failed", exit_code=1,
                      seconds=12.5, findings=[finding], round=1),
        CheckFinished(check="web-load", tool="chromium", status="skipped",
                      skipped_reason="no browser: install Chromium to load pages"),
    ]
    for ev in events:
        back = load_event(json.loads(ev.model_dump_json()))
        assert back == ev and type(back) is type(ev)
    assert load_event(json.loads(events[2].model_dump_json())).findings[0].location() \
        == "app/page.tsx:3:14"


def test_a_finding_without_a_line_is_just_its_path() -> None:
    assert Finding(path="index.html", check="web-load", message="x").location() == "index.html"


def test_checks_ask_by_default_and_the_project_remembers_its_answer(ctx) -> None:
    assert Settings().run_checks == "ask"
    settings = ctx.store.settings.load()
    settings.run_checks = "always"
    ctx.store.settings.save(settings)
    assert ctx.store.settings.load().run_checks == "always"
    project = ctx.store.projects.create("Consent", prompt="x")
    assert project.checks_allowed is None
    project.checks_allowed = True
    ctx.store.projects.save(project)
    assert ctx.store.projects.get(project.id).checks_allowed is True
    assert Project.model_validate({"name": "old record"}).checks_allowed is None
