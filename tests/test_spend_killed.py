"""A run killed outright (``kill -9``: no rollback, no closing write) still counts in today's
spend: each model call's usage is written as it arrives, not only when the run closes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from tests.agents.conftest import APPROVE, block, plan
from tests.fakes.llm_server import tokenize
from tests.waiting import SUBPROCESS_HEAVY


def _noted(home: Path) -> bool:
    """A run's spend file holds a call's usage (it is written in a thread of its own, just
    after the call reports)."""
    for path in (home / "spend").glob("*.json"):
        try:
            if json.loads(path.read_bytes())["usage"]["completion_tokens"]:
                return True
        except (OSError, ValueError, KeyError):
            continue
    return False


def killed_mid_run(fake_llm, home: Path, tmp_path: Path) -> tuple[int, float]:
    """`devora generate` against the fake model, killed with SIGKILL while the Frontend's
    call streams, once the Architect's call has reported its usage. Returns what the
    Architect's call cost (tokens, USD) as the fake billed it."""
    hold = threading.Event()
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", {"text": block("index.html", "<h1>Menu</h1>\n" + "<p>x</p>\n" * 50),
                              "hold_at": "<h1>Menu", "hold": hold})
    fake_llm.set("reviewer", APPROVE)
    env = {**os.environ, "DEVORA_HOME": str(home), "DEVORA_API_KEY": "sk-kill-123456"}
    proc = subprocess.Popen([sys.executable, "-m", "devora_desktop", "generate", "a menu page",
                             "--mode", "web", "--provider", "openai", "--base-url",
                             fake_llm.url, "--model", "fake/model", "--out",
                             str(tmp_path / "out")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # at load 25 the CLI took ~33 s to start, which a 60 s deadline counted against the
        # run: SUBPROCESS_HEAVY's (tests/waiting.py)
        deadline = time.monotonic() + 300
        while not fake_llm.requests_for("frontend"):  # the Architect's call has ended
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the run never reached the Frontend"
            time.sleep(0.05)
        while not _noted(home):  # the Frontend streams (held mid-file): the run is in flight
            assert time.monotonic() < deadline, "the Architect's spend was never written"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        hold.set()
        if proc.poll() is None:
            proc.kill()
    architect = fake_llm.requests_for("architect")
    assert len(architect) == 1 and proc.returncode == -signal.SIGKILL
    (prompt, _, _), _ = fake_llm.cache_lookup(architect[0]["body"]["messages"])
    completion = len(tokenize(plan(("index.html", "frontend"))))
    return prompt + completion, prompt * 0.000001 + completion * 0.000002  # fake/model's price


@SUBPROCESS_HEAVY
def test_a_run_killed_mid_way_keeps_its_spend_in_today(fake_llm, isolated_home, run_cli,
                                                       tmp_path: Path) -> None:
    """Its spend was written only when the run closed: "today" lost the Architect's call."""
    tokens, cost = killed_mid_run(fake_llm, isolated_home, tmp_path)
    shown = json.loads(run_cli("usage", "--json").out)
    assert (shown["day"], shown["tokens"]) == (date.today().isoformat(), tokens), shown
    assert shown["cost_usd"] == pytest.approx(cost), shown
    assert run_cli("usage").out.strip() == f"Today: {tokens:,} tok, ${cost:.4f}"
    # the next start removed the new project its first run never finished (and the run's
    # record with it): its spend stays, counted once
    assert json.loads(run_cli("projects", "list", "--json").out) == []
    assert json.loads(run_cli("usage", "--json").out)["tokens"] == tokens
