"""Logging to ``<data>/logs/devora.log`` with every known secret scrubbed from every record.

Secrets register themselves here the moment they are decrypted or entered, so a key can never
reach a log line even through an exception message or a library's debug output.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

_lock = threading.Lock()
_known: set[str] = set()
_PATTERNS = [
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"\b(sk-[A-Za-z0-9_-]{4})[A-Za-z0-9_-]{8,}"),
    re.compile(r"\b(gh[pousr]_)[A-Za-z0-9]{16,}"),
    re.compile(r"\b(github_pat_)[A-Za-z0-9_]{16,}"),
]


def register_secret(value: str | None) -> None:
    if value and len(value) >= 6:
        with _lock:
            _known.add(value)


def known_secrets() -> list[str]:
    """Secrets seen in this process (stored keys once used): exports look for them too."""
    with _lock:
        return sorted(_known)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, "[REDACTED]")
    for pat in _PATTERNS:
        text = pat.sub(lambda m: m.group(1) + "[REDACTED]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = redact(message)
        record.args = None
        return True


def setup_logging(logs_dir: Path, *, verbose: bool = False) -> Path:
    """Attach a rotating, redacting file handler to the root logger (idempotent)."""
    root = logging.getLogger()
    log_file = logs_dir / "devora.log"
    for handler in root.handlers:
        if getattr(handler, "_devora", False):
            return log_file
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler._devora = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("httpx", "httpcore", "urllib3", "github", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return log_file
