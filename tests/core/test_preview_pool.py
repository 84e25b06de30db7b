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


def test_a_start_left_under_way_is_parked_when_it_answers_or_cancelled_by_a_drop(
        tmp_path: Path) -> None:
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        pool = DevServerPool()
        a, b = project(tmp_path / "a"), project(tmp_path / "b")
        start_a, start_b = loop.create_future(), loop.create_future()
        pool.leave_starting(a, start_a)
        pool.leave_starting(b, start_b)
        server = Source()
        assert pool.started(a, start_a, Parked(server, stamp(a)))
        assert pool.take(a) is not None  # parked once it answered
        assert not pool.started(a, start_a, Parked(Source(), stamp(a)))  # not left twice

        pool.drop(b)  # a run on it, say: the start is cancelled
        assert start_b.cancelled() and pool.resume(b) is None

        start_c = loop.create_future()
        pool.leave_starting(a, start_c)
        assert pool.resume(a) is start_c  # back while it still starts: the caller's again
        pool.leave_starting(a, start_c)
        pool.stop_all()
        assert start_c.cancelled()

        starts = [loop.create_future() for _ in range(4)]  # four projects clicked through
        for i, start in enumerate(starts):
            pool.leave_starting(tmp_path / f"p{i}", start)
        assert [s.cancelled() for s in starts] == [True, True, False, False]
    finally:
        loop.close()
