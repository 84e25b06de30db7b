"""The app's HTTPS clients share one verifying TLS context (core/tls.py): httpx built one per
client from certifi's bundle, 20-30 ms of CPU each, three times per window run."""

from __future__ import annotations

import ssl

from devora_desktop.core.llm.client import OpenAICompatProvider
from devora_desktop.core.tls import tls_context


def test_provider_clients_share_one_context_that_verifies() -> None:
    a = OpenAICompatProvider(name="a", base_url="https://api.example.com/v1")
    b = OpenAICompatProvider(name="b", base_url="https://api.example.com/v1")
    shared = tls_context()
    # httpx's pool keeps the context it connects with (no public accessor)
    assert a._client._transport._pool._ssl_context is shared
    assert b._client._transport._pool._ssl_context is shared
    assert shared.verify_mode == ssl.CERT_REQUIRED and shared.check_hostname
    assert shared.cert_store_stats()["x509_ca"] > 0  # certifi's roots, as httpx loads them
