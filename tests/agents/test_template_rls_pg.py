"""The full-stack templates' roles and row-level security on a real PostgreSQL: the migrations
applied as written, with what Supabase provides around them (``auth.users``, ``auth.uid()``
read from the request's JWT claim, the ``anon`` and ``authenticated`` roles with Supabase's
default grants). Each check acts as a person by switching to their role and claim, as
PostgREST does, so the policies themselves decide — not the Supabase fake's copy of them."""

from __future__ import annotations

import uuid
from contextlib import contextmanager

import pytest

from devora_desktop.agents import templates
from tests.agents.test_fullstack_data import PROMPTS as DATA_PROMPTS
from tests.server.services import create_database

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
    # the shop owner sees every order and its lines (or nobody at the shop would), changes none
    owner = store.user(flag="is_owner")
    assert store.rows(owner, "select id from public.orders where id = %s", (oid,)) == [(oid,)]
    assert store.rows(owner, "select count(*) from public.order_items where order_id = %s",
                      (oid,)) == [(1,)]
    assert store.rows(owner, "update public.orders set status = 'paid' where id = %s",
                      (oid,)) == [(0,)]
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


def test_sample_products_and_posts_are_examples_their_managers_remove(cluster: str) -> None:
    """seed.sql marks the sample catalogue; only the shop owner (an author, for posts) deletes
    what /api/<table>/examples deletes, and the owner changes a product someone else added."""
    store, blog = _db(cluster, "store"), _db(cluster, "blog")
    n = store.conn.execute("select count(*), count(*) filter (where example) "
                           "from public.products").fetchone()
    assert n[0] >= 3 and n == (n[0], n[0])
    buyer, owner = store.user(), store.user(flag="is_owner")
    remove = "delete from public.products where example"
    assert store.rows(buyer, remove) == [(0,)] and store.rows(None, remove) == [(0,)]
    pid, _ = _product(store)
    assert store.rows(owner, "update public.products set example = false, stock = 1 "
                             "where id = %s", (pid,)) == [(1,)]
    assert store.rows(owner, remove) == [(n[0] - 1,)]
    assert store.conn.execute("select id::text from public.products").fetchall() == [(pid,)]

    posts = blog.conn.execute("select count(*), count(*) filter (where example and author_id "
                              "is null) from public.posts").fetchone()
    assert posts[0] >= 2 and posts == (posts[0], posts[0])
    reader, author = blog.user(), blog.user(flag="is_author")
    blog.rows(author, "insert into public.posts (slug, title, body) values ('mine', 'M', 'b')")
    assert blog.rows(reader, "delete from public.posts where example") == [(0,)]
    assert blog.rows(author, "delete from public.posts where example") == [(posts[0],)]
    # an example is seed.sql's (no author): a post marked one stays its author's alone
    other = blog.user(flag="is_author")
    blog.rows(author, "update public.posts set example = true where slug = 'mine'")
    assert blog.rows(other, "delete from public.posts where example") == [(0,)]
    assert blog.rows(reader, "delete from public.posts") == [(0,)]


@pytest.mark.parametrize(("prompt", "table", "owner", "expected"), [
    ("a to-do list for the move: boxes, movers, utilities", "tasks", "owner_id",
     ["Boxes", "Movers", "Utilities"]),
    ("kanban board for our wedding: venue, catering, flowers, music", "cards", "owner",
     ["Venue", "Catering", "Flowers", "Music"]),
    ("habit tracker: drink water, stretch, read 20 pages", "habits", "owner",
     ["Drink water", "Stretch", "Read 20 pages"]),
    ("a plant watering reminder: fern every 3 days, cactus every 2 weeks", "tasks", "owner",
     ["Fern", "Cactus"])])
def test_what_the_prompt_lists_is_where_each_new_account_starts(
        cluster: str, prompt: str, table: str, owner: str, expected: list[str]) -> None:
    """The web app starts from the prompt's own items; the full-stack one started every
    account empty (or offered a topic's samples). Each new person gets their own copy, which
    RLS keeps theirs."""
    spec = templates.read(prompt, "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    assert f"starts with the {len(expected)} items the prompt listed" in files["README.md"]
    db = Db(create_database(cluster), files)
    a, b = db.user(), db.user()
    title = "title" if table != "habits" else "name"
    mine = f"select {title} from public.{table} order by {title}"
    assert [r[0] for r in db.rows(a, mine)] == sorted(expected)
    assert db.rows(a, f"delete from public.{table}") == [(len(expected),)]
    assert db.rows(a, mine) == [] and [r[0] for r in db.rows(b, mine)] == sorted(expected)
    assert db.conn.execute(f"select count(distinct {owner}) from public.{table}").fetchone() \
        == (1,)
    assert db.refused(a, f"select public.{table}_to_start()")  # nobody runs it from the app


def test_a_shared_list_the_prompt_names_is_started_once_by_the_first_account(
        cluster: str) -> None:
    """A club's books are everyone's list: the first account starts it (its rows, which
    others read and only it or an admin change), later accounts get no second copy."""
    spec = templates.read("app pour notre club de lecture : membres Anne, Paul et Léa ; "
                          "livres : Dune, Emma, Le Petit Prince", "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    assert spec.kind == "directory"
    assert "The first account made starts the shared list with the 3 items" in files["README.md"]
    db = Db(create_database(cluster), files)
    first, later = db.user(), db.user()
    books = "select name from public.entries order by name"
    assert db.rows(later, books) == db.rows(first, books) == [
        ("Dune",), ("Emma",), ("Le Petit Prince",)]
    assert db.conn.execute("select distinct owner::text from public.entries").fetchall() == [
        (first,)]
    assert db.rows(later, "delete from public.entries") == [(0,)]


def test_goods_named_with_no_price_are_listed_and_cannot_be_ordered(cluster: str) -> None:
    """'my pottery: mugs, bowls and plates' seeds those, priced by nobody (no made-up price),
    and the database refuses an order line for one even past the checkout route."""
    spec = templates.read("an online store for my pottery: mugs, bowls and plates", "fullstack")
    db = Db(create_database(cluster), templates.all_files("store", "fullstack", spec.name, spec))
    assert db.conn.execute("select name, price, example from public.products order by name"
                           ).fetchall() == [("Bowls", None, False), ("Mugs", None, False),
                                            ("Plates", None, False)]
    buyer = db.user()
    (oid,), = db.rows(buyer, "insert into public.orders (user_id, total, status) values "
                             "(%s, 0, 'placed') returning id", (buyer,))
    pid = str(db.conn.execute("select id from public.products limit 1").fetchone()[0])
    with pytest.raises(psycopg.errors.NotNullViolation):
        db.rows(buyer, "insert into public.order_items (order_id, product_id, name, quantity, "
                       "unit_price) values (%s, %s, 'x', 1, 1)", (oid, pid))


# ---- the data shapes built full-stack (templates/fullstack_data.py) --------------------------


@pytest.fixture(scope="module")
def data_apps(cluster: str) -> dict[str, Db]:
    """Every data shape's full-stack migrations and seed, applied as written."""
    out = {}
    for kind, prompt in DATA_PROMPTS.items():
        spec = templates.read(prompt, "fullstack")
        assert spec.kind == kind
        out[kind] = Db(create_database(cluster),
                       templates.all_files(kind, "fullstack", spec.name, spec))
    return out


def test_private_shapes_keep_each_persons_rows_to_themselves(data_apps: dict[str, Db]) -> None:
    for kind, table, values in (("board", "cards", "('Plan the trip', 'to_do')"),
                                ("tracker", "habits", "('Read', '')"),
                                ("flashcards", "cards", "('house', 'la casa')")):
        db = data_apps[kind]
        cols = {"board": "(title, col)", "tracker": "(name, note)",
                "flashcards": "(front, back)"}[kind]
        a, b = db.user(), db.user()
        (rid,), = db.rows(a, f"insert into public.{table} {cols} values {values} returning id")
        assert db.rows(a, f"select count(*) from public.{table}") == [(1,)], kind
        assert db.rows(b, f"select count(*) from public.{table}") == [(0,)], kind
        assert db.rows(b, f"update public.{table} set {cols[1:].split(',')[0]} = 'mine' "
                          "where id = %s", (rid,)) == [(0,)], kind
        assert db.rows(b, f"delete from public.{table} where id = %s", (rid,)) == [(0,)], kind
        assert db.refused(b, f"insert into public.{table} (owner, {cols[1:]} "
                             f"values (%s, {values[1:]}", (a,)), kind
        assert db.rows(None, f"select count(*) from public.{table}") == [(0,)], kind
        assert db.rows(a, f"delete from public.{table} where id = %s", (rid,)) == [(1,)], kind


def test_shared_rows_are_read_by_all_signed_in_and_changed_by_their_owner(
        data_apps: dict[str, Db]) -> None:
    db = data_apps["directory"]
    a, b, admin = db.user(), db.user(), db.user(flag="is_admin")
    (rid,), = db.rows(a, "insert into public.entries (name, phone) values ('Ada Pipes', '555') "
                         "returning id")
    assert db.rows(b, "select name from public.entries where id = %s", (rid,)) == [("Ada Pipes",)]
    assert db.rows(None, "select count(*) from public.entries") == [(0,)]
    assert db.rows(b, "update public.entries set phone = '666' where id = %s", (rid,)) == [(0,)]
    assert db.rows(b, "delete from public.entries where id = %s", (rid,)) == [(0,)]
    assert db.rows(admin, "update public.entries set phone = '777' where id = %s",
                   (rid,)) == [(1,)]
    assert db.refused(b, "update public.profiles set is_admin = true where id = %s", (b,)) or \
        db.rows(b, "update public.profiles set is_admin = true where id = %s", (b,)) == [(0,)]
    board = data_apps["leaderboard"]
    a, b = board.user(), board.user()
    (pid,), = board.rows(a, "insert into public.players (name, points) values ('Ana', 3) "
                            "returning id")
    assert board.rows(b, "select points from public.players where id = %s", (pid,)) == [(3,)]
    assert board.rows(b, "update public.players set points = 99 where id = %s", (pid,)) == [(0,)]


def test_a_slot_is_booked_once_and_others_see_only_that_it_is_taken(
        data_apps: dict[str, Db]) -> None:
    db = data_apps["booking"]
    a, b, admin = db.user(), db.user(), db.user(flag="is_admin")
    book = ("insert into public.bookings (date, time, name) values "
            "(current_date + 1, '10:00', %s)")
    db.rows(a, book, ("Alex",))
    with pytest.raises(psycopg.errors.UniqueViolation):
        db.rows(b, book, ("Sam",))
    assert db.rows(b, "select count(*) from public.bookings") == [(0,)]  # not who booked
    taken = db.rows(b, "select day - current_date, at from public.taken_slots()")
    assert taken == [(1, "10:00")]
    assert db.refused(None, "select * from public.taken_slots()")
    assert db.rows(admin, "select name from public.bookings") == [("Alex",)]
    assert db.rows(b, "delete from public.bookings") == [(0,)]
    with pytest.raises(psycopg.errors.CheckViolation):
        db.rows(b, book.replace("'10:00'", "'25:99'"), ("Sam",))


def test_only_an_admin_changes_a_status_page_or_a_menu(data_apps: dict[str, Db]) -> None:
    for kind, table in (("status", "services"), ("status", "incidents"), ("menu", "menu_items"),
                        ("signup", "slots")):
        db = data_apps[kind]
        person, admin = db.user(), db.user(flag="is_admin")
        assert db.rows(person, f"select count(*) > 0 from public.{table}") == [(True,)], table
        assert db.rows(person, f"update public.{table} set created_at = now()") == [(0,)], table
        assert db.rows(person, f"delete from public.{table}") == [(0,)], table
        assert db.rows(admin, f"update public.{table} set created_at = now()")[0][0] > 0, table
    db = data_apps["status"]
    person = db.user()
    assert db.refused(person, "insert into public.services (name, state) values ('X', 'outage')")
    assert db.rows(None, "select count(*) from public.services") == [(0,)]


def test_a_full_sign_up_slot_refuses_one_more_name(data_apps: dict[str, Db]) -> None:
    db = data_apps["signup"]
    a, b, admin = db.user(), db.user(), db.user(flag="is_admin")
    (slot,), = db.rows(admin, "insert into public.slots (title, capacity) values "
                              "('Cake stall', 1) returning id")
    (sid,), = db.rows(a, "insert into public.signups (slot_id, name) values (%s, 'Noa') "
                         "returning id", (slot,))
    with pytest.raises(psycopg.DatabaseError, match="full") as refused:
        db.rows(b, "insert into public.signups (slot_id, name) values (%s, 'Max')", (slot,))
    assert refused.value.sqlstate == "DVFUL"  # the code the app's API answers 409 "full" for
    assert db.rows(b, "select name from public.signups where slot_id = %s", (slot,)) == [("Noa",)]
    assert db.rows(b, "delete from public.signups where id = %s", (sid,)) == [(0,)]
    assert db.rows(a, "delete from public.signups where id = %s", (sid,)) == [(1,)]
    db.rows(b, "insert into public.signups (slot_id, name) values (%s, 'Max')", (slot,))


def test_a_sign_ups_phone_is_read_by_its_author_and_the_admin_only(
        data_apps: dict[str, Db]) -> None:
    """The names on a sheet are everyone's to read; what a person gives besides (a phone, an
    e-mail, a parent's name) was in that same name line ("Mia · Eva Roth · 0171…"). It is a
    row of signup_details now, which only its author and an admin read."""
    db = data_apps["signup"]
    a, b, admin = db.user(), db.user(), db.user(flag="is_admin")
    (slot,), = db.rows(admin, "insert into public.slots (title, capacity) values "
                              "('Face painting', 3) returning id")
    (sid,), = db.rows(a, "insert into public.signups (slot_id, name) values (%s, 'Mia') "
                         "returning id", (slot,))
    db.rows(a, "insert into public.signup_details (signup_id, details) values "
               "(%s, 'Eva Roth · 0171 555 0199')", (sid,))
    details = "select details from public.signup_details where signup_id = %s"
    assert db.rows(b, "select name from public.signups where id = %s", (sid,)) == [("Mia",)]
    assert db.rows(b, details, (sid,)) == []  # another signed-in person cannot read the phone
    assert db.rows(None, "select count(*) from public.signup_details") == [(0,)]
    assert db.rows(a, details, (sid,)) == [("Eva Roth · 0171 555 0199",)]
    assert db.rows(admin, details, (sid,)) == [("Eva Roth · 0171 555 0199",)]
    # nobody writes details onto someone else's name, or as someone else
    (other,), = db.rows(b, "insert into public.signups (slot_id, name) values (%s, 'Max') "
                           "returning id", (slot,))
    assert db.refused(a, "insert into public.signup_details (signup_id, details) values "
                         "(%s, 'spam')", (other,))
    assert db.refused(b, "insert into public.signup_details (signup_id, owner, details) values "
                         "(%s, %s, 'x')", (other, a))
    assert db.rows(b, "update public.signup_details set details = 'x'") == [(0,)]
    assert db.rows(b, "delete from public.signup_details") == [(0,)]
    # removing the name removes its details
    assert db.rows(a, "delete from public.signups where id = %s", (sid,)) == [(1,)]
    assert db.conn.execute("select count(*) from public.signup_details where signup_id = %s",
                           (sid,)).fetchone() == (0,)


def test_a_booking_page_for_one_named_day_takes_bookings_on_that_day_only(
        cluster: str) -> None:
    spec = templates.read("booking page for the bike repair stand, only on Saturday 14 March, "
                          "20 minute slots from 10 to 12, people sign in", "fullstack")
    day = templates.dataapp.config(spec)["opts"]["dates"][0]
    db = Db(create_database(cluster), templates.all_files("booking", "fullstack", spec.name,
                                                          spec))
    a = db.user()
    book = "insert into public.bookings (date, time, name) values (%s, '10:20', 'Alex')"
    assert db.rows(a, book, (day,)) == [(1,)]
    with pytest.raises(psycopg.errors.CheckViolation):
        db.rows(a, book, ("2027-03-15",))


def test_each_account_books_at_most_what_the_prompt_allows_a_week(cluster: str) -> None:
    """"max 2 créneaux par semaine par membre": a third booking that week is refused for that
    account, whatever name it is under, never for another account, nor the week after."""
    spec = templates.read("Réservations du court de tennis du club, créneaux d'1h de 9h à 21h, "
                          "les membres se connectent, max 2 créneaux par semaine par membre",
                          "fullstack")
    db = Db(create_database(cluster), templates.all_files("booking", "fullstack", spec.name,
                                                          spec))
    a, b = db.user(), db.user()
    book = ("insert into public.bookings (date, time, name) values "
            "(date_trunc('week', current_date + 7)::date + %s, %s, %s)")
    assert db.rows(a, book, (0, "09:00", "Camille")) == [(1,)]
    assert db.rows(a, book, (2, "10:00", "Camille")) == [(1,)]
    with pytest.raises(psycopg.DatabaseError) as refused:
        db.rows(a, book, (4, "11:00", "Someone else"))
    assert refused.value.sqlstate == "DVLIM"  # the code the app's API answers 409 "limit" for
    assert db.rows(b, book, (4, "11:00", "Noa")) == [(1,)]
    assert db.rows(a, book, (7, "11:00", "Camille")) == [(1,)]


def test_each_court_a_booking_counts_is_booked_on_its_own(cluster: str) -> None:
    """Two courts: the same hour is taken once on each, never twice on one, never on a court
    the prompt did not count; others see which court is taken, not who took it."""
    spec = templates.read("prenotazione campi da tennis del circolo: 2 campi, slot da 1 ora "
                          "dalle 17 alle 21, i soci accedono con il loro account", "fullstack")
    db = Db(create_database(cluster), templates.all_files("booking", "fullstack", spec.name,
                                                          spec))
    a, b, c = db.user(), db.user(), db.user()
    book = ("insert into public.bookings (date, time, name, resource) values "
            "(current_date + 1, '17:00', %s, %s)")
    assert db.rows(a, book, ("Marco", "Campo 1")) == [(1,)]
    assert db.rows(b, book, ("Lucia", "Campo 2")) == [(1,)]
    with pytest.raises(psycopg.errors.UniqueViolation):
        db.rows(c, book, ("Paolo", "Campo 1"))
    with pytest.raises(psycopg.errors.CheckViolation):
        db.rows(c, book, ("Paolo", "Campo 3"))
    taken = db.rows(c, "select day - current_date, at, resource from public.taken_slots() "
                       "order by resource")
    assert taken == [(1, "17:00", "Campo 1"), (1, "17:00", "Campo 2")]
    assert db.rows(c, "select count(*) from public.bookings") == [(0,)]  # not who booked
    assert db.refused(None, "select * from public.taken_slots()")


def test_menu_orders_are_priced_by_the_database_and_private(data_apps: dict[str, Db]) -> None:
    db = data_apps["menu"]
    a, b, admin = db.user(), db.user(), db.user(flag="is_admin")
    item, price = db.conn.execute("select id, price from public.menu_items limit 1").fetchone()
    (oid,), = db.rows(a, "insert into public.orders (name, total) values ('Alex', 0.01) "
                         "returning id")
    db.rows(a, "insert into public.order_lines (order_id, item_id, name, quantity, unit_price) "
               "values (%s, %s, 'free pizza', 2, 0)", (oid, item))
    assert db.rows(a, "select total from public.orders where id = %s", (oid,)) == [
        (round(price * 2, 2),)]
    assert db.rows(b, "select count(*) from public.orders") == [(0,)]
    assert db.refused(b, "insert into public.order_lines (order_id, item_id, quantity) "
                         "values (%s, %s, 1)", (oid, item))
    assert db.rows(a, "update public.orders set total = 0 where id = %s", (oid,)) == [(0,)]
    assert db.rows(admin, "select count(*) from public.orders") == [(1,)]


def test_a_menus_named_dishes_are_its_rows_and_orders_price_them(cluster: str) -> None:
    """walk16 #5: the first dish was named after the menu ("Cardápio da minha pastelaria")."""
    spec = templates.read("cardápio da minha pastelaria com pastel de carne R$ 8, pastel de "
                          "queijo R$ 7, caldo de cana R$ 6 e pedidos para retirar, os clientes "
                          "fazem login", "fullstack")
    db = Db(create_database(cluster), templates.all_files("menu", "fullstack", spec.name, spec))
    a = db.user()
    assert db.rows(a, "select name, price from public.menu_items order by price desc") == [
        ("Pastel de carne", 8), ("Pastel de queijo", 7), ("Caldo de cana", 6)]
    (oid,), = db.rows(a, "insert into public.orders (name, total) values ('Ana', 0) "
                         "returning id")
    db.rows(a, "insert into public.order_lines (order_id, item_id, quantity) select %s, id, 2 "
               "from public.menu_items where name = 'Pastel de carne'", (oid,))
    assert db.rows(a, "select total from public.orders where id = %s", (oid,)) == [(16,)]


def test_what_a_menu_lists_for_each_dish_is_a_column_only_an_admin_fills(cluster: str) -> None:
    spec = templates.read("menu for my pizzeria with name, price, ingredients and spicy "
                          "(yes/no), customers sign in", "fullstack")
    db = Db(create_database(cluster), templates.all_files("menu", "fullstack", spec.name, spec))
    buyer, admin = db.user(), db.user(flag="is_admin")
    add = ("insert into public.menu_items (name, price, ingredients, spicy) values "
           "('Inferno', 9, 'salame piccante', true)")
    assert db.refused(buyer, add)
    assert db.rows(admin, add) == [(1,)]
    assert db.rows(buyer, "select ingredients, spicy from public.menu_items where name = "
                          "'Inferno'") == [("salame piccante", True)]


def test_a_photo_column_takes_an_image_and_nothing_else(cluster: str) -> None:
    spec = templates.read("a directory of local bakeries with photos", "fullstack")
    db = Db(create_database(cluster), templates.all_files(spec.kind, "fullstack", spec.name,
                                                          spec))
    a = db.user()
    add = "insert into public.entries (name, photo) values ('Crumb', %s)"
    assert db.rows(a, add, ("data:image/jpeg;base64,/9j/4AAQSkZJRg==",)) == [(1,)]
    with pytest.raises(psycopg.errors.CheckViolation):
        db.rows(a, add, ("https://tracker.example/pixel.gif",))


def test_only_the_shop_owner_changes_a_products_price_name_text_and_picture(store: Db) -> None:
    """What the owner's page (/admin/products) sends, tried as the owner, a buyer and a
    visitor: RLS lets only the owner add a product or change its price, name, description and
    image URL; the picture is an https:// address and nothing else."""
    buyer, owner = store.user(), store.user(flag="is_owner")
    pid, _ = _product(store)
    change = ("update public.products set price = 1, name = 'Mine now', description = 'x', "
              "image_url = 'https://img.example/a.png' where id = %s")
    assert store.rows(buyer, change, (pid,)) == [(0,)]  # RLS: the row is not theirs to change
    assert store.rows(None, change, (pid,)) == [(0,)]
    assert store.rows(owner, change, (pid,)) == [(1,)]
    assert store.rows(None, "select name, price, image_url from public.products where id = %s",
                      (pid,)) == [("Mine now", 1, "https://img.example/a.png")]
    add = ("insert into public.products (name, price, category, description, image_url) "
           "values ('New', 12, 'Candles', 'Soy wax', 'https://img.example/new.png')")
    assert store.refused(buyer, add) and store.refused(None, add)
    assert not store.refused(owner, add)
    for bad in ("javascript:alert(1)", "http://img.example/a.png", "data:image/png;base64,AAAA",
                'https://img.example/"onerror="x'):
        with pytest.raises(psycopg.errors.CheckViolation):
            store.rows(owner, "update public.products set image_url = %s where id = %s",
                       (bad, pid))
