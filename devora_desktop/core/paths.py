"""Where Devora keeps its data. ``$DEVORA_HOME`` overrides the platform's data dir
(tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_HOME = "DEVORA_HOME"


def data_dir() -> Path:
    override = os.environ.get(ENV_HOME)
    root = Path(override).expanduser() if override else Path(
        platformdirs.user_data_dir("Devora", appauthor=False, roaming=True))
    root.mkdir(parents=True, exist_ok=True)
    return root


class DataPaths:
    """The layout of one data dir; built once and passed down (no module-level state)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else data_dir()
        self.root.mkdir(parents=True, exist_ok=True)

    @property
    def index(self) -> Path:
        return self.root / "devora.json"

    @property
    def lock(self) -> Path:
        return self.root / "devora.lock"

    @property
    def projects(self) -> Path:
        return self._dir("projects")

    @property
    def logs(self) -> Path:
        return self._dir("logs")

    @property
    def cache(self) -> Path:
        return self._dir("cache")

    def project(self, project_id: str) -> Path:
        return self.projects / project_id

    def _dir(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path
