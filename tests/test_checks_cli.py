"""`devora generate --checks/--no-checks`: consent on the command line, check events in
--json, findings printed as path:line: message."""

from __future__ import annotations

import json

from devora_desktop.agents.checking import NO_CONSENT_CLI
from tests.agents.conftest import APPROVE, block, plan
from tests.core.checks.conftest import needs_chromium

PAGE = '<!doctype html><title>T</title><h1>T</h1><script src="app.js"></script>\n'
BROKEN = "document.title = 'x';\nrender();\n"


def _script(fake_llm) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", block("index.html", PAGE) + block("app.js", BROKEN))
    fake_llm.set("reviewer", APPROVE)


def _generate(run_cli, fake_llm, monkeypatch, *flags: str):
    monkeypatch.setenv("DEVORA_API_KEY", "sk-test-123456")
    return run_cli("generate", "a page", "--mode", "web", "--provider", "openai",
                   "--base-url", fake_llm.url, "--model", "fake/model", *flags)


def test_without_consent_the_cli_says_so_in_one_line_and_runs_nothing(
        run_cli, fake_llm, monkeypatch) -> None:
    _script(fake_llm)
    result = _generate(run_cli, fake_llm, monkeypatch, "--json")
    assert result.code == 0, result
    events = [json.loads(line) for line in result.out.splitlines()]
    checks = [e for e in events if e["type"].startswith("check_")]
    assert [(e["type"], e["status"], e["skipped_reason"]) for e in checks] == [
        ("check_finished", "skipped", NO_CONSENT_CLI)]
    assert events[-1]["approved"] is True


@needs_chromium
def test_json_shows_the_check_events(run_cli, fake_llm, monkeypatch) -> None:
    _script(fake_llm)
    result = _generate(run_cli, fake_llm, monkeypatch, "--json", "--checks")
    events = [json.loads(line) for line in result.out.splitlines()]
    started = [e for e in events if e["type"] == "check_started"]
    finished = [e for e in events if e["type"] == "check_finished"]
    assert started[0]["check"] == "web-load" and finished[0]["status"] == "failed"
    assert finished[0]["findings"][0]["path"] == "app.js"
    assert finished[0]["findings"][0]["line"] == 2
    assert events[-1]["type"] == "run_finished" and events[-1]["approved"] is False


@needs_chromium
def test_findings_are_printed_as_path_line_message(run_cli, fake_llm, monkeypatch) -> None:
    _script(fake_llm)
    result = _generate(run_cli, fake_llm, monkeypatch, "--checks")
    assert result.code == 3, result  # finished, version kept, not approved
    assert "(not approved: the checks still fail)" in result.out
    assert "app.js:2: uncaught exception when index.html loads: Uncaught ReferenceError: " \
           "render is not defined" in result.out.splitlines()
    # what confines the checks, as the probe found it (a real child run through the sandbox)
    from devora_desktop.core.sandbox import probe

    assert f"devora: checks: {probe().line()}" in result.err.splitlines()


def test_checks_on_say_what_the_probe_found_even_when_nothing_confines(
        run_cli, fake_llm, monkeypatch) -> None:
    from devora_desktop.core import sandbox

    monkeypatch.setenv(sandbox.FORCE_ENV, "none")
    _script(fake_llm)
    result = _generate(run_cli, fake_llm, monkeypatch, "--json", "--no-checks")
    assert "devora: checks:" not in result.err  # checks off: nothing to say
    assert run_cli("settings", "set", "run_checks", '"always"').code == 0
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", PAGE.replace('<script src="app.js"></script>',
                                                             "")))
    result = _generate(run_cli, fake_llm, monkeypatch, "--json")
    [line] = [ln for ln in result.err.splitlines() if ln.startswith("devora: checks:")]
    assert line.startswith("devora: checks: none: not confined (turned off by DEVORA_SANDBOX")
    assert "with your files and network" in line


def test_no_checks_beats_a_standing_always(run_cli, fake_llm, monkeypatch) -> None:
    assert run_cli("settings", "set", "run_checks", '"always"').code == 0
    _script(fake_llm)
    result = _generate(run_cli, fake_llm, monkeypatch, "--json", "--no-checks")
    events = [json.loads(line) for line in result.out.splitlines()]
    [skip] = [e for e in events if e["type"].startswith("check_")]
    assert skip["skipped_reason"] == "checks are off for this run (--no-checks)"


@needs_chromium
def test_the_hidden_webcheck_command_loads_a_page(run_cli, tmp_path) -> None:
    """What the bundled app runs instead of `python -m devora_desktop.webcheck`."""
    from devora_desktop.core.preview import PreviewServer

    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "app.js").write_text(BROKEN)
    server = PreviewServer(tmp_path)
    try:
        result = run_cli("webcheck", server.url + "index.html", "--engine", "chromium")
    finally:
        server.stop()
    data = json.loads(result.out.strip().splitlines()[-1])
    assert result.code == 0 and data["tool"] == "chromium"
    assert [(e["kind"], e["line"]) for e in data["errors"]] == [("exception", 2)]
