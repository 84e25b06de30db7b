"""What every agent must know about a project beyond the request: the project's own rules for
AI agents (AGENTS.md, AI_RULES.md, .cursorrules) and what the person changed themselves since
the last run (in Devora's editor, another editor, or with git), so no agent undoes it.

It rides on the request text each agent gets (``Run.brief``), the one thing every role reads.
"""

from __future__ import annotations

from pathlib import Path

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.gitrepo import is_secret_file
from devora_desktop.core.repomap import RepoMap
from devora_desktop.core.workspace import Workspace

RULE_FILES = ("AGENTS.md", "AI_RULES.md", ".cursorrules")
MAX_RULES_CHARS = 6_000
MAX_EDITS_CHARS = 8_000
#: Above this many files the Architect gets the repository map instead of every file's line.
MAP_ABOVE_FILES = 150
MAP_TOKENS = 4_000
MAX_REFERENCE_CHARS = 8_000


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
        diff = ws.diff_to_worktree(version)
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


def map_manifest(ws: Workspace, files: list[str], request: str,
                 cache: Path) -> tuple[list[tuple[str, str]], RepoMap]:
    """The Architect's file listing for a big codebase: files ranked by relevance to the
    request with what they define, within :data:`MAP_TOKENS`; the rest by name while room
    lasts (core/repomap.py)."""
    repo_map = RepoMap.build(ws.root, files, cache)
    text = repo_map.render(request, MAP_TOKENS, others=files)
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.startswith("  "):
            out.append((line.removesuffix(":"), ""))
        elif out:
            path, summary = out[-1]
            out[-1] = (path, f"{summary}, {line.strip()}" if summary else
                       f"defines {line.strip()}")
    shown = len(out)
    if out and out[-1][0] == "... more files not shown":
        out.pop()
        shown -= 1
    if shown < len(files):
        out.append((f"... and {len(files) - shown} more files", "ask for them by path"))
    return out, repo_map


def reference_files(ws: Workspace, repo_map: RepoMap, paths: list[str]) -> dict[str, str]:
    """The text of the files ``paths`` use (by the names they reference), for an agent that
    changes ``paths``: at most 4, each cut to 8 KB, never a secret file."""
    out: dict[str, str] = {}
    for rel in repo_map.related(paths, limit=8):
        if len(out) >= 4 or is_secret_file(rel):
            continue
        try:
            text = ws.read_text(rel)
        except (DevoraError, OSError):
            continue
        out[rel] = text[:MAX_REFERENCE_CHARS]
    return out
