"""Web addresses a person types or pastes: a model server's base URL (Settings › Models,
``devora settings set``, ``--base-url``) and whether a host is this computer.

A base URL copied from a server's page often has no scheme ("localhost:1234/v1" from LM
Studio); httpx then fails every request with "UnsupportedProtocol". One function says what
the address is, or why it is none, for the dialog, the CLI and the run alike."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from devora_desktop.core.errors import DevoraError

#: Names that are this computer (a container's name for its host included).
LOCAL_NAMES = {"localhost", "host.docker.internal"}
EXAMPLE = "http://localhost:1234/v1 or https://api.openai.com/v1"


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an IP, without brackets) is this computer."""
    host = host.lower().strip("[]")
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _nearby(host: str) -> bool:
    """This computer or the local network (a model server on another machine at home): the
    hosts a missing scheme means http:// for. Anything else is reached over https://."""
    if is_loopback(host) or host.endswith(".local") or "." not in host.strip("[]"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_private
    except ValueError:
        return False


def base_url(text: str) -> str:
    """``text`` as a base URL a client can use (no trailing slash), or DevoraError with the
    reason. A missing scheme is added: http:// for this computer and the local network,
    https:// otherwise."""
    raw = text.strip()
    if not raw:
        raise DevoraError("the base URL is empty", hint=f"it looks like {EXAMPLE}")
    if any(c.isspace() for c in raw):
        raise DevoraError(f"the base URL {raw!r} has a space in it",
                          hint=f"it looks like {EXAMPLE}")
    if "://" not in raw:
        host = urlsplit(f"//{raw}").hostname or ""
        raw = f"{'http' if host and _nearby(host) else 'https'}://{raw}"
    parts = urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https"):
        raise DevoraError(f"the base URL {text.strip()!r} must start with http:// or https://",
                          hint=f"it looks like {EXAMPLE}")
    try:
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError:
        raise DevoraError(f"the base URL {text.strip()!r} has a port that is not a number",
                          hint=f"it looks like {EXAMPLE}") from None
    if not parts.hostname:
        raise DevoraError(f"the base URL {text.strip()!r} names no server",
                          hint=f"it looks like {EXAMPLE}")
    return f"{parts.scheme.lower()}://{raw.split('://', 1)[1]}".rstrip("/")
