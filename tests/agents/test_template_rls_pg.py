"""The full-stack templates' roles and row-level security on a real PostgreSQL: the migrations
applied as written, with what Supabase provides around them (``auth.users``, ``auth.uid()``
read from the request's JWT claim, the ``anon`` and ``authenticated`` roles with Supabase's
default grants). Each check acts as a person by switching to their role and claim, as
PostgREST does, so the policies themselves decide — not the Supabase fake's copy of them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from devora_desktop.agents import templates
from tests.server.services import Unavailable, create_database, postgres

psycopg = pytest.importorskip("psycopg")

SUPABASE = """
do $$ begin
  if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin; end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin;
  end if;
end $$;
create schema auth;
create table auth.users (id uuid primary key, email text);
create function auth.uid() returns uuid language sql stable
  as $$ select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
grant usage on schema auth to anon, authenticated;
grant usage on schema public to anon, authenticated;
alter default privileges in schema public grant all on tables to anon, authenticated;
alter default privileges in schema public grant all on sequences to anon, authenticated;
alter default privileges in schema public grant all on functions to anon, authenticated;
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    try:
        with postgres() as base:
            yield base
    except Unavailable as exc:
        pytest.skip(str(exc))


class Db:
    """A database with one kind of app's migrations applied; ``as_user`` acts as someone."""

    def __init__(self, url: str, files: dict[str, str]) -> None:
        self.conn = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"),
                                    autocommit=True)
        self.conn.execute(SUPABASE)
        for path in sorted(p for p in files if p.startswith("supabase/migrations/")):
            self.conn.execute(files[path])
        if "supabase/seed.sql" in files:
            self.conn.execute(files["supabase/seed.sql"])

    def user(self, *, flag: str | None = None) -> str:
        uid = str(uuid.uuid4())
        self.conn.execute("insert into auth.users (id, email) values (%s, %s)",
                          (uid, f"{uid[:8]}@example.com"))
        if flag:  # roles are set with SQL only, as the README says
            self.conn.execute(f"insert into public.profiles (id, {flag}) values (%s, true)",
                              (uid,))
        return uid

    @contextmanager
    def as_user(self, uid: str | None):
        """A transaction run as ``uid`` (role authenticated) or, with None, as anon."""
        with self.conn.transaction():
            self.conn.execute("set local role " + ("authenticated" if uid else "anon"))
            self.conn.execute("select set_config('request.jwt.claim.sub', %s, true)",
                              (uid or "",))
            yield self.conn

    def refused(self, uid: str | None, sql: str, params: tuple = ()) -> bool:
        """True when RLS (or a privilege) refuses the statement."""
        try:
            with self.as_user(uid) as c:
                c.execute(sql, params)
        except psycopg.errors.InsufficientPrivilege:
            return True
        return False

    def rows(self, uid: str | None, sql: str, params: tuple = ()) -> list[tuple]:
        with self.as_user(uid) as c:
            cur = c.execute(sql, params)
            return cur.fetchall() if cur.description else [(cur.rowcount,)]


def _db(cluster: str, kind: str) -> Db:
    spec = templates.read({"store": "an online store for handmade candles",
                           "blog": "a blog about sourdough baking"}[kind], "fullstack")
    return Db(create_database(cluster), templates.all_files(kind, "fullstack", spec.name, spec))


@pytest.fixture(scope="module")
def store(cluster: str) -> Db:
    return _db(cluster, "store")


@pytest.fixture(scope="module")
def blog(cluster: str) -> Db:
    return _db(cluster, "blog")


def _product(db: Db) -> tuple[str, float]:
    pid, price = db.conn.execute("select id, price from public.products limit 1").fetchone()
    return str(pid), float(price)


def test_only_the_shop_owner_adds_and_edits_products(store: Db) -> None:
    buyer, owner = store.user(), store.user(flag="is_owner")
    insert = ("insert into public.products (name, price, category) "
              "values ('Cheap candle', 0.01, 'Candles')")
    assert store.refused(buyer, insert)
    assert store.refused(None, insert)
    assert not store.refused(owner, insert)
    pid, _ = _product(store)
    assert store.rows(buyer, "update public.products set price = 0 where id = %s", (pid,)) == [(0,)]
    assert store.rows(owner, "update public.products set stock = 3 where id = %s", (pid,)) == [(1,)]
    # and nobody makes themselves the owner from the app
    assert store.refused(buyer, "insert into public.profiles (id, is_owner) values (%s, true)",
                         (buyer,))
    assert store.rows(owner, "update public.profiles set is_owner = true") == [(0,)]


def test_ratings_are_one_row_per_person_in_their_own_table(store: Db) -> None:
    a, b = store.user(), store.user()
    pid, _ = _product(store)
    assert store.rows(a, "insert into public.ratings (product_id, stars) values (%s, 5)",
                      (pid,)) == [(1,)]
    with pytest.raises(psycopg.errors.UniqueViolation):
        store.rows(a, "insert into public.ratings (product_id, stars) values (%s, 1)", (pid,))
    store.rows(b, "insert into public.ratings (product_id, stars) values (%s, 2)", (pid,))
    assert store.refused(a, "insert into public.ratings (product_id, user_id, stars) "
                            "values (%s, %s, 1)", (pid, str(uuid.uuid4())))
    assert store.rows(a, "update public.ratings set stars = 1 where user_id = %s", (b,)) == [(0,)]
    rating = store.conn.execute("select rating from public.products where id = %s",
                                (pid,)).fetchone()[0]
    assert float(rating) == 3.5  # the average of the rows, kept by the trigger
    # rating again is an upsert of one's own row (what /api/ratings sends through PostgREST)
    store.rows(a, "insert into public.ratings (product_id, user_id, stars) values (%s, %s, 4) "
                  "on conflict (product_id, user_id) do update set stars = excluded.stars",
               (pid, a))
    rating = store.conn.execute("select rating from public.products where id = %s",
                                (pid,)).fetchone()[0]
    assert float(rating) == 3.0


def test_order_totals_come_from_the_database_and_only_the_webhook_marks_paid(store: Db) -> None:
    buyer, other = store.user(), store.user()
    pid, price = _product(store)
    assert store.refused(buyer, "insert into public.orders (user_id, total, status) "
                                "values (%s, 1, 'paid')", (buyer,))
    (oid,), = store.rows(buyer, "insert into public.orders (user_id, total, status) "
                                "values (%s, 0.01, 'pending') returning id", (buyer,))
    store.rows(buyer, "insert into public.order_items (order_id, product_id, name, quantity, "
                      "unit_price) values (%s, %s, 'x', 3, 0.01)", (oid, pid))
    total, status = store.rows(buyer, "select total, status from public.orders where id = %s",
                               (oid,))[0]
    assert float(total) == round(price * 3, 2) and status == "pending"
    assert store.rows(buyer, "update public.orders set status = 'paid' where id = %s",
                      (oid,)) == [(0,)]
    assert store.refused(other, "insert into public.order_items (order_id, product_id, name, "
                                "quantity, unit_price) values (%s, %s, 'x', 1, 1)", (oid, pid))
    assert store.rows(other, "select id from public.orders where id = %s", (oid,)) == []
    assert store.rows(None, "select count(*) from public.orders") == [(0,)]
    # the webhook's service role (here: the table owner) is the one that marks it paid
    store.conn.execute("update public.orders set status = 'paid' where id = %s", (oid,))
    assert store.refused(buyer, "insert into public.order_items (order_id, product_id, name, "
                                "quantity, unit_price) values (%s, %s, 'x', 1, 1)", (oid, pid))


def test_only_authors_publish_and_each_edits_only_their_own(blog: Db) -> None:
    reader, author, other_author = blog.user(), blog.user(flag="is_author"), \
        blog.user(flag="is_author")
    post = ("insert into public.posts (slug, title, body, author_id) "
            "values (%s, 'Hello', 'Hi', %s)")
    assert blog.refused(reader, post, ("reader-post", reader))
    assert not blog.refused(author, post, ("author-post", author))
    assert blog.refused(author, post, ("forged", other_author))
    assert blog.rows(other_author, "update public.posts set title = 'Mine' "
                                   "where slug = 'author-post'") == [(0,)]
    assert blog.rows(None, "select slug from public.posts where slug = 'author-post'") == [
        ("author-post",)]
