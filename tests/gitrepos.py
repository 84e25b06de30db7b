"""Real git repositories for the open-a-folder tests, made with the git binary (as a person's
would be), and helpers that read them back with it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
HOOK = '#!/bin/sh\necho ran >> "$(git rev-parse --git-dir)/../HOOK_RAN"\n'


def git(repo: Path, *args: str, check: bool = True) -> str:
    proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=False, env={"GIT_AUTHOR_NAME": "Ada", "GIT_AUTHOR_EMAIL":
                                            "ada@example.org", "GIT_COMMITTER_NAME": "Ada",
                                            "GIT_COMMITTER_EMAIL": "ada@example.org",
                                            "HOME": str(repo.parent), "PATH": "/usr/bin:/bin"})
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {proc.stderr}")
    return proc.stdout.strip()


def make_repo(root: Path, files: dict[str, str], *, hooks: bool = True) -> Path:
    """A repository on branch ``main`` with ``files`` committed, node_modules ignored, and
    (``hooks``) pre-commit/post-commit hooks that leave HOOK_RAN behind if anything runs them."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Ada")
    git(root, "config", "user.email", "ada@example.org")
    files = {".gitignore": "node_modules/\n*.log\n", **files}
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first")
    dep = root / "node_modules" / "left-pad" / "index.js"
    dep.parent.mkdir(parents=True)
    dep.write_text("module.exports = 1;\n")
    if hooks:
        for name in ("pre-commit", "post-commit", "commit-msg"):
            hook = root / ".git" / "hooks" / name
            hook.write_text(HOOK)
            hook.chmod(0o755)
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` but .git, as bytes (to compare before and after)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and ".git" not in p.relative_to(root).parts}
