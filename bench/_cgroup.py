"""What a benchmark's child run costs in CPU, every process of it (also those pytest never
waits for: QtWebEngine's zygote and renderers, a server shutting down), from a cpuacct
cgroup made for the run where the machine has one; and the load beside it (the machine is
shared, so every figure is printed with the load it was measured under)."""

from __future__ import annotations

import os
import time
from pathlib import Path

CGROUP = Path("/sys/fs/cgroup/cpuacct")


def load() -> str:
    """The one-minute load average."""
    return Path("/proc/loadavg").read_text().split()[0]


class CpuGroup:
    """``subprocess.run(..., preexec_fn=group.enter)``, then ``group.seconds()`` once."""

    def __init__(self, prefix: str) -> None:
        path: Path | None = CGROUP / f"{prefix}-{os.getpid()}-{time.monotonic_ns()}"
        try:
            path.mkdir()  # type: ignore[union-attr]
        except OSError:
            path = None  # no cpuacct here (or no right to make a group)
        self.path = path

    def enter(self) -> None:
        """In the child, before it execs: it and all it starts count in the group."""
        if self.path is not None:
            (self.path / "cgroup.procs").write_text(str(os.getpid()))

    def seconds(self) -> float | None:
        """CPU seconds of every process of the run (None without a group), once those that
        outlived it have ended (up to 10 s); the group is removed."""
        if self.path is None:
            return None
        for _ in range(100):
            if not (self.path / "cgroup.procs").read_text().strip():
                break
            time.sleep(0.1)
        used = int((self.path / "cpuacct.usage").read_text()) / 1e9
        self.path.rmdir()
        return used
