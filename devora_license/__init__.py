"""What the licensing server and the app share, and nothing more: the plan table and the
license-token format (EdDSA/Ed25519 JWT). Both sides import this module.

Token: header ``{"alg": "EdDSA", "kid": KID}``; claims ``iss``, ``aud``, ``sub`` (license id),
``jti``, ``iat``, ``nbf``, ``exp`` (14 days), ``refresh_after`` (1 day), ``plan``,
``features``, ``seats``, ``mid`` (machine id), ``fph`` (fingerprint hash), ``status``,
``period_end``. ``features`` is written for apps of earlier releases only: what a token
unlocks is decided by its ``plan`` through :data:`PLANS` (:func:`plan_of`), never by a list
the token carries — so a certificate's scope, which bounds the plans, bounds the features.

Trust chain (self-hosting): the app pins only *root* keys. A root may sign tokens itself (the
official server), or certify a signing key: a certificate is a compact JWS (``typ`` "dvc",
signed by a root, header ``kid`` = the root's kid) over ``{kid, pub, nbf, naf, scope}`` —
the signing key's id, its public PEM, its validity window and what it may grant
(``license:<plan>``). A token signed by a certified key carries the certificate in its
header (``crt``); :func:`verify` checks root -> certificate -> token offline.
"""

from __future__ import annotations

import hashlib
import re
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
class Price:
    """What a seat of a plan costs. The one copy: the app says it and the server's Checkout
    charges it (``devora_server.routers.billing``), so the two can't disagree."""
    cents: int
    currency: str = "usd"
    interval: str = "month"

    def __str__(self) -> str:
        symbol = {"usd": "$", "eur": "€", "gbp": "£"}.get(self.currency)
        amount = f"{self.cents // 100}" if self.cents % 100 == 0 else f"{self.cents / 100:.2f}"
        money = f"{symbol}{amount}" if symbol else f"{amount} {self.currency.upper()}"
        return f"{money} a {self.interval} per seat"


PRO_PRICE = Price(2000)


@dataclass(frozen=True)
class Plan:
    name: str
    title: str
    features: frozenset[str]
    daily_ai_runs: int | None  # None: unlimited
    price: Price | None = None  # None: not sold


PLANS = {
    "free": Plan("free", "Free", frozenset({"mode.quick", "mode.web", "export.zip",
                                            "export.folder"}), FREE_DAILY_AI_RUNS),
    "pro": Plan("pro", "Pro", frozenset(FEATURES), None, PRO_PRICE),
}



def plan_of(claims: dict) -> Plan:
    """The plan a verified token grants (Free for a name this build does not know). The
    only way from a token to features: its own ``features`` claim is ignored."""
    name = claims.get("plan")
    return PLANS[name] if isinstance(name, str) and name in PLANS else PLANS["free"]


def scope_plans(scope: list[str]) -> frozenset[str]:
    """The plans a certificate's ``scope`` (``license:<plan>`` entries) lets its key grant."""
    return frozenset(s.removeprefix("license:") for s in scope
                     if isinstance(s, str) and s.startswith("license:")
                     and s.removeprefix("license:") in PLANS)


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


def sign(claims: dict, private_key_pem, kid: str, cert: str | None = None) -> str:
    """A token for ``claims``, signed with a PEM string or a loaded Ed25519 private key;
    ``cert``: the key's certificate, carried in the header."""
    import jwt

    headers = {"kid": kid, **({"crt": cert} if cert else {})}
    return jwt.encode(claims, private_key_pem, algorithm="EdDSA", headers=headers)


CERT_TYPE = "dvc"


def certify(root_private_pem: str, root_kid: str, *, kid: str, public_pem: str,
            not_before: int, not_after: int, scope: list[str]) -> str:
    """A certificate for a signing key, made offline with a root key (``devora_server
    certify``). ``scope`` lists what tokens signed by the key may grant: ``license:pro``..."""
    import jwt

    if not_after <= not_before:
        raise ValueError("not-after must be later than not-before")
    body = {"kid": kid, "pub": public_pem, "nbf": int(not_before), "naf": int(not_after),
            "scope": sorted(set(scope))}
    return jwt.encode(body, root_private_pem, algorithm="EdDSA",
                      headers={"kid": root_kid, "typ": CERT_TYPE})


def read_certificate(cert: str, roots: dict[str, str]) -> dict:
    """The body of ``cert`` if a root in ``roots`` signed it; raises ``jwt.InvalidTokenError``.
    Validity times are the caller's to check (against the token's ``iat`` and its clock)."""
    import jwt

    header = jwt.get_unverified_header(cert)
    root = roots.get(header.get("kid", ""))
    if header.get("typ") != CERT_TYPE or root is None:
        raise jwt.InvalidTokenError("the signing key's certificate is not from a trusted root")
    body = jwt.decode(cert, root, algorithms=["EdDSA"], options={
        "verify_exp": False, "verify_nbf": False, "verify_iat": False,
        "require": ["kid", "pub", "nbf", "naf", "scope"]})
    if not isinstance(body["scope"], list) or not isinstance(body["pub"], str):
        raise jwt.InvalidTokenError("malformed certificate")
    return body


def verify(token: str, public_keys: dict[str, str], *, leeway: int = 0,
           verify_times: bool = True, now: int | None = None) -> dict:
    """Claims of a token signed by one of the root keys ``public_keys`` (kid -> PEM), or by
    a key that carries a certificate from one of them. Raises ``jwt.InvalidTokenError`` for a
    forged, tampered, expired, wrong-audience or unknown-key token, a certificate not from a
    root, outside its validity (at the token's ``iat`` or at ``now``) or whose scope does not
    cover the token's plan. Only EdDSA is accepted (no "none", no HMAC confusion).
    ``verify_times=False`` leaves the token's exp/nbf/iat to the caller (the app checks them
    against its own clock so that a clock set backwards can be detected)."""
    import jwt

    header = jwt.get_unverified_header(token)
    kid = header.get("kid", "")
    cert = header.get("crt")
    body = None
    if cert is not None:
        if not isinstance(cert, str):
            raise jwt.InvalidTokenError("malformed certificate")
        body = read_certificate(cert, public_keys)
        if body["kid"] != kid:
            raise jwt.InvalidTokenError("the certificate is for another key")
        key = body["pub"]
    else:
        key = public_keys.get(kid)
    if key is None:
        raise jwt.InvalidTokenError("signed with an unknown key")
    claims = jwt.decode(token, key, algorithms=["EdDSA"], audience=AUDIENCE, issuer=ISSUER,
                        leeway=leeway, options={"verify_exp": verify_times,
                                                "verify_nbf": verify_times,
                                                "verify_iat": verify_times,
                                                "require": ["exp", "iat", "sub", "aud",
                                                            "iss"]})
    if body is not None:
        at = int(now if now is not None else time.time())
        if not body["nbf"] - leeway <= int(claims["iat"]) <= body["naf"] + leeway \
                or at > body["naf"] + leeway:
            raise jwt.InvalidTokenError("the signing key's certificate is not valid now")
        if claims.get("plan") not in scope_plans(body["scope"]):
            raise jwt.InvalidTokenError("the signing key may not grant this plan")
    return claims


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


#: A license key as the server issues it: ``DEV-`` and four groups of six hex digits.
KEY_PREFIX, KEY_GROUPS, KEY_GROUP_LEN, KEY_ALPHABET = "DEV", 4, 6, "0123456789ABCDEF"
LICENSE_KEY_EXAMPLE = "-".join([KEY_PREFIX, *["X" * KEY_GROUP_LEN] * KEY_GROUPS])
_KEY_RE = re.compile("-".join([KEY_PREFIX, *[f"[{KEY_ALPHABET}]{{{KEY_GROUP_LEN}}}"]
                                * KEY_GROUPS]))
#: a letter a person may type for a digit of a key
_LOOKALIKE = {"O": "0", "I": "1", "L": "1"}
_FROM_MAIL = "copy it from your purchase email"


def why_not_a_key(key: str) -> str | None:
    """Why ``key`` cannot be a license key, in words that fit it (None: it can be). One of
    the right shape with letters no key has says which, and a likely typo: it was told
    'keys look like DEV-XXXXXX-…', which it did."""
    candidate = key.strip().upper()
    if _KEY_RE.fullmatch(candidate):
        return None
    groups = candidate.split("-")
    if len(groups) != KEY_GROUPS + 1 or groups[0] != KEY_PREFIX \
            or any(len(g) != KEY_GROUP_LEN for g in groups[1:]):
        return (f"That is not a license key: keys look like {LICENSE_KEY_EXAMPLE}, each X a "
                f"digit 0-9 or a letter A-F ({_FROM_MAIL}).")
    wrong = sorted({c for g in groups[1:] for c in g if c not in KEY_ALPHABET})
    letters = ", ".join(wrong[:-1]) + " and " + wrong[-1] if len(wrong) > 1 else wrong[0]
    alike = [f"the letter {c} for the digit {_LOOKALIKE[c]}" for c in wrong if c in _LOOKALIKE]
    typo = f" ({' or '.join(alike)}?)" if alike else ""
    return (f"This key has {letters}, which no license key has{typo}: after {KEY_PREFIX}- a "
            f"key has only the digits 0-9 and the letters A-F. Check it for a typo, or "
            f"{_FROM_MAIL}.")


def normalize_license_key(key: str) -> str | None:
    """The key in canonical form (upper case, no surrounding space), or None when it cannot
    be a key — the app refuses those locally and never sends them."""
    candidate = key.strip().upper()
    return candidate if _KEY_RE.fullmatch(candidate) else None
