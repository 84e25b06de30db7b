"""The CLI's view renders RunProgress: steps as lines, findings as path:line: message."""

from __future__ import annotations

import io

from rich.console import Console

from devora_desktop.terminal_view import TerminalView
from tests.agents.test_progress import full_run


def test_lines_come_from_run_progress_and_findings_read_as_path_line_message() -> None:
    view = TerminalView()
    out = io.StringIO()
    view.console = Console(file=out, force_terminal=False, width=200, highlight=False)
    view.tty = False
    for ev in full_run():
        view.on_event(ev)
    view.end()
    lines = out.getvalue().splitlines()
    assert "  ✓ Architect planned 3 files for Frontend, Backend and Database in 1.0 s" in lines
    assert "  … Frontend is writing app/page.tsx" in lines
    assert "    app/page.tsx:14: Type error" in lines  # the npm-build finding
    # a check in words, and under it what ran (in the window, a click on the line)
    at = lines.index("  ✗ The project does not build")
    assert lines[at + 1] == "      npm-build check · npm · exit code 1"
    assert "    app/page.tsx:2: missing semicolon" in lines  # the validator's
    # the build still fails as the Reviewer approves: no ✓ on its line (walk25 #20)
    assert "    Reviewer approved the code: Looks good, but the project does not build" in lines
    assert not any("<file" in line for line in lines)
    assert [f.message for f in view.failing] == ["Type error"]
    assert view.progress.agents["frontend"].state == "done"


def test_a_stream_that_stops_without_an_end_closes_every_agent() -> None:
    view = TerminalView()
    view.console = Console(file=io.StringIO(), force_terminal=False, highlight=False)
    view.tty = False
    events = full_run()
    for ev in events[: next(i for i, e in enumerate(events) if e.type == "file_written")]:
        view.on_event(ev)
    view.end()
    assert view.progress.outcome == "interrupted"
    assert all(a.final for a in view.progress.agents.values())


def test_an_agent_whose_failure_failed_the_run_is_printed_once() -> None:
    """The window's feed rewrites the agent's line without the reason once the run's line
    says it; a terminal can't rewrite, so it prints the agent's line once, as it came."""
    from devora_desktop.agents.events import AgentFailed, AgentStarted, RunFailed
    from tests.agents.test_progress import started

    view = TerminalView()
    out = io.StringIO()
    view.console = Console(file=out, force_terminal=False, width=200, highlight=False)
    view.tty = False
    for ev in (started(), AgentStarted(agent="architect", model="m", t=1.0),
               AgentFailed(agent="architect", error="could not reach x", t=2.0),
               RunFailed(error="could not reach x", retryable=True, t=2.0)):
        view.on_event(ev)
    view.end()
    assert [x for x in out.getvalue().splitlines() if "Architect failed" in x] == [
        "  ✗ Architect failed: could not reach x"]
