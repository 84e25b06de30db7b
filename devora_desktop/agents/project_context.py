"""What every agent must know about a project beyond the request: the project's own rules for
AI agents (AGENTS.md, AI_RULES.md, .cursorrules) and what the person changed themselves since
the last run (in Devora's editor, another editor, or with git), so no agent undoes it.

It rides on the request text each agent gets (``Run.brief``), the one thing every role reads.
"""

from __future__ import annotations

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.workspace import Workspace

RULE_FILES = ("AGENTS.md", "AI_RULES.md", ".cursorrules")
MAX_RULES_CHARS = 6_000
MAX_EDITS_CHARS = 8_000


def project_rules(ws: Workspace) -> str:
    parts = []
    for name in RULE_FILES:
        try:
            text = ws.read_text(name).strip()
        except (DevoraError, OSError):
            continue
        if text:
            parts.append(f"From {name}:\n{text[:MAX_RULES_CHARS]}")
    return "\n\n".join(parts)


def edits_since(ws: Workspace, version: str | None) -> str:
    """The unified diff from ``version`` (the last run's) to the files as they are now."""
    if not version:
        return ""
    try:
        diff = ws.diff(version, None)
    except (DevoraError, OSError, KeyError):
        return ""
    if len(diff) > MAX_EDITS_CHARS:
        diff = diff[:MAX_EDITS_CHARS] + "\n[... the rest of the diff is left out]\n"
    return diff


def context_note(ws: Workspace, last_version: str | None) -> str:
    """The text appended to the request for every agent ("" when there is nothing to say)."""
    parts = []
    if rules := project_rules(ws):
        parts.append("The project's rules for AI agents (follow them):\n" + rules)
    if edits := edits_since(ws, last_version):
        parts.append("Since the last run the person changed these files themselves; keep "
                     "their changes unless the request says otherwise:\n```diff\n"
                     + edits + "```")
    return ("\n\n" + "\n\n".join(parts)) if parts else ""
