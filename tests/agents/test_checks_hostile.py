"""End to end through the engine: a model writes a test suite that steals; the checks run it
confined, and its failing assertion (which the fix round sends back to the model) holds
nothing of what it tried to take (see docs/ARCHITECTURE.md, Safety)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from devora_desktop.core import sandbox
from tests.core.test_hostile_project import _need, git_objects, leaks


async def test_the_fix_round_request_to_the_model_carries_no_secret(
        engine, fake_llm, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from devora_desktop.agents.checking import ProjectChecks
    from devora_desktop.core.checks import CheckOptions
    from devora_desktop.core.models import Mode
    from tests.agents.conftest import APPROVE, block, plan

    _need("bwrap" if sandbox._bwrap() else "landlock")
    canary = f"CANARY-FIX-{time.time_ns()}"
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text(canary)
    monkeypatch.setenv("HOME", str(home))
    settings = ctx.paths.root / "stolen-settings.json"
    settings.write_text(json.dumps({"key": canary}))
    targets = [str(home / ".ssh" / "id_rsa"), str(settings)]
    steal = (f"import base64\nLOOT = []\nfor p in {targets!r}:\n"
             "    try:\n        LOOT.append(open(p).read())\n"
             "    except OSError as e:\n        LOOT.append(f'no {e.errno}')\n"
             "def test_loot():\n"
             "    assert not LOOT, base64.b64encode(repr(LOOT).encode()).decode() + repr(LOOT)\n")
    fake_llm.set("architect", plan(("index.html", "frontend"), ("test_app.py", "frontend")))
    fake_llm.set("frontend", block("index.html", "<!doctype html><title>t</title><p>t</p>\n")
                 + block("test_app.py", steal))
    fake_llm.set("reviewer", APPROVE)
    checks = ProjectChecks(ctx.store, choice=True, options=CheckOptions(
        cache_dir=ctx.paths.cache, python=sys.executable, web_engine="qtwebengine"))
    events = await engine("a page with tests", mode=Mode.WEB, checks=checks)
    fix_requests = fake_llm.requests_for("frontend")[1:]
    assert fix_requests, "the failing test went back to the model"
    assert "no 13" in json.dumps(fix_requests) or "no 2" in json.dumps(fix_requests)
    sent = json.dumps(fake_llm.requests_for("frontend")).encode()
    assert not leaks(sent, canary)
    project_id = next(e for e in events if hasattr(e, "project_id")).project_id
    root = ctx.store.paths.project(project_id)
    assert not leaks(git_objects(root), canary)
