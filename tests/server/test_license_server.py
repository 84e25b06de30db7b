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
    # the price the app shows, sent with the session (not a second copy in Stripe)
    from devora_license import PRO_PRICE

    assert form["line_items[0][price_data][unit_amount]"] == str(PRO_PRICE.cents) == "2000"
    assert form["line_items[0][price_data][recurring][interval]"] == "month"
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
    from devora_license import read_certificate
    from tests.conftest import TEST_ROOT_KID, pinned_test_root

    cert = read_certificate(keys["keys"][0]["certificate"],
                            {TEST_ROOT_KID: pinned_test_root()[1]})
    assert cert["kid"] == "k1" and cert["pub"] == keypair[1]
    assert httpx.get(f"{live.url}/health/live").json() == {"ok": True}
    # /health is readiness (as /health/ready): nothing degraded on SQLite without Redis
    assert httpx.get(f"{live.url}/health").json() == {"ready": True, "degraded": []}
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


# ---- billing through HTTP: subscriptions, unpaid checkouts, odd and malformed events -------
def key_mails(live) -> list[str]:
    return [re.search(r"DEV-[0-9A-F-]+", m["text"]).group(0) for m in live.app.state.outbox
            if "license key" in m["subject"]]


def licenses(live) -> dict:
    from devora_server.models import License

    with live.app.state.Session() as s:
        return {lic.subscription_id: lic for lic in s.query(License)}


def test_a_customers_second_subscription_is_a_second_license(live) -> None:
    first = buy(live, sub="sub_1", cus="cus_1")
    second = buy(live, sub="sub_2", cus="cus_1", at=NOW - 50)
    assert first != second and len(licenses(live)) == 2
    post_event(live, event("customer.subscription.deleted", {"id": "sub_1",
                                                             "customer": "cus_1"}, NOW - 5))
    from devora_server.models import License

    with live.app.state.Session() as s, s.begin():
        s.query(License).filter_by(subscription_id="sub_1").update({"period_end": NOW - 1})
    assert activate(live, first).json()["code"] == "EXPIRED"
    assert activate(live, second, "b" * 64).status_code == 200   # still paid for


def test_unpaid_checkout_issues_no_key_until_the_invoice_is_paid(live) -> None:
    r = post_event(live, checkout_completed(NOW - 100, paid="unpaid"))
    assert r.json()["outcome"] == "applied" and key_mails(live) == []
    assert licenses(live)["sub_1"].status == "pending"
    post_event(live, event("invoice.paid", {"id": "in_1", "subscription": "sub_1",
                                            "customer": "cus_1"}, NOW - 90))
    assert len(key_mails(live)) == 1 and activate(live, key_mails(live)[0]).status_code == 200


def test_events_for_unknown_objects_are_recorded_not_licensed(live) -> None:
    from devora_server.models import WebhookEvent

    r = post_event(live, event("invoice.paid", {"id": "in_9", "subscription": "sub_9",
                                                "customer": "cus_9"}, NOW))
    assert r.status_code == 200 and r.json()["outcome"] == "deferred"
    r = post_event(live, event("charge.refunded", {"id": "ch_9", "customer": "cus_404",
                                                   "refunded": True}, NOW))
    assert r.json()["outcome"] == "deferred"   # waits for its customer's subscription
    assert licenses(live) == {} and key_mails(live) == []
    with live.app.state.Session() as s:
        assert {(e.outcome, e.waits_for) for e in s.query(WebhookEvent)} == {
            ("deferred", None), ("deferred", "customer:cus_404")}


def test_deleted_before_checkout_ends_canceled_and_emails_nothing(live) -> None:
    post_event(live, event("customer.subscription.deleted", {"id": "sub_1",
                                                             "customer": "cus_1"}, NOW))
    post_event(live, checkout_completed(NOW - 100))
    assert licenses(live)["sub_1"].status == "canceled" and key_mails(live) == []


def test_refund_before_the_checkout_is_replayed(live) -> None:
    post_event(live, event("invoice.paid", {"id": "in_1", "subscription": "sub_1"}, NOW - 90))
    post_event(live, event("charge.refunded", {"id": "ch_1", "invoice": "in_1",
                                               "refunded": True}, NOW - 10))
    post_event(live, checkout_completed(NOW - 100))
    assert licenses(live)["sub_1"].status == "revoked" and key_mails(live) == []


def test_malformed_signed_event_is_400_recorded_and_not_redelivered(live) -> None:
    from devora_server.models import WebhookEvent

    bad = checkout_completed(NOW, eid="evt_bad")
    bad["data"]["object"]["metadata"] = {"seats": "lots"}
    r = post_event(live, bad)
    assert r.status_code == 400 and r.json()["code"] == "BAD_EVENT"
    again = post_event(live, bad)
    assert again.status_code == 200 and again.json()["outcome"] == "duplicate"
    for body in ("[1, 2]", "{not json", '{"id": "evt_x", "type": "invoice.paid"}'):
        _, headers = signed({})
        import stripe

        headers["Stripe-Signature"] = stripe.WebhookSignature.generate_signature_header(
            body, "whsec_test_secret", timestamp=int(time.time()))
        r = httpx.post(f"{live.url}/v1/stripe/webhook", content=body, headers=headers)
        assert r.status_code == 400 and r.json()["code"] == "BAD_EVENT", body
    with live.app.state.Session() as s:
        rows = s.query(WebhookEvent).all()
        assert len(rows) == 4 and {e.outcome for e in rows} == {"rejected"}
    assert licenses(live) == {}
    listed = httpx.get(f"{live.url}/v1/admin/events?outcome=rejected",
                       headers={"Authorization": "Bearer admin-secret"}).json()["events"]
    assert len(listed) == 4 and "seats" in next(e["reason"] for e in listed
                                                  if e["id"] == "evt_bad")


def test_bodies_over_one_megabyte_are_refused_before_parsing(live) -> None:
    big = b"x" * 1_000_001
    r = httpx.post(f"{live.url}/v1/stripe/webhook", content=big)
    assert r.status_code == 413 and r.json()["code"] == "TOO_LARGE"

    def chunks():   # no Content-Length: refused while streaming
        for _ in range(20):
            yield b"y" * 100_000

    r = httpx.post(f"{live.url}/v1/stripe/webhook", content=chunks())
    assert r.status_code == 413
    r = httpx.post(f"{live.url}/v1/licenses/activate", content=big,
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413


# ---- support, CORS, mail ------------------------------------------------------------------
def test_support_input_is_validated(live) -> None:
    url = f"{live.url}/v1/support"
    ok = {"email": "user@example.com", "message": "help", "app_version": "0.1",
          "platform": "Linux x86_64"}
    for bad in ({"email": "zzz"}, {"email": "<b>x</b>@example.com"},
                {"email": "a@example.com\r\nBcc: all@example.com"},
                {"platform": "linux\r\nBcc: x@y.z"}, {"message": ""},
                {"message": "m" * 20_001}, {"app_version": "v" * 65}):
        assert httpx.post(url, json={**ok, **bad}).status_code == 422, bad
    r = httpx.post(url, json={**ok, "attachment": "a" * 300_000})
    assert r.status_code == 413
    assert httpx.post(url, json={**ok, "attachment": "log line\n" * 100}).status_code == 200
    mail = live.app.state.outbox[-1]
    assert mail["subject"] == "Support ticket #1 from user@example.com"
    assert "\r" not in mail["subject"] and "\n" not in mail["subject"]


def test_cors_preflight_has_an_explicit_answer(live, tmp_path, keypair, fake_stripe) -> None:
    pre = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    r = httpx.options(f"{live.url}/v1/licenses/activate", headers=pre)
    assert r.status_code == 400 and "access-control-allow-origin" not in r.headers
    from tests.server.conftest import LiveServer, make_config

    cfg = make_config(tmp_path / "b", keypair, fake_stripe.url)
    (tmp_path / "b").mkdir()
    cfg.cors_origins = ("https://devora.dev",)
    other = LiveServer(cfg)
    try:
        r = httpx.options(f"{other.url}/v1/licenses/activate",
                          headers={**pre, "Origin": "https://devora.dev"})
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "https://devora.dev"
    finally:
        other.stop()


def test_without_resend_the_key_goes_to_the_mail_log_and_can_be_resent(live) -> None:
    import json
    import os

    key = buy(live)
    log_path = live.app.state.cfg.mail_log
    assert os.stat(log_path).st_mode & 0o777 == 0o600
    with open(log_path, encoding="utf-8") as fh:
        logged = [json.loads(line) for line in fh]
    assert key in logged[-1]["text"] and logged[-1]["to"] == "buyer@example.com"
    auth = {"Authorization": "Bearer admin-secret"}
    lid = httpx.get(f"{live.url}/v1/admin/licenses", headers=auth).json()["licenses"][0]["id"]
    assert httpx.post(f"{live.url}/v1/admin/licenses/{lid}/resend").status_code == 401
    r = httpx.post(f"{live.url}/v1/admin/licenses/{lid}/resend", headers=auth)
    assert r.json()["to"] == "buyer@example.com" and key_from_mail(live) == key


def test_a_database_from_the_first_release_is_upgraded_in_place(tmp_path, keypair,
                                                                 fake_stripe) -> None:
    import sqlite3

    from tests.server.conftest import LiveServer, make_config

    db = tmp_path / "lic.db"
    with sqlite3.connect(db) as conn:   # the first release's tables, one paid license
        conn.executescript("""
            CREATE TABLE licenses (id VARCHAR(32) NOT NULL PRIMARY KEY, key_hash VARCHAR(64),
              email VARCHAR(320) NOT NULL, "plan" VARCHAR(16) NOT NULL,
              status VARCHAR(16) NOT NULL, seats INTEGER NOT NULL, customer_id VARCHAR(64),
              subscription_id VARCHAR(64), period_end BIGINT,
              cancel_at_period_end BOOLEAN NOT NULL, past_due_since BIGINT,
              status_at BIGINT NOT NULL, seats_at BIGINT NOT NULL,
              created_at DATETIME NOT NULL);
            CREATE TABLE webhook_events (id VARCHAR(255) NOT NULL PRIMARY KEY,
              type VARCHAR(100) NOT NULL, created BIGINT NOT NULL,
              processed_at DATETIME NOT NULL);
        """)
        from devora_server.models import hash_key

        conn.execute("INSERT INTO licenses VALUES ('old', ?, 'a@b.co', 'pro', 'active', 1, "
                     "'cus_0', 'sub_0', NULL, 0, NULL, 5, 5, '2026-01-01 00:00:00')",
                     (hash_key("DEV-OLD-KEY-000000", "devora-dev-pepper"),))
    live = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    try:
        assert activate(live, "DEV-OLD-KEY-000000").status_code == 200
        assert len(key_mails(live)) == 0
        buy(live, sub="sub_new", cus="cus_new")   # new columns, new rows
        assert len(key_mails(live)) == 1 and licenses(live)["sub_0"].paid
    finally:
        live.stop()


def test_a_certificate_that_cannot_grant_pro_is_named_at_start(tmp_path, keypair, fake_stripe,
                                                                caplog) -> None:
    from devora_server.main import create_app
    from tests.server.conftest import certificate, make_config

    cfg = make_config(tmp_path, keypair, fake_stripe.url)
    cfg.signing_certs = {"k1": certificate(keypair[1], scope=["license:free"])}
    with caplog.at_level("WARNING", logger="devora_server"):
        create_app(cfg).state.services.db.dispose()
    assert "does not cover plan(s) pro" in caplog.text
