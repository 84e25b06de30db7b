"""License refresh throughput and latency against the real server: uvicorn processes on one
PostgreSQL and one Redis (rate limits on, shared), all started here on loopback, for 1 and 2
instances, and 1 instance with Redis down (its rate limits served from the per-instance
fallback, counted from /metrics). Target on this 2-core machine: >= 500 req/s, p99 <= 50 ms,
0 errors. The load client runs on the same cores; the table reports the machine's load
average.
Run: .venv/bin/python bench/license_server.py [seconds] [concurrency]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from devora_license import new_keypair
from tests.server.scaleout import Instance, server_env
from tests.server.services import Unavailable, create_database, postgres, redis_server


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc): a cost per request that the
    machine's other load does not inflate much, unlike wall-clock throughput."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class KeepAlive:
    """A minimal HTTP/1.1 keep-alive client: the load generator shares the 2 cores with the
    servers, and httpx spends several times more CPU per request than this."""

    def __init__(self, url: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.reader = self.writer = None

    async def post(self, path: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(b"POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json"
                          b"\r\nContent-Length: %d\r\n\r\n%s" % (
                              path.encode(), self.host.encode(), len(body), body))
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.lower().split(b"\r\n"):
            if line.startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await self.reader.readexactly(length)
        return int(head[9:12])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load(urls: list[str], key: str, seconds: float, concurrency: int) -> dict:
    """``concurrency`` clients, each refreshing its own machine as fast as it can on its own
    connection, spread over ``urls``."""
    async with httpx.AsyncClient(timeout=10) as client:
        machines = []
        for i in range(concurrency):
            url = urls[i % len(urls)]
            r = await client.post(f"{url}/v1/licenses/activate", json={
                "license_key": key, "fingerprint": f"{i:064d}", "name": f"m{i}"})
            machines.append((url, r.json()["machine_id"], f"{i:064d}"))
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker(url: str, mid: str, fp: str) -> None:
        nonlocal errors
        body = json.dumps({"license_key": key, "machine_id": mid, "fingerprint": fp}).encode()
        conn = KeepAlive(url)
        try:
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                try:
                    if await asyncio.wait_for(conn.post("/v1/licenses/refresh", body),
                                              10) != 200:
                        errors += 1
                except (TimeoutError, OSError, asyncio.IncompleteReadError):
                    errors += 1
                    conn.close()
                    conn = KeepAlive(url)
                latencies.append((time.perf_counter() - t) * 1000)
        finally:
            conn.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker(*m) for m in machines))
    wall = time.perf_counter() - start
    lat = sorted(latencies)
    return {"n": len(lat), "rps": len(lat) / wall, "p50": statistics.median(lat),
            "p99": lat[max(0, int(len(lat) * 0.99) - 1)], "errors": errors}


def fallback_count(url: str) -> int:
    """Rate-limit checks the instance served from memory because Redis failed."""
    text = httpx.get(f"{url}/metrics", headers={"Authorization": "Bearer bench"}).text
    return sum(int(float(line.split()[-1])) for line in text.splitlines()
               if line.startswith("devora_ratelimit_fallback_total"))


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    tmp = Path(tempfile.mkdtemp(prefix="devora-licbench-"))
    try:
        pg, redis = postgres(), redis_server()
        base, redis_url = pg.__enter__(), redis.__enter__()
    except Unavailable as exc:
        sys.exit(f"bench needs PostgreSQL and Redis: {exc}")
    rows = []
    try:
        from tests.fakes.base import free_port
        from tests.server.conftest import seed_license

        down = f"redis://127.0.0.1:{free_port()}/0"   # nothing listens there
        for label, count, redis_at in (("1", 1, redis_url), ("2", 2, redis_url),
                                       ("1, Redis down", 1, down)):
            db = create_database(base)
            key, _ = seed_license(db, seats=500)
            env = server_env(tmp, new_keypair(), db, redis_at,
                             RATE_PER_MINUTE_IP="10000000", RATE_PER_MINUTE_KEY="10000000",
                             LOG_LEVEL="WARNING", METRICS_TOKEN="bench")
            instances = [Instance(env) for _ in range(count)]
            try:
                before = os.getloadavg()[0]
                cpu = sum(cpu_seconds(i.proc.pid) for i in instances)
                result = asyncio.run(load([i.url for i in instances], key, seconds,
                                          concurrency))
                cpu = sum(cpu_seconds(i.proc.pid) for i in instances) - cpu
                result.update(instances=label, load=(before, os.getloadavg()[0]),
                              cpu_ms=cpu * 1000 / max(1, result["n"] + concurrency),
                              fallback=sum(fallback_count(i.url) for i in instances))
                rows.append(result)
            finally:
                for inst in instances:
                    inst.stop()
    finally:
        redis.__exit__(None, None, None)
        pg.__exit__(None, None, None)
    print(f"Refresh: {concurrency} clients x {seconds:.0f} s, uvicorn 1 worker per instance, "
          f"PostgreSQL + Redis (shared rate limits), {os.cpu_count()} cores shared with the "
          "load client")
    print()
    print("| instances | requests | req/s (>= 500) | p50 | p99 (<= 50 ms) | errors (0) | "
          "served from the fallback | server CPU per request | load avg before -> after |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        ok = lambda good: "ok" if good else "MISS"  # noqa: E731
        print(f"| {r['instances']} | {r['n']:,} | {r['rps']:,.0f} {ok(r['rps'] >= 500)} | "
              f"{r['p50']:.1f} ms | {r['p99']:.1f} ms {ok(r['p99'] <= 50)} | "
              f"{r['errors']} {ok(r['errors'] == 0)} | {r['fallback']:,} | "
              f"{r['cpu_ms']:.2f} ms | "
              f"{r['load'][0]:.2f} -> "
              f"{r['load'][1]:.2f} |")


if __name__ == "__main__":
    main()
