"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests, benchmarks and manual runs.

Replies are scripted per ``X-Devora-Agent`` header and per call index (the last entry repeats),
streamed as real SSE over chunked HTTP/1.1, with injectable faults:

    {"text": "...", "latency": 0.01, "first_byte_delay": 0.5, "usage": true,
     "fault": "429" | "500" | "503" | "drop" | "malformed" | "error_event" | "no_done",
     "retry_after": 1, "drop_after": 5, "tokens": 12, "status": 401}

``"drop_at": "TEXT"`` (with ``fault: "drop"``) cuts the connection right after the first
token that completes TEXT, e.g. mid-way through a file header or a file's body.
``"keep_alive": [N, SECONDS]`` sends N SSE comments (``: OPENROUTER PROCESSING``, as OpenRouter
does while a request waits) SECONDS apart before the first token.
``"hold_at": "TEXT"`` with ``"hold": threading.Event`` (in-process only) pauses the stream
after that token until the event is set: a worker that goes quiet mid-file, on cue.

``tokens_per_second`` streams every reply at a fixed speed per connection (as a real provider
does) unless the reply sets its own ``latency``; ``tokens_per_event`` sends that many tokens
per SSE event (same speed, less CPU for benchmarks of many parallel streams).
``cache="auto"`` reports as cached the longest prefix a request shares with an earlier one
(OpenAI-style: at least ``cache_min`` tokens, in steps of ``cache_step``); ``cache="breakpoints"``
caches only up to ``cache_control`` parts (Anthropic-style: a breakpoint seen before is read, a
new one is written). Either way the hit is decided when a request starts, against requests
whose first token has gone out (their prompt was processed), as real providers do. ``usage_shape``
"openrouter" reports them under ``prompt_tokens_details`` with a ``cost``; "anthropic" as
``cache_read_input_tokens``/``cache_creation_input_tokens`` beside ``input_tokens``.

A reply may also be a callable ``(request_dict) -> str | dict`` when used in-process.
Run standalone: ``python -m tests.fakes.llm_server --script FILE.json --port 8765``.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from tests.fakes.base import JsonHandler, QuietServer

Reply = str | dict | Callable[[dict], "str | dict"]

MODELS = {
    "data": [
        {"id": "fake/model", "name": "Fake Model", "context_length": 32768,
         "pricing": {"prompt": "0.000001", "completion": "0.000002",
                     "input_cache_read": "0.0000001", "input_cache_write": "0.00000125"}},
        {"id": "fake/small", "name": "Fake Small", "context_length": 2048,
         "pricing": {"prompt": "0.0000005", "completion": "0.000001"}},
        {"id": "fake/free", "name": "Fake Free", "context_length": 8192,
         "pricing": {"prompt": "0", "completion": "0"}},
        {"id": "anthropic/claude-fake", "name": "Fake Claude", "context_length": 200000,
         "pricing": {"prompt": "0.000003", "completion": "0.000015",
                     "input_cache_read": "0.0000003", "input_cache_write": "0.00000375"}},
    ]
}

_TOKEN = re.compile(r"\s*\S{1,4}|\s+")


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search: slices compare in C
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _tokens_through(tokens: list[str], text: str, mark: str) -> int:
    """How many of ``tokens`` (of ``text``) it takes to send all of ``mark``'s first
    occurrence."""
    end = text.index(mark) + len(mark)
    sent = 0
    for i, tok in enumerate(tokens):
        sent += len(tok)
        if sent >= end:
            return i + 1
    return len(tokens)


def tokenize(text: str) -> list[str]:
    """Small, realistic deltas: about 4 characters each, whitespace kept."""
    return _TOKEN.findall(text) or [""]


class FakeLLM:
    def __init__(self, script: dict[str, list[Reply] | Reply] | None = None, *,
                 host: str = "127.0.0.1", port: int = 0, latency: float = 0.0,
                 tokens_per_second: float | None = None, tokens_per_event: int = 1,
                 cache: str | None = None,
                 usage_shape: str = "openai", cache_min: int = 1024,
                 cache_step: int = 128) -> None:
        self.script: dict[str, list[Reply]] = {}
        for agent, replies in (script or {}).items():
            self.set(agent, replies)
        self.latency = 1.0 / tokens_per_second if tokens_per_second else latency
        self.tokens_per_event = max(1, tokens_per_event)
        self.cache = cache
        self.usage_shape = usage_shape
        self.cache_min = cache_min
        self.cache_step = cache_step
        self._prompts: list[str] = []          # every prompt seen (auto cache)
        self._breakpoints: set[str] = set()    # prefixes cached at breakpoints
        self.max_active_streams = 0
        self.requests: list[dict] = []
        self.get_paths: list[str] = []
        self.calls: dict[str, int] = defaultdict(int)
        self.open_connections = 0
        self.active_streams = 0
        self.cancelled_streams = 0
        self._lock = threading.Lock()
        self.server = QuietServer((host, port), self._handler_class())
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ---- scripting ---------------------------------------------------------------------
    def set(self, agent: str, replies: list[Reply] | Reply) -> None:
        self.script[agent] = list(replies) if isinstance(replies, list) else [replies]

    def reply_for(self, agent: str, request: dict) -> dict:
        with self._lock:
            index = self.calls[agent]
            self.calls[agent] += 1
        replies = self.script.get(agent) or self.script.get("*") or [""]
        reply = replies[min(index, len(replies) - 1)]
        if callable(reply):
            reply = reply(request)
        if isinstance(reply, str):
            reply = {"text": reply}
        return dict(reply)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def requests_for(self, agent: str) -> list[dict]:
        return [r for r in self.requests if r["agent"] == agent]

    # ---- prompt cache ------------------------------------------------------------------
    @staticmethod
    def flatten(messages: list[dict]) -> tuple[str, list[int]]:
        """The prompt as one string, and the offsets just after each cache_control part."""
        out, marks, pos = [], [], 0
        for m in messages:
            content = m.get("content", "")
            parts = content if isinstance(content, list) else [{"text": content}]
            head = f"{m.get('role')}\x00"
            out.append(head)
            pos += len(head)
            for part in parts:
                text = str(part.get("text", "")) if isinstance(part, dict) else str(part)
                out.append(text)
                pos += len(text)
                if isinstance(part, dict) and part.get("cache_control"):
                    marks.append(pos)
        return "".join(out), marks

    def cache_lookup(self, messages: list[dict]) -> tuple[tuple[int, int, int], tuple]:
        """(prompt, cached, written) tokens for a request that starts now, and what
        :meth:`cache_store` keeps of it. As real providers do, a hit is decided when the
        request starts, against prompts whose processing has ended (their first token went
        out): workers sent at the same moment do not read each other's prefix."""
        text, marks = self.flatten(messages)
        prompt = (len(text) - sum(len(str(m.get("role"))) + 1 for m in messages)) // 4
        cached = written = 0
        new_marks: list[str] = []
        with self._lock:
            if self.cache == "auto":
                best = max((_common_prefix(text, p) for p in self._prompts),
                           default=0) // 4
                if best >= self.cache_min:
                    cached = best - best % self.cache_step
            elif self.cache == "breakpoints":
                for mark in marks:
                    prefix = text[:mark]
                    if mark // 4 < self.cache_min:
                        continue
                    if prefix in self._breakpoints:
                        cached = mark // 4
                    else:
                        new_marks.append(prefix)
                        written = mark // 4 - cached
        return (prompt, cached, written), (text, new_marks)

    def cache_store(self, entry: tuple) -> None:
        """The request's prompt is processed: later requests may read it from the cache."""
        text, marks = entry
        with self._lock:
            if self.cache == "auto":
                self._prompts.append(text)
            elif self.cache == "breakpoints":
                self._breakpoints.update(marks)

    def cache_usage(self, messages: list[dict]) -> tuple[int, int, int]:
        """(prompt, cached, written) tokens for a request, stored at once."""
        counted, entry = self.cache_lookup(messages)
        self.cache_store(entry)
        return counted

    def usage_payload(self, messages: list[dict], model: str, completion: int,
                      counted: tuple[int, int, int] | None = None) -> dict:
        prompt, cached, written = counted or self.cache_usage(messages)
        if self.usage_shape == "anthropic":
            return {"input_tokens": prompt - cached - written, "output_tokens": completion,
                    "cache_read_input_tokens": cached, "cache_creation_input_tokens": written}
        usage = {"prompt_tokens": prompt, "completion_tokens": completion,
                 "total_tokens": prompt + completion}
        if self.cache:
            usage["prompt_tokens_details"] = {"cached_tokens": cached}
        if self.usage_shape == "openrouter":
            usage["prompt_tokens_details"] = {"cached_tokens": cached,
                                              "cache_write_tokens": written}
            price = next((m["pricing"] for m in MODELS["data"] if m["id"] == model), None)
            if price:
                p = float(price["prompt"])
                usage["cost"] = ((prompt - cached - written) * p
                                 + cached * float(price.get("input_cache_read", p))
                                 + written * float(price.get("input_cache_write", p))
                                 + completion * float(price["completion"]))
        return usage

    # ---- lifecycle ---------------------------------------------------------------------
    def start(self) -> FakeLLM:
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_idle(self, timeout: float = 3.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.open_connections == 0 and self.active_streams == 0:
                return True
            time.sleep(0.01)
        return False

    # ---- HTTP --------------------------------------------------------------------------
    def _handler_class(self):
        fake = self

        class Handler(JsonHandler):
            def setup(self) -> None:
                super().setup()
                with fake._lock:
                    fake.open_connections += 1

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with fake._lock:
                        fake.open_connections -= 1

            _json = JsonHandler.send_json

            def do_GET(self) -> None:
                with fake._lock:
                    fake.get_paths.append(self.path)
                if self.path.endswith("/models"):
                    self._json(200, MODELS)
                elif self.path.endswith("/api/tags"):
                    self._json(200, {"models": [{"name": "qwen2.5-coder:7b"},
                                                {"name": "llama3.2:3b"}]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if not self.path.endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                try:
                    body = json.loads(raw)
                except ValueError:
                    self._json(400, {"error": {"message": "invalid JSON"}})
                    return
                agent = self.headers.get("X-Devora-Agent", "")
                request = {"agent": agent, "headers": dict(self.headers.items()),
                           "body": body, "time": time.monotonic()}
                with fake._lock:
                    fake.requests.append(request)
                reply = fake.reply_for(agent, request)
                fault = str(reply.get("fault") or "")
                if reply.get("status"):
                    self._json(int(reply["status"]), {"error": {"message": reply.get(
                        "message", "scripted error")}})
                    return
                if fault == "429":
                    self._json(429, {"error": {"message": "rate limited"}},
                               {"Retry-After": reply.get("retry_after", 1)})
                    return
                if fault in ("500", "502", "503", "504"):
                    self._json(int(fault), {"error": {"message": "upstream failure"}})
                    return
                self._stream(agent, body, reply)

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

            def _event(self, payload: Any) -> None:
                text = payload if isinstance(payload, str) else json.dumps(payload)
                self._chunk(f"data: {text}\n\n".encode())

            def _stream(self, agent: str, body: dict, reply: dict) -> None:
                text = str(reply.get("text", ""))
                latency = float(reply.get("latency", fake.latency))
                fault = str(reply.get("fault") or "")
                model = body.get("model", "fake/model")
                counted, cache_entry = fake.cache_lookup(body.get("messages", []))
                time.sleep(float(reply.get("first_byte_delay", 0)))
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                with fake._lock:
                    fake.active_streams += 1
                    fake.max_active_streams = max(fake.max_active_streams, fake.active_streams)
                try:
                    count, every = reply.get("keep_alive") or (0, 0.0)
                    for _ in range(int(count)):
                        self._chunk(b": OPENROUTER PROCESSING\n\n")
                        time.sleep(float(every))
                    tokens = tokenize(text)
                    step = fake.tokens_per_event
                    if step > 1 and "latency" not in reply:
                        tokens = ["".join(tokens[i:i + step])
                                  for i in range(0, len(tokens), step)]
                        latency *= step
                    t_start = time.monotonic()
                    drop_after = int(reply.get("drop_after", max(1, len(tokens) // 2)))
                    if reply.get("drop_at"):
                        drop_after = _tokens_through(tokens, text, str(reply["drop_at"]))
                    hold_after = _tokens_through(tokens, text, str(reply["hold_at"])) \
                        if reply.get("hold_at") else -1
                    base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk",
                            "model": model}
                    if fault == "error_event":
                        self._event({"error": {"message": "provider overloaded"}})
                        self._chunk(b"")
                        return
                    if reply.get("burst"):  # whole body in one write: measures the client
                        payload = b"".join(
                            b"data: " + json.dumps({**base, "choices": [{"index": 0, "delta": {
                                "content": tok}, "finish_reason": None}]}).encode() + b"\n\n"
                            for tok in tokens)
                        self._chunk(payload)
                        fake.cache_store(cache_entry)
                        tokens = []
                    for i, tok in enumerate(tokens):
                        if fault == "drop" and i == drop_after:
                            self.wfile.flush()
                            self.close_connection = True
                            self.connection.shutdown(2)
                            return
                        if i == hold_after:
                            self.wfile.flush()
                            reply["hold"].wait(30)
                        if fault == "malformed" and i == 1:
                            self._chunk(b"data: {this is not json\n\n")
                        self._event({**base, "choices": [{"index": 0, "delta": {
                            "content": tok}, "finish_reason": None}]})
                        if i == 0:  # the prompt is processed: now it is in the cache
                            fake.cache_store(cache_entry)
                        if latency:  # absolute schedule: no drift from sleep overhead
                            delay = t_start + (i + 1) * latency - time.monotonic()
                            if delay > 0:
                                time.sleep(delay)
                    if fault == "no_done":
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    self._event({**base, "choices": [{"index": 0, "delta": {},
                                                      "finish_reason": "stop"}]})
                    want_usage = reply.get("usage", True) and (
                        body.get("stream_options") or {}).get("include_usage")
                    if want_usage:
                        completion = int(reply.get("tokens", len(tokenize(text))))
                        self._event({**base, "choices": [], "usage": fake.usage_payload(
                            body["messages"], model, completion, counted)})
                    self._event("[DONE]")
                    self._chunk(b"")
                except (BrokenPipeError, ConnectionResetError, OSError):
                    with fake._lock:
                        fake.cancelled_streams += 1
                    self.close_connection = True
                finally:
                    with fake._lock:
                        fake.active_streams -= 1

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--script", help="JSON file: {agent: reply or [replies]}")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per token")
    args = parser.parse_args()
    script = json.load(open(args.script)) if args.script else {}  # noqa: SIM115
    fake = FakeLLM(script, port=args.port, latency=args.latency)
    print(f"fake LLM server on {fake.url}", flush=True)
    try:
        fake.server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
