"""Getting a project out of Devora: folder, zip, GitHub (one commit), Vercel.

Every exporter starts from :func:`plan_export`: the files that leave (no ``.git``,
``.devora``, ``node_modules``, build output, ``.env`` files, symlinks) and the secrets found
in them, so the user is asked before a key ever leaves the machine.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.core.workspace import Workspace

ENV_ALLOWED = {".env.example", ".env.sample", ".env.template"}

SECRET_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("private key", re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?"
                               r"PRIVATE KEY(?: BLOCK)?-----")),
    ("OpenRouter key", re.compile(r"\bsk-or-v1-[a-f0-9]{32,}")),
    ("OpenAI-style key", re.compile(r"\bsk-(?:proj-|live-)?[A-Za-z0-9_-]{32,}")),
    ("Anthropic key", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}")),
    ("GitHub token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})")),
    ("AWS access key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("Stripe secret key", re.compile(r"\b(?:sk|rk)_live_[A-Za-z0-9]{20,}")),
    ("Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("Vercel token", re.compile(r"\bvercel_[A-Za-z0-9]{20,}")),
]


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
    found = []
    for kind, pattern in SECRET_PATTERNS:
        for m in pattern.finditer(text):
            found.append(SecretFinding(rel, text.count("\n", 0, m.start()) + 1, kind))
    for value in known or []:
        if len(value) >= 8 and value in text:
            found.append(SecretFinding(rel, text.count("\n", 0, text.index(value)) + 1,
                                       "one of your stored keys"))
    return sorted(set(found), key=lambda f: (f.path, f.line))


def plan_export(ws: Workspace, known_secrets: list[str] | None = None) -> ExportPlan:
    files = [f for f in ws.list_files() if not is_env_file(f)]
    secrets: list[SecretFinding] = []
    for rel in files:
        secrets += scan_secrets(rel, (ws.root / rel).read_bytes(), known_secrets)
    return ExportPlan(ws.root, files, secrets)
