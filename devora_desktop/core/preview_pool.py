"""Dev servers kept running for the projects a person just left, so that coming back to one
shows its page at once: switching away stopped ``npm run dev`` and coming back started it
again, 40 s and more of "Compiling /" for a page that had been on screen (walk9 #3).

The Preview parks the server of the full-stack project it leaves here and takes it back when
that project is shown again. At most ``keep`` servers wait; when another comes, the one left
longest ago stops. A parked server whose process has ended, or whose project changed what it
started from (:data:`RESTART_ON`: its dependencies, its lock file, its settings), is stopped
instead of handed back, and the Preview starts a fresh one. Nothing here decides how a dev
server runs: each is the process core.devserver started, in its sandbox, as it was.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

    def drop(self, root: Path) -> None:
        """Stop the server parked for ``root``, if any (a run builds it, its settings
        changed, the project goes)."""
        parked = self._parked.pop(Path(root), None)
        if parked is not None:
            parked.source.stop()

    def stop_all(self) -> None:
        """Stop every parked server (the window closes)."""
        while self._parked:
            self._parked.popitem(last=False)[1].source.stop()
