"""What the licensing server and the app share, and nothing more: the plan table and the
license-token format (EdDSA/Ed25519 JWT). Both sides import this module.

Token: header ``{"alg": "EdDSA", "kid": KID}``; claims ``iss``, ``aud``, ``sub`` (license id),
``jti``, ``iat``, ``nbf``, ``exp`` (14 days), ``refresh_after`` (1 day), ``plan``,
``features``, ``seats``, ``mid`` (machine id), ``fph`` (fingerprint hash), ``status``,
``period_end``.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass

ISSUER = "https://license.devora.dev"
AUDIENCE = "devora-desktop"
TOKEN_TTL = 14 * 86400
REFRESH_AFTER = 86400
OFFLINE_GRACE = 7 * 86400
FREE_DAILY_AI_RUNS = 20

FEATURES = ("mode.quick", "mode.web", "mode.fullstack", "export.zip", "export.folder",
            "export.github", "export.vercel", "agent_models", "unlimited_runs")


@dataclass(frozen=True)
class Plan:
    name: str
    title: str
    features: frozenset[str]
    daily_ai_runs: int | None  # None: unlimited


PLANS = {
    "free": Plan("free", "Free", frozenset({"mode.quick", "mode.web", "export.zip",
                                            "export.folder"}), FREE_DAILY_AI_RUNS),
    "pro": Plan("pro", "Pro", frozenset(FEATURES), None),
}

#: What each locked feature is called in the UI, and what unlocks it.
FEATURE_TITLES = {"mode.fullstack": "Full-stack mode", "export.github": "GitHub export",
                  "export.vercel": "Vercel deploy", "agent_models": "Per-agent models",
                  "unlimited_runs": "Unlimited AI runs"}


def fingerprint_hash(machine_id: str, salt: str = "devora-fp-v1") -> str:
    return hashlib.sha256(f"{salt}:{machine_id}".encode()).hexdigest()


def make_claims(*, license_id: str, plan: str, seats: int, machine_id: str,
                fingerprint: str, status: str, period_end: int | None,
                now: int | None = None) -> dict:
    now = int(now if now is not None else time.time())
    return {"iss": ISSUER, "aud": AUDIENCE, "sub": license_id, "jti": uuid.uuid4().hex,
            "iat": now, "nbf": now - 60, "exp": now + TOKEN_TTL,
            "refresh_after": now + REFRESH_AFTER, "plan": plan,
            "features": sorted(PLANS[plan].features), "seats": seats, "mid": machine_id,
            "fph": fingerprint, "status": status, "period_end": period_end}


def sign(claims: dict, private_key_pem: bytes | str, kid: str) -> str:
    import jwt

    return jwt.encode(claims, private_key_pem, algorithm="EdDSA", headers={"kid": kid})


def verify(token: str, public_keys: dict[str, str], *, leeway: int = 0,
           verify_times: bool = True) -> dict:
    """Claims of a token signed by one of ``public_keys`` (kid -> PEM). Raises
    ``jwt.InvalidTokenError`` for a forged, tampered, expired, wrong-audience or
    unknown-key token. Only EdDSA is accepted (no "none", no HMAC confusion).
    ``verify_times=False`` leaves exp/nbf/iat to the caller (the app checks them against its
    own clock so that a clock set backwards can be detected)."""
    import jwt

    header = jwt.get_unverified_header(token)
    key = public_keys.get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("signed with an unknown key")
    return jwt.decode(token, key, algorithms=["EdDSA"], audience=AUDIENCE, issuer=ISSUER,
                      leeway=leeway, options={"verify_exp": verify_times,
                                              "verify_nbf": verify_times,
                                              "verify_iat": verify_times,
                                              "require": ["exp", "iat", "sub", "aud", "iss"]})


def new_keypair() -> tuple[str, str]:
    """(private PEM, public PEM) of a fresh Ed25519 key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public.decode()
