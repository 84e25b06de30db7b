"""Stripe billing as a pure state machine: ``apply(event, state) -> Result(state, effects)``.

No HTTP, no database: the webhook router parses, records and stores; this module decides.
One license per subscription (a customer may hold several). Rules:

- A license exists only once its ``checkout.session.completed`` arrived. Events about a
  subscription not seen yet are *deferred* (the caller records them) and replayed, in Stripe's
  ``created`` order, when the checkout arrives — out-of-order delivery ends in the same state.
- A key is issued (and emailed) only once payment is confirmed: the checkout says
  ``payment_status: paid``, an async payment succeeded, or an invoice for it was paid; and
  never for a subscription that already ended or was refunded.
- Every field moves only forward in Stripe's time: each group of fields remembers the
  ``created`` of the event that last set it, and an older event does not overwrite it.
- Ended (subscription deleted) and refunded are final.
- A refund names a charge (with its invoice or customer), not a subscription. One that
  arrives before anything ties it to a subscription waits (:func:`refund_key`) and is replayed
  when its invoice, charge or customer appears (:func:`resolves`).
- A signed event whose shape is wrong raises :class:`BadEvent` (the caller answers 400 and
  records it as rejected, so Stripe stops redelivering it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

CHECKOUT = "checkout.session.completed"
ASYNC_PAID = "checkout.session.async_payment_succeeded"
INVOICE_PAID = ("invoice.paid", "invoice.payment_succeeded")
INVOICE_FAILED = "invoice.payment_failed"
SUB_UPDATED = "customer.subscription.updated"
SUB_DELETED = "customer.subscription.deleted"
REFUNDED = "charge.refunded"
HANDLED = (CHECKOUT, ASYNC_PAID, *INVOICE_PAID, INVOICE_FAILED, SUB_UPDATED, SUB_DELETED,
           REFUNDED)
MAX_SEATS = 500


class BadEvent(ValueError):
    """A correctly signed event this server cannot read."""


# ---- the shapes we read (extra fields are Stripe's business) ------------------------------
class _Obj(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Period(_Obj):
    start: int | None = None
    end: int | None = None


class _Line(_Obj):
    period: _Period | None = None


class _Lines(_Obj):
    data: list[_Line] = Field(default_factory=list)


class _SubDetails(_Obj):
    subscription: str | None = None


class _Parent(_Obj):
    subscription_details: _SubDetails | None = None


class Invoice(_Obj):
    id: str | None = None
    charge: str | None = None          # the charge that paid it (a refund names this)
    subscription: str | None = None
    parent: _Parent | None = None      # API 2025+: parent.subscription_details.subscription
    customer: str | None = None
    lines: _Lines | None = None
    period_end: int | None = None

    @property
    def subscription_id(self) -> str | None:
        if self.subscription:
            return self.subscription
        details = self.parent.subscription_details if self.parent else None
        return details.subscription if details else None


class _Details(_Obj):
    email: str | None = None


class Checkout(_Obj):
    id: str | None = None
    mode: str | None = None
    subscription: str | None = None
    customer: str | None = None
    customer_details: _Details | None = None
    customer_email: str | None = None
    payment_status: str | None = None
    metadata: dict[str, str] | None = None


class _Item(_Obj):
    quantity: int | None = None
    current_period_end: int | None = None


class _Items(_Obj):
    data: list[_Item] = Field(default_factory=list)


class Subscription(_Obj):
    id: str = Field(min_length=1, max_length=255)
    customer: str | None = None
    status: str | None = None
    quantity: int | None = None
    items: _Items | None = None
    cancel_at_period_end: bool | None = None
    current_period_end: int | None = None


class Charge(_Obj):
    id: str | None = None
    customer: str | None = None
    invoice: str | None = None
    refunded: bool = False


class _Data(_Obj):
    object: dict


class _Envelope(_Obj):
    id: str = Field(min_length=1, max_length=255)
    type: str = Field(min_length=1, max_length=100)
    created: int
    data: _Data


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    created: int
    obj: Checkout | Invoice | Subscription | Charge | None

    @property
    def subscription_id(self) -> str | None:
        """The subscription this event is about (None: not about one we can name)."""
        obj = self.obj
        if isinstance(obj, Checkout):
            return obj.subscription
        if isinstance(obj, Invoice):
            return obj.subscription_id
        if isinstance(obj, Subscription):
            return obj.id
        return None


def parse(raw: dict) -> Event:
    """The parts of a Stripe event this module reads; :class:`BadEvent` when malformed."""
    try:
        env = _Envelope.model_validate(raw)
        model = {CHECKOUT: Checkout, ASYNC_PAID: Checkout, INVOICE_FAILED: Invoice,
                 SUB_UPDATED: Subscription, SUB_DELETED: Subscription, REFUNDED: Charge,
                 **dict.fromkeys(INVOICE_PAID, Invoice)}.get(env.type)
        obj = model.model_validate(env.data.object) if model else None
        if isinstance(obj, Checkout):
            _seats(obj)
    except (ValidationError, ValueError, TypeError) as exc:
        raise BadEvent(f"malformed event: {str(exc).splitlines()[0][:200]}") from None
    return Event(env.id, env.type, env.created, obj)


def _seats(obj: Checkout) -> int | None:
    raw = (obj.metadata or {}).get("seats")
    if raw is None:
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_SEATS:
        raise ValueError(f"metadata.seats must be 1..{MAX_SEATS}, not {raw[:20]!r}")
    seats = int(raw)
    return seats


# ---- state and effects ---------------------------------------------------------------------
@dataclass(frozen=True)
class Billing:
    """What billing knows about one subscription's license."""

    subscription_id: str
    customer_id: str | None = None
    email: str = ""
    seats: int = 1
    seats_at: int = 0
    paid: bool = False                 # a payment was confirmed at least once
    pay_state: Literal["ok", "failed"] = "ok"
    pay_at: int = 0
    past_due_since: int | None = None
    period_end: int | None = None
    cancel_at_period_end: bool = False
    updated_at: int = 0
    ended: bool = False                # subscription deleted (final)
    refunded: bool = False             # refunded or revoked (final)
    key_issued: bool = False

    @property
    def status(self) -> str:
        if self.refunded:
            return "revoked"
        if self.ended:
            return "canceled"
        if not self.paid:
            return "pending"
        return "past_due" if self.pay_state == "failed" else "active"


@dataclass(frozen=True)
class IssueKey:
    """Make a key, store its hash, email it to ``email``."""

    email: str


@dataclass(frozen=True)
class Defer:
    """The event names a subscription with no license yet: keep it for the checkout. A
    refund tied to no subscription yet: ``subscription_id`` None, keep it for
    ``waits_for`` (:func:`refund_key`)."""

    subscription_id: str | None
    waits_for: str | None = None


def refund_key(charge: Charge) -> str:
    """What a refund that names no known subscription waits for: its invoice, else its
    customer, else the charge itself (an invoice names the charge that paid it)."""
    if charge.invoice:
        return f"invoice:{charge.invoice}"
    if charge.customer:
        return f"customer:{charge.customer}"
    return f"charge:{charge.id}"


def resolves(ev: Event) -> list[str]:
    """The waiting refunds (by :func:`refund_key`) this event ties to its subscription."""
    obj = ev.obj
    pairs = {Invoice: (("invoice", "id"), ("charge", "charge"), ("customer", "customer")),
             Checkout: (("customer", "customer"),), Subscription: (("customer", "customer"),)}
    return [f"{kind}:{getattr(obj, field)}" for kind, field in pairs.get(type(obj), ())
            if getattr(obj, field)]


Effect = IssueKey | Defer


@dataclass(frozen=True)
class Result:
    state: Billing | None
    effects: tuple[Effect, ...]
    outcome: Literal["applied", "ignored", "deferred"]
    reason: str = ""


def apply(raw: dict | Event, state: Billing | None,
          deferred: Sequence[dict | Event] = (), *, subscription_id: str | None = None
          ) -> Result:
    """Apply one event to the license of its subscription (``state``; None when there is
    none yet). When this event creates the license, ``deferred`` (events recorded earlier for
    the same subscription) are replayed after it in ``created`` order. A refunded charge
    names no subscription: the caller resolves it (``subscription_id``) from the invoice."""
    ev = raw if isinstance(raw, Event) else parse(raw)
    if ev.type not in HANDLED:
        return Result(state, (), "ignored", "event type not handled")
    if ev.type == CHECKOUT and ev.obj.mode not in (None, "subscription"):
        return Result(state, (), "ignored", "not a subscription checkout")
    sub = subscription_id if ev.type == REFUNDED else ev.subscription_id
    if sub is None and state is None and ev.type == REFUNDED and ev.obj.refunded:
        return Result(None, (Defer(None, refund_key(ev.obj)),), "deferred",
                      "refund before anything names its subscription")
    if sub is None and state is None:
        return Result(state, (), "ignored", "not about a subscription we can name")
    if state is None and ev.type != CHECKOUT:
        return Result(None, (Defer(sub),), "deferred", "subscription not known yet")
    new = state is None
    st = _step(ev, state or Billing(subscription_id=ev.subscription_id))
    if new:
        for later in sorted((d if isinstance(d, Event) else parse(d) for d in deferred),
                            key=lambda e: e.created):
            st = _step(later, st)
    return _settle(st)


def _step(ev: Event, st: Billing) -> Billing:
    t, obj = ev.created, ev.obj
    if isinstance(obj, Checkout):
        email = (obj.customer_details.email if obj.customer_details else None) or \
            obj.customer_email or st.email
        st = replace(st, customer_id=obj.customer or st.customer_id, email=email or "")
        seats = _seats(obj)
        if seats and t >= st.seats_at:
            st = replace(st, seats=seats, seats_at=t)
        if ev.type == ASYNC_PAID or obj.payment_status == "paid":
            st = replace(st, paid=True)
        return st
    if isinstance(obj, Invoice):
        ends = [li.period.end for li in (obj.lines.data if obj.lines else [])
                if li.period and li.period.end] or [obj.period_end or 0]
        st = replace(st, customer_id=st.customer_id or obj.customer)
        if ev.type == INVOICE_FAILED:
            return _pay(st, "failed", t)
        st = replace(st, paid=True, period_end=max(st.period_end or 0, *ends) or None)
        return _pay(st, "ok", t)
    if isinstance(obj, Subscription):
        if ev.type == SUB_DELETED:
            return replace(st, ended=True)
        items = obj.items.data if obj.items else []
        seats = obj.quantity or (items[0].quantity if items else None)
        if seats and t >= st.seats_at:
            st = replace(st, seats=min(int(seats), MAX_SEATS), seats_at=t)
        end = obj.current_period_end or (items[0].current_period_end if items else None)
        if end:
            st = replace(st, period_end=max(st.period_end or 0, end))
        if t >= st.updated_at:
            st = replace(st, cancel_at_period_end=bool(obj.cancel_at_period_end),
                         updated_at=t)
        if obj.status in ("canceled", "incomplete_expired"):  # the latter: never paid
            return replace(st, ended=True)
        if obj.status in ("active", "trialing"):
            return _pay(st, "ok", t)
        if obj.status in ("past_due", "unpaid"):
            return _pay(st, "failed", t)
        return st
    if isinstance(obj, Charge) and obj.refunded:
        return replace(st, refunded=True)
    return st


def _pay(st: Billing, state: Literal["ok", "failed"], t: int) -> Billing:
    if t < st.pay_at:
        return st  # an older event: the newer one already decided
    if state == "failed":
        since = t if st.pay_state == "ok" or st.past_due_since is None else \
            min(st.past_due_since, t)
        return replace(st, pay_state="failed", pay_at=t, past_due_since=since)
    return replace(st, pay_state="ok", pay_at=t, past_due_since=None)


def _settle(st: Billing) -> Result:
    effects: list[Effect] = []
    if st.paid and not st.key_issued and st.status in ("active", "past_due"):
        effects.append(IssueKey(st.email))
        st = replace(st, key_issued=True)
    return Result(st, tuple(effects), "applied")


def fold(events: Iterable[dict]) -> tuple[dict[str, Billing], list[tuple[str, Effect]]]:
    """Deliver ``events`` in the given order the way the webhook does (duplicates dropped,
    unknown subscriptions deferred then replayed, early refunds replayed when their
    subscription is known); the licenses by subscription id and the effects in order. Used by
    tests and to explain the rules; the webhook stores the same state in the database."""
    seen: set[str] = set()
    states: dict[str, Billing] = {}
    waiting: dict[str, list[Event]] = {}
    refunds: dict[str, list[Event]] = {}      # refund_key -> refunds waiting for it
    effects: list[tuple[str, Effect]] = []
    by_invoice: dict[str, str] = {}
    by_charge: dict[str, str] = {}
    for raw in events:
        ev = parse(raw)
        if ev.id in seen:
            continue
        seen.add(ev.id)
        sub = ev.subscription_id
        if ev.type == REFUNDED:
            sub = by_invoice.get(ev.obj.invoice or "") or by_charge.get(ev.obj.id or "")
            if sub is None:   # as the webhook: a customer holding exactly one license
                subs = [k for k, v in states.items() if v.customer_id == ev.obj.customer]
                sub = subs[0] if len(subs) == 1 else None
        if isinstance(ev.obj, Invoice) and ev.obj.id and sub:
            by_invoice[ev.obj.id] = sub
            if ev.obj.charge:
                by_charge[ev.obj.charge] = sub
        state = states.get(sub) if sub else None
        result = apply(ev, state, waiting.get(sub, []) if state is None else (),
                       subscription_id=sub)
        for eff in result.effects:
            if isinstance(eff, Defer) and eff.subscription_id is None:
                refunds.setdefault(eff.waits_for, []).append(ev)
            elif isinstance(eff, Defer):
                waiting.setdefault(eff.subscription_id, []).append(ev)
            else:
                effects.append((sub, eff))
        if result.state is not None:
            states[sub] = result.state
            if state is None:
                waiting.pop(sub, None)
        if sub:
            for key in resolves(ev):
                if key.startswith("customer:") and \
                        sum(v.customer_id == key[9:] for v in states.values()) > 1:
                    continue
                for refund in refunds.pop(key, []):
                    if sub in states:
                        states[sub] = apply(refund, states[sub], subscription_id=sub).state
                    else:
                        waiting.setdefault(sub, []).append(refund)
    return states, effects
