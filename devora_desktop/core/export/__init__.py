"""Getting a project out of Devora: folder, zip, GitHub (one commit), Vercel.

Every exporter starts from :func:`plan_export`: the files that leave (no ``.git``,
``.devora``, ``node_modules``, build output, ``.env`` files, symlinks) and the secrets found
in them (``core.codescan.find_secrets``: detect-secrets plus the key formats it lacks, and
every key this app holds), so the user is asked before a key ever leaves the machine.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.core.codescan import find_secrets
from devora_desktop.core.workspace import Workspace

ENV_ALLOWED = {".env.example", ".env.sample", ".env.template"}

@dataclass(frozen=True)
class SecretFinding:
    path: str
    line: int
    kind: str


@dataclass
class ExportPlan:
    root: Path
    files: list[str]
    secrets: list[SecretFinding] = field(default_factory=list)

    @property
    def flagged(self) -> set[str]:
        return {s.path for s in self.secrets}

    def files_to_send(self, include_flagged: bool = False) -> list[str]:
        flagged = self.flagged
        return [f for f in self.files if include_flagged or f not in flagged]

    def mode(self, rel: str) -> int:
        return stat.S_IMODE((self.root / rel).lstat().st_mode)

    def read(self, rel: str) -> bytes:
        return (self.root / rel).read_bytes()


def is_env_file(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return (name == ".env" or name.startswith(".env.")) and name not in ENV_ALLOWED


def scan_secrets(rel: str, data: bytes, known: list[str] | None = None) -> list[SecretFinding]:
    if b"\0" in data[:8192]:
        return []
    text = data.decode("utf-8", errors="replace")
    found = [SecretFinding(rel, s.line, s.kind) for s in find_secrets(text, rel)]
    for value in known or []:
        if len(value) >= 8 and value in text:
            found.append(SecretFinding(rel, text.count("\n", 0, text.index(value)) + 1,
                                       "one of your stored keys"))
    return sorted(set(found), key=lambda f: (f.path, f.line))


def plan_export(ws: Workspace, known_secrets: list[str] | None = None) -> ExportPlan:
    files = [f for f in ws.export_files() if not is_env_file(f)]
    secrets: list[SecretFinding] = []
    for rel in files:
        secrets += scan_secrets(rel, (ws.root / rel).read_bytes(), known_secrets)
    return ExportPlan(ws.root, files, secrets)
