"""Tables (SQLAlchemy 2). License keys are stored only as keyed hashes.

Seat and deactivation limits hold under concurrency because every change to a license's
machines runs in :func:`Database.locked`: one transaction that first locks the license row
(``SELECT ... FOR UPDATE`` on PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite, which takes the
database's write lock), then counts, then writes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class License(Base):
    __tablename__ = "licenses"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_hash: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    key_box: Mapped[str | None] = mapped_column(Text)   # the key, sealed: for "resend"
    # a key issued before keys were sealed, replaced by "resend": it keeps working
    prior_key_hash: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    plan: Mapped[str] = mapped_column(String(16), default="pro")
    # derived from the billing fields (billing.Billing.status); kept for queries and admins
    status: Mapped[str] = mapped_column(String(16), default="active")
    seats: Mapped[int] = mapped_column(Integer, default=1)
    customer_id: Mapped[str | None] = mapped_column(String(255), index=True)
    # one license per subscription (None: made by an admin, not sold through Stripe)
    subscription_id: Mapped[str | None] = mapped_column(String(255), unique=True, index=True)
    period_end: Mapped[int | None] = mapped_column(BigInteger)
    cancel_at_period_end: Mapped[bool] = mapped_column(Boolean, default=False)
    past_due_since: Mapped[int | None] = mapped_column(BigInteger)
    seats_at: Mapped[int] = mapped_column(BigInteger, default=0)     # Stripe event.created
    status_at: Mapped[int] = mapped_column(BigInteger, default=0)    # unused; older databases
    paid: Mapped[bool] = mapped_column(Boolean, default=True)
    pay_state: Mapped[str] = mapped_column(String(8), default="ok")
    pay_at: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[int] = mapped_column(BigInteger, default=0)
    ended: Mapped[bool] = mapped_column(Boolean, default=False)
    refunded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def by_key(key_hash: str):
    """The condition that finds the license a key opens (its key, or the key it had before
    a resend replaced an unsealed one)."""
    from sqlalchemy import or_

    return or_(License.key_hash == key_hash, License.prior_key_hash == key_hash)


class Machine(Base):
    __tablename__ = "machines"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    license_id: Mapped[str] = mapped_column(ForeignKey("licenses.id"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    platform: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    activated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime)


class WebhookEvent(Base):
    """Recorded in the same transaction as its effects: a duplicate insert = already done.
    ``outcome``: applied, ignored, deferred (about a subscription not known yet; ``payload``
    kept until its checkout arrives, then ``replayed``) or rejected (malformed)."""

    __tablename__ = "webhook_events"
    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    type: Mapped[str] = mapped_column(String(100))
    created: Mapped[int] = mapped_column(BigInteger)
    processed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(16), default="applied")
    reason: Mapped[str] = mapped_column(String(300), default="")
    subscription_id: Mapped[str | None] = mapped_column(String(255), index=True)
    payload: Mapped[str | None] = mapped_column(Text)
    # a refund deferred before anything names its subscription: what will ("invoice:in_…",
    # "charge:ch_…" or "customer:cus_…"; see billing.refund_key)
    waits_for: Mapped[str | None] = mapped_column(String(300), index=True)


class Invoice(Base):
    """Which subscription an invoice paid for: a refunded charge names only its invoice (or
    only itself: the invoice names the charge that paid it)."""

    __tablename__ = "invoices"
    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    subscription_id: Mapped[str] = mapped_column(String(255), index=True)
    charge_id: Mapped[str | None] = mapped_column(String(255), index=True)  # what paid it


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320))
    message: Mapped[str] = mapped_column(Text)
    app_version: Mapped[str] = mapped_column(String(64), default="")
    platform: Mapped[str] = mapped_column(String(64), default="")
    attachment: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def new_key() -> str:
    raw = secrets.token_hex(12).upper()
    return "DEV-" + "-".join(raw[i:i + 6] for i in range(0, 24, 6))


def hash_key(key: str, pepper: str) -> str:
    normalized = key.strip().upper()
    return hmac.new(pepper.encode(), normalized.encode(), hashlib.sha256).hexdigest()


class Database:
    """Sessions for reads, write transactions, and locked transactions on one license."""

    def __init__(self, url: str, *, pool_size: int = 10, migrate: bool = True) -> None:
        self.sqlite = url.startswith("sqlite")
        self.postgres = url.startswith("postgresql")
        kwargs: dict = {"pool_pre_ping": True}
        if self.sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:   # a database that does not answer: fail in seconds (503), do not hang
            kwargs.update(pool_size=pool_size, max_overflow=pool_size * 2, pool_timeout=5,
                          connect_args={"connect_timeout": 3})
        self.engine = create_engine(url, **kwargs)
        if self.sqlite:
            _sqlite_transactions(self.engine)
        from devora_server import schema

        # Alembic keeps the schema (devora_server/migrations): upgraded to this server's
        # head here, or refused when a newer server has migrated it
        self.revision = schema.prepare(self.engine, migrate=migrate)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)
        self._Locking = sessionmaker(self.engine.execution_options(sqlite_immediate=True),
                                     expire_on_commit=False)

    @contextmanager
    def tx(self) -> Iterator[Session]:
        with self.Session() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; on SQLite it takes the write lock at BEGIN (no deadlock-prone
        read-then-write upgrade)."""
        with self._Locking() as session, session.begin():
            yield session

    @contextmanager
    def locked(self, key_hash: str) -> Iterator[tuple[Session, License | None]]:
        """A transaction holding the lock on the license with ``key_hash`` (None: no such
        license): whatever it counts stays true until it commits."""
        with self._Locking() as session, session.begin():
            lic = session.scalar(select(License).where(by_key(key_hash))
                                 .with_for_update())
            yield session, lic

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_transactions(engine) -> None:
    """pysqlite's own BEGIN handling is replaced (SQLAlchemy's documented recipe) so that a
    locking transaction can start with BEGIN IMMEDIATE: it takes the write lock before it
    reads, so two activations cannot both count the same free seat."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")        # concurrent readers, one writer
        cur.execute("PRAGMA synchronous=NORMAL")      # WAL + NORMAL: durable, no corruption
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _box(pepper: str):
    import base64

    from cryptography.fernet import Fernet

    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(
        f"devora-key-box:{pepper}".encode()).digest()))


def seal_key(key: str, pepper: str) -> str:
    """The key encrypted with a secret derived from the pepper: a database dump alone
    yields neither the keys nor a way to find them by hash."""
    return _box(pepper).encrypt(key.encode()).decode()


def open_key(box: str, pepper: str) -> str:
    return _box(pepper).decrypt(box.encode()).decode()


def make_engine(url: str):
    """(engine, sessionmaker): for scripts that seed a database."""
    db = Database(url)
    return db.engine, db.Session
