from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import jwt

from devora_license import verify
from tests.server.conftest import checkout_completed, event, signed

NOW = int(time.time())
FP = "f" * 64


def post_event(live, ev: dict, **kw) -> httpx.Response:
    payload, headers = signed(ev, **kw)
    return httpx.post(f"{live.url}/v1/stripe/webhook", content=payload, headers=headers)


def key_from_mail(live) -> str:
    mail = [m for m in live.app.state.outbox if "license key" in m["subject"]][-1]
    return re.search(r"DEV-[0-9A-F-]+", mail["text"]).group(0)


def buy(live, seats: int = 1, sub: str = "sub_1", cus: str = "cus_1", at: int = NOW - 100) -> str:
    assert post_event(live, checkout_completed(at, sub, cus, seats)).json()[
        "outcome"] == "applied"
    post_event(live, event("invoice.paid", {"subscription": sub, "customer": cus, "lines": {
        "data": [{"period": {"start": at, "end": NOW + 30 * 86400}}]}}, at + 10))
    return key_from_mail(live)


def activate(live, key: str, fp: str = FP, name: str = "laptop") -> httpx.Response:
    return httpx.post(f"{live.url}/v1/licenses/activate", json={
        "license_key": key, "fingerprint": fp, "name": name, "platform": "linux"})


def lic(live):
    from devora_server.models import License

    with live.app.state.Session() as s:
        return s.query(License).one()


def test_checkout_and_portal_through_stripe(live, fake_stripe) -> None:
    r = httpx.post(f"{live.url}/v1/checkout", json={"plan": "pro", "seats": 3,
                                                     "email": "a@b.co"})
    assert r.status_code == 200 and r.json()["url"].startswith("https://checkout.stripe.com/")
    _method, path, form = fake_stripe.requests[-1]
    assert path == "/v1/checkout/sessions" and form["line_items[0][quantity]"] == "3"
    assert form["mode"] == "subscription" and form["customer_email"] == "a@b.co"
    key = buy(live)
    r = httpx.post(f"{live.url}/v1/portal", json={"license_key": key})
    assert r.json()["url"].endswith("/cus_1")


def test_each_event_type(live) -> None:
    key = buy(live, seats=2)
    assert len(key) > 20 and lic(live).key_hash != key  # stored hashed
    assert lic(live).period_end == NOW + 30 * 86400
    post_event(live, event("invoice.payment_failed", {"subscription": "sub_1",
                                                      "customer": "cus_1"}, NOW - 80))
    assert lic(live).status == "past_due"
    post_event(live, event("invoice.payment_succeeded", {"subscription": "sub_1", "lines": {
        "data": [{"period": {"end": NOW + 60 * 86400}}]}}, NOW - 70))
    assert lic(live).status == "active" and lic(live).period_end == NOW + 60 * 86400
    post_event(live, event("customer.subscription.updated", {
        "id": "sub_1", "customer": "cus_1", "status": "active", "quantity": 5,
        "cancel_at_period_end": True}, NOW - 60))
    assert lic(live).seats == 5 and lic(live).cancel_at_period_end
    assert post_event(live, event("customer.created", {}, NOW - 55)).json()["outcome"] == \
        "ignored"
    post_event(live, event("customer.subscription.deleted", {"id": "sub_1",
                                                             "customer": "cus_1"}, NOW - 50))
    assert lic(live).status == "canceled"
    post_event(live, event("charge.refunded", {"customer": "cus_1", "refunded": True},
                           NOW - 40))
    assert lic(live).status == "revoked"
    r = activate(live, key)
    assert r.status_code == 403 and r.json()["code"] == "SUSPENDED"


def test_same_event_delivered_twice_concurrently_applies_once(live) -> None:
    ev = checkout_completed(NOW, eid="evt_dup")
    with ThreadPoolExecutor(8) as pool:
        outcomes = [r.json()["outcome"] for r in pool.map(lambda _: post_event(live, ev),
                                                          range(8))]
    assert sorted(outcomes) == ["applied"] + ["duplicate"] * 7
    assert len([m for m in live.app.state.outbox if "license key" in m["subject"]]) == 1
    from devora_server.models import License

    with live.app.state.Session() as s:
        assert s.query(License).count() == 1


def test_reordered_events_end_in_the_right_state(live) -> None:
    evs = [checkout_completed(NOW - 50, seats=1),
           event("invoice.paid", {"subscription": "sub_1", "lines": {"data": [
               {"period": {"end": NOW + 86400 * 30}}]}}, NOW - 40),
           event("customer.subscription.updated", {"id": "sub_1", "customer": "cus_1",
                                                   "status": "active", "quantity": 3},
                 NOW - 30),
           event("invoice.payment_failed", {"subscription": "sub_1"}, NOW - 20),
           event("invoice.paid", {"subscription": "sub_1", "lines": {"data": [
               {"period": {"end": NOW + 86400 * 60}}]}}, NOW - 10)]
    for ev in reversed(evs):  # the worst order
        assert post_event(live, ev).status_code == 200
    state = lic(live)
    assert (state.status, state.seats, state.period_end) == ("active", 3, NOW + 86400 * 60)
    assert state.key_hash is not None and state.email == "buyer@example.com"


def test_bad_and_stale_signatures_rejected(live) -> None:
    ev = checkout_completed(NOW)
    r = post_event(live, ev, secret="whsec_wrong")
    assert r.status_code == 400 and r.json()["code"] == "BAD_SIGNATURE"
    r = post_event(live, ev, timestamp=int(time.time()) - 600)
    assert r.status_code == 400
    r = httpx.post(f"{live.url}/v1/stripe/webhook", json=ev)
    assert r.status_code == 400
    payload, headers = signed(ev)
    r = httpx.post(f"{live.url}/v1/stripe/webhook", content=payload.replace("buyer", "evil"),
                   headers=headers)
    assert r.status_code == 400


def test_seats_activation_refresh_deactivate(live, keypair) -> None:
    key = buy(live, seats=2)
    first = activate(live, key, "a" * 64)
    assert first.status_code == 200
    again = activate(live, key, "a" * 64)
    assert again.json()["machine_id"] == first.json()["machine_id"]  # idempotent
    assert activate(live, key, "b" * 64).status_code == 200
    third = activate(live, key, "c" * 64)
    assert third.status_code == 409 and third.json()["code"] == "TOO_MANY_MACHINES"
    from tests.conftest import TEST_ROOT_KID, pinned_test_root

    claims = verify(first.json()["token"], {TEST_ROOT_KID: pinned_test_root()[1]})
    assert claims["plan"] == "pro" and claims["seats"] == 2 and claims["fph"] == "a" * 64
    assert claims["exp"] - claims["iat"] == 14 * 86400
    assert claims["refresh_after"] - claims["iat"] == 86400
    assert "mode.fullstack" in claims["features"]
    assert jwt.get_unverified_header(first.json()["token"])["kid"] == "k1"
    mid = first.json()["machine_id"]
    r = httpx.post(f"{live.url}/v1/licenses/refresh", json={
        "license_key": key, "machine_id": mid, "fingerprint": "z" * 64})
    assert r.status_code == 403 and r.json()["code"] == "FINGERPRINT_MISMATCH"
    r = httpx.post(f"{live.url}/v1/licenses/refresh", json={
        "license_key": key, "machine_id": mid, "fingerprint": "a" * 64})
    assert r.status_code == 200
    listed = httpx.get(f"{live.url}/v1/licenses/machines", headers={"X-License-Key": key})
    assert len(listed.json()["machines"]) == 2
    # seat cycling is capped at 3 deactivations a month
    for i in range(3):
        m = activate(live, key, f"{i}" * 64) if i else first
        if i:
            assert m.status_code == 200, m.json()
        r = httpx.post(f"{live.url}/v1/licenses/deactivate", json={
            "license_key": key, "machine_id": m.json()["machine_id"]})
        assert r.status_code == 200
    m = activate(live, key, "9" * 64)
    r = httpx.post(f"{live.url}/v1/licenses/deactivate", json={
        "license_key": key, "machine_id": m.json()["machine_id"]})
    assert r.status_code == 429 and r.json()["code"] == "TOO_MANY_DEACTIVATIONS"


def test_codes_not_found_past_due_expired(live) -> None:
    assert activate(live, "DEV-NOPE-NOPE-NOPE").json()["code"] == "NOT_FOUND"
    key = buy(live, at=NOW - 20 * 86400)
    post_event(live, event("invoice.payment_failed", {"subscription": "sub_1"},
                           NOW - 8 * 86400))
    assert activate(live, key).json()["code"] == "PAST_DUE"
    post_event(live, event("customer.subscription.deleted", {"id": "sub_1"}, NOW))
    from devora_server.models import License

    with live.app.state.Session() as s, s.begin():
        s.query(License).update({"period_end": NOW - 86400})
    assert activate(live, key).json()["code"] == "EXPIRED"


def test_keys_health_metrics_support_admin(live, keypair) -> None:
    keys = httpx.get(f"{live.url}/v1/keys").json()
    assert keys["keys"][0]["pem"] == keypair[1] and keys["current"] == "k1"
    assert httpx.get(f"{live.url}/health").json() == {"ok": True}
    buy(live)
    t = httpx.post(f"{live.url}/v1/support", json={"email": "u@x.io", "message": "help",
                                                   "app_version": "0.1", "platform": "linux"})
    assert t.json()["ticket"] == 1
    assert httpx.get(f"{live.url}/v1/admin/tickets").status_code == 401
    auth = {"Authorization": "Bearer admin-secret"}
    assert httpx.get(f"{live.url}/v1/admin/tickets", headers=auth).json()["tickets"][0][
        "message"] == "help"
    lid = httpx.get(f"{live.url}/v1/admin/licenses", headers=auth).json()["licenses"][0]["id"]
    assert httpx.post(f"{live.url}/v1/admin/licenses/{lid}/reissue", headers=auth).json()[
        "emailed"]
    new_key = key_from_mail(live)
    assert activate(live, new_key).status_code == 200
    assert httpx.post(f"{live.url}/v1/admin/licenses/{lid}/revoke", headers=auth).json()["ok"]
    assert activate(live, new_key).json()["code"] == "SUSPENDED"
    assert httpx.get(f"{live.url}/metrics").status_code == 401
    metrics = httpx.get(f"{live.url}/metrics",
                        headers={"Authorization": "Bearer metrics-secret"}).text
    assert 'devora_webhooks_total{outcome="applied",type="checkout.session.completed"}' in metrics
    assert "devora_request_seconds_bucket" in metrics and 'devora_activations_total{outcome="ok"}' \
        in metrics


def test_rate_limit_per_license_key(tmp_path, keypair, fake_stripe) -> None:
    from tests.server.conftest import LiveServer, make_config

    cfg = make_config(tmp_path, keypair, fake_stripe.url)
    cfg.rate_per_minute_key = 3
    server = LiveServer(cfg)
    try:
        codes = [activate(server, "DEV-SAME-KEY-000000").status_code for _ in range(5)]
        assert codes[:3] == [404, 404, 404] and codes[3:] == [429, 429]
    finally:
        server.stop()
