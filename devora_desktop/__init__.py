"""Devora Desktop: a team of AI agents that builds whole software projects, locally."""

from __future__ import annotations

APP_NAME = "Devora"
APP_ID = "dev.devora.Desktop"


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~15 ms: look the version up only when someone asks for it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("devora-desktop")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+src"
    raise AttributeError(name)
