"""Outgoing email, async (the webhook must not block the event loop on an HTTP call).

With ``RESEND_API_KEY`` mail goes through Resend; without it — or when Resend fails — each
message (license keys included) is appended as one JSON line to ``MAIL_LOG`` (created 0600),
so a buyer's key is never lost: an admin can read it there or resend it
(``POST /v1/admin/licenses/{id}/resend``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time

import httpx

log = logging.getLogger("devora_server.mail")
_HEADER_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")


def header_safe(value: str, limit: int = 200) -> str:
    """One line: CR, LF and other control characters become a space (no header injection)."""
    return _HEADER_UNSAFE.sub(" ", value).strip()[:limit]


class Mailer:
    def __init__(self, *, resend_api_key: str, sender: str, log_path: str,
                 resend_url: str = "https://api.resend.com/emails") -> None:
        self.resend_api_key, self.sender, self.log_path = resend_api_key, sender, log_path
        self.resend_url = resend_url
        self.outbox: list[dict] = []   # the last messages of this process (tests, debugging)
        self._client: httpx.AsyncClient | None = None

    async def send(self, to: str, subject: str, text: str) -> bool:
        """True when Resend accepted it; False when it went to the mail log instead."""
        mail = {"to": header_safe(to, 320), "subject": header_safe(subject), "text": text}
        self.outbox.append(mail)
        del self.outbox[:-100]
        if self.resend_api_key:
            try:
                if self._client is None:   # created inside the running loop
                    self._client = httpx.AsyncClient(timeout=10)
                resp = await self._client.post(self.resend_url, json={
                    "from": self.sender, "to": [mail["to"]], "subject": mail["subject"],
                    "text": text}, headers={"Authorization": f"Bearer {self.resend_api_key}"})
                resp.raise_for_status()
                return True
            except httpx.HTTPError as exc:
                log.error("Resend refused mail to %s (%s); it is in %s", mail["to"],
                          type(exc).__name__, self.log_path)
        await asyncio.to_thread(self._append, mail)
        return False

    def _append(self, mail: dict) -> None:
        line = json.dumps({"at": int(time.time()), **mail}) + "\n"
        fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(line)
        log.info("mail to %s logged to %s: %s", mail["to"], self.log_path, mail["subject"])

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
