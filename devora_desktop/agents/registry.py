"""The agents, in one place: who they are, what they write, what they cost, how they are asked.

Everything that needs the list of agents reads it here — the orchestrator (which team a mode
runs), the file gate and the plan schema (who may own a file), the review loop (who fixes
what), the estimate (typical output), the view model and the window (labels, panes),
Settings (whose model a person may pick) and the offline provider. Adding a code agent is one
:class:`AgentSpec` passed to :func:`register` plus its prompt (see docs/ARCHITECTURE.md,
Extending). This module imports nothing of the engine, so anything may import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AgentKind = Literal["plan", "code", "review", "quick", "support"]


@dataclass(frozen=True)
class AgentSpec:
    """``kind``: plan (the Architect), code (writes files it owns), review, quick (the
    one-call mode), support (the Compressor). ``modes``: for a code agent, the modes whose
    team it joins. ``owns``: what it owns, in the words the Architect is given (the
    built-in three are described in the Architect's prompt already). ``areas``: path
    prefixes it may create when the plan is silent. ``prompt``: its instructions, which become
    its section of the team prompt (roles.team_prompt); empty for the built-ins, whose
    prompts live in prompts.py.
    """

    name: str
    label: str
    kind: AgentKind
    modes: tuple[str, ...] = ()
    output_tokens: int = 0
    temperature: float = 0.2
    owns: str = ""
    areas: tuple[str, ...] = ()
    prompt: str = ""
    model_setting: bool = True


_BUILT_IN = (
    AgentSpec("architect", "Architect", "plan", output_tokens=900, temperature=0.1),
    AgentSpec("frontend", "Frontend", "code", modes=("web", "fullstack"), output_tokens=5000),
    AgentSpec("backend", "Backend", "code", modes=("fullstack",), output_tokens=2500,
              areas=("app/api/", "pages/api/", "api/", "server/", "lib/server", "lib/auth",
                     "middleware.ts", "middleware.js", "src/app/api/", "src/middleware")),
    AgentSpec("database", "Database", "code", modes=("fullstack",), output_tokens=1200,
              areas=("supabase/", "db/", "prisma/", "migrations/", "lib/db", "lib/supabase",
                     "types/database", ".sql")),
    AgentSpec("reviewer", "Reviewer", "review", output_tokens=700, temperature=0.1),
    AgentSpec("quick", "Quick", "quick", output_tokens=6000, model_setting=False),
    AgentSpec("compressor", "Compressor", "support", model_setting=False),
)

AGENTS: dict[str, AgentSpec] = {spec.name: spec for spec in _BUILT_IN}


def register(spec: AgentSpec) -> None:
    """Add an agent (or replace one of the same name)."""
    AGENTS[spec.name] = spec


def unregister(name: str) -> None:
    """Remove an agent that was registered; the built-ins come back as they were."""
    AGENTS.pop(name, None)
    for spec in _BUILT_IN:
        if spec.name == name:
            AGENTS[name] = spec


def spec(name: str) -> AgentSpec | None:
    return AGENTS.get(name)


def label(name: str) -> str:
    found = AGENTS.get(name)
    return found.label if found is not None else name.title()


def code_agents(mode: str) -> tuple[str, ...]:
    """The agents that write a mode's files, in registry order (the Frontend first)."""
    return tuple(s.name for s in AGENTS.values() if s.kind == "code" and mode in s.modes)


def file_owners() -> tuple[str, ...]:
    """Every agent a plan may name as a file's owner."""
    return tuple(s.name for s in AGENTS.values() if s.kind == "code")


def team(mode: str) -> list[str]:
    """The agents a run in ``mode`` shows, in the order they work."""
    if mode == "quick":
        return [s.name for s in AGENTS.values() if s.kind == "quick"]
    return [*(s.name for s in AGENTS.values() if s.kind == "plan"), *code_agents(mode),
            *(s.name for s in AGENTS.values() if s.kind == "review")]


def area_of(path: str) -> str:
    """Which code agent may create ``path`` when the plan does not name it: the first whose
    areas match — a suffix such as ``.sql`` first, then a path prefix — else the Frontend."""
    codes = [s for s in AGENTS.values() if s.kind == "code"]
    for s in codes:
        if any(a.startswith(".") and path.endswith(a) for a in s.areas):
            return s.name
    for s in codes:
        if any(not a.startswith(".") and path.startswith(a) for a in s.areas):
            return s.name
    return "frontend"


def configurable() -> tuple[str, ...]:
    """The agents whose model a person may choose in Settings."""
    return tuple(s.name for s in AGENTS.values() if s.model_setting)
