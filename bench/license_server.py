"""Concurrent license refreshes against the real server (uvicorn, its own process, SQLite)
on loopback. Target on this 2-core machine: >= 500 req/s, p99 <= 50 ms, 0 errors.
Run: .venv/bin/python bench/license_server.py [seconds] [concurrency]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from devora_license import new_keypair
from tests.fakes.base import free_port


async def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    tmp = Path(tempfile.mkdtemp(prefix="devora-licbench-"))
    private, _ = new_keypair()
    (tmp / "k.pem").write_text(private)
    port = free_port()
    # Seed one 500-seat license directly (the key would otherwise arrive by email).
    from devora_server.models import License, hash_key, make_engine, new_key

    key = new_key()
    _engine, session = make_engine(f"sqlite:///{tmp / 'lic.db'}")
    with session() as s, s.begin():
        s.add(License(id="bench", key_hash=hash_key(key, "bench-pepper"), seats=500,
                      status="active", period_end=int(time.time()) + 30 * 86400))
    _engine.dispose()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'lic.db'}",
           "STRIPE_WEBHOOK_SECRET": "whsec_test_secret", "STRIPE_API_KEY": "sk_test_x",
           "SIGNING_KEYS": f"k1={tmp / 'k.pem'}", "RATE_PER_MINUTE_IP": "10000000",
           "RATE_PER_MINUTE_KEY": "10000000", "LICENSE_KEY_PEPPER": "bench-pepper",
           "PYTHONPATH": str(Path(__file__).parents[1])}
    workers = os.environ.get("BENCH_WORKERS", "1")  # the load client needs the other core
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "devora_server.main:app",
                               "--host", "127.0.0.1", "--port", str(port), "--log-level",
                               "warning", "--no-access-log", "--workers", workers], env=env,
                              stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=10, limits=httpx.Limits(
                max_connections=concurrency)) as client:
            for _ in range(100):
                try:
                    await client.get("/health")
                    break
                except httpx.HTTPError:
                    await asyncio.sleep(0.1)
            machines = []
            for i in range(concurrency):
                r = await client.post("/v1/licenses/activate", json={
                    "license_key": key, "fingerprint": f"{i:064d}", "name": f"m{i}"})
                machines.append((r.json()["machine_id"], f"{i:064d}"))
            latencies: list[float] = []
            errors = 0
            deadline = time.perf_counter() + seconds

            async def worker(mid: str, fp: str) -> None:
                nonlocal errors
                body = {"license_key": key, "machine_id": mid, "fingerprint": fp}
                while time.perf_counter() < deadline:
                    t = time.perf_counter()
                    try:
                        r = await client.post("/v1/licenses/refresh", json=body)
                        if r.status_code != 200:
                            errors += 1
                    except httpx.HTTPError:
                        errors += 1
                    latencies.append((time.perf_counter() - t) * 1000)

            start = time.perf_counter()
            await asyncio.gather(*(worker(m, f) for m, f in machines))
            wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat = sorted(latencies)
    rps = len(lat) / wall
    p50, p99 = statistics.median(lat), lat[int(len(lat) * 0.99) - 1]
    print("| metric | value | target |")
    print("|---|---|---|")
    print(f"| server | uvicorn, {workers} worker process(es), SQLite (WAL) | |")
    print(f"| concurrency / duration | {concurrency} clients / {wall:.1f} s | |")
    print(f"| requests | {len(lat):,} | |")
    print(f"| requests/s | {rps:,.0f} | >= 500 {'ok' if rps >= 500 else 'MISS'} |")
    print(f"| latency p50 | {p50:.1f} ms | |")
    print(f"| latency p99 | {p99:.1f} ms | <= 50 ms {'ok' if p99 <= 50 else 'MISS'} |")
    print(f"| errors | {errors} | 0 {'ok' if errors == 0 else 'MISS'} |")


if __name__ == "__main__":
    asyncio.run(main())
