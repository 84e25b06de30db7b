"""Slow: full-stack data apps, all made by one `next build` (tests/agents/nextapp.py's
``together``: each app's files unchanged in a folder of its own) and served by one `next
start`, each to its test's browser tab as if it were alone, against a Supabase fake of the
test's own, their rows kept in the suite's PostgreSQL with each app's own migrations and seed
applied (PostgREST's part of the fake answered by it as the signed-in person:
tests/fakes/pgrest.py), so what a page does goes through the route, zod, supabase-js,
row-level security and the app's triggers as in production. Used in headless Chromium through the product's DevTools client as a person would,
each app proving what no other one here does: a booking page in French (its words, a slot
booked and found taken after a reload, a second person sees it taken without who booked it and
cannot book it again), a menu (an admin changes a price through the page, orders are priced by
the database), a sign-up sheet (rows shared between people, each removing only their own), an
expense tracker (private rows, the database's own refusals through the routes); and for the
board, directory, leaderboard, flashcards and calculator, what a person adds and does through
the page (the shape's everyday interaction) is their rows, read back after a reload, which a
second person does not see (private) or sees but cannot change (shared); on the status page only
an admin changes the services and incidents everyone reads. Each of those starts from the
sample rows a new web app shows, added as the person's (they fit the real columns, types and
checks). Where PostgreSQL cannot be had, the first three run against the fake's copy of the
rules (tests/fakes/supabase_server.py) and the others skip. The SQL rules one by one are proven
in test_template_rls_pg.py; the store diffs in Node (test_dataapp_store.py)."""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Iterator

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, fullstack_data
from tests.agents.chromium import CHROMIUM, Browser, Page
from tests.agents.interactions import BY_SHAPE, book_slot, count, fill, js, log_entry, reload
from tests.agents.nextapp import NPM, NextApps, NextProject, together
from tests.agents.test_template_rls_pg import Db
from tests.fakes.base import Relay
from tests.fakes.pgrest import PgRows
from tests.fakes.supabase_server import DATA_POLICIES, MENU, FakeSupabase
from tests.server.services import create_database

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900),
              pytest.mark.skipif(NPM is None, reason="npm is not installed"),
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]


BOOKING = "une page de réservation pour mon salon de coiffure avec comptes"
MENU_ORDERS = "a menu for my pizzeria where people order"
SIGN_UP_SHEET = "a volunteer sign-up sheet for the school fair, 6 places, name and phone"
TRACKER = "an expense tracker for the household"


def app_files(prompt: str) -> dict[str, str]:
    spec = templates.read(prompt, "fullstack")
    return templates.all_files(spec.kind, "fullstack", spec.name, spec)


# Every data app here, by its shape: one `next build` makes them all (nextapp.together), one
# `next start` serves them all, each as if it were alone (``server``).
PROMPTS = {"booking": BOOKING, "menu": MENU_ORDERS, "signup": SIGN_UP_SHEET, "tracker": TRACKER,
           "board": "a kanban board for the house move",
           "directory": "a directory of the plumbers and electricians we use",
           "leaderboard": "a leaderboard for our office ping pong league",
           "flashcards": "flashcards to learn Spanish words",
           "calculator": "a simple calculator",
           "status": "a status page for our website, API and database"}
# `tsc` checks the code every data app shares (auth, routes, redirect, middleware, DataApp, the
# validation helpers) and their own (the taken slots; the orders route and list) in these two;
# the others differ from them only in texts, their tables' zod objects (made of the same
# helpers) and a constant ``admin`` (~5 s of CPU each).
TYPECHECKED = ["booking", "menu"]
ANON_KEY = "anon-key-for-tests"


@pytest.fixture(scope="module")
def data_apps(next_apps: NextApps) -> NextProject:
    """The one build of every app of PROMPTS."""
    return next_apps.built(together({shape: app_files(p) for shape, p in PROMPTS.items()}),
                           typecheck=TYPECHECKED)


@pytest.fixture
def pg(request: pytest.FixtureRequest) -> str | None:
    """The suite's PostgreSQL when it can be had: the apps' rows are kept there, so their own
    migrations, policies and triggers decide; else None, and the fake's copy of them."""
    try:
        return request.getfixturevalue("cluster")
    except pytest.skip.Exception:
        return None


@pytest.fixture(scope="module")
def server(data_apps: NextProject) -> Iterator[tuple[str, Relay]]:
    """One `next start` of the build for every test here (its base URL): each test's tab
    names its app (the devora-app cookie), and the relay leads to each test's own fake."""
    relay = Relay()
    try:
        with data_apps.serve({"SUPABASE_URL": relay.url, "SUPABASE_ANON_KEY": ANON_KEY}) as base:
            # the name `next start` gives itself in redirects, so the session cookie follows
            yield base.replace("127.0.0.1", "localhost"), relay
    finally:
        relay.close()


@contextlib.contextmanager
def served(server: tuple[str, Relay], browser: Browser, shape: str,
           pg: str | None) -> Iterator[tuple[str, FakeSupabase, Page]]:
    """The app of ``shape`` (PROMPTS) against a fake of its own, its rows in a new database on
    ``pg`` (the app's migrations and seed applied) or in the fake, and a tab of the session's
    browser on its login page."""
    prompt = PROMPTS[shape]
    spec = templates.read(prompt, "fullstack")
    assert spec.kind == shape and spec.fits, spec.unfit
    base, relay = server
    db = Db(create_database(pg), app_files(prompt)) if pg else None
    fake = FakeSupabase(anon_key=ANON_KEY, policies={**DATA_POLICIES, **MENU}, db=db)
    for store in fullstack_data.stores(spec, templates.dataapp.config(spec)) if not db else []:
        # what supabase/seed.sql inserts (the fake does not run SQL)
        fake.tables[store.table] = [
            {"id": str(uuid.uuid4()), **{k: fullstack_data.thawed(v) for k, v in row.items()}}
            for row in store.seed]
    relay.to(fake.server.server_address[1])
    try:
        page = browser.page()
        page.open(base + "/login", cookies=[{"name": "devora-app", "value": shape}])
        yield base, fake, page
        page.close()
    finally:
        relay.to(None)
        fake.stop()
        if db is not None:
            db.conn.close()


def fill_in(page: Page, selector: str, value: str) -> None:
    js(page, f"(() => {{ const i = document.querySelector({json.dumps(selector)});"
             f" i.value = {json.dumps(value)};"
             f" i.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()")


def wait_for(page: Page, expression: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if js(page, expression):
                return
        except RuntimeError:  # a document on its way out
            pass
        time.sleep(0.1)
    raise AssertionError(f"not seen within {timeout:.0f} s: {expression}\n{page.errors}")


APP_DRAWN = ("location.pathname === '/' && document.querySelector('#app') !== null && "
             "document.querySelector('#app').childElementCount > 0")


def sign_up(page: Page, base: str, email: str) -> None:
    """Through the sign-up page's own form; the app is drawn once it is done."""
    reload(page, base + "/signup")
    js(page, f"""(() => {{
      const form = document.querySelector("form[action='/api/auth/sign-up']");
      form.elements.email.value = {json.dumps(email)};
      form.elements.password.value = "correct horse battery";
      form.submit();
    }})()""")
    wait_for(page, APP_DRAWN)


def sign_out(page: Page, base: str) -> None:
    js(page, "document.querySelector(\"form[action='/api/auth/sign-out'] button\").click()")
    wait_for(page, "location.pathname !== '/' || !document.querySelector('#app')")


def api(page: Page, method: str, path: str, body: dict | None = None) -> int:
    """A request from the page, with its session, as its own script would send it."""
    return js(page, f"""fetch({json.dumps(path)}, {{ method: {json.dumps(method)},
      headers: {{ "Content-Type": "application/json" }},
      body: {json.dumps(json.dumps(body)) if body is not None else "undefined"} }})
      .then((r) => r.status)""")


def add_samples(fake: FakeSupabase, shape: str, email: str) -> None:
    """The sample rows a new web app shows, as the person ``email`` would add them (through
    RLS, as theirs) to each table seed.sql leaves empty to them: they fit the real columns,
    types and checks, and the shape's interaction then has what a person starts with."""
    spec = templates.read(PROMPTS[shape], "fullstack")
    raw = fullstack_data._safe_keys(dataapp.config(spec))
    parts = fullstack_data.stores(spec, raw)
    rows = PgRows(fake.pg.db, fake.users[email]["user"]["id"])
    for part, seed in ((parts[0], raw["seed"]), *((s, s.seed) for s in parts[1:])):
        if not rows.rows(part.table):
            for r in seed:
                rows.insert(part.table, {"id": str(uuid.uuid4()), **{
                    k: fullstack_data.thawed(v) for k, v in r.items()}})


def test_a_booked_slot_is_taken_for_everyone_and_cannot_be_booked_twice(server, browser,
                                                                        pg) -> None:
    with served(server, browser, "booking", pg) as (base, fake, page):
        assert js(page, "document.documentElement.lang") == "fr"
        assert "Se connecter" in js(page, "document.body.innerText")
        sign_up(page, base, "alex@example.com")
        shown = js(page, "document.body.innerText")
        assert "Se déconnecter" in shown and "Enregistré dans votre compte." in shown
        ok, seen = book_slot(page, base + "/", {})
        assert ok, seen
        (booking,) = fake.rows("bookings")
        alex = fake.users["alex@example.com"]["user"]["id"]
        assert booking["owner"] == alex and booking["name"] == "Bench Person"
        assert count(page, "section.card li") == 1  # in Alex's upcoming bookings
        assert page.errors == []

        sign_out(page, base)
        sign_up(page, base, "sam@example.com")
        slot = f'[data-date="{booking["date"]}"][data-time="{booking["time"]}"]'
        assert count(page, f".slot.taken{slot}") == 1 and count(page, f"button.slot{slot}") == 0
        assert count(page, "section.card li") == 0  # not Sam's, and not who booked it
        assert "Bench Person" not in js(page, "document.body.innerText")
        again = {"id": "6f1c1c1e-8f0b-4c43-9a55-6ad1d7a3a001", "date": booking["date"],
                 "time": booking["time"], "name": "Sam"}
        assert api(page, "POST", "/api/data/bookings", again) == 409
        assert api(page, "PATCH", f"/api/data/bookings/{booking['id']}", {"name": "Sam"}) == 403
        assert api(page, "DELETE", f"/api/data/bookings/{booking['id']}") == 403
        assert api(page, "POST", "/api/data/nope", {"id": booking["id"]}) == 404
        assert [b["name"] for b in fake.rows("bookings")] == ["Bench Person"]
        assert page.errors == []


def test_a_menu_order_is_priced_by_the_database(server, browser, pg) -> None:
    with served(server, browser, "menu", pg) as (base, fake, page):
        # an admin (set with SQL) changes a price through the page's own form
        sign_up(page, base, "chef@example.com")
        assert count(page, "details.manage") == 0
        fake.grant("chef@example.com", "is_admin")
        reload(page, base + "/")
        first = fake.rows("menu_items")[0]
        js(page, f"document.querySelector('#rows tr[data-id=\"{first['id']}\"] "
                 f"td.actions button:not(.danger)').click()")
        fill_in(page, "details.manage form.editor [name=price]", "12.5")
        js(page, "document.querySelector('details.manage form.editor "
                 "button[type=submit]').click()")
        js(page, "window.DB.idle()")
        assert fake.rows("menu_items")[0]["price"] == 12.5
        sign_out(page, base)

        sign_up(page, base, "mia@example.com")
        assert count(page, ".item") == len(fake.rows("menu_items")) > 1
        assert count(page, "details.manage") == 0  # only an admin changes the menu
        first, second = fake.rows("menu_items")[:2]
        assert first["price"] == 12.5
        for item in (first, second, second):
            js(page, f"document.querySelector('.item[data-id=\"{item['id']}\"] button.add')"
                     ".click()")
        fill(page, "#place-order", "Mia")
        # the server's order, in the (folded) list of orders: the page draws its own at once,
        # then sends it and reads the server's back (DB.idle)
        wait_for(page, "document.body.textContent.includes('#1 ·')")
        js(page, "window.DB.idle()")
        (order,) = fake.rows("orders")
        assert order["total"] == round(first["price"] + 2 * second["price"], 2)
        assert f"${order['total']:.2f}" in js(page, "document.body.textContent")
        assert order["owner"] == fake.users["mia@example.com"]["user"]["id"]
        assert sorted(line["quantity"] for line in fake.rows("order_lines")) == [1, 2]
        # a price or total in the request counts for nothing; an unknown dish is refused
        assert api(page, "POST", "/api/orders", {"name": "Mia", "pickup": "", "total": 0.01,
                                                 "lines": [{"item_id": first["id"],
                                                            "quantity": 1,
                                                            "unit_price": 0}]}) == 201
        assert fake.rows("orders")[1]["total"] == first["price"]
        assert api(page, "POST", "/api/orders", {"name": "Mia", "pickup": "", "lines": [
            {"item_id": str(uuid.uuid4()), "quantity": 1}]}) == 409
        assert api(page, "PATCH", f"/api/data/menu_items/{first['id']}", {"price": 0}) == 403
        assert fake.rows("menu_items")[0]["price"] == first["price"]
        assert page.errors == []


def test_a_sign_up_sheet_is_shared_and_each_removes_only_their_own_name(server, browser,
                                                                         pg) -> None:
    with served(server, browser, "signup", pg) as (base, fake, page):
        sign_up(page, base, "noa@example.com")
        slot = fake.rows("slots")[0]
        card = f'.slot-card[data-id="{slot["id"]}"]'
        left = js(page, f"Number(document.querySelector('{card}').dataset.left)")
        fill(page, f"{card} form", "Noa")
        reload(page, base + "/")
        assert js(page, f"document.querySelector('{card} .names').textContent").startswith("Noa")
        assert "+1 555 0100" in js(page, f"document.querySelector('{card} .names').textContent")
        assert js(page, f"Number(document.querySelector('{card}').dataset.left)") == left - 1
        (row,) = fake.rows("signups")
        assert row["owner"] == fake.users["noa@example.com"]["user"]["id"]
        assert count(page, "details.manage") == 0  # only an admin sets up the slots

        sign_out(page, base)
        sign_up(page, base, "max@example.com")
        assert count(page, f"{card} .names li") == 1
        assert count(page, f"{card} .names li button") == 0  # Noa's name is not Max's to remove
        # nor her phone his to read: the page has none, nor the API's answer (RLS)
        # (her number's digits, spaced as she typed them: a row's random UUID may hold "555")
        assert "555 0100" not in js(page, "document.body.textContent")
        assert "555 0100" not in js(page, "fetch('/api/data').then((r) => r.text())")
        (details,) = fake.rows("signup_details")
        assert details["details"] == "+1 555 0100" and details["signup_id"] == row["id"]
        fill(page, f"{card} form", "Max")
        reload(page, base + "/")
        assert count(page, f"{card} .names li") == 2
        assert count(page, f"{card} .names li button") == 1  # his own
        assert api(page, "DELETE", f"/api/data/signups/{row['id']}") == 403
        assert {r["name"] for r in fake.rows("signups")} == {"Noa", "Max"}
        assert page.errors == []


def test_an_entry_is_kept_in_postgresql_as_its_owners_under_next_start(server, browser,
                                                                       cluster) -> None:
    """The built tracker under `next start`, its rows in PostgreSQL: what the page adds is a
    row of the real table owned by the signed-in person, read back after a reload; another
    person neither sees it nor changes it through the routes, and the database's own refusals
    come back through them."""
    with served(server, browser, "tracker", cluster) as (base, fake, page):
        sign_up(page, base, "ada@example.com")
        add_samples(fake, "tracker", "ada@example.com")
        samples = len(fake.rows("entries"))
        reload(page, base + "/")
        assert count(page, "#rows tr") == samples > 0
        ok, seen = log_entry(page, base + "/", {})  # the form, a reload, the search
        assert ok, seen
        ada = fake.users["ada@example.com"]["user"]["id"]
        (row,) = [r for r in fake.rows("entries") if r["what"] == "Bench entry"]  # the database
        assert (row["owner"], row["what"], row["amount"]) == (ada, "Bench entry", 7.0)
        assert len(fake.rows("entries")) == samples + 1
        assert count(page, f'#rows tr[data-id="{row["id"]}"]') == 1
        assert api(page, "POST", "/api/data/entries", {"id": row["id"], "date": row["date"],
                                                       "what": "again", "amount": 1}) == 409
        assert page.errors == []

        sign_out(page, base)
        sign_up(page, base, "bo@example.com")
        assert count(page, "#rows tr") == 0  # Ada's rows are hers alone
        assert api(page, "PATCH", f"/api/data/entries/{row['id']}", {"what": "Bo's"}) == 403
        assert api(page, "DELETE", f"/api/data/entries/{row['id']}") == 403
        assert api(page, "POST", "/api/data/entries", {
            "id": str(uuid.uuid4()), "date": row["date"], "what": "Bo's own", "amount": 2,
            "owner": ada}) == 201  # the owner is the session's, never the body's
        assert api(page, "POST", "/api/data/entries", {
            "id": str(uuid.uuid4()), "date": "soon", "what": "x", "amount": 2}) == 400
        owners = {r["what"]: r["owner"] for r in fake.rows("entries")}
        assert owners.pop("Bo's own") == fake.users["bo@example.com"]["user"]["id"]
        assert set(owners.values()) == {ada} and len(owners) == samples + 1
        assert page.errors == []


def submit(page: Page, form: str, values: dict[str, str]) -> None:
    """Type ``values`` into ``form``'s fields by name and press its submit button."""
    for name, value in values.items():
        fill_in(page, f"{form} [name={name}]", value)
    js(page, f"document.querySelector({json.dumps(form + ' button[type=submit]')}).click()")


def add_players(page: Page) -> None:
    """Three players, so a score change, a newcomer and a tie each have someone to pass."""
    for name, score in (("Ana", "30"), ("Ben", "20"), ("Cy", "10")):
        submit(page, "#player-form", {"name": name, "score": score})


def add_card(page: Page) -> None:
    submit(page, "details.manage form.editor", {"front": "hola", "back": "hello"})


# What a person adds through the page before the shape's everyday interaction
# (interactions.BY_SHAPE), where that interaction needs rows a new account lacks; the
# directory's and the calculator's interactions add their own.
ADD = {"board": lambda page: fill(page, "details.manage form.editor", "Bench card"),
       "directory": lambda page: None, "leaderboard": add_players, "flashcards": add_card,
       "calculator": lambda page: None}
# Each shape's table, and a change its route would take from the row's owner.
TABLE = {"board": ("cards", {"title": "Bo's"}), "directory": ("entries", {"name": "Bo's"}),
         "leaderboard": ("players", {"points": 1000}), "flashcards": ("cards", {"back": "Bo's"}),
         "calculator": ("calculations", {"result": "0"})}
# What the interaction left in the database, read against what the page shows after a reload.
KEPT = {
    "board": "(rows) => rows.every((r) => document.querySelector(`.kcard[data-id='${r.id}']`)"
             ".closest('.column').dataset.col === r.col)",
    "directory": "(rows) => rows.some((r) => r.name === 'Bench entry')",
    "leaderboard": "(rows) => [...document.querySelectorAll('.rank .who')].map((w) =>"
                   " w.textContent).join() === [...rows].sort((a, b) => b.points - a.points ||"
                   " a.name.localeCompare(b.name)).map((r) => r.name).join()",
    "flashcards": "(rows) => rows.some((r) => r.front === 'hola' && r.back === 'hello')",
    "calculator": "(rows) => rows.some((r) => r.expression === '12*(3+4)-6/2'"
                  " && r.result === '81')",
}


@pytest.mark.parametrize("shape", list(TABLE))
def test_what_a_person_adds_is_their_row_in_postgresql_under_next_start(server, browser,
                                                                        cluster,
                                                                        shape: str) -> None:
    """The shape's app under `next start`, its rows in PostgreSQL: what a person adds and does
    through the page (the shape's everyday interaction: move a card, rank a score, flip a
    card...) is rows of the real table owned by them, read back after a reload; a second
    person does not see private rows, sees shared ones without edit or delete, and can change
    none of them through the routes."""
    table, change = TABLE[shape]
    with served(server, browser, shape, cluster) as (base, fake, page):
        sign_up(page, base, "ada@example.com")
        add_samples(fake, shape, "ada@example.com")
        reload(page, base + "/")
        ADD[shape](page)
        ok, seen = BY_SHAPE[shape](page, base + "/", {"shape": shape, "text": PROMPTS[shape]})
        assert ok, seen
        js(page, "window.DB.idle()")
        rows = fake.rows(table)  # from the database
        ada = fake.users["ada@example.com"]["user"]["id"]
        assert rows and {r["owner"] for r in rows} == {ada}, rows
        reload(page, base + "/")
        assert js(page, f"({KEPT[shape]})({json.dumps(rows, default=str)})"), rows
        assert all(count(page, f'[data-id="{r["id"]}"]') for r in rows)
        assert page.errors == []

        sign_out(page, base)
        sign_up(page, base, "bo@example.com")
        shared = js(page, "fetch('/api/data').then((r) => r.json())")["stores"]["rows"]
        if shape in ("directory", "leaderboard"):  # everyone's to read, the owner's to change
            assert sorted(r["id"] for r in shared["rows"]) == sorted(r["id"] for r in rows)
            assert all(r["_locked"] for r in shared["rows"])
            assert count(page, "#rows tr td.actions button") == 0
        else:
            assert shared["rows"] == []
            assert not any(count(page, f'[data-id="{r["id"]}"]') for r in rows)
        for row in rows:
            assert api(page, "PATCH", f"/api/data/{table}/{row['id']}", change) == 403
            assert api(page, "DELETE", f"/api/data/{table}/{row['id']}") == 403
        assert fake.rows(table) == rows
        assert page.errors == []


def test_only_an_admin_changes_the_status_page_kept_in_postgresql_under_next_start(
        server, browser, cluster) -> None:
    """The status page under `next start`, its services (seed.sql) and incidents in
    PostgreSQL: an admin (set with SQL) sets a service down and adds an incident through the
    page, both read back after a reload; another person sees them and can change nothing."""
    with served(server, browser, "status", cluster) as (base, fake, page):
        sign_up(page, base, "ops@example.com")
        assert count(page, ".set-state:disabled") == len(fake.rows("services")) == 3
        fake.grant("ops@example.com", "is_admin")
        add_samples(fake, "status", "ops@example.com")  # an admin's: sample incidents
        reload(page, base + "/")
        submit(page, "form.editor:not(details.manage form)", {"title": "Bench incident",
                                                              "body": "The API is down"})
        ok, seen = BY_SHAPE["status"](page, base + "/", {"shape": "status", "text": ""})
        assert ok, seen
        js(page, "window.DB.idle()")
        services, incidents = fake.rows("services"), fake.rows("incidents")
        (down,) = [s for s in services if s["state"] == "outage"]
        assert down["history"][-1] == 2 and len(down["history"]) == 90
        assert "Bench incident" in [i["title"] for i in incidents]
        reload(page, base + "/")
        assert "Bench incident" in js(page, "document.querySelector('.incidents').textContent")
        assert page.errors == []

        sign_out(page, base)
        sign_up(page, base, "visitor@example.com")
        assert js(page, "document.querySelector('#overall').dataset.level") == "2"
        assert "Bench incident" in js(page, "document.body.textContent")
        assert count(page, ".set-state:not(:disabled)") == 0 and count(page, "form.editor") == 0
        assert api(page, "PATCH", f"/api/data/services/{down['id']}",
                   {"state": "operational"}) == 403
        for incident in incidents:
            assert api(page, "DELETE", f"/api/data/incidents/{incident['id']}") == 403
        assert api(page, "POST", "/api/data/incidents", {
            "id": str(uuid.uuid4()), "title": "Not mine", "body": "", "date": "2026-01-01"}) == 403
        assert (fake.rows("services"), fake.rows("incidents")) == (services, incidents)
        assert page.errors == []

