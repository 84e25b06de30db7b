"""Prompt caching: where breakpoints go on the wire, and what a provider says it cached.

Agents order every request stable-first (system prompt, plan contracts, file context, then the
variable part) and mark how much of a message is stable with ``cache_prefix`` (characters).
OpenAI-style providers cache such prefixes by themselves; Anthropic models (directly or through
OpenRouter) cache only up to a ``cache_control`` breakpoint on a content part, so for them the
stable prefix becomes its own part with a breakpoint (at most four per request).

Usage comes in two shapes: OpenAI/OpenRouter put ``cached_tokens`` (and OpenRouter
``cache_write_tokens``) under ``prompt_tokens_details``, with ``prompt_tokens`` counting them;
Anthropic-style usage reports ``cache_read_input_tokens`` / ``cache_creation_input_tokens``
beside an ``input_tokens`` that does not count them.
"""

from __future__ import annotations

from dataclasses import dataclass

from devora_desktop.core.llm.base import ChatMessage

CACHE_CONTROL = {"type": "ephemeral"}
MAX_BREAKPOINTS = 4


def takes_cache_control(model: str) -> bool:
    """Models that cache only at explicit breakpoints (Anthropic's, whoever routes them)."""
    m = model.lower()
    return m.startswith("anthropic/") or "claude" in m


def wire_messages(messages: list[ChatMessage], breakpoints: bool) -> list[dict]:
    """The messages as sent: plain strings, or with the stable prefixes split off and marked
    when the model needs breakpoints. ``cache_prefix`` never reaches the wire."""
    marked = [i for i, m in enumerate(messages) if m.get("cache_prefix")]
    keep = set(marked[-MAX_BREAKPOINTS:]) if breakpoints else set()
    out: list[dict] = []
    for i, m in enumerate(messages):
        content = m["content"]
        images = m.get("images")
        if images:  # OpenAI-format content parts: the text, then each image as a data URL
            out.append({"role": m["role"], "content": [
                {"type": "text", "text": content},
                *({"type": "image_url", "image_url": {"url": url}} for url in images)]})
        elif i in keep:
            cut = min(len(content), int(m["cache_prefix"]))  # type: ignore[typeddict-item]
            parts: list[dict] = [{"type": "text", "text": content[:cut],
                                  "cache_control": dict(CACHE_CONTROL)}]
            if content[cut:]:
                parts.append({"type": "text", "text": content[cut:]})
            out.append({"role": m["role"], "content": parts})
        else:
            out.append({"role": m["role"], "content": content})
    return out


def stable(role: str, stable_part: str, variable_part: str = "") -> ChatMessage:
    """A message whose first part stays the same across calls (a cache breakpoint after it)."""
    return {"role": role, "content": stable_part + variable_part,
            "cache_prefix": len(stable_part)}


@dataclass(frozen=True)
class UsageCounts:
    prompt: int       # every input token, cached or not
    completion: int
    cached: int = 0   # read from the cache
    written: int = 0  # written to the cache


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def read_usage(raw: dict | None) -> UsageCounts | None:
    """Token counts from any of the usage shapes, or None when the provider sent none."""
    if not isinstance(raw, dict):
        return None
    details = raw.get("prompt_tokens_details")
    details = details if isinstance(details, dict) else {}
    cached = (_int(details.get("cached_tokens")) or _int(raw.get("cache_read_input_tokens"))
              or _int(raw.get("prompt_cache_hit_tokens")) or 0)
    written = (_int(details.get("cache_write_tokens"))
               or _int(raw.get("cache_creation_input_tokens")) or 0)
    completion = _int(raw.get("completion_tokens"))
    if completion is None:
        completion = _int(raw.get("output_tokens")) or 0
    prompt = _int(raw.get("prompt_tokens"))
    if prompt is None:
        fresh = _int(raw.get("input_tokens"))
        if fresh is None:
            return None
        prompt = fresh + cached + written  # Anthropic: input_tokens excludes the cache
    elif prompt < cached + written:        # a proxy that passed Anthropic's count through
        prompt += cached + written
    return UsageCounts(prompt, completion, cached, written)
