"""Devora's data folder holds every project it made, their conversations, logs and preview
storage: with a home folder readable by others (0755, common on Linux) any account on the
computer could read them (the folder was made 0755)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from devora_desktop.core import paths

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@posix
def test_a_data_folder_devora_makes_is_private(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "fresh" / "Devora"))
    root = paths.data_dir()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


@posix
def test_the_platforms_data_folder_is_made_private_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    existing = tmp_path / "share" / "Devora"
    existing.mkdir(parents=True)
    existing.chmod(0o755)  # made by an earlier version
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(existing))
    assert paths.data_dir() == existing
    assert stat.S_IMODE(existing.stat().st_mode) == 0o700


@posix
def test_a_folder_the_person_named_keeps_its_mode(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o750)
    monkeypatch.setenv(paths.ENV_HOME, str(shared))
    paths.data_dir()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o750
