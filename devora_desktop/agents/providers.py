"""Choosing the provider for a run — the same rules for the GUI and the CLI.

No explicit choice: the settings' default; else OpenRouter when a key is stored; else
``$DEVORA_API_KEY`` with a base URL; else a running local server (Ollama, then LM Studio);
else the offline templates, so the main job works on a fresh machine with no key and no
network. What each provider is (label, URL, key, local) is core/providers.py.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

from devora_desktop.agents.offline import OfflineProvider
from devora_desktop.core import providers as registry
from devora_desktop.core import urls
from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import DevoraError, SecretsError
from devora_desktop.core.llm.base import ChatProvider
from devora_desktop.core.models import ProviderConfig, provider_defaults

ENV_KEY = "DEVORA_API_KEY"


@dataclass
class ProviderChoice:
    name: str
    provider: ChatProvider
    model: str
    label: str
    image_note: str = ""  # why images in the prompt are not used (agents/images.py), if so

    @property
    def offline(self) -> bool:
        spec = registry.PROVIDERS.get(self.name)
        return spec is not None and spec.templates


def _key_for(ctx: AppContext, name: str) -> str | None:
    env = os.environ.get(ENV_KEY)
    if env:
        return env.strip()
    spec = registry.PROVIDERS.get(name)
    if spec is None or spec.key == "none":
        return None
    try:
        return ctx.secrets.get(name)
    except SecretsError:
        return None


async def available_local(ctx: AppContext) -> dict[str, list[str]]:
    """Local model servers that answer right now, with their models."""
    from devora_desktop.core.llm.catalogue import detect_ollama, detect_openai_models

    out: dict[str, list[str]] = {}
    for name in registry.local():
        url = _config(ctx, name).base_url
        if registry.PROVIDERS[name].models_api == "ollama":
            models = await detect_ollama(url.removesuffix("/v1"))
        else:
            models = await detect_openai_models(url)
        if models:
            out[name] = models
    return out


async def choose_provider(ctx: AppContext, name: str | None = None, *,
                          base_url: str | None = None, model: str | None = None,
                          local: dict[str, list[str]] | None = None,
                          api_key: str | None = None,
                          attempts: int | None = None) -> ProviderChoice:
    """``api_key`` overrides the stored key (Settings tests a key before saving it);
    ``attempts`` caps the retries (a connection test says what is wrong at once)."""
    settings = ctx.settings
    if name is None:
        name = settings.default_provider
    if name is None:
        if os.environ.get(ENV_KEY) and base_url:
            name = "openai"
        elif ctx.secrets.has("openrouter") or os.environ.get(ENV_KEY):
            name = "openrouter"
        elif endpoint_set(ctx):
            name = "openai"
        else:
            local = local if local is not None else await available_local(ctx)
            name = next((n for n in registry.local() if local.get(n)), "offline")
    spec = registry.PROVIDERS.get(name)
    if spec is None:
        raise DevoraError(f"unknown provider {name!r}",
                          hint=f"use one of {', '.join(registry.names())}")
    if spec.templates:
        return ProviderChoice(name, OfflineProvider(), spec.default_model, spec.label)

    config = _config(ctx, name)
    url = _usable_url(spec.label, name, base_url, config.base_url)
    key = api_key or _key_for(ctx, name)
    if spec.key == "required" and not key:
        raise DevoraError(f"no {spec.label} API key is set",
                          hint=f"`devora keys set {name}`, or set DEVORA_API_KEY",
                          window_hint="paste it in the Key field of Settings › Models")
    chosen = model or config.default_model
    if not chosen and spec.local:
        local = local if local is not None else await available_local(ctx)
        chosen = (local.get(name) or [""])[0]
    if not chosen:
        raise DevoraError(f"no model chosen for {spec.label}",
                          hint="pass --model or set one in Settings",
                          window_hint="pick a default model in Settings › Models")
    # httpx costs ~110 ms to import (it pulls in click and rich): only when a run needs it.
    from devora_desktop.core.llm.catalogue import Catalogue
    from devora_desktop.core.llm.client import OpenAICompatProvider
    from devora_desktop.core.llm.limiter import default_concurrency
    from devora_desktop.core.retry import RetryPolicy

    catalogue = Catalogue(ctx.paths.cache, url)
    provider = OpenAICompatProvider(name=name, label=spec.label, base_url=url, api_key=key,
                                    catalogue=catalogue, include_usage=spec.stream_usage,
                                    retry=RetryPolicy(attempts=attempts) if attempts else None,
                                    max_concurrency=config.max_concurrency
                                    or default_concurrency(name))
    return ProviderChoice(name, provider, chosen, f"{spec.label} · {chosen}")


def endpoint_set(ctx: AppContext, base_url: str | None = None,
                 has_key: bool | None = None) -> bool:
    """Whether the OpenAI-compatible endpoint is set up, so Automatic uses it: a key, or a
    base URL other than OpenAI's own (a local Ollama or LM Studio behind it needs no key;
    walk15 #1: Automatic ignored one just filled in and ran the offline templates).
    ``base_url``/``has_key``: what Settings shows, not saved yet."""
    url = (base_url if base_url is not None else _config(ctx, "openai").base_url).strip()
    if has_key is None:
        has_key = ctx.secrets.has("openai")
    return has_key or url.rstrip("/") not in ("", registry.PROVIDERS["openai"].base_url)


def _usable_url(label: str, name: str, passed: str | None, saved: str) -> str:
    """The base URL a run uses, or DevoraError in one line with where to fix it: the one
    passed (``--base-url``), else the saved one (Settings normalises what it saves, but a
    settings file edited by hand or an older one may still hold anything)."""
    if not (passed or saved).strip():
        raise DevoraError(f"no base URL for {label}", hint="pass --base-url",
                          window_hint="set one in Settings › Models")
    try:
        return urls.base_url(passed or saved)
    except DevoraError as exc:
        fix = ("pass --base-url with one" if passed else
               f"`devora settings set providers.{name}.base_url URL`")
        raise DevoraError(str(exc), hint=f"{exc.hint}: {fix}",
                          window_hint=f"fix it in Settings › Models; {exc.hint}") from None


def _config(ctx: AppContext, name: str) -> ProviderConfig:
    """The provider's saved settings, or its defaults (a provider registered after the
    settings were saved has none yet)."""
    return ctx.settings.providers.get(name) or provider_defaults(name)


async def model_choices(ctx: AppContext, name: str | None = None, *,
                        base_url: str | None = None,
                        api_key: str | None = None) -> tuple[list[str], str]:
    """The models a model box offers (Settings › Agents and Models, the chat's): the list of
    provider ``name`` (None: the one runs use) when it answers (cached an hour, the cache
    when it does not), else the models Devora knows; and one line saying which. Any other
    model id can still be typed. ``base_url``/``api_key``: what Settings shows, not saved yet."""
    from devora_desktop.core.llm.catalogue import BUILTIN

    # the offline provider's "templates" is no model a box can offer (walk13 #22)
    known = list(dict.fromkeys([*BUILTIN, *(
        c.default_model for n, c in ctx.settings.providers.items()
        if c.default_model and not getattr(registry.PROVIDERS.get(n), "templates", False))]))
    try:
        choice = await choose_provider(ctx, name, base_url=base_url, api_key=api_key,
                                       attempts=1)
    except DevoraError as exc:
        return known, (f"The models Devora knows ({exc}); any other model id can be typed.")
    if choice.offline:
        return known, ("The models Devora knows: the offline templates use none, so these "
                       "apply once a model provider is set up (Models tab).")
    label = registry.label(choice.name)
    try:
        await choice.provider.refresh_catalogue()
        catalogue = getattr(choice.provider, "catalogue", None)
        listed = sorted(catalogue.models()) if catalogue is not None else []
    finally:
        await choice.provider.aclose()
    if listed:
        return listed, f"{len(listed)} models {label} lists; any other model id can be typed."
    return known, (f"{label} did not list its models (offline?): these are the models Devora "
                   "knows; any other model id can be typed.")


async def check_connection(ctx: AppContext, name: str | None = None, *,
                           base_url: str | None = None, model: str | None = None,
                           api_key: str | None = None) -> str:
    """Settings' "Test connection": one completion of at most one token with these (maybe
    unsaved) values, so the URL, the key and the model are proven together for a fraction
    of a cent. Returns one line to show; raises DevoraError with a way forward."""
    from devora_desktop.core.llm.base import CallParams

    choice = await choose_provider(ctx, name, base_url=base_url, model=model, api_key=api_key,
                                   attempts=1)
    if choice.offline:
        return "Offline templates need no connection (no AI: add a key for generation)."
    try:
        # the first word back proves the URL, the key and the model together: a server that
        # streams on past max_tokens (some local ones do) is not waited for
        async with contextlib.aclosing(choice.provider.stream_chat(
                [{"role": "user", "content": "Reply with the word OK."}], choice.model, "quick",
                CallParams(temperature=0, max_tokens=1))) as answer:
            async for item in answer:
                if isinstance(item, str) and item:
                    break
    finally:
        await choice.provider.aclose()
    return f"Connected: {choice.label} answered."
