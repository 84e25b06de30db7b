"""Server configuration, from environment variables only (12-factor; nothing secret in git)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from devora_license import new_keypair

log = logging.getLogger("devora_server")


@dataclass
class Config:
    database_url: str = "sqlite:///devora-licenses.db"
    stripe_api_key: str = ""
    stripe_webhook_secret: str = ""
    stripe_api_base: str | None = None       # a loopback fake in tests
    public_url: str = "https://devora.dev"
    admin_token: str = ""
    resend_api_key: str = ""
    email_from: str = "Devora <licenses@devora.dev>"
    support_email: str = "support@devora.dev"
    signing_keys: dict[str, str] = field(default_factory=dict)   # kid -> private PEM
    signing_certs: dict[str, str] = field(default_factory=dict)  # kid -> certificate (certify)
    current_kid: str = ""
    key_pepper: str = "devora-dev-pepper"
    payment_grace_days: int = 7
    deactivations_per_month: int = 3
    rate_per_minute_ip: int = 120
    rate_per_minute_key: int = 60
    redis_url: str = ""              # rate limits shared by every instance (else per process)
    metrics_token: str = ""          # /metrics needs "Bearer <token>"; without one it is off
    cors_origins: tuple[str, ...] = ()   # no browser page calls this API: none by default
    mail_log: str = "devora-mail.log"    # without Resend, emails (keys included) go here
    max_body: int = 1_000_000            # bytes; larger requests are refused before parsing
    attachment_max: int = 256_000        # support attachment, characters
    migrate_on_start: bool = True        # upgrade the schema at start-up (else only check)

    @classmethod
    def from_env(cls) -> Config:
        e = os.environ.get
        cfg = cls(
            database_url=e("DATABASE_URL", cls.database_url),
            stripe_api_key=e("STRIPE_API_KEY", ""),
            stripe_webhook_secret=e("STRIPE_WEBHOOK_SECRET", ""),
            stripe_api_base=e("STRIPE_API_BASE") or None,
            public_url=e("PUBLIC_URL", cls.public_url),
            admin_token=e("ADMIN_TOKEN", ""),
            resend_api_key=e("RESEND_API_KEY", ""),
            key_pepper=e("LICENSE_KEY_PEPPER", cls.key_pepper),
            payment_grace_days=int(e("PAYMENT_GRACE_DAYS", "7")),
            deactivations_per_month=int(e("DEACTIVATIONS_PER_MONTH", "3")),
            rate_per_minute_ip=int(e("RATE_PER_MINUTE_IP", "120")),
            rate_per_minute_key=int(e("RATE_PER_MINUTE_KEY", "60")),
            support_email=e("SUPPORT_EMAIL", cls.support_email),
            redis_url=e("REDIS_URL", ""),
            metrics_token=e("METRICS_TOKEN", ""),
            cors_origins=tuple(o.strip() for o in e("CORS_ORIGINS", "").split(",")
                               if o.strip()),
            mail_log=e("MAIL_LOG", cls.mail_log),
            migrate_on_start=e("MIGRATE_ON_START", "1") not in ("0", "false", "no"),
        )
        # SIGNING_KEYS: "kid1=/path/to/key1.pem,kid2=/path/to/key2.pem"; the LAST one signs,
        # the others still verify (rotation).
        for pair in filter(None, (e("SIGNING_KEYS") or "").split(",")):
            kid, _, path = pair.partition("=")
            with open(path, encoding="utf-8") as fh:
                cfg.signing_keys[kid.strip()] = fh.read()
            cfg.current_kid = kid.strip()
        # SIGNING_CERTS: "kid=/path/to/kid.cert": the certificate a root made for that key
        # (self-hosting; `python -m devora_server.certify`). Tokens carry it.
        for pair in filter(None, (e("SIGNING_CERTS") or "").split(",")):
            kid, _, path = pair.partition("=")
            with open(path, encoding="utf-8") as fh:
                cfg.signing_certs[kid.strip()] = fh.read().strip()
        if not cfg.signing_keys:
            log.warning("no SIGNING_KEYS: using an ephemeral key (tokens die with the process)")
            private, _ = new_keypair()
            cfg.signing_keys = {"dev": private}
            cfg.current_kid = "dev"
        return cfg

    def public_keys(self) -> dict[str, str]:
        from cryptography.hazmat.primitives import serialization

        out = {}
        for kid, pem in self.signing_keys.items():
            key = serialization.load_pem_private_key(pem.encode(), None)
            out[kid] = key.public_key().public_bytes(
                serialization.Encoding.PEM,
                serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        return out
