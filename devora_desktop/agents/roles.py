"""The agents of a run. They differ only in prompt, the slice of the plan they see and the
files they may touch, so they share one module; the machinery lives in ``base``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from devora_desktop.agents import prompts, registry
from devora_desktop.agents.base import BaseAgent, CodeAgent
from devora_desktop.agents.events import Finding
from devora_desktop.agents.plan_stream import parse_plan
from devora_desktop.agents.protocol import (
    Plan,
    PlannedFile,
    Review,
    ReviewIssue,
    parse_review,
)
from devora_desktop.agents.review_cache import ReviewBase
from devora_desktop.core.errors import OutputFormatError
from devora_desktop.core.llm.base import Brief, ChatMessage
from devora_desktop.core.llm.caching import stable

# A file an agent must send back complete is shown whole: cut at 60,000 characters (the
# context budget of files read for reference), an offline app's 71 KB app.js reached a
# refining worker without its last 11 KB, which it was told to write back whole. Up to
# what one answer can carry (~64K tokens); beyond that it is cut and says so.
REWRITE_CHARS = 256_000


def render_files(files: Iterable[tuple[str, str]], limit: int = 60_000) -> str:
    out, used = [], 0
    for path, text in files:
        if used + len(text) > limit:
            text = text[: max(0, limit - used)] + "\n[... cut for length ...]\n"
        out.append(f'<file path="{path}">\n{text}</file>')
        used += len(text)
        if used >= limit:
            break
    return "\n".join(out)


def render_checks(checks: Iterable[str]) -> str:
    lines = list(checks)
    return "Checks:\n" + "\n".join(f"- {c}" for c in lines) if lines else \
        "Checks: none ran."


def _review_brief(request: str, plan: Plan) -> Brief:
    return {"agent": "reviewer", "request": request,
            "plan": plan.model_dump(exclude_none=True, exclude={"files"})}


def render_findings(findings: list[Finding]) -> str:
    if not findings:
        return "No findings."
    return "\n".join(f"- {f.severity.upper()} {f.path}"
                     f"{':' + str(f.line) if f.line else ''} [{f.check}] {f.message}"
                     for f in findings)


def _role(text: str) -> str:
    """A role's own instructions: its prompt without the line that names it and without the
    rules every writer shares (they are given once, at the end of the team prompt)."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    for shared in (prompts.FILE_FORMAT, prompts.SECURITY_RULES):
        body = body.replace(shared, "")
    return body.strip()


def team_prompt(mode: str, roles: bool = True) -> str:
    """The one system prompt of every agent of a ``web`` or ``fullstack`` team. Every request
    of a run opens with the same text, so the provider reads it from its cache after the first.
    ``roles``: the instructions of the agents that work on the plan at once (the Architect and
    the code agents, registered ones too), whose many workers share it; without, only what
    every agent needs. The Reviewer's request opens without them (one request a round, its own
    instructions in its message, its cache the project checkpoint): a small refinement then
    does not send the Reviewer's instructions to every agent (bench/orchestrator.py)."""
    parts = [prompts.TEAM]
    if roles:
        parts += [f"## The {registry.label(name)} agent\n" + role_prompt(name, mode)
                  for name in ("architect", *registry.code_agents(mode))]
    rules = (prompts.SECURITY_RULES + "\n\n" if mode == "fullstack" else "") + prompts.FILE_FORMAT
    parts.append("## Every agent that writes files\n" + rules)
    return "\n\n".join(parts)


def role_prompt(name: str, mode: str) -> str:
    """An agent's own instructions in a team run, without the rules the team prompt gives."""
    if name == "architect":
        text = _role(prompts.ARCHITECT.replace("{mode_rules}", prompts.MODE_RULES[mode]))
        extra = [s for s in registry.AGENTS.values()
                 if s.owns and s.kind == "code" and mode in s.modes]
        if extra:
            text += ("\nMore file owners in this mode (use them for these files):\n"
                     + "\n".join(f'- "{s.name}": {s.owns}' for s in extra))
        return text
    if name == "frontend":
        return _role(prompts.FRONTEND.replace("{stack_rules}", prompts.FRONTEND_STACK[mode]))
    builtin = {"backend": prompts.BACKEND, "database": prompts.DATABASE,
               "reviewer": prompts.REVIEWER}
    return _role(builtin.get(name) or "\n" + registry.AGENTS[name].prompt)


def role_line(name: str, mode: str, roles: bool = True) -> str:
    """The opening of an agent's own part of its request: its name, and its instructions
    when the team prompt does not carry them (``team_prompt``)."""
    line = f"You are the {registry.label(name)} agent"
    if mode not in prompts.MODE_RULES:  # no team: the system prompt is the role's own
        return line + ".\n\n"
    if roles:
        return line + ": follow its section above.\n\n"
    return f"{line}. Your instructions:\n{role_prompt(name, mode)}\n\n"


class ArchitectAgent(BaseAgent):
    name = "architect"

    def messages(self, request: str, mode: str, *, preferences: list[str],
                 manifest: list[tuple[str, str]] | None = None, conversation: str = "",
                 similar: list[str] | None = None,
                 shape: str | None = None) -> list[ChatMessage]:
        """``shape``: the app the person chose among those an offline prompt reads as (the
        brief carries it; a model plans from the words)."""
        system = team_prompt(mode)
        user = role_line(self.name, mode)
        if preferences:
            user += "User preferences:\n" + "\n".join(f"- {p}" for p in preferences) + "\n\n"
        if similar:
            user += ("Similar projects this user built before (reuse what fits):\n"
                     + "\n".join(f"- {s}" for s in similar) + "\n\n")
        user += f"Request: {request}"
        brief: Brief = {"agent": self.name, "request": request, "mode": mode,
                        "refinement": manifest is not None}
        if shape:
            brief["shape"] = shape
        if manifest is None:
            return [stable("system", system),
                    {"role": "user", "content": user, "brief": brief}]
        # Stable first (cached across turns): the file listing, then the conversation.
        listing = "\n".join(f"- {path}: {summary}" for path, summary in manifest)
        head = f"Existing files:\n{listing}\n\n"
        return [stable("system", system), {**stable("user", head, (
            f"Conversation so far:\n{conversation or '(none)'}\n\nThis is a REFINEMENT of "
            f"an existing project. List only the files to create, modify or delete.\n\n"
            f"{user}")), "brief": brief}]

    async def plan(self, messages: list[ChatMessage],
                   on_text: Callable[[str], None] | None = None,
                   on_invalid: Callable[[], None] | None = None) -> Plan:
        """The validated plan. ``on_text`` reads the first answer while it streams (a re-ask
        after an invalid answer is read whole, once ``on_invalid`` has run)."""
        try:
            return await self.call_parsed(messages, parse_plan, prompts.REASK_JSON, on_text,
                                          on_invalid)
        except OutputFormatError as exc:
            raise OutputFormatError(f"the architect could not produce a valid plan: {exc}",
                                    hint="try again or pick a stronger model") from None


class FileAgent(CodeAgent):
    """Frontend, Backend, Database: the same loop with another prompt and area."""

    def __init__(self, name: str, env, mode: str) -> None:
        super().__init__(env)
        self.name = name
        self.mode = mode

    def system_prompt(self) -> str:
        return team_prompt(self.mode)

    def messages(self, request: str, plan: Plan, current: dict[str, str],
                 issues: list[ReviewIssue] | None = None,
                 findings: list[Finding] | None = None,
                 missing: list[str] | None = None, *,
                 files: list[PlannedFile] | None = None,
                 plan_complete: bool = True,
                 reference: dict[str, str] | None = None) -> list[ChatMessage]:
        """``missing``: ask for exactly these planned files, which an earlier answer left
        out; otherwise the agent's whole slice (or, with issues/findings, a fix). ``files``:
        this worker's group when the agent is sharded; ``plan_complete`` False while the
        Architect is still listing files."""
        mine = plan.files_for(self.name) if files is None else files
        # Stable first, so every worker of every agent shares a cached prefix: the team
        # prompt, the plan's shared contracts, its files so far in plan order (a later worker
        # shares all an earlier one saw); then this worker's current text of files; its role,
        # its own files and the request last.
        contracts = {"name": plan.name, "summary": plan.summary, "template": plan.template,
                     "stack": plan.stack, "pages": plan.pages, "api": plan.api,
                     "data_models": plan.data_models}
        listed = [f for f in plan.files if f.action != "delete"]
        head = ("Plan (shared contracts: every agent builds against these exact routes, types "
                "and tables):\n```json\n" + json.dumps(contracts, indent=1, default=str)
                + "\n```\n\nThe plan's files" + ("" if plan_complete else " so far")
                + " (path, owner: purpose):\n"
                + "".join(f"- {f.path}, {f.owner}: {f.purpose}\n" for f in listed) + "\n")
        if current:
            head += ("Current text of the files you change (send each one back complete):\n"
                     + render_files(current.items(), REWRITE_CHARS) + "\n\n")
        if reference:  # what those files use, in a big codebase (agents/project_context.py)
            head += ("For reference only, files yours use (do not send them back):\n"
                     + render_files(reference.items(), 32_000) + "\n\n")
        own = {f.path for f in mine}
        slice_ = {"your_files": [f.model_dump() for f in mine]}
        parts = [role_line(self.name, self.mode).rstrip("\n"),
                 "Your files:\n```json\n" + json.dumps(slice_, indent=1, default=str)
                 + "\n```", f"Request: {request}"]
        if files is not None:
            parts.append("Other workers write the other files at the same time, against the "
                         "same contracts: write ONLY your files, and import from theirs by "
                         "the paths and names the plan gives.")
        if not plan_complete:
            parts.append("The Architect is still listing files: more may follow; rely on the "
                         "contracts above for everything you share with them.")
        if issues or findings:
            lines = [f"- {i.path}: {i.problem} -> {i.fix}" for i in issues or []]
            parts.append("Fix these problems found in review:\n" + "\n".join(lines)
                         + ("\n" + render_findings(findings) if findings else ""))
            parts.append("Send only the files you change.")
        elif missing:
            todo = "\n".join(f"- {f.action} {f.path}: {f.purpose}" for f in mine
                             if f.path in missing)
            parts.append("Your answer did not include these planned files. Write exactly "
                         f"these files now, complete:\n{todo}")
        else:
            todo = "\n".join(f"- {f.action} {f.path}: {f.purpose}" for f in mine)
            parts.append(f"Write these files now:\n{todo}")
        brief: Brief = {"agent": self.name, "request": request, "mode": self.mode,
                        "plan": contracts, "files": [f.path for f in mine],
                        "others": [{"path": f.path, "owner": f.owner} for f in listed
                                   if f.path not in own],
                        "current": dict(current)}
        return [stable("system", self.system_prompt()),
                {**stable("user", head, "\n\n".join(parts)), "brief": brief}]


class QuickAgent(CodeAgent):
    name = "quick"

    def messages(self, request: str, current: dict[str, str],
                 preferences: list[str],
                 findings: list[Finding] | None = None,
                 shape: str | None = None) -> list[ChatMessage]:
        """``findings``: a fix round (validators, checks) on the files in ``current``;
        ``shape``: the offline app the person chose (as the Architect's)."""
        system = prompts.QUICK
        if preferences:
            system += "\n\nUser preferences:\n" + "\n".join(f"- {p}" for p in preferences)
        user = f"Request: {request}"
        brief: Brief = {"agent": self.name, "request": request, "mode": "quick",
                        "refinement": bool(current), "current": dict(current)}
        if shape:
            brief["shape"] = shape
        if findings:
            user += ("\n\nFix these problems found in your files:\n" + render_findings(findings)
                     + "\nSend only the files you change.")
        if not current:
            return [stable("system", system), {"role": "user", "content": user, "brief": brief}]
        head = "Current files:\n" + render_files(current.items(), REWRITE_CHARS) + "\n\n"
        return [stable("system", system), {**stable("user", head, (
            "This is a change to an existing project; send only changed or deleted files.\n\n"
            + user)), "brief": brief}]


class ReviewerAgent(BaseAgent):
    name = "reviewer"
    file_chars = 60_000

    def __init__(self, env, mode: str = "fullstack") -> None:
        super().__init__(env)
        self.mode = mode

    def system_prompt(self) -> str:
        """The rules the team shares; its own instructions open its message."""
        return (team_prompt(self.mode, False) if self.mode in prompts.MODE_RULES
                else prompts.REVIEWER)

    def messages(self, request: str, plan: Plan, files: dict[str, str],
                 findings: list[Finding], changed: Iterable[str] = (),
                 checks: Iterable[str] = (), base: ReviewBase | None = None) -> list[ChatMessage]:
        """With ``base`` (agents/review_cache.py): the project at a checkpoint first, the same
        text turn after turn, then the files changed since. Without: files this run did not
        touch first, then the changed ones. Then the plan, findings, checks and request."""
        if base is not None:
            return self._from_checkpoint(request, plan, files, findings, changed, checks, base)
        recent = set(changed)
        new = [(p, t) for p, t in files.items() if p in recent]
        old = [(p, t) for p, t in files.items() if p not in recent]
        room = max(0, self.file_chars - sum(len(t) for _, t in new))  # changed files win
        shown = [render_files(old, room)] if old and room else []
        shown += [render_files(new, self.file_chars)] if new else []
        plan_json = plan.model_dump_json(exclude_none=True)
        head = "Project files:\n" + "\n".join(shown) + "\n\n"
        role = role_line(self.name, self.mode, False)
        tail = (f"{role}Plan:\n```json\n{plan_json}\n```\n\n"
                f"Findings (validators, completeness, checks):\n{render_findings(findings)}"
                f"\n\n{render_checks(checks)}\n\nRequest: {request}")
        return [stable("system", self.system_prompt()),
                {**stable("user", head, tail), "brief": _review_brief(request, plan)}]

    def _from_checkpoint(self, request: str, plan: Plan, files: dict[str, str],
                         findings: list[Finding], changed: Iterable[str],
                         checks: Iterable[str], base: ReviewBase) -> list[ChatMessage]:
        kept = [(p, t) for p, t in base.files.items() if p in files]  # ``fit`` may drop some
        since = sorted(base.changed(files).items())
        gone = base.deleted()
        head = ("Project files at a checkpoint (a file listed again under \"Changed since\" "
                "replaces this text):\n"
                + render_files(kept, self.file_chars) + "\n\n")
        parts = [role_line(self.name, self.mode, False).rstrip("\n")]
        if since or gone:
            parts.append("Changed since the checkpoint (current text):\n"
                         + render_files(since, self.file_chars)
                         + (f"\nDeleted since the checkpoint: {', '.join(gone)}" if gone else ""))
        this_run = sorted(set(changed))
        if this_run:
            parts.append("Written in this run: " + ", ".join(this_run))
        plan_json = plan.model_dump_json(exclude_none=True)
        parts.append(f"Plan:\n```json\n{plan_json}\n```\n\n"
                     f"Findings (validators, completeness, checks):\n{render_findings(findings)}"
                     f"\n\n{render_checks(checks)}\n\nRequest: {request}")
        return [stable("system", self.system_prompt()),
                {**stable("user", head, "\n\n".join(parts)),
                 "brief": _review_brief(request, plan)}]

    async def review(self, messages: list[ChatMessage]) -> Review:
        """The Reviewer's verdict, asked again once if it cannot be read; still unreadable
        -> ``Review.unreadable()``, which never approves."""
        try:
            return await self.call_parsed(
                messages, parse_review, prompts.REASK_REVIEW,
                retry_note="its answer was not in the review's form; asking once more")
        except OutputFormatError:  # the feed says so once, from the verdict (walk13 #27)
            return Review.unreadable()
