"""The file gate: the only way a model's file or delete reaches the project folder.

Every block passes, in order: the path check (docs/ARCHITECTURE.md, Safety: ``normalize_rel_path``
and the workspace's own no-symlink resolution), ownership (a code agent writes only the files the
plan gives it, or its area when the plan is silent), the per-run file cap, and then the write,
whose event says whether the file is new, changed or unchanged, and whether the plan listed a
new file (the feed says so when it did not). A new file the plan did not list whose name has no
extension and is none a project keeps without one (a word of an error echoed as a path, such as
"TypeError") is refused. A refused block becomes a FileRejected event, never an exception: one
bad path must not sink a run.
"""

from __future__ import annotations

from collections.abc import Callable

from devora_desktop.agents.events import FileDeleted, FileRejected, FileWritten
from devora_desktop.agents.journal import Emit
from devora_desktop.agents.protocol import DeleteBlock, FileBlock, Plan
from devora_desktop.agents.registry import area_of, file_owners
from devora_desktop.core.egress import restore_redacted
from devora_desktop.core.errors import DevoraError, UnsafePathError
from devora_desktop.core.gitrepo import is_secret_file
from devora_desktop.core.workspace import (
    Workspace,
    editor_temp,
    kept_local,
    looks_binary,
    normalize_rel_path,
)

# File names a project keeps without an extension: a worker may add these unplanned.
BARE_NAMES = frozenset({
    "AUTHORS", "Brewfile", "CHANGELOG", "CNAME", "CODEOWNERS", "COPYING", "Caddyfile",
    "Containerfile", "Dockerfile", "Gemfile", "Jenkinsfile", "Justfile", "LICENCE", "LICENSE",
    "Makefile", "NOTICE", "Procfile", "README", "Rakefile", "VERSION", "Vagrantfile"})


def odd_bare_name(rel: str) -> bool:
    """True for a path whose last part has no extension and is no name a project keeps so
    (``TypeError``, ``Tasks``); dot-files and files under a dot-folder (``.husky/pre-commit``)
    are tools' own and pass."""
    parts = rel.split("/")
    name = parts[-1]
    return ("." not in name and name not in BARE_NAMES
            and not any(p.startswith(".") for p in parts[:-1]))


class FileGate:
    """``written`` maps each path written this run to its agent; ``deleted`` lists the paths
    deleted this run. ``plan`` is set once the Architect has answered. ``on_written`` hears
    each written text file's path and text (the run starts reading it for validation)."""

    def __init__(self, ws: Workspace, emit: Emit, max_files: int,
                 on_written: Callable[[str, str], None] | None = None) -> None:
        self.ws = ws
        self.emit = emit
        self.max_files = max_files
        self.on_written = on_written
        self.plan: Plan | None = None
        self.written: dict[str, str] = {}
        self.deleted: list[str] = []

    def owner_of(self, path: str) -> str:
        """The code agent a path belongs to: the plan's word, else the path's area."""
        return (self.plan.owner_of(path) if self.plan is not None else None) or area_of(path)

    def unplanned(self, agent: str, rel: str) -> bool:
        """A code agent's path that a plan listing files does not list (a plan without files
        leaves the agents their areas)."""
        return (agent in file_owners() and self.plan is not None and bool(self.plan.files)
                and self.plan.owner_of(rel) is None)

    async def write(self, agent: str, item: FileBlock | DeleteBlock) -> bool:
        try:
            rel = normalize_rel_path(item.path)
        except UnsafePathError as exc:
            self.emit(FileRejected(agent=agent, path=str(item.path)[:200], reason=exc.reason))
            return False
        if kept_local(rel):  # the person's own keys (Project › Connect Supabase…, .env)
            why = "holds the person's own keys for this computer; write .env.example instead" \
                if rel.rsplit("/", 1)[-1].lower().startswith(".env") else \
                "is a secrets file by its name (keys, credentials): Devora never writes one"
            self.emit(FileRejected(agent=agent, path=rel, reason=f"{rel} {why}"))
            return False
        if editor_temp(rel):  # never listed, versioned, validated nor exported
            self.emit(FileRejected(agent=agent, path=rel, reason=(
                f"{rel} is named like an editor's temporary file, which is never one of the "
                "project's files: give it its real name")))
            return False
        if agent in file_owners() and self.plan is not None:
            owner = self.owner_of(rel)
            if owner != agent:
                self.emit(FileRejected(agent=agent, path=rel,
                                       reason=f"{rel} belongs to the {owner} agent"))
                return False
        if isinstance(item, DeleteBlock):
            return self._delete(agent, rel)
        if rel not in self.written and len(self.written) >= self.max_files:
            self.emit(FileRejected(agent=agent, path=rel, reason="too many files in one run "
                                   f"(limit {self.max_files})"))
            return False
        added = self.unplanned(agent, rel) and rel not in self.written
        try:
            target = self.ws.path_for(rel)
            before = target.read_bytes() if target.is_file() else None
            added = added and before is None
            if added and odd_bare_name(rel):
                self.emit(FileRejected(agent=agent, path=rel, reason=(
                    "not in the plan, and a name without an extension is no file this project "
                    "uses")))
                return False
            # a placeholder the model echoed from a redacted file gets the file's value back
            data = restore_redacted(item.content, before.decode("utf-8", "replace")
                                    if before is not None else None, rel).encode("utf-8")
            self.ws.write_file(rel, data)
        except UnsafePathError as exc:
            self.emit(FileRejected(agent=agent, path=rel, reason=exc.reason))
            return False
        self.written[rel] = agent
        if rel in self.deleted:
            self.deleted.remove(rel)
        change = "new" if before is None else ("unchanged" if before == data else "changed")
        self.emit(FileWritten(agent=agent, path=rel, size=len(data), change=change,
                              planned=not added))
        if self.on_written is not None and len(data) <= 512_000 and not looks_binary(data):
            self.on_written(rel, data.decode("utf-8", errors="replace"))
        return True

    def _delete(self, agent: str, rel: str) -> bool:
        if not self.ws.exists(rel):
            self.emit(FileRejected(agent=agent, path=rel, reason="no such file to delete"))
            return False
        self.ws.delete_file(rel)
        self.written.pop(rel, None)
        self.deleted.append(rel)
        self.emit(FileDeleted(agent=agent, path=rel))
        return True

    def text_files(self, only: set[str] | None = None) -> dict[str, str]:
        """The project's text files as they are now (binary and >512 KB files left out),
        least recently changed first: prompts that quote them then share a long prefix with
        the previous turn's, which the provider serves from its cache."""
        out = {}
        for rel in files_by_age(self.ws):
            if only is not None and rel not in only:
                continue
            data = (self.ws.root / rel).read_bytes()
            if len(data) <= 512_000 and not looks_binary(data):
                out[rel] = data.decode("utf-8", errors="replace")
        return out


def files_by_age(ws: Workspace) -> list[str]:
    def changed(rel: str) -> tuple[int, str]:
        try:
            return (ws.path_for(rel).stat().st_mtime_ns, rel)
        except (OSError, DevoraError):
            return (0, rel)

    return sorted((p for p in ws.list_files() if not is_secret_file(p)), key=changed)
