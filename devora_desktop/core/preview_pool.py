"""Dev servers kept running for the projects a person just left, so that coming back to one
shows its page at once: switching away stopped ``npm run dev`` and coming back started it
again, 40 s and more of "Compiling /" for a page that had been on screen (walk9 #3).

The Preview parks the server of the full-stack project it leaves here and takes it back when
that project is shown again; a start still under way (``npm install`` can take minutes) goes
on, and its server is parked when it answers. At most ``keep`` servers wait; when another
comes, the one left longest ago stops. A parked server whose process has ended, or whose
project changed what it started from (:data:`RESTART_ON`: its dependencies, its lock file,
its settings), is stopped instead of handed back, and the Preview starts a fresh one.
Nothing here decides how a dev server runs: each is the process core.devserver started, in
its sandbox, as it was.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

    from devora_desktop.core.preview import PreviewSource

#: what a dev server read when it started: a change to one of them means starting it again
RESTART_ON = ("package.json", "package-lock.json", ".env.local")
#: dev servers that wait for their project besides the one on screen (a Next.js dev server
#: holds a few hundred MB)
KEEP = 2

Stamp = tuple[tuple[int, int] | None, ...]


def stamp(root: Path) -> Stamp:
    """The size and modification time of each :data:`RESTART_ON` file (None: absent)."""
    out: list[tuple[int, int] | None] = []
    for name in RESTART_ON:
        try:
            st = (root / name).stat()
        except OSError:
            out.append(None)
        else:
            out.append((st.st_mtime_ns, st.st_size))
    return tuple(out)


@dataclass
class Parked:
    """A project's dev server while another project is shown."""

    source: PreviewSource
    stamp: Stamp  # its project's RESTART_ON files when it started
    mark: int = 0  # the caller's own bookmark (the panel: where its console's list began)


class DevServerPool:
    """Running dev servers by project folder, the least recently parked stopping first."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._parked: collections.OrderedDict[Path, Parked] = collections.OrderedDict()
        self._starting: dict[Path, asyncio.Future] = {}  # starts left under way

    def __len__(self) -> int:
        return len(self._parked)

    def __contains__(self, root: Path) -> bool:
        return Path(root) in self._parked

    def park(self, root: Path, parked: Parked) -> None:
        """Keep ``parked`` running for ``root``; over the limit, the oldest one stops."""
        root = Path(root)
        self.drop(root)
        self._parked[root] = parked
        while len(self._parked) > self.keep:
            _root, old = self._parked.popitem(last=False)
            old.source.stop()

    def take(self, root: Path) -> Parked | None:
        """The server parked for ``root`` if it still runs what its project is now, else
        None (a stale or dead one is stopped)."""
        parked = self._parked.pop(Path(root), None)
        if parked is None:
            return None
        if getattr(parked.source, "running", True) and parked.stamp == stamp(Path(root)):
            return parked
        parked.source.stop()
        return None

    def leave_starting(self, root: Path, start: asyncio.Future) -> None:
        """``start`` (a task starting ``root``'s dev server) goes on while another project
        is shown; it hands its server to :meth:`started`. At most ``keep`` go on: clicking
        through five projects must not leave five ``npm install`` running (the oldest is
        cancelled)."""
        self._starting.pop(Path(root), None)
        self._starting[Path(root)] = start
        while len(self._starting) > self.keep:
            self._starting.pop(next(iter(self._starting))).cancel()

    def resume(self, root: Path) -> asyncio.Future | None:
        """The start left under way for ``root``, if it still goes (its project is back)."""
        start = self._starting.pop(Path(root), None)
        return start if start is not None and not start.done() else None

    def started(self, root: Path, start: asyncio.Future, parked: Parked | None) -> bool:
        """The start left for ``root`` ended (``parked``: its server, None: it failed).
        False when ``start`` was not left here or was dropped since: its server is the
        caller's to show or stop."""
        if self._starting.get(Path(root)) is not start:
            return False
        del self._starting[Path(root)]
        if parked is not None:
            self.park(root, parked)
        return True

    def drop(self, root: Path) -> None:
        """Stop the server parked or starting for ``root``, if any (a run builds it, its
        settings changed, the project goes)."""
        start = self._starting.pop(Path(root), None)
        if start is not None:
            start.cancel()
        parked = self._parked.pop(Path(root), None)
        if parked is not None:
            parked.source.stop()

    def stop_all(self) -> None:
        """Stop every parked server and every start left under way (the window closes)."""
        for root in [*self._starting, *self._parked]:
            self.drop(root)
