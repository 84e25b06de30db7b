"""How fast the provider client consumes a stream, and what one request costs on loopback.

Target: at least 50,000 small deltas/s, so the client is never what a user waits for.
Run: .venv/bin/python bench/llm_stream.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devora_desktop.core.llm.client import OpenAICompatProvider
from devora_desktop.core.models import Usage
from tests.fakes.llm_server import FakeLLM, tokenize

MSGS = [{"role": "user", "content": "bench"}]


async def deltas_per_second(fake: FakeLLM, n_tokens: int) -> tuple[int, float]:
    text = "word " * n_tokens
    fake.set("quick", {"text": text, "burst": True})
    async with OpenAICompatProvider(name="bench", base_url=fake.url) as p:
        count = 0
        first = last = 0.0
        async for item in p.stream_chat(MSGS, "fake/model", "quick"):
            if isinstance(item, Usage):
                continue
            if count == 0:
                first = time.perf_counter()
            count += 1
            last = time.perf_counter()
    return count, count / max(last - first, 1e-9)


async def request_overhead(fake: FakeLLM, n: int) -> list[float]:
    fake.set("quick", "ok")
    times = []
    async with OpenAICompatProvider(name="bench", base_url=fake.url) as p:
        for _ in range(n):
            t = time.perf_counter()
            async for _item in p.stream_chat(MSGS, "fake/model", "quick"):
                pass
            times.append((time.perf_counter() - t) * 1000)
    return times


async def main() -> None:
    with FakeLLM() as fake:
        rows = []
        for n in (10_000, 100_000):
            count, rate = await deltas_per_second(fake, n)
            rows.append((f"deltas/s, {count:,} deltas of ~{len(tokenize('word ')[0])} chars",
                         f"{rate:,.0f}", "≥ 50,000", "ok" if rate >= 50_000 else "MISS"))
        times = await request_overhead(fake, 200)
        p50 = statistics.median(times)
        p99 = sorted(times)[int(len(times) * 0.99) - 1]
        rows.append(("per-request overhead p50 (ms, loopback, 1-token reply)", f"{p50:.2f}",
                     "", ""))
        rows.append(("per-request overhead p99 (ms)", f"{p99:.2f}", "", ""))
    width = max(len(r[0]) for r in rows)
    print(f"{'metric':<{width}}  {'value':>10}  {'target':>9}  result")
    for name, value, target, verdict in rows:
        print(f"{name:<{width}}  {value:>10}  {target:>9}  {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
