"""The dev servers the Preview keeps for projects left (core/preview_pool.py): handed back
only while they run what their project is now; the least recently left stops first."""

from __future__ import annotations

from pathlib import Path

from devora_desktop.core.preview_pool import DevServerPool, Parked, stamp


class Source:
    url = "http://127.0.0.1:1/"

    def __init__(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def project(root: Path) -> Path:
    root.mkdir()
    (root / "package.json").write_text('{"scripts": {"dev": "next dev"}}')
    return root


def test_handed_back_while_it_runs_what_the_project_is(tmp_path: Path) -> None:
    pool = DevServerPool(keep=2)
    a, b, c = (project(tmp_path / n) for n in "abc")
    servers = {root: Source() for root in (a, b, c)}
    for root in (a, b, c):
        pool.park(root, Parked(servers[root], stamp(root)))
    assert not servers[a].running and len(pool) == 2  # the oldest made room
    assert pool.take(a) is None

    (c / ".env.local").write_text("SUPABASE_URL=https://x.supabase.co\n")  # new settings
    assert pool.take(c) is None and not servers[c].running
    kept = pool.take(b)
    assert kept is not None and kept.source is servers[b] and servers[b].running
    assert b not in pool  # taken: on screen now, not waiting

    pool.park(b, kept)
    servers[b].running = False  # its process ended while away
    assert pool.take(b) is None

    pool.park(a, Parked(Source(), stamp(a)))
    pool.stop_all()
    assert len(pool) == 0
