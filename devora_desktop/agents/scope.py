"""What a run's steps share: the request, the engine's options, the checks seam, and the
scope a step is given (:class:`StepScope`) instead of the whole ``Run``.

The steps (``build_step``, ``review_loop``) import this module, never the orchestrator, so
the orchestrator can import them without an import circle (see docs/ARCHITECTURE.md,
Layers). A step returns what it produced (the plan, a verdict); it does not write into the run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from devora_desktop.agents.events import Finding
from devora_desktop.agents.journal import Emit
from devora_desktop.core.llm.base import ChatProvider
from devora_desktop.core.models import Mode

if TYPE_CHECKING:
    from devora_desktop.agents.base import AgentEnv, BaseAgent, CodeAgent
    from devora_desktop.agents.file_gate import FileGate
    from devora_desktop.agents.shape_question import ShapeAsk
    from devora_desktop.core.llm.base import ChatMessage
    from devora_desktop.core.models import Project
    from devora_desktop.core.store import Store
    from devora_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class CheckRequest:
    """What a check gets: the project folder as it is now, and where to report."""

    root: Path
    mode: Mode
    files: tuple[str, ...]        # every file in the project now
    changed: tuple[str, ...]      # written this run
    round: int                    # 0 before any fix round, else the round being verified
    emit: Emit                    # CheckStarted / CheckOutput / CheckFinished
    owner_of: Callable[[str], str]


class Checks(Protocol):
    """Runs the project's checks (build, load, tests). Cancelled with the run."""

    async def __call__(self, request: CheckRequest) -> list[Finding]: ...


@dataclass
class RunRequest:
    prompt: str
    provider: ChatProvider
    model: str
    mode: Mode = Mode.WEB
    provider_name: str = ""
    project_id: str | None = None
    project_name: str | None = None
    agent_models: dict[str, str] = field(default_factory=dict)
    max_usd: float | None = None
    max_tokens: int | None = None
    #: Budget's usd_hint / tokens_hint, for caps that came from the settings (launch.py)
    budget_hints: dict[str, str] = field(default_factory=dict)
    preferences: list[str] = field(default_factory=list)
    checks: Checks | None = None     # this run's checks (consent given); None: the engine's
    images: int = 0                  # pictures pasted with the prompt (the conversation says so)
    image_note: str = ""             # why they were not used, when they were not
    #: offline templates only: the app to build (``--shape``, or the person's pick once the
    #: run has asked), and who to ask when the prompt reads as more than one
    #: (agents/shape_question.py); None: nobody can answer
    shape: str | None = None
    ask_shape: ShapeAsk | None = None


@dataclass
class EngineOptions:
    max_rounds: int = 2              # the fix budget: rounds for findings and review issues
    max_continuations: int = 2
    max_files_per_run: int = 300
    review_file_chars: int = 60_000
    checks: Checks | None = None     # the checks seam (review_loop.Checks); None: no checks
    shard_tokens: int | None = 800   # estimated output per worker; None: one worker per agent
    shard_files: int = 8             # and at most this many files per worker


class StepScope(Protocol):
    """The part of a run a step uses: where files go, where events go, how to call an agent
    and run several at once. ``Run`` provides it."""

    request: RunRequest
    options: EngineOptions
    checks: Checks | None
    store: Store
    gate: FileGate

    @property
    def project(self) -> Project | None: ...

    @property
    def ws(self) -> Workspace | None: ...

    def emit(self, event: Any) -> None: ...

    def env(self, agent: str) -> AgentEnv: ...

    def fit(self, agent: BaseAgent, build: Callable[[dict[str, str]], list[ChatMessage]],
            files: dict[str, str], first: Any = ()) -> list[ChatMessage]: ...

    async def parallel(self, jobs: dict[str, tuple[CodeAgent, list[ChatMessage]]],
                       round_: int = 0) -> None: ...


__all__ = ["CheckRequest", "Checks", "EngineOptions", "RunRequest", "StepScope"]
