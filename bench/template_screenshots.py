"""Screenshots of the offline templates for prompts with a subject (docs/templates/): the fifteen
shapes, on the web and full-stack.

Web: the generated site served locally. Full-stack: the real `next build` + `next start`, signed
in against the loopback Supabase fake (tests/fakes/supabase_server.py), with data created
through the app's own API as a user would (what only an admin writes, such as the store's
catalogue or a menu, is seeded as seed.sql would). The data shapes use the web prompts, so they
show several languages.

Run: .venv/bin/python bench/template_screenshots.py [--out docs/templates] [--kind store]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, fullstack_apps, fullstack_data
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import Browser
from tests.agents.nextapp import NextProject, Session
from tests.fakes.supabase_server import DATA_POLICIES, DIRECTORY, MENU, FakeSupabase

# Web: every shape, several languages (the app speaks the prompt's).
WEB_PROMPTS = {
    "tracker": "a habit tracker with streaks",
    "board": "ein Kanban-Board für unsere Hochzeitsplanung",
    "booking": "a booking page with time slots for my barber shop",
    "directory": "a website for an animal shelter listing the dogs and cats up for adoption",
    "leaderboard": "a chess club leaderboard",
    "flashcards": "flashcard per studiare le capitali europee",
    "calculator": "calcolatore di calorie giornaliere: sesso, età, peso, altezza e attività",
    "status": "an internal IT status page for the office network and printers",
    "menu": "il menù della mia pizzeria con ordinazione",
    "signup": "une feuille d'inscription pour le covoiturage de la sortie scolaire",
    "todo": "a todo app for my bakery with due dates, priorities, tags and dark mode",
    "blog": "un blog de recettes françaises",
    "dashboard": "ein Dashboard für den Energieverbrauch unseres Hauses",
    "store": "an online store for handmade candles",
    "landing": "a landing page for my app FocusFox (a pomodoro timer that blocks distracting "
               "sites) with a waitlist",
}
PROMPTS = {"todo": "a todo app for my bakery with due dates, priorities, tags and dark mode",
           "blog": "un blog de recettes françaises",  # the pages speak the prompt's language
           "dashboard": "a gym membership SaaS dashboard",
           "store": "an online store for handmade candles",
           "landing": "a landing page for a yoga studio with a waitlist"}


def seed(kind: str, spec, session: Session, fake: FakeSupabase) -> str:
    """Create realistic data through the app; returns the path to shoot."""
    pack = spec.pack
    if kind in fullstack_data.SHAPES:
        for store in fullstack_data.stores(spec, dataapp.config(spec)):
            rows = [{k: fullstack_data.thawed(v) for k, v in r.items()} | {"id": str(uuid.uuid4())}
                    for r in (store.seed or dataapp.config(spec)["seed"])
                    if store.key == "rows" or store.seed]
            if store.access == "admin":
                fake.tables[store.table] = rows
            else:
                for row in rows:
                    session.call("POST", f"/api/data/{store.table}", row)
    elif kind == "todo":
        for i, (title, priority, tag) in enumerate(pack.tasks):
            due = (date.today() + timedelta(days=i - 1)).isoformat()
            session.call("POST", "/api/tasks", {"title": title, "priority": priority,
                                                "tags": [tag], "due_date": due})
    elif kind == "blog":
        posts = pack.posts if spec.lang == "en" else [  # the web app's, in its language
            (r["title"], str(r.get("tags") or ""), r.get("body") or r["title"])
            for r in fullstack_apps.local_examples(spec)]
        for title, tags, body in posts:
            session.call("POST", "/api/posts", {"title": title, "body": body,
                                                "tags": tags.split(",")})
    elif kind == "dashboard":
        people = ["Ava Martin", "Noah Kim", "Mia Rossi", "Leo Dubois", "Zoe Chen",
                  "Omar Haddad", "Ivy Walsh", "Hugo Silva", "Nora Berg", "Eli Novak"]
        today = date.today()
        for i, name in enumerate(people):
            plan, price = pack.plans[i % len(pack.plans)]
            month = min(today, (today.replace(day=1) - timedelta(days=31 * (i % 6)))
                        .replace(day=3 + i))  # nobody joined in the future
            session.call("POST", f"/api/{pack.member[1]}", {
                "name": name, "plan": plan, "mrr": price, "joined_on": month.isoformat(),
                "status": "churned" if i == 7 else "active"})
    elif kind == "store":
        for p in pack.products:
            fake.tables["products"].append({
                "id": f"00000000-0000-4000-8000-{len(fake.tables['products']):012d}",
                "owner_id": None, "name": p.name, "description": f"{p.name}, from our "
                f"{pack.noun} range.", "price": p.price, "category": p.category,
                "emoji": p.emoji, "rating": p.rating, "stock": 25,
                "example": True})  # as seed.sql marks the pack's catalogue
    return "/"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="docs/templates")
    ap.add_argument("--kind", choices=templates.SHAPES)
    ap.add_argument("--mode", choices=("web", "fullstack"))
    args = ap.parse_args()
    out = Path(args.out)
    kinds = [args.kind] if args.kind else list(templates.SHAPES)
    project = NextProject(Path(tempfile.gettempdir()) / "devora-quality-app")
    with Browser() as browser, tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            if args.mode in (None, "web"):
                spec = templates.read(WEB_PROMPTS[kind], "web")
                site = Path(tmp) / kind
                for rel, text in templates.all_files(kind, "web", spec.name, spec).items():
                    (site / rel).parent.mkdir(parents=True, exist_ok=True)
                    (site / rel).write_text(text)
                server = PreviewServer(site)
                try:
                    page = browser.page()
                    page.open(server.url + "index.html")
                    page.screenshot(out / f"web-{kind}.png")
                    print(f"web-{kind}.png  {spec.name}  errors={page.errors}")
                finally:
                    server.stop()
            if args.mode in (None, "fullstack") and kind in templates.FULLSTACK:
                spec = templates.read(PROMPTS.get(kind) or WEB_PROMPTS[kind], "fullstack")
                project.write(templates.all_files(kind, "fullstack", spec.name, spec))
                project.install()
                ok, seconds, log = project.build()
                if not ok:
                    raise SystemExit(f"{kind}: build failed\n{log}")
                policies = DATA_POLICIES | MENU | (DIRECTORY if kind == "directory" else {})
                fake = FakeSupabase(policies=policies)
                try:
                    with project.serve({"SUPABASE_URL": fake.url,
                                        "SUPABASE_ANON_KEY": fake.anon_key}) as base:
                        user = Session(base)
                        user.sign_up(f"owner@{kind}.example")
                        # the blog's author and the shop's owner are roles set with SQL
                        for flag in ("is_author", "is_owner"):
                            fake.grant(f"owner@{kind}.example", flag)
                        path = seed(kind, spec, user, fake)
                        page = browser.page()
                        page.open(base + path, cookies=user.cookies(), settle=2.5)
                        page.screenshot(out / f"fullstack-{kind}.png")
                        print(f"fullstack-{kind}.png  {spec.name}  build {seconds:.0f} s  "
                              f"errors={page.errors}")
                        if kind == "store":  # the owner's page, as its owner sees it
                            page = browser.page()
                            page.open(base + "/admin/products", cookies=user.cookies(),
                                      settle=2.5)
                            page.screenshot(out / "fullstack-store-owner.png")
                            print(f"fullstack-store-owner.png  errors={page.errors}")
                            page.click('li button[aria-label^="Edit "]')  # one row's form
                            page.screenshot(out / "fullstack-store-owner-edit.png")
                            print(f"fullstack-store-owner-edit.png  errors={page.errors}")
                finally:
                    fake.stop()


if __name__ == "__main__":
    main()
