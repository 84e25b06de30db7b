"""The window's loop (ui/loop.EventLoop): callbacks, timeouts and sockets behave as asyncio's,
on qasync's Qt loop, while a stream's per-read work stays cheap."""

from __future__ import annotations

import asyncio
import socket

from devora_desktop.ui.loop import EventLoop


def test_callbacks_run_in_order_and_a_cancelled_one_does_not(qloop: EventLoop) -> None:
    seen: list[str] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.call_soon(seen.append, "a")
        loop.call_soon(seen.append, "skipped").cancel()
        loop.call_soon(lambda: loop.call_soon(seen.append, "c"))  # queued while running
        loop.call_soon(seen.append, "b")
        await asyncio.sleep(0.01)

    qloop.run_until_complete(main())
    assert seen == ["a", "b", "c"]


def test_timers_fire_in_deadline_order_and_cancelled_ones_never(qloop: EventLoop) -> None:
    seen: list[int] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for delay in (0.03, 0.01, 0.02):
            loop.call_later(delay, seen.append, int(delay * 100))
        # a read timeout armed and disarmed per network read: thousands of them
        handles = [loop.call_later(60, seen.append, -1) for _ in range(500)]
        for handle in handles:
            handle.cancel()
        loop.call_at(loop.time() + 0.04, seen.append, 4)
        await asyncio.sleep(0.08)
        # asyncio's own timeouts go through call_at too; one that must not fire gets room
        # (a 10 ms one fired at load 20 around a 1 ms sleep)
        async with asyncio.timeout(5):
            await asyncio.sleep(0.001)
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            seen.append(5)

    qloop.run_until_complete(main())
    assert seen == [1, 2, 3, 4, 5]
    assert len(qloop._heap) < 200  # cancelled timeouts were dropped, not kept for 60 s


def test_a_socket_is_read_each_time_data_arrives(qloop: EventLoop) -> None:
    """The transport switches its socket's reader off and on around every read; the
    notifier is kept and only switched, and every byte still arrives."""
    a, b = socket.socketpair()
    got: list[bytes] = []

    async def main() -> None:
        reader, writer = await asyncio.open_connection(sock=a)
        for n in range(50):
            b.send(b"x%d;" % n)
            got.append(await reader.readuntil(b";"))
        writer.close()
        await writer.wait_closed()

    try:
        qloop.run_until_complete(main())
    finally:
        b.close()
    assert got == [b"x%d;" % n for n in range(50)]


def test_a_closed_loop_runs_nothing_more(qapp, qtbot) -> None:
    """Callbacks scheduled after close (a future settled during shutdown) are dropped, as
    qasync drops them, instead of running on a closed loop."""
    loop = EventLoop(qapp)
    seen: list[int] = []
    loop.close()
    loop.call_soon(seen.append, 1)
    loop.call_later(0.001, seen.append, 2)
    qtbot.wait(30)
    assert seen == []


def test_work_stepped_in_the_pass_after_a_run_finds_its_loop(qloop: EventLoop, qapp) -> None:
    """qasync's run_until_complete passes over Qt's events once more after its loop stopped:
    a task stepped in that pass (the Files panel's listing, spawned by the folder watcher
    as a run or the window ended) found no running loop and failed in asyncio.to_thread
    ("no running event loop" in bench/ui_latency.py's output)."""
    import time

    async def listed() -> str:
        return await asyncio.to_thread(str.upper, "files")

    qloop.run_until_complete(asyncio.sleep(0))
    task = qloop.create_task(listed())  # as a timer's slot spawns it in that pass
    deadline = time.monotonic() + 5
    while not task.done() and time.monotonic() < deadline:
        qapp.processEvents()  # what qasync's last pass does, outside any run
        time.sleep(0.002)
    assert task.done() and task.result() == "FILES"
