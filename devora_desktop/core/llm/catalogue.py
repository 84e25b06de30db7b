"""What models exist, how big their windows are and what they cost.

OpenRouter's list is fetched at most once an hour and cached on disk, so prices and context
lengths are known offline; Ollama and LM Studio are detected on loopback with short timeouts.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from devora_desktop.core.workspace import atomic_write

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

CACHE_TTL = 3600.0
DEFAULT_CONTEXT = 32_768


@dataclass(frozen=True)
class ModelInfo:
    id: str
    name: str = ""
    context_length: int = DEFAULT_CONTEXT
    prompt_price: float | None = None  # USD per token
    completion_price: float | None = None
    cache_read_price: float | None = None   # None: the provider lists no cached rate
    cache_write_price: float | None = None
    #: the model reads images (OpenRouter's ``input_modalities``); None: the list does not say
    images: bool | None = None

    def cost(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0,
             cache_write_tokens: int = 0) -> float | None:
        """USD for a call; ``prompt_tokens`` includes the cached and cache-written ones."""
        if self.prompt_price is None or self.completion_price is None:
            return None
        read = self.prompt_price if self.cache_read_price is None else self.cache_read_price
        write = self.prompt_price if self.cache_write_price is None else self.cache_write_price
        fresh = max(0, prompt_tokens - cached_tokens - cache_write_tokens)
        return (fresh * self.prompt_price + cached_tokens * read + cache_write_tokens * write
                + completion_tokens * self.completion_price)

    def cache_saving(self, cached_tokens: int, cache_write_tokens: int = 0) -> float | None:
        """What the cache saved against paying the input price for those tokens."""
        if self.prompt_price is None:
            return None
        full = self.cost(cached_tokens + cache_write_tokens, 0)
        actual = self.cost(cached_tokens + cache_write_tokens, 0, cached_tokens,
                           cache_write_tokens)
        return None if full is None or actual is None else full - actual


#: Used when nothing was ever fetched: enough to budget a first run sensibly.
#: Cached rates: Anthropic reads at 0.1x and writes (5 min) at 1.25x; OpenAI reads at 0.25x.
BUILTIN = {m.id: m for m in [
    ModelInfo("anthropic/claude-sonnet-4.5", "Claude Sonnet 4.5", 200_000, 3e-6, 15e-6,
              0.3e-6, 3.75e-6),
    ModelInfo("anthropic/claude-haiku-4.5", "Claude Haiku 4.5", 200_000, 1e-6, 5e-6,
              0.1e-6, 1.25e-6),
    ModelInfo("openai/gpt-4.1", "GPT-4.1", 1_047_576, 2e-6, 8e-6, 0.5e-6),
    ModelInfo("openai/gpt-4.1-mini", "GPT-4.1 mini", 1_047_576, 0.4e-6, 1.6e-6, 0.1e-6),
    ModelInfo("gpt-4.1-mini", "GPT-4.1 mini", 1_047_576, 0.4e-6, 1.6e-6, 0.1e-6),
    ModelInfo("google/gemini-2.5-flash", "Gemini 2.5 Flash", 1_048_576, 0.3e-6, 2.5e-6),
    ModelInfo("deepseek/deepseek-chat-v3.1", "DeepSeek V3.1", 163_840, 0.2e-6, 0.8e-6),
]}


def _price(value: object) -> float | None:
    try:
        return float(value) if value is not None else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def parse_models(payload: dict) -> dict[str, ModelInfo]:
    """OpenRouter / OpenAI ``/models`` payloads; prices are per token as strings there."""
    out: dict[str, ModelInfo] = {}
    for item in payload.get("data", []) if isinstance(payload, dict) else []:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        pricing = item.get("pricing") or {}
        ctx = item.get("context_length") or (item.get("top_provider") or {}).get("context_length")
        out[item["id"]] = ModelInfo(
            id=item["id"], name=str(item.get("name") or item["id"]),
            context_length=int(ctx) if isinstance(ctx, int | float) and ctx > 0
            else DEFAULT_CONTEXT,
            prompt_price=_price(pricing.get("prompt")),
            completion_price=_price(pricing.get("completion")),
            cache_read_price=_price(pricing.get("input_cache_read")),
            cache_write_price=_price(pricing.get("input_cache_write")),
            images=_reads_images(item))
    return out


def _reads_images(item: dict) -> bool | None:
    modalities = (item.get("architecture") or {}).get("input_modalities")
    return "image" in modalities if isinstance(modalities, list) else None


class Catalogue:
    """Models of one provider endpoint, with a disk cache keyed by base URL."""

    def __init__(self, cache_dir: Path, base_url: str, *, ttl: float = CACHE_TTL) -> None:
        key = "".join(c if c.isalnum() else "_" for c in base_url)[-80:]
        self.cache_file = cache_dir / f"models-{key}.json"
        self.base_url = base_url.rstrip("/")
        self.ttl = ttl
        self._models: dict[str, ModelInfo] | None = None
        self.fetched_at: float | None = None

    def _load_cache(self) -> dict[str, ModelInfo] | None:
        try:
            raw = json.loads(self.cache_file.read_text("utf-8"))
            self.fetched_at = float(raw["fetched_at"])
            return {m["id"]: ModelInfo(**m) for m in raw["models"]}
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _save_cache(self, models: dict[str, ModelInfo]) -> None:
        self.fetched_at = time.time()
        data = {"fetched_at": self.fetched_at, "models": [asdict(m) for m in models.values()]}
        atomic_write(self.cache_file, json.dumps(data).encode())

    async def refresh(self, client: httpx.AsyncClient, *, force: bool = False,
                      headers: dict[str, str] | None = None) -> dict[str, ModelInfo]:
        import httpx

        cached = self._load_cache()
        fresh = self.fetched_at is not None and time.time() - self.fetched_at < self.ttl
        if cached is not None and fresh and not force:
            self._models = cached
            return cached
        try:
            resp = await client.get(f"{self.base_url}/models", headers=headers, timeout=10.0)
            resp.raise_for_status()
            models = parse_models(resp.json())
            if models:
                self._save_cache(models)
                self._models = models
                return models
        except (httpx.HTTPError, ValueError) as exc:
            log.info("model list unavailable (%s); using the cache", type(exc).__name__)
        self._models = cached or {}
        return self._models

    def models(self) -> dict[str, ModelInfo]:
        if self._models is None:
            self._models = self._load_cache() or {}
        return self._models

    def get(self, model: str) -> ModelInfo:
        found = self.models().get(model) or BUILTIN.get(model)
        return found or ModelInfo(id=model)


async def detect_ollama(base: str = "http://127.0.0.1:11434", timeout: float = 0.4,
                        client: httpx.AsyncClient | None = None) -> list[str]:
    """Installed Ollama models, or [] when Ollama is not running (quickly)."""
    import httpx

    try:
        async with _maybe_client(client) as c:
            resp = await c.get(f"{base.rstrip('/')}/api/tags", timeout=timeout)
            resp.raise_for_status()
            return sorted(m["name"] for m in resp.json().get("models", []) if "name" in m)
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return []


async def detect_openai_models(base_url: str, timeout: float = 0.4,
                               client: httpx.AsyncClient | None = None) -> list[str]:
    """Model ids at an OpenAI-compatible ``/models`` (LM Studio's local server), or []."""
    import httpx

    try:
        async with _maybe_client(client) as c:
            resp = await c.get(f"{base_url.rstrip('/')}/models", timeout=timeout)
            resp.raise_for_status()
            return sorted(parse_models(resp.json()))
    except (httpx.HTTPError, ValueError):
        return []


class _maybe_client:
    def __init__(self, client: httpx.AsyncClient | None) -> None:
        self._given = client
        self._own: httpx.AsyncClient | None = None

    async def __aenter__(self) -> httpx.AsyncClient:
        import httpx

        from devora_desktop.core.tls import tls_context

        if self._given is not None:
            return self._given
        self._own = httpx.AsyncClient(trust_env=False, verify=tls_context())
        return self._own

    async def __aexit__(self, *exc: object) -> None:
        if self._own is not None:
            await self._own.aclose()
