from __future__ import annotations

import base64
import re
import sys
import time
from datetime import timedelta

import jwt
import pytest

from devora_desktop.core.errors import LicenseError, PlanRequired
from devora_desktop.core.licensing import (
    PINNED_KEYS,
    SELF_TEST_TOKEN,
    Entitlements,
    LicenseManager,
    machine_fingerprint,
)
from devora_license import AUDIENCE, make_claims, new_keypair, sign, verify
from tests.conftest import TEST_ROOT_KID, install_pro_license

DAY = 86400


class Clock:
    def __init__(self) -> None:
        self.t = time.time()

    def __call__(self) -> float:
        return self.t


def token_for(ctx, private: str, kid: str = TEST_ROOT_KID, **over) -> str:
    claims = make_claims(license_id="lic", plan="pro", seats=1, machine_id="m",
                         fingerprint=machine_fingerprint(ctx.store.kv), status="active",
                         period_end=None)
    claims.update(over)
    return sign(claims, private, kid)


def keep(ctx, token: str) -> None:
    """Put ``token`` where the app keeps it, on a machine that has seen the clock before."""
    ctx.store.kv.set("license:token", token)
    ctx.store.kv.set("license:latest_seen", int(time.time()))


def test_pinned_key_verifies_the_self_test_token() -> None:
    assert verify(SELF_TEST_TOKEN, PINNED_KEYS)["sub"] == "self-test"


def test_valid_pro_token(ctx) -> None:
    install_pro_license(ctx)
    state = LicenseManager(ctx).state()
    assert state.pro and state.status == "active"
    assert Entitlements.for_state(state).allows("export.github")


@pytest.mark.parametrize("case", ["forged", "tampered", "expired", "wrong_audience",
                                  "wrong_key", "none_alg", "other_machine"])
def test_bad_tokens_are_rejected(ctx, case: str) -> None:
    private = install_pro_license(ctx)
    mgr = LicenseManager(ctx)
    if case == "forged":
        other, _ = new_keypair()
        token = token_for(ctx, other)  # same kid, another key
    elif case == "tampered":
        good = token_for(ctx, private, plan="free")
        head, body, sig = good.split(".")
        import base64
        import json

        claims = json.loads(base64.urlsafe_b64decode(body + "=="))
        claims["plan"] = "pro"
        body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
        token = f"{head}.{body}.{sig}"
    elif case == "expired":
        now = int(time.time())
        token = token_for(ctx, private, iat=now - 30 * DAY, nbf=now - 30 * DAY,
                          exp=now - 8 * DAY)
    elif case == "wrong_audience":
        token = token_for(ctx, private, aud="someone-else")
    elif case == "wrong_key":
        other, _ = new_keypair()
        token = token_for(ctx, other, kid="unknown-kid")
    elif case == "none_alg":
        claims = jwt.decode(token_for(ctx, private), options={"verify_signature": False})
        token = jwt.encode(claims, None, algorithm="none", headers={"kid": TEST_ROOT_KID})
    else:
        token = token_for(ctx, private, fph="0" * 64)
    keep(ctx, token)
    state = mgr.state()
    assert not state.pro, (case, state)
    assert state.message


def test_clock_rollback_detected(ctx) -> None:
    install_pro_license(ctx)
    clock = Clock()
    mgr = LicenseManager(ctx, now=clock)
    assert mgr.state().pro
    clock.t -= 2 * DAY  # the user sets the clock back
    state = mgr.state()
    assert state.clock_problem and not state.pro
    clock.t += 2 * DAY
    assert mgr.state().pro


def test_token_issued_in_the_future_is_a_clock_problem(ctx) -> None:
    private = install_pro_license(ctx)
    future = int(time.time()) + 3 * DAY
    keep(ctx, token_for(ctx, private, iat=future, nbf=future,
                                                exp=future + 14 * DAY))
    assert LicenseManager(ctx).state().clock_problem


def test_offline_grace_then_free(ctx) -> None:
    install_pro_license(ctx, exp_in=14 * DAY)
    clock = Clock()
    mgr = LicenseManager(ctx, now=clock)
    clock.t += 2 * DAY
    assert mgr.state().refresh_due and mgr.state().pro
    clock.t += 13 * DAY  # past exp, inside the 7-day grace
    state = mgr.state()
    assert state.pro and state.status == "grace" and "connect before" in state.message
    clock.t += 7 * DAY  # past the grace
    state = mgr.state()
    assert not state.pro and state.status == "expired"


def test_gates(ctx, monkeypatch) -> None:
    # a Free app with no license never loads the token library (jwt and cryptography: ~80 ms
    # of CPU in every offline `devora generate`)
    with monkeypatch.context() as m:  # undo() would undo the ctx fixture's home too
        m.setitem(sys.modules, "jwt", None)
        free = Entitlements.for_state(LicenseManager(ctx).state())
    free.require_run(mode="web", agent_models=False, offline=False, ai_runs_today=19)
    free.require_run(mode="web", agent_models=False, offline=True, ai_runs_today=500)
    for kwargs, what in (({"mode": "fullstack"}, "Full-stack mode"),
                         ({"agent_models": True}, "Per-agent models"),
                         ({"ai_runs_today": 20}, "More than 20 AI runs a day")):
        args = {"mode": "web", "agent_models": False, "offline": False, "ai_runs_today": 0,
                **kwargs}
        with pytest.raises(PlanRequired) as info:
            free.require_run(**args)
        assert info.value.one_line().startswith(f"{what} needs the Pro plan")
    with pytest.raises(PlanRequired) as info:
        free.require_run(mode="web", agent_models=False, offline=False, ai_runs_today=20)
    assert "starts again at midnight" in info.value.one_line()
    with pytest.raises(PlanRequired):
        free.require("export.github")
    Entitlements.unrestricted().require_run(mode="fullstack", agent_models=True, offline=False,
                                            ai_runs_today=10_000)


async def test_activate_refresh_deactivate_against_the_server(ctx, tmp_path, keypair,
                                                              fake_stripe) -> None:
    import re

    import httpx

    from tests.server.conftest import LiveServer, checkout_completed, make_config, signed

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        payload, headers = signed(checkout_completed(int(time.time()), seats=1))
        httpx.post(f"{server.url}/v1/stripe/webhook", content=payload, headers=headers)
        key = re.search(r"DEV-[0-9A-F-]+", server.app.state.outbox[-1]["text"]).group(0)
        s = ctx.settings.model_copy(deep=True)
        s.license_server = server.url
        ctx.save_settings(s)
        mgr = LicenseManager(ctx)
        with pytest.raises(LicenseError) as info:
            await mgr.activate("DEV-000000-000000-000000-00000A")  # a key, but none issued
        assert info.value.code == "NOT_FOUND" and "purchase email" in info.value.one_line()
        with pytest.raises(LicenseError) as info:  # no key at all: refused, never sent
            await mgr.activate("DEV-WRONG-KEY-0000")
        assert info.value.code == "MALFORMED" and "not a license key" in str(info.value)
        state = await mgr.activate(key)
        assert state.pro and state.seats == 1
        assert (await mgr.refresh()).pro
        assert key.encode() not in (ctx.paths.root / "devora.json").read_bytes()
        assert (await mgr.checkout_url(seats=2)).startswith("https://checkout.stripe.com/")
        assert (await mgr.portal_url()).endswith("/cus_1")
        await mgr.deactivate()
        assert not mgr.state().pro
    finally:
        server.stop()


async def test_server_unreachable_is_one_line(ctx) -> None:
    s = ctx.settings.model_copy(deep=True)
    s.license_server = "http://127.0.0.1:9"
    ctx.save_settings(s)
    with pytest.raises(LicenseError) as info:
        await LicenseManager(ctx).activate("DEV-000000-000000-000000-00000B")
    assert info.value.one_line().startswith("could not reach the license server")
    assert AUDIENCE


def test_no_server_secret_ships_in_the_app_or_repo() -> None:
    """The app holds public keys only; no Stripe key, webhook secret or private key is
    committed outside the tests' throwaway fixtures and the validators' evaluation samples
    (bench/heldout/*/validators/unsafe-*: made-up keys in code written to be caught)."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True)
    files = [root / f for f in tracked.stdout.split()] if tracked.returncode == 0 else \
        list((root / "devora_desktop").rglob("*.py"))
    for path in files:
        if "tests" in path.parts or not path.is_file() or path.suffix in (".png", ".ico"):
            continue
        if "validators" in path.parts and any(p.startswith("unsafe-") for p in path.parts):
            continue
        text = path.read_text(errors="ignore")
        assert "PRIVATE KEY-----" not in text.replace('"PRIVATE KEY(?: BLOCK)?-----', ""), path
        # a placeholder of x's ("whsec_xxxxxxxx" in an .env.example) is no key
        assert not re.search(r"\b[sr]k_live_(?!x+\b)[A-Za-z0-9]{10,}", text), path
        assert not re.search(r"whsec_(?!x+\b)[A-Za-z0-9]{8,}", text), path



# ---- trust: only pinned roots, self-hosted keys through a certificate -----------------------
def test_a_setting_cannot_add_a_trusted_key(ctx) -> None:
    attacker, attacker_public = new_keypair()
    s = ctx.settings.model_copy(deep=True)
    s.license_public_keys = {"evil": attacker_public}  # e.g. an index edited by hand
    ctx.save_settings(s)
    keep(ctx, token_for(ctx, attacker, kid="evil", seats=99))
    state = LicenseManager(ctx).state()
    assert not state.pro and state.status == "invalid"


def test_the_cli_refuses_to_set_trusted_keys(run_cli) -> None:
    refused = run_cli("settings", "set", "license_public_keys",
                      '{"evil": "-----BEGIN PUBLIC KEY-----"}')
    assert refused.code == 1 and "only its pinned root keys" in refused.err


def _certified(ctx, *, root=None, kid="acme-1", token_kid=None, plan="pro", **cert_over):
    from tests.server.conftest import certificate

    signer, public = new_keypair()
    if root is None:
        cert = certificate(public, kid=kid, **cert_over)
    else:
        from devora_license import certify

        cert = certify(root, TEST_ROOT_KID, kid=kid, public_pem=public,
                       not_before=int(time.time()) - 60, not_after=int(time.time()) + DAY,
                       scope=["license:pro"])
    claims = make_claims(license_id="lic", plan=plan, seats=1, machine_id="m",
                         fingerprint=machine_fingerprint(ctx.store.kv), status="active",
                         period_end=None)
    from devora_license import sign as sign_with

    return sign_with(claims, signer, token_kid or kid, cert)


def test_self_hosted_key_with_a_root_certificate_is_trusted(ctx) -> None:
    keep(ctx, _certified(ctx))
    assert LicenseManager(ctx).state().pro


@pytest.mark.parametrize("case", ["not_a_root", "expired", "not_yet", "scope", "other_kid",
                                  "swapped_key"])
def test_bad_certificates_are_refused(ctx, case: str) -> None:
    now = int(time.time())
    if case == "not_a_root":
        token = _certified(ctx, root=new_keypair()[0])
    elif case == "expired":
        token = _certified(ctx, not_before=now - 30 * DAY, not_after=now - DAY)
    elif case == "not_yet":
        token = _certified(ctx, not_before=now + DAY, not_after=now + 30 * DAY)
    elif case == "scope":
        token = _certified(ctx, scope=["license:free"])
    elif case == "other_kid":
        token = _certified(ctx, token_kid="acme-2")
    else:  # a valid certificate, a token signed by another key
        good = _certified(ctx)
        import json

        header = json.loads(base64.urlsafe_b64decode(good.split(".")[0] + "=="))
        claims = jwt.decode(good, options={"verify_signature": False})
        token = jwt.encode(claims, new_keypair()[0], algorithm="EdDSA", headers=header)
    keep(ctx, token)
    state = LicenseManager(ctx).state()
    assert not state.pro and state.status == "invalid", (case, state)


def test_certify_command_makes_a_certificate_the_app_accepts(ctx, tmp_path, capsys) -> None:
    from devora_server.certify import main as certify_main
    from tests.conftest import pinned_test_root

    (tmp_path / "root.pem").write_text(pinned_test_root()[0])
    assert certify_main(["keygen", str(tmp_path / "signing.pem")]) == 0
    assert (tmp_path / "signing.pem").stat().st_mode & 0o777 == 0o600
    capsys.readouterr()
    assert certify_main(["sign", "--root", str(tmp_path / "root.pem"), "--root-kid",
                         TEST_ROOT_KID, "--key", str(tmp_path / "signing.pem"), "--kid",
                         "acme-1", "--days", "30"]) == 0
    cert = capsys.readouterr().out.strip()
    claims = make_claims(license_id="lic", plan="pro", seats=1, machine_id="m",
                         fingerprint=machine_fingerprint(ctx.store.kv), status="active",
                         period_end=None)
    from devora_license import sign as sign_with

    keep(ctx, sign_with(claims, (tmp_path / "signing.pem").read_text(),
                                                "acme-1", cert))
    assert LicenseManager(ctx).state().pro


# ---- no keyring: the key lives in a 0600 file; deactivate never pretends ----------------------
async def test_without_a_keyring_refresh_and_deactivate_keep_working(
        ctx, tmp_path, keypair, fake_stripe) -> None:
    import httpx
    import keyring
    from keyring.backends import fail

    from devora_desktop.core.context import AppContext
    from tests.server.conftest import LiveServer, make_config, purchase_for_app

    keyring.set_keyring(fail.Keyring())
    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase_for_app(ctx, server)
        assert (await LicenseManager(ctx).activate(key)).pro
        stored = ctx.paths.root / "license.key"
        first, seen = stored.read_text().splitlines()   # the key, then the clock watermark
        assert first == key and seen.startswith("seen=") and \
            stored.stat().st_mode & 0o777 == 0o600
        assert "no system keyring" in LicenseManager(ctx).key_location()
        assert key.encode() not in (ctx.paths.root / "devora.json").read_bytes()
        root = ctx.paths.root
        ctx.close()
        with AppContext.open(root) as later:   # the next process: no session memory
            mgr = LicenseManager(later)
            assert mgr.stored_key() == key and (await mgr.refresh()).pro
            await mgr.deactivate()
            assert not stored.exists() and not mgr.state().pro
        machines = httpx.get(f"{server.url}/v1/licenses/machines",
                             headers={"X-License-Key": key}).json()["machines"]
        assert machines == []   # the server was told: the seat is free
    finally:
        server.stop()


async def test_deactivate_never_reports_success_without_the_server(ctx, tmp_path, keypair,
                                                                   fake_stripe) -> None:
    from tests.server.conftest import LiveServer, make_config, purchase

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    key = purchase(server)
    s = ctx.settings.model_copy(deep=True)
    s.license_server = server.url
    ctx.save_settings(s)
    mgr = LicenseManager(ctx)
    await mgr.activate(key)
    server.stop()
    with pytest.raises(LicenseError) as info:
        await mgr.deactivate()
    assert info.value.code == "OFFLINE"
    assert mgr.state().pro and mgr.stored_key() == key  # nothing forgotten
    ctx.secrets.delete("license")
    with pytest.raises(LicenseError) as info:
        await mgr.deactivate()
    assert info.value.code == "NO_KEY"
    ctx.store.kv.delete("license:machine_id")
    with pytest.raises(LicenseError) as info:
        await mgr.deactivate()
    assert info.value.code == "NO_LICENSE"


def test_export_flags_the_license_key_kept_on_disk(run_cli, isolated_home, tmp_path,
                                                   monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    from devora_desktop.core import logs
    from devora_desktop.core.context import AppContext

    keyring.set_keyring(fail.Keyring())
    key = "DEV-0A1B2C-3D4E5F-6A7B8C-9D0E1F"
    with AppContext.open(isolated_home) as c:
        LicenseManager(c)._save_key(key)
        assert (c.paths.root / "license.key").exists()
        p = c.store.projects.create("Lic")
        c.store.workspace(p.id).write_file("notes.md", f"my key: {key}\n")
    monkeypatch.setattr(logs, "_known", set())  # a new process: the key not seen yet
    r = run_cli("export", "zip", "Lic", "--out", str(tmp_path / "l.zip"))
    assert r.code == 1 and "notes.md:1" in r.err, r


# ---- features come from the plan: a certificate's scope bounds what a key can unlock --------
def free_scope_token(ctx) -> str:
    """What the audit forged: a key certified only for ``license:free`` signs a Free token
    whose own ``features`` claim lists every Pro feature."""
    from devora_license import FEATURES

    signer, public = new_keypair()
    from tests.server.conftest import certificate

    cert = certificate(public, kid="free-only", scope=["license:free"])
    claims = make_claims(license_id="lic", plan="free", seats=1, machine_id="m",
                         fingerprint=machine_fingerprint(ctx.store.kv), status="active",
                         period_end=None)
    claims["features"] = list(FEATURES)
    return sign(claims, signer, "free-only", cert)


def test_a_free_scope_key_cannot_unlock_pro_features(ctx) -> None:
    from devora_license import PLANS

    keep(ctx, free_scope_token(ctx))
    state = LicenseManager(ctx).state()
    assert (state.plan, state.status) == ("free", "active")
    assert state.features == PLANS["free"].features
    with pytest.raises(PlanRequired):
        LicenseManager(ctx).entitlements().require_run(mode="fullstack", agent_models=False,
                                                       offline=True, ai_runs_today=0)


def test_a_free_scope_key_cannot_unlock_fullstack_in_the_cli(run_cli, isolated_home) -> None:
    from devora_desktop.core.context import AppContext

    with AppContext.open(isolated_home) as c:
        keep(c, free_scope_token(c))
    status = run_cli("license", "status", "--json")
    assert "mode.fullstack" not in status.out
    gated = run_cli("generate", "a shop", "--mode", "fullstack")
    assert gated.code == 1 and "Full-stack mode needs the Pro plan" in gated.err


# ---- the clock watermark lives in two places ------------------------------------------------
@pytest.mark.parametrize("where", ["keyring", "key_file"])
def test_erasing_the_stores_watermark_does_not_revive_an_expired_token(ctx, where) -> None:
    if where == "key_file":
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())   # restored by the memory_keyring fixture
    install_pro_license(ctx, exp_in=14 * DAY)
    clock = Clock()
    mgr = LicenseManager(ctx, now=clock)
    assert mgr.state().pro
    clock.t += 30 * DAY                    # past exp and the grace: the app has seen this
    assert mgr.state().status == "expired"
    if where == "key_file":
        assert "seen=" in (ctx.paths.root / "license.key").read_text()
    ctx.store.kv.delete("license:latest_seen")   # the data file edited by hand
    clock.t -= 30 * DAY                    # and the clock set back to when it was valid
    state = LicenseManager(ctx, now=clock).state()
    assert not state.pro and state.clock_problem, state
    ctx.store.kv.set("license:latest_seen", 1)   # lowered rather than deleted: the same
    assert LicenseManager(ctx, now=clock).state().clock_problem


def test_a_token_without_any_watermark_waits_for_an_online_refresh(ctx, monkeypatch) -> None:
    install_pro_license(ctx)
    import keyring

    from devora_desktop.core import licensing

    keyring.get_keyring().store.clear()    # the keyring's copy and the store's both gone
    ctx.store.kv.delete("license:latest_seen")
    monkeypatch.setattr(licensing, "_KEYRING_SEEN", {})   # as the next process finds it
    state = LicenseManager(ctx).state()
    assert not state.pro and state.status == "unconfirmed" and state.refresh_due
    assert "confirmed online" in state.message


def test_a_license_activated_before_the_watermark_moved_keeps_working_offline(ctx) -> None:
    """What this release finds after an upgrade: the token, the store's watermark and the
    key in the keyring, but no watermark beside the key yet."""
    from devora_license import make_claims
    from tests.conftest import pinned_test_root

    private, _ = pinned_test_root()
    claims = make_claims(license_id="lic", plan="pro", seats=1, machine_id="m1",
                         fingerprint=machine_fingerprint(ctx.store.kv), status="active",
                         period_end=None)
    ctx.store.kv.set("license:token", sign(claims, private, TEST_ROOT_KID))
    ctx.store.kv.set("license:latest_seen", int(time.time()) - DAY)
    ctx.store.kv.set("license:machine_id", "m1")
    ctx.secrets.set("license", "DEV-0A1B2C-3D4E5F-6A7B8C-9D0E1F")
    clock = Clock()
    mgr = LicenseManager(ctx, now=clock)
    assert mgr.state().pro                 # offline: no server anywhere
    ctx.store.kv.delete("license:latest_seen")
    clock.t -= 2 * DAY                     # from now on the keyring's copy catches it
    assert LicenseManager(ctx, now=clock).state().clock_problem


def test_a_key_file_from_the_last_release_still_reads(ctx) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    (ctx.paths.root / "license.key").write_text("DEV-0A1B2C-3D4E5F-6A7B8C-9D0E1F")
    install_pro_license(ctx)
    mgr = LicenseManager(ctx)
    assert mgr.stored_key() == "DEV-0A1B2C-3D4E5F-6A7B8C-9D0E1F" and mgr.state().pro


# ---- seats that shrink: the app says who holds them and frees one ---------------------------
def shrink_to_one_seat_held_elsewhere(server, key: str) -> dict:
    """A second machine ("studio") activates ``key``, is seen after this one, and the seats
    drop to 1: the studio keeps the seat. Its activation answer."""
    import httpx

    from devora_server.models import Machine, utcnow
    from tests.server.conftest import event, signed

    other = httpx.post(f"{server.url}/v1/licenses/activate", json={
        "license_key": key, "fingerprint": "b" * 64, "name": "studio"}).json()
    with server.app.state.Session() as s, s.begin():   # this machine: seen longest ago
        for m in s.query(Machine):
            m.last_seen = utcnow() - timedelta(hours=1 if m.id == other["machine_id"] else 5)
    payload, headers = signed(event("customer.subscription.updated", {
        "id": "sub_1", "status": "active", "quantity": 1}, int(time.time())))
    httpx.post(f"{server.url}/v1/stripe/webhook", content=payload, headers=headers)
    return other


def test_a_lost_seat_is_explained_and_freed_from_the_cli(run_cli, isolated_home, tmp_path,
                                                          keypair, fake_stripe) -> None:
    from tests.server.conftest import LiveServer, make_config, purchase

    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        key = purchase(server, seats=2)
        assert run_cli("settings", "set", "license_server", server.url).code == 0
        assert run_cli("license", "activate", stdin=f"{key}\n").code == 0
        other = shrink_to_one_seat_held_elsewhere(server, key)
        refused = run_cli("license", "status", "--refresh")
        assert refused.code == 1 and "deactivate one of them" in refused.err
        assert "devora license machines" in refused.err
        status = run_cli("license", "status")
        assert "Free (seat_lost)" in status.out and "held by machines used" in status.out
        listed = run_cli("license", "machines")
        lines = listed.out.splitlines()
        assert lines[0].startswith(other["machine_id"]) and "holds a seat" in lines[0]
        assert "no seat" in lines[1] and "[this machine]" in lines[1]
        assert "devora license deactivate --machine ID" in listed.out
        freed = run_cli("license", "deactivate", "--machine", other["machine_id"])
        assert freed.code == 0 and "Plan:    Pro (active)" in freed.out, freed
    finally:
        server.stop()


# ---- a 503 means "try later": the token stays, the grace runs, no hammering ----------------
class BusyLicenseServer:
    """Answers every call 503 with Retry-After, counting them."""

    def __init__(self) -> None:
        from tests.fakes.base import JsonHandler, LoopbackFake

        fake = self
        self.calls = 0

        class Handler(JsonHandler):
            def do_POST(self) -> None:
                fake.calls += 1
                self.read_body()
                self.send_json(503, {"code": "UNAVAILABLE", "message": "db restarting"},
                               {"Retry-After": "120"})

        class Server(LoopbackFake):
            def _handler(self):
                return Handler

        self.server = Server()
        self.url = self.server.url


async def test_503_inside_the_grace_period_keeps_pro_and_waits(ctx) -> None:
    busy = BusyLicenseServer()
    try:
        s = ctx.settings.model_copy(deep=True)
        s.license_server = busy.url
        ctx.save_settings(s)
        install_pro_license(ctx, exp_in=14 * DAY)
        ctx.store.kv.set("license:machine_id", "m1")
        ctx.secrets.set("license", "DEV-0A1B2C-3D4E5F-6A7B8C-9D0E1F")
        clock = Clock()
        clock.t += 15 * DAY    # past exp, inside the grace: a refresh is due
        mgr = LicenseManager(ctx, now=clock)
        with pytest.raises(LicenseError) as info:
            await mgr.refresh()
        assert info.value.code == "UNAVAILABLE" and "try again in 120 s" in \
            info.value.one_line()
        state = await mgr.refresh_if_due()
        assert state.pro and state.status == "grace" and busy.calls == 1   # not asked again
        clock.t += 121
        await mgr.refresh_if_due()
        assert busy.calls == 2 and mgr.state().pro
    finally:
        busy.server.stop()


def test_reading_the_plan_imports_no_http_client(tmp_path) -> None:
    """The window reads the plan on its own thread as it starts (StatusPresenter.update_plan),
    from the licence on disk; importing the licence module brought httpx with it, ~100 ms of
    that thread's CPU between its first frame and its projects listed. httpx comes when the
    licence server is asked."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from devora_desktop.core.context import AppContext\n"
            "from devora_desktop.core.licensing import LicenseManager\n"
            "with AppContext.open() as ctx:\n"
            "    state = LicenseManager(ctx).state()\n"
            "print(state.plan, 'httpx' in sys.modules)\n")
    env = {**os.environ, "DEVORA_HOME": str(tmp_path / "h")}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.stdout.split() == ["free", "False"], proc.stderr[-2000:]
