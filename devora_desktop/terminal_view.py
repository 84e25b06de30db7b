"""Headless front end of the engine: `devora generate` and `devora models check`.

Kept out of cli.py so the command module stays a thin argument parser; this is the CLI's
equivalent of the main window: it renders the run's :class:`RunProgress`, the model the
window renders too.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.agents.events import (
    TERMINAL,
    Finding,
    RunCancelled,
    RunEvent,
    RunFailed,
    RunFinished,
    RunStarted,
    ShapeChoice,
    ShapeRead,
)
from devora_desktop.agents.launch import start_run
from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.agents.providers import choose_provider
from devora_desktop.agents.shape_question import QUESTION
from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import DevoraError, NotFound
from devora_desktop.core.models import Mode, clean_text
from devora_desktop.core.words import either, plural
from devora_desktop.progress import Activity, RunProgress

# 3: the run finished and its version is kept, but it is not approved (a planned file is
# missing, a check still fails, the review asked for changes or could not be read)
EXIT_OK, EXIT_FAILED, EXIT_NOT_APPROVED, EXIT_CANCELLED = 0, 1, 3, 130


@dataclass
class GenerateArgs:
    prompt: str
    mode: Mode | None = None  # None: the project's mode when refining, else Settings'
    project: str | None = None
    provider: str | None = None
    base_url: str | None = None
    model: str | None = None
    out: Path | None = None
    force: bool = False  # --force: replace an --out that is a symbolic link (never follow it)
    as_json: bool = False
    max_cost: float | None = None
    max_tokens: int | None = None
    checks: bool | None = None  # --checks / --no-checks; None: Settings.run_checks
    shape: str | None = None  # --shape: the offline app to build; None: read from the prompt
    options: EngineOptions = field(default_factory=EngineOptions)


def copy_out(ctx: AppContext, project_id: str, out: Path, overwrite: bool = False) -> int:
    """Copy the project's own files into ``out`` itself (docs/ARCHITECTURE.md, CLI
    contract), never through a symlink at or already in ``out``."""
    from devora_desktop.core.export.local import copy_files

    ws = ctx.store.workspace(project_id)
    files = ws.list_files()
    copy_files(ws.root, files, out, overwrite=overwrite)
    return len(files)


def finding_line(f: Finding) -> str:
    """``path:line: message``, as editors and terminals link it."""
    return f"{f.path}{f':{f.line}' if f.line else ''}: {f.message}"


class TerminalView:
    """The CLI's view of a run: a live per-agent table on a terminal (rich), and the run's
    steps as lines (every line when not a TTY). The state is :class:`RunProgress`, the same
    model the window renders; findings print as ``path:line: message``."""

    ICON = {"waiting": "…", "streaming": "⟳", "done": "✓", "failed": "✗", "cancelled": "■",
            "skipped": "–"}

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True, highlight=False)
        self.progress = RunProgress()
        self.live = None
        self.tty = self.console.is_terminal
        self._t0 = time.monotonic()
        # bound to the model's signals, as the window's panels are: the same run, told once
        self.progress.run_started.connect(self.start)
        self.progress.activity.connect(self.show)
        self.progress.ended.connect(self._on_model_ended)

    @property
    def failing(self) -> list[Finding]:
        """Findings of the checks that still fail at the end of the run."""
        p = self.progress
        return [f for name, status in p.checks.items() if status == "failed"
                for f in p.check_findings.get(name, [])]

    def _table(self):
        from rich.table import Table

        table = Table(box=None, pad_edge=False)
        for col in ("", "AGENT", "TIME", "TOKENS", "COST", "FILES", ""):
            table.add_column(col)
        now = time.monotonic() - self._t0
        for a in self.progress.agents.values():
            secs = a.elapsed(now)
            note = a.writing_note() or a.error or a.note
            table.add_row(self.ICON[a.state], a.name.title(), f"{secs:.1f}s" if secs else "",
                          f"{a.live_tokens:,}" if a.live_tokens else "",
                          f"${a.cost:.4f}" if a.cost else "", str(len(a.files) or ""),
                          note[:60])
        return table

    def start(self) -> None:
        self._t0 = time.monotonic()
        if self.tty:
            from rich.live import Live

            self.live = Live(self._table(), console=self.console, refresh_per_second=8,
                             transient=False, get_renderable=self._table)
            self.live.start()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    async def ask_shape(self, choices: list[ShapeChoice]) -> str:
        """The offline templates' question, numbered, on the terminal (agents/
        shape_question.py): Enter or end of input takes the first; a number or a shape's
        name picks it."""
        await asyncio.sleep(0.05)  # the lines queued before the question print first
        live = self.live is not None
        self.stop()  # the agents' table would redraw over the question
        if choices and choices[0].unbuilt:  # neither choice is what was asked
            self.console.print(f"Offline templates can't build {choices[0].unbuilt}.",
                               markup=False)
        self.console.print(f"{QUESTION} It reads as more than one:", markup=False)
        for i, c in enumerate(choices, 1):
            self.console.print(f"  {i}. {c.label}", markup=False)
        try:
            while True:
                self.console.print(f"Number [1-{len(choices)}, Enter: 1]: ", end="",
                                   markup=False)
                said = (await _read_line()).strip().lower()
                if not said:
                    return choices[0].shape
                if said.isdigit() and 1 <= int(said) <= len(choices):
                    return choices[int(said) - 1].shape
                by_name = [c.shape for c in choices if said in (c.shape, c.name.lower())]
                if by_name:
                    return by_name[0]
        finally:
            if live:
                self.start()

    def line(self, text: str) -> None:
        """Print one line; model text (summaries, notices) never reaches the terminal with
        its escape sequences."""
        text = clean_text(text)
        if self.live is not None:
            self.live.console.print(text, markup=False, highlight=False)
        else:
            self.console.print(text, markup=False, highlight=False)

    def on_event(self, ev: RunEvent) -> None:
        self.progress.fold(ev)

    def end(self) -> None:
        """The events stopped: close the state even without a terminal event."""
        self.progress.end()
        self.stop()

    def _on_model_ended(self, _outcome: str) -> None:
        self.stop()

    def show(self, act: Activity) -> None:
        if act.kind == "finding" and act.path:
            self.line(f"    {act.path}{f':{act.line}' if act.line else ''}: {act.detail}")
        elif act.kind == "run" and act.key == "run" and self.progress.outcome:
            return  # the summary after the run says it (stdout), the error goes to stderr
        elif act.kind == "agent" and self.progress.outcome:
            return  # an agent's line printed already, rewritten for a feed: never twice
        elif act.level != "active" or not self.tty:
            mark = {"ok": "✓", "error": "✗", "warning": "!", "active": "…"}.get(act.level, " ")
            self.line(f"  {mark} {act.text}")
            if act.kind == "check" and act.detail:  # one click away in the window
                self.line(f"      {act.detail}")


async def _read_line() -> str:
    """One line of standard input without blocking the loop; "" at its end. A daemon thread:
    a run stopped while the question waits does not wait for Enter to exit."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()

    def read() -> None:
        line = sys.stdin.readline()
        loop.call_soon_threadsafe(lambda: future.done() or future.set_result(line))

    threading.Thread(target=read, name="devora-stdin", daemon=True).start()
    return await future


def can_ask() -> bool:
    """Whether a person at a terminal can answer a question: not piped, not CI."""
    return sys.stdin.isatty() and sys.stderr.isatty() and not os.environ.get("CI")


def shape_hint(read: ShapeRead | None) -> str:
    """The summary's line for an offline app built on a guess (its verdict says what it was
    read as and what else it may be): the commands that build each other choice."""
    if read is None or read.how != "guessed" or not read.others:
        return ""
    return "To build another, run again with " + either([f"--shape {o.shape}"
                                                         for o in read.others])


async def over_budget(ctx: AppContext, args: GenerateArgs, mode: Mode,
                      project_id: str | None) -> str:
    """The line said before a run whose estimate is over its budget per run (``--max-cost``,
    else Settings' budget_usd), "" when it fits or nothing is known (walk23 #13: such a run
    started without a word, stopped at the cap and kept nothing). At a terminal the person
    is then asked; a script's run goes on under the cap, which still holds."""
    from devora_desktop.agents.base import money
    from devora_desktop.agents.launch import estimate_before

    cap = args.max_cost if args.max_cost is not None else ctx.settings.budget_usd
    if not cap or args.provider == "offline":
        return ""
    try:
        est = await estimate_before(ctx, args.prompt, mode, project_id=project_id,
                                    model=args.model, options=args.options,
                                    provider=args.provider, base_url=args.base_url)
    except (DevoraError, OSError):  # no provider ready: starting the run says why
        return ""
    if est is None or not est.usd or est.usd <= cap:
        return ""
    how = "--max-cost" if args.max_cost is not None else "devora settings set budget_usd"
    return (f"devora: this run may cost about ${est.usd:.3f}, over your {money(cap)} budget "
            f"per run: it stops if it reaches {money(cap)} and keeps nothing it wrote "
            f"(raise it with {how} N)")


async def generate(ctx: AppContext, args: GenerateArgs) -> int:
    project_id = None
    project_name = None
    mode = args.mode
    if args.project:
        try:
            existing = ctx.store.projects.find(args.project)
            project_id = existing.id
            mode = mode or existing.mode  # a refinement stays in the project's mode
        except NotFound:
            project_name = args.project
    if args.checks or (args.checks is None and ctx.settings.run_checks == "always"):
        from devora_desktop.agents.checking import sandbox_status

        status = await sandbox_status()  # the probe: a real child run through the sandbox
        print(f"devora: checks: {status.line()}", file=sys.stderr)
    if over := await over_budget(ctx, args, mode or ctx.settings.default_mode, project_id):
        print(over, file=sys.stderr)
        if can_ask():
            print("Run anyway? [y/N] ", end="", file=sys.stderr, flush=True)
            if (await _read_line()).strip().lower() not in ("y", "yes"):
                print("devora: run cancelled; the project is unchanged", file=sys.stderr)
                return EXIT_CANCELLED
    opened = contextlib.AsyncExitStack()  # start_run's context: stops the run, closes the provider
    view = None if args.as_json else TerminalView()
    try:
        run, choice = await opened.enter_async_context(start_run(
            ctx, args.prompt, mode or ctx.settings.default_mode, project_id=project_id,
            project_name=project_name,
            provider=args.provider, base_url=args.base_url, model=args.model,
            max_cost=args.max_cost, max_tokens=args.max_tokens, options=args.options,
            checks=args.checks, shape=args.shape,
            ask_shape=view.ask_shape if view is not None and can_ask() else None))
    except asyncio.CancelledError:
        # Ctrl+C before the run began (e.g. while the model catalogue loads): nothing to
        # roll back, but a --json reader still gets its terminal event.
        task = asyncio.current_task()
        if task is not None:
            task.uncancel()
        if args.as_json:
            sys.stdout.write(RunCancelled(reason="interrupted").model_dump_json() + "\n")
        print("devora: run cancelled; the project is unchanged", file=sys.stderr)
        return EXIT_CANCELLED
    if args.shape and not choice.offline:
        print("devora: --shape is for the offline templates; the model plans the app from "
              "the prompt", file=sys.stderr)
    try:
        final: RunEvent | None = None
        started: RunStarted | None = None
        shape_read: ShapeRead | None = None

        def show(ev: RunEvent) -> None:
            nonlocal final, started, shape_read
            if args.as_json:
                sys.stdout.write(ev.model_dump_json() + "\n")
                sys.stdout.flush()
            else:
                view.on_event(ev)  # type: ignore[union-attr]
            if isinstance(ev, RunStarted):
                started = ev
            if isinstance(ev, ShapeRead):
                shape_read = ev
            final = ev

        try:
            async for ev in run:
                show(ev)
        except asyncio.CancelledError:
            # Ctrl+C: asyncio cancels this task; the run has already rolled back and queued
            # its RunCancelled, which a --json reader must still receive as the last line.
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
            for queued in run.pending():
                show(queued)
            if not isinstance(final, TERMINAL):
                show(RunCancelled(reason="interrupted"))
        finally:
            if view:
                view.end()
    finally:
        await opened.aclose()
    if isinstance(final, RunFinished):
        assert started is not None
        if final.mode_refused and not _exists(ctx, started.project_id):
            if not args.as_json:  # the plan needed another mode: nothing was written
                print("Nothing was kept of the new project.")
            print(f"devora: {final.verdict or 'not approved'}", file=sys.stderr)
            return EXIT_NOT_APPROVED
        if args.out:
            copy_out(ctx, started.project_id, args.out, args.force)
        if not args.as_json:
            project = ctx.store.projects.get(started.project_id)
            folder = args.out or ctx.store.workspace(project.id).root
            cost = f", ${final.cost:.4f}" if final.cost else ""
            if final.usage.cache_note():
                cost += f" ({final.usage.cache_note()})"
            label = " [offline templates, no AI]" if choice.offline else ""
            failing = view.failing if view else []
            # an approval with no AI review says so; a model's approval needs no words
            verdict = (f" ({final.verdict})" if final.verdict not in ("", "approved")
                       else "") if final.approved else (
                " (not approved: the checks still fail)" if failing
                else f" ({final.verdict})" if final.verdict  # why, from the engine
                else " (reviewer did not approve: see above)")
            print(f"{project.name} ({project.id}): {plural(final.files_written, 'file')}, "
                  f"{final.seconds:.1f} s{cost}{label}{verdict}")
            for f in failing:
                print(finding_line(f))
            if hint := shape_hint(shape_read):
                print(hint)
            print(f"Files: {folder}")
        if not final.approved:
            why = final.verdict or "not approved"
            if final.files_written or final.files_deleted:
                # findings to fix only when there are some (an offline app that is not what
                # was asked, or a guess, has none)
                fix = ", or fix the findings and run again" if final.findings else ""
                print(f"devora: {why}; the version is kept: refine it with another prompt{fix}",
                      file=sys.stderr)
            else:  # nothing was written (a plan its mode cannot build): the line says how
                print(f"devora: {why}", file=sys.stderr)
            return EXIT_NOT_APPROVED
        return EXIT_OK
    if isinstance(final, RunCancelled):
        print("devora: run cancelled; the project is unchanged", file=sys.stderr)
        return EXIT_CANCELLED
    error = final.error if isinstance(final, RunFailed) else "the run ended without a result"
    print(f"devora: {error}", file=sys.stderr)
    return EXIT_FAILED


def _exists(ctx, project_id: str) -> bool:
    try:
        ctx.store.projects.get(project_id)
    except DevoraError:
        return False
    return True


FORMAT_CHECK = ("Reply with exactly two files and nothing else, in this format:\n"
                '<file path="hello.txt">\nhello\n</file>\n<file path="world.txt">\nworld\n'
                "</file>")


async def check_model(ctx: AppContext, model: str | None, provider: str | None,
                      base_url: str | None) -> tuple[bool, str]:
    """One short call: does this model follow the file-block format?"""
    from devora_desktop.agents.protocol import parse_file_blocks
    from devora_desktop.core.llm.base import CallParams, collect

    choice = await choose_provider(ctx, provider, base_url=base_url, model=model)
    try:
        started = time.monotonic()
        text, _usage = await collect(choice.provider.stream_chat(
            [{"role": "system", "content": "You are the Quick agent of Devora. Follow the "
              "output format exactly."}, {"role": "user", "content": FORMAT_CHECK}],
            choice.model, "quick", CallParams(temperature=0, max_tokens=200)))
    finally:
        await choice.provider.aclose()
    secs = time.monotonic() - started
    parsed = parse_file_blocks(text)
    got = {f.path: f.content.strip() for f in parsed.files}
    ok = got.get("hello.txt") == "hello" and got.get("world.txt") == "world"
    if ok:
        return True, f"{choice.label}: follows the file-block format (2/2 files, {secs:.1f} s)"
    if not parsed.files:
        why = "answered in prose, with no file blocks"
    else:
        why = f"wrote {len(parsed.files)} block(s) but not the two expected files"
    return False, f"{choice.label}: {why}; it is likely to fail in Devora runs"


def run_async(coro) -> int:
    try:
        return asyncio.run(coro)
    except KeyboardInterrupt:
        print("devora: cancelled; the project is unchanged", file=sys.stderr)
        return EXIT_CANCELLED


__all__ = ["DevoraError", "GenerateArgs", "check_model", "copy_out", "generate", "run_async"]
