"""The billing state machine on its own: no HTTP, no database."""

from __future__ import annotations

import itertools
from dataclasses import asdict

import pytest

from devora_server import billing
from devora_server.billing import BadEvent, Defer, IssueKey, apply, fold
from tests.server.conftest import checkout_completed, event

T = 1_800_000_000


def invoice_paid(t: int, sub: str = "sub_1", end: int = T + 30 * 86400, inv: str = "in_1"):
    return event("invoice.paid", {"id": inv, "subscription": sub, "customer": "cus_1",
                                  "lines": {"data": [{"period": {"end": end}}]}}, t)


def payment_failed(t: int, sub: str = "sub_1"):
    return event("invoice.payment_failed", {"id": f"in_f{t}", "subscription": sub}, t)


def updated(t: int, sub: str = "sub_1", **fields):
    return event("customer.subscription.updated", {"id": sub, "customer": "cus_1",
                                                   "status": "active", **fields}, t)


def deleted(t: int, sub: str = "sub_1"):
    return event("customer.subscription.deleted", {"id": sub, "customer": "cus_1",
                                                   "status": "canceled"}, t)


def refunded(t: int, inv: str = "in_1"):
    return event("charge.refunded", {"id": "ch_1", "customer": "cus_1", "invoice": inv,
                                     "refunded": True}, t)


def keys(effects) -> list[str]:
    return [sub for sub, eff in effects if isinstance(eff, IssueKey)]


def test_each_event_type() -> None:
    r = apply(checkout_completed(T, seats=2), None)
    assert r.state.status == "active" and r.state.seats == 2
    assert r.effects == (IssueKey("buyer@example.com"),)
    st = r.state
    st = apply(invoice_paid(T + 1), st).state
    assert st.period_end == T + 30 * 86400
    st = apply(payment_failed(T + 2), st).state
    assert (st.status, st.past_due_since) == ("past_due", T + 2)
    st = apply(event("invoice.payment_succeeded", {"subscription": "sub_1", "lines": {
        "data": [{"period": {"end": T + 60 * 86400}}]}}, T + 3), st).state
    assert (st.status, st.period_end, st.past_due_since) == ("active", T + 60 * 86400, None)
    st = apply(updated(T + 4, quantity=5, cancel_at_period_end=True), st).state
    assert st.seats == 5 and st.cancel_at_period_end
    st = apply(updated(T + 5, status="past_due"), st).state
    assert st.status == "past_due"
    r = apply(event("customer.created", {"id": "cus_1"}, T + 6), st)
    assert r.outcome == "ignored" and r.state == st
    st = apply(deleted(T + 7), st).state
    assert st.status == "canceled"
    r = apply(refunded(T + 8), st)
    assert r.state.status == "revoked" and r.effects == ()
    assert apply(event("checkout.session.async_payment_succeeded", {
        "subscription": "sub_9", "mode": "subscription"}, T), None).outcome == "deferred"


def test_second_subscription_of_a_customer_is_its_own_license() -> None:
    states, effects = fold([checkout_completed(T, "sub_1", "cus_1"),
                            checkout_completed(T + 10, "sub_2", "cus_1", seats=3),
                            deleted(T + 20, "sub_1")])
    assert states["sub_1"].status == "canceled"
    assert (states["sub_2"].status, states["sub_2"].seats) == ("active", 3)
    assert keys(effects) == ["sub_1", "sub_2"]


def test_no_key_before_payment_is_confirmed() -> None:
    r = apply(checkout_completed(T, paid="unpaid"), None)
    assert r.state.status == "pending" and r.effects == ()
    r = apply(payment_failed(T + 5), r.state)
    assert r.state.status == "pending" and r.effects == ()
    r = apply(invoice_paid(T + 10), r.state)
    assert r.state.status == "active" and r.effects == (IssueKey("buyer@example.com"),)
    assert apply(invoice_paid(T + 20, inv="in_2"), r.state).effects == ()  # once
    r = apply(event("checkout.session.async_payment_succeeded", {
        "subscription": "sub_1", "mode": "subscription", "payment_status": "paid"}, T + 1),
        apply(checkout_completed(T, paid="unpaid"), None).state)
    assert r.effects == (IssueKey("buyer@example.com"),)


@pytest.mark.parametrize("ev", [invoice_paid(T), payment_failed(T), updated(T), deleted(T)],
                         ids=lambda e: e["type"])
def test_events_for_unknown_subscriptions_make_no_license(ev) -> None:
    r = apply(ev, None)
    assert r.state is None and r.outcome == "deferred" and r.effects == (Defer("sub_1"),)
    states, effects = fold([ev])
    assert states == {} and effects == []


def test_a_refund_naming_nothing_known_waits_for_its_invoice() -> None:
    r = apply(refunded(T), None)
    assert r.outcome == "deferred" and r.effects == (Defer(None, "invoice:in_1"),)
    by_charge = refunded(T)
    by_charge["data"]["object"].update(invoice=None, customer=None)
    assert apply(by_charge, None).effects == (Defer(None, "charge:ch_1"),)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_refund_in_any_order_revokes_and_mails_nothing_after_it(order) -> None:
    inv = invoice_paid(T + 10)
    inv["data"]["object"]["charge"] = "ch_1"
    by_charge = refunded(T + 20)
    by_charge["data"]["object"].update(invoice=None, customer=None)  # names the charge only
    for refund in (refunded(T + 20), by_charge):
        life = [checkout_completed(T), inv, refund]
        states, effects = fold([life[i] for i in order])
        assert states["sub_1"].status == "revoked", order
        # no key when the refund was tied to the subscription before its checkout arrived
        assert keys(effects) == ([] if order.index(0) == 2 else ["sub_1"]), order


def test_non_subscription_objects_are_ignored() -> None:
    assert apply(event("invoice.paid", {"id": "in_x", "customer": "cus_9"}, T),
                 None).outcome == "ignored"
    one_off = checkout_completed(T)
    one_off["data"]["object"].update(mode="payment", subscription=None)
    assert apply(one_off, None).outcome == "ignored"


def test_deleted_before_checkout_ends_canceled_without_a_key() -> None:
    states, effects = fold([deleted(T + 100), checkout_completed(T)])
    assert states["sub_1"].status == "canceled" and effects == []


def test_partial_refund_keeps_the_license() -> None:
    ev = refunded(T + 5)
    ev["data"]["object"]["refunded"] = False
    st = apply(checkout_completed(T), None).state
    assert apply(ev, st).state.status == "active"


@pytest.mark.parametrize("mutate", [
    lambda e: e.pop("id"),
    lambda e: e.update(created="yesterday"),
    lambda e: e.update(data=None),
    lambda e: e["data"].update(object="cs_1"),
    lambda e: e["data"]["object"].update(subscription={"id": "sub_1"}),
    lambda e: e["data"]["object"].update(metadata={"seats": "many"}),
    lambda e: e["data"]["object"].update(metadata={"seats": "100000"}),
    lambda e: e["data"]["object"].update(customer_details="me@x.io"),
])
def test_malformed_events_raise_bad_event(mutate) -> None:
    ev = checkout_completed(T)
    mutate(ev)
    with pytest.raises(BadEvent):
        apply(ev, None)


def test_malformed_subscription_and_invoice_events() -> None:
    with pytest.raises(BadEvent):
        apply(event("customer.subscription.updated", {"customer": "cus_1"}, T), None)
    with pytest.raises(BadEvent):
        apply(event("invoice.paid", {"subscription": "sub_1", "lines": {"data": [
            {"period": {"end": "soon"}}]}}, T), None)


LIFE = [checkout_completed(T, seats=1), invoice_paid(T + 10, end=T + 30 * 86400),
        updated(T + 20, quantity=3), payment_failed(T + 30),
        invoice_paid(T + 40, end=T + 60 * 86400, inv="in_2"),
        updated(T + 50, cancel_at_period_end=True), refunded(T + 60, inv="in_2"),
        deleted(T + 70)]


def _final(events) -> dict:
    states, effects = fold(events)
    state = asdict(states["sub_1"])
    return {k: v for k, v in state.items() if k != "key_issued"}, keys(effects)


@pytest.mark.parametrize("i,j", list(itertools.combinations(range(len(LIFE)), 2)))
def test_each_pair_delivered_out_of_order_ends_in_the_same_state(i: int, j: int) -> None:
    expected, in_order_keys = _final(LIFE)
    assert in_order_keys == ["sub_1"]
    swapped = list(LIFE)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    state, issued = _final(swapped)
    assert state == expected   # a refund first waits for its invoice, then applies
    # the key goes out once, unless the subscription had already ended or been refunded
    # when the license was created
    assert issued == ([] if (i, j) in ((0, 6), (0, 7)) else ["sub_1"])


def test_every_order_of_a_paid_life_ends_the_same() -> None:
    life = LIFE[:6]
    expected, _ = _final(life)
    st = billing.Billing(**expected)
    assert (st.status, st.seats, st.period_end, st.cancel_at_period_end) == (
        "active", 3, T + 60 * 86400, True)
    for order in itertools.permutations(life):
        state, issued = _final(list(order))
        assert state == expected and issued == ["sub_1"], order


def test_a_subscription_whose_first_payment_expired_ends() -> None:
    st = apply(checkout_completed(T, paid="unpaid"), None).state
    r = apply(updated(T + 86400, status="incomplete_expired"), st)
    assert r.state.status == "canceled" and r.effects == ()
    assert apply(invoice_paid(T + 2 * 86400), r.state).effects == ()  # too late: no key
