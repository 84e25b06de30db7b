"""Plays Devora for tests/core/test_hostile_project.py: runs the real checks on a project in a
process whose own environment holds a secret (as Devora's does) and prints what the checks
reported as JSON. Run as ``python hostile_driver.py SPEC.json``, as root or an ordinary user."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path


def main() -> int:
    spec = json.loads(Path(sys.argv[1]).read_text())
    sys.path[:0] = spec["sys_path"]
    from devora_desktop.core.checks import CheckOptions, run_checks
    from devora_desktop.core.sandbox import Limits

    class Recorder:
        def __init__(self) -> None:
            self.lines: list[str] = []

        def check_started(self, check: str, tool: str, command: str) -> None:
            self.lines.append(f"started {check} {command}")

        def check_output(self, check: str, lines: list[str]) -> None:
            self.lines += lines

        def check_finished(self, result) -> None:
            self.lines.append(result.model_dump_json())

    recorder = Recorder()
    options = CheckOptions(sandbox=spec["kind"], python=spec.get("python"),
                           web_engine=spec.get("engine", "auto"), web_timeout=40,
                           cache_dir=Path(spec["cache"]),
                           limits=Limits(processes=spec.get("processes", 512)))
    results = asyncio.run(run_checks(Path(spec["project"]), recorder, options))
    print(json.dumps({"results": [r.model_dump(mode="json") for r in results],
                      "lines": recorder.lines}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
