"""The offline provider: a ChatProvider that answers from templates instead of a model.

It speaks the same wire protocol as a real model (a JSON plan, file blocks, a JSON verdict),
so offline runs go through the very same pipeline — events, validators, versions — and are
always labelled "offline templates, no AI". The prompt is read by ``templates.read``: its subject
and features shape the files, and what the templates cannot do is said in the plan's summary
and the review, never dropped silently.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator

from devora_desktop.agents import templates
from devora_desktop.agents.protocol import extract_json_object
from devora_desktop.core.errors import OutputFormatError
from devora_desktop.core.llm.base import CallParams, ChatMessage
from devora_desktop.core.models import Usage

LABEL = "Offline templates (no AI)"


class OfflineProvider:
    name = "offline"
    label = LABEL

    def __init__(self, chunk: int = 400, delay: float = 0.0) -> None:
        self.chunk = chunk
        self.delay = delay

    async def aclose(self) -> None:
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
        user = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
        system = messages[0]["content"] if messages else ""
        if agent == "architect":
            return self._plan(user, system)
        if agent == "reviewer":
            mode = "fullstack" if '"mode":"fullstack"' in user.replace(" ", "") else "web"
            if "Offline templates cannot edit a project" in user:  # a refinement
                return json.dumps({"status": "ITERATE", "issues": [], "summary": (
                    "Offline templates can't change code: the request is recorded in "
                    "CHANGES.md; add a model in Settings to apply it")})
            spec = templates.read(_request(user), mode)
            if not spec.fits:  # built something else than asked: say so, never approve
                return json.dumps({"status": "ITERATE", "summary": spec.unfit, "issues": []})
            return json.dumps({"status": "APPROVE", "summary": "Offline template: checked by "
                               "the validators only (no AI review).", "issues": []})
        if agent == "compressor":
            return " ".join(m["content"][:200] for m in messages[1:])[:1200]
        if agent == "quick":
            request = _request(user)
            spec = templates.read(request, "web")
            if "Current files:" in user:
                current = re.search(r'<file path="CHANGES.md">\n(.*?)</file>', user, re.DOTALL)
                return _note_only(request, current.group(1) if current else "")
            files = templates.all_files(spec.kind, "web", spec.name, spec)
            return _blocks(files, f"Offline template: {templates.TITLES[spec.kind]}. "
                                  + templates.summary(spec, "web"))
        return self._code(user, agent)

    def _plan(self, user: str, system: str) -> str:
        request = _request(user)
        mode = "fullstack" if 'Mode "fullstack"' in system else "web"
        spec = templates.read(request, mode)
        kind, name = spec.kind, spec.name
        if "REFINEMENT" in user:
            return json.dumps({"name": name, "summary": "Offline templates cannot edit a "
                               "project; the request is recorded in CHANGES.md.",
                               "template": kind, "files": [{"path": "CHANGES.md",
                                                            "owner": "frontend",
                                                            "purpose": "requested change",
                                                            "action": "modify"}]})
        groups = templates.files_by_owner(kind, mode, name, spec)
        files = [{"path": p, "owner": owner, "purpose": f"{templates.TITLES[kind]} template"}
                 for owner, group in groups.items() for p in group]
        summary = templates.summary(spec, mode)
        return f"Offline template plan. {summary}\n```json\n" + json.dumps({
            "name": name, "summary": summary, "template": kind,
            "stack": {"mode": mode}, "files": files}, indent=1) + "\n```"

    def _code(self, user: str, agent: str) -> str:
        m = re.search(r"Plan \(your slice\):\n```json\n(.*?)\n```", user, re.DOTALL)
        if not m:
            raise OutputFormatError("offline templates got a request without a plan")
        plan = extract_json_object(m.group(1))
        shared = re.search(r"Plan \(shared contracts[^\n]*\n```json\n(.*?)\n```", user,
                           re.DOTALL)
        if shared:
            plan = {**extract_json_object(shared.group(1)), **plan}
        mine = {f["path"] for f in plan.get("your_files", [])}
        if mine == {"CHANGES.md"}:
            current = re.search(r'<file path="CHANGES.md">\n(.*?)</file>', user, re.DOTALL)
            return _note_only(_request(user), current.group(1) if current else "")
        kind = plan.get("template") or "landing"
        if kind not in templates.SHAPES:
            kind = "landing"
        stack = plan.get("stack")
        mode = stack.get("mode") if isinstance(stack, dict) else None  # the offline plan's
        if mode not in ("web", "fullstack"):
            mode = "fullstack" if any(f.get("owner") != "frontend" for f in
                                      plan.get("other_agents_files", [])) \
                or agent != "frontend" or any(p.endswith(".tsx") for p in mine) else "web"
        spec = templates.read(_request(user), mode)
        groups = templates.files_by_owner(kind, mode, plan.get("name") or spec.name, spec)
        files = {p: t for p, t in groups.get(agent, {}).items() if p in mine}
        return _blocks(files, f"Writing {len(files)} files from the {kind} template.")


def _request(user: str) -> str:
    m = re.search(r"Request: (.*?)(?:\n\n|$)", user, re.DOTALL)
    return m.group(1).strip() if m else user.strip()


def _blocks(files: dict[str, str], intro: str) -> str:
    return intro + "\n" + "".join(f'<file path="{p}">\n{t}</file>\n' for p, t in files.items())


def _note_only(request: str, current: str = "") -> str:
    """Offline templates cannot edit code: record the request, keeping earlier ones."""
    earlier = [ln for ln in current.splitlines() if ln.startswith("- ")]
    items = "\n".join([*earlier, f"- {request}"])
    return ('Offline templates cannot change code; the request is recorded.\n'
            '<file path="CHANGES.md">\n# Requested changes\n\n'
            f'{items}\n\nAdd an AI provider (Settings) to apply changes like these.\n'
            '</file>\n')
