"""The Reviewer's request starts from a checkpoint, so turn after turn it opens the same way.

A provider's prompt cache serves only a prefix byte-identical to an earlier request's. The
Reviewer reads the whole project, and a refinement changes a file somewhere in the middle of
it, so an up-to-date listing would miss the cache from that file on. Instead the request
starts with the project as of a checkpoint version (path order), and the files changed since
follow with their current text; the prompt says the later text wins. The checkpoint moves to
the version a run commits when the stale text in it passes half of it (or there is none yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.store import Store
from devora_desktop.core.workspace import Workspace, looks_binary

KEY = "review-checkpoint:{}"
MOVE_AT = 1 / 2  # stale text / checkpoint text beyond which the checkpoint moves


@dataclass
class ReviewBase:
    """``files``: text at the checkpoint, in path order; ``version``: the checkpoint, or
    None when this run's own version becomes the next one (``files`` is then the project as
    the Reviewer sees it now)."""

    files: dict[str, str] = field(default_factory=dict)
    version: str | None = None
    current: frozenset[str] = frozenset()  # every path the project has now

    def changed(self, current: dict[str, str]) -> dict[str, str]:
        return {p: t for p, t in current.items() if self.files.get(p) != t}

    def deleted(self) -> list[str]:
        return [p for p in self.files if p not in self.current]


def _text(data: bytes) -> str | None:
    return None if len(data) > 512_000 or looks_binary(data) else data.decode("utf-8", "replace")


def review_base(store: Store, ws: Workspace, project_id: str,
                current: dict[str, str]) -> ReviewBase:
    """The checkpoint to open the Reviewer's request with (blocking: run it in a thread)."""
    version = store.kv.get(KEY.format(project_id))
    if version:
        try:
            raw = ws.files_at(version)
        except (DevoraError, OSError, KeyError):
            raw = None
        if raw is not None:
            base = ReviewBase({p: t for p, b in sorted(raw.items())
                               if (t := _text(b)) is not None}, version, frozenset(current))
            # The stale text sent again (read from the cache at ~0.1x): cheap until it is
            # half of the checkpoint; then one full-price request starts a fresh one.
            stale = sum(len(base.files.get(p, "")) for p in base.changed(current)) \
                + sum(len(base.files[p]) for p in base.deleted())
            if stale <= MOVE_AT * max(1, sum(len(t) for t in base.files.values())):
                return base
    return ReviewBase(dict(sorted(current.items())), None, frozenset(current))


def remember(store: Store, project_id: str, base: ReviewBase | None, version: str | None) -> None:
    """After the commit: the version becomes the checkpoint if this run's review opened with
    the project as it was then."""
    if base is not None and base.version is None and version:
        store.kv.set(KEY.format(project_id), version)
