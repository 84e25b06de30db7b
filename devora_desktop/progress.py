"""RunProgress: the one model of a run that both views render (see docs/ARCHITECTURE.md, Run
events).

``fold(event)`` folds a RunEvent into per-agent and per-run state and returns the readable
steps it produced (:class:`Activity`: "Architect planned 19 files for 3 agents", "Reviewer
approved: …", a finding with its file and line). The GUI's activity feed and the CLI's
terminal view print those steps and draw tables from the state; neither folds events itself.

The model says what changed through typed signals (psygnal: plain Python, no Qt, emitted
synchronously in the thread that folds — the Qt thread in the window). A panel binds itself:
``model.file_written.connect(...)``; fold is the one place that emits them. A failing slot is
reported through ``sys.excepthook`` (the window's notifier) and does not stop the run, as with
a Qt signal.

Every terminal event (finished, failed, cancelled) closes every agent: nothing stays
"streaming" after a run. A saved log is replayed with :meth:`RunProgress.replay`, which ends
with :meth:`end` so a log cut short (the app closed mid-run) closes them too. Unknown event
types and fields are ignored, so an older app can read a newer log.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from psygnal import Signal, SignalInstance

from devora_desktop.agents import registry
from devora_desktop.agents.registry import label
from devora_desktop.core.words import AGAIN_IN, either, listed, plural

if TYPE_CHECKING:  # pydantic loads with the plan reader: only when an Architect streams
    from types import ModuleType

    from devora_desktop.agents.plan_stream import PlanStream

H = TypeVar("H")

AgentState = Literal["waiting", "streaming", "done", "failed", "cancelled", "skipped"]
StepState = Literal["pending", "active", "waiting", "done", "failed", "stopped", "skipped"]
Outcome = Literal["finished", "failed", "cancelled", "interrupted"]
STEPS = ("Plan", "Build", "Check", "Review", "Save")
FINAL_AGENT_STATES = frozenset({"done", "failed", "cancelled", "skipped"})


@dataclass
class Activity:
    """One readable step of a run. ``key``: a later activity with the same key replaces this
    one in a feed (an agent's "writing …" line becomes "wrote …")."""

    text: str
    kind: str = "info"  # plan|agent|file|finding|check|review|saved|run|notice|wait
    level: Literal["info", "active", "ok", "warning", "error"] = "info"
    agent: str = ""
    path: str | None = None
    line: int | None = None
    key: str = ""
    detail: str = ""  # a finding's own message, without its source and place
    worker: int = 0  # which worker of the agent (several may write at once)
    wait: float = 0.0  # a retry's wait in seconds, as it starts: a feed counts it down
    asked: bool = False  # that wait is the server's ask (HTTP 429), not a failure's retry


@dataclass
class LiveFile:
    """The file one worker is writing, as FileStarted and FileProgress tell it."""

    path: str
    lines: int = 0
    text: list[str] = field(default_factory=list)


@dataclass
class AgentProgress:
    name: str
    state: AgentState = "waiting"
    tokens: int = 0  # reported by finished calls
    streamed_chars: int = 0  # of the call in flight: a live estimate until it reports
    cost: float | None = None
    estimated: bool = False
    seconds: float = 0.0  # of finished calls
    started_at: float | None = None  # run time of the call in flight
    live: dict[int, LiveFile] = field(default_factory=dict)  # by worker (0: the only one)
    active: int = 0  # the worker that sent text last
    files: list[str] = field(default_factory=list)
    error: str = ""
    note: str = ""
    round: int = 0

    @property
    def key(self) -> str:
        """Its line in the feed: a fix round's work gets a line of its own, below what sent
        it back (the first round's "Frontend wrote 1 file" turned back into "is writing"
        above the errors it was fixing, walk13 #8)."""
        return f"agent:{self.name}" + (f":round{self.round}" if self.round else "")

    @property
    def final(self) -> bool:
        return self.state in FINAL_AGENT_STATES

    @property
    def live_tokens(self) -> int:
        return self.tokens + (self.streamed_chars // 4 if self.state == "streaming" else 0)

    def elapsed(self, now: float) -> float:
        """Seconds spent so far; ``now`` is run time (an event's ``t`` or a clock)."""
        if self.state == "streaming" and self.started_at is not None:
            return self.seconds + max(0.0, now - self.started_at)
        return self.seconds

    def start_file(self, path: str, worker: int) -> None:
        self.active = worker
        self.live[worker] = LiveFile(path)

    def grow_file(self, path: str, text: str, lines: int, worker: int) -> None:
        live = self.live.get(worker)
        if live is None or live.path != path:
            live = self.live[worker] = LiveFile(path)
        self.active = worker
        live.text.append(text)
        live.lines = lines

    def end_file(self, path: str) -> None:
        """The file is on disk (or refused): no worker is writing it any more."""
        for worker in [w for w, f in self.live.items() if f.path == path]:
            del self.live[worker]

    def seen(self) -> tuple:
        """What a pane shows of this agent, but its clock and live token estimate."""
        return (self.state, self.tokens, self.cost, len(self.files), self.error, self.note,
                self.round, self.estimated)

    def stop_writing(self) -> None:
        self.live.clear()
        self.active = 0

    def writing(self, worker: int | None = None) -> tuple[str | None, int, str]:
        """(file, lines so far, text so far) that ``worker`` (None: the latest) is writing."""
        live = self.live.get(self.active if worker is None else worker)
        if live is None:
            return None, 0, ""
        return live.path, live.lines, "".join(live.text)

    def writing_note(self) -> str:
        """What its workers are writing now, e.g. "writing app.js, styles.css · 212 lines"
        (every file still streaming, never one that already landed); "" between files."""
        live = [self.live[w] for w in sorted(self.live)]
        if not live:
            return ""
        lines = sum(f.lines for f in live)  # two batches writing one file: named once
        return (f"writing {', '.join(dict.fromkeys(f.path for f in live))} · {lines:,} "
                f"line{'s' * (lines != 1)}")

    @property
    def current_file(self) -> str | None:
        return self.writing()[0]

    @property
    def current_lines(self) -> int:
        return self.writing()[1]


def _finding_text(f: Any) -> str:
    where = f"{f.path}:{f.line}" if getattr(f, "line", None) else f.path
    return f"{where}: {f.message}"


#: What each check finds out, in a person's words: (it passed, it is running, it failed,
#: what it looks at, the short name its findings go by). The check's name and tool are the
#: line's details, one click away in the feed.
CHECK_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    "web-load": ("The page loads without errors", "Loading the page to look for errors",
                 "The page shows errors when it loads", "whether the page loads", "Page"),
    "npm-install": ("Packages installed", "Installing the packages",
                    "The packages do not install", "whether the packages install",
                    "Packages"),
    "npm-build": ("The project builds", "Building the project", "The project does not build",
                  "whether the project builds", "Build"),
    "python-compile": ("The Python code compiles", "Compiling the Python code",
                       "The Python code does not compile", "whether the Python code compiles",
                       "Python"),
    "pytest": ("The project's tests pass", "Running the project's tests",
               "The project's tests fail", "whether the project's tests pass", "Tests"),
}
LONG_CHECK_S = 10  # a check that took this long says so on its line
VALIDATORS_DETAIL = ("Validators: syntax, links between files, packages, placeholders, API "
                     "routes, security")


def check_words(check: str) -> tuple[str, str, str, str, str]:
    """A check this version has no words for still reads as a sentence."""
    return CHECK_WORDS.get(check, (f"Check {check} passed", f"Check {check} is running",
                                   f"Check {check} failed", f"check {check}",
                                   f"Check {check}"))


def check_detail(ev: Any, *extra: str) -> str:
    """"web-load check · qtwebengine · 3.4 s": what ran, for whoever wants to know."""
    return " · ".join([f"{ev.check} check", ev.tool, *extra,
                       *([getattr(ev, "command", "")] if getattr(ev, "command", "") else [])])


def estimate_words(usd: float | None, fix: float | None, typical: bool) -> str:
    """"estimate ~$0.012 for a typical app; fixes may add ~$0.006": a run's cost as its
    first line says it, and as the window says it beside Run before the run ("" when
    nothing is known). ``typical``: a new project not yet scaled to this model's sizes."""
    if not usd:
        return ""
    if typical:
        return f"estimate ~${usd:.3f} for a typical app" + (
            f"; fixes may add ~${fix:.3f}" if fix else "")
    return f"estimate ~${usd:.3f}" + (f", up to ${fix:.3f} more if fixes are needed"
                                       if fix else "")


def over_budget_words(usd: float | None, fix: float | None, budget: float | None) -> str:
    """What a budget per run means for an estimate, said beside it before Run (walk13 #29:
    a $0.002 budget under a ~$0.007 estimate went unsaid; the run stopped having spent for
    nothing). "" when the budget is unset or the run fits it, fixes and all."""
    from devora_desktop.agents.base import money

    if not usd or not budget:
        return ""
    if usd > budget:
        return f"over your {money(budget)} budget per run: raise it in Settings › Runs"
    if fix and usd + fix > budget:
        return f"fixes may go over your {money(budget)} budget per run (Settings › Runs)"
    return ""


class RunProgress:
    """Per-agent and per-run state of one run, folded from its events, and signals that say
    what changed. Clocks and live token estimates grow between events: a view reads them on
    its own timer."""

    run_started = Signal()  # a new run: the state was reset (RunStarted)
    activity = Signal(Activity)  # a readable step; a keyed one replaces its earlier line
    step_changed = Signal(str, str)  # step (STEPS), its new state (StepState)
    agent_changed = Signal(AgentProgress)  # state, reported tokens/cost, files, error, note
    agent_text = Signal(str, int, str)  # agent, worker, the model's raw text (a delta)
    agent_said = Signal(str, str, str)  # agent, level (info|warning|refused), message
    file_started = Signal(str, str, int)  # agent, path, worker
    file_progress = Signal(str, str, int, str, int)  # agent, path, worker, new lines, lines
    file_written = Signal(str, str, str)  # agent, path, change (new|changed|unchanged)
    file_deleted = Signal(str, str)  # agent, path
    cost_changed = Signal(int, object)  # tokens, dollars (None: no price known)
    waiting_for_you = Signal(str)  # the question; "" once it is answered or void
    verdict_ready = Signal(str, str)  # APPROVE|ITERATE, the review's summary
    version_saved = Signal(str, int)  # version id, number
    ended = Signal(str)  # outcome: finished|failed|cancelled|interrupted

    def __init__(self) -> None:
        self.run_id = self.project_id = self.project_name = ""
        self.mode = self.provider = self.provider_label = self.model = ""
        self.refinement = False
        self.agents: dict[str, AgentProgress] = {}
        self.steps: dict[str, StepState] = dict.fromkeys(STEPS, "pending")
        self.t = 0.0
        self.outcome: Outcome | None = None
        self.error = ""
        self.retryable = False
        self.unreachable = False  # failed reaching no model: the offline templates can build
        self.plan_required = False  # the plan refused it (Free's daily AI runs): Upgrade
        #: the run stopped at its budget per run: no fault, raising it lets it go on
        self.budget_stop = False
        self.retry_at: Any = None  # datetime (UTC) the provider rate-limited the run until
        self.approved: bool | None = None
        self.verdict = ""  # APPROVE | ITERATE, from the last review
        self.verdict_summary = ""
        self.review_issues: list[dict] = []
        # each review has its own row: one key for all made a later review (and its
        # verdict) overwrite the first row, above the first review's issues (walk13 #28)
        self.reviews = 0
        #: the review under way was asked again (its first answer unreadable): its line is
        #: a new one, below the line that said so
        self.review_asked_again = False
        self.review_open = False  # a review is under way, its verdict not in yet
        self.no_ai_review = False  # offline: the Reviewer's step ran no model
        self.validator_findings: list[Any] = []
        self.check_findings: dict[str, list[Any]] = {}
        self.checks: dict[str, str] = {}  # check name -> running|passed|failed|skipped
        self.check_reruns: dict[str, int] = {}  # check name -> times it ran again (fix rounds)
        self._failed_once: set[str] = set()  # the checks that failed earlier this run
        self.changes: dict[str, str] = {}  # path -> new|changed|deleted
        self.rejected: list[tuple[str, str]] = []
        self.version_number: int | None = None
        self.version_id: str | None = None
        self.files_written = self.files_deleted = 0
        self.final_tokens: int | None = None
        self.final_cost: float | None = None
        self.seconds = 0.0  # the run's own working time: the waits for the person left out
        self.waited = 0.0  # how long it waited for the person's answers
        self.declined = False  # the person said no to running checks
        self.shape_read: Any = None  # an offline new project's ShapeRead: the app it builds
        self.choices: list[Any] = []  # the open question's choices (ShapeChoice), if any
        self._wait_from: float | None = None  # run time the open question was asked at
        self.final_findings: list[Any] | None = None
        self.final_verdict = ""  # "approved" / "not approved: <reasons>" from the engine
        self.mode_refused = False  # the plan needed another mode: nothing kept
        self.fix_rounds = 0
        self.checks_skipped: list[str] = []
        self.waiting = ""  # the question the run waits on the person for; "" when it doesn't
        self.estimate_usd: float | None = None
        self.estimate_tokens: int | None = None  # with estimate_usd: a price per token
        self.estimate_fix_usd: float | None = None  # the whole fix budget, worst case
        self._said_over = False  # the feed said the run passed its estimate
        self.planned: list[tuple[str, str]] = []  # (path, owner) as the plan streams in
        self._plan: PlanStream | None = None
        self.retry_waits: dict[str, str] = {}  # key -> the line of a model call's wait

    # ---- reading the state ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self.run_id) and self.outcome is None

    @property
    def findings(self) -> list[Any]:
        if self.final_findings is not None:  # the engine's last verify pass says it all
            return self.final_findings
        return self.validator_findings + [f for fs in self.check_findings.values() for f in fs]

    @property
    def tokens(self) -> int:
        if self.provider == "offline":  # templates are no model: an estimate from their text
            return self.final_tokens or 0  # showed "12,541 tok" live, then "0 tok" at the end
        live = sum(a.live_tokens for a in self.agents.values())
        return max(live, self.final_tokens or 0)

    @property
    def cost(self) -> float | None:
        if self.final_cost is not None:
            return self.final_cost
        costs = [a.cost for a in self.agents.values() if a.cost is not None]
        live = self._live_cost()
        return sum(costs) + live if costs or live else None

    def _live_cost(self) -> float:
        """What the text streaming now has cost so far, at the run's estimated price per
        token: the money moved only when a call reported, and stood at "$0.0011" while the
        token count went from 2,096 to 17,897 during a long write."""
        if not self.estimate_usd or not self.estimate_tokens:
            return 0.0
        streamed = sum(a.streamed_chars // 4 for a in self.agents.values()
                       if a.state == "streaming")
        return streamed * self.estimate_usd / self.estimate_tokens

    def agent(self, name: str) -> AgentProgress:
        if name not in self.agents:
            self.agents[name] = AgentProgress(name)
        return self.agents[name]

    def changes_by_kind(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {"new": [], "changed": [], "deleted": []}
        for path, kind in sorted(self.changes.items()):
            out[kind].append(path)
        return out

    @property
    def saved_version(self) -> str | None:
        """The version this run saved (the run's end also names the project's current one
        when nothing changed: that one belongs to an earlier run)."""
        return self.version_id if self.version_number is not None else None

    @property
    def kept_changes(self) -> dict[str, str]:
        """The files this run changed that the project kept: none when it saved no version
        (a stopped or failed run leaves the project as it was)."""
        return self.changes if self.saved_version else {}

    @property
    def nothing_changed(self) -> bool:
        """A finished run that saved no version (each file written as it was), though its
        mode could build what was asked."""
        return (self.outcome == "finished" and not self.saved_version
                and not self.mode_refused)

    def summary(self) -> str:
        """The chat line of a run: "12 files · approved · $0.014 · 9.8 s"."""
        if self.outcome in ("failed", "cancelled", "interrupted"):
            word = {"failed": "stopped" if self.budget_stop else "failed",
                    "cancelled": "stopped",
                    "interrupted": "interrupted (the app closed)"}[self.outcome]
            tail = f": {self.error}" if self.error else ""
            if word == "stopped" and self.error.startswith("stopped "):
                tail = self.error.removeprefix("stopped")  # not "Run stopped: stopped by …"
            kept = ("Nothing was changed." if not self.run_id  # refused before it began
                    else "The project is unchanged." if self.refinement or self.saved_version
                    else "Nothing was kept of the new project.")  # it is gone, not unchanged
            # an error that ends its own sentence ("… try again later.") is not given a
            # second full stop ("later.. Nothing was kept", walk13 #9)
            end = "" if tail.endswith((".", "!", "?")) else "."
            return f"Run {word}{tail}{end} {kept}"
        # every file written as it was: no version, so nothing to view or revert either
        parts = [plural(len(self.changes), "file") + " changed"
                 if self.saved_version or self.outcome != "finished" else
                 "Nothing kept" if self.mode_refused else  # the verdict says what to do
                 "No file changed: no new version (describe the change another way)"]
        if self.nothing_changed and self.approved:
            pass  # an empty change approved is no success: "approved" read as one, in green
        elif self.final_verdict:
            parts.append(self.final_verdict)
        elif self.approved is not None:
            parts.append("approved" if self.approved else "not approved")
        if self.fix_rounds:
            parts.append(plural(self.fix_rounds, "fix round"))
        if self.findings:
            parts.append(plural(len(self.findings), "finding"))
        if self.cost:
            parts.append(f"${self.cost:.4f}")
        if self.tokens:  # the offline templates use none: "0 tok" was noise
            parts.append(f"{self.tokens:,} tok")
        if self.seconds:
            parts.append(f"{self.seconds:.1f} s")
        if self.waited >= 0.05:  # the time it stood still for the person is not its own
            parts.append(f"{self.waited:.1f} s waiting for you")
        return " · ".join(parts)

    # ---- folding --------------------------------------------------------------------------
    @classmethod
    def replay(cls, events: Iterable[dict]) -> tuple[RunProgress, list[Activity]]:
        """A saved log, entry by entry; entries this version cannot read are skipped."""
        progress = cls()
        return progress, progress.load(events)

    def load(self, events: Iterable[dict]) -> list[Activity]:
        """Fold a saved log (a view bound first hears it through the signals, as a live
        run); entries this version cannot read are skipped, and the run is closed at the
        end (:meth:`end`)."""
        from pydantic import ValidationError

        from devora_desktop.agents.events import load_event

        out: list[Activity] = []
        for data in events:
            try:
                ev = load_event(data)
            except (ValidationError, ValueError, TypeError):
                continue
            out += self.fold(ev)
        return out + self.end()

    def end(self) -> list[Activity]:
        """The events stopped (a replayed log, a closed stream): close whatever is open."""
        if self.outcome is not None or not self.run_id:
            return []
        before = self._seen()
        acts = self._interrupt()
        self._announce(before, acts)
        return acts

    def _interrupt(self) -> list[Activity]:
        self.outcome = "interrupted"
        cut = self._close_agents("cancelled", "cancelled")
        unwait = self._unwait()
        self._close_steps("stopped")
        return [*cut, *unwait, Activity("Run interrupted: the app closed before it ended. The "
                                        "project is at its last saved version.", "run",
                                        "warning", key="run")]

    def fold(self, ev: Any) -> list[Activity]:
        """Dispatch by the event's class (``_handlers``); an event of a class this version
        does not know changes nothing (a newer log, replayed)."""
        handler = _handlers().get(type(ev))
        self.t = max(self.t, float(getattr(ev, "t", 0.0) or 0.0))
        if handler is None:
            return []
        live = _live_signals().get(type(ev))
        if live is not None:  # a token or a line: only its own signal, no diff (hot path)
            handler(self, ev)
            live(self, ev)
            return []
        before = self._seen()
        acts = handler(self, ev) or []
        if (say := _event_signals().get(type(ev))) is not None:
            say(self, ev)
        self._announce(before, acts)
        return acts

    # ---- signals ---------------------------------------------------------------------------
    def _seen(self) -> tuple:
        return (dict(self.steps), {n: a.seen() for n, a in self.agents.items()},
                self._totals(), self.waiting, self.outcome)

    def _totals(self) -> tuple:
        return sum(a.tokens for a in self.agents.values()), self.final_tokens, self.cost

    def _announce(self, before: tuple, acts: list[Activity]) -> None:
        """Emit what changed since ``before``: steps, agents, totals, the question, the
        readable steps, and the end of the run last."""
        steps, agents, totals, waiting, outcome = before
        for step, state in self.steps.items():
            if steps.get(step) != state:
                _emit(self.step_changed, step, state)
        for name, a in self.agents.items():
            if agents.get(name) != a.seen():
                _emit(self.agent_changed, a)
        if totals != self._totals():
            _emit(self.cost_changed, self.tokens, self.cost)
        if waiting != self.waiting:
            _emit(self.waiting_for_you, self.waiting)
        for act in acts:
            _emit(self.activity, act)
        if outcome is None and self.outcome is not None:
            _emit(self.ended, self.outcome)

    def _close_agents(self, streaming_to: AgentState, waiting_to: AgentState) -> list[Activity]:
        """Close every agent still going. Returns the line of each that was cut mid-file,
        with how far it got: a replayed log redraws no line between events, so it kept "· 0
        lines" of a file that had 154 (a feed ends it as "stopped writing")."""
        cut = []
        for a in self.agents.values():
            if a.state == "streaming":
                if a.started_at is not None:
                    a.seconds += max(0.0, self.t - a.started_at)
                if streaming_to != "done" and (note := a.writing_note()):
                    cut.append(Activity(f"{label(a.name)} is {note}", "file", "active",
                                        agent=a.name, path=a.current_file,
                                        key=a.key))
                # an Architect whose plan was whole (the workers built from it) and only
                # its closing words were cut did its job: it read "Architect ✗" after a
                # budget stop that refused the Frontend's prompt (walk13 #29)
                planned = a.name == "architect" and self._plan is not None \
                    and self._plan.object is not None
                a.state, a.started_at = "done" if planned else streaming_to, None
                a.stop_writing()
            elif a.state == "waiting":
                a.state = waiting_to
        return cut

    def _unwait(self, stopped: bool = False) -> list[Activity]:
        """The run ended while it waited on the person: the question is void, say so (in
        words that fit a Stop the person pressed themselves)."""
        if not self.waiting:
            return []
        text = ("The question is withdrawn: the run was stopped, so nothing waits for you now"
                if stopped else "The run ended before you answered: nothing waits for you now")
        return [Activity(text, "wait", "info", key="wait")]

    def _worked(self, seconds: float) -> float:
        """``seconds`` of the run's clock without the time it waited for the person (a
        question still open at the end counts to the end)."""
        self._answered()
        return max(0.0, seconds - self.waited)

    def _answered(self) -> None:
        if self._wait_from is not None:
            self.waited += max(0.0, self.t - self._wait_from)
            self._wait_from = None

    def _close_steps(self, active_to: StepState) -> None:
        self.waiting = ""
        for step, state in self.steps.items():
            if state in ("active", "waiting"):
                self.steps[step] = active_to
            elif state == "pending":
                self.steps[step] = "skipped"

    def _activate(self, step: str) -> None:
        index = STEPS.index(step)
        for i, name in enumerate(STEPS):
            state = self.steps[name]
            if i < index and state in ("active", "waiting", "pending"):
                self.steps[name] = "skipped" if state == "pending" else "done"
            elif i > index and state != "skipped":
                self.steps[name] = "pending"
        self.steps[step] = "active"

    def _on_run_started(self, ev) -> list[Activity]:
        self.__init__()
        self.run_id, self.project_id, self.project_name = ev.run_id, ev.project_id, \
            ev.project_name
        self.mode, self.provider_label, self.model = ev.mode, ev.provider_label, ev.model
        self.provider = ev.provider
        self.refinement, self.estimate_usd = ev.refinement, ev.estimate_usd
        self.estimate_tokens = getattr(ev, "estimate_tokens", None)
        self.estimate_fix_usd = getattr(ev, "estimate_fix_usd", None)
        for name in ev.agents:
            self.agent(name)
        what = f"Refining {ev.project_name}" if ev.refinement else "Building a new project"
        est = estimate_words(ev.estimate_usd, getattr(ev, "estimate_fix_usd", None),
                             getattr(ev, "estimate_typical", False))
        return [Activity(f"{what} with {ev.provider_label}{f' ({est})' if est else ''}",
                         "run", key="start")]

    def _on_agent_started(self, ev) -> list[Activity]:
        a = self.agent(ev.agent)
        a.state, a.started_at, a.round = "streaming", ev.t, ev.round
        a.streamed_chars, a.error = 0, ""
        a.stop_writing()
        if (spec := registry.spec(ev.agent)) is not None and spec.kind in ("plan", "support"):
            self._activate("Plan")
            if ev.agent == "architect":
                from devora_desktop.agents.plan_stream import PlanStream

                self._plan, self.planned = PlanStream(), []
                return [Activity("Architect is planning the files", "plan", "active",
                                 agent="architect", key="agent:architect")]
            return [Activity("Compressor is summarising the conversation", "agent", "active",
                             agent=ev.agent, key="agent:compressor")]
        if ev.agent == "reviewer":
            if self.steps["Check"] == "pending":
                self.steps["Check"] = "skipped"
            self._activate("Review")
            self.reviews += 1
            self.review_asked_again, self.review_open = False, True
            return [Activity("Reviewer is reading the project", "review", "active",
                             agent="reviewer", key=self._review_key())]
        self._activate("Build")
        fix = f" (fix round {ev.round})" if ev.round else ""
        return [Activity(f"{label(ev.agent)} is writing{fix}", "agent", "active", agent=ev.agent,
                         key=a.key)]

    def _take_plan(self, items: list) -> None:
        from devora_desktop.agents.plan_stream import PlanEntry

        for item in items:
            if isinstance(item, PlanEntry):
                self.planned.append((item.file.path, item.file.owner))

    def _on_agent_delta(self, ev) -> list[Activity]:
        a = self.agent(ev.agent)
        a.streamed_chars += len(ev.text)
        if ev.agent == "architect" and self._plan is not None:
            self._take_plan(self._plan.feed(ev.text))
            return []
        return []

    def _on_agent_waiting(self, ev) -> list[Activity]:
        """A model call waits before asking again: "Architect: the model's server asked us
        to wait 4 s (rate limit)", a line a window counts down; when it asks again, the
        same line says so."""
        key = f"retry:{ev.agent}:{ev.worker}"
        if ev.seconds <= 0:
            said = self.retry_waits.pop(key, "")
            return [Activity(f"{said}; asked again", "retry", "info", agent=ev.agent,
                             key=key, worker=ev.worker)] if said else []
        wait = f"{ev.seconds:g} s"
        if ev.rate_limited:
            said = f"{label(ev.agent)}: the model's server asked us to wait {wait} (rate limit)"
            self.retry_waits[key] = said
        else:  # the wait said once: a window counts its end down in place (walk24 #18)
            self.retry_waits[key] = f"{label(ev.agent)}: {ev.reason or 'the model call failed'}"
            said = f"{self.retry_waits[key]}{AGAIN_IN}{wait}"
        return [Activity(said, "retry", "active", agent=ev.agent, key=key, worker=ev.worker,
                         wait=ev.seconds, asked=ev.rate_limited)]

    def _on_file_started(self, ev) -> list[Activity]:
        self.agent(ev.agent).start_file(ev.path, ev.worker)
        return [Activity(f"{label(ev.agent)} is writing {ev.path}", "file", "active",
                         agent=ev.agent, path=ev.path, key=self.agent(ev.agent).key,
                         worker=ev.worker)]

    def _on_file_progress(self, ev) -> list[Activity]:
        self.agent(ev.agent).grow_file(ev.path, ev.text, ev.lines, ev.worker)
        return []

    def _on_agent_notice(self, ev) -> list[Activity]:
        level = "warning" if ev.level == "warning" else "info"
        if ev.agent not in registry.AGENTS:  # the app's own line (events.APP): no agent's
            return [Activity(f"Devora: {ev.message}", "notice", level)]
        a = self.agent(ev.agent)
        a.note = ev.message
        said = [Activity(f"{label(ev.agent)}: {ev.message}", "notice", level, agent=ev.agent)]
        if ev.agent == "reviewer" and a.state == "streaming" and not self.review_asked_again \
                and level == "info" and self.review_open:
            # asked again: this line takes the reading line's place and the second reading
            # gets one below it, which its verdict rewrites; the verdict rewrote the first,
            # above the line saying it was asked again (walk13 #27)
            first = Activity(said[0].text, "notice", level, agent=ev.agent,
                             key=self._review_key())
            self.review_asked_again = True
            return [first, Activity("Reviewer is reading the project again", "review",
                                    "active", agent="reviewer", key=self._review_key())]
        if ev.agent == "architect" and a.state == "streaming" and self.planned:
            # its notes come once the plan is known (what it costs from here): the plan's
            # line says so first; left "planning", a stop later read "Architect stopped
            # planning" above the estimate of its own plan (walk12 #12 d)
            return [self._planned_line(), *said]
        return said

    def _on_file_written(self, ev) -> list[Activity]:
        a = self.agent(ev.agent)
        a.end_file(ev.path)
        if ev.path not in a.files:
            a.files.append(ev.path)
        if ev.change != "unchanged":
            before = self.changes.get(ev.path)
            self.changes[ev.path] = "changed" if before == "deleted" else before or ev.change
        if not getattr(ev, "planned", True):
            return [Activity(f"{label(ev.agent)} added {ev.path}, a file the plan did not list",
                             "file", "warning", agent=ev.agent, path=ev.path)]
        return []

    def _on_file_deleted(self, ev) -> list[Activity]:
        if self.changes.get(ev.path) == "new":
            del self.changes[ev.path]
        else:
            self.changes[ev.path] = "deleted"
        return [Activity(f"{label(ev.agent)} deleted {ev.path}", "file", agent=ev.agent)]

    def _on_file_rejected(self, ev) -> list[Activity]:
        self.agent(ev.agent).end_file(ev.path)
        self.rejected.append((ev.path, ev.reason))
        # several workers refused the same path: one line says it (it read ten times)
        return [Activity(f"Refused {ev.path} from {label(ev.agent)}: {ev.reason}", "file",
                         "warning", agent=ev.agent, key=f"refused:{ev.agent}:{ev.path}")]

    def _on_agent_finished(self, ev) -> list[Activity]:
        return self._agent_finished(ev) + self._over_estimate()

    def _over_estimate(self) -> list[Activity]:
        """Once, when what the calls reported passes the most the run was estimated to cost
        (its fixes included): a refinement estimated at up to $0.017 spent $0.055 without a
        word (walk8 #14)."""
        if self._said_over or not self.estimate_usd:
            return []
        bound = self.estimate_usd + (self.estimate_fix_usd or 0.0)
        spent = sum(a.cost for a in self.agents.values() if a.cost is not None)
        if spent <= bound:
            return []
        self._said_over = True
        return [Activity(f"This run has cost ${spent:.4f} so far, more than its estimate (up "
                         f"to ${bound:.3f}); Settings › Runs › Budget per run stops a run at a "
                         "cap", "notice", "warning", key="over-estimate")]

    def _agent_finished(self, ev) -> list[Activity]:
        a = self.agent(ev.agent)
        a.state, a.started_at, a.streamed_chars = "done", None, 0
        a.stop_writing()
        a.seconds += ev.seconds
        a.tokens += ev.usage.total_tokens
        a.estimated = a.estimated or ev.usage.estimated
        if ev.usage.cost_usd is not None:
            a.cost = (a.cost or 0.0) + ev.usage.cost_usd
        for path in ev.files:
            if path not in a.files:
                a.files.append(path)
        secs = f" in {ev.seconds:.1f} s" if ev.seconds >= 0.05 else ""
        if ev.agent == "architect":
            if self._plan is not None:
                self._take_plan(self._plan.finish())
            return [self._planned_line(secs)]
        if ev.agent == "reviewer":
            if self.no_ai_review:
                self._no_model_review()
            return []  # the verdict says it
        if ev.agent == "compressor":
            return [Activity(f"Compressor summarised the conversation{secs}", "agent", "ok",
                             agent=ev.agent, key="agent:compressor")]
        files = [p for p in ev.files] or a.files
        return [Activity(f"{label(ev.agent)} wrote {plural(len(files), 'file')}{secs}",
                         "agent", "ok", agent=ev.agent, key=a.key)]

    def _planned_line(self, secs: str = "") -> Activity:
        # the agents by name, as every other line says them ("for 1 agent" read as a
        # contradiction beside a refusal naming another batch of the same agent)
        owners = [label(o) for o in dict.fromkeys(o for _p, o in self.planned)]
        text = (f"Architect planned {plural(len(self.planned), 'file')} for "
                f"{listed(owners)}{secs}" if self.planned else f"Architect made the plan{secs}")
        return Activity(text, "plan", "ok", agent="architect", key="agent:architect")

    def _no_model_review(self) -> None:
        """Offline, the Reviewer's step is the validators and the templates' own account:
        its pane and the agents strip say no review happened, never a tick."""
        self.no_ai_review = True
        self.steps["Review"] = "skipped"  # the step line said "✓ Review" beside "No AI review"
        a = self.agent("reviewer")
        a.state, a.started_at, a.streamed_chars = "skipped", None, 0
        a.note = "no AI review: checked by the validators only"

    def _on_agent_failed(self, ev) -> list[Activity]:
        a = self.agent(ev.agent)
        if a.started_at is not None:
            a.seconds += max(0.0, self.t - a.started_at)
        a.stop_writing()
        if getattr(ev, "budget", False):
            # the cap stopped it, nothing failed: "Frontend failed" in red and "Frontend ✗"
            # read as a fault after a budget stop (walk14 #12); the run's line says the cap
            a.state, a.started_at, a.note = "cancelled", None, ev.error
            return [Activity(f"{label(ev.agent)} stopped at the run's budget", "agent",
                             "warning", agent=ev.agent, key=a.key)]
        a.state, a.started_at, a.error = "failed", None, ev.error
        return [Activity(f"{label(ev.agent)} failed: {ev.error}", "agent", "error",
                         agent=ev.agent, key=a.key)]

    def _on_agent_skipped(self, ev) -> list[Activity]:
        a = self.agent(ev.agent)
        a.state, a.note = "skipped", ev.reason
        return []

    def _findings_activities(self, findings: list[Any], source: str) -> list[Activity]:
        out = []
        for f in findings[:20]:
            level = "error" if getattr(f, "severity", "error") == "error" else "warning"
            out.append(Activity(f"{source}: {_finding_text(f)}", "finding", level,
                                path=f.path, line=getattr(f, "line", None), detail=f.message))
        if len(findings) > 20:
            out.append(Activity(f"{source}: {len(findings) - 20} more", "finding", "warning"))
        return out

    def _on_validation_report(self, ev) -> list[Activity]:
        if self.steps["Check"] != "active":
            self._activate("Check")
        self.validator_findings = list(ev.findings)
        if not ev.findings:
            return [Activity(f"{plural(ev.files_checked, 'file')} checked: no errors found",
                             "check", "ok", key="check:validators", detail=VALIDATORS_DETAIL)]
        return self._findings_activities(ev.findings, "Validators")

    def _on_check_started(self, ev) -> list[Activity]:
        if self.steps["Check"] != "active":
            self._activate("Check")
        # a check run again in a fix round gets a line of its own below the first run's
        # failure and findings: rewriting that line in place put "The page loads without
        # errors" above the red error it had found (walk10)
        self.check_reruns[ev.check] = self.check_reruns.get(ev.check, -1) + 1
        self.checks[ev.check] = "running"
        return [Activity(check_words(ev.check)[1], "check", "active",
                         key=self._check_key(ev.check), detail=check_detail(ev))]

    def _check_key(self, check: str) -> str:
        again = self.check_reruns.get(check, 0)
        return f"check:{check}" + (f":{again}" if again else "")

    def _on_check_output(self, ev) -> list[Activity]:
        return []

    def _on_check_finished(self, ev) -> list[Activity]:
        failed_before = ev.check in self._failed_once
        self.checks[ev.check] = ev.status
        self.check_findings[ev.check] = list(ev.findings)
        if ev.status == "failed":
            self._failed_once.add(ev.check)
        key = self._check_key(ev.check)
        passed, _running, failed, what, short = check_words(ev.check)
        if failed_before and ev.status == "passed":  # said below the failure it fixed
            passed = f"{passed} now, after the fix"
        if ev.status == "skipped":
            if ev.check == "checks":  # no check ran: the step says so, not "✓ Check"
                self.steps["Check"] = "skipped"
            if ev.check == "checks" and self.declined:
                return []  # "You chose not to run checks for this project" said it
            why = f": {ev.skipped_reason}" if ev.skipped_reason else ""
            text = f"Checks skipped{why}" if ev.check == "checks" else f"Not checked {what}{why}"
            return [Activity(text, "check", "info", key=key,
                             detail="" if ev.check == "checks" else check_detail(ev))]
        if ev.status == "passed":  # a long one says how long ("Packages installed · 37 s")
            took = f" · {ev.seconds:.0f} s" if ev.seconds >= LONG_CHECK_S else ""
            return [Activity(passed + took, "check", "ok", key=key,
                             detail=check_detail(ev, f"{ev.seconds:.1f} s"))]
        code = [f"exit code {ev.exit_code}"] if ev.exit_code is not None else []
        head = Activity(failed, "check", "error", key=key, detail=check_detail(ev, *code))
        return [head, *self._findings_activities(ev.findings, short)]

    def _on_waiting_for_you(self, ev) -> list[Activity]:
        step = ev.step if ev.step in STEPS else "Check"
        if self.steps[step] != "active":
            self._activate(step)
        self.steps[step] = "waiting"
        self.waiting = ev.question
        self.choices = list(getattr(ev, "choices", []))
        if self._wait_from is None:
            self._wait_from = self.t
        where = f" ({ev.where})" if ev.where else ""
        return [Activity(f"Waiting for you: {ev.question}{where}", "wait", "warning",
                         key="wait")]

    def _on_you_answered(self, ev) -> list[Activity]:
        step = ev.step if ev.step in STEPS else "Check"
        if self.steps[step] == "waiting":
            self.steps[step] = "active"
        self.waiting = ""
        self._answered()
        if self.choices:  # a choice, not a yes or no to checks
            self.choices = []
            return [Activity(ev.text or f"You chose {ev.choice}", "wait", "info", key="wait")]
        self.declined = not ev.answer
        return [Activity(ev.text or ("You said yes" if ev.answer else "You said no"), "wait",
                         "info", key="wait")]

    def _on_shape_read(self, ev) -> list[Activity]:
        """Which app an offline new project builds, when its prompt could be more than one."""
        self.shape_read = ev
        if ev.how == "given":
            return [Activity(f"Building {ev.shape.label}, as chosen", "plan", "info")]
        if ev.how == "guessed":
            return [Activity(f"Read as {ev.shape.label}; it could also be "
                             f"{either([o.label for o in ev.others])}", "plan", "warning")]
        return []  # asked: the answer's line said it

    def _review_key(self) -> str:
        return f"agent:reviewer:{max(self.reviews, 1)}" + (":again" if self.review_asked_again
                                                             else "")

    def _on_review_verdict(self, ev) -> list[Activity]:
        self.review_open = False
        self.verdict, self.verdict_summary, self.review_issues = ev.status, ev.summary, \
            list(ev.issues)
        summary = f": {ev.summary}" if ev.summary else ""
        key = self._review_key()
        if not getattr(ev, "readable", True):
            # one plain line with the way forward; the schema's words said it thrice (walk13 #27)
            return [Activity("The Reviewer's answer could not be read twice, so the run is "
                             "not approved: run it again or choose another Reviewer model "
                             "in Settings › Agents", "review", "warning", agent="reviewer",
                             key=key)]
        if not getattr(ev, "by_model", True):  # offline: no model reviewed anything
            self._no_model_review()
            if ev.status == "APPROVE":
                return [Activity(f"No AI review: checked by the validators only{summary}",
                                 "review", "ok", agent="reviewer", key=key)]
            # what they could not do is the run's verdict, said once in its summary line
            return [Activity("No AI review: the offline templates could not do all that was "
                             "asked (the verdict says what)", "review", "warning",
                             agent="reviewer", key=key)]
        failing = [check_words(c)[2] for c, status in self.checks.items() if status == "failed"]
        if ev.status == "APPROVE" and failing:
            # a green tick above the run's not-approved end read as a contradiction (walk25
            # #20): the Reviewer read the code; what a check found is still there
            still = " and ".join(f[0].lower() + f[1:] for f in failing)
            return [Activity(f"Reviewer approved the code{summary}, but {still}", "review",
                             "info", agent="reviewer", key=key)]
        if ev.status == "APPROVE":
            return [Activity(f"Reviewer approved{summary}", "review", "ok", agent="reviewer",
                             key=key)]
        out = [Activity(f"Reviewer asked for changes{summary}", "review", "warning",
                        agent="reviewer", key=key)]
        for issue in ev.issues[:10]:
            path = str(issue.get("path") or "").strip()
            problem = str(issue.get("problem") or "").strip() or "(no description given)"
            out.append(Activity(f"{path}: {problem}" if path else problem, "finding", "warning",
                                detail=problem,
                                agent=str(issue.get("agent") or ""), path=path or None))
        return out

    def _on_version_committed(self, ev) -> list[Activity]:
        self._activate("Save")
        self.steps["Save"] = "done"
        self.version_id, self.version_number = ev.version_id, ev.number
        return [Activity(f"Saved as version v{ev.number}", "saved", "ok")]

    def _on_run_finished(self, ev) -> list[Activity]:
        self.outcome, self.approved = "finished", ev.approved
        self.final_tokens, self.final_cost = ev.usage.total_tokens, ev.cost
        self.seconds = self._worked(ev.seconds)
        self.files_written, self.files_deleted = ev.files_written, ev.files_deleted
        self.version_id = ev.version_id or self.version_id
        self.final_verdict = str(getattr(ev, "verdict", "") or "")
        if self.final_verdict:  # an engine that reports its last verify pass
            self.final_findings = list(getattr(ev, "findings", []) or [])
        self.fix_rounds = int(getattr(ev, "fix_rounds", 0) or 0)
        self.checks_skipped = list(getattr(ev, "checks_skipped", []) or [])
        self.mode_refused = bool(getattr(ev, "mode_refused", False))
        if self.mode_refused:  # what the first workers wrote was put back
            self.changes.clear()
        self._close_agents("done", "skipped")
        self._close_steps("done")
        ok = ev.approved and not self.nothing_changed  # an empty change is no green tick
        return [Activity(self.summary(), "run", "ok" if ok else "warning", key="run")]

    def _billed(self, ev) -> None:
        """A failed or stopped run's bill, as the engine counted it (also the call that
        failed); logs from before it was told keep the agents' own sum."""
        if (usage := getattr(ev, "usage", None)) is not None:
            self.final_tokens, self.final_cost = usage.total_tokens, usage.cost_usd

    def _on_run_failed(self, ev) -> list[Activity]:
        self.outcome, self.error, self.retryable = "failed", ev.error, ev.retryable
        self.unreachable = bool(getattr(ev, "unreachable", False))
        self.plan_required = bool(getattr(ev, "plan_required", False))
        self.budget_stop = bool(getattr(ev, "budget", False))
        self._billed(ev)
        self.seconds = self._worked(self.t)  # only RunFinished carries its duration
        self.retry_at = getattr(ev, "retry_at", None)
        cut = self._close_agents("cancelled" if self.budget_stop else "failed", "cancelled")
        unwait = self._unwait()
        self._close_steps("stopped" if self.budget_stop else "failed")
        text = self.summary()
        if self.retry_at is not None:
            text += f" You can run it again from {self.retry_at.astimezone():%H:%M:%S}."
        return [*cut, *unwait, *self._said_by_the_run(),
                Activity(text, "run", "warning" if self.budget_stop else "error", key="run")]

    def _said_by_the_run(self) -> list[Activity]:
        """The line of each agent whose failure failed the run, without its reason: the run's
        line says it with what was kept and a way forward, and a person read "could not
        reach …" twice, one line above the other. A feed rewrites the agent's line (same
        key); a view that cannot rewrite skips these."""
        return [Activity(f"{label(a.name)} failed", "agent", "error", agent=a.name,
                         key=a.key)
                for a in self.agents.values()
                if a.state == "failed" and a.error and self.error.startswith(a.error)]

    def _on_run_cancelled(self, ev) -> list[Activity]:
        self.outcome, self.error = "cancelled", ev.reason
        self._billed(ev)
        self.seconds = self._worked(self.t)
        cut = self._close_agents("cancelled", "cancelled")
        unwait = self._unwait(stopped=True)
        self._close_steps("stopped")
        return [*cut, *unwait, Activity(self.summary(), "run", "warning", key="run")]


def _emit(signal: SignalInstance, *args: Any) -> None:
    """Emit to every slot; a slot that fails is reported (``sys.excepthook``: the window's
    notifier, pytest-qt in tests) and the fold goes on, as a failing Qt slot would."""
    if not len(signal):  # nobody listens (the CLI to tokens): psygnal's emit costs ~5 us
        return
    try:
        signal.emit(*args)
    except Exception as exc:  # psygnal wraps it in an EmitLoopError: report the slot's own
        cause = exc.__cause__ if isinstance(exc.__cause__, Exception) else exc
        sys.excepthook(type(cause), cause, cause.__traceback__)


def by_event_class(build: Callable[[ModuleType], Mapping[type | tuple[type, ...], H]]
                   ) -> Callable[[], dict[type, H]]:
    """The one way front ends dispatch run events: by class, never by the ``type`` string.

    ``build(events)`` gets devora_desktop.agents.events and names each class's handler (a
    tuple of classes, e.g. ``events.TERMINAL``, shares one). The table is built at the first
    lookup, so the event models (pydantic) load with the first run, not with the window.
    Look up ``table().get(type(ev))``: a class the table does not name gets None (a newer
    log, replayed, or an event that view ignores)."""

    @functools.cache
    def table() -> dict[type, H]:
        from devora_desktop.agents import events

        return {cls: handler for key, handler in build(events).items()
                for cls in (key if isinstance(key, tuple) else (key,))}

    return table


_handlers = by_event_class(lambda e: {
    e.RunStarted: RunProgress._on_run_started, e.AgentStarted: RunProgress._on_agent_started,
    e.AgentDelta: RunProgress._on_agent_delta, e.AgentNotice: RunProgress._on_agent_notice,
    e.AgentWaiting: RunProgress._on_agent_waiting,
    e.FileStarted: RunProgress._on_file_started, e.FileProgress: RunProgress._on_file_progress,
    e.FileWritten: RunProgress._on_file_written, e.FileDeleted: RunProgress._on_file_deleted,
    e.FileRejected: RunProgress._on_file_rejected,
    e.AgentFinished: RunProgress._on_agent_finished, e.AgentFailed: RunProgress._on_agent_failed,
    e.AgentSkipped: RunProgress._on_agent_skipped,
    e.ValidationReport: RunProgress._on_validation_report,
    e.CheckStarted: RunProgress._on_check_started, e.CheckOutput: RunProgress._on_check_output,
    e.CheckFinished: RunProgress._on_check_finished,
    e.WaitingForYou: RunProgress._on_waiting_for_you,
    e.YouAnswered: RunProgress._on_you_answered, e.ReviewVerdict: RunProgress._on_review_verdict,
    e.ShapeRead: RunProgress._on_shape_read,
    e.VersionCommitted: RunProgress._on_version_committed,
    e.RunFinished: RunProgress._on_run_finished, e.RunFailed: RunProgress._on_run_failed,
    e.RunCancelled: RunProgress._on_run_cancelled,
})


# The signals of one event beside the state diff; the live ones (a token, a line) are sent
# alone, without diffing the state, because they come by the thousand.
_live_signals = by_event_class(lambda e: {
    e.AgentDelta: lambda m, ev: _emit(m.agent_text, ev.agent, ev.worker, ev.text),
    e.FileProgress: lambda m, ev: _emit(m.file_progress, ev.agent, ev.path, ev.worker,
                                        ev.text, ev.lines),
})
_event_signals = by_event_class(lambda e: {
    e.RunStarted: lambda m, _ev: _emit(m.run_started),
    e.AgentNotice: lambda m, ev: _emit(m.agent_said, ev.agent, ev.level, ev.message),
    e.FileRejected: lambda m, ev: _emit(m.agent_said, ev.agent, "refused",
                                        f"{ev.path}: {ev.reason}"),
    e.FileStarted: lambda m, ev: _emit(m.file_started, ev.agent, ev.path, ev.worker),
    e.FileWritten: lambda m, ev: _emit(m.file_written, ev.agent, ev.path, ev.change),
    e.FileDeleted: lambda m, ev: _emit(m.file_deleted, ev.agent, ev.path),
    e.ReviewVerdict: lambda m, ev: _emit(m.verdict_ready, ev.status, ev.summary),
    e.VersionCommitted: lambda m, ev: _emit(m.version_saved, ev.version_id, ev.number),
})

