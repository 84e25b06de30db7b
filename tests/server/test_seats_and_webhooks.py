"""Seats that shrink, webhooks signed in the future, refunds that arrive first and keys resent
for every license: on SQLite (one server) and on PostgreSQL + Redis (two uvicorn instances,
requests alternating between them)."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from tests.server.cluster import postgres_cluster, sqlite_cluster
from tests.server.conftest import checkout_completed, event, seed_license

NOW = int(time.time())  # collection time, minutes before a test runs in a full run: an event
# that must come after cluster.buy() (stamped when called) is stamped when sent, not NOW


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def cluster(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param == "sqlite":
        with sqlite_cluster(tmp) as c:
            yield c
        return
    from tests.server.services import create_database

    pg = request.getfixturevalue("pg_server")
    redis_url = request.getfixturevalue("redis_server")
    with postgres_cluster(tmp, create_database(pg), redis_url,
                          ADMIN_TOKEN="admin-secret") as c:
        yield c


def activate(cluster, key: str, fp: str, name: str) -> httpx.Response:
    return cluster.post("/v1/licenses/activate", json={
        "license_key": key, "fingerprint": fp, "name": name, "platform": "linux"})


def refresh(cluster, key: str, mid: str, fp: str) -> httpx.Response:
    return cluster.post("/v1/licenses/refresh", json={"license_key": key, "machine_id": mid,
                                                      "fingerprint": fp})


def test_three_seats_to_one_leaves_the_most_recently_seen_machine(cluster) -> None:
    sub, key = cluster.buy(seats=3)
    fps = {name: f"{i:064x}" for i, name in enumerate(("desk", "laptop", "studio"), 1)}
    mids = {n: activate(cluster, key, fp, n).json()["machine_id"] for n, fp in fps.items()}
    for name, hours in (("desk", 3), ("laptop", 1), ("studio", 2)):
        cluster.set_last_seen(mids[name], hours)
    assert cluster.webhook(event("customer.subscription.updated", {
        "id": sub, "status": "active", "quantity": 1}, int(time.time()))).json()[
        "outcome"] == "applied"
    before = {n: cluster.last_seen(m) for n, m in mids.items()}
    for _ in range(3):   # the refused ones ask again and again: the seat does not move
        codes = {n: refresh(cluster, key, mids[n], fps[n]) for n in fps}
        assert codes["laptop"].status_code == 200
        for name in ("desk", "studio"):
            r = codes[name]
            assert (r.status_code, r.json()["code"]) == (409, "SEAT_LOST"), r.text
            assert "deactivate one of them" in r.json()["message"]
        r = activate(cluster, key, fps["studio"], "studio")   # nor by activating again
        assert (r.status_code, r.json()["code"]) == (409, "SEAT_LOST")
    assert all(cluster.last_seen(mids[n]) == before[n] for n in ("desk", "studio"))
    listed = httpx.get(f"{cluster.url}/v1/licenses/machines",
                       headers={"X-License-Key": key}).json()
    assert listed["seats"] == 1 and [(m["name"], m["holds_seat"]) for m in
                                     listed["machines"]] == [("laptop", True),
                                                             ("studio", False),
                                                             ("desk", False)]
    # freeing the seat: the next most recently seen machine has it
    assert cluster.post("/v1/licenses/deactivate", json={
        "license_key": key, "machine_id": mids["laptop"]}).status_code == 200
    assert refresh(cluster, key, mids["studio"], fps["studio"]).status_code == 200
    assert refresh(cluster, key, mids["desk"], fps["desk"]).status_code == 409


def test_a_webhook_signed_an_hour_ahead_or_behind_is_refused(cluster) -> None:
    ev = checkout_completed(NOW, sub=f"sub_{uuid.uuid4().hex[:8]}")
    for offset in (3600, -3600, 330):   # Stripe's tolerance is 300 s either way
        r = cluster.webhook(ev, timestamp=int(time.time()) + offset)
        assert (r.status_code, r.json()["code"]) == (400, "BAD_SIGNATURE"), offset
    assert cluster.webhook(ev, timestamp=int(time.time()) + 5).status_code == 200


def _refund(invoice: str | None = None, customer: str | None = None,
            charge: str = "ch_x", at: int = NOW) -> dict:
    return event("charge.refunded", {"id": charge, "invoice": invoice, "customer": customer,
                                     "refunded": True}, at)


def test_a_refund_before_its_invoice_and_checkout_is_replayed(cluster) -> None:
    sub, cus = f"sub_{uuid.uuid4().hex[:8]}", f"cus_{uuid.uuid4().hex[:8]}"
    inv = f"in_{sub}"
    assert cluster.webhook(_refund(invoice=inv, charge=f"ch_{sub}")).json()[
        "outcome"] == "deferred"
    cluster.webhook(event("invoice.paid", {"id": inv, "subscription": sub, "customer": cus},
                          NOW - 50))
    cluster.webhook(checkout_completed(NOW - 100, sub, cus))
    assert cluster.license(sub).status == "revoked"
    assert cluster.keys_mailed(f"{cus}@example.com") == []


def test_a_refund_before_its_invoice_is_replayed_when_the_invoice_arrives(cluster) -> None:
    sub, key = cluster.buy()
    lic = cluster.license(sub)
    charge = f"ch_{uuid.uuid4().hex[:8]}"
    # names only its charge: nothing known yet (the invoice that paid with it comes later)
    assert cluster.webhook(_refund(charge=charge)).json()["outcome"] == "deferred"
    assert cluster.license(sub).status == "active"
    cluster.webhook(event("invoice.paid", {"id": f"in2_{sub}", "subscription": sub,
                                           "customer": lic.customer_id, "charge": charge},
                          int(time.time())))
    assert cluster.license(sub).status == "revoked"
    r = activate(cluster, key, "e" * 64, "x")
    assert r.json()["code"] == "SUSPENDED"


def test_resend_works_for_a_key_issued_before_keys_were_sealed(cluster) -> None:
    old_key, (mid,) = seed_license(cluster.db_url, seats=2, machines=1)   # no sealed key
    auth = {"Authorization": "Bearer admin-secret"}
    from devora_server.models import License, hash_key
    from tests.server.conftest import PEPPER

    with cluster.db.tx() as s:
        lic = s.query(License).filter_by(key_hash=hash_key(old_key, PEPPER)).one()
        lic.email, lid = "early@example.com", lic.id
        assert lic.key_box is None
    r = cluster.post(f"/v1/admin/licenses/{lid}/resend", headers=auth)
    assert r.status_code == 200 and r.json()["to"] == "early@example.com", r.text
    new_key = cluster.keys_mailed("early@example.com")[-1]
    assert new_key != old_key
    # the machine activated with the old key keeps refreshing; the new key opens the license
    assert refresh(cluster, old_key, mid, f"{0:064d}").status_code == 200
    assert activate(cluster, new_key, "d" * 64, "new").status_code == 200
    again = cluster.post(f"/v1/admin/licenses/{lid}/resend", headers=auth)
    assert again.status_code == 200 and cluster.keys_mailed("early@example.com")[-1] == new_key
