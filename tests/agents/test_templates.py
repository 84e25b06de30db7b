"""Offline templates follow the prompt (subject, features, honest limits) and the full-stack
apps are secure by construction and distinct from each other."""

from __future__ import annotations

import json
import re

import pytest

from devora_desktop.agents import security, templates
from devora_desktop.agents.base import AgentEnv, Budget
from devora_desktop.agents.offline import OfflineProvider
from devora_desktop.agents.roles import ArchitectAgent
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.validators import validate

SUBJECTS = {
    "a bakery landing page": ("landing", "bakery"),
    "a todo app with due dates and priority levels": ("todo", ""),
    # the prompt's own words, not a domain pack's noun ("sourdough", "gym", "candle")
    "a blog about sourdough baking": ("blog", "sourdough baking"),
    "a gym membership SaaS dashboard": ("dashboard", "gym membership SaaS"),
    "an online store for handmade candles": ("store", "handmade candles"),
    "a todo list for my beekeeping club": ("todo", "beekeeping club"),
}


@pytest.mark.parametrize("prompt,kind", [
    ("an admin dashboard for a bookshop", "dashboard"),
    ("a bakery shop with a cart", "store"),
    ("a dashboard for my online store", "dashboard"),
    ("a store with an admin dashboard", "store"),
    ("a yoga journal where I post articles", "blog"),
    ("a reminders app for a travel agency", "todo"),
    ("a marketing website for a coffee roaster", "landing"),
    ("a bookshop selling novels", "store"),
])
def test_the_app_type_named_first_wins_over_domain_words(prompt: str, kind: str) -> None:
    assert templates.choose(prompt) == kind


@pytest.mark.parametrize("prompt", sorted(SUBJECTS))
def test_kind_and_subject_come_from_the_prompt(prompt: str) -> None:
    kind, subject = SUBJECTS[prompt]
    spec = templates.read(prompt)
    assert (spec.kind, spec.subject) == (kind, subject)
    if subject:
        assert subject.split()[0] in spec.name.lower()


@pytest.mark.parametrize("mode", ["web", "fullstack"])
@pytest.mark.parametrize("prompt", sorted(SUBJECTS))
def test_subject_shows_in_copy_and_sample_data(prompt: str, mode: str) -> None:
    spec = templates.read(prompt, mode)
    files = templates.all_files(spec.kind, mode, spec.name, spec)
    assert validate(files) == []
    text = "\n".join(files.values()).lower()
    assert spec.name.lower() in text or json.dumps(spec.name).lower() in text
    if spec.subject:
        # in headings or copy, and in the sample data (tasks, posts, products, plans)
        assert text.count(spec.subject.split()[0]) >= 4, spec.subject
    assert "tote" not in text or not spec.subject


@pytest.mark.parametrize("prompt", [
    "réservation du four à pain du village, créneaux d'une heure le mardi et le jeudi",
    "Honig aus eigener Imkerei und Kerzen: kleiner Onlineshop, Honig 8 €, Kerze 5 €",
])
def test_headings_capitalise_their_first_letter_not_every_word(prompt: str) -> None:
    """walk24 #16/#25: CSS 'capitalize' drew "Mar. 8 Déc.", "Sáb., 12 De Dez." and
    "Honig Aus Eigener Imkerei" (English title case) in every language."""
    spec = templates.read(prompt)
    files = templates.all_files(spec.kind, "web", spec.name, spec)
    css = files["styles.css"]
    assert not re.search(r"(?:table\.slots|\.menu-section)[^{]*\{[^}]*capitalize", css)
    assert "::first-letter { text-transform: uppercase; }" in css


def test_features_are_applied_and_limits_are_said() -> None:
    spec = templates.read("a todo app with priorities, tags, dark mode and email reminders")
    assert {"priorities", "tags", "dark_mode", "due_dates", "filters"} <= spec.features
    assert "email or push notifications" in spec.notes and "add a model" in spec.notes
    web = templates.all_files("todo", "web", spec.name, spec)
    assert 'id="theme-toggle"' in web["index.html"] and '"key": "priority"' in web["config.js"]
    fs = templates.all_files("todo", "fullstack", spec.name, spec)
    assert "components/ThemeToggle.tsx" in fs and 'darkMode: "class"' in fs["tailwind.config.ts"]
    plain = templates.read("a todo app")
    assert "components/ThemeToggle.tsx" not in templates.all_files("todo", "fullstack",
                                                                    plain.name, plain)
    assert plain.notes == ""


def test_a_feature_the_kind_lacks_is_reported_not_dropped() -> None:
    spec = templates.read("a landing page for my bakery with comments and a map")
    assert "comments on a landing page" in spec.notes and "maps" in spec.notes
    assert "sign-in" in templates.read("a todo app with login", "web").notes
    assert "sign-in" not in templates.read("a todo app with login", "fullstack").notes


def test_offline_run_summary_names_what_templates_cannot_do() -> None:
    provider = OfflineProvider()
    architect = ArchitectAgent(AgentEnv(provider=provider, model="templates",
                                        emit=lambda e: None, budget=Budget()))
    answer = provider.answer(architect.messages(
        "a candle store with video reviews and a chatbot", "fullstack", preferences=[]),
        "architect")
    plan = json.loads(answer.split("```json\n", 1)[1].split("\n```", 1)[0])
    # named from the prompt, never a domain pack's sample brand ("Ember & Wick Candles")
    assert plan["name"] == "Candle · Shop"
    assert "Offline templates can't add" in plan["summary"]
    assert "video" in plan["summary"] and "AI features" in plan["summary"]
    assert "app/api/checkout/route.ts" in {f["path"] for f in plan["files"]}


# (a dashboard of the bakery's bread-club subscribers: the full-stack dashboard app; a bakery's
# sales dashboard runs the data engine, fullstack_data.on_engine)
FULLSTACK = {kind: templates.all_files(kind, "fullstack", f"{kind} app", templates.read(
    "a dashboard of my bakery's subscribers" if kind == "dashboard" else f"a {kind} for my bakery",
    "fullstack")) for kind in templates.KINDS}


@pytest.mark.parametrize("kind", templates.KINDS)
def test_fullstack_is_secure_by_construction(kind: str) -> None:
    files = FULLSTACK[kind]
    # The service role appears in one place: the store's server-only admin client, used by
    # nothing but the signed Stripe webhook route (the validators check that too).
    code = "\n".join(t for p, t in files.items() if not p.endswith((".md", ".example"))
                     and p != "lib/supabase/admin.ts")
    assert "NEXT_PUBLIC_" not in code
    uses = {p for p, t in files.items() if ("service_role" in t.lower() or "createAdminClient" in t)
            and not p.endswith(".md")}
    assert uses <= {"lib/supabase/admin.ts", "app/api/stripe/webhook/route.ts", ".env.example"}
    if "lib/supabase/admin.ts" in files:
        assert files["lib/supabase/admin.ts"].startswith('import "server-only";')
    assert security.check(files, files) == []
    for path, body in files.items():
        if security.is_route(path):
            if "request.json()" in body or "formData()" in body:  # every input is parsed
                assert ".safeParse(" in body, path
            if re.search(r"export async function (PATCH|DELETE)", body):
                assert "requireUser()" in body, path
        if path.endswith(".sql") and "migrations" in path:
            tables = re.findall(r"create table if not exists public\.(\w+)", body)
            for t in tables:
                assert f"alter table public.{t} enable row level security" in body
                assert re.search(rf'create policy "[^"]+" on public\.{t}\b', body)
    assert "@supabase/ssr" in json.loads(files["package.json"])["dependencies"]
    assert "getAll()" in files["middleware.ts"] and "setAll(" in files["middleware.ts"]
    assert {"app/login/page.tsx", "app/signup/page.tsx", "app/api/auth/sign-in/route.ts",
            "app/api/auth/sign-up/route.ts", "app/api/auth/sign-out/route.ts"} <= set(files)


def test_the_five_fullstack_apps_are_different_apps() -> None:
    pages = {kind: files["app/page.tsx"] for kind, files in FULLSTACK.items()}
    assert len(set(pages.values())) == 5
    assert "ResourceApp" not in "\n".join(t for f in FULLSTACK.values() for t in f.values())
    assert {"app/api/tasks/[id]/route.ts", "components/TaskBoard.tsx"} <= set(FULLSTACK["todo"])
    assert {"components/Markdown.tsx", "app/posts/[slug]/page.tsx",
            "app/posts/[slug]/edit/page.tsx"} <= set(FULLSTACK["blog"])
    assert {"lib/stats.ts", "app/api/stats/route.ts"} <= set(FULLSTACK["dashboard"])
    assert {"app/api/checkout/route.ts", "app/cart/page.tsx", "lib/stripe.ts",
            "app/orders/page.tsx"} <= set(FULLSTACK["store"])
    assert "create table if not exists public.orders" in FULLSTACK["store"][
        "supabase/migrations/001_store.sql"]
    landing = FULLSTACK["landing"]
    route = landing["app/api/waitlist/route.ts"]
    assert re.findall(r"export async function (\w+)", route) == ["POST"]
    sql = landing["supabase/migrations/001_waitlist.sql"]
    assert "for insert to anon, authenticated with check (true)" in sql
    assert "for select" not in sql and "for delete" not in sql


@pytest.mark.parametrize("prompt,own", [
    ("an online store for handmade candles", ()),
    ("an online shop for my candles: lavender candle $18 and cedar candle $22",
     ("Lavender candle", "Cedar candle")),
    # named with no price: theirs, with none made up (not for sale until the owner sets one)
    ("an online store for my pottery: mugs, bowls and plates", ("Mugs", "Bowls", "Plates"))])
def test_a_full_stack_shops_sample_products_are_examples_and_its_own_are_not(
        prompt: str, own: tuple[str, ...]) -> None:
    """A person tells the made-up catalogue from theirs: seed.sql marks it example, the shop
    page says so with who removes them; the products the prompt prices are the catalogue."""
    spec = templates.read(prompt, "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    rows = re.findall(r"^  \('((?:[^']|'')*)', .*, (true|false)\)[,;]$", files["supabase/seed.sql"],
                      re.M)
    assert len(rows) >= 2
    if own:
        assert rows == [(name, "false") for name in own]
        assert ("null" in files["supabase/seed.sql"]) == ("pottery" in prompt)
    else:
        assert {flag for _, flag in rows} == {"true"}
    assert "example boolean not null default false" in files["supabase/migrations/001_store.sql"]
    assert "<Examples count={products.filter((p) => p.example).length}" in files["app/page.tsx"]
    assert ".delete().eq(\"example\", true)" in files["app/api/products/examples/route.ts"]
    # the owner changes any product, not only ones they added; an example they edit is theirs
    item = files["app/api/products/[id]/route.ts"]
    assert "owner_id" not in item and "example: false" in item
    assert "Remove the examples" in files["README.md"]


def test_jsx_text_from_the_prompt_is_text_not_markup() -> None:
    spec = templates.read('a landing page called "<b>Bad</b> & Co" for candles', "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    assert "<b>Bad</b> & Co" not in files["app/layout.tsx"].replace('"<b>Bad</b> & Co"', "")
    assert validate(files) == []


def test_entity_fields_are_matched_and_extra_ones_reported() -> None:
    # a full-stack to-do list keeps its own columns: the others are said
    spec = templates.read("a todo app with fields title, deadline, priority and assignee",
                          "fullstack")
    assert spec.entity == "task" and "due date" in spec.fields
    assert "the field assignee" in spec.notes  # deadline and priority are known
    assert "Main entity: task (title, due date" in templates.summary(spec, "fullstack")
    store = templates.read("a bookshop where each book has an author, a price and pages")
    assert "the fields author and pages (a product has" in store.notes
    assert templates.read("a gym dashboard").entity == "member"
    assert "the field assignee" in templates.read("a todo app with an assignee field",
                                                  "fullstack").notes
    assert "the fields owner and budget" in templates.read(
        "a todo app with priority, owner and budget columns", "fullstack").notes
    assert templates.read("a todo app").notes == ""
    # a web one has the columns its prompt names: nothing to say
    web = templates.read("a todo app with priority, owner and budget columns")
    assert web.notes == "" and {"Owner", "Budget"} <= {
        x["label"] for x in config(web)["fields"]}


def test_a_full_stack_shop_has_an_owner_only_products_page() -> None:
    """The shop owner adds products and changes their price, name, description and picture on
    /admin/products; anyone else gets a 404 there and no link to it (RLS is the guard: the
    PostgreSQL test tries the same changes as each person), and the README gives the SQL that
    makes someone the owner."""
    spec = templates.read("an online store for handmade candles", "fullstack")
    files = templates.all_files("store", "fullstack", spec.name, spec)
    page = files["app/admin/products/page.tsx"]
    # signed out: to the sign-in page; signed in but not the owner: not found, before any query
    assert page.index('redirect("/login?next=/admin/products")') < page.index('rpc("is_shop_owner")')
    assert page.index("if (!owner) notFound();") < page.index('.from("products")')
    assert '"/admin"' in files["middleware.ts"].split("PROTECTED", 1)[1].split(";", 1)[0]
    manager = files["components/ProductManager.tsx"]
    for field in ("name", "price", "description", "image_url"):
        assert f'onChange={{set("{field}")}}' in manager, field
    assert 'method: product ? "PATCH" : "POST"' in manager
    # a list with an Edit per row (one form open at a time), not every product as an open form
    rows = manager[manager.index("{shown.map((p) => ("):]
    assert rows.index("editing === p.id ? <ProductForm") < rows.index("{W.edit}</button>")
    assert "{editing === \"new\" && <ProductForm" in manager
    assert "products.map((p) => (\n        <ProductForm" not in manager
    assert "{owner && <p" in files["app/page.tsx"] and 'href="/admin/products"' in files[
        "app/page.tsx"]
    # the picture is https only, in the API and in the table
    assert "image_url: z.union([z.literal(\"\"), z.string()" in files["lib/validation.ts"]
    assert "^https://" in files["supabase/migrations/001_store.sql"]
    readme = files["README.md"]
    assert "## Make yourself the shop owner" in readme
    assert "insert into public.profiles (id, is_owner)" in readme and "/admin/products" in readme
    assert validate(files) == []
