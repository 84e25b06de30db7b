"""The providers, in one place: names, labels, where they answer, their defaults, what they need.

Settings' defaults (core/models), the concurrency limits (limiter), the choice of a provider
for a run and its construction (agents/providers.py), the CLI's ``--provider`` and the
Settings dialog all read this table. Every provider here speaks the OpenAI-compatible API
(core/llm/client.py) except the offline templates (``templates=True``), which the engine
builds itself. Adding one is one :class:`ProviderSpec` passed to :func:`register` (see
docs/ARCHITECTURE.md, Extending). No imports: anything may read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class ProviderSpec:
    """``key``: whether a run needs a stored key (required), may use one (optional) or never
    sends one (none). ``local``: a server on this machine, found by asking it (its models
    are listed by the server). ``templates``: no model at all (the offline templates)."""

    name: str
    label: str
    menu: str                   # how Settings lists it
    base_url: str = ""
    default_model: str = ""
    concurrency: int = 4        # streams at once (providers rate-limit past this)
    key: Literal["required", "optional", "none"] = "optional"
    local: bool = False
    templates: bool = False
    models_api: Literal["openai", "ollama"] = "openai"  # how a local server lists its models
    stream_usage: bool = True   # accepts stream_options.include_usage


_BUILT_IN = (
    ProviderSpec("openrouter", "OpenRouter", "OpenRouter", "https://openrouter.ai/api/v1",
                 "anthropic/claude-sonnet-4.5", concurrency=12, key="required"),
    ProviderSpec("openai", "OpenAI-compatible", "OpenAI-compatible endpoint",
                 "https://api.openai.com/v1", "gpt-4.1-mini", concurrency=6),
    ProviderSpec("ollama", "Ollama", "Ollama (local)", "http://127.0.0.1:11434/v1",
                 concurrency=2, key="none", local=True, models_api="ollama",
                 stream_usage=False),
    ProviderSpec("lmstudio", "LM Studio", "LM Studio (local)", "http://127.0.0.1:1234/v1",
                 concurrency=2, local=True),
    ProviderSpec("offline", "Offline templates (no AI)", "Offline templates (no AI)",
                 default_model="templates", key="none", templates=True),
)

PROVIDERS: dict[str, ProviderSpec] = {spec.name: spec for spec in _BUILT_IN}


def register(spec: ProviderSpec) -> None:
    PROVIDERS[spec.name] = spec


def unregister(name: str) -> None:
    """Remove a registered provider; a built-in one comes back as it was."""
    PROVIDERS.pop(name, None)
    for spec in _BUILT_IN:
        if spec.name == name:
            PROVIDERS[name] = spec


def names() -> tuple[str, ...]:
    return tuple(PROVIDERS)


def label(name: str) -> str:
    found = PROVIDERS.get(name)
    return found.label if found is not None else name


def local() -> tuple[str, ...]:
    """Providers that are servers on this machine, in the order a run tries them."""
    return tuple(s.name for s in PROVIDERS.values() if s.local)


def keyed() -> tuple[str, ...]:
    """Providers whose key may be stored (`devora keys set NAME`)."""
    return tuple(s.name for s in PROVIDERS.values() if s.key != "none")
