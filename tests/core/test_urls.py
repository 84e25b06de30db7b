"""A model server's base URL as people paste it (core/urls.py), through the CLI and the
settings file alike (walk7 #15: "127.0.0.1:8871/v1" was saved and every run failed
"(UnsupportedProtocol)")."""

from __future__ import annotations

import pytest

from devora_desktop.core.errors import DevoraError
from devora_desktop.core.urls import base_url


@pytest.mark.parametrize(("typed", "used"), [
    ("127.0.0.1:8871/v1", "http://127.0.0.1:8871/v1"),
    ("localhost:1234/v1/", "http://localhost:1234/v1"),
    ("[::1]:1234/v1", "http://[::1]:1234/v1"),
    ("192.168.1.20:1234/v1", "http://192.168.1.20:1234/v1"),  # a server at home
    ("gpu-box:8000/v1", "http://gpu-box:8000/v1"),
    ("studio.local:1234/v1", "http://studio.local:1234/v1"),
    ("api.example.com/v1", "https://api.example.com/v1"),     # the internet: https
    ("  HTTPS://api.openai.com/v1 ", "https://api.openai.com/v1"),
    ("http://127.0.0.1:8871/v1", "http://127.0.0.1:8871/v1"),
])
def test_a_base_url_gets_the_scheme_it_was_pasted_without(typed: str, used: str) -> None:
    assert base_url(typed) == used


@pytest.mark.parametrize(("typed", "why"), [
    ("ftp://models.example/v1", "must start with http:// or https://"),
    ("localhost:12a4/v1", "has a port that is not a number"),
    ("http:///v1", "names no server"),
    ("local host:1234", "has a space in it"),
    ("", "is empty"),
])
def test_what_is_no_web_address_is_refused_with_its_reason(typed: str, why: str) -> None:
    with pytest.raises(DevoraError) as said:
        base_url(typed)
    line = said.value.one_line()
    assert why in line and "it looks like http://localhost:1234/v1" in line
    assert "\n" not in line


def test_the_cli_saves_a_bare_base_url_with_its_scheme_and_refuses_another(
        run_cli, isolated_home) -> None:
    ok = run_cli("settings", "set", "providers.openai.base_url", "127.0.0.1:8871/v1")
    assert ok.code == 0 and ok.out.strip() == 'providers.openai.base_url = ' \
                                              '"http://127.0.0.1:8871/v1"'
    bad = run_cli("settings", "set", "providers.openai.base_url", "ftp://x/v1")
    assert bad.code != 0 and "must start with http:// or https://" in bad.err
    assert "Traceback" not in bad.err
    shown = run_cli("settings", "show")
    assert 'providers.openai.base_url = "http://127.0.0.1:8871/v1"' in shown.out


def test_a_settings_file_saved_before_the_check_is_read_with_the_scheme(ctx) -> None:
    """A URL saved bare by an earlier version works at once; one that is no URL at all does
    not cost the person every other setting (an invalid settings file loads as defaults)."""
    from devora_desktop.core.context import AppContext

    s = ctx.settings.model_copy(deep=True)
    s.budget_usd = 0.5
    data = s.model_dump(mode="json")
    data["providers"]["openai"]["base_url"] = "127.0.0.1:8871/v1"
    data["providers"]["lmstudio"]["base_url"] = "ftp://studio/v1"
    ctx.store.settings.table.upsert({"key": "settings", "value": data},
                                    lambda row: row.get("key") == "settings")
    ctx.close()
    again = AppContext.open(ctx.paths.root)
    try:
        assert again.settings.budget_usd == 0.5
        assert again.settings.providers["openai"].base_url == "http://127.0.0.1:8871/v1"
        assert again.settings.providers["lmstudio"].base_url == "ftp://studio/v1"
    finally:
        again.close()


async def test_a_run_with_a_url_that_is_no_web_address_says_where_to_fix_it(ctx) -> None:
    from devora_desktop.agents.providers import choose_provider

    s = ctx.settings.model_copy(deep=True)
    s.providers["openai"].base_url = "ftp://models.example/v1"
    ctx.save_settings(s)
    with pytest.raises(DevoraError) as said:
        await choose_provider(ctx, "openai", model="m")
    assert said.value.one_line().endswith(
        "(it looks like http://localhost:1234/v1 or https://api.openai.com/v1: "
        "`devora settings set providers.openai.base_url URL`)")
    with pytest.raises(DevoraError) as passed:
        await choose_provider(ctx, "openai", base_url="ftp://x/v1", model="m")
    assert passed.value.one_line().endswith(": pass --base-url with one)")


async def test_a_provider_that_cannot_be_reached_says_what_to_check() -> None:
    """walk8 #10: OpenRouter unreachable said "check your connection or the base URL", but
    its base URL is no setting in the window. A provider at its own address points at the
    connection; a typed address, at it too; a local server, at whether it runs."""
    from devora_desktop.core import providers as registry
    from devora_desktop.core.errors import Unreachable
    from devora_desktop.core.llm.base import collect
    from devora_desktop.core.llm.client import OpenAICompatProvider
    from devora_desktop.core.retry import RetryPolicy
    from tests.fakes.base import free_port

    closed = f"http://127.0.0.1:{free_port()}/v1"
    registry.register(registry.ProviderSpec("hosted", "Hosted", "Hosted", closed, "m"))
    said = {}
    try:
        for name in ("hosted", "openai", "lmstudio"):
            async with OpenAICompatProvider(name=name, base_url=closed,
                                            retry=RetryPolicy(attempts=1)) as provider:
                with pytest.raises(Unreachable) as failed:
                    await collect(provider.stream_chat([{"role": "user", "content": "hi"}],
                                                       "m", "quick"))
                said[name] = failed.value.hint
    finally:
        registry.unregister("hosted")
    assert said["hosted"] == "check your connection"  # at its own address: nothing to fix
    assert said["openai"] == "check your connection or the base URL"
    assert said["lmstudio"].startswith("is LM Studio running?")
