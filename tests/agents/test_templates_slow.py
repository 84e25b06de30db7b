"""Slow: every offline template really works (issues 5 and 16).

Full-stack: one shared `npm install`, then for each app `next build` (type-checked; once per
session, tests/agents/nextapp.py) and `next start` against a loopback fake of Supabase
(tests/fakes/supabase_server.py: GoTrue + PostgREST with the templates' RLS policies emulated
per bearer token). Supabase itself isn't available
here, so what is proven is the app's side of the contract:
- every mutating route answers 401 to an anonymous request BEFORE any database call (the fake
  records no REST request for it);
- signed-in requests reach the database with the user's own token (role "authenticated"),
  never a privileged key, so RLS decides: user B can neither list nor delete user A's rows;
- public routes are what they claim: the waitlist is insert-only (no GET/DELETE handler),
  the blog's public list shows published posts only.
Web: each page loads in headless Chromium over the DevTools protocol with 0 console errors and
renders what its script draws, from http:// and file://.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.nextapp import NPM, NextApps, NextProject, Session
from tests.fakes.stripe_server import FakeStripe
from tests.fakes.supabase_server import FakeSupabase

pytestmark = pytest.mark.slow

PROMPTS = {"todo": "a todo app for my bakery with due dates, priorities and tags",
           "blog": "a blog about sourdough baking",
           "dashboard": "a gym membership SaaS dashboard",
           "store": "an online store for handmade candles",
           "landing": "a landing page for a yoga studio waitlist"}
PUBLIC_MUTATIONS = {"app/api/waitlist/route.ts"}
SIGNED_WEBHOOKS = {"app/api/stripe/webhook/route.ts"}  # Stripe calls it: 400 unless signed


def _route_url(path: str) -> str:
    rel = path[len("app"):].rsplit("/route.ts", 1)[0]
    return re.sub(r"\[[^\]]+\]", str(uuid.uuid4()), rel)


def _rest_calls(fake: FakeSupabase) -> list[tuple[str, str, str]]:
    return [r for r in fake.requests if r[1].startswith("/rest/v1/")]


def anonymous_mutations_are_refused(base: str, fake: FakeSupabase, files: dict) -> int:
    anon = Session(base)
    before = len(_rest_calls(fake))
    refused = 0
    for path, text in files.items():
        if not re.match(r"app/api/.*route\.ts$", path) or path.startswith("app/api/auth/") \
                or path in PUBLIC_MUTATIONS:
            continue
        for method in re.findall(r"export async function (POST|PATCH|DELETE)\b", text):
            status, body, _ = anon.call(method, _route_url(path), json_body={})
            assert status == (400 if path in SIGNED_WEBHOOKS else 401), (path, method, status,
                                                                         body)
            refused += 1
    assert len(_rest_calls(fake)) == before, "an anonymous request reached the database"
    return refused


def check_todo(base: str, fake: FakeSupabase) -> None:
    a, b, anon = Session(base), Session(base), Session(base)
    assert anon.call("GET", "/")[0] == 307  # the page itself needs a session
    assert a.sign_up("a@example.com") == 303 and b.sign_up("b@example.com") == 303
    assert a.call("POST", "/api/tasks", {"title": ""})[0] == 400  # zod
    status, task, _ = a.call("POST", "/api/tasks", {"title": "Proof the dough", "priority":
                                                    "high", "tags": ["baking"],
                                                    "due_date": "2030-01-31"})
    assert status == 201 and task["priority"] == "high"
    assert anon.call("GET", "/api/tasks")[0] == 401
    assert anon.call("DELETE", f"/api/tasks/{task['id']}")[0] == 401
    assert b.call("GET", "/api/tasks")[1] == []
    assert b.call("DELETE", f"/api/tasks/{task['id']}")[0] == 404
    assert b.call("PATCH", f"/api/tasks/{task['id']}", {"done": True})[0] == 404
    assert [t["id"] for t in a.call("GET", "/api/tasks")[1]] == [task["id"]]
    assert "Proof the dough" in a.call("GET", "/")[1]
    assert a.call("PATCH", f"/api/tasks/{task['id']}", {"done": True})[1]["done"] is True
    assert a.call("DELETE", f"/api/tasks/{task['id']}")[0] == 204
    assert fake.tables["tasks"] == []
    # "Add sample tasks" marks what it adds: the page says they are examples, one click
    # removes them (the person's own only), and a task of theirs stays
    for title in ("Sample one", "Sample two"):
        assert a.call("POST", "/api/tasks", {"title": title, "example": True})[0] == 201
    assert a.call("POST", "/api/tasks", {"title": "Mine"})[1]["example"] is False
    page = a.call("GET", "/")[1]
    assert "2 example tasks show how this works" in page and 'id="remove-examples"' in page
    assert b.call("DELETE", "/api/tasks/examples")[0] == 403
    assert a.call("DELETE", "/api/tasks/examples")[:2] == (200, {"removed": 2})
    assert [t["title"] for t in fake.tables["tasks"]] == ["Mine"]


def check_blog(base: str, fake: FakeSupabase) -> None:
    a, b, anon = Session(base), Session(base), Session(base)
    # an empty blog invites only an author to write (anyone else's post would be refused)
    assert "No posts yet. Authors publish here." in anon.call("GET", "/")[1]
    assert a.sign_up("author@example.com") == 303 and b.sign_up("other@example.com") == 303
    fake.grant("author@example.com", "is_author")
    assert 'href="/write">Write the first one' in a.call("GET", "/")[1]
    assert b.call("POST", "/api/posts", {"title": "Not an author", "body": "x"})[0] == 403
    fake.grant("author@example.com", "is_author")  # roles are set with SQL only
    status, post, _ = a.call("POST", "/api/posts", {"title": "Crumb & Crust", "body":
                                                    "## Hello\n\n**bold** <script>x</script>",
                                                    "tags": ["bread"]})
    assert status == 201 and post["slug"] == "crumb-crust"
    draft = a.call("POST", "/api/posts", {"title": "Secret draft", "body": "wip",
                                          "published": False})[1]
    listed = anon.call("GET", "/api/posts")[1]
    assert [p["slug"] for p in listed] == ["crumb-crust"]  # drafts stay private (RLS)
    page = anon.call("GET", "/posts/crumb-crust")[1]
    assert "<strong>bold</strong>" in page and "<script>x</script>" not in page
    assert anon.call("DELETE", f"/api/posts/{post['id']}")[0] == 401
    assert b.call("DELETE", f"/api/posts/{post['id']}")[0] == 404
    assert b.call("PATCH", f"/api/posts/{post['id']}", {"title": "Hacked"})[0] == 404
    assert b.call("GET", "/posts/crumb-crust/edit")[0] == 404
    assert a.call("GET", "/posts/crumb-crust/edit")[0] == 200
    assert anon.call("GET", "/write")[0] == 307
    # a sample post (seed.sql's, no author) is said to be one; an author removes the examples
    fake.tables["posts"].append({"id": str(uuid.uuid4()), "author_id": None, "slug": "sample",
                                 "title": "A sample loaf", "body": "x", "tags": [],
                                 "published": True, "example": True,
                                 "created_at": "2026-01-01T00:00:00Z"})
    home = anon.call("GET", "/")[1]
    assert "1 example post shows how this works" in home and "Only an author can remove" in home
    assert 'id="remove-examples"' in a.call("GET", "/")[1]
    assert b.call("DELETE", "/api/posts/examples")[0] == 403
    assert a.call("DELETE", "/api/posts/examples")[:2] == (200, {"removed": 1})
    assert {p["title"] for p in fake.tables["posts"]} == {"Crumb & Crust", draft["title"]}


def check_dashboard(base: str, fake: FakeSupabase) -> None:
    a, b, anon = Session(base), Session(base), Session(base)
    assert a.sign_up("owner@example.com") == 303 and b.sign_up("rival@example.com") == 303
    status, row, _ = a.call("POST", "/api/members", {"name": "Ava", "plan": "Unlimited",
                                                     "mrr": 49})
    assert status == 201
    assert a.call("POST", "/api/members", {"name": "X", "plan": "Nope", "mrr": 1})[0] == 400
    assert anon.call("GET", "/api/stats")[0] == 401
    stats = a.call("GET", "/api/stats")[1]
    assert stats["active"] == 1 and stats["mrr"] == 49
    assert b.call("GET", "/api/stats")[1]["active"] == 0
    assert b.call("DELETE", f"/api/members/{row['id']}")[0] == 404
    assert "Active members" in a.call("GET", "/")[1]
    # "Load sample members" marks them: the figures they make are said to be examples
    for name in ("Noah Kim", "Mia Rossi"):
        assert a.call("POST", "/api/members", {"name": name, "plan": "Unlimited", "mrr": 49,
                                               "example": True})[0] == 201
    page = a.call("GET", "/")[1]
    assert "2 example members show how this works" in page and "Example</span>" in page
    assert 'id="remove-examples"' in page
    assert a.call("DELETE", "/api/members/examples")[:2] == (200, {"removed": 2})
    assert [r["name"] for r in fake.tables["members"]] == ["Ava"]


def check_store(base: str, fake: FakeSupabase) -> None:
    fake.tables["products"].append({"id": str(uuid.uuid4()), "owner_id": None, "name":
                                    "Fig candle", "description": "", "price": 28.0,
                                    "category": "Candles", "emoji": "🕯️", "rating": 4.9,
                                    "stock": 5})
    product = fake.tables["products"][0]
    a, b, anon = Session(base), Session(base), Session(base)
    assert "Fig candle" in anon.call("GET", "/")[1]  # the catalogue is public
    assert [p["name"] for p in anon.call("GET", "/api/products")[1]] == ["Fig candle"]
    assert anon.call("POST", "/api/checkout", {"items": [{"product_id": product["id"],
                                                          "quantity": 1}]})[0] == 401
    assert a.sign_up("buyer@example.com") == 303 and b.sign_up("other@example.com") == 303
    status, out, _ = a.call("POST", "/api/checkout", {"items": [{"product_id": product["id"],
                                                                 "quantity": 2, "price": 0}]})
    assert status == 201 and out["url"].startswith("/orders?order=")
    order = fake.tables["orders"][0]
    assert order["total"] == 56.0 and order["status"] == "placed"  # priced from the database
    assert len(a.call("GET", "/api/orders")[1]) == 1 and b.call("GET", "/api/orders")[1] == []
    assert b.call("DELETE", f"/api/products/{product['id']}")[0] == 404
    new_product = {"name": "Free candle", "price": 0, "category": "Candles"}
    assert b.call("POST", "/api/products", new_product)[0] == 403  # only the shop owner
    # seed.sql's sample products are said to be examples; the shop owner removes them, and
    # changes any product (not only ones they added); an example they edit is theirs
    samples = [{**product, "id": str(uuid.uuid4()), "name": f"Sample {i}", "example": True}
               for i in range(2)]
    fake.tables["products"] += samples
    home = anon.call("GET", "/")[1]
    assert "2 example products show how this works" in home and "Example</span>" in home
    assert "Only the shop owner can remove them" in home and 'id="remove-examples"' not in home
    assert b.call("DELETE", "/api/products/examples")[0] == 403
    # the owner's products page: hidden from (404) and not linked for anyone else
    assert anon.call("GET", "/admin/products")[0] in (302, 307)  # to the sign-in page
    assert b.call("GET", "/admin/products")[0] == 404
    assert 'href="/admin/products"' not in b.call("GET", "/")[1]
    fake.grant("other@example.com", "is_owner")
    assert 'id="remove-examples"' in b.call("GET", "/")[1]
    assert 'href="/admin/products"' in b.call("GET", "/")[1]
    status, page, _ = b.call("GET", "/admin/products")
    # a row per product with its Edit button; a form only once Edit or "Add a product" is pressed
    assert status == 200 and "Your products" in page and "Image URL" not in page
    assert 'aria-label="Edit Sample 0"' in page and 'aria-label="Delete Sample 0"' in page
    picture = {"name": "Pine candle", "price": 24, "category": "Candles",
               "description": "Pine and cedar", "image_url": "https://img.example/pine.png"}
    assert b.call("POST", "/api/products", {**picture, "image_url": "javascript:alert(1)"}
                  )[0] == 400
    status, added, _ = b.call("POST", "/api/products", picture)
    assert status == 201 and added["image_url"] == picture["image_url"]
    assert 'src="https://img.example/pine.png"' in anon.call("GET", "/")[1]
    assert b.call("PATCH", f"/api/products/{added['id']}", {"price": 26})[0] == 200
    assert b.call("DELETE", f"/api/products/{added['id']}")[0] == 204
    assert b.call("PATCH", f"/api/products/{samples[0]['id']}", {"stock": 3})[0] == 200
    assert b.call("DELETE", "/api/products/examples")[:2] == (200, {"removed": 1})
    assert [(p["name"], p.get("example")) for p in fake.tables["products"]] == [
        ("Fig candle", None), ("Sample 0", False)]
    assert "example product" not in anon.call("GET", "/")[1]
    # a product the prompt named with no price is shown as such and cannot be bought
    fake.tables["products"].append({**product, "id": str(uuid.uuid4()), "name": "Mugs",
                                    "price": None})
    assert "Mugs" in anon.call("GET", "/")[1] and "Price to set" in anon.call("GET", "/")[1]
    status, out, _ = a.call("POST", "/api/checkout", {"items": [
        {"product_id": fake.tables["products"][-1]["id"], "quantity": 1}]})
    assert (status, out["error"]) == (400, "Mugs has no price yet")
    fake.tables["products"].pop()
    # the shop owner's orders page lists every order (RLS; the fake keeps own rows only)
    assert "All orders" in b.call("GET", "/orders")[1]
    assert "Your orders" in a.call("GET", "/orders")[1]


def check_landing(base: str, fake: FakeSupabase) -> None:
    anon = Session(base)
    assert "Yoga studio" in anon.call("GET", "/")[1]  # named from the prompt
    assert anon.call("POST", "/api/waitlist", {"email": "nope"})[0] == 400
    assert anon.call("POST", "/api/waitlist", {"email": "Zoe@Example.com"})[0] == 201
    assert anon.call("POST", "/api/waitlist", {"email": "zoe@example.com"})[0] == 201
    assert anon.call("GET", "/api/waitlist")[0] == 405
    assert anon.call("DELETE", "/api/waitlist")[0] == 405
    assert [r["email"] for r in fake.tables["waitlist"]] == ["zoe@example.com"]
    assert {r[2] for r in _rest_calls(fake)} == {"anon"}


CHECKS = {"todo": check_todo, "blog": check_blog, "dashboard": check_dashboard,
          "store": check_store, "landing": check_landing}


@pytest.mark.timeout(900)  # the session's first build also runs npm install
@pytest.mark.skipif(NPM is None, reason="npm is not installed")
@pytest.mark.parametrize("kind", templates.KINDS)
def test_fullstack_template_builds_and_guards_rows(kind: str, next_apps: NextApps) -> None:
    spec = templates.read(PROMPTS[kind], "fullstack")
    files = templates.all_files(kind, "fullstack", spec.name, spec)
    project = next_apps.built(files)
    bundle = project.client_bundle()
    assert "SUPABASE_ANON_KEY" not in bundle and "SUPABASE_URL" not in bundle
    fake = FakeSupabase()
    try:
        with project.serve({"SUPABASE_URL": fake.url, "SUPABASE_ANON_KEY": fake.anon_key}) as base:
            assert anonymous_mutations_are_refused(base, fake, files) >= (kind != "landing")
            CHECKS[kind](base, fake)
        assert {r[2] for r in _rest_calls(fake)} <= {"anon", "authenticated"}
        assert fake.anon_key not in bundle
        if kind == "store":
            check_stripe_checkout(project, fake)
    finally:
        fake.stop()


def check_stripe_checkout(project: NextProject, fake: FakeSupabase) -> None:
    """With STRIPE_SECRET_KEY set, checkout answers a Stripe Checkout URL priced from the DB."""
    stripe = FakeStripe()
    try:
        env = {"SUPABASE_URL": fake.url, "SUPABASE_ANON_KEY": fake.anon_key,
               "STRIPE_SECRET_KEY": "sk_test_" + "x" * 24, "STRIPE_API_BASE": stripe.url}
        with project.serve(env) as base:
            buyer = Session(base)
            assert buyer.sign_up("payer@example.com") == 303
            product = fake.tables["products"][0]
            status, out, _ = buyer.call("POST", "/api/checkout", {"items": [
                {"product_id": product["id"], "quantity": 3}]})
        assert status == 201 and out["url"].startswith("https://checkout.stripe.com/"), out
        form = stripe.requests[-1][2]
        assert form["line_items[0][price_data][unit_amount]"] == "2800"
        assert form["line_items[0][quantity]"] == "3" and form["mode"] == "payment"
        assert fake.tables["orders"][-1]["status"] == "pending"
    finally:
        stripe.stop()


# What each web template's script draws, so "loaded" means "the script ran".
RENDERED = {"todo": '<tr data-id="s0"', "blog": 'class="card post"',
            "dashboard": 'class="card kpi"', "store": 'class="card item"',
            "landing": 'id="year">2'}


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_web_templates_load_without_console_errors(tmp_path: Path, browser: Browser) -> None:
    for kind in templates.KINDS:
        spec = templates.read(PROMPTS[kind] + " with dark mode", "web")
        site = tmp_path / kind
        for rel, text in templates.all_files(kind, "web", spec.name, spec).items():
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            (site / rel).write_text(text)
        server = PreviewServer(site)
        try:
            for url in (server.url + "index.html", (site / "index.html").as_uri()):
                page = browser.page()
                page.open(url)
                dom = page.html()
                assert page.errors == [], (kind, url, page.errors)
                assert RENDERED[kind] in dom, (kind, url, dom[:1500])
                assert spec.pack.noun in dom.lower()
                theme = "document.documentElement.dataset.theme"
                before = page.send("Runtime.evaluate", {"expression": theme})["result"]
                page.click("#theme-toggle")
                after = page.send("Runtime.evaluate", {"expression": theme})["result"]
                assert {before["value"], after["value"]} == {"dark", "light"}
        finally:
            server.stop()


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_each_shape_does_what_a_person_tries_first(tmp_path: Path, browser: Browser) -> None:
    """One everyday prompt per shape (the corpus' first): the app it makes passes its shape's
    interaction (a streak grows, a moved card stays moved after a reload, a booked slot is
    taken...) with no console error. bench/quality.py runs the whole corpus the same way."""
    import tomllib

    from tests.agents.interactions import interact, write_web_app

    corpus = tomllib.loads((Path(__file__).parents[2] / "bench" / "quality_prompts.toml")
                           .read_text())["prompt"]
    first = {}
    for item in corpus:
        first.setdefault(item["shape"], item)
    assert set(first) == set(templates.SHAPES)
    failed = []
    for shape, item in first.items():
        server = PreviewServer(write_web_app(tmp_path / shape, templates.read(item["text"])))
        try:
            page = browser.page()
            url = server.url + "index.html"
            page.open(url, settle=0.3)
            ok, seen = interact(page, url, item)
            if not ok or page.errors:
                failed.append((shape, seen, page.errors))
            page.close()
        finally:
            server.stop()
    assert failed == []


def test_a_photo_chosen_in_a_data_app_is_shrunk_kept_and_shown(tmp_path: Path,
                                                                 browser: Browser) -> None:
    """A person picks a large photo for a new entry: the page shrinks it (≤ 480 px, JPEG),
    keeps it with the entry in this browser and shows it again after a reload."""
    import json
    import struct
    import zlib

    from tests.agents.interactions import js, reload, write_web_app

    def png(w: int, h: int) -> bytes:
        raw = b"".join(b"\0" + bytes([y % 256, 80, 160]) * w for y in range(h))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + kind + data
                    + struct.pack(">I", zlib.crc32(kind + data)))

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    photo = tmp_path / "dog.png"
    photo.write_bytes(png(1200, 900))
    spec = templates.read("a directory of the dogs at our shelter with photos")
    assert spec.fits and spec.has("images"), spec.unfit
    server = PreviewServer(write_web_app(tmp_path / "site", spec))
    try:
        page = browser.page()
        url = server.url + "index.html"
        page.open(url, settle=0.3)
        doc = page.send("DOM.getDocument")["root"]["nodeId"]
        node = page.send("DOM.querySelector", {"nodeId": doc, "selector":
                                               "form.editor input[type=file]"})["nodeId"]
        page.send("DOM.setFileInputFiles", {"nodeId": node, "files": [str(photo)]})
        for _ in range(50):  # the page reads and shrinks it
            kept = js(page, "document.querySelector('form.editor [name=photo]').value")
            if kept:
                break
        assert kept.startswith("data:image/jpeg;base64,")
        size = js(page, "(() => { const i = document.querySelector('form.editor img.thumb');"
                        " return [i.naturalWidth, i.naturalHeight]; })()")
        assert size == [480, 360], size
        js(page, "(() => { const f = document.querySelector('form.editor');"
                 " f.elements.name.value = 'Bench Dog';"
                 " f.querySelector('button[type=submit]').click(); })()")
        reload(page, url)
        shown = js(page, "[...document.querySelectorAll('#rows tr')].find((tr) =>"
                         " tr.textContent.includes('Bench Dog'))?.querySelector('img')?.src")
        assert shown == kept
        # an imported address is never shown as a photo
        js(page, "importCSV(" + json.dumps("Name,Photo\nEvil,javascript:alert(1)") + ")")
        assert js(page, "[...document.querySelectorAll('#rows tr')].find((tr) =>"
                        " tr.textContent.includes('Evil')).querySelector('img')") is None
        assert not page.errors, page.errors
    finally:
        server.stop()
