"""Machine activations. Seats and the monthly deactivation cap are checked and written in
one transaction that holds the license row's lock (see ``models.Database.locked``)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from types import SimpleNamespace
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import Field
from sqlalchemy import Boolean, DateTime, func, select, text, update

from devora_server.deps import ApiError, KeyIn, Licensed, Svc, header_key, licensed
from devora_server.models import License, Machine, by_key, utcnow

router = APIRouter(prefix="/v1/licenses", tags=["licenses"])


class ActivateIn(KeyIn):
    fingerprint: str = Field(min_length=16, max_length=128)
    name: str = Field("", max_length=200)
    platform: str = Field("", max_length=64)


class DeactivateIn(KeyIn):
    machine_id: str = Field(min_length=1, max_length=64)


class RefreshIn(DeactivateIn):
    fingerprint: str = Field(min_length=16, max_length=128)


_NOT_FOUND = ApiError(404, "NOT_FOUND", "no license with that key")
# ``ahead``: the active machines of the license seen more recently than this one (ties: the
# smaller id first). A machine holds a seat while ahead < seats: when seats drop, the most
# recently seen machines keep theirs, and a refused refresh does not touch last_seen, so the
# ranking taken at the drop stands until a machine is deactivated.
_AHEAD = ("(SELECT count(*) FROM machines o WHERE o.license_id = m.license_id AND o.active "
          "AND (o.last_seen > m.last_seen OR (o.last_seen = m.last_seen AND o.id < m.id)))")
_REFRESH_READ = text(
    'SELECT l.id, l."plan", l.status, l.seats, l.period_end, l.past_due_since, '
    f"m.id AS machine_id, m.fingerprint, m.active, m.last_seen, {_AHEAD} AS ahead "
    "FROM licenses l LEFT JOIN machines m ON m.license_id = l.id AND m.id = :mid "
    "WHERE l.key_hash = :kh OR l.prior_key_hash = :kh").columns(active=Boolean,
                                                                last_seen=DateTime)


def seat_lost(seats: int) -> ApiError:
    return ApiError(409, "SEAT_LOST", f"this license now has {seats} seat(s), held by the "
                    "machines used most recently; deactivate one of them to use this one")


def _ahead(s, machine: Machine) -> int:
    return s.execute(text(f"SELECT {_AHEAD} FROM machines m WHERE m.id = :mid"),
                     {"mid": machine.id}).scalar_one()


@router.post("/activate")
def activate(req: Annotated[Licensed[ActivateIn], Depends(licensed(ActivateIn))],
             svc: Svc) -> dict:
    body = req.body
    try:
        with svc.db.locked(req.key_hash) as (s, lic):
            if lic is None:
                raise _NOT_FOUND
            err = svc.problem(lic)
            if err:
                raise err
            machine = s.scalar(select(Machine).where(
                Machine.license_id == lic.id, Machine.fingerprint == body.fingerprint,
                Machine.active.is_(True)))
            if machine is not None and _ahead(s, machine) >= lic.seats:
                raise seat_lost(lic.seats)   # the seats dropped below this machine's rank
            if machine is None:
                used = s.scalar(select(func.count()).select_from(Machine).where(
                    Machine.license_id == lic.id, Machine.active.is_(True)))
                if used >= lic.seats:
                    raise ApiError(409, "TOO_MANY_MACHINES", f"all {lic.seats} seat(s) are "
                                   "in use; deactivate a machine first")
                machine = Machine(id=uuid.uuid4().hex, license_id=lic.id,
                                  fingerprint=body.fingerprint, name=body.name,
                                  platform=body.platform)
                s.add(machine)
            machine.last_seen = utcnow()
            s.flush()
            result = {"token": svc.issue(lic, machine), "machine_id": machine.id,
                      "plan": lic.plan, "seats": lic.seats}
    except ApiError as exc:
        svc.metrics.activations.labels(exc.code).inc()
        raise
    svc.metrics.activations.labels("ok").inc()
    return result


@router.post("/refresh")
def refresh(req: Annotated[Licensed[RefreshIn], Depends(licensed(RefreshIn))],
            svc: Svc) -> dict:
    body = req.body
    # The hottest path (every app, daily): one plain SQL read, no ORM session (half the CPU);
    # most refreshes write nothing.
    with svc.db.engine.connect() as conn:
        row = conn.execute(_REFRESH_READ, {"kh": req.key_hash,
                                           "mid": body.machine_id}).first()
    if row is None:
        raise _NOT_FOUND
    if row.machine_id is None or not row.active:
        raise ApiError(404, "NOT_FOUND", "this machine is not activated")
    if row.fingerprint != body.fingerprint:
        raise ApiError(403, "FINGERPRINT_MISMATCH", "this activation belongs to another machine")
    if row.ahead >= row.seats:
        raise seat_lost(row.seats)
    lic = row   # has the License fields that problem() and issue() read
    err = svc.problem(lic)
    if err:
        raise err
    token = svc.issue(lic, SimpleNamespace(id=row.machine_id, fingerprint=row.fingerprint))
    if utcnow() - row.last_seen > timedelta(hours=1):  # hourly; one UPDATE, no upgrade
        with svc.db.tx() as s:
            s.execute(update(Machine).where(Machine.id == row.machine_id).values(
                last_seen=utcnow()))
    return {"token": token, "plan": lic.plan, "status": lic.status}


@router.post("/deactivate")
def deactivate(req: Annotated[Licensed[DeactivateIn], Depends(licensed(DeactivateIn))],
               svc: Svc) -> dict:
    cap = svc.cfg.deactivations_per_month
    with svc.db.locked(req.key_hash) as (s, lic):
        if lic is None:
            raise _NOT_FOUND
        machine = s.get(Machine, req.body.machine_id)
        if machine is None or machine.license_id != lic.id or not machine.active:
            raise ApiError(404, "NOT_FOUND", "this machine is not activated")
        recent = s.scalar(select(func.count()).select_from(Machine).where(
            Machine.license_id == lic.id,
            Machine.deactivated_at > utcnow() - timedelta(days=30)))
        if recent >= cap:
            raise ApiError(429, "TOO_MANY_DEACTIVATIONS", f"at most {cap} deactivations a month")
        machine.active, machine.deactivated_at = False, utcnow()
    return {"ok": True}


@router.get("/machines")
def machines(key_hash: Annotated[str, Depends(header_key)], svc: Svc) -> dict:
    """The license's active machines, most recently seen first; ``holds_seat`` is false for
    those beyond the seat count (their refresh answers SEAT_LOST)."""
    with svc.db.Session() as s:
        lic = s.scalar(select(License).where(by_key(key_hash)))
        if lic is None:
            raise _NOT_FOUND
        rows = s.scalars(select(Machine).where(Machine.license_id == lic.id,
                                               Machine.active.is_(True))
                         .order_by(Machine.last_seen.desc(), Machine.id)).all()
        return {"seats": lic.seats, "machines": [
            {"id": m.id, "name": m.name, "platform": m.platform,
             "activated_at": m.activated_at.isoformat(),
             "last_seen": m.last_seen.isoformat(), "holds_seat": rank < lic.seats}
            for rank, m in enumerate(rows)]}
