"""Devora's own git never runs a program from the project's repository: check code can plant
hooks and config there (see docs/ARCHITECTURE.md, Safety)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from devora_desktop.core.workspace import Workspace


def plant(root: Path, proof: Path) -> None:
    """Every way a repository can name a program git would run on commit or checkout."""
    git = root / ".git"
    hooks = git / "hooks"
    other_hooks = root / "elsewhere-hooks"
    for folder in (hooks, other_hooks):
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("pre-commit", "post-commit", "commit-msg", "post-checkout",
                     "prepare-commit-msg", "pre-auto-gc"):
            hook = folder / name
            hook.write_text(f"#!/bin/sh\necho {folder.name}-{name} >> {proof}\n")
            hook.chmod(hook.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    config = git / "config"
    config.write_text(config.read_text() + (
        f"[core]\n\thooksPath = {other_hooks}\n\tfsmonitor = {other_hooks}/pre-commit\n"
        f"\tsshCommand = sh -c 'echo ssh >> {proof}'\n\tautocrlf = true\n"
        f"[filter \"evil\"]\n\tclean = sh -c 'echo clean >> {proof}; cat'\n"
        f"\tsmudge = sh -c 'echo smudge >> {proof}; cat'\n\trequired = true\n"
        f"[commit]\n\tgpgSign = true\n[gpg]\n\tprogram = sh -c 'echo gpg >> {proof}'\n"))
    (root / ".gitattributes").write_text("* filter=evil\n")


@pytest.mark.parametrize("via", ["commit", "restore", "revert-run"])
def test_planted_hooks_filters_and_config_never_run(tmp_path: Path, via: str) -> None:
    root = tmp_path / "project"
    proof = tmp_path / "ran.txt"
    ws = Workspace(root)
    ws.write_file("app.py", "print('v1')\r\n")
    first = ws.commit("v1")
    assert first
    plant(root, proof)
    ws.write_file("app.py", "print('v2')\n")
    if via == "commit":
        assert ws.commit("v2")
    elif via == "restore":
        assert ws.commit("v2")
        assert ws.restore(first)
    else:
        ws.reset_to_head()  # a failed run rolls back
        assert ws.commit("after", allow_empty=True)
    assert not proof.exists(), proof.read_text()
    # stored byte for byte: no autocrlf, no clean filter
    assert ws.files_at(first)["app.py"] == b"print('v1')\r\n"
