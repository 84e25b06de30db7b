"""Devora Desktop: a team of AI agents that builds whole software projects, locally."""

from __future__ import annotations

import re

# The engine matches ~3600 distinct patterns by their text (``re.search(pattern, …)``: the
# reader, the templates, the validators); ``re`` caches 512 compiled ones and drops the
# oldest, so a run compiled the same patterns again and again (a third of the offline
# templates' and validators' time). 4096 holds them all; ``_MAXCACHE`` is read on each
# compile in 3.11 to 3.13.
re._MAXCACHE = max(getattr(re, "_MAXCACHE", 0), 4096)  # type: ignore[attr-defined]

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
