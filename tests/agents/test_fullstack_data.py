"""The data shapes built full-stack (templates/fullstack_data.py): each prompt's project has the
shared secure scaffold, its tables with row-level security, the API the page's store talks to
and the web engine; the validators find nothing in it, and the run's verdict says it fits."""

from __future__ import annotations

import json
import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import fullstack_data
from devora_desktop.agents.validators import validate
from tests.agents.chromium import CHROMIUM
from tests.agents.fullstack_text import shown
from tests.agents.interactions import js
from tests.agents.test_prompt_seeds import opened

PROMPTS = {
    "tracker": "a habit tracker with streaks",
    "board": "a kanban board for my projects",
    "booking": "a booking page for my barber shop with accounts",
    "directory": "a directory of local plumbers with name, phone and email",
    "leaderboard": "a chess club leaderboard",
    "flashcards": "flashcards to learn Spanish vocabulary",
    "calculator": "a tip calculator",
    "status": "a status page for our API",
    "menu": "a menu for my pizzeria where people order",
    "signup": "a volunteer sign-up sheet for the school fair",
}
SCAFFOLD = ("lib/auth.ts", "lib/redirect.ts", "lib/supabase/server.ts", "middleware.ts",
            "next.config.mjs", "app/api/auth/sign-in/route.ts", "app/api/auth/sign-up/route.ts",
            "app/login/page.tsx", "app/signup/page.tsx")
APP = ("app/page.tsx", "components/DataApp.tsx", "public/config.js", "public/store.js",
       "public/app.js", "lib/validation.ts", "app/api/data/route.ts",
       "app/api/data/[table]/route.ts", "app/api/data/[table]/[id]/route.ts")


def _build(prompt: str) -> tuple[templates.Spec, dict[str, str]]:
    spec = templates.read(prompt, "fullstack")
    return spec, templates.all_files(spec.kind, "fullstack", spec.name, spec)


def test_every_data_shape_is_built_full_stack() -> None:
    assert set(PROMPTS) == set(fullstack_data.SHAPES)
    assert set(fullstack_data.SHAPES) <= set(templates.spec.FULLSTACK)


@pytest.mark.parametrize("kind", sorted(PROMPTS))
def test_a_full_stack_data_app_is_whole_and_passes_the_validators(kind: str) -> None:
    spec, files = _build(PROMPTS[kind])
    assert spec.kind == kind
    assert validate(files) == []
    for path in (*SCAFFOLD, *APP, f"supabase/migrations/001_{kind}.sql"):
        assert path in files, path
    sql = files[f"supabase/migrations/001_{kind}.sql"]
    tables = re.findall(r"create table if not exists public\.(\w+)", sql)
    for table in tables:
        assert f"alter table public.{table} enable row level security" in sql, table
    for table in fullstack_data.stores(spec, fullstack_data.config(spec)):
        if table.owned:  # the owner is the database's: a column auth.uid() fills
            assert re.search(rf"create table if not exists public\.{table.table} \(\n  id uuid "
                             r"primary key default gen_random_uuid\(\),\n  owner uuid not null "
                             r"default auth\.uid\(\) references auth\.users", sql), table.table
    # the page runs the web engine, its storage backed by the API, never the browser alone
    # (and, where it draws emoji, the script that hides them where they would be boxes)
    assert files["public/app.js"] == templates.dataapp.ENGINE_JS.read_text() + (
        templates.web.EMOJI_JS if kind == "menu" else "")
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    assert cfg["shape"] == kind and cfg["seed"] == []
    assert not any(re.search(r"this browser|localStorage", v) for v in cfg["t"].values()), kind
    for route in ("app/api/data/route.ts", "app/api/data/[table]/route.ts",
                  "app/api/data/[table]/[id]/route.ts"):
        src = files[route]
        for handler in re.findall(r"export async function \w+\(.*?\n}\n", src, re.DOTALL):
            assert handler.index("requireUser()") < handler.index("supabase"), route
    assert "owner: session.user.id" in files["app/api/data/[table]/route.ts"]
    assert "service_role" not in "".join(files.values()).lower()


@pytest.mark.parametrize("kind", sorted(PROMPTS))
def test_a_full_stack_prompt_for_a_data_shape_fits(kind: str) -> None:
    spec = templates.read(PROMPTS[kind], "fullstack")
    assert "as a full-stack app" not in spec.unfit
    assert spec.fits, spec.unfit
    assert "saved in this browser only" not in templates.summary(spec, "fullstack")


def test_things_done_every_so_often_are_the_engines_list_full_stack_too() -> None:
    """'fern every 3 days, cactus every 2 weeks': the web list keeps each interval and moves a
    plant on when ticked off; the full-stack to-do app has no interval and started from a
    plant shop's sample tasks, while the run said it fit. Full-stack now runs the same engine
    with an 'every' column, each new account starting from the prompt's plants."""
    spec, files = _build("a plant watering reminder: fern every 3 days, cactus every 2 weeks")
    assert spec.kind == "todo" and spec.fits and validate(files) == []
    assert fullstack_data.on_engine(spec) and "components/TaskBoard.tsx" not in files
    assert files["public/app.js"] == templates.dataapp.ENGINE_JS.read_text()
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    assert cfg["opts"]["every"] == "every" and cfg["seed"] == []
    sql = files["supabase/migrations/001_todo.sql"]
    assert '"every" numeric not null' in sql and '"done" boolean not null default false' in sql
    assert "(new.id, 'Fern', 3, current_date + 0, '', false)" in sql
    assert '"every": numberRequired,' in files["lib/validation.ts"]
    # a to-do list without intervals keeps the full-stack to-do app
    assert not fullstack_data.on_engine(templates.read("a todo app for my bakery", "fullstack"))


def test_the_app_speaks_the_prompts_language() -> None:
    spec, files = _build("une page de réservation pour mon salon de coiffure")
    assert spec.kind == "booking" and spec.lang == "fr"
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    assert cfg["lang"] == "fr" and cfg["t"]["storage"] == "Enregistré dans votre compte."
    assert cfg["t"]["err_taken"] == "Ce créneau vient d'être pris."
    assert 'lang="fr"' in files["app/layout.tsx"]
    assert "Enregistré dans votre compte." in files["app/page.tsx"]
    # the scaffold too: the sign-in form and the header, their words in lib/words.ts
    words = files["lib/words.ts"].replace(": ", ":")
    assert '"signIn":"Se connecter"' in words and '"signOut":"Se déconnecter"' in words
    assert '"darkMode":"Mode sombre"' in words
    assert 'import { W } from "@/lib/words";' in files["components/AuthForm.tsx"]
    assert "{W.signOut}" in files["app/layout.tsx"]


@pytest.mark.parametrize("prompt", [
    "Projektboard für unsere Bachelorarbeit-Gruppe, Spalten Backlog, Doing, Review, Done",
    "Necesito una página para que los clientes de mi peluquería reserven cita",
    "ranking do nosso campeonato de futsal da firma: times, vitórias e pontos",
    "une feuille d'inscription pour le covoiturage de la sortie scolaire",
    "il menù della mia pizzeria con ordinazione",
    "un blog de recettes françaises"])
def test_every_language_passes_the_validators(prompt: str) -> None:
    """The scaffold's words too: `"password": "Passwort"` reads as a secret to a detector."""
    spec, files = _build(prompt)
    assert spec.lang != "en"
    assert validate(files) == []


def test_a_field_named_like_a_system_column_gets_its_own_column() -> None:
    _, files = _build("a directory of club members with name, id and email")
    assert validate(files) == []
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    keys = [f["key"] for f in cfg["fields"]]
    assert "id" not in keys and len(keys) == len(set(keys))


def test_the_supabase_fake_prices_orders_as_the_sql_triggers_do() -> None:
    import httpx

    from tests.fakes.supabase_server import MENU, FakeSupabase

    fake = FakeSupabase(policies=MENU)
    try:
        fake.tables["menu_items"] = [{"id": "dish-1", "name": "Margherita", "price": 8.5}]
        token = httpx.post(f"{fake.url}/auth/v1/signup", json={
            "email": "a@example.com", "password": "correct horse"}).json()["access_token"]
        rest = httpx.Client(base_url=f"{fake.url}/rest/v1", headers={
            "Authorization": f"Bearer {token}", "Prefer": "return=representation"})
        order = rest.post("/orders", json={"name": "A", "total": 999}).json()[0]
        assert order["total"] == 0  # an order starts at 0, whatever the request said
        line = rest.post("/order_lines", json={"order_id": order["id"], "item_id": "dish-1",
                                               "name": "free", "quantity": 3,
                                               "unit_price": 0}).json()[0]
        assert (line["name"], line["unit_price"]) == ("Margherita", 8.5)
        assert rest.get("/orders", params={"select": "*"}).json()[0]["total"] == 25.5
        assert rest.post("/order_lines", json={"order_id": order["id"], "item_id": "nope",
                                               "quantity": 1}).status_code == 409
    finally:
        fake.stop()


def test_a_photo_per_entry_is_kept_in_its_row() -> None:
    spec, files = _build("a directory of local bakeries with photos")
    assert spec.fits and spec.has("images"), spec.unfit
    assert validate(files) == []
    assert re.search(r'"photo" text not null default \'\' check \(char_length\("photo"\) <= '
                     r"1000000 and", files["supabase/migrations/001_directory.sql"])
    assert '"photo": image,' in files["lib/validation.ts"]


@pytest.mark.parametrize("prompt,priced", [
    ("a landing page for a yoga studio with a waitlist", False),
    ("a landing page for my app with pricing plans", True)])
def test_a_full_stack_landing_page_shows_prices_only_when_asked(prompt: str, priced: bool) -> None:
    spec, files = _build(prompt)
    assert spec.kind == "landing" and validate(files) == []
    page = shown(files, "app/page.tsx")
    assert ("/ month" in page) == priced and ('id="pricing"' in page) == priced
    assert ('href="/#pricing"' in files["app/layout.tsx"]) == priced
    assert ("Can I pay here?" in page) == priced  # no plan to cancel, no trial: it says so
    assert "cancel" not in page.lower() and "free trial" not in page.lower()
    assert "email you" not in page  # the app sends no mail, so it promises none
    # the pack's highlights ("Twelve mats per class") and plans are examples, said so, as on
    # the web: not facts about the person's studio
    assert "Examples: replace them with what you offer" in page
    assert ("Example plans and prices" in page) == priced


def test_a_landing_pages_own_prices_are_no_examples() -> None:
    spec, files = _build("a landing page for my hair salon with prices: Coupe femme 29 €, "
                         "Brushing 18 €")
    page = files["app/page.tsx"]
    assert spec.kind == "landing" and "29 €" in page and "Example plans" not in page


@pytest.mark.parametrize("prompt,columns,fields", [
    ("a kanban board for my design studio: cards with the client name and a due date",
     ["To do", "In progress", "Done"], [("client_name", "text"), ("due", "date")]),
    ("a kanban board for the studio. Columns: Ideas, Doing, Shipped. Cards with the client "
     "name and a due date", ["Ideas", "Doing", "Shipped"],
     [("client_name", "text"), ("due", "date")]),
    ("a content board with a card per post idea with platform, format and due date", None,
     [("platform", "text"), ("format", "text"), ("due", "date")]),
    ("a kanban board for my projects. Columns: Ideas, Doing, Shipped",
     ["Ideas", "Doing", "Shipped"], [])])
def test_a_boards_cards_carry_the_fields_the_prompt_names(
        prompt: str, columns: list[str] | None, fields: list[tuple[str, str]]) -> None:
    """The fields a board prompt names for its cards are on every card, web and full-stack
    (a column of the table, typed), and its columns are never read as fields."""
    for mode in ("web", "fullstack"):
        spec = templates.read(prompt, mode)
        assert spec.kind == "board" and spec.fits, spec.unfit
        cfg = templates.dataapp.config(spec)
        keys = [(f["key"], f["type"]) for f in cfg["fields"]]
        assert keys[:2] == [("title", "text"), ("note", "text")] and keys[-1][0] == "col"
        assert sorted(keys[2:-1]) == sorted(fields), (mode, keys)
        if columns:
            assert [label for _, label in cfg["opts"]["columns"]] == columns
        assert not {label.lower() for label in columns or ()} & {
            label.lower() for label, _ in spec.named_fields}
    spec, files = _build(prompt)
    sql = files["supabase/migrations/001_board.sql"]
    for key, kind in fields:
        assert {"text": f'"{key}" text not null default', "date": f'"{key}" date'}[kind] in sql
        assert f'"{key}":' in files["lib/validation.ts"]
    assert validate(files) == []


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_boards_card_shows_its_named_fields_by_name(tmp_path) -> None:
    """On the page, each card says what its values are ("Due: Dec 7, 2026", "Client name:
    Acme"); the example cards show a due date when the board has one."""
    spec = templates.read("a kanban board for my design studio: cards with the client name "
                          "and a due date", "web")
    with opened(tmp_path, spec) as page:
        first = js(page, "[...document.querySelector('.kcard').querySelectorAll('p')]"
                         ".map((p) => p.textContent)")
        assert len(first) == 1 and first[0].startswith("Due: "), first
        js(page, "(() => { rows[0].client_name = 'Acme'; persist(); render(); })()")
        texts = js(page, "[...document.querySelectorAll('.kcard p')].map((p) => p.textContent)")
        assert "Client name: Acme" in texts, texts


@pytest.mark.parametrize("prompt", [
    "a kanban board for our newsletter with ideas, drafting and published columns",
    "a kanban board for my thesis with columns to do, writing, review and done",
    "kanban for planning my wedding - columns To Book, Waiting on Reply, Paid, Done",
    "Kanban-Board für meine Bewerbungen, Spalten nach Status: beworben, Vorstellungsgespräch, "
    "Zusage, Absage"])
def test_a_boards_columns_are_never_its_cards_fields(prompt: str) -> None:
    """However the columns are said (before the column word, after it, after a colon), the
    card form asks for no column (shape10 found these four in the corpora after 0142305)."""
    spec = templates.read(prompt, "web")
    keys = [f["key"] for f in templates.dataapp.config(spec)["fields"]]
    assert spec.kind == "board" and keys == ["title", "note", "col"], keys


@pytest.mark.parametrize("prompt,figures", [
    ("Dashboard für unseren Sportverein: Mitglieder pro Monat, Beiträge, Ausgaben",
     ('"mitglieder" numeric', '"beitrage" numeric(12,2)', '"ausgaben" numeric(12,2)')),
    ("tableau de bord de mes panneaux solaires : production par jour, autoconsommation, revente",
     ('"production" numeric', '"autoconsommation" numeric', '"revente" numeric')),
    ("panel con las ventas de mi panadería por día y por producto con gráfico",
     ('"amount" numeric(12,2)',)),
])
def test_a_full_stack_dashboard_holds_its_own_figures_not_customers_and_mrr(
        prompt: str, figures: tuple) -> None:
    """A club's members and fees built full-stack came out as the customers/plans/MRR app."""
    spec, files = _build(prompt)
    assert spec.kind == "dashboard" and spec.fits and validate(files) == []
    assert fullstack_data.on_engine(spec) and "lib/stats.ts" not in files
    sql = files["supabase/migrations/001_dashboard.sql"]
    assert all(f in sql for f in figures), sql
    assert "mrr" not in sql and "auth.uid() = owner" in sql
    assert "customer" not in templates.summary(spec, "fullstack")
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    assert cfg["shape"] == "dashboard" and cfg["seed"] == []
    # subscriptions keep the full-stack dashboard app that counts them
    saas = templates.read("dashboard for my saas: subscribers per plan, MRR and churn",
                          "fullstack")
    assert not fullstack_data.on_engine(saas)
