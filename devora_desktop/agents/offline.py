"""The offline provider: a ChatProvider that answers from templates instead of a model.

It speaks the same wire protocol as a real model (a JSON plan, file blocks, a JSON verdict),
so offline runs go through the very same pipeline — events, validators, versions — and are
always labelled "offline templates, no AI". It reads the request as data (the ``Brief`` each
agent attaches, core/llm/base.py), not the prompt's prose; ``templates.read`` takes the
person's words: their subject and features shape the files, and what the templates cannot
do is said in the plan's summary and the review, never dropped silently.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from devora_desktop.agents import templates
from devora_desktop.core.errors import DevoraError, OutputFormatError
from devora_desktop.core.llm.base import Brief, CallParams, ChatMessage
from devora_desktop.core.models import Usage
from devora_desktop.core.words import CANNOT_REFINE, OFFLINE_LABEL, REFINE_HINT
from devora_desktop.core.workspace import Workspace

LABEL = OFFLINE_LABEL
#: a plan's name and summary at most (agents/protocol.Plan)
NAME_CHARS, SUMMARY_CHARS = 80, 2000
FALLBACK_NAME = "New project"
#: Why an offline run on a project that has a version is refused before it starts: the
#: templates make new apps only, and a run that wrote nothing but a note saved a version
#: titled as if the change was made. The window says it under the prompt, the CLI on error
#: (CANNOT_REFINE and REFINE_HINT, in core/words.py: the window reads them without this module).


def holds_files(workspace: Workspace) -> bool:
    """Whether a project has files an offline run would have to change: one emptied by
    "Delete these files" has none, and an offline run builds it as a new project (its Preview
    says to describe the page wanted)."""
    return next(workspace.iter_files(), None) is not None


def cannot_refine() -> DevoraError:
    return DevoraError(CANNOT_REFINE, hint="add a model key (`devora keys set openrouter`) "
                       "or start Ollama to refine it", window_hint=REFINE_HINT)


class OfflineProvider:
    name = "offline"
    label = LABEL

    def __init__(self, chunk: int = 400, delay: float = 0.0) -> None:
        self.chunk = chunk
        self.delay = delay

    async def aclose(self) -> None:
        pass

    def model_info(self, model: str) -> None:
        """No model: no context window to fit, nothing to pay."""
        return None

    async def refresh_catalogue(self) -> None:
        pass

    async def stream_chat(self, messages: list[ChatMessage], model: str, agent: str,
                          params: CallParams | None = None) -> AsyncIterator[str | Usage]:
        text = self.answer(messages, agent)
        for i in range(0, len(text), self.chunk):
            yield text[i:i + self.chunk]
            await asyncio.sleep(self.delay)
        yield Usage(cost_usd=0.0, calls=1)

    # ---- answers -----------------------------------------------------------------------
    def answer(self, messages: list[ChatMessage], agent: str) -> str:
        """The agent's answer, from the request as data (the ``brief`` its agent attached to
        the user message), never from reading the prompt's prose."""
        if agent == "compressor":
            return " ".join(m["content"][:200] for m in messages[1:])[:1200]
        brief = next((m["brief"] for m in reversed(messages) if "brief" in m), None)
        if brief is None:
            raise OutputFormatError(f"offline templates got a {agent} request without its "
                                    "brief", hint="this is a bug in Devora; please report it")
        request = brief.get("request", "")
        if agent == "architect" and brief.get("refinement"):
            raise cannot_refine()  # the run refuses first (Orchestrator): never a fake edit
        if agent == "architect":
            return self._plan(brief)
        if agent == "reviewer":
            plan = brief.get("plan") or {}
            spec = templates.read(request, _mode_of(plan), shape=_shape_of(plan))
            if not spec.fits:  # built something else than asked: say so, never approve
                return json.dumps({"status": "ITERATE", "summary": spec.unfit, "issues": []})
            # no summary: the feed already says "No AI review: checked by the validators
            # only", and a summary saying it again made the line read it twice; a weekday
            # said with a date that is not its own is noted (walk13 #36), still approved
            # and what the prompt names that the page does not show yet is noted too
            # and where a web shop's orders go (nowhere: the customer's browser keeps them)
            # and a quiz's questions left to write
            note = ". ".join(n for n in (templates.dataapp.weekday_clash(request),
                                         spec.left_note, templates.to_write_note(spec),
                                         templates.kept_note(spec, _mode_of(plan))) if n)
            return json.dumps({"status": "APPROVE", "summary": note, "issues": []})
        if agent == "quick":
            spec = templates.read(request, "web", shape=brief.get("shape"))
            files = templates.all_files(spec.kind, "web", spec.name, spec)
            return _blocks(files, f"Offline template: {templates.TITLES[spec.kind]}. "
                                  + templates.summary(spec, "web"))
        return self._code(brief, agent)

    def _plan(self, brief: Brief) -> str:
        request = brief.get("request", "")
        mode = "fullstack" if brief.get("mode") == "fullstack" else "web"
        spec = templates.read(request, mode, shape=brief.get("shape"))
        kind, name = spec.kind, spec.name
        groups = templates.files_by_owner(kind, mode, name, spec)
        files = [{"path": p, "owner": owner, "purpose": f"{templates.TITLES[kind]} template"}
                 for owner, group in groups.items() for p in group]
        summary = templates.summary(spec, mode)
        # within the plan's limits (protocol.Plan): a name read from a prompt of 3,000
        # letters without a space failed the run as "could not produce a valid plan"
        name, summary = name[:NAME_CHARS].rstrip() or FALLBACK_NAME, summary[:SUMMARY_CHARS]
        return f"Offline template plan. {summary}\n```json\n" + json.dumps({
            "name": name, "summary": summary, "template": kind,
            "stack": {"mode": mode}, "files": files}, indent=1) + "\n```"

    def _code(self, brief: Brief, agent: str) -> str:
        plan = brief.get("plan")
        if plan is None:
            raise OutputFormatError("offline templates got a request without a plan")
        request = brief.get("request", "")
        mine = set(brief.get("files", []))
        kind = _shape_of(plan) or "landing"
        mode = _mode_of(plan, brief.get("mode"))
        spec = templates.read(request, mode, shape=kind)
        groups = templates.files_by_owner(kind, mode, plan.get("name") or spec.name, spec)
        files = {p: t for p, t in groups.get(agent, {}).items() if p in mine}
        return _blocks(files, f"Writing {len(files)} files from the {kind} template.")


def _mode_of(plan: dict, mode: str | None = None) -> str:
    """The offline plan's own stack mode, else the run's."""
    stack = plan.get("stack")
    said = stack.get("mode") if isinstance(stack, dict) else None
    return said if said in ("web", "fullstack") else \
        ("fullstack" if mode == "fullstack" else "web")


def _shape_of(plan: dict) -> str | None:
    """The offline plan's template (the shape it builds), when it names one."""
    kind = plan.get("template")
    return kind if kind in templates.SHAPES else None


def _blocks(files: dict[str, str], intro: str) -> str:
    return intro + "\n" + "".join(f'<file path="{p}">\n{t}</file>\n' for p, t in files.items())
