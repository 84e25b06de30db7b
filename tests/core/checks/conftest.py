from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from devora_desktop.core.checks import CheckResult

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


class Recorder:
    """A CheckReporter that keeps what it was told, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def check_started(self, check: str, tool: str, command: str) -> None:
        self.calls.append(("started", check, tool, command))

    def check_output(self, check: str, lines: list[str]) -> None:
        self.calls.append(("output", check, list(lines)))

    def check_finished(self, result: CheckResult) -> None:
        self.calls.append(("finished", result))

    @property
    def finished(self) -> list[CheckResult]:
        return [c[1] for c in self.calls if c[0] == "finished"]


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return root


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()
