"""One TLS context for the app's HTTPS clients.

httpx builds a context for every client it makes, reading certifi's CA bundle each time
(20-30 ms of CPU), and a window run makes three provider clients (the status bar's, the
estimate's and the run's), two of them on the Qt thread. The context verifies as httpx's own
does with ``trust_env=False`` (certifi's bundle, hostnames checked); an SSLContext is safe to
share between clients and threads."""

from __future__ import annotations

import functools
import ssl


@functools.cache
def tls_context() -> ssl.SSLContext:
    import httpx

    return httpx.create_ssl_context(trust_env=False)
