"""Devora Desktop: a team of AI agents that builds whole software projects, locally."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("devora-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"

APP_NAME = "Devora"
APP_ID = "dev.devora.Desktop"
