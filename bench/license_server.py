"""License refresh throughput and latency against the real server: uvicorn processes on one
PostgreSQL and one Redis (rate limits on, shared), all started here on loopback, for 1 and 2
instances. Target on this 2-core machine: >= 500 req/s, p99 <= 50 ms, 0 errors. The load
client runs on the same cores; the table reports the machine's load average.
Run: .venv/bin/python bench/license_server.py [seconds] [concurrency]
"""

from __future__ import annotations

import asyncio
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


async def load(urls: list[str], key: str, seconds: float, concurrency: int) -> dict:
    """``concurrency`` clients, each refreshing its own machine as fast as it can,
    round-robin over ``urls``."""
    async with httpx.AsyncClient(timeout=10, limits=httpx.Limits(
            max_connections=concurrency)) as client:
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
            body = {"license_key": key, "machine_id": mid, "fingerprint": fp}
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                try:
                    r = await client.post(f"{url}/v1/licenses/refresh", json=body)
                    if r.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - t) * 1000)

        start = time.perf_counter()
        await asyncio.gather(*(worker(*m) for m in machines))
        wall = time.perf_counter() - start
    lat = sorted(latencies)
    return {"n": len(lat), "rps": len(lat) / wall, "p50": statistics.median(lat),
            "p99": lat[max(0, int(len(lat) * 0.99) - 1)], "errors": errors}


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
        from tests.server.conftest import seed_license

        for count in (1, 2):
            db = create_database(base)
            key, _ = seed_license(db, seats=500)
            env = server_env(tmp, new_keypair(), db, redis_url,
                             RATE_PER_MINUTE_IP="10000000", RATE_PER_MINUTE_KEY="10000000",
                             LOG_LEVEL="WARNING")
            instances = [Instance(env) for _ in range(count)]
            try:
                before = os.getloadavg()[0]
                result = asyncio.run(load([i.url for i in instances], key, seconds,
                                          concurrency))
                result.update(instances=count, load=(before, os.getloadavg()[0]))
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
          "load avg before -> after |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        ok = lambda good: "ok" if good else "MISS"  # noqa: E731
        print(f"| {r['instances']} | {r['n']:,} | {r['rps']:,.0f} {ok(r['rps'] >= 500)} | "
              f"{r['p50']:.1f} ms | {r['p99']:.1f} ms {ok(r['p99'] <= 50)} | "
              f"{r['errors']} {ok(r['errors'] == 0)} | {r['load'][0]:.2f} -> "
              f"{r['load'][1]:.2f} |")


if __name__ == "__main__":
    main()
