"""RunEvents: what a run tells its front ends (docs/ARCHITECTURE.md, Run events). A
discriminated union, saved as NDJSON with the run so a finished run can be replayed offline."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, TypeAdapter

# Finding lives in core so the checks (core) can make findings; re-exported here.
from devora_desktop.core.models import Finding as Finding
from devora_desktop.core.models import Usage


class _Event(BaseModel):
    t: float = 0.0  # seconds since the run started


class RunStarted(_Event):
    type: Literal["run_started"] = "run_started"
    run_id: str
    project_id: str
    project_name: str
    mode: str
    provider: str
    provider_label: str
    model: str
    refinement: bool = False
    agents: list[str] = Field(default_factory=list)
    estimate_usd: float | None = None
    estimate_tokens: int | None = None
    fix_budget: int = 0                      # fix rounds the run may use
    estimate_fix_usd: float | None = None    # the whole fix budget, worst case
    estimate_fix_tokens: int | None = None
    estimate_typical: bool = False           # sized as a typical app: this model's not known


class AgentStarted(_Event):
    type: Literal["agent_started"] = "agent_started"
    agent: str
    model: str
    round: int = 0


class AgentDelta(_Event):
    type: Literal["agent_delta"] = "agent_delta"
    agent: str
    text: str
    #: Which worker of an agent that runs as several (agents/build_step.py) sent the text,
    #: from 1; 0 when the agent runs alone. Workers stream at once: keep their texts apart.
    worker: int = 0


#: The ``agent`` of a notice no agent gave: the app's own line about the run (it saved the
#: person's unsaved edits first, say), shown as Devora's, not as an agent's.
APP = "devora"


class AgentNotice(_Event):
    type: Literal["agent_notice"] = "agent_notice"
    agent: str
    message: str
    level: Literal["info", "warning"] = "info"


class AgentWaiting(_Event):
    """The agent's model call waits before it asks again: the server asked (HTTP 429 and its
    Retry-After) or failed in a way worth another try. ``seconds`` 0: the wait is over, the
    call is asked again."""

    type: Literal["agent_waiting"] = "agent_waiting"
    agent: str
    seconds: float
    #: why, in the person's words: "rate limit", or the failure ("… failed with HTTP 503")
    reason: str = ""
    rate_limited: bool = False
    worker: int = 0


class FileStarted(_Event):
    """A code agent began a file, in any block format the model used (the protocol parser
    reads it: agents/protocol.py). FileProgress follows with its lines; FileWritten,
    FileRejected or the agent's end closes it. Again for the same path when a continuation
    starts the file over."""

    type: Literal["file_started"] = "file_started"
    agent: str
    path: str
    worker: int = 0  # as AgentDelta.worker


class FileProgress(_Event):
    """More whole lines of the file being written: ``text`` holds the new lines (each ends
    in a newline), ``lines`` how many there are so far."""

    type: Literal["file_progress"] = "file_progress"
    agent: str
    path: str
    text: str
    lines: int
    worker: int = 0


class FileWritten(_Event):
    type: Literal["file_written"] = "file_written"
    agent: str
    path: str
    size: int
    change: Literal["new", "changed", "unchanged"] = "new"
    planned: bool = True  # False: a new file the plan did not list (the feed says so)


class FileDeleted(_Event):
    type: Literal["file_deleted"] = "file_deleted"
    agent: str
    path: str


class FileRejected(_Event):
    type: Literal["file_rejected"] = "file_rejected"
    agent: str
    path: str
    reason: str


class AgentFinished(_Event):
    type: Literal["agent_finished"] = "agent_finished"
    agent: str
    usage: Usage
    seconds: float
    files: list[str] = Field(default_factory=list)
    round: int = 0


class AgentFailed(_Event):
    type: Literal["agent_failed"] = "agent_failed"
    agent: str
    error: str
    retryable: bool = False
    #: the run's budget stopped it (a cap, not a fault of the agent or its model)
    budget: bool = False


class AgentSkipped(_Event):
    type: Literal["agent_skipped"] = "agent_skipped"
    agent: str
    reason: str


class ValidationReport(_Event):
    type: Literal["validation_report"] = "validation_report"
    findings: list[Finding] = Field(default_factory=list)
    files_checked: int = 0


class CheckStarted(_Event):
    """A check of the generated project began: it runs the model's code (with consent).

    ``check`` names the step ("web-load", "npm-install", "npm-build", "python-compile",
    "pytest"); ``tool`` the program that does it ("qtwebengine", "chromium", "npm",
    "python"); ``round`` is 0 before any fix round, then the fix round it verifies."""

    type: Literal["check_started"] = "check_started"
    check: str
    tool: str
    command: str = ""
    round: int = 0


class CheckOutput(_Event):
    """A batch of the check's output lines (each line and the total are capped)."""

    type: Literal["check_output"] = "check_output"
    check: str
    lines: list[str] = Field(default_factory=list)


class CheckFinished(_Event):
    """``skipped`` (with ``skipped_reason``: no tool, offline, no consent) is never a failure;
    ``failed`` carries the findings that go to the owning agents."""

    type: Literal["check_finished"] = "check_finished"
    check: str
    tool: str
    status: Literal["passed", "failed", "skipped"]
    exit_code: int | None = None
    seconds: float = 0.0
    skipped_reason: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    output_truncated: bool = False
    round: int = 0


class ShapeChoice(BaseModel):
    """One app the offline templates can build, as a person would pick it: ``shape`` is the
    template's name (``devora generate --shape``), ``name`` a button's text ("Board"),
    ``label`` what it is in a few words ("a board with columns (move cards along)")."""

    shape: str
    name: str
    label: str
    #: what the prompt asks that no offline template builds ("a game (snake game)"), the same
    #: on each choice: the question says it, so neither choice reads as what was asked
    unbuilt: str = ""


class WaitingForYou(_Event):
    """The run is paused on the person: nothing happens until they answer. Two questions
    today: may checks run this project's code (asked only where nothing confines that code,
    step "Check"), and which app an offline new project should be when its prompt reads as
    more than one (``choices``, step "Plan"; agents/templates/reader.py). ``question`` is what
    is asked, ``where`` where to answer it; ``step`` is the step that waits."""

    type: Literal["waiting_for_you"] = "waiting_for_you"
    question: str
    where: str = ""
    step: str = "Check"
    choices: list[ShapeChoice] = Field(default_factory=list)


class YouAnswered(_Event):
    """The person answered the question a :class:`WaitingForYou` asked; the run goes on.
    ``choice``: the shape they picked, for a question with choices."""

    type: Literal["you_answered"] = "you_answered"
    answer: bool
    text: str = ""
    step: str = "Check"
    choice: str = ""


class ShapeRead(_Event):
    """Which app an offline new project builds when its prompt could be more than one (a sure
    reading sends none). ``how``: "given" (chosen before the run: ``--shape``), "asked" (the
    person picked it from ``others`` and it), "guessed" (nobody to ask: the reader's first
    choice is built and ``others`` are what else it could be)."""

    type: Literal["shape_read"] = "shape_read"
    shape: ShapeChoice
    how: Literal["given", "asked", "guessed"]
    others: list[ShapeChoice] = Field(default_factory=list)


class ReviewVerdict(_Event):
    """``readable=False``: the Reviewer's answer could not be read even after a re-ask; the
    status is then ITERATE with no issues, and the run is not approved. ``by_model=False``: no
    model reviewed (offline templates): only the validators and the templates' own account of
    what they built stand behind the status."""

    type: Literal["review_verdict"] = "review_verdict"
    status: Literal["APPROVE", "ITERATE"]
    iteration: int
    summary: str = ""
    issues: list[dict] = Field(default_factory=list)
    readable: bool = True
    by_model: bool = True


class VersionCommitted(_Event):
    type: Literal["version_committed"] = "version_committed"
    version_id: str
    number: int
    message: str


class RunFinished(_Event):
    """The run committed its version. ``approved`` (docs/ARCHITECTURE.md, Data flow) only when
    every planned file exists, validators and checks found no error (a skipped check is listed
    in ``checks_skipped``, not a failure) and the Reviewer approved in a readable answer.
    ``verdict`` says it in one line ("approved" / "not approved: <reasons>"); ``findings``
    are those of the last verify pass. ``fix_rounds`` used and what they cost
    (``fix_cost``) are part of ``usage``/``cost``. Logs saved before these fields replay
    with their defaults."""

    type: Literal["run_finished"] = "run_finished"
    usage: Usage
    cost: float | None = None
    approved: bool = True
    files_written: int = 0
    files_deleted: int = 0
    version_id: str | None = None
    seconds: float = 0.0
    verdict: str = ""
    findings: list[Finding] = Field(default_factory=list)
    checks_skipped: list[str] = Field(default_factory=list)
    fix_rounds: int = 0
    fix_cost: float | None = None
    #: the plan needed a mode this run was not (agents/mode_plan): what its first workers
    #: wrote was put back, nothing is kept, and ``verdict`` says what to do instead
    mode_refused: bool = False


class RunFailed(_Event):
    """``retry_at``: the provider rate-limited the run until then (UTC); the front end can
    offer to run it again at that time. ``usage``: what the run was billed, as RunFinished
    (the agents' own reports miss the call that failed; logs saved before it replay without)."""

    type: Literal["run_failed"] = "run_failed"
    error: str
    retryable: bool = False
    retry_at: datetime | None = None
    usage: Usage | None = None
    #: no model could be reached at all (network off, server down): the offline
    #: templates, which need none, could build it instead
    unreachable: bool = False
    #: the plan refused the run (Free's AI runs of the day, a Pro feature): Upgrade to Pro
    #: can lift it
    plan_required: bool = False
    #: the run reached its budget per run: raising it lets the same run go on
    budget: bool = False


class RunCancelled(_Event):
    type: Literal["run_cancelled"] = "run_cancelled"
    reason: str = "stopped by the user"
    usage: Usage | None = None  # as RunFailed's


RunEvent = Annotated[
    RunStarted | AgentStarted | AgentDelta | AgentNotice | AgentWaiting | FileStarted
    | FileProgress
    | FileWritten | FileDeleted
    | FileRejected | AgentFinished | AgentFailed | AgentSkipped | ValidationReport
    | CheckStarted | CheckOutput | CheckFinished | WaitingForYou | YouAnswered | ShapeRead
    | ReviewVerdict | VersionCommitted
    | RunFinished | RunFailed | RunCancelled,
    Field(discriminator="type")]

EVENT_ADAPTER: TypeAdapter[RunEvent] = TypeAdapter(RunEvent)
TERMINAL = (RunFinished, RunFailed, RunCancelled)


def load_event(data: dict) -> RunEvent:
    return EVENT_ADAPTER.validate_python(data)
