"""Licensing in the app: activation, offline token verification, plan gates.

The signed token (EdDSA JWT, see ``devora_license``) is verified offline against the root
keys pinned here, and only those: a self-hosted server presents its signing key with a
certificate signed by a pinned root (``devora_server certify``), carried in each token. No
setting can add a trusted key. Online it refreshes after ``refresh_after``;
offline it stays valid until ``exp``, then for a grace period, then the app is Free —
projects are never locked. A clock set backwards (now earlier than the latest time seen, or a
token issued in the future) is detected and treated as Free until the clock is right.
"""

from __future__ import annotations

import logging
import platform
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from devora_desktop.core.errors import LicenseError, PlanRequired, Said
from devora_desktop.core.tls import tls_context
from devora_license import FEATURE_TITLES, OFFLINE_GRACE, PLANS, fingerprint_hash, plan_of, verify

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

#: Root public keys (kid -> PEM): the only keys this app trusts. A root signs tokens itself
#: (the official server) or certifies a self-hosted server's signing key. The private keys
#: never leave the vendor; rotate by adding a root here before it is used.
PINNED_KEYS = {
    "devora-2026-1": """-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAWi2vqjybBitB2TbqGRXqtdlU0nA8D+kBPHn7dfBz8fI=
-----END PUBLIC KEY-----
""",
}
#: A token signed by the pinned key, for the installer self-test (plan free, no machine).
SELF_TEST_TOKEN = (
    "eyJhbGciOiJFZERTQSIsImtpZCI6ImRldm9yYS0yMDI2LTEiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJodHRwczovL"
    "2xpY2Vuc2UuZGV2b3JhLmRldiIsImF1ZCI6ImRldm9yYS1kZXNrdG9wIiwic3ViIjoic2VsZi10ZXN0IiwianRpI"
    "joiM2NiZTAzYTg5MTE5NGY4ZjkwODA5M2MyNWU4ZjcxY2QiLCJpYXQiOjE3OTU2ODU1MzcsIm5iZiI6MTc5NTY4N"
    "TQ3NywiZXhwIjoyNDI2NDA1NTM3LCJyZWZyZXNoX2FmdGVyIjoxNzk1NzcxOTM3LCJwbGFuIjoiZnJlZSIsImZlY"
    "XR1cmVzIjpbImV4cG9ydC5mb2xkZXIiLCJleHBvcnQuemlwIiwibW9kZS5xdWljayIsIm1vZGUud2ViIl0sInNlY"
    "XRzIjoxLCJtaWQiOiJzZWxmLXRlc3QiLCJmcGgiOiIwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM"
    "DAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIiwic3RhdHVzIjoiYWN0aXZlIiwicGVyaW9kX2VuZCI6bnVsb"
    "H0.dlnt7LXLQ_V-bXGDI6XnCY8-2hyWJ_1sZvu4pU5GIHTG2TjtjjFFl3N5S4NTR4UiO5u3rON4okSvTFT-KLtcC"
    "g"
)
CLOCK_SKEW = 300
SECRET_SERVICE = "devora-desktop"  # the system keyring's service name (see core/secrets.py)
_KEYRING_SEEN: dict[str, int | None] = {}   # keyring account -> the watermark there


@dataclass
class LicenseState:
    plan: str = "free"
    status: str = "none"
    message: str = "Free plan"
    expires_at: int | None = None
    refresh_due: bool = False
    seats: int = 1
    license_id: str | None = None
    #: when the subscription's paid period ends (it renews then, or ends if cancelled)
    period_end: int | None = None
    clock_problem: bool = False
    features: frozenset[str] = field(default_factory=lambda: PLANS["free"].features)

    @property
    def pro(self) -> bool:
        return self.plan == "pro"


SEAT_LOST_MESSAGE = Said("This license's seats are held by machines used more recently: "
                         "deactivate one of them (Help › License, or `devora license "
                         "machines`) or add a seat in Manage billing",
                         window="This license's seats are held by machines used more "
                         "recently: deactivate one of them in Help › License › Show machines, "
                         "or add a seat in Manage billing")


@dataclass(frozen=True)
class MachineSeat:
    """One machine on the license, as the server lists it."""

    id: str
    name: str
    platform: str
    last_seen: str
    holds_seat: bool
    this: bool


@dataclass
class Entitlements:
    """The one place plan gates are decided; the engine and the exporters ask it."""

    plan: str
    features: frozenset[str]
    daily_ai_runs: int | None

    @classmethod
    def for_state(cls, state: LicenseState) -> Entitlements:
        return cls(state.plan, frozenset(state.features), PLANS[state.plan].daily_ai_runs)

    @classmethod
    def unrestricted(cls) -> Entitlements:
        return cls("pro", PLANS["pro"].features, None)

    def allows(self, feature: str) -> bool:
        return feature in self.features

    def require(self, feature: str) -> None:
        if feature not in self.features:
            raise PlanRequired(FEATURE_TITLES.get(feature, feature))

    def require_run(self, *, mode: str, agent_models: bool, offline: bool,
                    ai_runs_today: int) -> None:
        self.require(f"mode.{mode}")
        if agent_models:
            self.require("agent_models")
        if not offline and self.daily_ai_runs is not None and \
                ai_runs_today >= self.daily_ai_runs:
            raise PlanRequired(f"More than {self.daily_ai_runs} AI runs a day",
                               when="the count starts again at midnight; ")


def machine_fingerprint(kv) -> str:
    try:
        import machineid

        raw = machineid.id()
    except Exception:
        raw = kv.get("license:fallback_machine") or uuid.uuid4().hex
        kv.set("license:fallback_machine", raw)
    return fingerprint_hash(raw)


def local_minute(value: object) -> str:
    """A server's timestamp (ISO 8601, UTC when it names no zone) in this computer's time, to
    the minute: the machines list showed the server's UTC clock as if it were local."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")[:16].replace("T", " ")
    return when.replace(tzinfo=when.tzinfo or UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def key_tail(key: str | None) -> str | None:
    """"DEV-…-01234F": enough of a license key to tell which one is in use (the last six
    characters), never the key itself, which activates a seat for whoever reads it."""
    if not key:
        return None
    tail = key.replace("-", "")[-6:]
    return f"{key.split('-', 1)[0]}-…-{tail}" if "-" in key else f"…{tail}"


def day(ts: int) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d")


def pro_terms(state: LicenseState, key: str | None) -> list[tuple[str, str]]:
    """(label, text) lines of a Pro license that Help › License and `devora license status`
    both show: when it renews or ends, which key is in use (its tail only), and what
    happens at expiry."""
    if not state.pro:
        return []
    lines = []
    if state.period_end:
        if state.status == "canceled":
            lines.append(("Ends", f"{day(state.period_end)} (the subscription was cancelled; "
                                  "it does not renew)"))
        else:
            lines.append(("Renews", f"{day(state.period_end)} (the subscription renews "
                                    "itself; Manage billing changes or cancels it)"))
    else:  # a license with no paid period (a test or granted one): said, not left blank
        lines.append(("Ends", "no end date is set on this license (it has no paid period): "
                              "it stays Pro while the license server keeps it active"))
    if tail := key_tail(key):
        lines.append(("Key", tail))
    from devora_desktop.core.words import listed

    locked = [t for f, t in FEATURE_TITLES.items()
              if f not in PLANS["free"].features and f != "unlimited_runs"]
    locked_words = listed(locked)
    offline = ""
    if state.expires_at:
        offline = (" Offline, Pro keeps working until "
                   f"{day(state.expires_at + OFFLINE_GRACE)}: connect before then.")
    lines.append(("At expiry", "the app becomes Free. Your projects stay and open as "
                               f"before; {locked_words} lock again, and AI runs are "
                               f"{PLANS['free'].daily_ai_runs} a day." + offline))
    return lines


class LicenseManager:
    def __init__(self, ctx, *, now=time.time, client: httpx.AsyncClient | None = None) -> None:
        self.ctx = ctx
        self.kv = ctx.store.kv
        self.now = now
        self._client = client

    # ---- configuration ----------------------------------------------------------------
    @property
    def server(self) -> str:
        return self.ctx.settings.license_server.rstrip("/")

    @property
    def public_keys(self) -> dict[str, str]:
        """The pinned roots. ``settings.license_public_keys`` is ignored on purpose: a
        setting that adds trust would sell Pro for one command."""
        return PINNED_KEYS

    # ---- the license key --------------------------------------------------------------
    # Kept in the keyring-backed secret store; where no keyring exists, in a 0600 file in the
    # data dir (an entitlement, not a payment secret), so refresh and deactivate keep working.
    @property
    def _key_file(self):
        return self.ctx.paths.root / "license.key"

    def _read_key_file(self) -> tuple[str | None, int | None]:
        """(key, watermark) from the 0600 key file: the key on its first line, the clock
        watermark on a ``seen=`` line (files written before it have the key only)."""
        try:
            text = self._key_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None, None
        key, seen = None, None
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("seen="):
                seen = int(line[5:]) if line[5:].isdigit() else None
            elif line and key is None:
                key = line
        return key, seen

    def _write_key_file(self, key: str | None, seen: int | None) -> None:
        import os

        tmp = self._key_file.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write((key or "") + (f"\nseen={seen}\n" if seen else ""))
        os.replace(tmp, self._key_file)

    def stored_key(self) -> str | None:
        """This machine's license key, wherever it is kept (None when not activated)."""
        from devora_desktop.core.errors import SecretsError
        from devora_desktop.core.logs import register_secret

        try:
            key = self.ctx.secrets.get("license")
        except SecretsError:  # no keyring, or one whose master key changed: as not stored
            key = None  # (Export, which reads it to keep it out of the files, stopped there)
        if key:
            return key
        key = self._read_key_file()[0]
        if key:
            register_secret(key)  # never in a log line
        return key

    def key_location(self) -> str | None:
        """Where this machine's license key is kept, in words (None: nowhere)."""
        if self._read_key_file()[0]:
            return f"{self._key_file} (no system keyring; readable only by you)"
        if self.ctx.secrets.has("license"):
            return "the system keyring"
        return None

    def _save_key(self, key: str) -> None:
        seen = self._read_key_file()[1]
        if self.ctx.secrets.set("license", key, session_only_ok=True):
            self._key_file.unlink(missing_ok=True)
            if seen:
                self._write_side_seen(seen)
            return
        self._write_key_file(key, seen)

    def _forget_key(self) -> None:
        self.ctx.secrets.delete("license")
        self._key_file.unlink(missing_ok=True)

    @property
    def fingerprint(self) -> str:
        return machine_fingerprint(self.kv)

    # ---- the clock watermark -----------------------------------------------------------
    # The latest time this app has seen, kept in two places: the store (``license:latest_seen``)
    # and where the license key lives (the system keyring, else the 0600 key file). A clock
    # set back is caught while either survives; with both gone and a token present, the token
    # is not trusted until an online refresh (editing one file cannot revive a token).
    _SEEN_EVERY = 3600  # the keyring/key-file copy advances at most hourly (it may be slow)

    @property
    def _seen_account(self) -> str:
        import hashlib

        root = str(self.ctx.paths.root.resolve())
        return "license-seen@" + hashlib.sha256(root.encode()).hexdigest()[:16]

    def _keyring_seen(self) -> int | None:
        """The keyring's copy (None: no keyring, or nothing there). Read from the keyring
        once per process (a D-Bus round trip each time would cost the Qt thread), then from
        this process's own record of what it read and wrote."""
        if not self.ctx.secrets.available:
            return None
        account = self._seen_account
        if account in _KEYRING_SEEN:
            return _KEYRING_SEEN[account]
        try:
            import keyring

            raw = keyring.get_password(SECRET_SERVICE, account)
        except Exception:  # any backend failure: as if there were no keyring
            return None
        _KEYRING_SEEN[account] = int(raw) if raw and raw.isdigit() else None
        return _KEYRING_SEEN[account]

    def _watermarks(self) -> tuple[int | None, int | None]:
        """(the store's, the key side's) latest seen time; None where it is missing."""
        raw = self.kv.get("license:latest_seen")
        store = int(raw) if raw is not None and str(raw).isdigit() else None
        side = [v for v in (self._keyring_seen(), self._read_key_file()[1]) if v]
        return store, max(side) if side else None

    def _advance_watermark(self, now: int, store: int | None, side: int | None) -> None:
        if store is None or now > store + 60:
            self.kv.set("license:latest_seen", now)
        if side is None or now >= side + self._SEEN_EVERY:
            self._write_side_seen(now)

    def _write_side_seen(self, seen: int) -> None:
        if self.ctx.secrets.available:
            try:
                import keyring

                keyring.set_password(SECRET_SERVICE, self._seen_account, str(seen))
                _KEYRING_SEEN[self._seen_account] = seen
                return
            except Exception:
                log.info("the keyring refused the license watermark; using the key file")
        key, _ = self._read_key_file()
        self._write_key_file(key, seen)

    # ---- offline state ----------------------------------------------------------------
    def state(self) -> LicenseState:
        token = self.kv.get("license:token")
        if not token and self.kv.get("license:seat_lost"):
            # refresh_due: asked again at start-up, so a seat freed elsewhere comes back
            return LicenseState(status="seat_lost", message=SEAT_LOST_MESSAGE,
                                refresh_due=True)
        if not token:
            return LicenseState()
        import jwt  # with cryptography ~80 ms of CPU: not for a Free app with no license

        now = int(self.now())
        try:
            claims = verify(token, self.public_keys, verify_times=False, now=now)
        except jwt.InvalidTokenError as exc:
            return LicenseState(status="invalid", message=f"The license token is not valid "
                                f"({exc}); activate again")
        store, side = self._watermarks()
        if store is None and side is None:
            return LicenseState(status="unconfirmed", refresh_due=True, message=(
                "The license must be confirmed online before it is used here: connect to "
                "the internet (Help › License)"))
        latest = max(store or 0, side or 0)
        if now + CLOCK_SKEW < latest or claims["iat"] > now + CLOCK_SKEW:
            return LicenseState(status="clock", clock_problem=True, message=(
                "The system clock is set earlier than a time Devora has already seen; fix "
                "the date and time to use Pro"))
        self._advance_watermark(max(now, latest), store, side)
        if claims.get("fph") != self.fingerprint:
            return LicenseState(status="other_machine", message="This license was activated "
                                "on another machine; activate it here")
        exp = int(claims["exp"])
        period_end = claims.get("period_end")
        base = dict(seats=int(claims.get("seats", 1)), license_id=claims["sub"],
                    refresh_due=now >= int(claims.get("refresh_after", exp)), expires_at=exp,
                    period_end=int(period_end) if isinstance(period_end, int) else None)
        plan = plan_of(claims)   # features come from the plan table, never from the token
        if now <= exp:
            status = claims.get("status", "active")
            msg = {"past_due": "Pro — the last payment failed; update your card in Manage "
                               "billing"}.get(status, f"{plan.title} plan")
            return LicenseState(plan=plan.name, status=status, message=msg,
                                features=plan.features, **base)
        if now <= exp + OFFLINE_GRACE:
            until = datetime.fromtimestamp(exp + OFFLINE_GRACE, UTC).strftime("%Y-%m-%d")
            return LicenseState(plan=plan.name, status="grace", message=(
                f"Offline for a while: connect before {until} to keep Pro"),
                features=plan.features, **{**base, "refresh_due": True})
        return LicenseState(status="expired", message="The license needs a refresh: connect "
                            "to the internet (Help › License)", **{**base, "refresh_due": True})

    def entitlements(self) -> Entitlements:
        return Entitlements.for_state(self.state())

    # ---- online -----------------------------------------------------------------------
    async def _post(self, path: str, body: dict) -> dict:
        return await self._request("POST", path, json=body)

    async def _request(self, method: str, path: str, **kw) -> dict:
        # httpx (~100 ms of imports) only when the licence server is asked: the window reads
        # the plan on its thread at start-up, from the licence on disk
        import httpx

        own = self._client is None
        client = self._client or httpx.AsyncClient(trust_env=False, verify=tls_context(),
                                                     timeout=20)
        try:
            resp = await client.request(method, f"{self.server}{path}", **kw)
        except httpx.HTTPError as exc:
            raise LicenseError("could not reach the license server", code="OFFLINE",
                               hint="check your connection; the app keeps working") from exc
        finally:
            if own:
                await client.aclose()
        try:
            data = resp.json()
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        if resp.status_code in (502, 503, 504):
            # "try later": the token stays, the grace period runs, no retry before it is due
            raw = resp.headers.get("Retry-After", "")
            wait = min(int(raw), 3600) if raw.isdigit() else 60
            self.kv.set("license:retry_at", int(self.now()) + wait)
            raise LicenseError("the license server is unavailable for a moment",
                               code="UNAVAILABLE", hint=f"the app keeps working; try again in "
                               f"{wait} s")
        if resp.status_code >= 400:
            code = data.get("code", "ERROR")
            raise LicenseError(data.get("message") or f"license server error "
                               f"{resp.status_code}", code=code, hint=_HINTS.get(code, ""),
                               window_hint=_WINDOW_HINTS.get(code, ""))
        return data

    def store_token(self, token: str) -> LicenseState:
        """Keep a token the server just sent (verified first); the state it gives."""
        import jwt

        try:
            verify(token, self.public_keys, verify_times=False, now=int(self.now()))
        except jwt.InvalidTokenError as exc:
            raise LicenseError(f"the server sent a token this app cannot verify ({exc})",
                               code="BAD_TOKEN",
                               hint="check the license server settings") from None
        self.kv.set("license:token", token)
        self.kv.delete("license:seat_lost")
        # confirmed online just now: both copies of the watermark are (re)written, never lowered
        store, side = self._watermarks()
        seen = max(int(self.now()), store or 0, side or 0)
        self.kv.set("license:latest_seen", seen)
        self._write_side_seen(seen)
        return self.state()

    async def activate(self, key: str) -> LicenseState:
        """A key that cannot be one is refused here, never sent (the window refused it
        already; the command line sent it and printed the server's 'not found')."""
        from devora_license import normalize_license_key, why_not_a_key

        canonical = normalize_license_key(key)
        if canonical is None:
            raise LicenseError(why_not_a_key(key) or "not a license key", code="MALFORMED")
        key = canonical
        data = await self._post("/v1/licenses/activate", {
            "license_key": key, "fingerprint": self.fingerprint,
            "name": platform.node()[:200], "platform": f"{platform.system()} "
                                                     f"{platform.machine()}"})
        self._save_key(key)
        self.kv.set("license:machine_id", data["machine_id"])
        return self.store_token(data["token"])

    async def refresh(self) -> LicenseState:
        key, mid = self.stored_key(), self.kv.get("license:machine_id")
        if not key or not mid:
            return self.state()
        try:
            data = await self._post("/v1/licenses/refresh", {
                "license_key": key, "machine_id": mid, "fingerprint": self.fingerprint})
        except LicenseError as exc:
            if exc.code in ("NOT_FOUND", "SUSPENDED", "EXPIRED", "FINGERPRINT_MISMATCH",
                            "SEAT_LOST"):
                self.kv.delete("license:token")  # the server says no: back to Free
            if exc.code == "SEAT_LOST":   # the key and machine id stay: free a seat, refresh
                self.kv.set("license:seat_lost", 1)
            raise
        return self.store_token(data["token"])

    async def refresh_if_due(self) -> LicenseState:
        state = self.state()
        retry_at = int(self.kv.get("license:retry_at") or 0)
        if state.refresh_due and self.now() >= retry_at:
            try:
                return await self.refresh()
            except LicenseError as exc:
                log.info("license refresh failed: %s", exc.one_line())
        return state

    async def deactivate(self) -> None:
        """Release this machine's seat on the server, then forget the license here. Raises
        (and keeps everything) unless the server confirmed: a seat must never stay taken
        while the user is told it was released."""
        key, mid = self.stored_key(), self.kv.get("license:machine_id")
        if not mid:
            raise LicenseError("no license is activated on this machine", code="NO_LICENSE")
        if not key:
            raise LicenseError("this machine's license key is not stored, so the server "
                               "cannot be told", code="NO_KEY",
                               hint="activate the key again, then deactivate")
        await self._post("/v1/licenses/deactivate", {"license_key": key, "machine_id": mid})
        self.kv.delete("license:token")
        self.kv.delete("license:machine_id")
        self.kv.delete("license:seat_lost")
        self._forget_key()

    async def machines(self) -> list[MachineSeat]:
        """The license's active machines, most recently seen first, and which hold a seat
        (when seats drop, the others are refused until one is deactivated)."""
        key = self.stored_key()
        if not key:
            raise LicenseError("no license is activated on this machine", code="NO_LICENSE")
        data = await self._request("GET", "/v1/licenses/machines",
                                   headers={"X-License-Key": key})
        mine = self.kv.get("license:machine_id")
        return [MachineSeat(id=m["id"], name=m.get("name") or "(unnamed)",
                            platform=m.get("platform", ""),
                            last_seen=local_minute(m.get("last_seen")),
                            holds_seat=bool(m.get("holds_seat", True)), this=m["id"] == mine)
                for m in data.get("machines", [])]

    async def deactivate_machine(self, machine_id: str) -> None:
        """Release ``machine_id``'s seat (this machine: as :meth:`deactivate`)."""
        if machine_id == self.kv.get("license:machine_id"):
            await self.deactivate()
            return
        key = self.stored_key()
        if not key:
            raise LicenseError("no license is activated on this machine", code="NO_LICENSE")
        await self._post("/v1/licenses/deactivate", {"license_key": key,
                                                     "machine_id": machine_id})

    async def checkout_url(self, seats: int = 1, email: str | None = None) -> str:
        return (await self._post("/v1/checkout", {"plan": "pro", "seats": seats,
                                                  "email": email}))["url"]

    async def portal_url(self) -> str:
        key = self.stored_key()
        if not key:
            raise LicenseError("no license is activated on this machine", code="NO_LICENSE")
        return (await self._post("/v1/portal", {"license_key": key}))["url"]


_HINTS = {
    "SEAT_LOST": "see which machines hold the seats and deactivate one in Help › License "
                 "(or `devora license machines`), or add a seat in Manage billing",
    "NOT_FOUND": "check the key in your purchase email",
    "TOO_MANY_MACHINES": "deactivate another machine, or add a seat in Manage billing",
    "PAST_DUE": "update your card in Manage billing",
    "EXPIRED": "renew in Manage billing",
    "SUSPENDED": "contact support: reply to your purchase email",
    "FINGERPRINT_MISMATCH": "activate the license on this machine again",
    "TOO_MANY_DEACTIVATIONS": "try again next month or contact support",
    "RATE_LIMITED": "wait a minute and try again",
}
_WINDOW_HINTS = {  # where a hint above names a command
    "SEAT_LOST": "see which machines hold the seats and deactivate one in Help › License › "
                 "Show machines, or add a seat in Manage billing",
}
